#pragma once

#include "reports/Report.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantList>

namespace adreview {

// What the report queries share: the filter checked and turned into WHERE clauses, the policy
// catalogue.
class ReportQuery {
public:
    // Checks the filter (ReportFilter::validate) and reads the policies.
    static Result<ReportQuery> prepare(Database &db, const ReportFilter &filter);

    // A WHERE clause with its values in placeholder order.
    struct Clause {
        QString sql;
        QVariantList values;
        bool needsCase = false; // refers to the case c
    };
    // The filter over decisions e of cases c.
    const Clause &decisions() const { return m_decisions; }
    // The index to read decisions e by when every one under the filter is read: the covering
    // (case, time, ...) index for all time, the time index for a period.
    QString decisionIndex() const;
    // The policy and country filters over cases c (the backlog).
    Clause cases() const;

    // A statement built for one report: filters vary too much to keep them all prepared.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &what) const;
    // A failure met while stepping through the rows of run().
    Error failed(const QSqlQuery &query, const QString &what) const;

    QString policyCode(qint64 id) const { return m_codeById.value(id); }
    QString policyTitle(const QString &code) const { return m_titleByCode.value(code); }

    // The decision's outcome, from its action or, for a resolve-conflict, its outcome column.
    static const QString outcomeOfDecision;

private:
    explicit ReportQuery(Database &db) : m_db(&db) {}

    Database *m_db;
    ReportFilter m_filter;
    Clause m_decisions;
    QHash<qint64, QString> m_codeById;
    QHash<QString, qint64> m_idByCode;
    QHash<QString, QString> m_titleByCode;
};

} // namespace adreview
