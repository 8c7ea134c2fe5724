#include "queue/QueueText.h"

#include "queue/CaseQueueModel.h"
#include "widgets/VocabularyText.h"

namespace adreview {

QString QueueText::header(int column) const
{
    switch (column) {
    case CaseQueueModel::Priority:
        return tr("Priority");
    case CaseQueueModel::Case:
        return tr("Case");
    case CaseQueueModel::Advertiser:
        return tr("Advertiser");
    case CaseQueueModel::Country:
        return tr("Country");
    case CaseQueueModel::Policy:
        return tr("Policy");
    case CaseQueueModel::Age:
        return tr("Age");
    case CaseQueueModel::Sla:
        return tr("SLA");
    case CaseQueueModel::State:
        return tr("State");
    case CaseQueueModel::Assignee:
        return tr("Assignee");
    case CaseQueueModel::Evidence:
        return tr("Evidence");
    default:
        return {};
    }
}

QString QueueText::duration(qint64 ms) const
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

QString QueueText::slaMet() const
{
    return tr("met");
}

QString QueueText::slaLateBy(const QString &duration) const
{
    return tr("late by %1").arg(duration);
}

QString QueueText::slaDueIn(const QString &duration) const
{
    return tr("due in %1").arg(duration);
}

QString QueueText::slaOverdue(const QString &duration) const
{
    return tr("overdue %1").arg(duration);
}

QString QueueText::loading() const
{
    return tr("loading…");
}

QString QueueText::dueTip(const QString &time) const
{
    return tr("Due %1 UTC").arg(time);
}

QString QueueText::openedTip(const QString &time) const
{
    return tr("Opened %1 UTC").arg(time);
}

QString QueueText::priority(const QString &word) const
{
    return VocabularyText::priority(word);
}

QString QueueText::standing(const QString &state, const QString &outcome) const
{
    return VocabularyText::standing(state, outcome);
}

QString QueueText::action(const QString &word) const
{
    return VocabularyText::action(word);
}

QString QueueText::outcome(const QString &word) const
{
    return VocabularyText::outcome(word);
}

} // namespace adreview
