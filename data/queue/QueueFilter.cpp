#include "queue/QueueFilter.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const char *const tabNames[] = {"open",      "escalated",  "appeals", "conflicts",
                                "approvals", "review-due", "decided", "all"};

} // namespace

QString QueueFilter::tabSql(Tab tab, const QDate &today)
{
    switch (tab) {
    case Tab::Open:
        return u"c.state IN ('open', 'in-review')"_s;
    case Tab::Escalated:
        return u"c.state = 'escalated'"_s;
    case Tab::Appeals:
        return u"(c.source = 'appeal' AND c.state IN ('open', 'in-review', 'escalated'))"_s;
    case Tab::Conflicts:
        return u"c.state = 'conflict'"_s;
    case Tab::Approvals:
        return u"c.state = 'awaiting-approval'"_s;
    case Tab::ReviewDue: {
        // A decision whose review date has come and that nothing was recorded on since
        // (CaseFold::reviewDue), or a ban in force whose restrictions end within the notice. Both dates are starts of
        // days, UTC; they are written in as numbers, so the tab needs no bound values.
        const QDate day = today.isValid() ? today : QDateTime::currentDateTimeUtc().date();
        const qint64 start = sql::fromDay(day).toLongLong();
        const qint64 notice = sql::fromDay(day.addDays(reviewNoticeDays)).toLongLong();
        return u"(c.state = 'decided' AND ((c.review_by <= %1 AND c.last_event_at < c.review_by) OR "
               "(c.outcome = 'banned' AND c.restricted_until > %1 AND c.restricted_until <= %2)))"_s.arg(start)
                   .arg(notice);
    }
    case Tab::Decided:
        return u"c.state = 'decided'"_s;
    case Tab::All:
        break;
    }
    return u"1"_s;
}

QString QueueFilter::tabName(Tab tab)
{
    return QString::fromLatin1(tabNames[int(tab)]);
}

QueueFilter::Tab QueueFilter::tabFromName(const QString &name)
{
    for (int i = 0; i < tabCount; ++i) {
        if (name == QLatin1StringView(tabNames[i]))
            return Tab(i);
    }
    return Tab::Open;
}

QString QueueFilter::toSql(QVariantList &values, bool withTab, const QString &searchCondition) const
{
    QStringList where;
    if (withTab)
        where << tabSql(tab, today);
    if (!policyCode.isEmpty()) {
        where << u"c.policy_id = (SELECT id FROM policies WHERE code = ?)"_s;
        values << policyCode;
    }
    if (!priority.isEmpty()) {
        where << u"c.priority_rank = ?"_s;
        values << int(vocab::priorities().indexOf(priority));
    }
    if (!assignee.isEmpty()) {
        where << u"c.assignee = ?"_s;
        values << (assignee == unassigned() ? QStringLiteral("") : assignee);
    }
    if (!source.isEmpty()) {
        where << u"c.source = ?"_s;
        values << source;
    }
    const QString match = SearchIndex::matchExpression(search);
    if (!match.isEmpty() && !searchCondition.isEmpty()) {
        where << searchCondition;
    } else if (!match.isEmpty()) {
        where << u"c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"_s;
        values << match;
    }
    return where.isEmpty() ? u"1"_s : where.join(u" AND "_s);
}

Result<TabCounts> TabCounts::query(Database &db, const QueueFilter &filter)
{
    QVariantList values;
    const QString where = filter.toSql(values, false);
    QString select = u"SELECT "_s;
    for (int i = 0; i < QueueFilter::tabCount - 1; ++i)
        select += u"coalesce(sum(%1), 0), "_s.arg(QueueFilter::tabSql(QueueFilter::Tab(i), filter.today));
    select += u"count(*) FROM cases c WHERE "_s + where;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(select))
        return db.errorFrom(q, u"counting the queue"_s);
    sql::bindAll(q, values);
    if (!q.exec() || !q.next())
        return db.errorFrom(q, u"counting the queue"_s);
    TabCounts counts;
    for (int i = 0; i < QueueFilter::tabCount; ++i)
        counts.counts[size_t(i)] = q.value(i).toLongLong();
    return counts;
}

} // namespace adreview
