#include "EventRepository.h"

#include "Database.h"
#include "EventHash.h"
#include "SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QChar refSeparator(0x1f);

const QString selectEvent =
    u"SELECT e.id, e.uuid, e.case_id, c.ref, e.action, coalesce(p.code, ''), e.rationale, e.assignee, e.outcome, "
    "e.reviewer, e.device, e.seq, e.at, e.parents, e.prev_hash, e.hash, "
    "(SELECT group_concat(ev.ref, char(31)) FROM event_evidence ee JOIN evidence ev ON ev.id = ee.evidence_id "
    " WHERE ee.event_id = e.id) "
    "FROM events e JOIN cases c ON c.id = e.case_id LEFT JOIN policies p ON p.id = e.policy_id "_s;

Event readEvent(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.caseId = q.value(2).toLongLong();
    e.caseRef = q.value(3).toString();
    e.action = q.value(4).toString();
    e.policyCode = q.value(5).toString();
    e.rationale = q.value(6).toString();
    e.assignee = q.value(7).toString();
    e.outcome = q.value(8).toString();
    e.reviewer = q.value(9).toString();
    e.device = q.value(10).toString();
    e.seq = q.value(11).toLongLong();
    e.at = sql::toTime(q.value(12));
    e.parents = q.value(13).toString().split(u' ', Qt::SkipEmptyParts);
    e.prevHash = q.value(14).toString();
    e.hash = q.value(15).toString();
    e.evidenceRefs = q.value(16).toString().split(refSeparator, Qt::SkipEmptyParts);
    e.evidenceRefs.sort();
    return e;
}

} // namespace

Result<QList<Event>> EventRepository::forCase(qint64 caseId)
{
    QSqlQuery &q = m_db.prepared(selectEvent + u"WHERE e.case_id = ? ORDER BY e.at, e.id"_s);
    sql::bindAll(q, {caseId});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading a case's history"_s);
    QList<Event> out;
    while (q.next())
        out.append(readEvent(q));
    q.finish();
    return out;
}

Status EventRepository::forEachInChainOrder(const std::function<bool(const Event &)> &onEvent)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(selectEvent + u"ORDER BY e.device, e.seq"_s))
        return m_db.errorFrom(q, u"reading the events"_s);
    while (q.next()) {
        if (!onEvent(readEvent(q)))
            break;
    }
    return {};
}

Result<bool> EventRepository::exists(const QString &uuid)
{
    QSqlQuery &q = m_db.prepared(u"SELECT 1 FROM events WHERE uuid = ?"_s);
    sql::bindAll(q, {uuid});
    if (!q.exec())
        return m_db.errorFrom(q, u"looking up event %1"_s.arg(uuid));
    const bool found = q.next();
    q.finish();
    return found;
}

Result<EventRepository::Tip> EventRepository::chainTip(const QString &device)
{
    if (const auto it = m_tips.constFind(device); it != m_tips.cend())
        return *it;
    QSqlQuery &q = m_db.prepared(u"SELECT seq, hash FROM events WHERE device = ? ORDER BY seq DESC LIMIT 1"_s);
    sql::bindAll(q, {device});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading the audit chain of device %1"_s.arg(device));
    Tip tip{0, EventHash::genesis()};
    if (q.next())
        tip = {q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return tip;
}

Status EventRepository::append(Event &e, qint64 policyId, const QHash<QString, qint64> &evidenceIds)
{
    const auto tip = chainTip(e.device);
    if (!tip)
        return tip.error();
    e.seq = tip->seq + 1;
    e.prevHash = tip->hash;
    e.evidenceRefs.sort();
    e.hash = EventHash::compute(e);
    if (auto inserted = insert(e, policyId, evidenceIds); !inserted)
        return inserted;
    m_tips.insert(e.device, {e.seq, e.hash});
    return {};
}

Status EventRepository::insert(Event &e, qint64 policyId, const QHash<QString, qint64> &evidenceIds)
{
    m_tips.remove(e.device);
    QSqlQuery &q = m_db.prepared(
        u"INSERT INTO events (uuid, case_id, action, policy_id, rationale, assignee, outcome, reviewer, device, seq, "
        "at, parents, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QVariantList values{e.uuid,
                              e.caseId,
                              e.action,
                              policyId > 0 ? QVariant(policyId) : QVariant(QMetaType::fromType<qint64>()),
                              e.rationale,
                              e.assignee,
                              e.outcome,
                              e.reviewer,
                              e.device,
                              e.seq,
                              sql::fromTime(e.at),
                              e.parents.join(u' '),
                              e.prevHash,
                              e.hash};
    sql::bindAll(q, values);
    if (!q.exec())
        return m_db.errorFrom(q, u"recording the %1 event on %2"_s.arg(e.action, e.caseRef));
    e.id = q.lastInsertId().toLongLong();

    QSqlQuery &link = m_db.prepared(u"INSERT INTO event_evidence (event_id, evidence_id) VALUES (?, ?)"_s);
    for (const QString &ref : std::as_const(e.evidenceRefs)) {
        sql::bindAll(link, {e.id, evidenceIds.value(ref)});
        if (!link.exec())
            return m_db.errorFrom(link, u"recording the evidence cited by %1"_s.arg(e.uuid));
    }
    return {};
}

} // namespace adreview
