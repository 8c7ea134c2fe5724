#include "reports/ReportQuery.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The condition of the partial indexes in migration 0003, repeated here: SQLite uses a partial
// index only for a query that states its condition.
const QString isDecision = u"e.action IN ('ban', 'clear', 'reinstate', 'resolve-conflict')"_s;

QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? u"?"_s : u", ?"_s;
    return s;
}

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void addCountries(ReportQuery::Clause &w, const QStringList &countries)
{
    if (countries.isEmpty())
        return;
    w.sql += u" AND c.advertiser_id IN (SELECT id FROM advertisers WHERE country IN (%1))"_s.arg(
        placeholders(countries.size()));
    for (const QString &country : countries)
        w.values << country.trimmed().toUpper();
    w.needsCase = true;
}

} // namespace

const QString ReportQuery::outcomeOfDecision = u"CASE e.action WHEN 'ban' THEN 'banned' WHEN 'clear' THEN 'cleared' "
                                               "WHEN 'reinstate' THEN 'reinstated' ELSE e.outcome END"_s;

Result<ReportQuery> ReportQuery::prepare(Database &db, const ReportFilter &filter)
{
    if (auto valid = filter.validate(db); !valid)
        return valid.error();
    ReportQuery query(db);
    query.m_filter = filter;
    QSqlQuery &q = db.prepared(u"SELECT id, code, title FROM policies"_s);
    if (!q.exec())
        return db.errorFrom(q, u"reading the policies"_s);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString code = q.value(1).toString();
        query.m_codeById.insert(id, code);
        query.m_idByCode.insert(code, id);
        query.m_titleByCode.insert(code, q.value(2).toString());
    }
    q.finish();

    Clause &w = query.m_decisions;
    w.sql = isDecision;
    if (filter.from.isValid()) {
        w.sql += u" AND e.at >= ?"_s;
        w.values << startOfDay(filter.from);
    }
    if (filter.to.isValid()) {
        w.sql += u" AND e.at < ?"_s;
        w.values << startOfDay(filter.to.addDays(1));
    }
    if (!filter.policies.isEmpty()) {
        w.sql += u" AND e.policy_id IN (%1)"_s.arg(placeholders(filter.policies.size()));
        for (const QString &code : filter.policies)
            w.values << query.m_idByCode.value(code);
    }
    if (!filter.reviewers.isEmpty()) {
        w.sql += u" AND e.reviewer IN (%1)"_s.arg(placeholders(filter.reviewers.size()));
        for (const QString &reviewer : filter.reviewers)
            w.values << reviewer;
    }
    if (!filter.outcomes.isEmpty()) {
        w.sql += u" AND (%1) IN (%2)"_s.arg(outcomeOfDecision, placeholders(filter.outcomes.size()));
        for (const QString &outcome : filter.outcomes)
            w.values << outcome;
    }
    addCountries(w, filter.countries);
    return query;
}

QString ReportQuery::decisionIndex() const
{
    return m_filter.from.isValid() || m_filter.to.isValid() ? u"events_decided_at"_s : u"events_decided_case"_s;
}

ReportQuery::Clause ReportQuery::cases() const
{
    Clause w;
    if (!m_filter.policies.isEmpty()) {
        w.sql += u" AND c.policy_id IN (%1)"_s.arg(placeholders(m_filter.policies.size()));
        for (const QString &code : m_filter.policies)
            w.values << m_idByCode.value(code);
    }
    addCountries(w, m_filter.countries);
    return w;
}

Result<QSqlQuery> ReportQuery::run(const QString &sql, const QVariantList &values, const QString &what) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_db->errorFrom(q, what);
    sql::bindAll(q, values);
    if (!q.exec())
        return m_db->errorFrom(q, what);
    return q;
}

Error ReportQuery::failed(const QSqlQuery &query, const QString &what) const
{
    return m_db->errorFrom(query, what);
}

} // namespace adreview
