#include "decision/BulkSummaryDialog.h"

#include "decision/DecisionDialog.h"
#include "widgets/DisplayText.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace adreview {

BulkSummaryDialog::BulkSummaryDialog(const BulkReport &report, const QString &action, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Bulk Action Summary"));
    setAccessibleName(windowTitle());
    QStringList lines;
    const QString label = action == u"assign" ? tr("Assign") : DecisionDialog::actionLabel(action);
    // Counts written as "cases done: 3", so that the English reads right for 0, 1 or many
    // without a translation of its own.
    lines << tr("%1 — cases done: %L2, one event each.").arg(label).arg(report.done.size());
    const qsizetype stale = report.staleRefs().size();
    if (!report.refused.isEmpty() && stale > 0)
        lines << tr("Cases refused and left as they were: %L1 (changed by someone else after you confirmed: %L2).")
                     .arg(report.refused.size())
                     .arg(stale);
    else if (!report.refused.isEmpty())
        lines << tr("Cases refused and left as they were: %L1.").arg(report.refused.size());
    if (report.cancelled)
        lines << tr("Stopped on request; cases not reached: %L1.").arg(report.notReached.size());
    else if (report.failure)
        lines << tr("The database failed: %1 Cases not reached: %L2.")
                     .arg(report.failure->message)
                     .arg(report.notReached.size());
    m_summary = new QLabel(lines.join(u'\n'), this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_cases = new QTreeWidget(this);
    m_cases->setObjectName(u"cases"_s);
    m_cases->setAccessibleName(tr("Cases refused or not reached"));
    m_cases->setRootIsDecorated(false);
    m_cases->setUniformRowHeights(true);
    m_cases->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cases->setHeaderLabels({tr("Case"), tr("Result"), tr("Why")});
    QList<QTreeWidgetItem *> items;
    for (const BulkReport::Refused &r : report.refused) {
        // The reason names its case first, as the command line prints it; the row names it already.
        QString why = r.reason;
        if (why.startsWith(r.caseRef + u": "_s))
            why = why.mid(r.caseRef.size() + 2);
        items << new QTreeWidgetItem(QStringList{r.caseRef, r.kind == ErrorKind::Conflict ? tr("Stale") : tr("Refused"),
                                                 DisplayText::oneLine(why)});
    }
    for (const QString &ref : report.notReached)
        items << new QTreeWidgetItem(QStringList{ref, tr("Not reached"), QString()});
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setToolTip(2, item->text(2));
    m_cases->addTopLevelItems(items);
    m_cases->header()->resizeSection(0, 150);
    m_cases->header()->resizeSection(1, 90);
    m_cases->setVisible(!items.isEmpty());
    connect(m_cases, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit caseChosen(item->text(0)); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Refs"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyRefs"_s);
    copy->setToolTip(tr("Copy the refs listed, one a line, for a later bulk action or the command line"));
    copy->setEnabled(!items.isEmpty());
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(listedRefs()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_cases, 1);
    layout->addWidget(buttons);
    resize(items.isEmpty() ? 480 : 820, items.isEmpty() ? 160 : 420);
}

QString BulkSummaryDialog::summaryText() const
{
    return m_summary->text();
}

QString BulkSummaryDialog::listedRefs() const
{
    QStringList refs;
    for (int i = 0; i < m_cases->topLevelItemCount(); ++i)
        refs << m_cases->topLevelItem(i)->text(0);
    return refs.join(u'\n') + u'\n';
}

} // namespace adreview
