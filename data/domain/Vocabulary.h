#pragma once

#include <QString>
#include <QStringList>

namespace adreview {

// The closed word lists of the domain, as stored in the database and written in files.
namespace vocab {

const QStringList &priorities();     // critical, high, normal, low (most urgent first)
const QStringList &sources();        // government-advisory, press, ...
const QStringList &states();         // open, in-review, escalated, decided, conflict
const QStringList &outcomes();       // banned, cleared, reinstated, none
const QStringList &actions();        // flag, assign, annotate, ...
const QStringList &evidenceKinds();  // news-citation, agency-advisory, ... (the EvidenceKinds table)
const QStringList &reliabilities();  // confirmed, probable, doubtful, unknown
const QStringList &advisoryStates(); // in-force, rescinded, superseded

// The actions that decide a case, and the outcome each leads to, in the same order.
const QStringList &decidingActions();  // ban, clear, reinstate
const QStringList &decisionOutcomes(); // banned, cleared, reinstated

// The outcome a deciding action leads to ("ban" -> "banned"), or an empty string.
QString outcomeOf(const QString &action);
// The same for an event: a resolve-conflict carries the outcome the lead chose.
QString outcomeOf(const QString &action, const QString &recordedOutcome);
bool isDecision(const QString &action); // ban, clear, reinstate

} // namespace vocab
} // namespace adreview
