#include "domain/EventRules.h"

#include "domain/DecisionRules.h"
#include "domain/DsaDecision.h"
#include "domain/EventHash.h"
#include "domain/EvidenceRevision.h"
#include "domain/Vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString sortedList(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u", "_s);
}

bool carriesPolicy(Action action)
{
    return action == Action::Flag || action == Action::ProposeBan || vocab::setsOutcome(action);
}

bool carriesStatement(Action action)
{
    switch (action) {
    case Action::Ban:
    case Action::Reinstate:
    case Action::ResolveConflict:
    case Action::ProposeBan:
    case Action::Approve:
    case Action::Reverse:
        return true;
    case Action::Revise: // carries the revision instead
    case Action::Reaffirm:
    case Action::Flag:
    case Action::Assign:
    case Action::Annotate:
    case Action::Escalate:
    case Action::Clear:
    case Action::Reject:
    case Action::Withdraw:
    case Action::Unknown:
        break;
    }
    return false;
}

// Whoever acts on a proposed ban is its proposer: the same reviewer (on any device), or a device
// that signs with the proposer's key under another name.
bool isProposer(const CaseFacts &facts, const CaseFold::State::Proposal &proposal, const Event &e)
{
    if (e.reviewer == proposal.reviewer)
        return true;
    if (!facts.deviceKey)
        return false;
    const QString mine = facts.deviceKey(e.device);
    return !mine.isEmpty() && mine == facts.deviceKey(proposal.device);
}

} // namespace

Status EventRules::checkRevision(const CaseFacts &facts, const CaseFold::State &seen, const Event &e)
{
    const QString &ref = facts.ref;
    const QString item = e.evidenceRefs.value(0);
    auto revision = EvidenceRevision::fromText(e.statement);
    if (!revision)
        return Error::rejected(u"%1: %2"_s.arg(ref, revision.error().message));
    const std::optional<Evidence> original = facts.evidenceItem ? facts.evidenceItem(item) : std::nullopt;
    if (!original)
        return {}; // named above when the case has no such item
    if (revision->item.kind != original->kind)
        return Error::rejected(u"%1: %2 is %3 evidence; a revision keeps its kind (not %4)"_s.arg(
            ref, item, original->kind, revision->item.kind));
    const CaseFold::State::Revision *latest = seen.latestRevision(item);
    EvidenceRevision unrevised;
    unrevised.item = *original;
    const QString before = latest ? latest->hash : unrevised.identity();
    if (revision->identity() == before)
        return Error::rejected(u"%1: the revision of %2 changes nothing; the item reads so already"_s.arg(ref, item));
    return {};
}

QDateTime EventRules::receivingClock()
{
    return QDateTime::currentDateTimeUtc();
}

bool EventRules::isUuid(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return pattern.match(text).hasMatch();
}

QString EventRules::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return u"is empty"_s;
    if (name.size() > maxNameLength)
        return u"is too long (%1 characters; at most %2)"_s.arg(name.size()).arg(maxNameLength);
    if (hasControlCharacter(name))
        return u"contains a control character (a line break, tab or NUL)"_s;
    if (name != name.trimmed())
        return u"starts or ends with a space"_s;
    return {};
}

Status EventRules::checkForm(const Event &e)
{
    const QString &ref = e.caseRef;
    if (!isUuid(e.uuid))
        return Error::rejected(u"%1: the event id '%2' is not a UUID"_s.arg(ref, e.uuid.left(60)));
    if (!vocab::actions().contains(e.action))
        return Error::rejected(u"%1: unknown action '%2'"_s.arg(ref, e.action.left(40)));
    if (const QString problem = nameProblem(e.reviewer); !problem.isEmpty())
        return Error::rejected(u"%1: the reviewer's name %2"_s.arg(ref, problem));
    if (const QString problem = nameProblem(e.device); !problem.isEmpty())
        return Error::rejected(u"%1: the device name %2"_s.arg(ref, problem));
    if (e.rationale.size() > maxRationaleLength)
        return Error::rejected(u"%1: the rationale is too long (%2 characters; at most %3)"_s.arg(ref)
                                   .arg(e.rationale.size())
                                   .arg(maxRationaleLength));
    if (e.rationale.contains(QChar(0)))
        return Error::rejected(u"%1: the rationale contains a NUL character"_s.arg(ref));
    if (!e.at.isValid())
        return Error::rejected(u"%1: the event has no valid time"_s.arg(ref));
    const Action action = vocab::action(e.action);
    if (action == Action::Assign) {
        if (const QString problem = nameProblem(e.assignee); !problem.isEmpty())
            return Error::rejected(u"%1: the assignee's name %2"_s.arg(ref, problem));
    } else if (!e.assignee.isEmpty()) {
        return Error::rejected(u"%1: a %2 names no assignee (only an assign does)"_s.arg(ref, e.action));
    }
    if (action == Action::ResolveConflict) {
        if (!vocab::decisionOutcomes().contains(e.outcome))
            return Error::rejected(u"%1: a resolution needs an outcome: banned, cleared or reinstated"_s.arg(ref));
    } else if (action == Action::Reverse) {
        if (e.outcome != vocab::word(Outcome::Banned) && e.outcome != vocab::word(Outcome::Reinstated))
            return Error::rejected(u"%1: a reversal needs an outcome: banned or reinstated"_s.arg(ref));
    } else if (!e.outcome.isEmpty()) {
        return Error::rejected(
            u"%1: a %2 records no outcome of its own (only a resolve-conflict or a reverse does)"_s.arg(ref, e.action));
    }
    if (action == Action::Revise) {
        if (e.evidenceRefs.size() != 1)
            return Error::rejected(u"%1: a revision names the one evidence item it revises"_s.arg(ref));
        auto revision = EvidenceRevision::fromText(e.statement);
        if (!revision)
            return Error::rejected(u"%1: %2"_s.arg(ref, revision.error().message));
    } else if (!e.statement.isEmpty()) {
        if (!carriesStatement(action))
            return Error::rejected(u"%1: a %2 carries no statement of reasons (only a ban, its proposal or "
                                   "approval, a reinstatement or a resolution does)"_s.arg(ref, e.action));
        auto statement = dsa::Decision::fromText(e.statement);
        if (!statement)
            return Error::rejected(u"%1: %2"_s.arg(ref, statement.error().message));
        if (const auto problems = statement->problems(e.at.toUTC().date()); !problems.isEmpty())
            return Error::rejected(u"%1: the statement of reasons' %2"_s.arg(ref, problems.first().text()));
    }
    if (!carriesPolicy(action) && !e.policyCode.isEmpty())
        return Error::rejected(u"%1: a %2 names no policy"_s.arg(ref, e.action));
    if (action == Action::Flag && !e.evidenceRefs.isEmpty())
        return Error::rejected(u"%1: a flag cites no evidence"_s.arg(ref));
    QStringList refs = e.evidenceRefs;
    refs.removeDuplicates();
    if (refs.size() != e.evidenceRefs.size())
        return Error::rejected(u"%1: the event cites an evidence item twice"_s.arg(ref));
    QStringList parents = e.parents;
    parents.removeDuplicates();
    if (parents.size() != e.parents.size())
        return Error::rejected(u"%1: the event names a parent twice"_s.arg(ref));
    return {};
}

Status EventRules::check(const CaseFacts &facts, const QList<Event> &caseEvents, const Event &e, const QDateTime &now)
{
    if (auto form = checkForm(e); !form)
        return form;
    const QString &ref = facts.ref;
    if (e.caseRef != facts.ref)
        return Error::rejected(u"%1: the event belongs to case %2"_s.arg(ref, e.caseRef));
    if (now.isValid() && e.at.toMSecsSinceEpoch() > now.toMSecsSinceEpoch() + maxClockLeadMs)
        return Error::rejected(u"%1: dated %2, more than a day after this machine's clock (%3)"_s.arg(
            ref, EventHash::formatTime(e.at), EventHash::formatTime(now)));

    if (vocab::action(e.action) == Action::Flag) {
        if (!e.parents.isEmpty())
            return Error::rejected(u"%1: a flag opens the case; it follows no other event"_s.arg(ref));
        if (facts.opened.isValid() && e.at != facts.opened)
            return Error::rejected(u"%1: a flag is dated when its case was opened (%2, not %3)"_s.arg(
                ref, EventHash::formatTime(facts.opened), EventHash::formatTime(e.at)));
        if (e.policyCode != facts.policyCode)
            return Error::rejected(
                u"%1: a flag names the case's own policy (%2, not %3)"_s.arg(ref, facts.policyCode, e.policyCode));
        // Two laptops that imported the same case file each recorded its opening: the same time and
        // policy from two machines. Any other flag would rewrite when or how the case was opened.
        for (const Event &other : caseEvents) {
            if (vocab::action(other.action) != Action::Flag || other.uuid == e.uuid)
                continue;
            if (other.at != e.at || other.device == e.device)
                return Error::rejected(u"%1 has its flag already (by %2 on %3, %4); a case is opened once"_s.arg(
                    ref, other.reviewer, other.device, EventHash::formatTime(other.at)));
        }
        return {};
    }

    if (e.parents.isEmpty())
        return Error::rejected(u"%1: a %2 follows the events its author saw, but names none"_s.arg(ref, e.action));
    QHash<QString, const Event *> byId;
    for (const Event &other : caseEvents)
        byId.insert(other.uuid, &other);
    for (const QString &parent : e.parents) {
        const Event *p = byId.value(parent);
        if (!p)
            return Error::rejected(u"%1: the event follows %2, which is not an event of this case"_s.arg(ref, parent));
        if (p->uuid == e.uuid)
            return Error::rejected(u"%1: the event follows itself"_s.arg(ref));
        if (e.at < p->at)
            return Error::rejected(u"%1: dated %2, before the event it follows (%3 by %4, %5)"_s.arg(
                ref, EventHash::formatTime(e.at), p->action, p->reviewer, EventHash::formatTime(p->at)));
    }
    const QSet<QString> seenIds = CaseFold::ancestry(caseEvents, e.parents);
    if (seenIds.contains(e.uuid))
        return Error::rejected(u"%1: the event follows one of its own successors"_s.arg(ref));
    QList<Event> seenEvents;
    for (const Event &other : caseEvents) {
        if (seenIds.contains(other.uuid))
            seenEvents.append(other);
    }
    return checkAgainst(facts, CaseFold::fold(seenEvents), e);
}

Status EventRules::checkAgainst(const CaseFacts &facts, const CaseFold::State &seen, const Event &e)
{
    const QString &ref = facts.ref;
    const QString &word = e.action;
    const Action action = vocab::action(word);
    for (const QString &item : e.evidenceRefs) {
        if (!facts.evidenceRefs.contains(item))
            return Error::rejected(
                u"%1 has no evidence %2 (its evidence: %3)"_s.arg(ref, item, sortedList(facts.evidenceRefs)));
    }
    const DecisionRules::Needs needs = DecisionRules::needs(action, vocab::outcome(e.outcome));
    if (needs.rationale && e.rationale.trimmed().isEmpty())
        return Error::rejected(action == Action::Annotate ? u"%1: an annotation needs a text"_s.arg(ref)
                                                          : u"%1: a %2 needs a rationale"_s.arg(ref, word));
    // Whether the advertiser stood banned is asked only where it matters (it may read the database).
    const bool appealOfBanned = action == Action::Reinstate && facts.source == u"appeal" && facts.advertiserBannedAt &&
                                facts.advertiserBannedAt(e.at);
    CaseStanding standing{seen.state, seen.outcome, facts.source, appealOfBanned};
    standing.proposedIt = seen.proposal && isProposer(facts, *seen.proposal, e);
    standing.rereview = !seen.rereview.isEmpty();
    // Which decision an appeal contests is asked only where it matters (it may read the database).
    std::optional<ContestedDecision> contested;
    if (standing.appeal && (vocab::setsOutcome(action) || action == Action::ProposeBan) && facts.contested) {
        contested = facts.contested();
        standing.madeContested = contested && contested->reviewer == e.reviewer;
    }
    switch (DecisionRules::refusal(action, standing)) {
    case DecisionRules::Refusal::None:
        break;
    case DecisionRules::Refusal::InConflict:
        return Error::rejected(u"%1 is in conflict (two decisions from the same history); a lead must resolve it "
                               "first"_s.arg(ref));
    case DecisionRules::Refusal::NotInConflict:
        return Error::rejected(u"%1 is not in conflict; there is nothing to resolve"_s.arg(ref));
    case DecisionRules::Refusal::AlreadyDecided:
        return Error::rejected(u"%1 is already decided (%2); a decided case cannot be %3 again"_s.arg(
            ref, seen.outcome, action == Action::Ban ? u"banned"_s : u"cleared"_s));
    case DecisionRules::Refusal::Closed:
        return Error::rejected(u"%1 is already %2; it cannot be %3"_s.arg(
            ref, seen.state, action == Action::Assign ? u"assigned"_s : u"escalated"_s));
    case DecisionRules::Refusal::AlreadyEscalated:
        return Error::rejected(u"%1 is already escalated"_s.arg(ref));
    case DecisionRules::Refusal::NotReinstatable:
        return Error::rejected(u"%1: only a banned case, or an appeal of a banned advertiser, can be "
                               "reinstated (this case is %2, outcome %3)"_s.arg(ref, seen.state, seen.outcome));
    case DecisionRules::Refusal::AwaitingApproval:
        return Error::rejected(u"%1: a ban proposed by %2 awaits approval; it is approved, rejected or withdrawn "
                               "first"_s.arg(ref, seen.proposal ? seen.proposal->reviewer : QString()));
    case DecisionRules::Refusal::NothingProposed:
        return Error::rejected(u"%1: no proposed ban awaits approval; there is nothing to %2"_s.arg(ref, word));
    case DecisionRules::Refusal::OwnProposal:
        return Error::rejected(u"%1: %2 proposed this ban; another reviewer, with a key of their own, approves or "
                               "rejects it"_s.arg(ref, seen.proposal->reviewer));
    case DecisionRules::Refusal::NotProposer:
        return Error::rejected(
            u"%1: only %2, who proposed this ban, may withdraw it"_s.arg(ref, seen.proposal->reviewer));
    case DecisionRules::Refusal::NotInRereview:
        return Error::rejected(u"%1: no evidence its decision rests on was revised since; there is nothing to "
                               "%2"_s.arg(ref, word));
    case DecisionRules::Refusal::OwnContested:
        return Error::rejected(
            u"%1: %2 made the decision this appeal contests (the ban of %3 on %4); another "
            "reviewer decides the appeal"_s.arg(ref, e.reviewer, contested->caseRef,
                                                contested->at.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
    }
    if (needs.policy && e.policyCode.isEmpty())
        return Error::rejected(u"%1: a ban needs a policy"_s.arg(ref));
    if (needs.evidence && e.evidenceRefs.isEmpty())
        return Error::rejected(u"%1: a ban must cite at least one evidence item of the case"_s.arg(ref));
    if ((vocab::setsOutcome(action) || action == Action::ProposeBan) && e.policyCode.isEmpty())
        return Error::rejected(u"%1: a %2 names the policy it applies"_s.arg(ref, word));
    // A reversal turns the decision: a ban is reinstated, a clearance or reinstatement banned.
    if (action == Action::Reverse) {
        const QString turned = vocab::word(vocab::reversed(vocab::outcome(seen.outcome)));
        if (e.outcome != turned)
            return Error::rejected(
                u"%1: the case is %2; its reversal is %3, not %4"_s.arg(ref, seen.outcome, turned, e.outcome));
    }
    if (action == Action::Revise) {
        if (auto ok = checkRevision(facts, seen, e); !ok)
            return ok;
    }
    // An approval bans as proposed: under the proposal's policy and with its statement of reasons
    // (issued now, by the approval).
    if (action == Action::Approve && seen.proposal) {
        if (e.policyCode != seen.proposal->policyCode)
            return Error::rejected(u"%1: the approval names policy %2; the proposed ban's is %3"_s.arg(
                ref, e.policyCode, seen.proposal->policyCode));
        if (e.statement != seen.proposal->statement)
            return Error::rejected(u"%1: the approval's statement of reasons is not the proposed ban's"_s.arg(ref));
    }
    return {};
}

} // namespace adreview
