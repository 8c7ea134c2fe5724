#pragma once

#include "domain/Clock.h"
#include "domain/ReportRecords.h"
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
    // Appeals (DSA Art. 20): those filed in the period, those of them filed more than six months
    // after the ban they contest, the decisions on appeals in the period, how many of those
    // reversed the ban (reinstated), and the median time from filing to decision.
    qint64 appealsFiled = 0;
    qint64 appealsFiledLate = 0;
    qint64 appealsDecided = 0;
    qint64 appealsReversed = 0;
    double appealReversalRate = -1; // reversed / decided; -1 without decided appeals
    qint64 appealMedianMs = -1;     // -1 without decided appeals
    // Undecided cases (open, in-review, escalated, conflict) now, under the policy and country
    // filters: by state, and by age ("under 1 day", "1–7 days", "7–30 days", "30–90 days",
    // "over 90 days").
    QList<ReportCount> backlogByState;
    QList<ReportCount> backlogByAge;
    qint64 backlog = 0;
};

// Reads reports from the database; every figure is computed in SQL or from one pass over rows.
class ReportEngine {
public:
    ReportEngine(Database &db, const Clock &clock);

    // Checks a filter against this database's policies (ReportFilter::validate).
    Status validate(const ReportFilter &filter);
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
