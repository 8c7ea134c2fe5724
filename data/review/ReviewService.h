#pragma once

#include "domain/CaseFold.h"
#include "domain/Clock.h"
#include "domain/Domain.h"
#include "domain/EventRules.h"
#include "domain/EvidenceRevision.h"
#include "domain/Result.h"
#include "review/Identity.h"
#include "review/SigningKeys.h"
#include "storage/AdvertiserRepository.h"
#include "storage/CaseRepository.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/PolicyRepository.h"

#include <functional>
#include <memory>
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
    // Ban, reinstate, resolve-conflict: the statement of reasons under the DSA, the canonical text
    // of a dsa::Decision (empty: none recorded).
    QString statement = {};
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

// A change to an evidence item as it reads now, to be recorded as its revision: each field given
// replaces the item's; the rest stay.
struct EvidenceChange {
    std::optional<QString> status; // an advisory's: in-force, rescinded or superseded
    std::optional<QString> title;
    std::optional<QString> excerpt;
    std::optional<QString> url;
    QString supersededBy; // with status superseded: what superseded it
    bool retracted = false;
    QDate effective = {}; // when the change took effect; none: when it is recorded
    QString rationale;
};

// When and by whom an event is written; bulk writers and replayed histories set all of it.
struct Stamp {
    Identity who;
    QDateTime at;
    QString uuid;                       // a new random one when empty
    std::optional<QStringList> parents; // the current heads when not given
    // A decision a reviewer makes now (the window, the command line, a bulk action), not one
    // replayed from a history: a ban that needs a second reviewer is recorded as proposed.
    bool live = false;
};

// Records what reviewers and leads do: every event is checked against the review rules
// (EventRules), signed by its device's key and written here, together with the derived state it
// changes, in one transaction. A device's key is made on its first write, and the device is
// recorded in this database's registry as its own.
class ReviewService {
public:
    // Keys come from the user's key files unless told otherwise.
    ReviewService(Database &db, const Clock &clock, Identity identity,
                  std::shared_ptr<SigningKeys> keys = std::make_shared<FileSigningKeys>());

    // Writes unsigned events, from before signing: the demo's history alone, which every laptop
    // makes the same. Its devices are then frozen (DeviceRepository::freezeUnsigned).
    void writeUnsigned() { m_keys.reset(); }

    // What submit() recorded, and the case as it stands after it, so that a window can show it
    // without reading the case again.
    struct Submitted {
        Event event;
        CaseRecord record;   // its state, outcome, assignee and heads, and its advertiser's status
        QList<Event> events; // the case's whole history, the new event among them
    };
    // Checks and records one command in its own write transaction.
    Result<Submitted> submit(const Command &command);

    // Signs with this device's key and records that `device`'s events after `lastValidSeq` (by
    // default its last event here) are not valid. The revocation travels with sync.
    Result<Revocation> revoke(const QString &device, std::optional<qint64> lastValidSeq, const QString &reason);

    // For writers that hold a transaction open (import, generate, sync, bulk decisions). apply()
    // refuses a command whose expectedHeads are not the case's heads as a conflict, as submit()
    // does, before it writes anything.
    Result<CaseContext> loadContext(const QString &caseRef);
    Result<Event> flag(CaseContext &ctx, const Stamp &stamp);
    Result<Event> apply(CaseContext &ctx, const Command &command, const Stamp &stamp);
    // This reviewer on this device, now (never before the events the case's author saw): the
    // stamp of a live decision, as submit() writes it.
    Stamp stampNow(const CaseContext &ctx) const { return Stamp{m_identity, stampTime(ctx), {}, {}, true}; }
    // Forgets what an earlier transaction, perhaps rolled back, left cached.
    void beginBatch()
    {
        m_events.forgetChainTips();
        m_policies.forgetCached();
        m_checkedKeys.clear(); // the registry rows a rolled-back transaction wrote are gone
    }

    const Identity &identity() const { return m_identity; }
    // The day a command submitted now is decided on, as the review rules date it (UTC): a form
    // checks a statement's end dates against it.
    QDate today() const { return m_clock.now().toUTC().date(); }
    // What a ban under the policy states by default (the decision form starts from it); nullopt
    // if the policy has no defaults.
    Result<std::optional<dsa::PolicyDefaults>> statementDefaults(const QString &policyCode)
    {
        return m_policies.dsaDefaults(policyCode);
    }

    static constexpr int maxRationaleLength = EventRules::maxRationaleLength;
    // Whether a ban of the case under a policy waits for a second reviewer: the policy requires one
    // here, or the case is critical.
    Result<bool> banNeedsApproval(const CaseRecord &record, const QString &policyCode);

    // An evidence item of a case as it reads now: as first recorded with its latest revision
    // applied (a retraction and what superseded it included); an error when the case has none.
    Result<EvidenceRevision> currentEvidence(const CaseContext &ctx, const QString &ref);
    // The revision `change` makes of an item as it reads now; refused when it changes nothing or
    // names a status the item's kind has none of.
    Result<EvidenceRevision> revisionOf(const CaseContext &ctx, const QString &ref, const EvidenceChange &change);
    // Records a revision in its own write transaction, as submit() records a decision.
    Result<Submitted> revise(const QString &caseRef, const QString &ref, const EvidenceChange &change,
                             const QStringList &expectedHeads = {});
    // The same item in the other cases of this database.
    Result<QList<EvidenceElsewhere>> sameItemElsewhere(const QString &caseRef, const Evidence &item)
    {
        return m_evidence.sameItemElsewhere(caseRef, item);
    }

    // The facts the review rules take from a case as this database holds it.
    Result<CaseFacts> facts(const CaseContext &ctx);
    // For an appeal, the decision it contests as this database holds it (none for other cases).
    Result<std::optional<ContestedDecision>> contested(const CaseRecord &record)
    {
        return m_events.contestedBy(record);
    }

private:
    // Loads the case, makes the command from it and records it, in one write transaction.
    Result<Submitted> submitOn(const QString &caseRef, const std::function<Result<Command>(const CaseContext &)> &make);
    Status checkHead(const CaseContext &ctx, const Command &command) const;
    QDateTime stampTime(const CaseContext &ctx) const;
    Result<Event> record(CaseContext &ctx, Event event, qint64 policyId);
    // The key of the device an event is written on, checked against this database's registry.
    Result<DeviceKey> keyFor(const Identity &who);

    Database &m_db;
    const Clock &m_clock;
    Identity m_identity;
    PolicyRepository m_policies;
    AdvertiserRepository m_advertisers;
    CaseRepository m_cases;
    EvidenceRepository m_evidence;
    EventRepository m_events;
    DeviceRepository m_devices;
    std::shared_ptr<SigningKeys> m_keys;
    QHash<QString, DeviceKey> m_loadedKeys;  // by device, as its key file held it
    QHash<QString, DeviceKey> m_checkedKeys; // by device, checked against the registry in this transaction
};

} // namespace adreview
