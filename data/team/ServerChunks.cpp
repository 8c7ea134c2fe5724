// Reading a pull from the team server: a round's chunks of records and events, as a bundle's
// contents, with what this laptop refuses as it reads them.
#include "team/ServerChunks.h"

#include "domain/EventHash.h"
#include "storage/AdvertiserRepository.h"
#include "sync/SyncRecords.h"
#include "team/ServerValues.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview::serverChunks {

using namespace serverValues;

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

} // namespace

Status readKeys(ServerConnection &server, const QString &devices, const QList<ServerConnection::Value> &parameters,
                const QString &what, QList<OfferedKey> &out)
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

Status readEvents(ServerConnection &server, const QString &condition, const QList<ServerConnection::Value> &parameters,
                  const QString &what, QList<Event> &out, QList<RefusedEvent> &refused,
                  std::pair<qint64, QString> *last)
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

namespace {

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

} // namespace

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

} // namespace adreview::serverChunks
