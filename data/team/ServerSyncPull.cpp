// ServerSync's pull: what the server numbered after this laptop's mark, in rounds of chunks read while
// the one before merges through SyncMerge, with what this laptop refuses set aside.
#include "team/ServerSync.h"

#include "domain/EventHash.h"
#include "storage/AdvertiserRepository.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "storage/Quarantine.h"
#include "storage/ServerMarks.h"
#include "sync/SyncRecords.h"
#include "team/ServerConnection.h"
#include "team/ServerValues.h"

#include <QSet>

#include <algorithm>
#include <future>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

using namespace serverValues;

namespace {

// Why a merge of what came from `from` refused it, without the name and the bundle's wording.
QString reasonOf(QString message, const QString &from)
{
    if (message.startsWith(from + u": "_s))
        message = message.mid(from.size() + 2);
    message.remove(u"; nothing was imported"_s);
    return message;
}

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

// The keys of the devices a subquery names, as the server's registry holds them.
Status readKeys(ServerConnection &server, const QString &devices, const QList<Value> &parameters, const QString &what,
                QList<OfferedKey> &out)
{
    auto rows = server.exec(
        u"SELECT device, reviewer, public_key FROM adreview.devices WHERE public_key IS NOT NULL AND device IN (%1)"_s
            .arg(devices),
        parameters, what);
    if (!rows)
        return rows.error();
    for (int i = 0; i < rows->size(); ++i)
        out.append({rows->text(i, 0), rows->text(i, 1), QByteArray::fromBase64(rows->text(i, 2).toLatin1())});
    return {};
}

// The rows of a result in the order of an integer column (sorted here: the server would spill a
// large batch to disk to sort it).
std::vector<int> orderedBy(const ServerRows &r, int column)
{
    std::vector<std::pair<qint64, int>> keys;
    keys.reserve(size_t(r.size()));
    for (int i = 0; i < r.size(); ++i)
        keys.emplace_back(r.integer(i, column), i);
    std::sort(keys.begin(), keys.end());
    std::vector<int> order;
    order.reserve(keys.size());
    for (const auto &k : keys)
        order.push_back(k.second);
    return order;
}

// An event this laptop refuses as it reads it, and why.
using RefusedEvent = std::pair<Event, QString>;

// The events a condition on `e` selects (with any ORDER BY and LIMIT after it), each checked
// against its hash (those that do not match go to `refused`), then put device by device in chain
// order. `last` gets the time and id of the last row in the server's order.
Status readEvents(ServerConnection &server, const QString &condition, const QList<Value> &parameters,
                  const QString &what, QList<Event> &out, QList<RefusedEvent> &refused,
                  std::pair<qint64, QString> *last = nullptr)
{
    auto events = server.exec(
        u"SELECT e.uuid, e.case_ref, e.action, coalesce(e.policy_code, ''), e.rationale, e.assignee, e.outcome, "
        "e.reviewer, e.device, e.seq, e.at, e.parents, e.prev_hash, e.hash, coalesce(e.signature, ''), "
        "e.statement FROM adreview.events e WHERE %1"_s.arg(condition),
        parameters, what);
    if (!events)
        return events.error();
    if (events->size() == 0)
        return {};
    if (last)
        *last = {events->integer(events->size() - 1, 10), events->text(events->size() - 1, 0)};
    QStringList uuids;
    uuids.reserve(events->size());
    for (int i = 0; i < events->size(); ++i)
        uuids.append(events->text(i, 0));
    // The evidence they cite, in order, looked up for all of them at once.
    auto cited = server.exec(u"SELECT event_uuid, string_agg(ref, ' ' ORDER BY position) FROM adreview.event_evidence "
                             "WHERE event_uuid = ANY ($1::text[]) GROUP BY event_uuid"_s,
                             {array(uuids)}, what);
    if (!cited)
        return cited.error();
    QHash<QString, QString> citedBy;
    citedBy.reserve(cited->size());
    for (int i = 0; i < cited->size(); ++i)
        citedBy.insert(cited->text(i, 0), cited->text(i, 1));
    const qsizetype first = out.size();
    out.reserve(first + events->size());
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
        e.evidenceRefs = citedBy.value(e.uuid).split(u' ', Qt::SkipEmptyParts);
        e.statement = events->text(i, 15);
        if (EventHash::compute(e) != e.hash)
            refused.append({std::move(e), u"it does not match its hash: it was changed after it was written"_s});
        else
            out.append(std::move(e));
    }
    std::sort(out.begin() + first, out.end(), [](const Event &a, const Event &b) {
        const int byDevice = QString::compare(a.device, b.device);
        return byDevice != 0 ? byDevice < 0 : a.seq < b.seq;
    });
    return {};
}

// The keys of the devices of some events.
Status readKeysOf(ServerConnection &server, const QList<Event> &events, const QString &what, QList<OfferedKey> &out)
{
    QSet<QString> devices;
    for (const Event &e : events)
        devices.insert(e.device);
    if (devices.isEmpty())
        return {};
    return readKeys(server, u"SELECT unnest($1::text[])"_s, {array(QStringList(devices.cbegin(), devices.cend()))},
                    what, out);
}

const QString evidenceColumns =
    u"case_ref, ref, kind, title, source, author, reference, jurisdiction, status, url, date, excerpt, reliability, "
    "retrieved_at, content_hash, attachment_name, attachment_type, attachment, attachment_hash"_s;

// A part of a round of a pull, as read from the server, and where the round stands after it.
struct Chunk {
    SyncContents contents;
    QList<RefusedEvent> refusedEvents;
    QStringList refusedRecords; // "evidence EV-1 of case C: why"
    ServerMarks::Round after;
    bool last = false; // the round has nothing after it
};

// The records (policies, advertisers, cases with their evidence, revocations) numbered in
// (from, to]. An evidence item that does not match its hashes is left out, named in `refused`, as a
// bundle's reading refuses it: the events that cite it are then set aside by the merge.
Status readRecords(ServerConnection &server, qint64 from, qint64 to, const QString &what, SyncContents &contents,
                   QStringList &refused)
{
    const QList<Value> range{number(from), number(to)};
    auto policies = server.exec(u"SELECT code, title, description FROM adreview.policies "
                                "WHERE srv_seq > $1 AND srv_seq <= $2"_s,
                                range, what);
    if (!policies)
        return policies.error();
    for (int i = 0; i < policies->size(); ++i)
        contents.policies.append({0, policies->text(i, 0), policies->text(i, 1), policies->text(i, 2)});
    auto advertisers = server.exec(u"SELECT ref, name, aliases, country, headquarters, industry, website FROM "
                                   "adreview.advertisers WHERE srv_seq > $1 AND srv_seq <= $2"_s,
                                   range, what);
    if (!advertisers)
        return advertisers.error();
    for (int i = 0; i < advertisers->size(); ++i)
        contents.advertisers.append(readAdvertiser(*advertisers, i));
    // The cases of the range, and those whose evidence is in it, each with the evidence of the range.
    // Two index lookups, each case once, not a scan of every case (as an OR of the two would be).
    const QString caseColumns = u"ref, advertiser_ref, policy_code, summary, priority, source, opened_at, due_at, "
                                "srv_seq, coalesce(contests, '')"_s;
    auto cases =
        server.exec(u"SELECT %1 FROM adreview.cases WHERE srv_seq > $1 AND srv_seq <= $2 UNION ALL "
                    "SELECT %1 FROM adreview.cases WHERE ref IN (SELECT case_ref FROM adreview.evidence "
                    "WHERE srv_seq > $1 AND srv_seq <= $2) AND NOT (srv_seq > $1 AND srv_seq <= $2)"_s.arg(caseColumns),
                    range, what);
    if (!cases)
        return cases.error();
    std::map<QString, qsizetype> caseAt;
    for (const int i : orderedBy(*cases, 8)) {
        SyncContents::Case c;
        c.record.ref = cases->text(i, 0);
        c.record.advertiserRef = cases->text(i, 1);
        c.record.policyCode = cases->text(i, 2);
        c.record.summary = cases->text(i, 3);
        c.record.priority = cases->text(i, 4);
        c.record.source = cases->text(i, 5);
        c.record.opened = time(*cases, i, 6);
        c.record.due = time(*cases, i, 7);
        c.record.contests = cases->text(i, 9);
        caseAt[c.record.ref] = contents.cases.size();
        contents.cases.append(c);
    }
    auto evidence = server.exec(
        u"SELECT %1, srv_seq FROM adreview.evidence WHERE srv_seq > $1 AND srv_seq <= $2"_s.arg(evidenceColumns), range,
        what);
    if (!evidence)
        return evidence.error();
    for (const int i : orderedBy(*evidence, 19)) {
        const auto at = caseAt.find(evidence->text(i, 0));
        if (at == caseAt.end())
            continue;
        Evidence item = readEvidence(*evidence, i);
        if (const QString fault = syncrecord::evidenceHashFault(item); !fault.isEmpty())
            refused.append(u"evidence %1 of case %2: %3"_s.arg(item.ref.left(60), at->first.left(60), fault));
        else
            contents.cases[at->second].evidence.append(std::move(item));
    }
    auto revocations = server.exec(u"SELECT device, last_valid_seq, by_device, by_reviewer, at, reason, signature "
                                   "FROM adreview.revocations WHERE srv_seq > $1 AND srv_seq <= $2"_s,
                                   range, what);
    if (!revocations)
        return revocations.error();
    for (int i = 0; i < revocations->size(); ++i)
        contents.revocations.append({revocations->text(i, 0), revocations->integer(i, 1), revocations->text(i, 2),
                                     revocations->text(i, 3), time(*revocations, i, 4), revocations->text(i, 5),
                                     revocations->text(i, 6)});
    if (contents.revocations.isEmpty())
        return {};
    return readKeys(server, u"SELECT by_device FROM adreview.revocations WHERE srv_seq > $1 AND srv_seq <= $2"_s, range,
                    what, contents.keys);
}

// The next chunk of the round over (mark, at.top], from where `at` says the round stands: the
// next `rows` numbers of its records, then, once those are all read, its events `rows` at a time
// in the order they were made.
Result<Chunk> readChunk(ServerConnection &server, qint64 mark, const ServerMarks::Round &at, int rows,
                        const QString &what)
{
    Chunk chunk;
    chunk.contents.device = u"team server"_s;
    chunk.after = at;
    if (!at.eventsBegun) {
        // The chunk ends at the Nth number after where it starts: each table's first N after it
        // (an index scan each), then the Nth of those.
        QStringList firsts;
        for (const char *table : {"policies", "advertisers", "cases", "evidence", "revocations"})
            firsts.append(u"(SELECT srv_seq FROM adreview.%1 WHERE srv_seq > $1 AND srv_seq <= $2 "
                          "ORDER BY srv_seq LIMIT $3)"_s.arg(QLatin1StringView(table)));
        auto upper = server.exec(
            u"SELECT max(s) FROM (SELECT s FROM (%1) a(s) ORDER BY s LIMIT $3) b"_s.arg(firsts.join(u" UNION ALL "_s)),
            {number(at.records), number(at.top), number(rows)}, what);
        if (!upper)
            return upper.error();
        if (!upper->isNull(0, 0)) {
            chunk.after.records = upper->integer(0, 0);
            if (auto ok =
                    readRecords(server, at.records, chunk.after.records, what, chunk.contents, chunk.refusedRecords);
                !ok)
                return ok.error();
            return chunk;
        }
        // The records are all read: the events come next. Few of them (as after a short time
        // away) are read at once through their numbers.
        chunk.after.records = at.top;
        chunk.after.eventsBegun = true;
        auto few = server.exec(u"SELECT count(*) FROM (SELECT FROM adreview.events WHERE srv_seq > $1 AND "
                               "srv_seq <= $2 LIMIT $3) n"_s,
                               {number(mark), number(at.top), number(qint64(rows) + 1)}, what);
        if (!few)
            return few.error();
        if (few->integer(0, 0) <= rows) {
            chunk.last = true;
            if (auto ok = readEvents(server, u"e.srv_seq > $1 AND e.srv_seq <= $2"_s, {number(mark), number(at.top)},
                                     what, chunk.contents.events, chunk.refusedEvents);
                !ok)
                return ok.error();
            if (auto ok = readKeysOf(server, chunk.contents.events, what, chunk.contents.keys); !ok)
                return ok.error();
            return chunk;
        }
    }
    // By time and id, from where the last chunk ended (the first chunk from the start).
    QString condition = u"e.srv_seq > $1 AND e.srv_seq <= $2"_s;
    QList<Value> parameters{number(mark), number(at.top), number(rows)};
    if (at.eventsBegun) {
        condition += u" AND (e.at, e.uuid) > ($4::bigint, $5::text)"_s;
        parameters << number(at.eventAt) << at.eventUuid;
    }
    std::pair<qint64, QString> last{0, {}};
    if (auto ok = readEvents(server, condition + u" ORDER BY e.at, e.uuid LIMIT $3"_s, parameters, what,
                             chunk.contents.events, chunk.refusedEvents, &last);
        !ok)
        return ok.error();
    chunk.last = chunk.contents.events.size() + chunk.refusedEvents.size() < rows;
    chunk.after.eventsBegun = true;
    if (!last.second.isEmpty()) { // the last row the server gave, refused here or not
        chunk.after.eventAt = last.first;
        chunk.after.eventUuid = last.second;
    }
    if (auto ok = readKeysOf(server, chunk.contents.events, what, chunk.contents.keys); !ok)
        return ok.error();
    return chunk;
}

} // namespace

Result<ServerSync::Report> ServerSync::pull(int batchRows)
{
    if (m_teamId.isEmpty()) {
        if (auto ok = connect(); !ok)
            return ok.error();
    }
    batchRows = std::max(batchRows, 1);
    Report report;
    const QString what = u"receiving from the team server %1"_s.arg(m_server.displayAddress());
    ServerMarks marks(m_db);
    auto pulledUpTo = marks.pulled(m_teamId);
    if (!pulledUpTo)
        return pulledUpTo.error();
    qint64 mark = *pulledUpTo;
    auto round = marks.round(m_teamId);
    if (!round)
        return round.error();
    auto held = Quarantine(m_db).index();
    if (!held)
        return held.error();
    auto waitingList = marks.waiting(m_teamId);
    if (!waitingList)
        return waitingList.error();
    QSet<QString> waiting(waitingList->cbegin(), waitingList->cend());
    QSet<QString> recorded = waiting; // as the file holds it: written again only when it changes
    for (;;) {
        if (round->top <= mark) {
            // A new round reaches the highest number the server shows now: every row numbered
            // below it is visible too, since the server hands out numbers one writing
            // transaction at a time, and rows are never changed.
            QStringList tops;
            for (const char *table :
                 {"policies", "advertisers", "cases", "evidence", "devices", "events", "event_evidence", "revocations"})
                tops.append(u"(SELECT max(srv_seq) FROM adreview.%1)"_s.arg(QLatin1StringView(table)));
            auto top = m_server.exec(u"SELECT coalesce(greatest(%1), 0)"_s.arg(tops.join(u", "_s)), {}, what);
            if (!top)
                return top.error();
            if (top->integer(0, 0) <= mark) {
                // Up to date: the time of this pull is when the laptop last synced.
                if (auto ok = marks.setPulled(m_teamId, m_server.displayAddress(), mark); !ok)
                    return ok.error();
                break;
            }
            *round = ServerMarks::Round{top->integer(0, 0), mark, false, 0, {}};
        }
        // The next chunk is read from the server while this laptop merges the one before.
        const auto readFrom = [this, mark, batchRows, &what](const ServerMarks::Round &at) {
            return std::async(std::launch::async, [this, mark, at, batchRows, &what] {
                return readChunk(m_server, mark, at, batchRows, what);
            });
        };
        // Events that follow events of a later chunk wait here for it, with their devices' keys.
        QList<Event> carried;
        QList<OfferedKey> carriedKeys;
        std::future<Result<Chunk>> next = readFrom(*round);
        for (;;) {
            Result<Chunk> chunk = next.get();
            if (!chunk)
                return chunk.error();
            if (!chunk->last)
                next = readFrom(chunk->after);
            report.refused += chunk->refusedRecords;
            if (auto ok = setAside(chunk->refusedEvents, *held, waiting, report); !ok)
                return ok.error();
            SyncContents &contents = chunk->contents;
            for (const OfferedKey &k : std::as_const(carriedKeys)) {
                if (std::none_of(contents.keys.cbegin(), contents.keys.cend(),
                                 [&](const OfferedKey &o) { return o.device == k.device; }))
                    contents.keys.append(k);
            }
            contents.events = carried + contents.events;
            carried.clear();
            if (!contents.events.isEmpty() || !contents.cases.isEmpty() || !contents.policies.isEmpty() ||
                !contents.advertisers.isEmpty() || !contents.revocations.isEmpty()) {
                auto merged = mergeBatch(contents, *held, waiting, report, &carried);
                if (!merged)
                    return merged.error();
                report.eventsPulled += merged->eventsAdded;
                report.policiesAdded += merged->policiesAdded;
                report.newConflicts += merged->newConflicts;
                ++report.batchesPulled;
            }
            carriedKeys.clear();
            for (const OfferedKey &k : std::as_const(contents.keys)) {
                if (std::any_of(carried.cbegin(), carried.cend(), [&](const Event &e) { return e.device == k.device; }))
                    carriedKeys.append(k);
            }
            if (waiting != recorded) {
                if (auto ok = marks.setWaiting(m_teamId, QStringList(waiting.cbegin(), waiting.cend())); !ok)
                    return ok.error();
                recorded = waiting;
            }
            if (chunk->last)
                break;
            // Only now, after the merge's commit, does the round move on.
            *round = chunk->after;
            if (auto ok = marks.setRound(m_teamId, m_server.displayAddress(), *round); !ok)
                return ok.error();
        }
        // What still waits stays among the waiting, fetched again below and by later pulls.
        mark = round->top;
        if (auto ok = marks.setPulled(m_teamId, m_server.displayAddress(), mark); !ok)
            return ok.error();
    }
    if (auto ok = retryWaiting(*held, waiting, report); !ok)
        return ok.error();
    report.eventsWaiting = waiting.size();
    return report;
}

Status ServerSync::retryWaiting(Quarantine::Index &held, QSet<QString> &waiting, Report &report)
{
    // Events that followed events this laptop did not hold yet: fetched again by id, now that this
    // pull may have brought what they follow (or a bundle did, or their authors have pushed it).
    if (waiting.isEmpty())
        return {};
    const QString what = u"receiving from the team server %1"_s.arg(m_server.displayAddress());
    const QList<Value> ids{array(QStringList(waiting.cbegin(), waiting.cend()))};
    SyncContents contents;
    contents.device = u"team server"_s;
    QList<RefusedEvent> refused;
    Status read = readKeys(m_server, u"SELECT device FROM adreview.events WHERE uuid = ANY($1::text[])"_s, ids, what,
                           contents.keys);
    if (read)
        read = readEvents(m_server, u"e.uuid = ANY($1::text[])"_s, ids, what, contents.events, refused);
    if (!read)
        return read;
    waiting.clear(); // what still waits is found again
    if (auto ok = setAside(refused, held, waiting, report); !ok)
        return ok;
    auto merged = mergeBatch(contents, held, waiting, report, nullptr);
    if (!merged)
        return merged.error();
    report.eventsPulled += merged->eventsAdded;
    report.newConflicts += merged->newConflicts;
    return ServerMarks(m_db).setWaiting(m_teamId, QStringList(waiting.cbegin(), waiting.cend()));
}

Status ServerSync::setAside(const QList<std::pair<Event, QString>> &refused, Quarantine::Index &held,
                            QSet<QString> &waiting, Report &report)
{
    EventRepository events(m_db);
    QList<HeldEvent> hold;
    for (const auto &[e, reason] : refused) {
        // One this laptop holds already, as it was made (from a bundle), needs nothing from here.
        auto here = events.exists(e.uuid);
        if (!here)
            return here.error();
        if (*here || held.contains(e.uuid))
            continue;
        held.add(e);
        hold.append({e, m_teamId, reason, e.uuid, QDateTime::currentDateTimeUtc()});
        waiting.remove(e.uuid);
        report.heldNow.append(e.uuid);
    }
    report.eventsHeld += hold.size();
    return Quarantine(m_db).hold(hold);
}

Result<SyncReport> ServerSync::mergeBatch(SyncContents &contents, Quarantine::Index &held, QSet<QString> &waiting,
                                          Report &report, QList<Event> *carry)
{
    const QString from = u"the team server %1"_s.arg(m_server.displayAddress());
    Quarantine quarantine(m_db);
    EventRepository events(m_db);
    QHash<QString, bool> here;   // whether this database holds an event, as asked so far
    QHash<QString, qint64> tips; // each device's chain tip here, as asked so far
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
        for (const HeldEvent &h : std::as_const(hold))
            waiting.remove(h.event.uuid);

        // An event that follows one this laptop does not hold (another laptop's, not on the server
        // yet), or one that waits, waits too: with its device's later events, until a later pull.
        QSet<QString> present;
        QSet<std::pair<QString, qint64>> positions;
        for (const Event &e : std::as_const(contents.events)) {
            present.insert(e.uuid);
            positions.insert({e.device, e.seq});
        }
        QHash<QString, qint64> waitsFrom; // by device: the first position that waits
        for (bool moved = true; moved;) {
            moved = false;
            for (qsizetype i = 0; i < contents.events.size();) {
                const Event &e = contents.events[i];
                bool waits = waitsFrom.contains(e.device) && e.seq > waitsFrom.value(e.device);
                if (!waits && e.seq > 1 && !positions.contains({e.device, e.seq - 1})) {
                    // The event before it in its device's chain waits, or is not here yet.
                    auto it = tips.find(e.device);
                    if (it == tips.end()) {
                        auto tip = events.chainTip(e.device);
                        if (!tip)
                            return tip.error();
                        it = tips.insert(e.device, tip->seq);
                    }
                    waits = *it < e.seq - 1;
                }
                for (qsizetype p = 0; p < e.parents.size() && !waits; ++p) {
                    const QString &parent = e.parents[p];
                    if (present.contains(parent))
                        continue;
                    auto it = here.find(parent);
                    if (it == here.end()) {
                        auto exists = events.exists(parent);
                        if (!exists)
                            return exists.error();
                        it = here.insert(parent, *exists);
                    }
                    waits = !*it;
                }
                if (!waits) {
                    ++i;
                    continue;
                }
                const qint64 seq = e.seq;
                waitsFrom[e.device] = std::min(waitsFrom.value(e.device, seq), seq);
                waiting.insert(e.uuid);
                present.remove(e.uuid);
                positions.remove({e.device, e.seq});
                if (carry)
                    carry->append(contents.events.takeAt(i));
                else
                    contents.events.removeAt(i);
                moved = true;
            }
        }
        // The later events of a device that waits go with it, wherever the loop met them first.
        for (qsizetype i = 0; i < contents.events.size();) {
            const Event &e = contents.events[i];
            if (waitsFrom.contains(e.device) && e.seq > waitsFrom.value(e.device)) {
                waiting.insert(e.uuid);
                if (carry)
                    carry->append(contents.events.takeAt(i));
                else
                    contents.events.removeAt(i);
            } else {
                ++i;
            }
        }
        for (const Event &e : std::as_const(contents.events))
            waiting.remove(e.uuid);

        // The team server's registry is the authority for keys: its devices are trusted here.
        SyncMerge merge(m_db);
        merge.trustNewDevices(from);
        auto merged = merge.merge(contents, from);
        if (!merged && merge.refusedRevocation() >= 0 && merge.refusedRevocation() < contents.revocations.size()) {
            // A revocation the checks here refuse (its signature, its revoking device's key) is
            // left out, and named: it revokes nothing here, as on every laptop.
            const Revocation r = contents.revocations.takeAt(merge.refusedRevocation());
            report.refused.append(u"the revocation of device %1 by device %2: %3"_s.arg(
                r.device.left(60), r.byDevice.left(60), reasonOf(merged.error().message, from)));
            continue;
        }
        if (!merged && !merge.refusedCase().isEmpty()) {
            // Likewise a case (an appeal of a case it may not contest), with its evidence; the
            // events about it are then set aside, each naming the case.
            const auto at = std::find_if(contents.cases.cbegin(), contents.cases.cend(),
                                         [&](const auto &c) { return c.record.ref == merge.refusedCase(); });
            if (at != contents.cases.cend()) {
                report.refused.append(
                    u"case %1: %2"_s.arg(merge.refusedCase().left(60), reasonOf(merged.error().message, from)));
                contents.cases.removeAt(at - contents.cases.cbegin());
                continue;
            }
        }
        if (merged || merge.refusedEvent().isEmpty())
            return merged;
        // One event the checks here refuse: set it aside with why, and merge the rest.
        const auto refused = std::find_if(contents.events.cbegin(), contents.events.cend(),
                                          [&](const Event &e) { return e.uuid == merge.refusedEvent(); });
        if (refused == contents.events.cend())
            return merged;
        const QString reason = reasonOf(merged.error().message, from);
        const Event e = *refused;
        contents.events.removeAt(refused - contents.events.cbegin());
        held.add(e);
        if (auto ok = quarantine.hold({{e, m_teamId, reason, e.uuid, QDateTime::currentDateTimeUtc()}}); !ok)
            return ok.error();
        ++report.eventsHeld;
        report.heldNow.append(e.uuid);
    }
}

} // namespace adreview
