#include "case/HistoryView.h"

#include "case/RevisionText.h"
#include "domain/CaseFold.h"
#include "domain/Vocabulary.h"
#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

HistoryView::HistoryView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("History, newest first"));
    m_list->setAccessibleDescription(tr("Every event of the case; select one to read it in full"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHeaderLabels({tr("Time (UTC)"), tr("Action"), tr("Reviewer"), tr("Device"), tr("Policy"), tr("Evidence"),
                             tr("Outcome"), tr("Rationale")});
    m_list->header()->setStretchLastSection(true);
    m_detail = new QPlainTextEdit(splitter);
    m_detail->setObjectName(u"historyDetail"_s);
    m_detail->setAccessibleName(tr("Selected event"));
    m_detail->setAccessibleDescription(tr("The selected event in full: who, when, what and why"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setPlaceholderText(tr("Select an event to read it in full."));
    splitter->addWidget(m_list);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({150, 100});
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showEntry(item); });
}

QList<QWidget *> HistoryView::focusOrder() const
{
    return {m_list, m_detail};
}

void HistoryView::clear()
{
    m_list->clear();
    m_events.clear();
    m_detail->clear();
}

namespace {

QString markText(const SignatureMark &m)
{
    switch (m.state) {
    case SignatureMark::State::Verified:
        return HistoryView::tr("Signature verified: key %1").arg(m.fingerprint);
    case SignatureMark::State::Unsigned:
        return HistoryView::tr("Unsigned, from before signing");
    case SignatureMark::State::Revoked:
        return HistoryView::tr("Signed after its device was revoked (key %1): not valid").arg(m.fingerprint);
    case SignatureMark::State::Bad:
        return m.fingerprint.isEmpty() ? HistoryView::tr("Bad signature: no trusted key for this device")
                                       : HistoryView::tr("Bad signature: does not match key %1").arg(m.fingerprint);
    }
    return {};
}

} // namespace

void HistoryView::setEvents(const QList<Event> &events, const QHash<QString, SignatureMark> &marks)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_marks = marks;
    m_events = CaseFold::ordered(events);
    std::reverse(m_events.begin(), m_events.end());
    QList<QTreeWidgetItem *> rows;
    rows.reserve(m_events.size());
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const Event &e = m_events[i];
        const QString action =
            e.action == u"assign" && !e.assignee.isEmpty()
                ? tr("%1 → %2").arg(VocabularyText::action(e.action), DisplayText::isolate(e.assignee))
                : VocabularyText::action(e.action);
        auto *row = new QTreeWidgetItem(QStringList{
            DisplayText::utc(e.at), DisplayText::oneLine(action), DisplayText::oneLine(e.reviewer),
            DisplayText::oneLine(e.device), e.policyCode, e.evidenceRefs.join(u", "_s),
            VocabularyText::outcome(vocab::outcomeOf(e.action, e.outcome)), DisplayText::oneLine(e.rationale)});
        row->setData(0, Qt::UserRole, qint64(i));
        // A small mark on the device: verified, or a warning; the fingerprint in its tooltip.
        const SignatureMark mark = m_marks.value(e.uuid);
        if (mark.state == SignatureMark::State::Verified)
            row->setIcon(DeviceColumn, style()->standardIcon(QStyle::SP_DialogApplyButton));
        else if (mark.state != SignatureMark::State::Unsigned)
            row->setIcon(DeviceColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        row->setToolTip(DeviceColumn, markText(mark));
        row->setData(DeviceColumn, Qt::AccessibleDescriptionRole, markText(mark));
        rows << row;
    }
    m_list->addTopLevelItems(rows);
    for (int c = 0; c < RationaleColumn; ++c)
        m_list->resizeColumnToContents(c);
    if (rows.isEmpty()) {
        m_detail->clear();
        return;
    }
    m_list->setCurrentItem(rows.first());
    showEntry(rows.first());
}

void HistoryView::showEntry(QTreeWidgetItem *item)
{
    const qsizetype i = item ? item->data(0, Qt::UserRole).toLongLong() : -1;
    if (i < 0 || i >= m_events.size()) {
        m_detail->clear();
        return;
    }
    const Event &e = m_events[i];
    QStringList lines;
    lines << tr("%1 UTC — %2 by %3 on %4")
                 .arg(DisplayText::utc(e.at), DisplayText::oneLine(VocabularyText::action(e.action)),
                      DisplayText::isolate(e.reviewer), DisplayText::isolate(e.device));
    if (!e.policyCode.isEmpty())
        lines << tr("Policy: %1").arg(e.policyCode);
    if (!e.evidenceRefs.isEmpty())
        lines << tr("Evidence cited: %1").arg(e.evidenceRefs.join(u", "_s));
    if (const QString outcome = vocab::outcomeOf(e.action, e.outcome); !outcome.isEmpty())
        lines << tr("Outcome: %1").arg(VocabularyText::outcome(outcome));
    if (!e.assignee.isEmpty())
        lines << tr("Assignee: %1").arg(e.assignee);
    // A revision carries the item as it reads after it.
    if (vocab::action(e.action) == Action::Revise) {
        if (const auto revision = RevisionText::read(e.statement)) {
            const Evidence &now = revision->item;
            lines
                << tr("Revision of %1, now reading: %2").arg(e.evidenceRefs.value(0), DisplayText::oneLine(now.title));
            if (!now.status.isEmpty())
                lines << (revision->supersededBy.isEmpty() ? tr("Status: %1").arg(RevisionText::stateName(now.status))
                                                           : tr("Status: %1 (by %2)")
                                                                 .arg(RevisionText::stateName(now.status),
                                                                      DisplayText::oneLine(revision->supersededBy)));
            if (revision->retracted)
                lines << tr("Retracted.");
            if (revision->effective.isValid())
                lines << tr("Effective %1").arg(revision->effective.toString(Qt::ISODate));
        } else {
            lines << tr("Revision of %1 (its text does not read)").arg(e.evidenceRefs.value(0));
        }
    }
    lines << tr("Event: %1").arg(e.uuid);
    lines << markText(m_marks.value(e.uuid));
    lines << QString() << (e.rationale.isEmpty() ? tr("(no rationale)") : e.rationale);
    m_detail->setPlainText(lines.join(u'\n'));
}

} // namespace adreview
