#include "storage/ActivityRepository.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace adreview {

Result<QList<ActivityRow>> ActivityRepository::page(const ActivityFilter &filter, const std::optional<Key> &after,
                                                    int limit, bool inclusive)
{
    // The condition of the log's own indexes (migration 16), which every event meets.
    QStringList where{u"e.action <> ''"_s};
    QVariantList values;
    const auto equal = [&](const QString &column, const QString &value) {
        if (!value.isEmpty()) {
            where << column + u" = ?"_s;
            values << value;
        }
    };
    equal(u"e.reviewer"_s, filter.reviewer);
    equal(u"e.device"_s, filter.device);
    equal(u"e.action"_s, filter.action);
    if (!filter.policy.isEmpty()) {
        where << u"e.policy_id = (SELECT id FROM policies WHERE code = ?)"_s;
        values << filter.policy;
    }
    if (filter.from.isValid()) {
        where << u"e.at >= ?"_s;
        values << sql::fromTime(filter.from);
    }
    if (filter.to.isValid()) {
        where << u"e.at < ?"_s;
        values << sql::fromTime(filter.to);
    }
    if (after) {
        where << (inclusive ? u"(e.at, e.id) <= (?, ?)"_s : u"(e.at, e.id) < (?, ?)"_s);
        values << sql::fromTime(after->at) << after->id;
    }
    // The event drives the join: the plan walks the filter's index in time order and stops at
    // the page's end; cases and policies are looked up by id for the rows it keeps.
    const QString text =
        u"SELECT e.id, e.at, e.reviewer, e.device, e.action, c.ref, p.code, e.outcome, substr(e.rationale, 1, %1) "
        "FROM events e CROSS JOIN cases c ON c.id = e.case_id LEFT JOIN policies p ON p.id = e.policy_id"_s.arg(
            rationaleChars) +
        u" WHERE "_s + where.join(u" AND "_s) + u" ORDER BY e.at DESC, e.id DESC LIMIT %1"_s.arg(limit);
    const QString what = u"reading the activity log"_s;
    RawStatement q(m_db, text, values, what);
    QList<ActivityRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        ActivityRow r;
        r.id = q.integer(0);
        r.at = q.time(1);
        r.reviewer = q.text(2);
        r.device = q.text(3);
        r.action = q.text(4);
        r.caseRef = q.text(5);
        r.policy = q.text(6);
        r.outcome = q.text(7);
        r.rationale = q.text(8);
        if (const qsizetype end = r.rationale.indexOf(u'\n'); end >= 0)
            r.rationale.truncate(end);
        rows.append(std::move(r));
    }
    if (q.failed())
        return q.failure(what);
    return rows;
}

Result<QStringList> ActivityRepository::distinct(const QString &column)
{
    // One index seek per value instead of a walk over millions of events: each step asks the
    // column's index for the next value after the last.
    // Each step one lookup in the column's index, whose condition it states.
    const QString text = u"WITH RECURSIVE v(x) AS (SELECT min(%1) FROM events WHERE action <> '' UNION ALL "
                         "SELECT (SELECT min(%1) FROM events WHERE action <> '' AND %1 > v.x) FROM v "
                         "WHERE v.x IS NOT NULL) SELECT x FROM v WHERE x IS NOT NULL"_s.arg(column);
    const QString what = u"listing the events' %1s"_s.arg(column);
    RawStatement q(m_db, text, {}, what);
    QStringList out;
    while (q.next())
        out << q.text(0);
    if (q.failed())
        return q.failure(what);
    return out;
}

Result<QStringList> ActivityRepository::reviewers()
{
    return distinct(u"reviewer"_s);
}

Result<QStringList> ActivityRepository::devices()
{
    return distinct(u"device"_s);
}

} // namespace adreview
