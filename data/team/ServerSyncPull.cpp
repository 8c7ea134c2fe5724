// ServerSync's pull: what the server numbered after this laptop's mark, in rounds of chunks read while
// the one before merges through SyncMerge, with what this laptop refuses set aside.
#include "team/ServerSync.h"

#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/EventRepository.h"
#include "storage/Quarantine.h"
#include "storage/ServerMarks.h"
#include "sync/SyncMerge.h"
#include "team/ServerChunks.h"
#include "team/ServerConnection.h"
#include "team/ServerValues.h"

#include <QSet>

#include <algorithm>
#include <future>
#include <utility>

using namespace Qt::StringLiterals;

namespace adreview {

using namespace serverChunks;
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

// When more cases or events are to come than this laptop holds (its first pull), they are written
// without the queue's indexes, built once at the end.
Status setIndexesAside(ServerConnection &server, Database &db, IndexesSetAside &aside, qint64 mark, qint64 top,
                       const QString &what)
{
    if (top - mark < DeferredIndexes::minimumRows)
        return {};
    auto counts = server.exec(u"SELECT (SELECT count(*) FROM adreview.cases WHERE srv_seq > $1 AND srv_seq <= $2), "
                              "(SELECT count(*) FROM adreview.events WHERE srv_seq > $1 AND srv_seq <= $2)"_s,
                              {number(mark), number(top)}, what);
    if (!counts)
        return counts.error();
    return SyncMerge::setIndexesAside(db, aside, counts->integer(0, 0), counts->integer(0, 1));
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
    // Indexes an earlier pull set aside and could not build again (a full disk) are built first.
    if (auto ok = IndexesSetAside::restore(m_db); !ok)
        return ok.error();
    auto held = Quarantine(m_db).index();
    if (!held)
        return held.error();
    auto waitingList = marks.waiting(m_teamId);
    if (!waitingList)
        return waitingList.error();
    QSet<QString> waiting(waitingList->cbegin(), waitingList->cend());
    QSet<QString> recorded = waiting; // as the file holds it: written again only when it changes
    IndexesSetAside aside(m_db);
    bool asideAsked = false;
    SyncMerge merge(m_db); // one for all the chunks: each merge's working sets are freed during the next
    std::future<void> freed;
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
        if (!asideAsked) {
            asideAsked = true;
            if (auto ok = setIndexesAside(m_server, m_db, aside, mark, round->top, what); !ok)
                return ok.error();
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
            if (!carried.isEmpty()) {
                carried.append(std::move(contents.events));
                contents.events = std::exchange(carried, {});
            }
            if (!contents.events.isEmpty() || !contents.cases.isEmpty() || !contents.policies.isEmpty() ||
                !contents.advertisers.isEmpty() || !contents.revocations.isEmpty()) {
                auto merged = mergeBatch(merge, contents, *held, waiting, report, &carried);
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
            const bool last = chunk->last;
            const ServerMarks::Round after = chunk->after;
            // A merged chunk's records are freed on a thread of their own, while the next merges.
            freed =
                std::async(std::launch::async, [done = std::move(*chunk)]() mutable { Chunk gone = std::move(done); });
            if (last)
                break;
            // Only now, after the merge's commit, does the round move on.
            *round = after;
            if (auto ok = marks.setRound(m_teamId, m_server.displayAddress(), *round); !ok)
                return ok.error();
        }
        // What still waits stays among the waiting, fetched again below and by later pulls.
        mark = round->top;
        if (auto ok = marks.setPulled(m_teamId, m_server.displayAddress(), mark); !ok)
            return ok.error();
    }
    if (auto ok = aside.finish(); !ok)
        return ok.error();
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
    SyncMerge merge(m_db);
    auto merged = mergeBatch(merge, contents, held, waiting, report, nullptr);
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

Result<SyncReport> ServerSync::mergeBatch(SyncMerge &merge, SyncContents &contents, Quarantine::Index &held,
                                          QSet<QString> &waiting, Report &report, QList<Event> *carry)
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
