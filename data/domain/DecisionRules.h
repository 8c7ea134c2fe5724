#pragma once

#include "domain/Vocabulary.h"

#include <QString>

namespace adreview {

// How a case stands for the one about to act on it: its state as they see it, and what an appeal
// needs to know.
struct CaseStanding {
    CaseState state = CaseState::Open;
    Outcome outcome = Outcome::None;
    bool appeal = false;           // an appeal may be reinstated while its advertiser stands banned
    bool advertiserBanned = false; // as the actor sees the advertiser
    bool madeContested = false;    // the actor made the decision this appeal contests
    // For a case awaiting approval: the actor proposed the ban (the same reviewer, on any device,
    // or a device whose key is the proposer's under another name).
    bool proposedIt = false;
    // A decided case whose decision rests on evidence revised since (CaseFold::State::rereview).
    bool rereview = false;

    CaseStanding(CaseState s, Outcome o, bool isAppeal, bool banned)
        : state(s), outcome(o), appeal(isAppeal), advertiserBanned(banned)
    {}
    // From the words a case record holds (state, outcome, source).
    CaseStanding(const QString &state, const QString &outcome, const QString &source, bool banned);
};

// Which actions a case allows and what each needs: asked by the review rules (every route an
// event takes in), the decision dialog and the window's menus, so that the three cannot disagree.
// The answers are kinds; each asker words them (the rules in English for the record and the
// command line, the window in the reader's language).
class DecisionRules {
public:
    // Why an action cannot be taken on a case standing so, or None.
    enum class Refusal {
        None,
        InConflict,       // two decisions from one history: a lead resolves it first (notes are fine)
        NotInConflict,    // a resolution with nothing to resolve
        AlreadyDecided,   // a ban or clear of a decided case
        Closed,           // an assignment or escalation of a decided case
        AlreadyEscalated, // an escalation of an escalated case
        NotReinstatable,  // a reinstatement of a case that is neither banned nor a banned advertiser's appeal
        OwnContested,     // a decision on an appeal by whoever made the decision it contests (Art. 20(6))
        AwaitingApproval, // a decision, escalation or second proposal while a proposed ban awaits approval
        NothingProposed,  // an approval, rejection or withdrawal with no proposed ban awaiting one
        OwnProposal,      // an approval or rejection by whoever proposed the ban
        NotProposer,      // a withdrawal by someone other than who proposed the ban
        NotInRereview,    // a re-affirmation or reversal of a case whose evidence was not revised since
    };

    // What an action needs besides the case.
    struct Needs {
        bool rationale = false; // a text: the reason, or the note itself
        bool policy = false;    // the policy applied
        bool evidence = false;  // at least one cited evidence item of the case
    };

    static bool isUndecided(CaseState state);
    static bool isUndecided(const QString &state) { return isUndecided(vocab::state(state)); }
    static Refusal refusal(Action action, const CaseStanding &standing);
    static Refusal refusal(const QString &action, const CaseStanding &standing)
    {
        return refusal(vocab::action(action), standing);
    }
    static bool allows(Action action, const CaseStanding &standing)
    {
        return refusal(action, standing) == Refusal::None;
    }
    static bool allows(const QString &action, const CaseStanding &standing)
    {
        return allows(vocab::action(action), standing);
    }
    // `outcome`: a resolution's, which decides whether it bans.
    static Needs needs(Action action, Outcome outcome = Outcome::None);
    static Needs needs(const QString &action, const QString &outcome = {})
    {
        return needs(vocab::action(action), vocab::outcome(outcome));
    }

private:
    static Refusal stateRefusal(Action action, const CaseStanding &standing);
};

} // namespace adreview
