#include "storage/CaseRepository.h"

#include "domain/Vocabulary.h"
#include "storage/AdvertiserRepository.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/RawStatement.h"
#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString selectCase =
    u"SELECT c.id, c.ref, c.advertiser_id, a.ref, a.name, a.status, a.country, a.industry, p.code, c.summary, "
    "c.priority, c.source, c.opened_at, c.due_at, c.state, c.outcome, c.assignee, c.heads, c.last_event_at, "
    "c.decided_at, c.evidence_count, c.restricted_until, c.review_by, a.restricted_until, c.contests, "
    "coalesce(c.rereview, '') "
    "FROM cases c JOIN advertisers a ON a.id = c.advertiser_id JOIN policies p ON p.id = c.policy_id "_s;

template <typename Row>
CaseRecord readCase(const Row &q, const QDateTime &now)
{
    CaseRecord c;
    c.id = sql::integer(q, 0);
    c.ref = sql::text(q, 1);
    c.advertiserId = sql::integer(q, 2);
    c.advertiserRef = sql::text(q, 3);
    c.advertiserName = sql::text(q, 4);
    c.advertiserStatus = sql::text(q, 5);
    c.country = sql::text(q, 6);
    c.industry = sql::text(q, 7);
    c.policyCode = sql::text(q, 8);
    c.summary = sql::text(q, 9);
    c.priority = sql::text(q, 10);
    c.source = sql::text(q, 11);
    c.opened = sql::time(q, 12);
    c.due = sql::time(q, 13);
    c.state = sql::text(q, 14);
    c.outcome = sql::text(q, 15);
    c.assignee = sql::text(q, 16);
    c.heads = sql::text(q, 17).split(u' ', Qt::SkipEmptyParts);
    c.lastEventAt = sql::time(q, 18);
    c.decidedAt = sql::time(q, 19);
    c.evidenceCount = int(sql::integer(q, 20));
    c.restrictedUntil = sql::time(q, 21);
    c.reviewBy = sql::time(q, 22).date();
    c.advertiserRestrictedUntil = sql::time(q, 23);
    c.advertiserStatus = AdvertiserRepository::statusAt(c.advertiserStatus, c.advertiserRestrictedUntil, now);
    c.contests = sql::text(q, 24);
    c.rereview = sql::text(q, 25);
    return c;
}

} // namespace

Result<std::optional<CaseRecord>> CaseRepository::findByRef(const QString &ref)
{
    RawStatement &q = m_db.statement(selectCase + u"WHERE c.ref = ?"_s);
    q.bind({ref});
    std::optional<CaseRecord> found;
    if (q.next())
        found = readCase(q, m_db.clock().now());
    if (q.failed())
        return q.failure(u"reading case %1"_s.arg(ref));
    q.finish();
    return found;
}

Result<QList<CaseRecord>> CaseRepository::findByRefs(const QStringList &refs)
{
    RawStatement &q = m_db.statement(selectCase + u"WHERE c.ref IN (SELECT value FROM json_each(?))"_s);
    q.bind({QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(refs)).toJson(QJsonDocument::Compact))});
    QList<CaseRecord> found;
    const QDateTime now = m_db.clock().now();
    while (q.next())
        found.append(readCase(q, now));
    if (q.failed())
        return q.failure(u"reading %1 cases"_s.arg(refs.size()));
    return found;
}

Result<QHash<QString, qint64>> CaseRepository::idsByRefs(const QStringList &refs)
{
    RawStatement &q = m_db.statement(u"SELECT ref, id FROM cases WHERE ref IN (SELECT value FROM json_each(?))"_s);
    q.bind({QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(refs)).toJson(QJsonDocument::Compact))});
    QHash<QString, qint64> found;
    while (q.next())
        found.insert(q.text(0), q.integer(1));
    if (q.failed())
        return q.failure(u"looking up %1 cases"_s.arg(refs.size()));
    return found;
}

Result<QHash<QString, QString>> CaseRepository::contestedCases()
{
    RawStatement &q = m_db.statement(u"SELECT ref, contests FROM cases WHERE contests <> ''"_s);
    QHash<QString, QString> found;
    while (q.next())
        found.insert(q.text(0), q.text(1));
    if (q.failed())
        return q.failure(u"reading the cases appeals contest"_s);
    return found;
}

namespace {

const QStringList caseColumns{u"ref"_s,       u"advertiser_id"_s, u"advertiser_name"_s, u"policy_id"_s,
                              u"summary"_s,   u"priority"_s,      u"priority_rank"_s,   u"source"_s,
                              u"opened_at"_s, u"due_at"_s,        u"evidence_count"_s,  u"contests"_s};
const QString caseTuple = u"(?, ?, (SELECT name FROM advertisers WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

QVariantList caseRow(const CaseRecord &c, qint64 policyId)
{
    return {c.ref,
            c.advertiserId,
            c.advertiserId,
            policyId,
            c.summary,
            c.priority,
            vocab::priorities().indexOf(c.priority),
            c.source,
            sql::fromTime(c.opened),
            sql::fromTime(c.due),
            c.evidenceCount,
            c.contests};
}

} // namespace

Result<qint64> CaseRepository::insert(const CaseRecord &c, qint64 policyId)
{
    static const QString sql = u"INSERT INTO cases (%1) VALUES %2"_s.arg(caseColumns.join(u", "_s), caseTuple);
    RawStatement &q = m_db.statement(sql);
    if (!q.bind(caseRow(c, policyId)) || !q.exec())
        return q.failure(u"adding case %1"_s.arg(c.ref));
    return q.lastInsertId();
}

std::unique_ptr<BulkInsert> CaseRepository::bulk()
{
    return std::make_unique<BulkInsert>(m_db, u"cases"_s, caseColumns, u"adding cases"_s, BulkInsert::Ids::Given,
                                        caseTuple);
}

Result<qint64> CaseRepository::insert(const CaseRecord &c, qint64 policyId, BulkInsert &into)
{
    return into.add(caseRow(c, policyId), u"case %1"_s.arg(c.ref));
}

Result<CaseRecord> CaseRepository::rulesFacts(qint64 caseId)
{
    RawStatement &q =
        m_db.statement(u"SELECT c.ref, c.state, c.advertiser_id, c.source, p.code, c.opened_at, c.contests, "
                       "c.outcome, c.decided_at, c.restricted_until FROM cases c JOIN policies p ON p.id = "
                       "c.policy_id WHERE c.id = ?"_s);
    q.bind({caseId});
    if (!q.next())
        return q.failure(u"reading case %1"_s.arg(caseId));
    CaseRecord c;
    c.id = caseId;
    c.ref = q.text(0);
    c.state = q.text(1);
    c.advertiserId = q.integer(2);
    c.source = q.text(3);
    c.policyCode = q.text(4);
    c.opened = q.time(5);
    c.contests = q.text(6);
    c.outcome = q.text(7);
    c.decidedAt = q.time(8);
    c.restrictedUntil = q.time(9);
    q.finish();
    return c;
}

Status CaseRepository::forEachWithAdvertiser(const std::function<bool(const CaseRecord &, const Advertiser &)> &onRow)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT c.id, c.ref, a.ref, p.code, c.summary, c.priority, c.source, c.opened_at, c.due_at, a.name, "
                "a.aliases, a.country, a.headquarters, a.industry, a.website, a.id, c.contests FROM cases c JOIN "
                "advertisers a "
                "ON a.id = c.advertiser_id JOIN policies p ON p.id = c.policy_id ORDER BY c.id"_s))
        return m_db.errorFrom(q, u"reading the cases"_s);
    while (q.next()) {
        CaseRecord c;
        c.id = q.value(0).toLongLong();
        c.ref = q.value(1).toString();
        c.advertiserRef = q.value(2).toString();
        c.policyCode = q.value(3).toString();
        c.summary = q.value(4).toString();
        c.priority = q.value(5).toString();
        c.source = q.value(6).toString();
        c.opened = sql::toTime(q.value(7));
        c.due = sql::toTime(q.value(8));
        c.contests = q.value(16).toString();
        Advertiser a;
        a.id = q.value(15).toLongLong();
        a.ref = c.advertiserRef;
        a.name = q.value(9).toString();
        a.aliases = AdvertiserRepository::aliasesFromJson(q.value(10).toString());
        a.country = q.value(11).toString();
        a.headquarters = q.value(12).toString();
        a.industry = q.value(13).toString();
        a.website = q.value(14).toString();
        c.advertiserId = a.id;
        c.advertiserName = a.name;
        c.country = a.country;
        c.industry = a.industry;
        if (!onRow(c, a))
            break;
    }
    if (q.lastError().isValid())
        return m_db.errorFrom(q, u"reading the cases"_s);
    return {};
}

Status CaseRepository::updateDescription(const CaseRecord &c)
{
    RawStatement &q = m_db.statement(u"UPDATE cases SET summary = ?, priority = ?, priority_rank = ?, source = ?, "
                                     "opened_at = ?, due_at = ? WHERE id = ?"_s);
    q.bind({c.summary, c.priority, vocab::priorities().indexOf(c.priority), c.source, sql::fromTime(c.opened),
            sql::fromTime(c.due), c.id});
    if (!q.exec())
        return q.failure(u"updating case %1"_s.arg(c.ref));
    return {};
}

Result<QString> CaseRepository::updateDerived(qint64 caseId, const CaseFold::State &s)
{
    // Why it is in re-review, read against its items as first recorded (a rare case: the lookup
    // is made only for one).
    QStringList rereview;
    for (const CaseFold::State::Rereview &r : s.rereview) {
        auto original = EvidenceRepository(m_db).find(caseId, r.ref);
        if (!original)
            return original.error();
        Evidence item = original->value_or(Evidence{});
        item.ref = r.ref;
        rereview.append(CaseFold::rereviewLine(r, item));
    }
    RawStatement &q = m_db.statement(u"UPDATE cases SET state = ?, outcome = ?, assignee = ?, heads = ?, "
                                     "last_event_at = ?, decided_at = ?, restricted_until = ?, review_by = ?, "
                                     "rereview = ? WHERE id = ?"_s);
    q.bind({s.state, s.outcome, s.assignee, s.heads.join(u' '), sql::fromTime(s.lastEventAt),
            sql::fromTime(s.decidedAt), sql::fromTime(s.restrictedUntil), sql::fromDay(s.reviewBy),
            rereview.isEmpty() ? QVariant() : QVariant(rereview.join(u'\n')), caseId});
    if (!q.exec())
        return q.failure(u"updating a case's state"_s);
    return rereview.join(u'\n');
}

Status CaseRepository::setEvidenceCount(qint64 caseId, int count)
{
    RawStatement &q = m_db.statement(u"UPDATE cases SET evidence_count = ? WHERE id = ?"_s);
    q.bind({count, caseId});
    if (!q.exec())
        return q.failure(u"counting a case's evidence"_s);
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
    const QDateTime now = m_db.clock().now();
    while (q.next()) {
        if (!onRow(readCase(q, now)))
            break;
    }
    return {};
}

} // namespace adreview
