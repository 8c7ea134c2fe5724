#include "TestDatabase.h"
#include "demo/Generator.h"
#include "import/CaseImporter.h"
#include "reports/Report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString decision = u"e.action IN ('ban', 'clear', 'reinstate', 'resolve-conflict', 'approve', 'reverse')"_s;
const QString outcomeSql = u"CASE e.action WHEN 'ban' THEN 'banned' WHEN 'clear' THEN 'cleared' WHEN 'reinstate' "
                           "THEN 'reinstated' ELSE e.outcome END"_s;
constexpr qint64 hourMs = 3600 * 1000;

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// key -> count from a two-column query
QHash<QString, qint64> countsFrom(test::TestDatabase &t, const QString &sql)
{
    QHash<QString, qint64> out;
    QSqlQuery q(t.db().connection());
    if (!q.exec(sql))
        qFatal("query failed: %s", qPrintable(sql));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QHash<QString, qint64> toHash(const QList<ReportCount> &counts)
{
    QHash<QString, qint64> out;
    for (const ReportCount &c : counts) {
        if (c.count > 0)
            out.insert(c.key, c.count);
    }
    return out;
}

bool mostFirst(const QList<ReportCount> &counts)
{
    return std::is_sorted(counts.cbegin(), counts.cend(),
                          [](const ReportCount &a, const ReportCount &b) { return a.count > b.count; });
}

qint64 interpolated(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const double pos = p * double(values.size() - 1);
    const auto lo = qsizetype(pos);
    const qsizetype hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + qint64(std::llround((pos - double(lo)) * double(values[hi] - values[lo])));
}

QJsonObject caseJson(const QString &ref, const QString &advertiser, const QString &policy, const QString &opened,
                     const QString &due, const QJsonArray &history)
{
    const QJsonObject evidence{{u"ref"_s, u"EV-1"_s},
                               {u"kind"_s, u"news-citation"_s},
                               {u"title"_s, u"Report on "_s + ref},
                               {u"publisher"_s, u"Daily Wire"_s},
                               {u"published"_s, u"2017-12-01"_s},
                               {u"reliability"_s, u"confirmed"_s}};
    return {{u"ref"_s, ref},
            {u"advertiser"_s, advertiser},
            {u"policy"_s, policy},
            {u"summary"_s, u"Test case"_s},
            {u"priority"_s, u"normal"_s},
            {u"source"_s, u"press"_s},
            {u"opened"_s, opened},
            {u"due"_s, due},
            {u"evidence"_s, QJsonArray{evidence}},
            {u"history"_s, history}};
}

QJsonObject step(const QString &action, const QString &reviewer, const QString &at, const QString &policy = {})
{
    QJsonObject o{{u"action"_s, action},
                  {u"reviewer"_s, reviewer},
                  {u"device"_s, u"dev-"_s + reviewer},
                  {u"at"_s, at},
                  {u"rationale"_s, u"because"_s}};
    if (!policy.isEmpty())
        o.insert(u"policy"_s, policy);
    if (action == u"ban")
        o.insert(u"evidence"_s, QJsonArray{u"EV-1"_s});
    return o;
}

void importCases(test::TestDatabase &t, const QJsonArray &cases)
{
    const QJsonArray advertisers{QJsonObject{{u"ref"_s, u"alpha"_s}, {u"name"_s, u"Alpha"_s}, {u"country"_s, u"RU"_s}},
                                 QJsonObject{{u"ref"_s, u"beta"_s}, {u"name"_s, u"Beta"_s}, {u"country"_s, u"US"_s}}};
    const QJsonObject doc{
        {u"format"_s, u"adreview-cases"_s}, {u"version"_s, 1}, {u"advertisers"_s, advertisers}, {u"cases"_s, cases}};
    CaseImporter importer(t.db(), t.review());
    auto r = importer.importJson(QJsonDocument(doc).toJson(), u"cases.json"_s);
    if (!r)
        qFatal("import failed: %s %s", qPrintable(r.error().message), qPrintable(r.error().details.join(u'\n')));
}

} // namespace

class TestReportEngine : public QObject {
    Q_OBJECT

private:
    // Compares every figure of the summary with SQL written independently of the engine.
    static void checkAgainstSql(test::TestDatabase &t, const ReportSummary &s)
    {
        const QString from = u" FROM events e JOIN cases c ON c.id = e.case_id JOIN policies p ON p.id = e.policy_id "
                             "WHERE "_s +
                             decision;
        QCOMPARE(s.decisions, t.count(u"SELECT count(*)"_s + from));
        QCOMPARE(s.byOutcome.size(), 3);
        QCOMPARE(toHash(s.byOutcome), countsFrom(t, u"SELECT %1, count(*)%2 GROUP BY 1"_s.arg(outcomeSql, from)));
        QCOMPARE(toHash(s.byPolicy), countsFrom(t, u"SELECT p.code, count(*)%1 GROUP BY 1"_s.arg(from)));
        QCOMPARE(toHash(s.byReviewer), countsFrom(t, u"SELECT e.reviewer, count(*)%1 GROUP BY 1"_s.arg(from)));
        QVERIFY(mostFirst(s.byPolicy));
        QVERIFY(mostFirst(s.byReviewer));
        for (const PolicyOutcomeCount &p : s.byPolicyOutcome) {
            const auto n =
                countsFrom(t, u"SELECT %1, count(*)%2 AND p.code = '%3' GROUP BY 1"_s.arg(outcomeSql, from, p.policy));
            QCOMPARE(p.banned, n.value(u"banned"_s));
            QCOMPARE(p.cleared, n.value(u"cleared"_s));
            QCOMPARE(p.reinstated, n.value(u"reinstated"_s));
        }
        QCOMPARE(s.slaBreaches, t.count(u"SELECT count(*)"_s + from + u" AND e.at > c.due_at"_s));
        QCOMPARE(s.bans, toHash(s.byOutcome).value(u"banned"_s));
        QCOMPARE(s.reinstatements, toHash(s.byOutcome).value(u"reinstated"_s));
        if (s.bans > 0)
            QCOMPARE(s.reinstatementRate, double(s.reinstatements) / double(s.bans));

        // Weeks: Monday-start, contiguous, each as SQLite's own date arithmetic counts it.
        const auto perWeek = countsFrom(t, u"SELECT date(e.at / 1000, 'unixepoch', '-6 days', 'weekday 1'), "
                                           "count(*)%1 GROUP BY 1"_s.arg(from));
        qint64 sum = 0;
        for (qsizetype i = 0; i < s.perWeek.size(); ++i) {
            const WeekCount &w = s.perWeek[i];
            QCOMPARE(w.week.dayOfWeek(), 1);
            if (i > 0)
                QCOMPARE(s.perWeek[i - 1].week.daysTo(w.week), 7);
            QCOMPARE(w.banned + w.cleared + w.reinstated, perWeek.value(w.week.toString(Qt::ISODate)));
            sum += w.banned + w.cleared + w.reinstated;
        }
        QCOMPARE(sum, s.decisions);

        QList<qint64> durations;
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(u"SELECT e.at - c.opened_at"_s + from));
        while (q.next())
            durations << q.value(0).toLongLong();
        QCOMPARE(s.medianMs, durations.isEmpty() ? -1 : interpolated(durations, 0.5));
        QCOMPARE(s.p90Ms, durations.isEmpty() ? -1 : interpolated(durations, 0.9));

        const QString undecided = u" FROM cases WHERE state IN ('open', 'in-review', 'escalated', 'conflict', "
                                  "'awaiting-approval')"_s;
        QCOMPARE(s.backlog, t.count(u"SELECT count(*)"_s + undecided));
        QCOMPARE(toHash(s.backlogByState), countsFrom(t, u"SELECT state, count(*)%1 GROUP BY 1"_s.arg(undecided)));
        const qint64 now = t.clock().now().toMSecsSinceEpoch();
        const qint64 day = 24 * hourMs;
        const auto ages = countsFrom(
            t, u"SELECT CASE WHEN %1 - opened_at < %2 THEN 'under 1 day' WHEN %1 - opened_at < 7 * %2 THEN "
               "'1\u20137 days' WHEN %1 - opened_at < 30 * %2 THEN '7\u201330 days' WHEN %1 - opened_at < 90 * %2 "
               "THEN '30\u201390 days' ELSE 'over 90 days' END, count(*)%3 GROUP BY 1"_s.arg(now)
                   .arg(day)
                   .arg(undecided));
        QCOMPARE(toHash(s.backlogByAge), ages);
        QCOMPARE(s.backlogByState.size(), 5); // open, in review, escalated, in conflict, awaiting approval
        QCOMPARE(s.backlogByAge.size(), 5);
    }

    static qint64 rowsFor(ReportEngine &engine, const ReportFilter &f,
                          const std::function<bool(const DecisionRow &)> &ok)
    {
        qint64 n = 0;
        QDateTime last;
        auto status = engine.forEachDecision(f, [&](const DecisionRow &r) {
            if (!ok(r) || (last.isValid() && r.at < last))
                n = -1'000'000'000;
            last = r.at;
            ++n;
            return true;
        });
        return status ? n : -1;
    }

private slots:
    void demoSummaryMatchesTheDatabase()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        auto s = engine.summary({});
        QVERIFY(s.ok());
        QCOMPARE(s->decisions, 11);
        QCOMPARE(s->generatedAt, t.clock().now());
        QCOMPARE(s->database, t.db().path());
        checkAgainstSql(t, *s);
        // The demo's decisions run from October 2017 to May 2018 with quiet weeks in between.
        QCOMPARE(s->perWeek.first().week, QDate(2017, 10, 23));
        QCOMPARE(s->perWeek.last().week, QDate(2018, 4, 30));
        QCOMPARE(s->perWeek.size(), 28);
        const WeekCount november = s->perWeek.at(3);
        QCOMPARE(november.week, QDate(2017, 11, 13));
        QCOMPARE(november.banned + november.cleared + november.reinstated, 0);
        auto counted = engine.countDecisions({});
        QVERIFY(counted.ok());
        QCOMPARE(*counted, 11);
    }

    void generatedSummaryMatchesTheDatabase()
    {
        test::TestDatabase t;
        QVERIFY(Generator(t.db(), t.review(), 11).run(1500).ok());
        t.clock().set(utc(u"2025-12-20T00:00:00Z"_s)); // within the generated period: every age bucket is used
        ReportEngine engine(t.db(), t.clock());
        auto s = engine.summary({});
        QVERIFY(s.ok());
        QVERIFY(s->decisions > 500);
        QVERIFY(s->byReviewer.size() > 3);
        checkAgainstSql(t, *s);
        for (const ReportCount &age : s->backlogByAge)
            QVERIFY2(age.count > 0, qPrintable(age.key));
    }

    void eachFilterNarrowsTheDecisions()
    {
        test::TestDatabase t;
        QVERIFY(Generator(t.db(), t.review(), 12).run(1200).ok());
        ReportEngine engine(t.db(), t.clock());
        const qint64 all = t.count(u"SELECT count(*) FROM events e WHERE "_s + decision);
        const QString from = u" FROM events e JOIN cases c ON c.id = e.case_id JOIN advertisers a ON "
                             "a.id = c.advertiser_id JOIN policies p ON p.id = e.policy_id WHERE "_s +
                             decision;
        const QString someReviewer = t.text(u"SELECT reviewer FROM events e WHERE %1 LIMIT 1"_s.arg(decision));
        const QString someCountry = t.text(u"SELECT a.country%1 LIMIT 1"_s.arg(from));

        struct Case {
            const char *name;
            ReportFilter filter;
            QString sql;
            std::function<bool(const DecisionRow &)> holds;
        };
        const QDate first(2024, 6, 1);
        const QDate last(2024, 9, 30);
        const qint64 start = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QList<Case> cases;
        cases.append({"period",
                      {first, last, {}, {}, {}, {}},
                      u" AND e.at >= %1 AND e.at < %2"_s.arg(start).arg(end),
                      [&](const DecisionRow &r) { return r.at.date() >= first && r.at.date() <= last; }});
        cases.append(
            {"from only", {first, {}, {}, {}, {}, {}}, u" AND e.at >= %1"_s.arg(start), [&](const DecisionRow &r) {
                 return r.at.date() >= first;
             }});
        cases.append({"to only", {{}, last, {}, {}, {}, {}}, u" AND e.at < %1"_s.arg(end), [&](const DecisionRow &r) {
                          return r.at.date() <= last;
                      }});
        cases.append({"policies",
                      {{}, {}, {u"ADS-CRYPTO"_s, u"ADS-NATSEC"_s}, {}, {}, {}},
                      u" AND p.code IN ('ADS-CRYPTO', 'ADS-NATSEC')"_s,
                      [](const DecisionRow &r) { return r.policy == u"ADS-CRYPTO" || r.policy == u"ADS-NATSEC"; }});
        cases.append({"reviewers",
                      {{}, {}, {}, {someReviewer}, {}, {}},
                      u" AND e.reviewer = '%1'"_s.arg(someReviewer),
                      [&](const DecisionRow &r) { return r.reviewer == someReviewer; }});
        cases.append({"outcomes",
                      {{}, {}, {}, {}, {u"cleared"_s, u"reinstated"_s}, {}},
                      u" AND %1 IN ('cleared', 'reinstated')"_s.arg(outcomeSql),
                      [](const DecisionRow &r) { return r.outcome == u"cleared" || r.outcome == u"reinstated"; }});
        cases.append({"countries",
                      {{}, {}, {}, {}, {}, {someCountry.toLower()}},
                      u" AND a.country = '%1'"_s.arg(someCountry),
                      [&](const DecisionRow &r) { return r.country == someCountry; }});
        cases.append(
            {"all at once",
             {first, last, {u"ADS-CRYPTO"_s}, {}, {u"banned"_s}, {}},
             u" AND e.at >= %1 AND e.at < %2 AND p.code = 'ADS-CRYPTO' AND %3 = 'banned'"_s.arg(start).arg(end).arg(
                 outcomeSql),
             [](const DecisionRow &r) { return r.outcome == u"banned" && r.policy == u"ADS-CRYPTO"; }});
        for (const Case &c : cases) {
            const qint64 expected = t.count(u"SELECT count(*)"_s + from + c.sql);
            QVERIFY2(expected > 0 && expected < all, c.name);
            auto counted = engine.countDecisions(c.filter);
            QVERIFY2(counted.ok(), c.name);
            QCOMPARE(*counted, expected);
            auto s = engine.summary(c.filter);
            QVERIFY2(s.ok(), c.name);
            QCOMPARE(s->decisions, expected);
            QCOMPARE(rowsFor(engine, c.filter, c.holds), expected);
        }
    }

    void periodDaysAreInclusiveAndWeeksStartOnMonday()
    {
        test::TestDatabase t;
        importCases(
            t, {caseJson(u"K-1"_s, u"alpha"_s, u"ADS-CRYPTO"_s, u"2018-01-01T00:00:00Z"_s, u"2018-02-01T00:00:00Z"_s,
                         {step(u"clear"_s, u"r1"_s, u"2018-01-07T00:00:00Z"_s)}),
                caseJson(u"K-2"_s, u"alpha"_s, u"ADS-CRYPTO"_s, u"2018-01-01T00:00:00Z"_s, u"2018-02-01T00:00:00Z"_s,
                         {step(u"clear"_s, u"r1"_s, u"2018-01-07T23:59:59Z"_s)}),
                caseJson(u"K-3"_s, u"beta"_s, u"ADS-CRYPTO"_s, u"2018-01-01T00:00:00Z"_s, u"2018-02-01T00:00:00Z"_s,
                         {step(u"ban"_s, u"r2"_s, u"2018-01-08T00:00:00Z"_s, u"ADS-CRYPTO"_s)}),
                caseJson(u"K-4"_s, u"beta"_s, u"ADS-NATSEC"_s, u"2018-01-01T00:00:00Z"_s, u"2018-02-01T00:00:00Z"_s,
                         {step(u"ban"_s, u"r2"_s, u"2018-01-31T10:00:00Z"_s, u"ADS-NATSEC"_s)})});
        ReportEngine engine(t.db(), t.clock());
        ReportFilter sunday{QDate(2018, 1, 7), QDate(2018, 1, 7), {}, {}, {}, {}};
        QCOMPARE(*engine.countDecisions(sunday), 2);
        auto all = engine.summary({});
        QVERIFY(all.ok());
        // Sunday 7 January closes the week of Monday 1 January; the 8th opens the next. The two
        // weeks without decisions between the 8th and the 31st are there, empty.
        QList<QDate> weeks;
        for (const WeekCount &w : all->perWeek)
            weeks << w.week;
        QCOMPARE(weeks, (QList<QDate>{QDate(2018, 1, 1), QDate(2018, 1, 8), QDate(2018, 1, 15), QDate(2018, 1, 22),
                                      QDate(2018, 1, 29)}));
        QCOMPARE(all->perWeek[0].cleared, 2);
        QCOMPARE(all->perWeek[1].banned, 1);
        QCOMPARE(all->perWeek[2].banned + all->perWeek[2].cleared + all->perWeek[2].reinstated, 0);
        QCOMPARE(all->perWeek[3].banned + all->perWeek[3].cleared + all->perWeek[3].reinstated, 0);
        QCOMPARE(all->perWeek[4].banned, 1);
    }

    void percentilesAndSlaOnKnownData()
    {
        test::TestDatabase t;
        QJsonArray cases;
        // Decided 1, 2, ... 10 hours after the flag, due after 5 hours.
        for (int k = 1; k <= 10; ++k) {
            const QString at = u"2018-01-01T%1:00:00Z"_s.arg(k, 2, 10, QChar(u'0'));
            cases.append(caseJson(u"P-%1"_s.arg(k), k % 2 ? u"alpha"_s : u"beta"_s, u"ADS-CRYPTO"_s,
                                  u"2018-01-01T00:00:00Z"_s, u"2018-01-01T05:00:00Z"_s,
                                  {step(u"clear"_s, u"r1"_s, at)}));
        }
        importCases(t, cases);
        ReportEngine engine(t.db(), t.clock());
        auto s = engine.summary({});
        QVERIFY(s.ok());
        QCOMPARE(s->decisions, 10);
        QCOMPARE(s->medianMs, 5 * hourMs + hourMs / 2); // between the 5th and 6th: 5.5 h
        QCOMPARE(s->p90Ms, 9 * hourMs + hourMs / 10);   // 9 h + 0.1 of the way to 10 h
        QCOMPARE(s->slaBreaches, 5);                    // 6..10 h; exactly on time is not late
        QCOMPARE(s->reinstatementRate, -1.0);           // no bans

        ReportFilter one;
        one.to = QDate(2018, 1, 1);
        one.reviewers = {u"nobody"_s};
        auto none = engine.summary(one);
        QVERIFY(none.ok());
        QCOMPARE(none->decisions, 0);
        QCOMPARE(none->medianMs, -1);
        QCOMPARE(none->p90Ms, -1);
        QVERIFY(none->perWeek.isEmpty());
        QCOMPARE(none->byOutcome.size(), 3);
    }

    // Appeals (DSA Art. 20): how many were filed, how many more than six months after the ban
    // they contest, and how the decided ones went.
    void appealsAreCountedWithTheirReversalRateAndMedian()
    {
        test::TestDatabase t;
        const auto appeal = [](const QString &ref, const QString &advertiser, const QString &opened,
                               const QJsonArray &history) {
            QJsonObject c = caseJson(ref, advertiser, u"ADS-CRYPTO"_s, opened, opened, history);
            c.insert(u"source"_s, u"appeal"_s);
            return c;
        };
        importCases(
            t, {caseJson(u"B-1"_s, u"alpha"_s, u"ADS-CRYPTO"_s, u"2018-01-01T08:00:00Z"_s, u"2018-01-02T08:00:00Z"_s,
                         {step(u"ban"_s, u"r1"_s, u"2018-01-01T10:00:00Z"_s, u"ADS-CRYPTO"_s)}),
                appeal(u"A-1"_s, u"alpha"_s, u"2018-03-01T00:00:00Z"_s,
                       {step(u"reinstate"_s, u"r2"_s, u"2018-03-03T00:00:00Z"_s, u"ADS-CRYPTO"_s)}),
                appeal(u"A-2"_s, u"alpha"_s, u"2018-08-01T00:00:00Z"_s,
                       {step(u"clear"_s, u"r2"_s, u"2018-08-05T00:00:00Z"_s, u"ADS-CRYPTO"_s)}),
                appeal(u"A-3"_s, u"beta"_s, u"2018-02-01T00:00:00Z"_s, {})});
        ReportEngine engine(t.db(), t.clock());
        auto s = engine.summary({});
        QVERIFY(s.ok());
        QCOMPARE(s->appealsFiled, 3);
        QCOMPARE(s->appealsFiledLate, 1); // seven months after B-1's ban
        QCOMPARE(s->appealsDecided, 2);
        QCOMPARE(s->appealsReversed, 1);
        QCOMPARE(s->appealReversalRate, 0.5);
        QCOMPARE(s->appealMedianMs, 3 * 24 * hourMs); // 2 and 4 days
        ReportFilter spring;
        spring.from = QDate(2018, 2, 1);
        spring.to = QDate(2018, 3, 31);
        s = engine.summary(spring);
        QVERIFY(s.ok());
        QCOMPARE(s->appealsFiled, 2);
        QCOMPARE(s->appealsFiledLate, 0);
        QCOMPARE(s->appealsDecided, 1);
        QCOMPARE(s->appealReversalRate, 1.0);
        spring.from = QDate(2018, 4, 1);
        spring.to = QDate(2018, 4, 30);
        s = engine.summary(spring);
        QVERIFY(s.ok());
        QCOMPARE(s->appealsFiled, 0);
        QCOMPARE(s->appealReversalRate, -1.0);
        QCOMPARE(s->appealMedianMs, -1);
    }

    void conflictsResolvedAndReinstatementsCount()
    {
        test::TestDatabase t;
        // A ban and a clear from the same history (two laptops), resolved by a lead as a ban;
        // another case banned and then reinstated.
        QJsonObject conflictBan = step(u"ban"_s, u"r1"_s, u"2018-02-01T10:00:00Z"_s, u"ADS-CRYPTO"_s);
        conflictBan.insert(u"saw"_s, -1);
        QJsonObject conflictClear = step(u"clear"_s, u"r2"_s, u"2018-02-01T11:00:00Z"_s);
        conflictClear.insert(u"saw"_s, -1);
        QJsonObject resolve = step(u"resolve-conflict"_s, u"lead"_s, u"2018-02-02T09:00:00Z"_s, u"ADS-CRYPTO"_s);
        resolve.insert(u"outcome"_s, u"banned"_s);
        resolve.insert(u"evidence"_s, QJsonArray{u"EV-1"_s});
        importCases(
            t, {caseJson(u"C-1"_s, u"alpha"_s, u"ADS-CRYPTO"_s, u"2018-02-01T00:00:00Z"_s, u"2018-02-08T00:00:00Z"_s,
                         {conflictBan, conflictClear, resolve}),
                caseJson(u"C-2"_s, u"beta"_s, u"ADS-CRYPTO"_s, u"2018-02-01T00:00:00Z"_s, u"2018-02-08T00:00:00Z"_s,
                         {step(u"ban"_s, u"r1"_s, u"2018-02-03T00:00:00Z"_s, u"ADS-CRYPTO"_s),
                          step(u"reinstate"_s, u"lead"_s, u"2018-02-05T00:00:00Z"_s)})});
        QCOMPARE(t.text(u"SELECT state FROM cases WHERE ref = 'C-1'"_s), u"decided"_s);
        ReportEngine engine(t.db(), t.clock());
        auto s = engine.summary({});
        QVERIFY(s.ok());
        QCOMPARE(s->decisions, 5);
        QCOMPARE(s->bans, 3); // two bans and the resolution
        QCOMPARE(s->reinstatements, 1);
        QCOMPARE(s->reinstatementRate, 1.0 / 3.0);
        checkAgainstSql(t, *s);

        QStringList seen;
        QVERIFY(engine.forEachDecision({}, [&](const DecisionRow &r) {
            seen << r.action + u':' + r.outcome;
            if (r.action == u"resolve-conflict") {
                if (r.evidence.size() != 1 || r.evidence[0].ref != u"EV-1" || r.evidence[0].hash.size() != 64)
                    return false;
            }
            return true;
        }));
        QCOMPARE(seen, (QStringList{u"ban:banned"_s, u"clear:cleared"_s, u"resolve-conflict:banned"_s, u"ban:banned"_s,
                                    u"reinstate:reinstated"_s}));

        auto statements = engine.statements({});
        QVERIFY(statements.ok());
        QCOMPARE(statements->size(), 2);
        const StatementOfReasons &alpha = statements->at(0);
        QCOMPARE(alpha.advertiser, u"Alpha"_s);
        QCOMPARE(alpha.outcome, u"banned"_s);
        QCOMPARE(alpha.policyTitle, u"Cryptocurrency products"_s);
        QCOMPARE(alpha.at, utc(u"2018-02-02T09:00:00Z"_s));
        QCOMPARE(alpha.history.size(), 4); // flag, ban, clear, resolution
        QCOMPARE(alpha.history.first().action, u"flag"_s);
        QCOMPARE(alpha.evidence.size(), 1);
        QCOMPARE(alpha.evidence[0].hash, t.text(u"SELECT content_hash FROM evidence e JOIN cases c ON c.id = "
                                                "e.case_id WHERE c.ref = 'C-1'"_s));
        const StatementOfReasons &beta = statements->at(1);
        QCOMPARE(beta.outcome, u"reinstated"_s); // the latest decision wins
        QCOMPARE(beta.history.last().action, u"reinstate"_s);

        ReportFilter clearedOnly;
        clearedOnly.outcomes = {u"cleared"_s};
        QCOMPARE(engine.statements(clearedOnly)->size(), 0);
        // Before the reinstatement, Beta's latest such decision in the period is its ban.
        ReportFilter early;
        early.to = QDate(2018, 2, 4);
        auto before = engine.statements(early);
        QVERIFY(before.ok());
        QCOMPARE(before->size(), 2);
        QCOMPARE(before->at(1).outcome, u"banned"_s);
        QCOMPARE(before->at(1).at, utc(u"2018-02-03T00:00:00Z"_s));
        QCOMPARE(before->at(1).history.size(), 3); // the whole history, the later reinstatement too
    }

    void aCaseInConflictIsDisputedNotSettled()
    {
        test::TestDatabase t;
        // A ban and a clear made apart, no lead has resolved them: the ban is not the outcome.
        QJsonObject ban = step(u"ban"_s, u"r1"_s, u"2018-02-01T10:00:00Z"_s, u"ADS-CRYPTO"_s);
        ban.insert(u"saw"_s, -1);
        QJsonObject clear = step(u"clear"_s, u"r2"_s, u"2018-02-01T11:00:00Z"_s);
        clear.insert(u"saw"_s, -1);
        importCases(
            t, {caseJson(u"C-1"_s, u"alpha"_s, u"ADS-CRYPTO"_s, u"2018-02-01T00:00:00Z"_s, u"2018-02-08T00:00:00Z"_s,
                         {ban, clear}),
                caseJson(u"C-2"_s, u"beta"_s, u"ADS-CRYPTO"_s, u"2018-02-01T00:00:00Z"_s, u"2018-02-08T00:00:00Z"_s,
                         {step(u"ban"_s, u"r1"_s, u"2018-02-03T00:00:00Z"_s, u"ADS-CRYPTO"_s)})});
        QCOMPARE(t.text(u"SELECT state FROM cases WHERE ref = 'C-1'"_s), u"conflict"_s);
        ReportEngine engine(t.db(), t.clock());
        auto statements = engine.statements({});
        QVERIFY(statements.ok());
        QCOMPARE(statements->size(), 2);
        const StatementOfReasons &alpha = statements->at(0);
        QCOMPARE(alpha.advertiser, u"Alpha"_s);
        QVERIFY(alpha.disputed());
        QCOMPARE(alpha.disputedBy.size(), 2);
        QCOMPARE(alpha.disputedBy[0].outcome, u"banned"_s);
        QCOMPARE(alpha.disputedBy[0].reviewer, u"r1"_s);
        QCOMPARE(alpha.disputedBy[0].device, u"dev-r1"_s);
        QCOMPARE(alpha.disputedBy[0].policy, u"ADS-CRYPTO"_s);
        QCOMPARE(alpha.disputedBy[0].at, utc(u"2018-02-01T10:00:00Z"_s));
        QCOMPARE(alpha.disputedBy[1].outcome, u"cleared"_s);
        QCOMPARE(alpha.disputedBy[1].reviewer, u"r2"_s);
        QCOMPARE(alpha.disputedBy[1].rationale, u"because"_s);
        QVERIFY(!statements->at(1).disputed()); // Beta's ban is settled
        QCOMPARE(statements->at(1).outcome, u"banned"_s);
    }

    void demoRowsCarryTheCaseAndItsEvidence()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        // Kaspersky Lab was flagged under ADS-NATSEC and banned under ADS-BIZ-CONFLICT: a decision
        // counts under the policy it was made under.
        ReportFilter f;
        f.policies = {u"ADS-NATSEC"_s};
        QCOMPARE(*engine.countDecisions(f), 0);
        f.policies = {u"ADS-BIZ-CONFLICT"_s};
        QList<DecisionRow> rows;
        QVERIFY(engine.forEachDecision(f, [&](const DecisionRow &r) {
            rows << r;
            return true;
        }));
        QCOMPARE(rows.size(), 1);
        const DecisionRow &r = rows[0];
        QCOMPARE(r.caseRef, u"CASE-2018-0001"_s);
        QCOMPARE(r.advertiser, u"Kaspersky Lab"_s);
        QCOMPARE(r.country, u"RU"_s);
        QCOMPARE(r.policy, u"ADS-BIZ-CONFLICT"_s);
        QCOMPARE(r.at, utc(u"2018-01-05T16:00:00Z"_s));
        QCOMPARE(r.opened, utc(u"2018-01-03T09:00:00Z"_s));
        QCOMPARE(r.reviewer, u"grace.okafor"_s);
        QCOMPARE(r.eventId, t.text(u"SELECT uuid FROM events WHERE action = 'ban' AND case_id = (SELECT id FROM cases "
                                   "WHERE ref = 'CASE-2018-0001')"_s));
        const qint64 cited = t.count(u"SELECT count(*) FROM event_evidence WHERE event_id = (SELECT id FROM events "
                                     "WHERE uuid = '%1')"_s.arg(r.eventId));
        QVERIFY(cited > 0);
        QCOMPARE(r.evidence.size(), cited);
        for (const CitedEvidence &e : r.evidence) {
            QCOMPARE(e.hash, t.text(u"SELECT content_hash FROM evidence WHERE ref = '%1' AND case_id = (SELECT id FROM "
                                    "cases WHERE ref = 'CASE-2018-0001')"_s.arg(e.ref)));
            QVERIFY(!e.title.isEmpty() && !e.kind.isEmpty() && !e.date.isEmpty());
        }

        int seen = 0;
        auto stopped = engine.forEachDecision({}, [&](const DecisionRow &) { return ++seen < 3; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().kind, ErrorKind::Rejected);
        QCOMPARE(seen, 3);
    }

    void validateNamesWhatIsWrong()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        // The filter check and every engine call refuse it alike, naming the fault.
        const auto refused = [&](const ReportFilter &f, const QStringList &words) {
            QList<Error> errors;
            if (auto s = engine.validate(f); !s)
                errors << s.error();
            if (auto n = engine.countDecisions(f); !n)
                errors << n.error();
            if (auto s = engine.summary(f); !s)
                errors << s.error();
            if (auto s = engine.statements(f); !s)
                errors << s.error();
            if (auto s = engine.forEachDecision(f, [](const DecisionRow &) { return true; }); !s)
                errors << s.error();
            if (errors.size() != 5)
                return false;
            return std::all_of(errors.cbegin(), errors.cend(), [&](const Error &e) {
                return e.kind == ErrorKind::Usage && std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                           return e.message.contains(w);
                       });
            });
        };
        ReportFilter backwards;
        backwards.from = QDate(2018, 12, 31);
        backwards.to = QDate(2018, 1, 1);
        QVERIFY(refused(backwards, {u"2018-12-31"_s, u"2018-01-01"_s}));
        ReportFilter policy;
        policy.policies = QStringList{u"ADS-NATSEC"_s, u"ADS-NOPE"_s};
        QVERIFY(refused(policy, {u"ADS-NOPE"_s}));
        ReportFilter outcome;
        outcome.outcomes = QStringList{u"banned"_s, u"none"_s};
        QVERIFY(refused(outcome, {u"none"_s}));
        ReportFilter fine;
        fine.from = fine.to = QDate(2018, 1, 1);
        fine.policies = QStringList{u"ADS-CRYPTO"_s};
        fine.outcomes = QStringList{u"cleared"_s};
        QVERIFY(engine.validate(fine).ok());
    }

    void describeIsOneLine()
    {
        QCOMPARE(ReportFilter().describe(),
                 u"all dates \u00b7 all policies \u00b7 all reviewers \u00b7 all outcomes \u00b7 all countries"_s);
        const ReportFilter f{QDate(2018, 1, 1),    QDate(2018, 12, 31), {u"ADS-NATSEC"_s},
                             {u"ana"_s, u"dev"_s}, {u"banned"_s},       {u"RU"_s, u"US"_s}};
        const QString line = f.describe();
        QCOMPARE(line, u"2018-01-01 to 2018-12-31 \u00b7 policy ADS-NATSEC \u00b7 decided by ana, dev \u00b7 "
                       "outcome banned \u00b7 countries RU, US"_s);
        ReportFilter from;
        from.from = QDate(2018, 3, 1);
        QVERIFY(from.describe().startsWith(u"from 2018-03-01 \u00b7 "_s));
    }

    void reportQueriesUseTheReportIndexes()
    {
        test::TestDatabase t;
        const auto plan = [&](const QString &sql) {
            QSqlQuery q(t.db().connection());
            QString out;
            if (q.exec(u"EXPLAIN QUERY PLAN "_s + sql)) {
                while (q.next())
                    out += q.value(3).toString() + u'\n';
            }
            return out;
        };
        QVERIFY(plan(u"SELECT count(*) FROM events e WHERE %1 AND e.at >= 0"_s.arg(decision))
                    .contains(u"events_decided"_s));
        QVERIFY(plan(u"SELECT e.id FROM events e WHERE %1 ORDER BY e.at, e.id"_s.arg(decision))
                    .contains(u"events_decided_at"_s));
        QVERIFY(plan(u"SELECT c.state, count(*) FROM cases c WHERE c.state IN ('open', 'in-review', 'escalated', "
                     "'conflict', 'awaiting-approval') GROUP BY c.state"_s)
                    .contains(u"cases_backlog"_s));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestReportEngine)
#include "tst_ReportEngine.moc"
