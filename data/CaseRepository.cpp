#include "CaseRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"
#include "Vocabulary.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString selectCase =
    u"SELECT c.id, c.ref, c.advertiser_id, a.ref, a.name, a.status, a.country, a.industry, p.code, c.summary, "
    "c.priority, c.source, c.opened_at, c.due_at, c.state, c.outcome, c.assignee, c.heads, c.last_event_at, "
    "c.decided_at, c.evidence_count "
    "FROM cases c JOIN advertisers a ON a.id = c.advertiser_id JOIN policies p ON p.id = c.policy_id "_s;

CaseRecord readCase(const QSqlQuery &q)
{
    CaseRecord c;
    c.id = q.value(0).toLongLong();
    c.ref = q.value(1).toString();
    c.advertiserId = q.value(2).toLongLong();
    c.advertiserRef = q.value(3).toString();
    c.advertiserName = q.value(4).toString();
    c.advertiserStatus = q.value(5).toString();
    c.country = q.value(6).toString();
    c.industry = q.value(7).toString();
    c.policyCode = q.value(8).toString();
    c.summary = q.value(9).toString();
    c.priority = q.value(10).toString();
    c.source = q.value(11).toString();
    c.opened = sql::toTime(q.value(12));
    c.due = sql::toTime(q.value(13));
    c.state = q.value(14).toString();
    c.outcome = q.value(15).toString();
    c.assignee = q.value(16).toString();
    c.heads = q.value(17).toString().split(u' ', Qt::SkipEmptyParts);
    c.lastEventAt = sql::toTime(q.value(18));
    c.decidedAt = sql::toTime(q.value(19));
    c.evidenceCount = q.value(20).toInt();
    return c;
}

} // namespace

Result<std::optional<CaseRecord>> CaseRepository::findByRef(const QString &ref)
{
    QSqlQuery &q = m_db.prepared(selectCase + u"WHERE c.ref = ?"_s);
    sql::bindAll(q, {ref});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading case %1"_s.arg(ref));
    std::optional<CaseRecord> found;
    if (q.next())
        found = readCase(q);
    q.finish();
    return found;
}

Result<qint64> CaseRepository::insert(const CaseRecord &c, qint64 policyId)
{
    QSqlQuery &q = m_db.prepared(u"INSERT INTO cases (ref, advertiser_id, advertiser_name, policy_id, summary, "
                                 "priority, priority_rank, source, opened_at, due_at) "
                                 "VALUES (?, ?, (SELECT name FROM advertisers WHERE id = ?), ?, ?, ?, ?, ?, ?, ?)"_s);
    sql::bindAll(q, {c.ref, c.advertiserId, c.advertiserId, policyId, c.summary, c.priority,
                     vocab::priorities().indexOf(c.priority), c.source, sql::fromTime(c.opened), sql::fromTime(c.due)});
    if (!q.exec())
        return m_db.errorFrom(q, u"adding case %1"_s.arg(c.ref));
    return q.lastInsertId().toLongLong();
}

Status CaseRepository::updateDescription(const CaseRecord &c)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE cases SET summary = ?, priority = ?, priority_rank = ?, source = ?, "
                                 "opened_at = ?, due_at = ? WHERE id = ?"_s);
    sql::bindAll(q, {c.summary, c.priority, vocab::priorities().indexOf(c.priority), c.source, sql::fromTime(c.opened),
                     sql::fromTime(c.due), c.id});
    if (!q.exec())
        return m_db.errorFrom(q, u"updating case %1"_s.arg(c.ref));
    return {};
}

Status CaseRepository::updateDerived(qint64 caseId, const CaseFold::State &s)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE cases SET state = ?, outcome = ?, assignee = ?, heads = ?, "
                                 "last_event_at = ?, decided_at = ? WHERE id = ?"_s);
    sql::bindAll(q, {s.state, s.outcome, s.assignee, s.heads.join(u' '), sql::fromTime(s.lastEventAt),
                     sql::fromTime(s.decidedAt), caseId});
    if (!q.exec())
        return m_db.errorFrom(q, u"updating a case's state"_s);
    return {};
}

Status CaseRepository::setEvidenceCount(qint64 caseId, int count)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE cases SET evidence_count = ? WHERE id = ?"_s);
    sql::bindAll(q, {count, caseId});
    if (!q.exec())
        return m_db.errorFrom(q, u"counting a case's evidence"_s);
    return {};
}

Result<QStringList> CaseRepository::assignees()
{
    QSqlQuery &q = m_db.prepared(u"SELECT assignee FROM cases WHERE assignee <> '' GROUP BY assignee"_s);
    if (!q.exec())
        return m_db.errorFrom(q, u"listing assignees"_s);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

Status CaseRepository::list(const CaseFilter &filter, const std::function<bool(const CaseRecord &)> &onRow)
{
    QStringList where;
    QVariantList values;
    if (!filter.state.isEmpty()) {
        where << u"c.state = ?"_s;
        values << filter.state;
    }
    const QString match = SearchIndex::matchExpression(filter.search);
    if (!match.isEmpty()) {
        where << u"c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)"_s;
        values << match;
    }
    QString sqlText = selectCase;
    if (!where.isEmpty())
        sqlText += u"WHERE "_s + where.join(u" AND "_s);
    sqlText += u" ORDER BY c.priority_rank, c.opened_at, c.id"_s;
    if (filter.limit >= 0)
        sqlText += u" LIMIT %1"_s.arg(filter.limit);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sqlText))
        return m_db.errorFrom(q, u"listing cases"_s);
    sql::bindAll(q, values);
    if (!q.exec())
        return m_db.errorFrom(q, u"listing cases"_s);
    while (q.next()) {
        if (!onRow(readCase(q)))
            break;
    }
    return {};
}

} // namespace adreview
