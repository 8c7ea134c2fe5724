#pragma once

#include "domain/ReportRecords.h"
#include "domain/Result.h"

#include <QHash>

#include <functional>

namespace adreview {

class Database;

// The queries behind the decision reports: each reads the decisions under a filter in one pass
// over an index, and hands the rows on as they come. The report engine sums them up.
class ReportRepository {
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    // Checks a filter against this database's policies (ReportFilter::validate).
    Status validate(const ReportFilter &filter);

    // One decision as the summary counts it.
    struct DecisionFact {
        qint64 at = 0;       // UTC milliseconds
        int outcome = 0;     // 0 banned, 1 cleared, 2 reinstated
        qint64 policyId = 0; // policyCode() names it
        QString reviewer;
        qint64 sinceFlag = 0;  // milliseconds from the case's flag to the decision
        bool breached = false; // decided after the case's due time
        bool appeal = false;   // a decision on an appeal
    };
    // Every decision under the filter, in the order of the index that reads them fastest.
    Status forEachFact(const ReportFilter &filter, const std::function<void(const DecisionFact &)> &fact);
    // A policy's code by its row id, once a query above has read the catalogue.
    QString policyCode(qint64 id) const { return m_codeById.value(id); }

    // The cases in `states` (those waiting for a decision) under the filter's policies and
    // countries, by state: how many, and how many were flagged less than 1, 7, 30 and 90 days
    // before `now`.
    struct Backlog {
        QString state;
        qint64 total = 0;
        qint64 under[4]{};
    };
    Result<QList<Backlog>> backlog(const ReportFilter &filter, const QStringList &states, const QDateTime &now);

    // The appeals filed in the filter's period under its policies and countries: when each was
    // filed and when the ban it contests was made (invalid: no ban recorded before it).
    struct Appeal {
        QDateTime filed;
        QDateTime contested;
    };
    Result<QList<Appeal>> appealsFiled(const ReportFilter &filter);

    Result<qint64> countDecisions(const ReportFilter &filter);
    // See ReportEngine::decisionSlices and forEachDecision.
    Result<QList<DecisionRange>> decisionSlices(const ReportFilter &filter, qint64 rowsPerSlice);
    Status forEachDecision(const ReportFilter &filter, const std::function<bool(const DecisionRow &)> &row,
                           const DecisionRange *range = nullptr);
    Result<QList<StatementOfReasons>> statements(const ReportFilter &filter);

private:
    class Query;
    Result<Query> prepare(const ReportFilter &filter);

    Database &m_db;
    QHash<qint64, QString> m_codeById; // the policy catalogue, read by prepare()
    QHash<qint64, QString> m_titleById;
};

} // namespace adreview
