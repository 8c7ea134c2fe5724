// ServerSync's push: each device's events the server lacks, with the cases, evidence, advertisers
// and policies they rest on, in batches of one transaction each, then the revocations made here.
#include "team/ServerSync.h"

#include "storage/AdvertiserRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/ServerMarks.h"
#include "team/ServerConnection.h"
#include "team/ServerValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

using namespace serverValues;
using Row = QList<Value>;

// The type a column's values are sent as (text unless named here).
ItemType columnType(const QString &column)
{
    static const QSet<QString> numbers{u"seq"_s,          u"at"_s,         u"opened_at"_s,     u"due_at"_s,
                                       u"retrieved_at"_s, u"legacy_seq"_s, u"last_valid_seq"_s};
    if (numbers.contains(column))
        return ItemType::BigInt;
    if (column == u"position"_s)
        return ItemType::Integer;
    if (column == u"attachment"_s)
        return ItemType::Bytea;
    return ItemType::Text;
}

// Rows in one INSERT statement: one parameter, an array of rows of the server's row type for the
// table (`rowType`: its name and id), in binary form, which the server unnests into rows (planned
// once, whatever the number of rows; COPY would skip row-level security, so PostgreSQL refuses it).
ServerConnection::Statement insertRows(const QString &table, const ServerSync::RowType &rowType,
                                       const QStringList &columns, const QList<Row> &rows, const QString &tail)
{
    QList<ItemType> types;
    QStringList fields;
    for (const QString &column : columns) {
        types.append(columnType(column));
        fields.append(u"r."_s + column);
    }
    return {u"INSERT INTO adreview.%1 (%2) SELECT %3 FROM unnest($1::adreview.%4[]) r"_s.arg(
                table, columns.join(u", "_s), fields.join(u", "_s), rowType.name) +
                tail,
            {},
            {binaryRows(rowType.id, types, rows)}};
}

// The cases of `refs` with those their appeals contest (and so on), a contested case before its
// appeal. `refs` gains the added ones.
Result<QList<CaseRecord>> withContestedCases(CaseRepository &cases, QStringList &refs)
{
    auto found = cases.findByRefs(refs);
    if (!found)
        return found.error();
    QSet<QString> have(refs.cbegin(), refs.cend());
    for (qsizetype from = 0; from < found->size();) {
        QStringList more;
        for (qsizetype i = from; i < found->size(); ++i) {
            const QString &contests = found->at(i).contests;
            if (!contests.isEmpty() && !have.contains(contests)) {
                have.insert(contests);
                more.append(contests);
            }
        }
        from = found->size();
        if (more.isEmpty())
            break;
        auto added = cases.findByRefs(more);
        if (!added)
            return added.error();
        refs += more;
        found->append(*added);
    }
    // Each contested case before the appeal that names it (so it takes the lower number and a
    // laptop pulling in batches has it first).
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < found->size(); ++i)
        at.insert(found->at(i).ref, i);
    QList<CaseRecord> ordered;
    QSet<QString> placed;
    for (const CaseRecord &c : std::as_const(*found)) {
        QList<const CaseRecord *> chain; // the case, the case it contests, and so on, until one placed
        for (const CaseRecord *next = &c; next && !placed.contains(next->ref);) {
            placed.insert(next->ref);
            chain.append(next);
            const auto named = at.constFind(next->contests);
            next = named == at.cend() ? nullptr : &found->at(*named);
        }
        for (auto it = chain.crbegin(); it != chain.crend(); ++it)
            ordered.append(**it);
    }
    return ordered;
}

} // namespace

Status ServerSync::sameHistory(const QString &device, qint64 serverSeq, const QString &what)
{
    // Where both hold the device's chain, its last event there is the same on both sides; if not,
    // this file went on apart from what the server took of it (restored from a backup, or a copy
    // written on after that device's events had been sent), and no event of it can follow.
    EventRepository events(m_db);
    auto here = events.chainTip(device);
    if (!here)
        return here.error();
    const qint64 seq = std::min(here->seq, serverSeq);
    if (seq == 0)
        return {};
    auto local = events.chainLinks(device, seq, seq);
    if (!local)
        return local.error();
    auto there = m_server.exec(u"SELECT uuid, hash FROM adreview.events WHERE device = $1 AND seq = $2"_s,
                               {device, number(seq)}, what);
    if (!there)
        return there.error();
    const auto mine = local->find(seq);
    if (there->size() == 0 || mine == local->end() || there->text(0, 1) == mine->second.hash)
        return {};
    return Error::rejected(
        u"%1: device %2's history here and on the team server part at #%3 (here event %4, there event %5): this "
        "file was restored from a backup or copied after that device's events reached the server, and both went "
        "on. Nothing of that device was sent; go on from a file that holds what the server has (pull into a new "
        "file), and ask a lead to revoke the device from #%3 on if the events here must be withdrawn"_s
            .arg(what, device)
            .arg(seq)
            .arg(mine->second.uuid, there->text(0, 0)));
}

Status ServerSync::pushDevice(const DeviceRecord &d, int batchEvents, bool otherPushes, Report &report)
{
    const QString what = u"sending the events of device %1 to the team server"_s.arg(d.device);
    auto there = m_server.exec(
        u"SELECT role, reviewer, coalesce(public_key, '') FROM adreview.devices WHERE device = $1"_s, {d.device}, what);
    if (!there)
        return there.error();
    const QString key = d.signs() ? QString::fromLatin1(d.publicKey.toBase64()) : QString();
    if (there->size() == 0) {
        auto added =
            m_server.exec(u"INSERT INTO adreview.devices (device, role, reviewer, public_key, legacy_seq) "
                          "VALUES ($1, session_user, $2, $3, $4)"_s,
                          {d.device, d.reviewer, key.isEmpty() ? Value() : Value(key), number(d.legacySeq)}, what);
        if (!added)
            return added.error();
        ++report.devicesRegistered;
    } else if (there->text(0, 0) != m_server.user() || there->text(0, 2) != key) {
        return Error::rejected(
            u"%1: the server has device %2 registered to login %3 with key %4, not to this login "
            "with this laptop's key: two machines may not share a device name"_s.arg(
                what, d.device, there->text(0, 0), there->text(0, 2).isEmpty() ? u"none"_s : there->text(0, 2)));
    }
    // How far the server holds the device's chain, read once no transaction of an earlier push of
    // it is under way: a push from a laptop that died or lost the network may still be committing
    // (the server takes in what was sent ahead before it notices), and what it commits is not sent
    // twice. Each batch below takes the same lock.
    const ServerConnection::Statement lockDevice{
        u"SELECT pg_advisory_xact_lock(hashtext('adreview.push'), hashtext($1))"_s, {d.device}, {}};
    const QString waitWhat = u"%1 (waiting for an earlier push of it to end on the server)"_s.arg(what);
    if (auto ok = m_server.begin(waitWhat); !ok)
        return ok;
    Result<ServerRows> tip = m_server.exec(u"SET LOCAL lock_timeout = '60s'"_s, {}, waitWhat);
    if (tip)
        tip = m_server.exec(lockDevice.sql, lockDevice.parameters, waitWhat);
    if (tip)
        tip = m_server.exec(u"SELECT coalesce(max(seq), 0) FROM adreview.events WHERE device = $1"_s, {d.device}, what);
    if (!tip) {
        m_server.rollback();
        return tip.error();
    }
    qint64 serverSeq = tip->integer(0, 0);
    if (auto ok = m_server.commit(what); !ok)
        return ok;
    if (auto ok = sameHistory(d.device, serverSeq, what); !ok)
        return ok;
    // What the server already holds of the cases these events are about, asked once up front: the
    // batches then go out one after another, the server working on one while this laptop prepares
    // the next. A case or item another laptop sends meanwhile makes a batch fail: push() then
    // sends the device again, keeping what is there.
    QSet<QString> onServer;
    QSet<std::pair<QString, QString>> evidenceThere; // case ref, item ref
    QSet<QString> asked;                             // the cases asked about
    {
        auto refs = EventRepository(m_db).caseRefsOfDeviceAfter(d.device, serverSeq);
        if (!refs)
            return refs.error();
        asked = QSet<QString>(refs->cbegin(), refs->cend());
        constexpr qsizetype chunk = 5000;
        for (qsizetype from = 0; from < refs->size(); from += chunk) {
            // Each case and its evidence looked up by key (a plain join or `= ANY` lets the
            // planner, misled by tables that grew since they were last analysed, read them whole).
            auto known = m_server.exec(u"SELECT r.ref, e.ref FROM unnest($1::text[]) r(ref) "
                                       "CROSS JOIN LATERAL (SELECT FROM adreview.cases WHERE ref = r.ref OFFSET 0) c "
                                       "LEFT JOIN LATERAL (SELECT ref FROM adreview.evidence WHERE case_ref = r.ref "
                                       "OFFSET 0) e ON true"_s,
                                       {array(refs->mid(from, chunk))}, what);
            if (!known)
                return known.error();
            for (int i = 0; i < known->size(); ++i) {
                onServer.insert(known->text(i, 0));
                if (!known->isNull(i, 1))
                    evidenceThere.insert({known->text(i, 0), known->text(i, 1)});
            }
        }
    }
    QList<Event> batch;
    Status failed;
    // Policies and advertisers this push has sent (a batch that fails ends the push).
    QSet<QString> sentPolicies, sentAdvertisers;
    // Cases whose record and evidence an earlier batch of this push went through: what the server
    // lacked of them went with it, and a later batch need not read them again.
    QSet<QString> gone;
    // Batches sent whose end the server has not reported yet, oldest first.
    struct Sent {
        qint64 lastSeq = 0;
        qsizetype events = 0;
        qsizetype cases = 0;
    };
    QList<Sent> unfinished;
    const auto finishOldest = [&]() -> Status {
        if (auto ok = m_server.finishOldest(); !ok)
            return ok;
        const Sent done = unfinished.takeFirst();
        report.eventsPushed += done.events;
        report.casesPushed += done.cases;
        serverSeq = done.lastSeq;
        // What the server now holds, for the count of what is still to send.
        return ServerMarks(m_db).setPushed(m_teamId, d.device, serverSeq);
    };
    const auto send = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        // The cases the events need, with what they rest on; only what the server lacks is sent.
        QStringList refs;
        for (const Event &e : std::as_const(batch)) {
            if (!gone.contains(e.caseRef)) {
                gone.insert(e.caseRef);
                refs.append(e.caseRef);
            }
        }
        CaseRepository cases(m_db);
        // The batch's cases, and the cases their appeals contest: an appeal goes with the case it
        // contests, pushed before it (the server wants that case there first, and a laptop pulling
        // in order then holds it when the appeal comes).
        auto found = withContestedCases(cases, refs);
        if (!found)
            return found.error();
        AdvertiserRepository advertisers(m_db);
        PolicyRepository policies(m_db);
        EvidenceRepository evidence(m_db);
        // The cases asked about, and those an appeal contests (not asked: the server may hold them).
        QList<Row> policyRows, advertiserRows, caseRows, evidenceRows, contestedRows, contestedEvidenceRows;
        // Every case row in order, a contested case before its appeal: sent as one when a case not
        // asked about contests one that was (its statement would come first, before the case it names).
        QList<Row> allCaseRows;
        const QList<Row> noRows;
        QSet<QString> plainCases;
        bool contestsPlain = false;
        QList<qint64> caseIds;
        for (const CaseRecord &record : std::as_const(*found)) {
            caseIds.append(record.id);
            gone.insert(record.ref);
        }
        auto itemsOf = evidence.forCases(caseIds);
        if (!itemsOf)
            return itemsOf.error();
        for (const CaseRecord &record : std::as_const(*found)) {
            const bool wasAsked = asked.contains(record.ref);
            if (!onServer.contains(record.ref)) {
                onServer.insert(record.ref);
                auto p = sentPolicies.contains(record.policyCode) ? Result<std::optional<Policy>>(std::nullopt)
                                                                  : policies.findByCode(record.policyCode);
                if (!p)
                    return p.error();
                if (*p)
                    policyRows.append({(*p)->code, (*p)->title, (*p)->description});
                sentPolicies.insert(record.policyCode);
                auto a = sentAdvertisers.contains(record.advertiserRef)
                             ? Result<std::optional<Advertiser>>(std::nullopt)
                             : advertisers.findByRef(record.advertiserRef);
                if (!a)
                    return a.error();
                sentAdvertisers.insert(record.advertiserRef);
                if (*a)
                    advertiserRows.append(
                        {(*a)->ref, (*a)->name,
                         QString::fromUtf8(
                             QJsonDocument(QJsonArray::fromStringList((*a)->aliases)).toJson(QJsonDocument::Compact)),
                         (*a)->country, (*a)->headquarters, (*a)->industry, (*a)->website});
                const Row row{record.ref,
                              record.advertiserRef,
                              record.policyCode,
                              record.summary,
                              record.priority,
                              record.source,
                              ms(record.opened),
                              ms(record.due),
                              record.contests.isEmpty() ? Value() : Value(record.contests)};
                (wasAsked ? caseRows : contestedRows).append(row);
                allCaseRows.append(row);
                if (wasAsked)
                    plainCases.insert(record.ref);
                else if (plainCases.contains(record.contests))
                    contestsPlain = true;
            }
            for (const Evidence &e : std::as_const((*itemsOf)[record.id])) {
                if (evidenceThere.contains({record.ref, e.ref}))
                    continue;
                evidenceThere.insert({record.ref, e.ref});
                Value bytes;
                if (!e.attachmentHash.isEmpty()) {
                    auto attached = evidence.attachment(e.id);
                    if (!attached)
                        return attached.error();
                    bytes = u"\\x"_s + QString::fromLatin1(attached->toHex());
                }
                const auto orNull = [](const QString &s) { return s.isEmpty() ? Value() : Value(s); };
                (wasAsked ? evidenceRows : contestedEvidenceRows)
                    .append({record.ref, e.ref, e.kind, e.title, e.source, e.author, e.reference, e.jurisdiction,
                             e.status, e.url, e.date, e.excerpt, e.reliability, ms(e.retrieved), e.contentHash,
                             orNull(e.attachmentName), orNull(e.attachmentType), bytes, orNull(e.attachmentHash)});
            }
        }
        QList<Row> eventRows, citationRows;
        for (const Event &e : std::as_const(batch)) {
            const auto orNull = [](const QString &s) { return s.isEmpty() ? Value() : Value(s); };
            eventRows.append({e.uuid, e.caseRef, e.action, orNull(e.policyCode), e.rationale, e.assignee, e.outcome,
                              e.reviewer, e.device, number(e.seq), ms(e.at), e.parents.join(u' '), e.prevHash, e.hash,
                              orNull(e.signature), orNull(e.signedDigest), e.statement});
            for (qsizetype i = 0; i < e.evidenceRefs.size(); ++i)
                citationRows.append({e.uuid, number(i), e.evidenceRefs[i], e.evidenceHashes.value(i)});
        }
        // Parents before children: what the events rest on first. Policies, advertisers and the
        // cases appeals contest (not asked about) keep what is there already. Cases and evidence
        // items the server lacked when asked above go in as plain inserts
        // (a third cheaper for the server than inserts that look out for a row already there);
        // one another laptop sent meanwhile makes the batch fail, and push() tries again.
        const QString nothing = u" ON CONFLICT DO NOTHING"_s;
        const QString lacking = otherPushes ? nothing : QString();
        const QStringList caseColumns{u"ref"_s,    u"advertiser_ref"_s, u"policy_code"_s, u"summary"_s, u"priority"_s,
                                      u"source"_s, u"opened_at"_s,      u"due_at"_s,      u"contests"_s};
        const QStringList evidenceColumns{
            u"case_ref"_s,        u"ref"_s,          u"kind"_s,           u"title"_s,
            u"source"_s,          u"author"_s,       u"reference"_s,      u"jurisdiction"_s,
            u"status"_s,          u"url"_s,          u"date"_s,           u"excerpt"_s,
            u"reliability"_s,     u"retrieved_at"_s, u"content_hash"_s,   u"attachment_name"_s,
            u"attachment_type"_s, u"attachment"_s,   u"attachment_hash"_s};
        const struct {
            QString table;
            QStringList columns;
            const QList<Row> &rows;
            QString tail;
        } tables[] = {
            {u"policies"_s, {u"code"_s, u"title"_s, u"description"_s}, policyRows, nothing},
            {u"advertisers"_s,
             {u"ref"_s, u"name"_s, u"aliases"_s, u"country"_s, u"headquarters"_s, u"industry"_s, u"website"_s},
             advertiserRows,
             nothing},
            {u"cases"_s, caseColumns, contestsPlain ? allCaseRows : contestedRows, nothing},
            {u"cases"_s, caseColumns, contestsPlain ? noRows : caseRows, lacking},
            {u"evidence"_s, evidenceColumns, contestedEvidenceRows, nothing},
            {u"evidence"_s, evidenceColumns, evidenceRows, lacking},
            {u"events"_s,
             {u"uuid"_s, u"case_ref"_s, u"action"_s, u"policy_code"_s, u"rationale"_s, u"assignee"_s, u"outcome"_s,
              u"reviewer"_s, u"device"_s, u"seq"_s, u"at"_s, u"parents"_s, u"prev_hash"_s, u"hash"_s, u"signature"_s,
              u"signed_digest"_s, u"statement"_s},
             eventRows,
             {}},
            {u"event_evidence"_s, {u"event_uuid"_s, u"position"_s, u"ref"_s, u"content_hash"_s}, citationRows, {}},
        };
        QList<ServerConnection::Statement> statements{lockDevice};
        for (const auto &t : tables) {
            if (!t.rows.isEmpty())
                statements.append(insertRows(t.table, m_rowTypes.value(t.table), t.columns, t.rows, t.tail));
        }
        if (auto ok = m_server.send(statements, what); !ok)
            return ok;
        unfinished.append({batch.last().seq, batch.size(), caseRows.size() + contestedRows.size()});
        batch.clear();
        // Three out at most: the server takes in one while the connection writes the next and
        // this laptop prepares the one after.
        while (m_server.unfinished() > 2) {
            if (auto ok = finishOldest(); !ok)
                return ok;
        }
        return {};
    };
    EventRepository events(m_db);
    auto read = events.forEachOfDeviceAfter(d.device, serverSeq, [&](const Event &e) {
        batch.append(e);
        if (batch.size() >= batchEvents) {
            failed = send();
            if (!failed)
                return false;
        }
        return true;
    });
    Status ended = !read ? Status(read.error()) : failed;
    if (ended)
        ended = send();
    // What went out before a failure here still ends on the server, and counts.
    Status settled;
    while (settled && m_server.unfinished() > 0)
        settled = finishOldest();
    if (!ended || !settled) {
        m_server.abandon();
        return !ended ? ended.error() : settled.error();
    }
    return ServerMarks(m_db).setPushed(m_teamId, d.device, serverSeq);
}

Status ServerSync::readRowTypes()
{
    // The row types a push sends each table's rows as, and their ids on this server.
    const QList<std::pair<QString, QString>> rowTypes{{u"policies"_s, u"policy_row"_s},
                                                      {u"advertisers"_s, u"advertiser_row"_s},
                                                      {u"cases"_s, u"case_row"_s},
                                                      {u"evidence"_s, u"evidence_row"_s},
                                                      {u"events"_s, u"event_row"_s},
                                                      {u"event_evidence"_s, u"citation_row"_s},
                                                      {u"revocations"_s, u"revocation_row"_s}};
    QStringList names;
    for (const auto &[table, type] : rowTypes)
        names.append(u"adreview."_s + type);
    auto ids = m_server.exec(u"SELECT coalesce(to_regtype(t)::oid, 0) FROM unnest($1::text[]) WITH ORDINALITY u(t, n) "
                             "ORDER BY n"_s,
                             {array(names)}, u"reading the team schema's row types"_s);
    if (!ids)
        return ids.error();
    m_rowTypes.clear();
    for (qsizetype i = 0; i < rowTypes.size(); ++i)
        m_rowTypes.insert(rowTypes[i].first, {rowTypes[i].second, quint32(ids->integer(int(i), 0))});
    return {};
}

Result<ServerSync::Report> ServerSync::push(int batchEvents)
{
    m_lastPush = {};
    if (m_teamId.isEmpty()) {
        if (auto ok = connect(); !ok)
            return ok.error();
    }
    if (m_rowTypes.isEmpty()) {
        if (auto ok = readRowTypes(); !ok)
            return ok.error();
    }
    Report &report = m_lastPush;
    DeviceRepository registry(m_db);
    auto devices = registry.all();
    if (!devices)
        return devices.error();
    // A device refused by name (its chain parted from the server's) keeps neither the other devices
    // nor the revocations from going; the refusal is told at the end.
    std::optional<Error> refused;
    for (const DeviceRecord &d : std::as_const(*devices)) {
        if (d.reviewer != m_reviewer)
            continue; // others' events reach the server from their own laptops
        Status ok = pushDevice(d, batchEvents, false, report);
        if (!ok && ok.error().details.contains(u"SQLSTATE 23505"_s)) {
            // A case or an item the server lacked when asked came meanwhile from another laptop:
            // again, from where the server's chain of the device now ends, keeping what is there.
            ok = pushDevice(d, batchEvents, true, report);
        }
        if (!ok) {
            if (ok.error().kind != ErrorKind::Rejected)
                return ok.error();
            if (!refused)
                refused = ok.error();
        }
    }
    if (auto ok = pushRevocations(*devices); !ok)
        return ok.error();
    if (refused)
        return *refused;
    if (auto ok = ServerMarks(m_db).stampPush(m_teamId, m_server.displayAddress()); !ok)
        return ok.error();
    return report;
}

Status ServerSync::pushRevocations(const QList<DeviceRecord> &devices)
{
    // The revocations this login's devices signed; the server decides whether the login may make
    // them (its own devices, or anyone's for a lead) and keeps one of each.
    QSet<QString> mine;
    for (const DeviceRecord &d : devices) {
        if (d.reviewer == m_reviewer)
            mine.insert(d.device);
    }
    auto all = DeviceRepository(m_db).revocations();
    if (!all)
        return all.error();
    QList<Row> rows;
    for (const Revocation &r : std::as_const(*all)) {
        if (r.byReviewer == m_reviewer && mine.contains(r.byDevice))
            rows.append({r.device, number(r.lastValidSeq), r.byDevice, r.byReviewer, ms(r.at), r.reason, r.signature});
    }
    if (rows.isEmpty())
        return {};
    const QString what = u"sending revocations to the team server"_s;
    if (auto ok = m_server.begin(what); !ok)
        return ok;
    const ServerConnection::Statement insert = insertRows(
        u"revocations"_s, m_rowTypes.value(u"revocations"_s),
        {u"device"_s, u"last_valid_seq"_s, u"by_device"_s, u"by_reviewer"_s, u"at"_s, u"reason"_s, u"signature"_s},
        rows, u" ON CONFLICT DO NOTHING"_s);
    Status sent;
    if (auto done = m_server.exec(insert, what); !done) {
        Error e = done.error();
        if (e.details.contains(u"SQLSTATE 42501"_s))
            e.message += u" (a reviewer revokes only their own devices, and from where a device's chain on the server "
                         "ends; a lead may revoke any device, from any point)"_s;
        sent = e;
    }
    if (sent)
        sent = m_server.commit(what);
    if (!sent) {
        m_server.rollback();
        return sent;
    }
    return {};
}

} // namespace adreview
