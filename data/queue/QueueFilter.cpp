#include "queue/QueueFilter.h"

#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const char *const tabNames[] = {"open",      "escalated",  "appeals", "conflicts", "approvals",
                                "re-review", "review-due", "decided", "all"};

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
    case Tab::Rereview:
        // A decision resting on evidence revised since (CaseFold::State::rereview); the partial
        // index of migration 15 states the same condition.
        return u"(c.state = 'decided' AND c.rereview IS NOT NULL)"_s;
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

QVariantMap QueueFilter::toMap() const
{
    // Nobody's cases are kept as a flag: the marker's control character would not survive every
    // settings format.
    const bool nobody = assignee == unassigned();
    return {{u"tab"_s, tabName(tab)},  {u"policy"_s, policyCode},
            {u"priority"_s, priority}, {u"assignee"_s, nobody ? QString() : assignee},
            {u"unassigned"_s, nobody}, {u"source"_s, source},
            {u"search"_s, search},     {u"bestMatch"_s, bestMatch}};
}

QueueFilter QueueFilter::fromMap(const QVariantMap &m)
{
    const auto known = [](const QString &value, const QStringList &vocabulary) {
        return vocabulary.contains(value) ? value : QString();
    };
    QueueFilter f;
    f.tab = tabFromName(m.value(u"tab"_s).toString());
    f.policyCode = m.value(u"policy"_s).toString().trimmed();
    f.priority = known(m.value(u"priority"_s).toString(), vocab::priorities());
    // Files written before the flag kept the marker itself as the assignee.
    f.assignee = m.value(u"unassigned"_s).toBool() ? unassigned() : m.value(u"assignee"_s).toString();
    f.source = known(m.value(u"source"_s).toString(), vocab::sources());
    f.search = m.value(u"search"_s).toString().trimmed();
    f.bestMatch = m.value(u"bestMatch"_s).toBool() && !f.search.isEmpty();
    return f;
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

Result<QList<qint64>> QueueFilter::countEach(Database &db, const QList<QueueFilter> &filters)
{
    if (filters.isEmpty())
        return QList<qint64>();
    // One scan adds up every filter's condition, as TabCounts does for the tabs: a few saved views
    // cost about what the tabs' counts cost, not a scan each.
    QVariantList values;
    QStringList sums;
    for (const QueueFilter &f : filters)
        sums << u"coalesce(sum(%1), 0)"_s.arg(f.toSql(values));
    const QString select = u"SELECT "_s + sums.join(u", "_s) + u" FROM cases c"_s;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(select))
        return db.errorFrom(q, u"counting the saved views"_s);
    sql::bindAll(q, values);
    if (!q.exec() || !q.next())
        return db.errorFrom(q, u"counting the saved views"_s);
    QList<qint64> counts;
    for (int i = 0; i < filters.size(); ++i)
        counts << q.value(i).toLongLong();
    return counts;
}

} // namespace adreview
