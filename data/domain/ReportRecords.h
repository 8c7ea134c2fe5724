#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace adreview {

// What a decision report covers. A decision is an event that sets a case's outcome: ban, clear,
// reinstate, or a resolve-conflict. Empty lists mean "all".
struct ReportFilter {
    QDate from;            // first day of decisions (UTC), inclusive; null: from the first decision
    QDate to;              // last day of decisions (UTC), inclusive; null: up to now
    QStringList policies;  // policy codes
    QStringList reviewers; // who decided
    QStringList outcomes;  // banned, cleared, reinstated
    QStringList countries; // the advertiser's ISO 3166 code

    // Rejects (Error::usage) from after to, an unknown policy code or outcome, naming it.
    Status validate(const QStringList &knownPolicies) const;
    // One line for a title block: "2018-01-01 to 2018-12-31 · policy ADS-NATSEC · all reviewers · …".
    QString describe() const;
    // The same line, its own words passed through `own` and each name the filter was given (policy
    // codes, reviewers, outcomes, countries) through `given`: markup escapes both and keeps the
    // names, which are outside text, apart from the words around them; a translation words the
    // first. `own` is given each fixed text as written here, with its %1 and %2 still to be filled.
    QString describe(const std::function<QString(const QString &)> &own,
                     const std::function<QString(const QString &)> &given) const;
    bool operator==(const ReportFilter &) const = default;
};

struct CitedEvidence {
    QString ref;  // the evidence item's ref within its case (EV-4)
    QString kind; // news-citation, agency-advisory, ...
    QString title;
    QString source;    // publisher or agency
    QString reference; // an advisory's reference number, if any
    QString date;
    QString hash; // content SHA-256
};

struct DecisionRow {
    QString eventId; // the event's uuid
    QDateTime at;    // UTC
    QString caseRef;
    QString advertiser;
    QString advertiserRef;
    QString country;
    QString action;  // ban, clear, reinstate, resolve-conflict
    QString outcome; // banned, cleared, reinstated
    QString policy;  // code
    QString reviewer;
    QString device;
    QString rationale;
    QDateTime opened; // the case's flag time
    QDateTime due;    // its SLA
    QList<CitedEvidence> evidence;
    QString statement = {};  // the event's statement of reasons (dsa::Decision's text), if any
    QString caseSource = {}; // where the case came from (government-advisory, user-report, ...)
    QString caseState = {};  // the case's state now (a case in conflict: "conflict")

    // From the flag to the decision; none when either time is unknown.
    std::optional<qint64> msToDecision() const
    {
        return at.isValid() && opened.isValid() ? std::optional(opened.msecsTo(at)) : std::nullopt;
    }
    bool slaBreached() const { return due.isValid() && at > due; }
};

// A decision's place in report order: its time, then its row id.
struct DecisionKey {
    qint64 at = 0;
    qint64 id = 0;
};

// Consecutive decisions in report order: from `from` (inclusive) up to `to`.
struct DecisionRange {
    DecisionKey from;
    DecisionKey to;
    bool toInclusive = false;
};

// Why an advertiser was banned or reinstated, for the PDF and HTML reports: the latest such
// decision in the period on each advertiser, with its evidence and the case's whole history.
struct StatementOfReasons {
    QString advertiser;
    QString advertiserRef;
    QString country;
    QString caseRef;
    QString outcome; // banned or reinstated
    QString policy;  // code
    QString policyTitle;
    QString reviewer;
    QDateTime at;
    QString rationale;
    QList<CitedEvidence> evidence;
    struct Step {
        QDateTime at;
        QString action;
        QString reviewer;
        QString policy;
        QString rationale;
    };
    QList<Step> history; // oldest first
    // A case in conflict: the decisions made apart with different outcomes, oldest first. Such a
    // case gets no statement of reasons until a lead resolves it; the report shows both sides.
    struct Side {
        QDateTime at;
        QString outcome; // banned, cleared or reinstated
        QString reviewer;
        QString device;
        QString policy;
        QString rationale;
    };
    QList<Side> disputedBy;
    bool disputed() const { return !disputedBy.isEmpty(); }
    QString statement = {};  // the decision's DSA statement (dsa::Decision's text); empty: none recorded
    QString caseSource = {}; // where the case came from, for the statement's source
    QString redress = {};    // what the advertiser may do about the decision (Art. 17(3)(f))
};

} // namespace adreview
