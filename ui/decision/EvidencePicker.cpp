#include "decision/EvidencePicker.h"

#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace adreview {

EvidencePicker::EvidencePicker(QWidget *parent) : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHeaderLabels({tr("Ref"), tr("Kind"), tr("Source"), tr("Date"), tr("Reliability"), tr("Title")});
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Evidence to cite"));
    setAccessibleDescription(tr("Tick an item with Space to cite it in the decision"));
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column == RefColumn)
            emit checkedChanged();
    });
}

void EvidencePicker::setEvidence(const QList<Evidence> &evidence)
{
    const QStringList ticked = checkedRefs();
    const QString current = currentItem() ? currentItem()->text(RefColumn) : QString();
    QList<QTreeWidgetItem *> items;
    for (const Evidence &e : evidence) {
        // An advisory is known by its reference number as much as by its agency.
        const QString source =
            e.reference.isEmpty() ? e.source : u"%1 (%2)"_s.arg(DisplayText::isolate(e.source), e.reference);
        QStringList cells{
            e.ref, VocabularyText::kind(e.kind), source, e.date, VocabularyText::reliability(e.reliability), e.title};
        for (QString &cell : cells)
            cell = DisplayText::oneLine(cell);
        auto *item = new QTreeWidgetItem(cells);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(RefColumn, ticked.contains(e.ref) ? Qt::Checked : Qt::Unchecked);
        items.append(item);
    }
    {
        const QSignalBlocker blocker(this); // one checkedChanged() for the whole list
        clear();
        addTopLevelItems(items);
    }
    // A long source (a statement's author and role) would push the title out of sight.
    for (int column = RefColumn; column < TitleColumn; ++column)
        setColumnWidth(
            column, std::min(std::max(sizeHintForColumn(column), header()->sectionSizeHint(column)), maxColumnWidth));
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (item->text(RefColumn) == current)
            setCurrentItem(item);
    }
    emit checkedChanged();
}

void EvidencePicker::clearTicks()
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        topLevelItem(i)->setCheckState(RefColumn, Qt::Unchecked);
}

QStringList EvidencePicker::checkedRefs() const
{
    QStringList refs;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->checkState(RefColumn) == Qt::Checked)
            refs.append(topLevelItem(i)->text(RefColumn));
    }
    return refs;
}

void EvidencePicker::setChecked(const QString &ref, bool checked)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->text(RefColumn) == ref)
            topLevelItem(i)->setCheckState(RefColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace adreview
