#include "storage/EventRepository.h"

#include "domain/DsaDecision.h"
#include "domain/EventHash.h"
#include "domain/EventSignature.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QChar refSeparator(0x1f);
const QChar hashSeparator(0x1e);

// Each cited item as its ref and content hash, so that a signed form can be rebuilt from the row.
const QString selectEvent =
    u"SELECT e.id, e.uuid, e.case_id, c.ref, e.action, coalesce(p.code, ''), e.rationale, e.assignee, e.outcome, "
    "e.reviewer, e.device, e.seq, e.at, e.parents, e.prev_hash, e.hash, "
    "(SELECT group_concat(ev.ref || char(30) || ev.content_hash, char(31)) FROM event_evidence ee "
    " JOIN evidence ev ON ev.id = ee.evidence_id WHERE ee.event_id = e.id), "
    "coalesce(e.signature, ''), coalesce(e.signed_digest, ''), e.statement "
    "FROM events e JOIN cases c ON c.id = e.case_id LEFT JOIN policies p ON p.id = e.policy_id "_s;

template <typename Row>
Event readEvent(const Row &q)
{
    Event e;
    e.id = sql::integer(q, 0);
    e.uuid = sql::text(q, 1);
    e.caseId = sql::integer(q, 2);
    e.caseRef = sql::text(q, 3);
    e.action = sql::text(q, 4);
    e.policyCode = sql::text(q, 5);
    e.rationale = sql::text(q, 6);
    e.assignee = sql::text(q, 7);
    e.outcome = sql::text(q, 8);
    e.reviewer = sql::text(q, 9);
    e.device = sql::text(q, 10);
    e.seq = sql::integer(q, 11);
    e.at = sql::time(q, 12);
    e.parents = sql::text(q, 13).split(u' ', Qt::SkipEmptyParts);
    e.prevHash = sql::text(q, 14);
    e.hash = sql::text(q, 15);
    QStringList cited = sql::text(q, 16).split(refSeparator, Qt::SkipEmptyParts);
    cited.sort();
    e.evidenceRefs.reserve(cited.size());
    e.evidenceHashes.reserve(cited.size());
    for (const QString &item : std::as_const(cited)) {
        const qsizetype split = item.indexOf(hashSeparator);
        e.evidenceRefs.append(item.left(split));
        e.evidenceHashes.append(split < 0 ? QString() : item.mid(split + 1));
    }
    e.signature = sql::text(q, 17);
    e.signedDigest = sql::text(q, 18);
    e.statement = sql::text(q, 19);
    return e;
}

} // namespace

Result<QList<Event>> EventRepository::forCase(qint64 caseId)
{
    RawStatement &q = m_db.statement(selectEvent + u"WHERE e.case_id = ? ORDER BY e.at, e.id"_s);
    q.bind({caseId});
    QList<Event> out;
    while (q.next())
        out.append(readEvent(q));
    if (q.failed())
        return q.failure(u"reading a case's history"_s);
    return out;
}

Status EventRepository::forEachInChainOrder(const std::function<bool(const Event &)> &onEvent)
{
    // SQLite's own interface: every event of a database passes here (verify, a whole export).
    RawStatement q(m_db, selectEvent + u"ORDER BY e.device, e.seq"_s, {}, u"reading the events"_s);
    while (q.next()) {
        if (!onEvent(readEvent(q)))
            return {};
    }
    if (q.failed())
        return q.failure(u"reading the events"_s);
    return {};
}

Status EventRepository::forEachOfDeviceAfter(const QString &device, qint64 afterSeq,
                                             const std::function<bool(const Event &)> &onEvent)
{
    const QString what = u"reading the events of device %1"_s.arg(device);
    RawStatement q(m_db, selectEvent + u"WHERE e.device = ? AND e.seq > ? ORDER BY e.seq"_s, {device, afterSeq}, what);
    while (q.next()) {
        if (!onEvent(readEvent(q)))
            return {};
    }
    if (q.failed())
        return q.failure(what);
    return {};
}

Result<QStringList> EventRepository::caseRefsOfDeviceAfter(const QString &device, qint64 afterSeq)
{
    const QString what = u"reading which cases the events of device %1 are about"_s.arg(device);
    RawStatement q(
        m_db, u"SELECT c.ref FROM cases c WHERE c.id IN (SELECT case_id FROM events WHERE device = ? AND seq > ?)"_s,
        {device, afterSeq}, what);
    QStringList refs;
    while (q.next())
        refs.append(q.text(0));
    if (q.failed())
        return q.failure(what);
    return refs;
}

Result<qint64> EventRepository::count()
{
    RawStatement q(m_db, u"SELECT count(*) FROM events"_s, {}, u"counting the events"_s);
    if (!q.next())
        return q.failure(u"counting the events"_s);
    const qint64 n = q.integer(0);
    q.finish();
    return n;
}

Result<bool> EventRepository::exists(const QString &uuid)
{
    RawStatement &q = m_db.statement(u"SELECT 1 FROM events WHERE uuid = ?"_s);
    q.bind({uuid});
    const bool found = q.next();
    if (q.failed())
        return q.failure(u"looking up event %1"_s.arg(uuid));
    q.finish();
    return found;
}

Result<bool> EventRepository::anyForCase(qint64 caseId)
{
    RawStatement &q = m_db.statement(u"SELECT 1 FROM events WHERE case_id = ? LIMIT 1"_s);
    q.bind({caseId});
    const bool found = q.next();
    if (q.failed())
        return q.failure(u"looking up the events of case %1"_s.arg(caseId));
    q.finish();
    return found;
}

QString EventRepository::banDecisionSql(const QString &alias)
{
    return u"(%1.action = 'ban' OR %1.action = 'approve' OR ((%1.action = 'resolve-conflict' OR %1.action = "
           "'reverse') AND %1.outcome = 'banned'))"_s.arg(alias);
}

Result<std::optional<ContestedDecision>> EventRepository::contestedBy(const CaseRecord &appeal)
{
    return contestedBy(appeal.id, appeal.advertiserId, appeal.source, appeal.opened, appeal.contests);
}

Result<std::optional<ContestedDecision>> EventRepository::contestedBy(qint64 caseId, qint64 advertiserId,
                                                                      const QString &source, const QDateTime &opened,
                                                                      const QString &contests)
{
    if (source != u"appeal")
        return std::optional<ContestedDecision>();
    QString caseRef = contests;
    if (caseRef.isEmpty()) {
        auto latest = latestBannedCase(advertiserId, caseId, opened);
        if (!latest)
            return latest.error();
        caseRef = *latest;
    }
    if (caseRef.isEmpty())
        return std::optional<ContestedDecision>();
    const QDateTime &filed = opened;
    RawStatement &q = m_db.statement(u"SELECT e.uuid, e.reviewer, e.at FROM events e WHERE e.case_id = "
                                     "(SELECT id FROM cases WHERE ref = ?) AND e.at <= ? AND %1 "
                                     "ORDER BY e.at DESC, e.id DESC LIMIT 1"_s.arg(banDecisionSql()));
    q.bind({caseRef, sql::fromTime(filed)});
    std::optional<ContestedDecision> found;
    if (q.next())
        found = ContestedDecision{q.text(0), caseRef, q.text(1), q.time(2)};
    if (q.failed())
        return q.failure(u"finding the decision an appeal contests"_s);
    q.finish();
    return found;
}

Result<QString> EventRepository::latestBannedCase(qint64 advertiserId, qint64 appealId, const QDateTime &filed)
{
    RawStatement &q = m_db.statement(
        u"SELECT c.ref FROM events e JOIN cases c ON c.id = e.case_id WHERE c.advertiser_id = ? AND c.id <> ? "
        "AND e.at <= ? AND %1 ORDER BY e.at DESC, e.id DESC LIMIT 1"_s.arg(banDecisionSql()));
    q.bind({advertiserId, appealId, sql::fromTime(filed)});
    QString found;
    if (q.next())
        found = q.text(0);
    if (q.failed())
        return q.failure(u"finding the ban an appeal contests"_s);
    q.finish();
    return found;
}

Result<bool> EventRepository::advertiserBannedAt(qint64 advertiserId, const QDateTime &at, const QString &exceptUuid)
{
    // Back from `at` to the latest reinstatement: a ban in between whose restrictions had not
    // ended by then stands.
    RawStatement &q = m_db.statement(
        u"SELECT e.action, e.outcome, e.statement FROM events e JOIN cases c ON c.id = e.case_id WHERE "
        "c.advertiser_id = ? AND e.at <= ? AND e.uuid <> ? AND (e.action IN ('ban', 'reinstate', 'approve') OR "
        "(e.action IN ('resolve-conflict', 'reverse') AND e.outcome IN ('banned', 'reinstated'))) "
        "ORDER BY e.at DESC, e.id DESC"_s);
    q.bind({advertiserId, sql::fromTime(at), exceptUuid});
    bool banned = false;
    while (!banned && q.next()) {
        if (q.text(0) == u"reinstate" || q.text(1) == u"reinstated")
            break;
        const auto statement = dsa::Decision::fromText(q.text(2));
        const QDate ends = statement ? statement->endsOn() : QDate();
        banned = !ends.isValid() || at < dsa::Decision::startOf(ends);
    }
    if (q.failed())
        return q.failure(u"reading the decisions on an advertiser's cases"_s);
    q.finish();
    return banned;
}

Result<EventRepository::Tip> EventRepository::chainTip(const QString &device)
{
    if (const auto it = m_tips.constFind(device); it != m_tips.cend())
        return *it;
    RawStatement &q = m_db.statement(
        u"SELECT seq, hash, coalesce(signed_digest, '') FROM events WHERE device = ? ORDER BY seq DESC LIMIT 1"_s);
    q.bind({device});
    Tip tip{0, EventHash::genesis(), {}};
    if (q.next())
        tip = {q.integer(0), q.text(1), q.text(2)};
    if (q.failed())
        return q.failure(u"reading the audit chain of device %1"_s.arg(device));
    q.finish();
    return tip;
}

Result<std::map<qint64, EventRepository::Link>> EventRepository::chainLinks(const QString &device, qint64 from,
                                                                            qint64 to)
{
    RawStatement &q =
        m_db.statement(u"SELECT seq, uuid, hash, coalesce(signed_digest, '') FROM events WHERE device = ? "
                       "AND seq BETWEEN ? AND ?"_s);
    q.bind({device, from, to});
    std::map<qint64, Link> out;
    while (q.next())
        out.emplace(q.integer(0), Link{q.text(1), q.text(2), q.text(3)});
    if (q.failed())
        return q.failure(u"reading the audit chain of device %1"_s.arg(device));
    return out;
}

Status EventRepository::append(Event &e, qint64 policyId, const QHash<QString, qint64> &evidenceIds, const Signer &sign)
{
    const auto tip = chainTip(e.device);
    if (!tip)
        return tip.error();
    e.seq = tip->seq + 1;
    e.prevHash = tip->hash;
    e.evidenceRefs.sort();
    e.hash = EventHash::compute(e);
    e.signature.clear();
    e.signedDigest.clear();
    if (sign) {
        // The content hash of every cited item as this database holds it: what the author saw.
        e.evidenceHashes.clear();
        RawStatement &q = m_db.statement(u"SELECT content_hash FROM evidence WHERE id = ?"_s);
        for (const QString &ref : std::as_const(e.evidenceRefs)) {
            q.bind({evidenceIds.value(ref)});
            e.evidenceHashes.append(q.next() ? q.text(0) : QString());
            if (q.failed())
                return q.failure(u"reading the evidence cited by %1"_s.arg(e.uuid));
            q.finish();
        }
        e.signedDigest = EventSignature::digest(tip->digest.isEmpty() ? EventSignature::noDigest() : tip->digest, e);
        e.signature = sign(QByteArray::fromHex(e.signedDigest.toLatin1()));
    }
    if (auto inserted = insert(e, policyId, evidenceIds); !inserted)
        return inserted;
    m_tips.insert(e.device, {e.seq, e.hash, e.signedDigest});
    return {};
}

namespace {

const QStringList eventColumns{
    u"uuid"_s,      u"case_id"_s,  u"action"_s,    u"policy_id"_s,     u"rationale"_s, u"assignee"_s,
    u"outcome"_s,   u"reviewer"_s, u"device"_s,    u"seq"_s,           u"at"_s,        u"parents"_s,
    u"prev_hash"_s, u"hash"_s,     u"signature"_s, u"signed_digest"_s, u"statement"_s};

// An event's row, in eventColumns' order.
QVariantList rowOf(const Event &e, qint64 policyId)
{
    return {e.uuid,
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
            e.hash,
            e.signature.isEmpty() ? QVariant() : QVariant(e.signature),
            e.signedDigest.isEmpty() ? QVariant() : QVariant(e.signedDigest),
            e.statement};
}

} // namespace

Status EventRepository::insert(Event &e, qint64 policyId, const QHash<QString, qint64> &evidenceIds)
{
    m_tips.remove(e.device);
    static const QString sql = u"INSERT INTO events (%1) VALUES %2"_s.arg(
        eventColumns.join(u", "_s), BulkInsert::placeholders(eventColumns.size()));
    RawStatement &q = m_db.statement(sql);
    if (!q.bind(rowOf(e, policyId)) || !q.exec())
        return q.failure(u"recording the %1 event on %2"_s.arg(e.action, e.caseRef));
    e.id = q.lastInsertId();

    RawStatement &link = m_db.statement(u"INSERT INTO event_evidence (event_id, evidence_id) VALUES (?, ?)"_s);
    for (const QString &ref : std::as_const(e.evidenceRefs)) {
        if (!link.bind({e.id, evidenceIds.value(ref)}) || !link.exec())
            return link.failure(u"recording the evidence cited by %1"_s.arg(e.uuid));
    }
    return {};
}

EventRepository::Batch::Batch(EventRepository &events)
    : m_events(events),
      m_rows(std::make_unique<BulkInsert>(events.m_db, u"events"_s, eventColumns, u"recording events"_s)),
      m_links(std::make_unique<BulkInsert>(events.m_db, u"event_evidence"_s,
                                           QStringList{u"event_id"_s, u"evidence_id"_s},
                                           u"recording the evidence events cite"_s, BulkInsert::Ids::None))
{}

EventRepository::Batch::~Batch() = default;

Status EventRepository::Batch::add(Event &e, qint64 policyId, const QHash<QString, qint64> &evidenceIds)
{
    m_events.m_tips.remove(e.device);
    auto id = m_rows->add(rowOf(e, policyId), u"the %1 event %2 on %3"_s.arg(e.action, e.uuid, e.caseRef));
    if (!id)
        return id.error();
    e.id = *id;
    for (const QString &ref : std::as_const(e.evidenceRefs))
        m_cites.append({e.id, evidenceIds.value(ref)});
    // A link goes to the table only after the event it names (its group is written).
    if (m_rows->pending() == 0)
        return writeLinks();
    return {};
}

Status EventRepository::Batch::writeLinks()
{
    for (const auto &[event, evidence] : std::as_const(m_cites)) {
        if (auto added = m_links->add({event, evidence}, u"event %1"_s.arg(event)); !added)
            return added.error();
    }
    m_cites.clear();
    return {};
}

Status EventRepository::Batch::finish()
{
    if (auto written = m_rows->flush(); !written)
        return written;
    if (auto linked = writeLinks(); !linked)
        return linked;
    return m_links->flush();
}

} // namespace adreview
