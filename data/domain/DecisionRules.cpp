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
    if (c.state == CaseState::Conflict && action != Action::Annotate)
        return Refusal::InConflict;
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
    case Action::Ban:
    case Action::Clear:
    case Action::ProposeBan:
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
                      (action == Action::ResolveConflict && outcome == Outcome::Banned);
    n.policy = bans;
    n.evidence = bans;
    return n;
}

} // namespace adreview
