#include "ReviewService.h"

#include "Database.h"
#include "EventHash.h"
#include "Vocabulary.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

bool undecided(const QString &state)
{
    return state == u"open" || state == u"in-review" || state == u"escalated";
}

QStringList sortedKeys(const QHash<QString, qint64> &hash)
{
    QStringList keys = hash.keys();
    keys.sort();
    return keys;
}

QString describe(const Event &e)
{
    return u"%1 by %2 at %3"_s.arg(e.action, e.reviewer, EventHash::formatTime(e.at));
}

} // namespace

ReviewService::ReviewService(Database &db, const Clock &clock, Identity identity)
    : m_db(db), m_clock(clock), m_identity(std::move(identity)), m_policies(db), m_advertisers(db), m_cases(db),
      m_evidence(db), m_events(db)
{}

Result<Event> ReviewService::submit(const Command &command)
{
    if (auto begun = m_db.begin(); !begun)
        return begun.error();
    beginBatch();
    auto ctx = loadContext(command.caseRef);
    if (!ctx) {
        m_db.rollback();
        return ctx.error();
    }
    if (auto head = checkHead(*ctx, command); !head) {
        m_db.rollback();
        return head.error();
    }
    auto event = apply(*ctx, command, Stamp{m_identity, m_clock.now(), {}, {}});
    if (!event) {
        m_db.rollback();
        return event.error();
    }
    if (auto committed = m_db.commit(); !committed)
        return committed.error();
    return event;
}

Result<CaseContext> ReviewService::loadContext(const QString &caseRef)
{
    auto found = m_cases.findByRef(caseRef);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::rejected(u"no case %1 in %2"_s.arg(caseRef, m_db.path()));
    CaseContext ctx;
    ctx.record = **found;
    auto ids = m_evidence.idsByRef(ctx.record.id);
    if (!ids)
        return ids.error();
    ctx.evidenceIds = *ids;
    auto events = m_events.forCase(ctx.record.id);
    if (!events)
        return events.error();
    ctx.events = *events;
    ctx.fold = CaseFold::fold(ctx.events);
    ctx.advertiserBanned = ctx.record.advertiserStatus == u"banned";
    return ctx;
}

Status ReviewService::checkHead(const CaseContext &ctx, const Command &command) const
{
    QStringList expected = command.expectedHeads;
    expected.removeDuplicates();
    expected.sort();
    if (expected.isEmpty() || ctx.fold.heads == expected)
        return {};
    const QSet<QString> seen = CaseFold::ancestry(ctx.events, expected);
    for (const QString &id : std::as_const(expected)) {
        const bool known =
            std::any_of(ctx.events.cbegin(), ctx.events.cend(), [&](const Event &e) { return e.uuid == id; });
        if (!known)
            return Error::conflict(u"%1: event %2 is not part of this case's history"_s.arg(ctx.record.ref, id));
    }
    QStringList newer;
    for (const Event &e : CaseFold::ordered(ctx.events)) {
        if (!seen.contains(e.uuid))
            newer.append(describe(e));
    }
    return Error::conflict(u"%1 has changed since you looked at it (%2); nothing was written: reload the case "
                           "and decide again"_s.arg(ctx.record.ref, newer.join(u"; "_s)));
}

Result<Event> ReviewService::flag(CaseContext &ctx, const Stamp &stamp)
{
    Event e;
    e.uuid = stamp.uuid.isEmpty() ? EventHash::newUuid() : stamp.uuid;
    e.caseId = ctx.record.id;
    e.caseRef = ctx.record.ref;
    e.action = u"flag"_s;
    e.policyCode = ctx.record.policyCode;
    e.rationale = ctx.record.summary;
    e.reviewer = stamp.who.reviewer;
    e.device = stamp.who.device;
    e.at = stamp.at;
    auto policy = m_policies.findByCode(ctx.record.policyCode);
    if (!policy)
        return policy.error();
    return record(ctx, e, policy->has_value() ? (*policy)->id : 0);
}

Result<Event> ReviewService::apply(CaseContext &ctx, const Command &command, const Stamp &stamp)
{
    if (stamp.who.reviewer.trimmed().isEmpty() || stamp.who.device.trimmed().isEmpty())
        return Error::usage(u"no reviewer or device name: set them with --reviewer and --device, "
                            "ADREVIEW_REVIEWER and ADREVIEW_DEVICE, or in Preferences"_s);
    const QStringList parents = stamp.parents.value_or(ctx.fold.heads);
    const bool seesEverything = !stamp.parents || *stamp.parents == ctx.fold.heads;
    const CaseFold::State seen = seesEverything ? ctx.fold : CaseFold::foldSeen(ctx.events, parents);
    qint64 policyId = 0;
    if (auto ok = check(ctx, seen, command, &policyId); !ok)
        return ok.error();

    Event e;
    e.uuid = stamp.uuid.isEmpty() ? EventHash::newUuid() : stamp.uuid;
    e.caseId = ctx.record.id;
    e.caseRef = ctx.record.ref;
    e.action = command.action;
    e.rationale = command.rationale.trimmed();
    e.evidenceRefs = command.evidenceRefs;
    e.evidenceRefs.removeDuplicates();
    if (command.action == u"assign")
        e.assignee = command.assignee.isEmpty() ? stamp.who.reviewer : command.assignee.trimmed();
    if (command.action == u"resolve-conflict")
        e.outcome = command.outcome;
    e.reviewer = stamp.who.reviewer;
    e.device = stamp.who.device;
    e.at = stamp.at;
    e.parents = parents;
    if (policyId > 0)
        e.policyCode = command.policyCode.isEmpty() ? ctx.record.policyCode : command.policyCode;
    return record(ctx, e, policyId);
}

Status ReviewService::check(const CaseContext &ctx, const CaseFold::State &seen, const Command &c, qint64 *policyId)
{
    const QString ref = ctx.record.ref;
    const QString &action = c.action;
    if (action == u"flag" || !vocab::actions().contains(action))
        return Error::usage(u"unknown action '%1' (use assign, annotate, escalate, ban, clear, reinstate or "
                            "resolve-conflict)"_s.arg(action));
    if (c.rationale.size() > maxRationaleLength)
        return Error::rejected(u"%1: the rationale is too long (%2 characters; at most %3)"_s.arg(ref)
                                   .arg(c.rationale.size())
                                   .arg(maxRationaleLength));
    if (c.rationale.contains(QChar(0)))
        return Error::rejected(u"%1: the rationale contains a NUL character"_s.arg(ref));
    for (const QString &ev : c.evidenceRefs) {
        if (!ctx.evidenceIds.contains(ev))
            return Error::rejected(
                u"%1 has no evidence %2 (its evidence: %3)"_s.arg(ref, ev, sortedKeys(ctx.evidenceIds).join(u", "_s)));
    }
    const bool needsRationale = action != u"assign" && action != u"escalate";
    if (needsRationale && c.rationale.trimmed().isEmpty())
        return Error::rejected(action == u"annotate" ? u"%1: an annotation needs a text"_s.arg(ref)
                                                     : u"%1: a %2 needs a rationale"_s.arg(ref, action));
    if (seen.state == u"conflict" && action != u"annotate" && action != u"resolve-conflict")
        return Error::rejected(u"%1 is in conflict (two decisions from the same history); a lead must resolve it "
                               "first"_s.arg(ref));

    if (action == u"assign" || action == u"escalate") {
        if (!undecided(seen.state))
            return Error::rejected(u"%1 is already %2; it cannot be %3"_s.arg(
                ref, seen.state, action == u"assign" ? u"assigned"_s : u"escalated"_s));
        if (action == u"escalate" && seen.state == u"escalated")
            return Error::rejected(u"%1 is already escalated"_s.arg(ref));
    } else if (action == u"ban" || action == u"clear") {
        if (!undecided(seen.state))
            return Error::rejected(u"%1 is already decided (%2); a decided case cannot be %3 again"_s.arg(
                ref, seen.outcome, action == u"ban" ? u"banned"_s : u"cleared"_s));
        if (action == u"ban" && c.policyCode.isEmpty())
            return Error::rejected(u"%1: a ban needs a policy"_s.arg(ref));
        if (action == u"ban" && c.evidenceRefs.isEmpty())
            return Error::rejected(u"%1: a ban must cite at least one evidence item of the case"_s.arg(ref));
    } else if (action == u"reinstate") {
        const bool reverses = seen.state == u"decided" && seen.outcome == u"banned";
        const bool grantsAppeal = undecided(seen.state) && ctx.record.source == u"appeal" && ctx.advertiserBanned;
        if (!reverses && !grantsAppeal)
            return Error::rejected(u"%1: only a banned case, or an appeal of a banned advertiser, can be "
                                   "reinstated (this case is %2, outcome %3)"_s.arg(ref, seen.state, seen.outcome));
    } else if (action == u"resolve-conflict") {
        if (seen.state != u"conflict")
            return Error::rejected(u"%1 is not in conflict; there is nothing to resolve"_s.arg(ref));
        if (!QStringList{u"banned"_s, u"cleared"_s, u"reinstated"_s}.contains(c.outcome))
            return Error::rejected(u"%1: a resolution needs an outcome: banned, cleared or reinstated"_s.arg(ref));
        if (c.outcome == u"banned" && c.evidenceRefs.isEmpty())
            return Error::rejected(u"%1: a ban must cite at least one evidence item of the case"_s.arg(ref));
    }

    if (vocab::isDecision(action) || action == u"resolve-conflict") {
        const QString code = c.policyCode.isEmpty() ? ctx.record.policyCode : c.policyCode;
        auto policy = m_policies.findByCode(code);
        if (!policy)
            return policy.error();
        if (!policy->has_value())
            return Error::rejected(u"%1: unknown policy %2"_s.arg(ref, code));
        *policyId = (*policy)->id;
    }
    return {};
}

Result<Event> ReviewService::record(CaseContext &ctx, Event event, qint64 policyId)
{
    if (auto appended = m_events.append(event, policyId, ctx.evidenceIds); !appended)
        return appended.error();
    ctx.events.append(event);
    const QString outcomeBefore = ctx.fold.outcome;
    const QDateTime decidedBefore = ctx.fold.decidedAt;
    ctx.fold = CaseFold::fold(ctx.events);
    if (auto updated = m_cases.updateDerived(ctx.record.id, ctx.fold); !updated)
        return updated.error();
    ctx.record.state = ctx.fold.state;
    ctx.record.outcome = ctx.fold.outcome;
    ctx.record.assignee = ctx.fold.assignee;
    ctx.record.heads = ctx.fold.heads;
    ctx.record.decidedAt = ctx.fold.decidedAt;
    ctx.record.lastEventAt = ctx.fold.lastEventAt;
    // An advertiser's status follows its cases' outcomes and when they were reached, nothing else.
    if (ctx.fold.outcome != outcomeBefore || ctx.fold.decidedAt != decidedBefore) {
        auto status = m_advertisers.refreshStatus(ctx.record.advertiserId);
        if (!status)
            return status.error();
        ctx.advertiserBanned = *status == u"banned";
        ctx.record.advertiserStatus = *status;
    }
    return event;
}

} // namespace adreview
