#include "case/EvidencePanel.h"

#include "case/EvidenceDetail.h"
#include "case/RevisionText.h"
#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QAction>
#include <QHeaderView>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

enum Column { RefColumn, SourceColumn, DateColumn, ReliabilityColumn };

} // namespace

EvidencePanel::EvidencePanel(Database &db, const ExternalActions &actions, ExtraColumn extra, const QString &name,
                             QWidget *parent)
    : QWidget(parent), m_extra(extra)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(u"evidenceList"_s);
    m_list->setAccessibleName(tr("%1 list").arg(name));
    m_list->setAccessibleDescription(tr("The case's evidence of this kind; select an item to read it"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setWordWrap(false);
    QStringList headers{tr("Item"), tr("Source"), tr("Date"), tr("Reliability")};
    if (extra == ExtraColumn::Reference)
        headers << tr("Reference");
    else if (extra == ExtraColumn::Kind)
        headers << tr("Kind");
    headers << tr("Title");
    m_list->setHeaderLabels(headers);
    m_list->header()->setStretchLastSection(true);

    m_detail = new EvidenceDetail(db, actions);
    m_detail->setObjectName(u"evidenceDetail"_s);
    m_scroll = new QScrollArea(splitter);
    m_scroll->setAccessibleName(tr("%1 details").arg(name));
    m_scroll->setWidget(m_detail);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    splitter->addWidget(m_list);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // A case has a handful of items: a short list leaves the room to the detail being read.
    splitter->setSizes({110, 400});

    // The same as the detail's button, from the list's context menu.
    auto *revise = new QAction(tr("Record a change to this evidence…"), m_list);
    m_list->addAction(revise);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(revise, &QAction::triggered, this, [this] {
        if (const QString ref = selectedRef(); !ref.isEmpty())
            emit reviseRequested(ref);
    });
    connect(m_detail, &EvidenceDetail::reviseRequested, this, &EvidencePanel::reviseRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showItem(item); });
}

void EvidencePanel::clear()
{
    m_list->clear();
    m_items.clear();
    m_revisions.clear();
    m_detail->clear();
}

void EvidencePanel::setItems(const QList<Evidence> &items, const QList<CaseFold::State::Revision> &revisions)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_items = items;
    m_revisions = revisions;
    QList<QTreeWidgetItem *> rows;
    rows.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Evidence e = RevisionText::current(items[i], revisions);
        QStringList cells{e.ref, DisplayText::oneLine(e.source), e.date, VocabularyText::reliability(e.reliability)};
        if (m_extra == ExtraColumn::Reference)
            cells << DisplayText::oneLine(e.reference);
        else if (m_extra == ExtraColumn::Kind)
            cells << VocabularyText::kind(e.kind);
        cells << DisplayText::oneLine(e.title);
        auto *row = new QTreeWidgetItem(cells);
        row->setData(0, Qt::UserRole, qint64(i));
        rows << row;
    }
    m_list->addTopLevelItems(rows);
    for (int c = 0; c < m_list->columnCount() - 1; ++c)
        m_list->resizeColumnToContents(c);
    m_list->header()->resizeSection(SourceColumn, qMin(m_list->header()->sectionSize(SourceColumn), 220));
    if (rows.isEmpty()) {
        m_detail->clear(tr("This case has no evidence of this kind."));
        return;
    }
    m_list->setCurrentItem(rows.first());
    showItem(rows.first());
}

void EvidencePanel::showItem(QTreeWidgetItem *item)
{
    if (!item) {
        m_detail->clear();
        return;
    }
    const qsizetype i = item->data(0, Qt::UserRole).toLongLong();
    if (i < 0 || i >= m_items.size())
        return;
    m_detail->setEvidence(m_items[i], m_revisions);
    m_scroll->ensureVisible(0, 0);
}

QList<QWidget *> EvidencePanel::focusOrder() const
{
    return QList<QWidget *>{m_list} + m_detail->focusOrder();
}

QString EvidencePanel::selectedRef() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(RefColumn) : QString();
}

bool EvidencePanel::selectRef(const QString &ref)
{
    const auto found = m_list->findItems(ref, Qt::MatchExactly, RefColumn);
    if (found.isEmpty())
        return false;
    m_list->setCurrentItem(found.first());
    return true;
}

} // namespace adreview
