#pragma once

#include <QString>
#include <QStringList>

namespace adreview {

// The words of actions, case states and outcomes as types, in the order of their lists below;
// Unknown stands for any other word. Code that decides by them switches on these, so that a
// misspelt word cannot compile and a new one is handled everywhere it must be.
enum class Action {
    Flag,
    Assign,
    Annotate,
    Escalate,
    Ban,
    Clear,
    Reinstate,
    ResolveConflict,
    ProposeBan, // a ban that waits for a second reviewer's approval
    Approve,    // of the proposed ban: the case is banned
    Reject,     // of the proposed ban: the case goes back to where it stood
    Withdraw,   // the proposer takes the proposal back
    Revise,     // records a later revision of an evidence item (EvidenceRevision)
    Reaffirm,   // a decision under re-review stands, its revised evidence considered
    Reverse,    // a decision under re-review is turned: its outcome carried like a resolution's
    Unknown
};
enum class CaseState { Open, InReview, Escalated, Decided, Conflict, AwaitingApproval, Unknown };
enum class Outcome { Banned, Cleared, Reinstated, None, Unknown };

// The closed word lists of the domain, as stored in the database and written in files.
namespace vocab {

const QStringList &priorities();     // critical, high, normal, low (most urgent first)
const QStringList &sources();        // government-advisory, press, ...
const QStringList &states();         // open, in-review, escalated, decided, conflict, awaiting-approval
const QStringList &outcomes();       // banned, cleared, reinstated, none
const QStringList &actions();        // flag, assign, annotate, ...
const QStringList &evidenceKinds();  // news-citation, agency-advisory, ... (the EvidenceKinds table)
const QStringList &reliabilities();  // confirmed, probable, doubtful, unknown
const QStringList &advisoryStates(); // in-force, rescinded, superseded
// Whether an action carries an outcome of its own (resolve-conflict, reverse).
bool recordsOutcome(Action action);
// The outcome a reversal of a decided case leads to: a ban is reinstated, anything else banned.
Outcome reversed(Outcome outcome);

// The actions that decide a case, and the outcome each leads to, in the same order.
const QStringList &decidingActions();  // ban, clear, reinstate
const QStringList &decisionOutcomes(); // banned, cleared, reinstated

// The outcome a deciding action leads to ("ban" -> "banned"), or an empty string.
QString outcomeOf(const QString &action);
// The same for an event: a resolve-conflict or a reversal carries the outcome it chose; an
// approval bans.
QString outcomeOf(const QString &action, const QString &recordedOutcome);
bool isDecision(const QString &action); // ban, clear, reinstate

Action action(const QString &word);
CaseState state(const QString &word);
Outcome outcome(const QString &word);
// Whether an action sets a case's outcome: ban, clear, reinstate, resolve-conflict, the approval
// of a proposed ban and the reversal of a decision under re-review.
bool setsOutcome(Action action);
QString word(Action action); // empty for Unknown
QString word(CaseState state);
QString word(Outcome outcome);

} // namespace vocab
} // namespace adreview
