#include "reports/Report.h"

#include "domain/EventRules.h"
#include "domain/Vocabulary.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

// The states of a case still waiting for a decision, in the order the backlog lists them: the
// undecided ones and a conflict, which waits for a lead.
const QStringList &backlogStates()
{
    static const QStringList list{u"open"_s, u"in-review"_s, u"escalated"_s, u"conflict"_s, u"awaiting-approval"_s};
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
    std::vector<qint64> appealDurations;
    qint64 appealsReversed = 0;
};

void fillSummary(Tally &t, const ReportRepository &query, ReportSummary &s)
{
    s.decisions = qint64(t.durations.size());
    for (int i = 0; i < 3; ++i)
        s.byOutcome.append({vocab::decisionOutcomes().at(i), t.outcomes[size_t(i)]});
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
    s.appealsDecided = qint64(t.appealDurations.size());
    s.appealsReversed = t.appealsReversed;
    if (s.appealsDecided > 0) {
        s.appealReversalRate = double(s.appealsReversed) / double(s.appealsDecided);
        s.appealMedianMs = percentile(t.appealDurations, 0.5);
    }
}

Status readAppeals(ReportRepository &repository, const ReportFilter &filter, ReportSummary &s)
{
    auto appeals = repository.appealsFiled(filter);
    if (!appeals)
        return appeals.error();
    s.appealsFiled = appeals->size();
    for (const ReportRepository::Appeal &a : std::as_const(*appeals)) {
        const ContestedDecision contested{{}, {}, {}, a.contested};
        if (a.contested.isValid() && contested.filedLate(a.filed))
            ++s.appealsFiledLate;
    }
    return {};
}

// Undecided cases now, under the policy and country filters only.
Status readBacklog(ReportRepository &repository, const ReportFilter &filter, const QDateTime &now, ReportSummary &s)
{
    auto rows = repository.backlog(filter, backlogStates(), now);
    if (!rows)
        return rows.error();
    QHash<QString, qint64> byState;
    std::array<qint64, 5> byAge{};
    for (const ReportRepository::Backlog &b : std::as_const(*rows)) {
        byState.insert(b.state, b.total);
        byAge[0] += b.under[0];
        byAge[1] += b.under[1] - b.under[0];
        byAge[2] += b.under[2] - b.under[1];
        byAge[3] += b.under[3] - b.under[2];
        byAge[4] += b.total - b.under[3];
        s.backlog += b.total;
    }
    for (const QString &state : backlogStates())
        s.backlogByState.append({state, byState.value(state)});
    const QStringList ages{u"under 1 day"_s, u"1\u20137 days"_s, u"7\u201330 days"_s, u"30\u201390 days"_s,
                           u"over 90 days"_s};
    for (int i = 0; i < 5; ++i)
        s.backlogByAge.append({ages.at(i), byAge[size_t(i)]});
    return {};
}

} // namespace

ReportEngine::ReportEngine(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Status ReportEngine::validate(const ReportFilter &filter)
{
    return ReportRepository(m_db).validate(filter);
}

Result<ReportSummary> ReportEngine::summary(const ReportFilter &filter)
{
    ReportRepository repository(m_db);
    ReportSummary s;
    s.generatedAt = m_clock.now().toUTC();
    s.database = m_db.path();
    s.filter = filter;

    Tally t;
    auto read = repository.forEachFact(filter, [&t](const ReportRepository::DecisionFact &f) {
        const auto outcome = size_t(f.outcome);
        ++t.outcomes[outcome];
        ++t.policies[f.policyId][outcome];
        ++t.reviewers[f.reviewer];
        const qint64 week = weekOf(f.at);
        ++t.weeks[week][outcome];
        if (t.lastWeek < t.firstWeek) {
            t.firstWeek = t.lastWeek = week;
        } else {
            t.firstWeek = std::min(t.firstWeek, week);
            t.lastWeek = std::max(t.lastWeek, week);
        }
        t.durations.push_back(f.sinceFlag);
        t.breaches += f.breached ? 1 : 0;
        if (f.appeal) {
            t.appealDurations.push_back(f.sinceFlag);
            t.appealsReversed += f.outcome == 2 ? 1 : 0;
        }
    });
    if (!read)
        return read.error();
    fillSummary(t, repository, s);

    if (auto backlog = readBacklog(repository, filter, m_clock.now(), s); !backlog)
        return backlog.error();
    if (auto appeals = readAppeals(repository, filter, s); !appeals)
        return appeals.error();
    return s;
}

Result<qint64> ReportEngine::countDecisions(const ReportFilter &filter)
{
    return ReportRepository(m_db).countDecisions(filter);
}

Result<QList<DecisionRange>> ReportEngine::decisionSlices(const ReportFilter &filter, qint64 rowsPerSlice)
{
    return ReportRepository(m_db).decisionSlices(filter, rowsPerSlice);
}

Status ReportEngine::forEachDecision(const ReportFilter &filter, const std::function<bool(const DecisionRow &)> &row,
                                     const DecisionRange *range)
{
    return ReportRepository(m_db).forEachDecision(filter, row, range);
}

Result<QList<StatementOfReasons>> ReportEngine::statements(const ReportFilter &filter)
{
    return ReportRepository(m_db).statements(filter);
}

} // namespace adreview
