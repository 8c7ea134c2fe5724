#include "queue/QueueWords.h"

#include "queue/CaseQueueModel.h"

using namespace Qt::StringLiterals;

namespace adreview {

QString QueueWords::header(int column) const
{
    switch (column) {
    case CaseQueueModel::Priority:
        return u"Priority"_s;
    case CaseQueueModel::Case:
        return u"Case"_s;
    case CaseQueueModel::Advertiser:
        return u"Advertiser"_s;
    case CaseQueueModel::Country:
        return u"Country"_s;
    case CaseQueueModel::Policy:
        return u"Policy"_s;
    case CaseQueueModel::Age:
        return u"Age"_s;
    case CaseQueueModel::Sla:
        return u"SLA"_s;
    case CaseQueueModel::State:
        return u"State"_s;
    case CaseQueueModel::Assignee:
        return u"Assignee"_s;
    case CaseQueueModel::Evidence:
        return u"Evidence"_s;
    default:
        return {};
    }
}

QString QueueWords::duration(qint64 ms) const
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return u"%1 min"_s.arg(minutes);
    if (minutes < 48 * 60)
        return u"%1 h"_s.arg(minutes / 60);
    return u"%1 d"_s.arg(minutes / (24 * 60));
}

QString QueueWords::slaMet() const
{
    return u"met"_s;
}

QString QueueWords::slaLateBy(const QString &duration) const
{
    return u"late by %1"_s.arg(duration);
}

QString QueueWords::slaDueIn(const QString &duration) const
{
    return u"due in %1"_s.arg(duration);
}

QString QueueWords::slaOverdue(const QString &duration) const
{
    return u"overdue %1"_s.arg(duration);
}

QString QueueWords::loading() const
{
    return u"loading\u2026"_s;
}

QString QueueWords::dueTip(const QString &time) const
{
    return u"Due %1 UTC"_s.arg(time);
}

QString QueueWords::openedTip(const QString &time) const
{
    return u"Opened %1 UTC"_s.arg(time);
}

QString QueueWords::priority(const QString &word) const
{
    return word;
}

QString QueueWords::standing(const QString &state, const QString &outcome) const
{
    return state == u"decided" ? outcome : state;
}

QString QueueWords::action(const QString &word) const
{
    return word;
}

QString QueueWords::outcome(const QString &word) const
{
    return word;
}

} // namespace adreview
