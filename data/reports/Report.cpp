#include "reports/Report.h"

#include "domain/Vocabulary.h"
#include "reports/ReportQuery.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

const QStringList &decisionOutcomes()
{
    static const QStringList list{u"banned"_s, u"cleared"_s, u"reinstated"_s};
    return list;
}

// The states of a case still waiting for a decision, in the order the backlog lists them: the
// undecided ones and a conflict, which waits for a lead.
const QStringList &backlogStates()
{
    static const QStringList list{u"open"_s, u"in-review"_s, u"escalated"_s, u"conflict"_s};
    return list;
}

// Linear interpolation between the two nearest ranks, as spreadsheets' PERCENTILE.INC does.
qint64 percentile(std::vector<qint64> &values, double p)
{
    const double position = p * double(values.size() - 1);
    const auto lower = size_t(position);
    std::nth_element(values.begin(), values.begin() + qsizetype(lower), values.end());
    const qint64 low = values[lower];
    if (lower + 1 >= values.size() || position == double(lower))
        return low;
    // nth_element leaves only values at least as large after the lower rank.
    const qint64 high = *std::min_element(values.begin() + qsizetype(lower) + 1, values.end());
    return low + std::llround((position - double(lower)) * double(high - low));
}

// Monday-start weeks, numbered from the one holding 1970-01-01 (a Thursday).
qint64 weekOf(qint64 ms)
{
    const qint64 day = ms >= 0 ? ms / dayMs : -((-ms + dayMs - 1) / dayMs);
    const qint64 shifted = day + 3;
    return shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7);
}

QDate mondayOf(qint64 week)
{
    return QDate(1970, 1, 1).addDays(week * 7 - 3);
}

QList<ReportCount> mostFirst(const QHash<QString, qint64> &counts)
{
    QList<ReportCount> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const ReportCount &a, const ReportCount &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return list;
}

using Triple = std::array<qint64, 3>; // banned, cleared, reinstated

struct Tally {
    Triple outcomes{};
    QHash<qint64, Triple> policies;
    QHash<QString, qint64> reviewers;
    QHash<qint64, Triple> weeks;
    qint64 firstWeek = 0;
    qint64 lastWeek = -1;
    std::vector<qint64> durations;
    qint64 breaches = 0;
};

void fillSummary(Tally &t, const ReportQuery &query, ReportSummary &s)
{
    s.decisions = qint64(t.durations.size());
    for (int i = 0; i < 3; ++i)
        s.byOutcome.append({decisionOutcomes().at(i), t.outcomes[size_t(i)]});
    QHash<QString, qint64> perPolicy;
    QHash<QString, Triple> perPolicyOutcome;
    for (auto it = t.policies.cbegin(); it != t.policies.cend(); ++it) {
        const QString code = query.policyCode(it.key());
        perPolicy[code] += it.value()[0] + it.value()[1] + it.value()[2];
        Triple &sum = perPolicyOutcome[code];
        for (size_t i = 0; i < 3; ++i)
            sum[i] += it.value()[i];
    }
    s.byPolicy = mostFirst(perPolicy);
    for (const ReportCount &policy : std::as_const(s.byPolicy)) {
        const Triple &n = perPolicyOutcome.value(policy.key);
        s.byPolicyOutcome.append({policy.key, n[0], n[1], n[2]});
    }
    s.byReviewer = mostFirst(t.reviewers);
    for (qint64 week = t.firstWeek; week <= t.lastWeek; ++week) {
        const Triple n = t.weeks.value(week, Triple{});
        s.perWeek.append({mondayOf(week), n[0], n[1], n[2]});
    }
    if (!t.durations.empty()) {
        s.medianMs = percentile(t.durations, 0.5);
        s.p90Ms = percentile(t.durations, 0.9);
    }
    s.slaBreaches = t.breaches;
    s.bans = t.outcomes[0];
    s.reinstatements = t.outcomes[2];
    s.reinstatementRate = s.bans > 0 ? double(s.reinstatements) / double(s.bans) : -1.0;
}

// Undecided cases now, under the policy and country filters only.
Status readBacklog(const ReportQuery &query, const QDateTime &clockNow, ReportSummary &s)
{
    const qint64 now = clockNow.toMSecsSinceEpoch();
    const ReportQuery::Clause where = query.cases();
    // Each sum counts the cases flagged after a threshold: younger than 1, 7, 30 and 90 days.
    auto q =
        query.run(u"SELECT c.state, count(*), sum(c.opened_at > ?), sum(c.opened_at > ?), "
                  "sum(c.opened_at > ?), sum(c.opened_at > ?) FROM cases c "
                  "WHERE c.state IN ('open', 'in-review', 'escalated', 'conflict')%1 GROUP BY c.state"_s.arg(where.sql),
                  QVariantList{now - dayMs, now - 7 * dayMs, now - 30 * dayMs, now - 90 * dayMs} + where.values,
                  u"counting the open cases"_s);
    if (!q)
        return q.error();
    QHash<QString, qint64> byState;
    std::array<qint64, 5> byAge{};
    while (q->next()) {
        const qint64 total = q->value(1).toLongLong();
        const qint64 under1 = q->value(2).toLongLong();
        const qint64 under7 = q->value(3).toLongLong();
        const qint64 under30 = q->value(4).toLongLong();
        const qint64 under90 = q->value(5).toLongLong();
        byState.insert(q->value(0).toString(), total);
        byAge[0] += under1;
        byAge[1] += under7 - under1;
        byAge[2] += under30 - under7;
        byAge[3] += under90 - under30;
        byAge[4] += total - under90;
        s.backlog += total;
    }
    q->finish();
    for (const QString &state : backlogStates())
        s.backlogByState.append({state, byState.value(state)});
    const QStringList ages{u"under 1 day"_s, u"1\u20137 days"_s, u"7\u201330 days"_s, u"30\u201390 days"_s,
                           u"over 90 days"_s};
    for (int i = 0; i < 5; ++i)
        s.backlogByAge.append({ages.at(i), byAge[size_t(i)]});
    return {};
}

// The latest ban or reinstatement under the filter on each advertiser, as (event id, case id):
// found on a decision index, so only these decisions are read in full.
QString latestPerAdvertiser(const ReportQuery &query)
{
    return u"SELECT id, case_id FROM (SELECT e.id, e.case_id, row_number() OVER (PARTITION BY c.advertiser_id "
           "ORDER BY e.at DESC, e.id DESC) AS n FROM events e INDEXED BY %1 JOIN cases c ON c.id = "
           "e.case_id WHERE %2 AND (%3) IN ('banned', 'reinstated')) WHERE n = 1"_s.arg(
               query.decisionIndex(), query.decisions().sql, ReportQuery::outcomeOfDecision);
}

// The cited evidence of every statement's decision, by event id.
Result<QHash<qint64, QList<CitedEvidence>>> citedEvidence(const ReportQuery &query)
{
    auto q = query.run(u"SELECT ee.event_id, ev.ref, ev.kind, ev.title, ev.source, ev.reference, ev.date, "
                       "ev.content_hash FROM (%1) l JOIN event_evidence ee ON ee.event_id = l.id "
                       "JOIN evidence ev ON ev.id = ee.evidence_id ORDER BY ee.event_id, ee.evidence_id"_s.arg(
                           latestPerAdvertiser(query)),
                       query.decisions().values, u"reading the evidence the decisions cite"_s);
    if (!q)
        return q.error();
    QHash<qint64, QList<CitedEvidence>> cited;
    while (q->next()) {
        cited[q->value(0).toLongLong()].append({q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                                                q->value(4).toString(), q->value(5).toString(), q->value(6).toString(),
                                                q->value(7).toString()});
    }
    if (q->lastError().isValid())
        return query.failed(*q, u"reading the evidence the decisions cite"_s);
    q->finish();
    return cited;
}

// The whole history of every statement's case, by case id, oldest first.
Result<QHash<qint64, QList<StatementOfReasons::Step>>> histories(const ReportQuery &query)
{
    auto q = query.run(
        u"SELECT e.case_id, e.at, e.action, e.reviewer, e.policy_id, e.rationale FROM (%1) l "
        "JOIN events e ON e.case_id = l.case_id ORDER BY e.case_id, e.at, e.id"_s.arg(latestPerAdvertiser(query)),
        query.decisions().values, u"reading the histories of the cases"_s);
    if (!q)
        return q.error();
    QHash<qint64, QList<StatementOfReasons::Step>> steps;
    while (q->next()) {
        steps[q->value(0).toLongLong()].append({sql::toTime(q->value(1)), q->value(2).toString(),
                                                q->value(3).toString(), query.policyCode(q->value(4).toLongLong()),
                                                q->value(5).toString()});
    }
    if (q->lastError().isValid())
        return query.failed(*q, u"reading the histories of the cases"_s);
    q->finish();
    return steps;
}

} // namespace

Status ReportFilter::validate(Database &db) const
{
    if (from.isValid() && to.isValid() && from > to)
        return Error::usage(u"the report period is backwards: it starts on %1, after it ends on %2"_s.arg(
            from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    for (const QString &outcome : outcomes) {
        if (!decisionOutcomes().contains(outcome))
            return Error::usage(u"unknown outcome '%1'; use banned, cleared or reinstated"_s.arg(outcome));
    }
    if (policies.isEmpty())
        return {};
    QSqlQuery &q = db.prepared(u"SELECT code FROM policies ORDER BY code"_s);
    if (!q.exec())
        return db.errorFrom(q, u"reading the policies"_s);
    QStringList known;
    while (q.next())
        known << q.value(0).toString();
    q.finish();
    for (const QString &code : policies) {
        if (!known.contains(code))
            return Error::usage(u"unknown policy code '%1' (known: %2)"_s.arg(code, known.join(u", "_s)));
    }
    return {};
}

QString ReportFilter::describe() const
{
    const auto same = [](const QString &s) { return s; };
    return describe(same, same);
}

QString ReportFilter::describe(const std::function<QString(const QString &)> &own,
                               const std::function<QString(const QString &)> &given) const
{
    const auto names = [&](const QStringList &items) {
        QStringList out;
        for (const QString &item : items)
            out << given(item);
        return out.join(own(u", "_s));
    };
    const auto list = [&](const QStringList &items, const QString &one, const QString &many, const QString &all) {
        if (items.isEmpty())
            return own(all);
        return own((items.size() == 1 ? one : many) + u' ') + names(items);
    };
    QStringList parts;
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    if (from.isValid() && to.isValid())
        parts << own(u"%1 to %2"_s.arg(first, last));
    else if (from.isValid())
        parts << own(u"from %1"_s.arg(first));
    else if (to.isValid())
        parts << own(u"up to %1"_s.arg(last));
    else
        parts << own(u"all dates"_s);
    parts << list(policies, u"policy"_s, u"policies"_s, u"all policies"_s);
    parts << (reviewers.isEmpty() ? own(u"all reviewers"_s) : own(u"decided by "_s) + names(reviewers));
    parts << list(outcomes, u"outcome"_s, u"outcomes"_s, u"all outcomes"_s);
    parts << list(countries, u"country"_s, u"countries"_s, u"all countries"_s);
    return parts.join(own(u" \u00b7 "_s));
}

ReportEngine::ReportEngine(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<ReportSummary> ReportEngine::summary(const ReportFilter &filter)
{
    auto query = ReportQuery::prepare(m_db, filter);
    if (!query)
        return query.error();
    ReportSummary s;
    s.generatedAt = m_clock.now().toUTC();
    s.database = m_db.path();
    s.filter = filter;

    // One pass: over every decision, in case order from one covering index, so the cases are
    // visited in the order they are stored; over a period, that period of the time index.
    const ReportQuery::Clause &where = query->decisions();
    auto q = query->run(u"SELECT e.at, CASE e.action WHEN 'ban' THEN 0 WHEN 'clear' THEN 1 WHEN 'reinstate' THEN 2 "
                        "ELSE CASE e.outcome WHEN 'banned' THEN 0 WHEN 'cleared' THEN 1 ELSE 2 END END, "
                        "e.policy_id, e.reviewer, e.at - c.opened_at, e.at > c.due_at "
                        "FROM events e INDEXED BY %1 JOIN cases c ON c.id = e.case_id WHERE %2"_s.arg(
                            query->decisionIndex(), where.sql),
                        where.values, u"summing up the decisions"_s);
    if (!q)
        return q.error();
    Tally t;
    while (q->next()) {
        const qint64 at = q->value(0).toLongLong();
        const auto outcome = size_t(std::clamp(q->value(1).toInt(), 0, 2));
        ++t.outcomes[outcome];
        ++t.policies[q->value(2).toLongLong()][outcome];
        ++t.reviewers[q->value(3).toString()];
        const qint64 week = weekOf(at);
        ++t.weeks[week][outcome];
        if (t.lastWeek < t.firstWeek) {
            t.firstWeek = t.lastWeek = week;
        } else {
            t.firstWeek = std::min(t.firstWeek, week);
            t.lastWeek = std::max(t.lastWeek, week);
        }
        t.durations.push_back(q->value(4).toLongLong());
        t.breaches += q->value(5).toLongLong();
    }
    if (q->lastError().isValid())
        return m_db.errorFrom(*q, u"summing up the decisions"_s);
    q->finish();
    fillSummary(t, *query, s);

    if (auto backlog = readBacklog(*query, m_clock.now(), s); !backlog)
        return backlog.error();
    return s;
}

Result<qint64> ReportEngine::countDecisions(const ReportFilter &filter)
{
    auto query = ReportQuery::prepare(m_db, filter);
    if (!query)
        return query.error();
    const ReportQuery::Clause &where = query->decisions();
    const QString from = where.needsCase ? u"events e JOIN cases c ON c.id = e.case_id"_s : u"events e"_s;
    auto q = query->run(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(from, where.sql), where.values,
                        u"counting the decisions"_s);
    if (!q)
        return q.error();
    const qint64 n = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return n;
}

Result<QList<DecisionRange>> ReportEngine::decisionSlices(const ReportFilter &filter, qint64 rowsPerSlice)
{
    auto query = ReportQuery::prepare(m_db, filter);
    if (!query)
        return query.error();
    const ReportQuery::Clause &where = query->decisions();
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

Status ReportEngine::forEachDecision(const ReportFilter &filter, const std::function<bool(const DecisionRow &)> &row,
                                     const DecisionRange *range)
{
    auto query = ReportQuery::prepare(m_db, filter);
    if (!query)
        return query.error();
    ReportQuery::Clause where = query->decisions();
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
                   "ev.reference, ev.date, ev.content_hash FROM events e INDEXED BY events_decided_at "
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
            r.policy = query->policyCode(q.integer(9));
            r.reviewer = q.text(10);
            r.device = q.text(11);
            r.rationale = q.text(12);
            r.opened = time(13);
            r.due = time(14);
            r.evidence.clear();
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

Result<QList<StatementOfReasons>> ReportEngine::statements(const ReportFilter &filter)
{
    auto query = ReportQuery::prepare(m_db, filter);
    if (!query)
        return query.error();
    // Three passes over the same statements, each one query: no query per advertiser.
    auto cited = citedEvidence(*query);
    if (!cited)
        return cited.error();
    auto steps = histories(*query);
    if (!steps)
        return steps.error();
    auto q = query->run(u"SELECT e.id, e.at, e.case_id, c.ref, a.name, a.ref, a.country, %1, e.policy_id, "
                        "e.reviewer, e.rationale FROM (%2) l JOIN events e ON e.id = l.id JOIN cases c ON c.id = "
                        "e.case_id JOIN advertisers a ON a.id = c.advertiser_id ORDER BY a.name, a.ref"_s.arg(
                            ReportQuery::outcomeOfDecision, latestPerAdvertiser(*query)),
                        query->decisions().values, u"reading the banned and reinstated advertisers"_s);
    if (!q)
        return q.error();
    QList<StatementOfReasons> list;
    while (q->next()) {
        StatementOfReasons s;
        s.at = sql::toTime(q->value(1));
        s.caseRef = q->value(3).toString();
        s.advertiser = q->value(4).toString();
        s.advertiserRef = q->value(5).toString();
        s.country = q->value(6).toString();
        s.outcome = q->value(7).toString();
        s.policy = query->policyCode(q->value(8).toLongLong());
        s.policyTitle = query->policyTitle(s.policy);
        s.reviewer = q->value(9).toString();
        s.rationale = q->value(10).toString();
        s.evidence = cited->value(q->value(0).toLongLong());
        s.history = steps->value(q->value(2).toLongLong());
        list.append(s);
    }
    if (q->lastError().isValid())
        return m_db.errorFrom(*q, u"reading the banned and reinstated advertisers"_s);
    q->finish();
    return list;
}

} // namespace adreview
