#include "sync/SyncMerge.h"

#include "sync/BundleSigning.h"

#include "domain/CaseFold.h"
#include "domain/EventHash.h"
#include "domain/EventRules.h"
#include "storage/AdvertiserRepository.h"
#include "storage/BulkInsert.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/SearchIndex.h"
#include "storage/SqlValues.h"

#include <QSet>

#include <algorithm>
#include <future>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The indexes a merge of many rows keeps while it writes: those it reads by.
const QStringList keptOfCases{u"cases_advertiser"_s};
const QStringList keptOfEvents{u"events_case"_s};
// Across many merges, which other connections read between: the indexes reports name stay too.
const QStringList keptOfEventsAcross = keptOfEvents + QStringList{u"events_decided_at"_s, u"events_decided_case"_s};

// An event's case as the rules take it (`c` as rulesFacts() reads it), without what they ask the
// database for.
CaseFacts factsOf(const Event &e, const CaseRecord &c, const QSet<QString> &evidenceRefs)
{
    CaseFacts facts;
    facts.ref = e.caseRef;
    facts.policyCode = c.policyCode;
    facts.source = c.source;
    facts.opened = c.opened;
    facts.evidenceRefs = evidenceRefs;
    return facts;
}

// A case's evidence refs, from its items' ids by ref.
QSet<QString> refsOf(const QHash<QString, qint64> &evidence)
{
    QSet<QString> refs;
    refs.reserve(evidence.size());
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it)
        refs.insert(it.key());
    return refs;
}

// An event as this database reads it back once written: its cited items in order of ref (a fold
// lists what a decision cites in that order), so that the state a merge folds is the state any
// later fold of the case gives.
Event asReadBack(Event e)
{
    if (std::is_sorted(e.evidenceRefs.cbegin(), e.evidenceRefs.cend()))
        return e;
    QList<std::pair<QString, QString>> cited;
    for (qsizetype i = 0; i < e.evidenceRefs.size(); ++i)
        cited.append({e.evidenceRefs[i], e.evidenceHashes.value(i)});
    std::sort(cited.begin(), cited.end());
    e.evidenceRefs.clear();
    const bool hashes = !e.evidenceHashes.isEmpty();
    e.evidenceHashes.clear();
    for (const auto &[ref, hash] : std::as_const(cited)) {
        e.evidenceRefs.append(ref);
        if (hashes)
            e.evidenceHashes.append(hash);
    }
    return e;
}

// What the rules need to judge the new events on a thread of their own while the merge writes: a
// copy of the merge's own, but for the events themselves, which are the bundle's (the merge waits
// for the judging before it ends).
struct RulesInput {
    QList<const Event *> events;
    QHash<QString, qint64> caseIds;
    QHash<qint64, CaseRecord> cases;
    QHash<qint64, QList<Event>> caseEvents;
    QHash<qint64, QHash<QString, qint64>> evidenceIds;
    QDateTime now;
};

// One event's judgement made apart: why it breaks a rule, if it does, unless the rules asked the
// database (whether the advertiser stood banned, the decision an appeal contests, a device's key,
// an earlier revision of an item), in which case it is judged again where the database is.
struct Judgement {
    std::optional<Error> broken;
    bool asksDatabase = false;
};

// Each touched case folded with its events after the merge, then each new event judged: on a thread
// of their own, the folds handed over first.
QList<Judgement> judgeApart(const RulesInput &in, std::promise<QHash<qint64, CaseFold::State>> &folded)
{
    QHash<qint64, CaseFold::State> states;
    states.reserve(in.caseEvents.size());
    for (auto it = in.caseEvents.cbegin(); it != in.caseEvents.cend(); ++it)
        states.insert(it.key(), CaseFold::fold(it.value()));
    folded.set_value(std::move(states));
    QList<Judgement> out;
    out.reserve(in.events.size());
    QHash<qint64, QSet<QString>> evidenceRefs; // each case's items, as the rules take them
    for (const Event *e : in.events) {
        const qint64 caseId = in.caseIds.value(e->caseRef);
        auto refs = evidenceRefs.find(caseId);
        if (refs == evidenceRefs.end())
            refs = evidenceRefs.insert(caseId, refsOf(in.evidenceIds.value(caseId)));
        CaseFacts facts = factsOf(*e, in.cases.value(caseId), *refs);
        Judgement judged;
        facts.advertiserBannedAt = [&judged](const QDateTime &) {
            judged.asksDatabase = true;
            return false;
        };
        facts.contested = [&judged]() -> std::optional<ContestedDecision> {
            judged.asksDatabase = true;
            return std::nullopt;
        };
        facts.deviceKey = [&judged](const QString &) {
            judged.asksDatabase = true;
            return QString();
        };
        facts.evidenceItem = [&judged](const QString &) -> std::optional<Evidence> {
            judged.asksDatabase = true;
            return std::nullopt;
        };
        const auto events = in.caseEvents.constFind(caseId);
        const Status ok =
            EventRules::check(facts, events != in.caseEvents.cend() ? *events : QList<Event>(), *e, in.now);
        if (!ok && !judged.asksDatabase)
            judged.broken = ok.error();
        out.append(std::move(judged));
    }
    return out;
}

// One merge, in one transaction. It is freed on a thread of its own once done (SyncMerge::merge), so
// nothing it holds may need the database or its thread when it goes: it holds plain values and
// repositories, never a statement or a transaction of its own.
class Merger {
public:
    Merger(Database &db, const SyncContents &bundle, const QString &file, bool trustNew, QString trustedBy,
           const WorkProgress &progress)
        : m_db(db), m_bundle(bundle), m_file(file), m_policies(db), m_advertisers(db), m_cases(db), m_evidence(db),
          m_events(db), m_trustNew(trustNew), m_trustedBy(std::move(trustedBy)), m_progress(progress), m_indexes(db)
    {
        m_report.file = file;
        // Each case and evidence item is written once; each event is written and judged.
        m_total = bundle.cases.size() + 2 * bundle.events.size();
        for (const SyncContents::Case &c : bundle.cases)
            m_total += c.evidence.size();
    }

    // Set when the merge stopped only for devices not trusted yet.
    QList<NewDevice> untrusted() const { return m_untrusted; }
    // Set when the merge stopped for one event: its id.
    QString refusedEvent() const { return m_refusedEvent; }
    // Set when the merge stopped for one revocation: its place in the bundle's list.
    qsizetype refusedRevocation() const { return m_refusedRevocation; }
    // Set when the merge stopped for one case (an appeal of a case it may not contest): its ref.
    QString refusedCase() const { return m_refusedCase; }

    Status run()
    {
        if (m_progress && !m_progress(0, m_total))
            return stopped();
        for (auto step : {&Merger::policies, &Merger::advertisers, &Merger::cases, &Merger::evidence,
                          &Merger::checkEvents, &Merger::checkSignatures, &Merger::placeEvents, &Merger::startRules,
                          &Merger::writeEvents, &Merger::refold, &Merger::checkRules}) {
            if (auto ok = (this->*step)(); !ok) {
                // The rules' thread reads the bundle's events: it ends before the merge does.
                if (m_judged.valid())
                    m_judged.wait();
                return ok;
            }
        }
        return m_indexes.rebuild();
    }

    SyncReport report() const { return m_report; }
    qint64 total() const { return m_total; }

private:
    // Counts records done; false when the caller asked to stop.
    bool tick(qint64 n = 1)
    {
        constexpr qint64 progressEvery = 1000; // records between progress reports
        const qint64 before = m_done;
        m_done += n;
        if (m_progress && m_done / progressEvery != before / progressEvery && !m_progress(m_done, m_total))
            m_stopped = true;
        return !m_stopped;
    }

    Error stopped() const { return refused(u"merge stopped"_s); }

    Error refused(const QString &why) const
    {
        return Error::rejected(u"%1: %2; nothing was imported"_s.arg(m_file, why));
    }

    Error brokenRule(const Event &e, const Error &why)
    {
        m_refusedEvent = e.uuid;
        return refused(u"event %1 (%2 by %3 on %4, %5) breaks a review rule: %6"_s.arg(
            e.uuid.left(60), e.action.left(40), e.reviewer.left(60), e.device.left(60), EventHash::formatTime(e.at),
            why.message));
    }

    Status policies()
    {
        auto all = m_policies.all();
        if (!all)
            return all.error();
        for (const Policy &p : std::as_const(*all))
            m_policyIds.insert(p.code, p.id);
        for (const Policy &p : m_bundle.policies) {
            if (m_policyIds.contains(p.code))
                continue;
            auto id = m_policies.insert(p);
            if (!id)
                return id.error();
            m_policyIds.insert(p.code, *id);
            ++m_report.policiesAdded;
        }
        return {};
    }

    Status advertisers()
    {
        for (const Advertiser &a : m_bundle.advertisers) {
            auto found = m_advertisers.findByRef(a.ref);
            if (!found)
                return found.error();
            if (found->has_value()) {
                const Advertiser &here = **found;
                m_advertiserIds.insert(a.ref, here.id);
                if (here.name != a.name || here.aliases != a.aliases || here.country != a.country ||
                    here.headquarters != a.headquarters || here.industry != a.industry || here.website != a.website)
                    m_report.kept.append(u"advertiser %1"_s.arg(a.ref));
                continue;
            }
            auto id = m_advertisers.insert(a);
            if (!id)
                return id.error();
            m_advertiserIds.insert(a.ref, *id);
            ++m_report.advertisersAdded;
        }
        return {};
    }

    Result<qint64> advertiserId(const QString &ref)
    {
        if (const auto it = m_advertiserIds.constFind(ref); it != m_advertiserIds.cend())
            return *it;
        auto found = m_advertisers.findByRef(ref);
        if (!found)
            return found.error();
        if (!found->has_value())
            return refused(u"advertiser %1 is neither in the bundle nor in this database"_s.arg(ref));
        m_advertiserIds.insert(ref, (*found)->id);
        return (*found)->id;
    }

    Status cases()
    {
        // The bundle's cases this database holds, asked a few thousand at a time.
        QHash<QString, CaseRecord> held;
        constexpr qsizetype lookupChunk = 5000;
        for (qsizetype from = 0; from < m_bundle.cases.size(); from += lookupChunk) {
            QStringList refs;
            for (qsizetype i = from; i < std::min(from + lookupChunk, m_bundle.cases.size()); ++i)
                refs.append(m_bundle.cases[i].record.ref);
            auto found = m_cases.findByRefs(refs);
            if (!found)
                return found.error();
            for (const CaseRecord &record : std::as_const(*found))
                held.insert(record.ref, record);
        }
        // Many new cases (a first merge into a new laptop's database) are written without the
        // queue's indexes, which are built once at the end; the one the merge reads stays.
        QSet<QString> added;
        for (const SyncContents::Case &c : m_bundle.cases) {
            if (!held.contains(c.record.ref))
                added.insert(c.record.ref);
        }
        if (auto deferred = m_indexes.deferFor(u"cases"_s, added.size(), keptOfCases); !deferred)
            return deferred;
        const std::unique_ptr<BulkInsert> rows = m_cases.bulk();
        for (const SyncContents::Case &c : m_bundle.cases) {
            if (!tick())
                return stopped();
            if (const auto found = held.constFind(c.record.ref); found != held.cend()) {
                const CaseRecord &here = *found;
                m_caseIds.insert(here.ref, here.id);
                if (here.summary != c.record.summary || here.priority != c.record.priority ||
                    here.source != c.record.source || here.opened != c.record.opened || here.due != c.record.due ||
                    here.policyCode != c.record.policyCode || here.advertiserRef != c.record.advertiserRef ||
                    here.contests != c.record.contests)
                    m_report.kept.append(u"case %1"_s.arg(c.record.ref));
                continue;
            }
            auto advertiser = advertiserId(c.record.advertiserRef);
            if (!advertiser)
                return advertiser.error();
            const qint64 policy = m_policyIds.value(c.record.policyCode);
            if (policy == 0)
                return refused(u"case %1 names policy %2, which neither the bundle nor this database holds"_s.arg(
                    c.record.ref, c.record.policyCode));
            CaseRecord record = c.record;
            record.advertiserId = *advertiser;
            // Its items are all new here too, and evidence() adds them.
            QSet<QString> items;
            for (const Evidence &e : c.evidence)
                items.insert(e.ref);
            record.evidenceCount = int(items.size());
            auto id = m_cases.insert(record, policy, *rows);
            if (!id)
                return id.error();
            record.id = *id;
            held.insert(record.ref, record); // held now, should the bundle name it again
            m_caseIds.insert(record.ref, *id);
            m_newCases.insert(*id);
            m_reindex.insert(*id);
            ++m_report.casesAdded;
        }
        if (auto written = rows->flush(); !written)
            return written;
        return contestedCases();
    }

    // A new appeal contests another case of its advertiser, which the bundle or this database
    // holds (a bundle carries the case an appeal it carries contests).
    Status contestedCases()
    {
        for (const SyncContents::Case &c : m_bundle.cases) {
            if (c.record.contests.isEmpty() || !m_newCases.contains(m_caseIds.value(c.record.ref)))
                continue;
            auto named = m_cases.findByRef(c.record.contests);
            if (!named)
                return named.error();
            if (!named->has_value() || (*named)->advertiserRef != c.record.advertiserRef)
                m_refusedCase = c.record.ref;
            if (!named->has_value())
                return refused(u"appeal %1 contests case %2, which is neither in the bundle nor in this database"_s.arg(
                    c.record.ref, c.record.contests));
            if ((*named)->advertiserRef != c.record.advertiserRef)
                return refused(u"appeal %1 of %2 contests case %3, which is %4's"_s.arg(
                    c.record.ref, c.record.advertiserRef, c.record.contests, (*named)->advertiserRef));
        }
        return {};
    }

    Status evidence()
    {
        const std::unique_ptr<BulkInsert> rows = m_evidence.bulk();
        for (const SyncContents::Case &c : m_bundle.cases) {
            if (!tick(c.evidence.size()))
                return stopped();
            const qint64 caseId = m_caseIds.value(c.record.ref);
            // A case new here has no evidence yet: nothing to look up. One the bundle names twice has
            // the items of its first listing, which may not be written yet.
            const bool listedBefore = m_evidenceIds.contains(caseId);
            auto ids = listedBefore                  ? Result<QHash<QString, qint64>>(m_evidenceIds.value(caseId))
                       : m_newCases.contains(caseId) ? Result<QHash<QString, qint64>>(QHash<QString, qint64>())
                                                     : m_evidence.idsByRef(caseId);
            if (!ids)
                return ids.error();
            bool added = false;
            for (Evidence e : c.evidence) {
                if (const auto it = ids->constFind(e.ref); it != ids->cend()) {
                    const auto known = m_contentHashes.constFind(*it);
                    auto hash = known != m_contentHashes.cend() ? Result<QString>(*known) : m_evidence.contentHash(*it);
                    if (!hash)
                        return hash.error();
                    if (*hash != e.contentHash)
                        m_report.kept.append(u"evidence %1 of case %2"_s.arg(e.ref, c.record.ref));
                    m_contentHashes.insert(*it, *hash); // what a signed event here cites
                    continue;
                }
                e.caseId = caseId;
                auto id = m_evidence.insert(e, *rows);
                if (!id)
                    return id.error();
                ids->insert(e.ref, *id);
                m_contentHashes.insert(*id, e.contentHash);
                added = true;
                ++m_report.evidenceAdded;
            }
            if (added) {
                // A case new here was added with the number of its items (of its first listing).
                if (!m_newCases.contains(caseId) || listedBefore) {
                    if (auto counted = m_cases.setEvidenceCount(caseId, int(ids->size())); !counted)
                        return counted;
                }
                m_reindex.insert(caseId);
            }
            m_evidenceIds.insert(caseId, *ids);
        }
        return rows->flush();
    }

    // Every device's events in the bundle continue what this database holds of that device.
    Status checkEvents()
    {
        QHash<QString, QList<const Event *>> byDevice;
        for (const Event &e : m_bundle.events) {
            if (m_inBundle.contains(e.uuid))
                return refused(u"event %1 appears twice in the bundle"_s.arg(e.uuid.left(60)));
            byDevice[e.device].append(&e);
            m_inBundle.insert(e.uuid);
        }
        // Device by device in name order, each in chain order: the order the new events are checked
        // and written in (the result does not depend on it).
        QStringList devices = byDevice.keys();
        devices.sort();
        for (const QString &device : std::as_const(devices)) {
            QList<const Event *> &chain = byDevice[device];
            std::sort(chain.begin(), chain.end(), [](const Event *a, const Event *b) { return a->seq < b->seq; });
            for (qsizetype i = 1; i < chain.size(); ++i) {
                if (chain[i]->seq != chain[i - 1]->seq + 1 || chain[i]->prevHash != chain[i - 1]->hash)
                    return refused(u"the events of device %1 are not one unbroken chain at seq %2 (an event is "
                                   "missing, reordered or altered)"_s.arg(device)
                                       .arg(chain[i]->seq));
            }
            const Event &first = *chain.first();
            auto stored = m_events.chainLinks(device, first.seq - 1, chain.last()->seq);
            if (!stored)
                return stored.error();
            if (first.seq == 1 && first.prevHash != EventHash::genesis())
                return refused(u"the first event of device %1 does not start its chain"_s.arg(device));
            if (first.seq > 1) {
                const auto before = stored->find(first.seq - 1);
                if (before == stored->end()) {
                    auto last = m_events.chainTip(device);
                    if (!last)
                        return last.error();
                    return refused(u"it holds the events of device %1 from seq %2, but this database has that "
                                   "device's events only up to seq %3: import the bundle before it first"_s.arg(device)
                                       .arg(first.seq)
                                       .arg(last->seq));
                }
                if (before->second.hash != first.prevHash) {
                    m_refusedEvent = first.uuid;
                    return refused(u"the events of device %1 do not continue the chain this database holds at seq "
                                   "%2"_s.arg(device)
                                       .arg(first.seq));
                }
            }
            for (const Event *e : std::as_const(chain)) {
                const auto here = stored->find(e->seq);
                if (here == stored->end()) {
                    m_new.append(e);
                } else if (here->second.uuid == e->uuid && here->second.hash == e->hash) {
                    ++m_report.eventsKnown;
                    if (!tick(2)) // neither written nor checked again
                        return stopped();
                } else {
                    m_refusedEvent = e->uuid;
                    return refused(u"device %1 has a different event at seq %2 here (%3) than the one brought (%4): "
                                   "the two databases' histories of that device started apart (each was made on "
                                   "its own, or two machines write under that device name), so they cannot be "
                                   "merged"_s.arg(device)
                                       .arg(e->seq)
                                       .arg(here->second.uuid, e->uuid));
                }
            }
        }
        for (const Event *e : std::as_const(m_new)) {
            // A new event's form is judged at once; the rest needs its case's events, once placed.
            if (auto form = EventRules::checkForm(*e); !form)
                return brokenRule(*e, form.error());
            auto known = m_events.exists(e->uuid);
            if (!known)
                return known.error();
            if (*known)
                return refused(u"event %1 is here already under another device or place in its chain"_s.arg(e->uuid));
            for (const QString &parent : e->parents) {
                if (m_inBundle.contains(parent))
                    continue;
                auto held = m_events.exists(parent);
                if (!held)
                    return held.error();
                if (!*held)
                    return refused(u"event %1 follows event %2, which neither the bundle nor this database holds: "
                                   "import the bundle that has it first"_s.arg(e->uuid, parent));
            }
            if (!e->policyCode.isEmpty() && !m_policyIds.contains(e->policyCode)) {
                m_refusedEvent = e->uuid;
                return refused(u"event %1 names an unknown policy %2"_s.arg(e->uuid, e->policyCode));
            }
        }
        // Likewise many new events, keeping the index by case that the merge reads.
        return m_indexes.deferFor(u"events"_s, m_new.size(), keptOfEvents);
    }

    Result<qint64> caseId(const QString &ref)
    {
        if (const auto it = m_caseIds.constFind(ref); it != m_caseIds.cend())
            return *it;
        auto found = m_cases.findByRef(ref);
        if (!found)
            return found.error();
        if (!found->has_value())
            return refused(u"case %1 is neither in the bundle nor in this database"_s.arg(ref));
        m_caseIds.insert(ref, (*found)->id);
        return (*found)->id;
    }

    // The new events placed in their cases: each case's id, whether it had events before, the
    // evidence it cites; and each touched case as it stands before them, with all its events after.
    Status placeEvents()
    {
        // The ids of the cases the new events are about, asked at once (caseId() names any missing).
        QStringList unknown;
        QSet<QString> asked;
        for (const Event *e : std::as_const(m_new)) {
            if (!m_caseIds.contains(e->caseRef) && !asked.contains(e->caseRef)) {
                asked.insert(e->caseRef);
                unknown.append(e->caseRef);
            }
        }
        if (!unknown.isEmpty()) {
            auto ids = m_cases.idsByRefs(unknown);
            if (!ids)
                return ids.error();
            m_caseIds.insert(*ids);
        }
        QHash<qint64, QList<Event>> added; // the new events of each case
        m_placed.reserve(m_new.size());
        for (const Event *bundled : std::as_const(m_new)) {
            Event e = *bundled;
            auto id = caseId(e.caseRef);
            if (!id) {
                if (id.error().kind == ErrorKind::Rejected) // not a failure of this database
                    m_refusedEvent = e.uuid;
                return id.error();
            }
            e.caseId = *id;
            if (!m_firstEvents.contains(e.caseId) && !m_otherEvents.contains(e.caseId)) {
                // Whether the case had any event before this merge: if not, its history is what
                // this merge writes, and need not be read.
                auto any = m_newCases.contains(e.caseId) ? Result<bool>(false) : m_events.anyForCase(e.caseId);
                if (!any)
                    return any.error();
                (*any ? m_otherEvents : m_firstEvents).insert(e.caseId);
            }
            if (!m_evidenceIds.contains(e.caseId)) {
                auto ids = m_evidence.idsByRef(e.caseId);
                if (!ids)
                    return ids.error();
                m_evidenceIds.insert(e.caseId, *ids);
            }
            const QHash<QString, qint64> &evidence = m_evidenceIds[e.caseId];
            for (const QString &ref : std::as_const(e.evidenceRefs)) {
                if (!evidence.contains(ref)) {
                    m_refusedEvent = e.uuid;
                    return refused(
                        u"event %1 cites evidence %2, which case %3 does not have"_s.arg(e.uuid, ref, e.caseRef));
                }
            }
            e.signedDigest = m_digests.value(bundled);
            added[e.caseId].append(asReadBack(e));
            m_placed.append(std::move(e));
        }
        QList<qint64> touched = added.keys();
        std::sort(touched.begin(), touched.end());
        for (const qint64 id : std::as_const(touched)) {
            auto before = m_cases.rulesFacts(id);
            if (!before)
                return before.error();
            m_before.insert(id, *before);
            // A case that had no events before holds only the bundle's; any other, what it held
            // and then the bundle's, in the order it is read back (time, then when written).
            QList<Event> events = added.value(id);
            if (m_otherEvents.contains(id)) {
                auto held = m_events.forCase(id);
                if (!held)
                    return held.error();
                held->append(events);
                std::stable_sort(held->begin(), held->end(),
                                 [](const Event &a, const Event &b) { return a.at < b.at; });
                events = *held;
            }
            m_caseEvents.insert(id, events);
        }
        return {};
    }

    // The review rules are judged on a thread of their own while the events are written.
    Status startRules()
    {
        if (m_new.isEmpty())
            return {};
        m_now = EventRules::receivingClock();
        RulesInput input{m_new, m_caseIds, m_before, m_caseEvents, m_evidenceIds, m_now};
        std::promise<QHash<qint64, CaseFold::State>> folded;
        m_folded = folded.get_future();
        m_judged = std::async(std::launch::async, [in = std::move(input), folded = std::move(folded)]() mutable {
            return judgeApart(in, folded);
        });
        return {};
    }

    Status writeEvents()
    {
        EventRepository::Batch written(m_events);
        for (Event &e : m_placed) {
            if (!tick())
                return stopped();
            if (auto inserted = written.add(e, m_policyIds.value(e.policyCode), m_evidenceIds.value(e.caseId));
                !inserted)
                return inserted;
            ++m_report.eventsAdded;
        }
        return written.finish();
    }

    Status refold()
    {
        // The folds come from the rules' thread (none when no event is new).
        const QHash<qint64, CaseFold::State> states =
            m_folded.valid() ? m_folded.get() : QHash<qint64, CaseFold::State>();
        QSet<qint64> advertisers;
        QList<qint64> touched = m_caseEvents.keys();
        std::sort(touched.begin(), touched.end());
        for (const qint64 id : std::as_const(touched)) {
            const CaseRecord &before = m_before[id];
            const CaseFold::State state = states.value(id);
            if (auto updated = m_cases.updateDerived(id, state); !updated)
                return updated.error();
            // An advertiser's status rests on its cases' outcomes, when they were decided and when
            // their restrictions end: only a change of those can change it.
            if (state.outcome != before.outcome || state.decidedAt != before.decidedAt ||
                state.restrictedUntil != before.restrictedUntil)
                advertisers.insert(before.advertiserId);
            if (state.state == u"conflict" && before.state != u"conflict")
                m_report.newConflicts.append(before.ref);
        }
        for (const qint64 advertiser : std::as_const(advertisers)) {
            if (auto status = m_advertisers.refreshStatus(advertiser); !status)
                return status.error();
        }
        if (auto indexed = SearchIndex(m_db).reindexCases(QList<qint64>(m_reindex.cbegin(), m_reindex.cend()));
            !indexed)
            return indexed;
        m_report.newConflicts.sort();
        return {};
    }

    // Every new event against the review rules, judged as its author saw the case (the fold of its
    // ancestors) with the case as this database holds it, as `decide` and an import judge theirs;
    // the first to break one, in the bundle's order, refuses the whole bundle.
    Status checkRules()
    {
        if (!m_judged.valid())
            return {};
        const QList<Judgement> judged = m_judged.get();
        for (qsizetype i = 0; i < m_new.size(); ++i) {
            if (!tick())
                return stopped();
            const Event *e = m_new[i];
            if (judged[i].broken)
                return brokenRule(*e, *judged[i].broken);
            if (judged[i].asksDatabase) {
                if (auto ok = checkHere(*e); !ok)
                    return ok;
            }
            m_authors.insert(e->device);
        }
        m_report.devices = QStringList(m_authors.cbegin(), m_authors.cend());
        m_report.devices.sort();
        return {};
    }

    // An event the rules judge with what they ask of this database.
    Status checkHere(const Event &e)
    {
        const qint64 caseId = m_caseIds.value(e.caseRef);
        const CaseRecord row = m_before.value(caseId);
        CaseFacts facts = factsOf(e, row, refsOf(m_evidenceIds.value(caseId)));
        std::optional<Error> failed;
        facts.advertiserBannedAt = [&, advertiser = row.advertiserId](const QDateTime &at) {
            auto banned = m_events.advertiserBannedAt(advertiser, at, e.uuid);
            if (!banned)
                failed = banned.error();
            return banned && *banned;
        };
        facts.contested = [&, caseId] {
            auto contested = m_events.contestedBy(caseId, row.advertiserId, row.source, row.opened, row.contests);
            if (!contested)
                failed = contested.error();
            return contested ? *contested : std::nullopt;
        };
        facts.deviceKey = [&](const QString &device) { return keyOf(device, failed); };
        facts.evidenceItem = [&, caseId](const QString &ref) {
            auto found = m_evidence.find(caseId, ref);
            if (!found)
                failed = found.error();
            return found ? *found : std::nullopt;
        };
        const Status ok = EventRules::check(facts, m_caseEvents.value(caseId), e, m_now);
        if (failed)
            return *failed;
        if (!ok)
            return brokenRule(e, ok.error());
        return {};
    }

    // The key a device signs with, as this database's registry holds it (the bundle's devices are
    // registered by then), in base64; empty when none is known.
    QString keyOf(const QString &device, std::optional<Error> &failed)
    {
        if (const auto it = m_keysByDevice.constFind(device); it != m_keysByDevice.cend())
            return *it;
        auto key = DeviceRepository(m_db).publicKeyOf(device);
        if (!key) {
            failed = key.error();
            return {};
        }
        m_keysByDevice.insert(device, *key);
        return *key;
    }

    // The content hash, as this database holds it, of an evidence item a new event cites.
    Result<QString> citedHash(const QString &caseRef, const QString &ref)
    {
        auto id = caseId(caseRef);
        if (!id)
            return id.error();
        if (!m_evidenceIds.contains(*id)) {
            auto ids = m_evidence.idsByRef(*id);
            if (!ids)
                return ids.error();
            m_evidenceIds.insert(*id, *ids);
        }
        const qint64 evidenceId = m_evidenceIds[*id].value(ref);
        if (evidenceId == 0)
            return QString(); // writeEvents names the missing item
        if (const auto it = m_contentHashes.constFind(evidenceId); it != m_contentHashes.cend())
            return *it;
        auto hash = m_evidence.contentHash(evidenceId);
        if (!hash)
            return hash.error();
        m_contentHashes.insert(evidenceId, *hash);
        return *hash;
    }

    // Revocations, then each device's new events through ChainSigning (BundleSigning).
    Status checkSignatures()
    {
        BundleSigning signing(m_db, m_bundle, m_file);
        if (m_trustNew)
            signing.trustNewDevices(m_trustedBy);
        const Status checked =
            signing.run(m_new, [this](const QString &caseRef, const QString &ref) { return citedHash(caseRef, ref); });
        m_untrusted = signing.untrusted();
        m_refusedEvent = signing.refusedEvent();
        m_refusedRevocation = signing.refusedRevocation();
        if (!checked)
            return checked;
        m_digests = signing.digests();
        m_report.trusted = signing.trusted();
        m_report.revocationsAdded = signing.revocationsAdded();
        return {};
    }

    Database &m_db;
    const SyncContents &m_bundle;
    QString m_file;
    PolicyRepository m_policies;
    AdvertiserRepository m_advertisers;
    CaseRepository m_cases;
    EvidenceRepository m_evidence;
    EventRepository m_events;
    bool m_trustNew = false;
    QString m_trustedBy;
    const WorkProgress &m_progress;
    DeferredIndexes m_indexes;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_stopped = false;
    QList<NewDevice> m_untrusted;            // set when the merge stopped only for devices not trusted yet
    QHash<QString, QString> m_keysByDevice;  // keyOf()
    QString m_refusedEvent;                  // set when it stopped for one event
    qsizetype m_refusedRevocation = -1;      // or for one revocation
    QString m_refusedCase;                   // or for one case
    QHash<const Event *, QString> m_digests; // the signed digest of each new signed event
    QHash<qint64, QString> m_contentHashes;  // by evidence id
    SyncReport m_report;
    QHash<QString, qint64> m_policyIds;
    QHash<QString, qint64> m_advertiserIds;
    QHash<QString, qint64> m_caseIds;
    QHash<qint64, QHash<QString, qint64>> m_evidenceIds;
    QSet<QString> m_inBundle;
    QList<const Event *> m_new;
    QSet<qint64> m_newCases;
    QSet<qint64> m_firstEvents;         // cases that had no events before this merge
    QSet<qint64> m_otherEvents;         // cases that had
    QList<Event> m_placed;              // the new events, in their cases, to write
    QHash<qint64, CaseRecord> m_before; // each case they touch, as it was before them (rulesFacts())
    QDateTime m_now;                    // the clock the rules judge them by
    QSet<qint64> m_reindex;
    QHash<qint64, QList<Event>> m_caseEvents; // every event of each case the bundle added to
    QSet<QString> m_authors;                  // the devices of the events added
    // The rules' judgement of the new events, made while they are written. run() waits for it
    // however the merge ends, since it reads the bundle's events.
    std::future<QList<Judgement>> m_judged;
    std::future<QHash<qint64, CaseFold::State>> m_folded; // the touched cases' folds, made there
};

} // namespace

QString SyncReport::summary() const
{
    QString s = u"%1: %2 new events (%3 already here), %4 new cases, %5 new evidence items"_s.arg(file)
                    .arg(eventsAdded)
                    .arg(eventsKnown)
                    .arg(casesAdded)
                    .arg(evidenceAdded);
    // The devices named by the events themselves, not the header's unchecked claim of who wrote it.
    if (!devices.isEmpty()) {
        constexpr int namedDevices = 5;
        QString names = devices.mid(0, namedDevices).join(u", "_s);
        if (devices.size() > namedDevices)
            names += u" and %1 more"_s.arg(devices.size() - namedDevices);
        s += u", from %1"_s.arg(names);
    }
    // A first merge of a big database can bring hundreds; the Conflicts tab lists them all.
    constexpr int named = 10;
    QString refs = newConflicts.mid(0, named).join(u", "_s);
    if (newConflicts.size() > named)
        refs += u" and %1 more"_s.arg(newConflicts.size() - named);
    s += newConflicts.isEmpty() ? u"; no new conflicts"_s
                                : u"; %1 new conflict%2: %3"_s.arg(newConflicts.size())
                                      .arg(newConflicts.size() == 1 ? QString() : u"s"_s)
                                      .arg(refs);
    if (!trusted.isEmpty())
        s += u"; now trusted: %1"_s.arg(trusted.join(u", "_s));
    if (revocationsAdded > 0)
        s += u"; %1 new revocation%2"_s.arg(revocationsAdded).arg(revocationsAdded == 1 ? QString() : u"s"_s);
    if (!kept.isEmpty())
        s += u"; %1 record%2 differ here and were kept as they are"_s.arg(kept.size())
                 .arg(kept.size() == 1 ? QString() : u"s"_s);
    return s;
}

QString NewDevice::describe() const
{
    if (fingerprint.isEmpty())
        return u"%1 (reviewer %2, unsigned events from before signing)"_s.arg(device.left(60), reviewer.left(60));
    return u"%1 (reviewer %2, key %3)"_s.arg(device.left(60), reviewer.left(60), fingerprint);
}

Status SyncMerge::setIndexesAside(Database &db, IndexesSetAside &aside, qint64 cases, qint64 events)
{
    DeferredIndexes deferred(db);
    for (const auto &[table, rows, keep] :
         {std::tuple{u"cases"_s, cases, keptOfCases}, std::tuple{u"events"_s, events, keptOfEventsAcross}}) {
        auto worth = deferred.worthwhile(table, rows);
        if (!worth)
            return worth.error();
        if (*worth) {
            if (auto ok = aside.setAside(table, keep); !ok)
                return ok;
        }
    }
    return {};
}

Result<SyncReport> SyncMerge::importFile(const QString &path)
{
    auto bundle = SyncBundle::read(path);
    if (!bundle)
        return bundle.error();
    return merge(*bundle, path);
}

Result<SyncReport> SyncMerge::merge(const SyncContents &bundle, const QString &fileName)
{
    // What an earlier merge refused is forgotten first, however this one ends.
    m_untrusted.clear();
    m_refusedEvent.clear();
    m_refusedRevocation = -1;
    m_refusedCase.clear();
    // Many rows to write (a first merge, or a chunk of a pull's records) go through a larger cache.
    qsizetype rows = bundle.events.size() + bundle.cases.size();
    for (const SyncContents::Case &c : bundle.cases)
        rows += c.evidence.size();
    if (rows >= DeferredIndexes::minimumRows) {
        if (auto bigger = m_db.useLargeCache(); !bigger)
            return bigger.error();
    }
    if (auto begun = m_db.begin(); !begun)
        return begun.error();
    if (m_freed.valid())
        m_freed.get();
    auto merger = std::make_unique<Merger>(m_db, bundle, fileName, m_trustNew, m_trustedBy, m_progress);
    // Its working sets are freed on a thread of their own, however the merge ends.
    const auto freeAside = [this, &merger] {
        m_freed = std::async(std::launch::async, [gone = std::move(merger)]() mutable { gone.reset(); });
    };
    if (auto merged = merger->run(); !merged) {
        m_db.rollback();
        m_untrusted = merger->untrusted();
        m_refusedEvent = merger->refusedEvent();
        m_refusedRevocation = merger->refusedRevocation();
        m_refusedCase = merger->refusedCase();
        freeAside();
        return merged.error();
    }
    if (auto committed = m_db.commit(); !committed) {
        freeAside();
        return committed.error();
    }
    if (m_progress) {
        const qint64 total = merger->total();
        m_progress(total, total);
    }
    const SyncReport report = merger->report();
    freeAside();
    return report;
}

} // namespace adreview
