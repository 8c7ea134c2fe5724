#pragma once

#include "domain/CaseFold.h"
#include "domain/Clock.h"
#include "domain/Domain.h"
#include "domain/EventRules.h"
#include "domain/Result.h"
#include "review/Identity.h"
#include "storage/AdvertiserRepository.h"
#include "storage/CaseRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/PolicyRepository.h"

#include <optional>

namespace adreview {

class Database;

// One thing a reviewer or lead does to a case.
struct Command {
    QString caseRef;
    QString action;     // assign, annotate, escalate, ban, clear, reinstate, resolve-conflict
    QString policyCode; // ban: required; clear and reinstate: the case's policy when empty
    QString rationale;  // the note, for annotate
    QStringList evidenceRefs;
    QString assignee; // assign: the reviewer when empty
    QString outcome;  // resolve-conflict: banned, cleared or reinstated
    // The case's latest events as the author saw them (one, or several when laptops diverged);
    // empty accepts whatever is current.
    QStringList expectedHeads;
};

// Everything the rules need to know about one case. Loaded from the database by submit(), or
// carried along by bulk writers (import, generate) that build the case themselves.
struct CaseContext {
    CaseRecord record;
    QHash<QString, qint64> evidenceIds;
    QList<Event> events;
    CaseFold::State fold;
    bool advertiserBanned = false;
};

// When and by whom an event is written; bulk writers and replayed histories set all of it.
struct Stamp {
    Identity who;
    QDateTime at;
    QString uuid;                       // a new random one when empty
    std::optional<QStringList> parents; // the current heads when not given
};

// Records what reviewers and leads do: every event is checked against the review rules
// (EventRules) and written here, together with the derived state it changes, in one transaction.
class ReviewService {
public:
    ReviewService(Database &db, const Clock &clock, Identity identity);

    // What submit() recorded, and the case as it stands after it, so that a window can show it
    // without reading the case again.
    struct Submitted {
        Event event;
        CaseRecord record;   // its state, outcome, assignee and heads, and its advertiser's status
        QList<Event> events; // the case's whole history, the new event among them
    };
    // Checks and records one command in its own write transaction.
    Result<Submitted> submit(const Command &command);

    // For writers that hold a transaction open (import, generate, sync).
    Result<CaseContext> loadContext(const QString &caseRef);
    Result<Event> flag(CaseContext &ctx, const Stamp &stamp);
    Result<Event> apply(CaseContext &ctx, const Command &command, const Stamp &stamp);
    // Forgets what an earlier transaction, perhaps rolled back, left cached.
    void beginBatch()
    {
        m_events.forgetChainTips();
        m_policies.forgetCached();
    }

    const Identity &identity() const { return m_identity; }

    static constexpr int maxRationaleLength = EventRules::maxRationaleLength;

    // The facts the review rules take from a case as this database holds it.
    static CaseFacts facts(const CaseContext &ctx);

private:
    Status checkHead(const CaseContext &ctx, const Command &command) const;
    QDateTime stampTime(const CaseContext &ctx) const;
    Result<Event> record(CaseContext &ctx, Event event, qint64 policyId);

    Database &m_db;
    const Clock &m_clock;
    Identity m_identity;
    PolicyRepository m_policies;
    AdvertiserRepository m_advertisers;
    CaseRepository m_cases;
    EvidenceRepository m_evidence;
    EventRepository m_events;
};

} // namespace adreview
