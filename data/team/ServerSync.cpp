#include "team/ServerSync.h"

#include "domain/EventHash.h"
#include "storage/AdvertiserRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/Quarantine.h"
#include "storage/ServerMarks.h"
#include "team/ServerConnection.h"
#include "team/TeamSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

using Value = ServerConnection::Value;
using Row = QList<Value>;

Value number(qint64 n)
{
    return QString::number(n);
}

Value ms(const QDateTime &t)
{
    return t.isValid() ? Value(QString::number(t.toMSecsSinceEpoch())) : Value();
}

QDateTime time(const ServerRows &r, int row, int column)
{
    return r.isNull(row, column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(r.integer(row, column), Qt::UTC);
}

// A text[] parameter, as PostgreSQL reads an array literal.
QString array(const QStringList &items)
{
    QStringList quoted;
    quoted.reserve(items.size());
    for (QString item : items)
        quoted.append(u'"' + item.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
    return u'{' + quoted.join(u',') + u'}';
}

// Rows in multi-row INSERT statements, as many a statement as PostgreSQL's parameters allow.
Status insertRows(ServerConnection &server, const QString &table, const QStringList &columns, const QList<Row> &rows,
                  const QString &tail, const QString &what)
{
    const qsizetype perStatement = std::max<qsizetype>(1, 30000 / columns.size());
    for (qsizetype from = 0; from < rows.size(); from += perStatement) {
        const qsizetype to = std::min(rows.size(), from + perStatement);
        QString sql = u"INSERT INTO adreview.%1 (%2) VALUES "_s.arg(table, columns.join(u", "_s));
        QList<Value> values;
        values.reserve((to - from) * columns.size());
        for (qsizetype i = from; i < to; ++i) {
            sql += i == from ? u"("_s : u", ("_s;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                sql += (c ? u", $"_s : u"$"_s) + QString::number(values.size() + 1);
                values.append(rows[i].value(c));
            }
            sql += u')';
        }
        if (auto done = server.exec(sql + tail, values, what); !done)
            return done.error();
    }
    return {};
}

} // namespace

QString ServerSync::Report::summary() const
{
    QString out =
        u"sent %1 events (%2 new cases), received %3 new events"_s.arg(eventsPushed).arg(casesPushed).arg(eventsPulled);
    if (newConflicts.size() > 10)
        out += u"; now in conflict: %1 cases (%2 and %3 more)"_s.arg(newConflicts.size())
                   .arg(newConflicts.first(10).join(u", "_s))
                   .arg(newConflicts.size() - 10);
    else if (!newConflicts.isEmpty())
        out += u"; now in conflict: %1"_s.arg(newConflicts.join(u", "_s));
    if (eventsHeld > 0)
        out += u"; set aside %1 event%2 this laptop refuses, never merged (adreview sync --quarantine lists them)"_s
                   .arg(eventsHeld)
                   .arg(eventsHeld == 1 ? QString() : u"s"_s);
    return out;
}

Result<ServerSync::Login> ServerSync::login(ServerConnection &server)
{
    if (auto ok = TeamSchema::check(server); !ok)
        return ok.error();
    auto who = server.exec(u"SELECT (SELECT id::text FROM adreview.team), adreview.my_reviewer()"_s, {},
                           u"asking the team server who this login is"_s);
    if (!who)
        return who.error();
    if (who->isNull(0, 1))
        return Error::rejected(u"the login %1 is not an enabled reviewer of the team on %2: ask your team's admin "
                               "(`adreview team add-reviewer`)"_s.arg(server.user(), server.displayAddress()));
    return Login{who->text(0, 0), who->text(0, 1)};
}

Status ServerSync::connect()
{
    auto who = login(m_server);
    if (!who)
        return who.error();
    m_teamId = who->teamId;
    m_reviewer = who->reviewer;
    return {};
}

Result<ServerSync::Report> ServerSync::push(int batchEvents)
{
    if (m_teamId.isEmpty()) {
        if (auto ok = connect(); !ok)
            return ok.error();
    }
    Report report;
    DeviceRepository registry(m_db);
    auto devices = registry.all();
    if (!devices)
        return devices.error();
    for (const DeviceRecord &d : std::as_const(*devices)) {
        if (d.reviewer != m_reviewer)
            continue; // others' events reach the server from their own laptops
        const QString what = u"sending the events of device %1 to the team server"_s.arg(d.device);
        auto there =
            m_server.exec(u"SELECT role, reviewer, coalesce(public_key, '') FROM adreview.devices WHERE device = $1"_s,
                          {d.device}, what);
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
        auto tip =
            m_server.exec(u"SELECT coalesce(max(seq), 0) FROM adreview.events WHERE device = $1"_s, {d.device}, what);
        if (!tip)
            return tip.error();
        qint64 serverSeq = tip->integer(0, 0);
        QList<Event> batch;
        Status failed;
        const auto send = [&]() -> Status {
            if (batch.isEmpty())
                return {};
            if (auto ok = m_server.begin(what); !ok)
                return ok;
            const auto fail = [this](const Error &e) -> Status {
                m_server.rollback();
                return e;
            };
            // The cases the events need, with what they rest on; what the server has stays.
            QStringList refs;
            for (const Event &e : std::as_const(batch))
                if (!refs.contains(e.caseRef))
                    refs.append(e.caseRef);
            auto known =
                m_server.exec(u"SELECT ref FROM adreview.cases WHERE ref = ANY($1::text[])"_s, {array(refs)}, what);
            if (!known)
                return fail(known.error());
            QSet<QString> onServer;
            for (int i = 0; i < known->size(); ++i)
                onServer.insert(known->text(i, 0));
            CaseRepository cases(m_db);
            AdvertiserRepository advertisers(m_db);
            PolicyRepository policies(m_db);
            EvidenceRepository evidence(m_db);
            QList<Row> policyRows, advertiserRows, caseRows, evidenceRows;
            for (const QString &ref : std::as_const(refs)) {
                auto c = cases.findByRef(ref);
                if (!c)
                    return fail(c.error());
                if (!*c)
                    continue;
                const CaseRecord &record = **c;
                if (!onServer.contains(ref)) {
                    auto p = policies.findByCode(record.policyCode);
                    if (!p)
                        return fail(p.error());
                    if (*p)
                        policyRows.append({(*p)->code, (*p)->title, (*p)->description});
                    auto a = advertisers.findByRef(record.advertiserRef);
                    if (!a)
                        return fail(a.error());
                    if (*a)
                        advertiserRows.append(
                            {(*a)->ref, (*a)->name,
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList((*a)->aliases))
                                                   .toJson(QJsonDocument::Compact)),
                             (*a)->country, (*a)->headquarters, (*a)->industry, (*a)->website});
                    caseRows.append({record.ref, record.advertiserRef, record.policyCode, record.summary,
                                     record.priority, record.source, ms(record.opened), ms(record.due)});
                    ++report.casesPushed;
                }
                auto items = evidence.forCase(record.id);
                if (!items)
                    return fail(items.error());
                for (const Evidence &e : std::as_const(*items)) {
                    Value bytes;
                    if (!e.attachmentHash.isEmpty()) {
                        auto attached = evidence.attachment(e.id);
                        if (!attached)
                            return fail(attached.error());
                        bytes = u"\\x"_s + QString::fromLatin1(attached->toHex());
                    }
                    const auto orNull = [](const QString &s) { return s.isEmpty() ? Value() : Value(s); };
                    evidenceRows.append({record.ref, e.ref, e.kind, e.title, e.source, e.author, e.reference,
                                         e.jurisdiction, e.status, e.url, e.date, e.excerpt, e.reliability,
                                         ms(e.retrieved), e.contentHash, orNull(e.attachmentName),
                                         orNull(e.attachmentType), bytes, orNull(e.attachmentHash)});
                }
            }
            QList<Row> eventRows, citationRows;
            for (const Event &e : std::as_const(batch)) {
                const auto orNull = [](const QString &s) { return s.isEmpty() ? Value() : Value(s); };
                eventRows.append({e.uuid, e.caseRef, e.action, orNull(e.policyCode), e.rationale, e.assignee, e.outcome,
                                  e.reviewer, e.device, number(e.seq), ms(e.at), e.parents.join(u' '), e.prevHash,
                                  e.hash, orNull(e.signature), orNull(e.signedDigest)});
                for (qsizetype i = 0; i < e.evidenceRefs.size(); ++i)
                    citationRows.append({e.uuid, number(i), e.evidenceRefs[i], e.evidenceHashes.value(i)});
            }
            // Parents before children: what the events rest on first, anything already there kept.
            const QString nothing = u" ON CONFLICT DO NOTHING"_s;
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
                {u"cases"_s,
                 {u"ref"_s, u"advertiser_ref"_s, u"policy_code"_s, u"summary"_s, u"priority"_s, u"source"_s,
                  u"opened_at"_s, u"due_at"_s},
                 caseRows,
                 nothing},
                {u"evidence"_s,
                 {u"case_ref"_s, u"ref"_s, u"kind"_s, u"title"_s, u"source"_s, u"author"_s, u"reference"_s,
                  u"jurisdiction"_s, u"status"_s, u"url"_s, u"date"_s, u"excerpt"_s, u"reliability"_s,
                  u"retrieved_at"_s, u"content_hash"_s, u"attachment_name"_s, u"attachment_type"_s, u"attachment"_s,
                  u"attachment_hash"_s},
                 evidenceRows,
                 nothing},
                {u"events"_s,
                 {u"uuid"_s, u"case_ref"_s, u"action"_s, u"policy_code"_s, u"rationale"_s, u"assignee"_s, u"outcome"_s,
                  u"reviewer"_s, u"device"_s, u"seq"_s, u"at"_s, u"parents"_s, u"prev_hash"_s, u"hash"_s,
                  u"signature"_s, u"signed_digest"_s},
                 eventRows,
                 {}},
                {u"event_evidence"_s, {u"event_uuid"_s, u"position"_s, u"ref"_s, u"content_hash"_s}, citationRows, {}},
            };
            for (const auto &t : tables) {
                if (auto ok = insertRows(m_server, t.table, t.columns, t.rows, t.tail, what); !ok)
                    return fail(ok.error());
            }
            if (auto ok = m_server.commit(what); !ok)
                return fail(ok.error());
            report.eventsPushed += batch.size();
            serverSeq = batch.last().seq;
            batch.clear();
            // What the server now holds, for the count of what is still to send.
            return ServerMarks(m_db).setPushed(m_teamId, d.device, serverSeq);
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
        if (!read)
            return read.error();
        if (!failed)
            return failed.error();
        if (auto ok = send(); !ok)
            return ok.error();
        if (auto ok = ServerMarks(m_db).setPushed(m_teamId, d.device, serverSeq); !ok)
            return ok.error();
    }
    if (auto ok = ServerMarks(m_db).stampPush(m_teamId, m_server.displayAddress()); !ok)
        return ok.error();
    return report;
}

namespace {

Advertiser readAdvertiser(const ServerRows &r, int i)
{
    Advertiser a;
    a.ref = r.text(i, 0);
    a.name = r.text(i, 1);
    a.aliases = AdvertiserRepository::aliasesFromJson(r.text(i, 2));
    a.country = r.text(i, 3);
    a.headquarters = r.text(i, 4);
    a.industry = r.text(i, 5);
    a.website = r.text(i, 6);
    return a;
}

Evidence readEvidence(const ServerRows &r, int i)
{
    Evidence e;
    e.ref = r.text(i, 1);
    e.kind = r.text(i, 2);
    e.title = r.text(i, 3);
    e.source = r.text(i, 4);
    e.author = r.text(i, 5);
    e.reference = r.text(i, 6);
    e.jurisdiction = r.text(i, 7);
    e.status = r.text(i, 8);
    e.url = r.text(i, 9);
    e.date = r.text(i, 10);
    e.excerpt = r.text(i, 11);
    e.reliability = r.text(i, 12);
    e.retrieved = time(r, i, 13);
    e.contentHash = r.text(i, 14);
    e.attachmentName = r.text(i, 15);
    e.attachmentType = r.text(i, 16);
    if (!r.isNull(i, 17))
        e.attachment = QByteArray::fromHex(r.bytes(i, 17).mid(2)); // bytea as \x and hex
    e.attachmentHash = r.text(i, 18);
    return e;
}

const QString evidenceColumns =
    u"case_ref, ref, kind, title, source, author, reference, jurisdiction, status, url, date, excerpt, reliability, "
    "retrieved_at, content_hash, attachment_name, attachment_type, attachment, attachment_hash"_s;

} // namespace

Result<ServerSync::Report> ServerSync::pull(int batchRows)
{
    if (m_teamId.isEmpty()) {
        if (auto ok = connect(); !ok)
            return ok.error();
    }
    Report report;
    const QString what = u"receiving from the team server %1"_s.arg(m_server.displayAddress());
    auto pulledUpTo = ServerMarks(m_db).pulled(m_teamId);
    if (!pulledUpTo)
        return pulledUpTo.error();
    qint64 mark = *pulledUpTo;
    auto held = Quarantine(m_db).index();
    if (!held)
        return held.error();
    for (;;) {
        // One snapshot a batch: every row numbered below a visible one is visible too, since the
        // server hands out numbers one writing transaction at a time.
        if (auto ok = m_server.run(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s, what); !ok)
            return ok.error();
        const auto fail = [this](const Error &e) -> Result<Report> {
            m_server.rollback();
            return e;
        };
        auto upper =
            m_server.exec(u"SELECT max(s) FROM (SELECT s FROM ("
                          "SELECT srv_seq AS s FROM adreview.policies WHERE srv_seq > $1 UNION ALL "
                          "SELECT srv_seq FROM adreview.advertisers WHERE srv_seq > $1 UNION ALL "
                          "SELECT srv_seq FROM adreview.cases WHERE srv_seq > $1 UNION ALL "
                          "SELECT srv_seq FROM adreview.evidence WHERE srv_seq > $1 UNION ALL "
                          "SELECT srv_seq FROM adreview.devices WHERE srv_seq > $1 UNION ALL "
                          "SELECT srv_seq FROM adreview.events WHERE srv_seq > $1 UNION ALL "
                          "SELECT srv_seq FROM adreview.event_evidence WHERE srv_seq > $1 UNION ALL "
                          "SELECT srv_seq FROM adreview.revocations WHERE srv_seq > $1) a ORDER BY s LIMIT $2) b"_s,
                          {number(mark), number(batchRows)}, what);
        if (!upper)
            return fail(upper.error());
        if (upper->isNull(0, 0)) {
            m_server.rollback();
            // Up to date: the time of this pull is when the laptop last synced.
            if (auto ok = ServerMarks(m_db).setPulled(m_teamId, m_server.displayAddress(), mark); !ok)
                return ok.error();
            break;
        }
        qint64 top = upper->integer(0, 0);
        // Events may follow events of other devices that reached the server later (a laptop that
        // received them by bundle pushed first): the batch reaches as far as the latest of those,
        // so that the merge holds every parent it names.
        for (;;) {
            auto later = m_server.exec(u"SELECT max(p.srv_seq) FROM adreview.events e CROSS JOIN LATERAL "
                                       "unnest(string_to_array(e.parents, ' ')) AS parent(uuid) JOIN adreview.events p "
                                       "ON p.uuid = parent.uuid "
                                       "WHERE e.srv_seq > $1 AND e.srv_seq <= $2 AND p.srv_seq > $2"_s,
                                       {number(mark), number(top)}, what);
            if (!later)
                return fail(later.error());
            if (later->isNull(0, 0))
                break;
            top = later->integer(0, 0);
        }
        const QList<Value> range{number(mark), number(top)};
        SyncContents contents;
        contents.device = u"team server"_s;
        auto policies = m_server.exec(u"SELECT code, title, description FROM adreview.policies "
                                      "WHERE srv_seq > $1 AND srv_seq <= $2"_s,
                                      range, what);
        if (!policies)
            return fail(policies.error());
        for (int i = 0; i < policies->size(); ++i)
            contents.policies.append({0, policies->text(i, 0), policies->text(i, 1), policies->text(i, 2)});
        auto advertisers = m_server.exec(u"SELECT ref, name, aliases, country, headquarters, industry, website FROM "
                                         "adreview.advertisers WHERE srv_seq > $1 AND srv_seq <= $2"_s,
                                         range, what);
        if (!advertisers)
            return fail(advertisers.error());
        for (int i = 0; i < advertisers->size(); ++i)
            contents.advertisers.append(readAdvertiser(*advertisers, i));
        // The cases of the range, and those whose evidence is in it, each with the evidence of the range.
        auto cases = m_server.exec(u"SELECT ref, advertiser_ref, policy_code, summary, priority, source, opened_at, "
                                   u"due_at FROM adreview.cases c "
                                   "WHERE (srv_seq > $1 AND srv_seq <= $2) OR EXISTS (SELECT 1 FROM adreview.evidence "
                                   "v WHERE v.case_ref = c.ref "
                                   "AND v.srv_seq > $1 AND v.srv_seq <= $2) ORDER BY srv_seq"_s,
                                   range, what);
        if (!cases)
            return fail(cases.error());
        std::map<QString, qsizetype> caseAt;
        for (int i = 0; i < cases->size(); ++i) {
            SyncContents::Case c;
            c.record.ref = cases->text(i, 0);
            c.record.advertiserRef = cases->text(i, 1);
            c.record.policyCode = cases->text(i, 2);
            c.record.summary = cases->text(i, 3);
            c.record.priority = cases->text(i, 4);
            c.record.source = cases->text(i, 5);
            c.record.opened = time(*cases, i, 6);
            c.record.due = time(*cases, i, 7);
            caseAt[c.record.ref] = contents.cases.size();
            contents.cases.append(c);
        }
        auto evidence = m_server.exec(u"SELECT %1 FROM adreview.evidence WHERE srv_seq > $1 AND srv_seq <= $2 "
                                      "ORDER BY srv_seq"_s.arg(evidenceColumns),
                                      range, what);
        if (!evidence)
            return fail(evidence.error());
        for (int i = 0; i < evidence->size(); ++i) {
            const auto at = caseAt.find(evidence->text(i, 0));
            if (at != caseAt.end())
                contents.cases[at->second].evidence.append(readEvidence(*evidence, i));
        }
        auto devices =
            m_server.exec(u"SELECT device, reviewer, public_key FROM adreview.devices WHERE public_key IS "
                          "NOT NULL AND device IN (SELECT device FROM adreview.events WHERE srv_seq > $1 AND "
                          "srv_seq <= $2 UNION SELECT by_device FROM adreview.revocations WHERE srv_seq > $1 "
                          "AND srv_seq <= $2)"_s,
                          range, what);
        if (!devices)
            return fail(devices.error());
        for (int i = 0; i < devices->size(); ++i)
            contents.keys.append(
                {devices->text(i, 0), devices->text(i, 1), QByteArray::fromBase64(devices->text(i, 2).toLatin1())});
        auto events = m_server.exec(
            u"SELECT e.uuid, e.case_ref, e.action, coalesce(e.policy_code, ''), e.rationale, e.assignee, e.outcome, "
            "e.reviewer, e.device, e.seq, e.at, e.parents, e.prev_hash, e.hash, coalesce(e.signature, ''), "
            "(SELECT string_agg(x.ref, ' ' ORDER BY x.position) FROM adreview.event_evidence x WHERE x.event_uuid = "
            "e.uuid) "
            "FROM adreview.events e WHERE e.srv_seq > $1 AND e.srv_seq <= $2 ORDER BY e.device, e.seq"_s,
            range, what);
        if (!events)
            return fail(events.error());
        for (int i = 0; i < events->size(); ++i) {
            Event e;
            e.uuid = events->text(i, 0);
            e.caseRef = events->text(i, 1);
            e.action = events->text(i, 2);
            e.policyCode = events->text(i, 3);
            e.rationale = events->text(i, 4);
            e.assignee = events->text(i, 5);
            e.outcome = events->text(i, 6);
            e.reviewer = events->text(i, 7);
            e.device = events->text(i, 8);
            e.seq = events->integer(i, 9);
            e.at = time(*events, i, 10);
            e.parents = events->text(i, 11).split(u' ', Qt::SkipEmptyParts);
            e.prevHash = events->text(i, 12);
            e.hash = events->text(i, 13);
            e.signature = events->text(i, 14);
            e.evidenceRefs = events->text(i, 15).split(u' ', Qt::SkipEmptyParts);
            if (EventHash::compute(e) != e.hash)
                return fail(Error::rejected(u"%1: event %2 does not match its hash"_s.arg(what, e.uuid)));
            contents.events.append(e);
        }
        auto revocations =
            m_server.exec(u"SELECT device, last_valid_seq, by_device, by_reviewer, at, reason, signature "
                          "FROM adreview.revocations WHERE srv_seq > $1 AND srv_seq <= $2"_s,
                          range, what);
        if (!revocations)
            return fail(revocations.error());
        for (int i = 0; i < revocations->size(); ++i)
            contents.revocations.append({revocations->text(i, 0), revocations->integer(i, 1), revocations->text(i, 2),
                                         revocations->text(i, 3), time(*revocations, i, 4), revocations->text(i, 5),
                                         revocations->text(i, 6)});
        m_server.rollback(); // read only: ends the snapshot

        auto merged = mergeBatch(contents, *held, report);
        if (!merged)
            return merged.error();
        report.eventsPulled += merged->eventsAdded;
        report.policiesAdded += merged->policiesAdded;
        report.newConflicts += merged->newConflicts;
        ++report.batchesPulled;
        // Only now, after the merge's commit, does the mark move.
        mark = top;
        if (auto ok = ServerMarks(m_db).setPulled(m_teamId, m_server.displayAddress(), mark); !ok)
            return ok.error();
    }
    return report;
}

Result<SyncReport> ServerSync::mergeBatch(SyncContents &contents, Quarantine::Index &held, Report &report)
{
    const QString from = u"the team server %1"_s.arg(m_server.displayAddress());
    Quarantine quarantine(m_db);
    for (;;) {
        // What follows an event set aside is set aside too, never merged on its own.
        QList<HeldEvent> hold;
        for (bool moved = true; moved;) {
            moved = false;
            for (qsizetype i = 0; i < contents.events.size();) {
                const QString cause = held.follows(contents.events[i]);
                if (cause.isEmpty()) {
                    ++i;
                    continue;
                }
                const Event e = contents.events.takeAt(i);
                held.add(e);
                hold.append({e, m_teamId, u"follows event %1, which this laptop set aside"_s.arg(cause), cause,
                             QDateTime::currentDateTimeUtc()});
                moved = true;
            }
        }
        if (auto ok = quarantine.hold(hold); !ok)
            return ok.error();
        report.eventsHeld += hold.size();

        // The team server's registry is the authority for keys: its devices are trusted here.
        SyncMerge merge(m_db);
        merge.trustNewDevices(from);
        auto merged = merge.merge(contents, from);
        if (merged || merge.refusedEvent().isEmpty())
            return merged;
        // One event the checks here refuse: set it aside with why, and merge the rest.
        const auto refused = std::find_if(contents.events.cbegin(), contents.events.cend(),
                                          [&](const Event &e) { return e.uuid == merge.refusedEvent(); });
        if (refused == contents.events.cend())
            return merged;
        QString reason = merged.error().message;
        if (reason.startsWith(from + u": "_s))
            reason = reason.mid(from.size() + 2);
        reason.remove(u"; nothing was imported"_s);
        const Event e = *refused;
        contents.events.removeAt(refused - contents.events.cbegin());
        held.add(e);
        if (auto ok = quarantine.hold({{e, m_teamId, reason, e.uuid, QDateTime::currentDateTimeUtc()}}); !ok)
            return ok.error();
        ++report.eventsHeld;
        report.heldNow.append(e.uuid);
    }
}

Result<qint64> ServerSync::toSend(Database &db, const QString &reviewer)
{
    return ServerMarks(db).toSend(reviewer);
}

} // namespace adreview
