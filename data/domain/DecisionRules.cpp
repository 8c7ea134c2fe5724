#include "domain/DecisionRules.h"

using namespace Qt::StringLiterals;

namespace adreview {

CaseStanding::CaseStanding(const QString &s, const QString &o, const QString &source, bool banned)
    : CaseStanding(vocab::state(s), vocab::outcome(o), source == u"appeal", banned)
{}

bool DecisionRules::isUndecided(CaseState state)
{
    switch (state) {
    case CaseState::Open:
    case CaseState::InReview:
    case CaseState::Escalated:
        return true;
    case CaseState::Decided:
    case CaseState::Conflict:
    case CaseState::AwaitingApproval:
    case CaseState::Unknown:
        break;
    }
    return false;
}

DecisionRules::Refusal DecisionRules::refusal(Action action, const CaseStanding &c)
{
    const Refusal byState = stateRefusal(action, c);
    // An appeal is decided by someone other than who made the decision it contests: a fresh look,
    // not the same reviewer's second one. Notes stay open to them.
    if (byState == Refusal::None && c.appeal && c.madeContested &&
        (vocab::setsOutcome(action) || action == Action::ProposeBan))
        return Refusal::OwnContested;
    return byState;
}

DecisionRules::Refusal DecisionRules::stateRefusal(Action action, const CaseStanding &c)
{
    if (action == Action::ResolveConflict)
        return c.state == CaseState::Conflict ? Refusal::None : Refusal::NotInConflict;
    // A note, or a revision of the evidence, may be recorded whatever the case's state.
    if (action == Action::Revise)
        return Refusal::None;
    if (c.state == CaseState::Conflict && action != Action::Annotate)
        return Refusal::InConflict;
    // A decision whose evidence was revised since is re-affirmed or reversed, nothing else.
    const bool inRereview = c.state == CaseState::Decided && c.rereview;
    if (action == Action::Reaffirm || action == Action::Reverse)
        return inRereview ? Refusal::None : Refusal::NotInRereview;
    // A proposed ban waits for its answer: a second reviewer approves or rejects it, its proposer
    // may withdraw it; meanwhile the case takes notes and assignments, nothing that decides it.
    const bool awaiting = c.state == CaseState::AwaitingApproval;
    switch (action) {
    case Action::Approve:
    case Action::Reject:
        if (!awaiting)
            return Refusal::NothingProposed;
        return c.proposedIt ? Refusal::OwnProposal : Refusal::None;
    case Action::Withdraw:
        if (!awaiting)
            return Refusal::NothingProposed;
        return c.proposedIt ? Refusal::None : Refusal::NotProposer;
    case Action::Revise:
    case Action::Reaffirm:
    case Action::Reverse:
        break;
    case Action::ProposeBan:
    case Action::Ban:
    case Action::Clear:
    case Action::Escalate:
    case Action::Reinstate:
        if (awaiting)
            return Refusal::AwaitingApproval;
        break;
    case Action::Assign:
        if (awaiting)
            return Refusal::None;
        break;
    case Action::Flag:
    case Action::Annotate:
    case Action::ResolveConflict:
    case Action::Unknown:
        break;
    }
    switch (action) {
    case Action::ProposeBan:
        // A reversal that bans, where a ban needs a second reviewer, is proposed like any ban.
        if (inRereview && c.outcome != Outcome::Banned)
            return Refusal::None;
        [[fallthrough]];
    case Action::Ban:
    case Action::Clear:
        return isUndecided(c.state) ? Refusal::None : Refusal::AlreadyDecided;
    case Action::Assign:
    case Action::Escalate:
        if (!isUndecided(c.state))
            return Refusal::Closed;
        return action == Action::Escalate && c.state == CaseState::Escalated ? Refusal::AlreadyEscalated
                                                                             : Refusal::None;
    case Action::Reinstate: {
        const bool reverses = c.state == CaseState::Decided && c.outcome == Outcome::Banned;
        const bool grantsAppeal = isUndecided(c.state) && c.appeal && c.advertiserBanned;
        return reverses || grantsAppeal ? Refusal::None : Refusal::NotReinstatable;
    }
    case Action::Approve:
    case Action::Reject:
    case Action::Withdraw:
    case Action::Revise:
    case Action::Reaffirm:
    case Action::Reverse:
    case Action::Flag:
    case Action::Annotate:
    case Action::ResolveConflict:
    case Action::Unknown:
        break;
    }
    return Refusal::None; // a note may be added to any case
}

DecisionRules::Needs DecisionRules::needs(Action action, Outcome outcome)
{
    Needs n;
    n.rationale = action != Action::Assign && action != Action::Escalate && action != Action::Flag;
    const bool bans = action == Action::Ban || action == Action::ProposeBan ||
                      (vocab::recordsOutcome(action) && outcome == Outcome::Banned);
    n.policy = bans;
    n.evidence = bans;
    return n;
}

} // namespace adreview
