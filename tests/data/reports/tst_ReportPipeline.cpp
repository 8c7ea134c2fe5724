#include "TestDatabase.h"
#include "demo/Generator.h"
#include "reports/Report.h"
#include "reports/ReportPipeline.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// A row's text that names it wholly enough to compare two runs.
void describe(QByteArray &out, const DecisionRow &r)
{
    out += r.eventId.toUtf8() + ' ' + QByteArray::number(r.at.toMSecsSinceEpoch()) + ' ' + r.caseRef.toUtf8() + ' ' +
           r.outcome.toUtf8() + ' ' + QByteArray::number(r.evidence.size());
}

} // namespace

class TestReportPipeline : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    // The same rows read on one connection, in one pass.
    QByteArray oneByOne(const ReportFilter &filter)
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        QByteArray text;
        bool first = true;
        const bool ok = engine
                            .forEachDecision(filter,
                                             [&](const DecisionRow &r) {
                                                 if (!first)
                                                     text += '\n';
                                                 first = false;
                                                 describe(text, r);
                                                 return true;
                                             })
                            .ok();
        return ok ? text : QByteArray("failed");
    }

    QByteArray piped(const ReportFilter &filter, ReportPipeline::Options options, qint64 *rows = nullptr,
                     int *chunks = nullptr)
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        QByteArray text;
        qint64 n = 0;
        int c = 0;
        const auto ok = ReportPipeline::run(
            engine, filter, describe, "\n",
            [&](QByteArrayView part, qint64 count) {
                text += part;
                n += count;
                c += count > 0 ? 1 : 0;
                return true;
            },
            options);
        if (rows)
            *rows = n;
        if (chunks)
            *chunks = c;
        return ok ? text : QByteArray("failed");
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        QVERIFY(Generator(m_t->db(), m_t->review(), 11).run(1500).ok());
    }

    void slicesCoverEveryDecisionOnce()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        const qint64 total = *engine.countDecisions({});
        QVERIFY(total > 500);
        auto slices = engine.decisionSlices({}, 100);
        QVERIFY(slices.ok());
        QCOMPARE(slices->size(), (total + 99) / 100);
        QVERIFY(slices->last().toInclusive);
        for (qsizetype i = 0; i + 1 < slices->size(); ++i) {
            QVERIFY(!slices->at(i).toInclusive);
            QCOMPARE(slices->at(i).to.id, slices->at(i + 1).from.id);
        }
        qint64 seen = 0;
        for (const DecisionRange &range : std::as_const(*slices)) {
            qint64 inSlice = 0;
            QVERIFY(engine
                        .forEachDecision(
                            {}, [&](const DecisionRow &) { return ++inSlice > 0; }, &range)
                        .ok());
            QVERIFY(inSlice == 100 || &range == &slices->last());
            seen += inSlice;
        }
        QCOMPARE(seen, total);
    }

    void threadsGiveTheSameTextInTheSameOrder_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<qint64>("perSlice");
        QTest::addColumn<QString>("country");
        QTest::newRow("one thread") << 1 << qint64(64) << QString();
        QTest::newRow("three threads, small slices") << 3 << qint64(7) << QString();
        QTest::newRow("four threads, one slice") << 4 << qint64(100000) << QString();
        QTest::newRow("two threads, filter on the case") << 2 << qint64(13) << u"RU"_s;
    }

    void threadsGiveTheSameTextInTheSameOrder()
    {
        QFETCH(int, threads);
        QFETCH(qint64, perSlice);
        QFETCH(QString, country);
        ReportFilter filter;
        if (!country.isEmpty())
            filter.countries = {country};
        const QByteArray expected = oneByOne(filter);
        QVERIFY(expected.count('\n') > 10);
        qint64 rows = 0;
        QCOMPARE(piped(filter, {threads, perSlice}, &rows), expected);
        QCOMPARE(rows, qint64(expected.count('\n') + 1));
    }

    void nothingToReportGivesNoText()
    {
        ReportFilter filter;
        filter.from = QDate(1990, 1, 1);
        filter.to = QDate(1990, 12, 31);
        qint64 rows = -1;
        int chunks = -1;
        QCOMPARE(piped(filter, {2, 10}, &rows, &chunks), QByteArray());
        QCOMPARE(rows, 0);
        QCOMPARE(chunks, 0);
    }

    void theSinkStopsIt()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        int calls = 0;
        const auto stopped =
            ReportPipeline::run(engine, {}, describe, "\n",
                                [&](QByteArrayView, qint64 count) { return count == 0 || ++calls < 3; }, {2, 16});
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().message, u"cancelled"_s);
        QCOMPARE(calls, 3);
    }

    void aFailedConnectionIsAnErrorNotAHang()
    {
        // The threads open the file by its path: gone, they report it, in order.
        test::TestDatabase other;
        QVERIFY(Generator(other.db(), other.review(), 12).run(300).ok());
        ReportEngine engine(other.db(), other.clock());
        QVERIFY(QFile::rename(other.path(), other.path() + u".moved"_s));
        const auto failed =
            ReportPipeline::run(engine, {}, describe, "\n", [](QByteArrayView, qint64) { return true; }, {2, 10});
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(u"test.sqlite"_s), qPrintable(failed.error().message));
        QVERIFY(QFile::rename(other.path() + u".moved"_s, other.path()));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestReportPipeline)
#include "tst_ReportPipeline.moc"
