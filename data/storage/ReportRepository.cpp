#include "storage/ReportRepository.h"

#include "domain/CaseFold.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/EventRepository.h"
#include "storage/PolicyRepository.h"
#include "storage/RawStatement.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

// The condition of the partial indexes in migration 0003, repeated here: SQLite uses a partial
// index only for a query that states its condition.
const QString isDecision = u"e.action IN ('ban', 'clear', 'reinstate', 'resolve-conflict', 'approve', 'reverse')"_s;

QString quoted(const QString &word)
{
    return u'\'' + word + u'\'';
}

// A decision's outcome from its action, as vocab::outcomeOf gives it, `as` mapping each outcome
// to what the query wants of it; for a resolve-conflict or reverse, `recorded`, from its outcome
// column.
QString outcomeCase(const std::function<QString(qsizetype)> &as, const QString &recorded)
{
    QString sql = u"CASE e.action"_s;
    for (qsizetype i = 0; i < vocab::decidingActions().size(); ++i)
        sql += u" WHEN %1 THEN %2"_s.arg(quoted(vocab::decidingActions().at(i)), as(i));
    // An approval of a proposed ban bans.
    sql += u" WHEN 'approve' THEN %1"_s.arg(as(vocab::decisionOutcomes().indexOf(vocab::word(Outcome::Banned))));
    return sql + u" ELSE "_s + recorded + u" END"_s;
}

// The outcome's word (banned, cleared, reinstated).
const QString &outcomeOfDecision()
{
    static const QString sql =
        outcomeCase([](qsizetype i) { return quoted(vocab::decisionOutcomes().at(i)); }, u"e.outcome"_s);
    return sql;
}

// The outcome's place in vocab::decisionOutcomes().
const QString &outcomeIndex()
{
    static const QString sql = [] {
        const auto index = [](qsizetype i) { return QString::number(i); };
        QString recorded = u"CASE e.outcome"_s;
        const qsizetype last = vocab::decisionOutcomes().size() - 1;
        for (qsizetype i = 0; i < last; ++i)
            recorded += u" WHEN %1 THEN %2"_s.arg(quoted(vocab::decisionOutcomes().at(i)), index(i));
        return outcomeCase(index, recorded + u" ELSE %1 END"_s.arg(last));
    }();
    return sql;
}

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

// A WHERE clause with its values in placeholder order.
struct Clause {
    QString sql;
    QVariantList values;
    bool needsCase = false; // refers to the case c
};

void addCountries(Clause &w, const QStringList &countries)
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

// What the report queries share: the filter checked and turned into WHERE clauses, the policy
// catalogue.
class ReportRepository::Query {
public:
    Query(Database &db, const ReportFilter &filter, const QHash<QString, qint64> &idByCode) : m_db(&db)
    {
        m_filter = filter;
        Clause &w = m_decisions;
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
                w.values << idByCode.value(code);
        }
        if (!filter.reviewers.isEmpty()) {
            w.sql += u" AND e.reviewer IN (%1)"_s.arg(placeholders(filter.reviewers.size()));
            for (const QString &reviewer : filter.reviewers)
                w.values << reviewer;
        }
        if (!filter.outcomes.isEmpty()) {
            w.sql += u" AND (%1) IN (%2)"_s.arg(outcomeOfDecision(), placeholders(filter.outcomes.size()));
            for (const QString &outcome : filter.outcomes)
                w.values << outcome;
        }
        addCountries(w, filter.countries);
        m_cases = Clause{};
        if (!filter.policies.isEmpty()) {
            m_cases.sql += u" AND c.policy_id IN (%1)"_s.arg(placeholders(filter.policies.size()));
            for (const QString &code : filter.policies)
                m_cases.values << idByCode.value(code);
        }
        addCountries(m_cases, filter.countries);
    }

    // The filter over decisions e of cases c.
    const Clause &decisions() const { return m_decisions; }
    // The policy and country filters over cases c (the backlog).
    const Clause &cases() const { return m_cases; }
    // The index to read decisions e by when every one under the filter is read: the covering
    // (case, time, ...) index for all time, the time index for a period.
    QString decisionIndex() const
    {
        return m_filter.from.isValid() || m_filter.to.isValid() ? u"events_decided_at"_s : u"events_decided_case"_s;
    }

    // The latest ban or reinstatement under the filter on each advertiser, as (event id, case
    // id): found on a decision index, so only these decisions are read in full.
    QString latestPerAdvertiser() const
    {
        return u"SELECT id, case_id FROM (SELECT e.id, e.case_id, row_number() OVER (PARTITION BY c.advertiser_id "
               "ORDER BY e.at DESC, e.id DESC) AS n FROM events e INDEXED BY %1 JOIN cases c ON c.id = "
               "e.case_id WHERE %2 AND (%3) IN ('banned', 'reinstated')) WHERE n = 1"_s.arg(
                   decisionIndex(), m_decisions.sql, outcomeOfDecision());
    }

    // A statement built for one report: filters vary too much to keep them all prepared.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values, const QString &what) const
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
    // A failure met while stepping through the rows of run().
    Error failed(const QSqlQuery &query, const QString &what) const { return m_db->errorFrom(query, what); }

private:
    Database *m_db;
    ReportFilter m_filter;
    Clause m_decisions;
    Clause m_cases;
};

Status ReportRepository::validate(const ReportFilter &filter)
{
    if (auto query = prepare(filter); !query)
        return query.error();
    return {};
}

Result<ReportRepository::Query> ReportRepository::prepare(const ReportFilter &filter)
{
    QSqlQuery &q = m_db.prepared(u"SELECT id, code, title FROM policies ORDER BY code"_s);
    if (!q.exec())
        return m_db.errorFrom(q, u"reading the policies"_s);
    QHash<QString, qint64> idByCode;
    QStringList known;
    m_codeById.clear();
    m_titleById.clear();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString code = q.value(1).toString();
        m_codeById.insert(id, code);
        m_titleById.insert(id, q.value(2).toString());
        idByCode.insert(code, id);
        known << code;
    }
    q.finish();
    if (auto valid = filter.validate(known); !valid)
        return valid.error();
    return Query(m_db, filter, idByCode);
}

Status ReportRepository::forEachFact(const ReportFilter &filter, const std::function<void(const DecisionFact &)> &fact)
{
    auto query = prepare(filter);
    if (!query)
        return query.error();
    // One pass: over every decision, in case order from one covering index, so the cases are
    // visited in the order they are stored; over a period, that period of the time index.
    const Clause &where = query->decisions();
    auto q =
        query->run(u"SELECT e.at, %1, e.policy_id, e.reviewer, e.at - c.opened_at, e.at > c.due_at, "
                   "c.source = 'appeal' FROM events e INDEXED BY %2 JOIN cases c ON c.id = e.case_id WHERE %3"_s.arg(
                       outcomeIndex(), query->decisionIndex(), where.sql),
                   where.values, u"summing up the decisions"_s);
    if (!q)
        return q.error();
    DecisionFact f;
    const int last = int(vocab::decisionOutcomes().size()) - 1;
    while (q->next()) {
        f.at = q->value(0).toLongLong();
        f.outcome = std::clamp(q->value(1).toInt(), 0, last);
        f.policyId = q->value(2).toLongLong();
        f.reviewer = q->value(3).toString();
        f.sinceFlag = q->value(4).toLongLong();
        f.breached = q->value(5).toLongLong() != 0;
        f.appeal = q->value(6).toLongLong() != 0;
        fact(f);
    }
    if (q->lastError().isValid())
        return query->failed(*q, u"summing up the decisions"_s);
    q->finish();
    return {};
}

Result<QList<ReportRepository::Backlog>> ReportRepository::backlog(const ReportFilter &filter,
                                                                   const QStringList &states, const QDateTime &clockNow)
{
    auto query = prepare(filter);
    if (!query)
        return query.error();
    const qint64 now = clockNow.toMSecsSinceEpoch();
    const Clause &where = query->cases();
    // Each sum counts the cases flagged after a threshold: younger than 1, 7, 30 and 90 days.
    auto q = query->run(u"SELECT c.state, count(*), sum(c.opened_at > ?), sum(c.opened_at > ?), "
                        "sum(c.opened_at > ?), sum(c.opened_at > ?) FROM cases c "
                        "WHERE c.state IN (%1)%2 GROUP BY c.state"_s.arg(placeholders(states.size()), where.sql),
                        QVariantList{now - dayMs, now - 7 * dayMs, now - 30 * dayMs, now - 90 * dayMs} +
                            QVariantList(states.cbegin(), states.cend()) + where.values,
                        u"counting the open cases"_s);
    if (!q)
        return q.error();
    QList<Backlog> rows;
    while (q->next()) {
        Backlog b;
        b.state = q->value(0).toString();
        b.total = q->value(1).toLongLong();
        for (int i = 0; i < 4; ++i)
            b.under[i] = q->value(2 + i).toLongLong();
        rows.append(b);
    }
    if (q->lastError().isValid())
        return query->failed(*q, u"counting the open cases"_s);
    q->finish();
    return rows;
}

Result<QList<ReportRepository::Appeal>> ReportRepository::appealsFiled(const ReportFilter &filter)
{
    auto query = prepare(filter);
    if (!query)
        return query.error();
    const Clause &where = query->cases();
    QString period;
    QVariantList values;
    if (filter.from.isValid()) {
        period += u" AND c.opened_at >= ?"_s;
        values << startOfDay(filter.from);
    }
    if (filter.to.isValid()) {
        period += u" AND c.opened_at < ?"_s;
        values << startOfDay(filter.to.addDays(1));
    }
    // The ban contested is found as EventRepository::contestedBy finds it.
    const QString what = u"reading the appeals"_s;
    auto q =
        query->run(u"SELECT c.opened_at, (SELECT max(e.at) FROM events e WHERE e.case_id = coalesce((SELECT "
                   "b.id FROM cases b WHERE b.ref = c.contests), (SELECT x.case_id FROM events x JOIN cases y "
                   "ON y.id = x.case_id WHERE y.advertiser_id = c.advertiser_id AND y.id <> c.id AND x.at <= "
                   "c.opened_at AND %4 ORDER BY x.at DESC, x.id DESC LIMIT 1)) AND e.at <= c.opened_at AND %3) "
                   "FROM cases c WHERE c.source = 'appeal'%1%2"_s.arg(
                       period, where.sql, EventRepository::banDecisionSql(), EventRepository::banDecisionSql(u"x"_s)),
                   values + where.values, what);
    if (!q)
        return q.error();
    QList<Appeal> rows;
    while (q->next())
        rows.append({sql::time(*q, 0), sql::time(*q, 1)});
    if (q->lastError().isValid())
        return query->failed(*q, what);
    q->finish();
    return rows;
}

Result<qint64> ReportRepository::countDecisions(const ReportFilter &filter)
{
    auto query = prepare(filter);
    if (!query)
        return query.error();
    const Clause &where = query->decisions();
    const QString from = where.needsCase ? u"events e JOIN cases c ON c.id = e.case_id"_s : u"events e"_s;
    auto q = query->run(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(from, where.sql), where.values,
                        u"counting the decisions"_s);
    if (!q)
        return q.error();
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

Result<QList<DecisionRange>> ReportRepository::decisionSlices(const ReportFilter &filter, qint64 rowsPerSlice)
{
    auto query = prepare(filter);
    if (!query)
        return query.error();
    const Clause &where = query->decisions();
    const QString from = u"events e INDEXED BY events_decided_at%1"_s.arg(
        where.needsCase ? u" JOIN cases c ON c.id = e.case_id"_s : QString());
    // Every rowsPerSlice-th key, counted by SQLite while it walks the time index (no sort).
    auto q = query->run(u"SELECT at, id FROM (SELECT e.at AS at, e.id AS id, row_number() OVER (ORDER BY e.at, e.id) "
                        "AS n FROM %1 WHERE %2) WHERE (n - 1) % %3 = 0"_s.arg(from, where.sql)
                            .arg(std::max<qint64>(1, rowsPerSlice)),
                        where.values, u"dividing the decisions"_s);
    if (!q)
        return q.error();
    QList<DecisionKey> starts;
    while (q->next())
        starts.append({q->value(0).toLongLong(), q->value(1).toLongLong()});
    if (q->lastError().isValid())
        return query->failed(*q, u"dividing the decisions"_s);
    q->finish();
    QList<DecisionRange> slices;
    if (starts.isEmpty())
        return slices;
    auto last =
        query->run(u"SELECT e.at, e.id FROM %1 WHERE %2 ORDER BY e.at DESC, e.id DESC LIMIT 1"_s.arg(from, where.sql),
                   where.values, u"dividing the decisions"_s);
    if (!last)
        return last.error();
    if (!last->next())
        return query->failed(*last, u"dividing the decisions"_s);
    const DecisionKey end{last->value(0).toLongLong(), last->value(1).toLongLong()};
    last->finish();
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const bool final = i + 1 == starts.size();
        slices.append({starts.at(i), final ? end : starts.at(i + 1), final});
    }
    return slices;
}

Status ReportRepository::forEachDecision(const ReportFilter &filter,
                                         const std::function<bool(const DecisionRow &)> &row,
                                         const DecisionRange *range)
{
    auto query = prepare(filter);
    if (!query)
        return query.error();
    Clause where = query->decisions();
    if (range) {
        // Row values over (at, id), the time index's own key: a range scan of the index.
        where.sql +=
            u" AND (e.at, e.id) >= (?, ?) AND (e.at, e.id) %1 (?, ?)"_s.arg(range->toInclusive ? u"<="_s : u"<"_s);
        where.values << range->from.at << range->from.id << range->to.at << range->to.id;
    }
    // Forward-only, in the order of the time index: rows flow out as SQLite finds them, in
    // constant memory, whatever the number of decisions. A decision citing several items comes
    // as one row per item, one after another; a decision citing none as one row of nulls.
    RawStatement q(m_db,
                   u"SELECT e.id, e.uuid, e.at, c.ref, a.name, a.ref, a.country, e.action, e.outcome, e.policy_id, "
                   "e.reviewer, e.device, e.rationale, c.opened_at, c.due_at, ev.ref, ev.kind, ev.title, ev.source, "
                   "ev.reference, ev.date, ev.content_hash, e.statement, c.source, c.state FROM events e "
                   "INDEXED BY events_decided_at "
                   "JOIN cases c ON c.id = e.case_id JOIN advertisers a ON a.id = c.advertiser_id "
                   "LEFT JOIN event_evidence ee ON ee.event_id = e.id LEFT JOIN evidence ev ON ev.id = ee.evidence_id "
                   "WHERE %1 ORDER BY e.at, e.id"_s.arg(where.sql),
                   where.values, u"reading the decisions"_s);
    const auto time = [&q](int column) { return q.time(column); };
    DecisionRow r;
    qint64 current = -1;
    while (q.next()) {
        const qint64 id = q.integer(0);
        if (id != current) {
            if (current != -1 && !row(r))
                return Error::rejected(u"cancelled"_s);
            current = id;
            r.eventId = q.text(1);
            r.at = time(2);
            r.caseRef = q.text(3);
            r.advertiser = q.text(4);
            r.advertiserRef = q.text(5);
            r.country = q.text(6);
            r.action = q.text(7);
            r.outcome = vocab::outcomeOf(r.action, q.text(8));
            r.policy = policyCode(q.integer(9));
            r.reviewer = q.text(10);
            r.device = q.text(11);
            r.rationale = q.text(12);
            r.opened = time(13);
            r.due = time(14);
            r.evidence.clear();
            r.statement = q.text(22);
            r.caseSource = q.text(23);
            r.caseState = q.text(24);
        }
        if (!q.isNull(15))
            r.evidence.append({q.text(15), q.text(16), q.text(17), q.text(18), q.text(19), q.text(20), q.text(21)});
    }
    if (q.error())
        return *q.error();
    if (current != -1 && !row(r))
        return Error::rejected(u"cancelled"_s);
    return {};
}

Result<QList<StatementOfReasons>> ReportRepository::statements(const ReportFilter &filter)
{
    auto query = prepare(filter);
    if (!query)
        return query.error();
    const QString latest = query->latestPerAdvertiser();
    const QVariantList &values = query->decisions().values;

    // Three passes over the same statements, each one query: no query per advertiser.
    // The cited evidence of every statement's decision, by event id.
    QHash<qint64, QList<CitedEvidence>> cited;
    {
        const QString what = u"reading the evidence the decisions cite"_s;
        auto q =
            query->run(u"SELECT ee.event_id, ev.ref, ev.kind, ev.title, ev.source, ev.reference, ev.date, "
                       "ev.content_hash FROM (%1) l JOIN event_evidence ee ON ee.event_id = l.id "
                       "JOIN evidence ev ON ev.id = ee.evidence_id ORDER BY ee.event_id, ee.evidence_id"_s.arg(latest),
                       values, what);
        if (!q)
            return q.error();
        while (q->next()) {
            cited[q->value(0).toLongLong()].append(
                {q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                 q->value(5).toString(), q->value(6).toString(), q->value(7).toString()});
        }
        if (q->lastError().isValid())
            return query->failed(*q, what);
        q->finish();
    }
    // The whole history of every statement's case, by case id, oldest first.
    QHash<qint64, QList<StatementOfReasons::Step>> steps;
    {
        const QString what = u"reading the histories of the cases"_s;
        auto q = query->run(u"SELECT e.case_id, e.at, e.action, e.reviewer, e.policy_id, e.rationale FROM (%1) l "
                            "JOIN events e ON e.case_id = l.case_id ORDER BY e.case_id, e.at, e.id"_s.arg(latest),
                            values, what);
        if (!q)
            return q.error();
        while (q->next()) {
            steps[q->value(0).toLongLong()].append({sql::toTime(q->value(1)), q->value(2).toString(),
                                                    q->value(3).toString(), policyCode(q->value(4).toLongLong()),
                                                    q->value(5).toString()});
        }
        if (q->lastError().isValid())
            return query->failed(*q, what);
        q->finish();
    }
    const QString what = u"reading the banned and reinstated advertisers"_s;
    auto q = query->run(u"SELECT e.id, e.at, e.case_id, c.ref, a.name, a.ref, a.country, %1, e.policy_id, "
                        "e.reviewer, e.rationale, c.state, e.statement, c.source FROM (%2) l JOIN events e ON e.id = "
                        "l.id JOIN cases c ON c.id = "
                        "e.case_id JOIN advertisers a ON a.id = c.advertiser_id ORDER BY a.name, a.ref"_s.arg(
                            outcomeOfDecision(), latest),
                        values, what);
    if (!q)
        return q.error();
    QList<StatementOfReasons> list;
    QList<std::pair<qsizetype, qint64>> disputed; // statement, case id
    while (q->next()) {
        StatementOfReasons s;
        s.at = sql::toTime(q->value(1));
        s.caseRef = q->value(3).toString();
        s.advertiser = q->value(4).toString();
        s.advertiserRef = q->value(5).toString();
        s.country = q->value(6).toString();
        s.outcome = q->value(7).toString();
        const qint64 policyId = q->value(8).toLongLong();
        s.policy = policyCode(policyId);
        s.policyTitle = m_titleById.value(policyId);
        s.reviewer = q->value(9).toString();
        s.rationale = q->value(10).toString();
        s.evidence = cited.value(q->value(0).toLongLong());
        s.history = steps.value(q->value(2).toLongLong());
        s.statement = q->value(12).toString();
        s.caseSource = q->value(13).toString();
        if (vocab::state(q->value(11).toString()) == CaseState::Conflict)
            disputed.append({list.size(), q->value(2).toLongLong()});
        list.append(s);
    }
    if (q->lastError().isValid())
        return query->failed(*q, what);
    q->finish();
    // The redress each statement offers, by policy (few policies: a query each).
    QHash<QString, QString> redressByPolicy;
    for (StatementOfReasons &s : list) {
        if (!redressByPolicy.contains(s.policy)) {
            auto redress = PolicyRepository(m_db).redress(s.policy);
            if (!redress)
                return redress.error();
            redressByPolicy.insert(s.policy, *redress);
        }
        s.redress = redressByPolicy.value(s.policy);
    }
    // The sides of each case in conflict, from its events folded (few cases: a query each).
    for (const auto &[index, caseId] : std::as_const(disputed)) {
        auto events = EventRepository(m_db).forCase(caseId);
        if (!events)
            return events.error();
        const CaseFold::State folded = CaseFold::fold(*events);
        QSet<QString> contested;
        for (const QStringList &ids : folded.conflicts)
            contested.unite(QSet<QString>(ids.cbegin(), ids.cend()));
        StatementOfReasons &s = list[index];
        for (const Event &e : std::as_const(*events)) {
            if (contested.contains(e.uuid))
                s.disputedBy.append(
                    {e.at, vocab::outcomeOf(e.action, e.outcome), e.reviewer, e.device, e.policyCode, e.rationale});
        }
    }
    return list;
}

} // namespace adreview
