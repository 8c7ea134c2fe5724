#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace adreview {

class Database;

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
    Status validate(Database &db) const;
    // One line for a title block: "2018-01-01 to 2018-12-31 · policy ADS-NATSEC · all reviewers · …".
    QString describe() const;
    // The same line, its own words passed through `own` and each name the filter was given (policy
    // codes, reviewers, outcomes, countries) through `given`: markup escapes both and keeps the
    // names, which are outside text, apart from the words around them.
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

struct ReportCount {
    QString key;
    qint64 count = 0;
};

struct WeekCount {
    QDate week; // the Monday the week starts on
    qint64 banned = 0;
    qint64 cleared = 0;
    qint64 reinstated = 0;
};

struct PolicyOutcomeCount {
    QString policy;
    qint64 banned = 0;
    qint64 cleared = 0;
    qint64 reinstated = 0;
};

struct ReportSummary {
    QDateTime generatedAt; // the clock's now
    QString database;      // file path
    ReportFilter filter;
    qint64 decisions = 0;
    QList<ReportCount> byOutcome;  // banned, cleared, reinstated (all three, zero or not)
    QList<ReportCount> byPolicy;   // most decisions first
    QList<ReportCount> byReviewer; // most decisions first
    QList<PolicyOutcomeCount> byPolicyOutcome;
    QList<WeekCount> perWeek; // every week from the first to the last decision, empty weeks too
    qint64 medianMs = -1;     // time from flag to decision; -1 without decisions
    qint64 p90Ms = -1;
    qint64 slaBreaches = 0; // decisions made after the case's due time
    qint64 bans = 0;
    qint64 reinstatements = 0;
    double reinstatementRate = -1; // reinstatements / bans in the period; -1 without bans
    // Undecided cases (open, in-review, escalated, conflict) now, under the policy and country
    // filters: by state, and by age ("under 1 day", "1–7 days", "7–30 days", "30–90 days",
    // "over 90 days").
    QList<ReportCount> backlogByState;
    QList<ReportCount> backlogByAge;
    qint64 backlog = 0;
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
};

// Reads reports from the database; every figure is computed in SQL or from one pass over rows.
class ReportEngine {
public:
    ReportEngine(Database &db, const Clock &clock);

    Result<ReportSummary> summary(const ReportFilter &filter);
    Result<qint64> countDecisions(const ReportFilter &filter);
    // Every decision under the filter, oldest first, or only those in `range`. The callback
    // returns false to stop early, in which case the result is Error::rejected("cancelled").
    Status forEachDecision(const ReportFilter &filter, const std::function<bool(const DecisionRow &)> &row,
                           const DecisionRange *range = nullptr);
    // The decisions under the filter now, cut into consecutive ranges of `rowsPerSlice` (the last
    // one fewer), so that several connections can read them at once. Decisions written later
    // than the last one now fall outside every range.
    Result<QList<DecisionRange>> decisionSlices(const ReportFilter &filter, qint64 rowsPerSlice);
    Result<QList<StatementOfReasons>> statements(const ReportFilter &filter);

    Database &database() { return m_db; }
    const Clock &clock() const { return m_clock; }

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace adreview
