#include "AuditVerifier.h"
#include "Generator.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestGenerator : public QObject {
    Q_OBJECT

private:
    static QString fingerprint(test::TestDatabase &t)
    {
        return t.text(u"SELECT group_concat(x, '|') FROM (SELECT c.ref || ':' || c.state || ':' || c.outcome || ':' || "
                      "(SELECT group_concat(e.uuid || e.hash, ',') FROM events e WHERE e.case_id = c.id) AS x "
                      "FROM cases c ORDER BY c.ref)"_s);
    }

private slots:
    void theSameSeedGivesTheSameData()
    {
        test::TestDatabase a;
        test::TestDatabase b;
        auto ra = Generator(a.db(), a.review(), 7).run(300);
        auto rb = Generator(b.db(), b.review(), 7).run(300);
        QVERIFY(ra.ok() && rb.ok());
        QCOMPARE(ra->cases, 300);
        QCOMPARE(ra->events, rb->events);
        QCOMPARE(fingerprint(a), fingerprint(b));
        test::TestDatabase c;
        QVERIFY(Generator(c.db(), c.review(), 8).run(300).ok());
        QVERIFY(fingerprint(a) != fingerprint(c));
    }

    void coversEveryStateAndPassesVerify()
    {
        test::TestDatabase t;
        qint64 lastProgress = 0;
        auto r = Generator(t.db(), t.review(), 3).run(2500, [&](qint64 done, qint64) { lastProgress = done; });
        QVERIFY(r.ok());
        QCOMPARE(lastProgress, 2500);
        QCOMPARE(t.count(u"SELECT count(*) FROM cases"_s), 2500);
        QCOMPARE(t.count(u"SELECT count(*) FROM evidence"_s), r->evidence);
        QCOMPARE(t.count(u"SELECT count(*) FROM events"_s), r->events);
        for (const QString &state : {u"open"_s, u"in-review"_s, u"escalated"_s, u"decided"_s, u"conflict"_s})
            QVERIFY2(t.count(u"SELECT count(*) FROM cases WHERE state = '%1'"_s.arg(state)) > 0, qPrintable(state));
        for (const QString &outcome : {u"banned"_s, u"cleared"_s, u"reinstated"_s})
            QVERIFY2(t.count(u"SELECT count(*) FROM cases WHERE outcome = '%1'"_s.arg(outcome)) > 0,
                     qPrintable(outcome));
        AuditVerifier verifier(t.db());
        auto report = verifier.run();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }

    void refusesToRunTheSameSeedTwice()
    {
        test::TestDatabase t;
        QVERIFY(Generator(t.db(), t.review(), 5).run(10).ok());
        auto again = Generator(t.db(), t.review(), 5).run(10);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(u"seed 5"_s));
        QVERIFY(Generator(t.db(), t.review(), 6).run(10).ok());
        QCOMPARE(t.count(u"SELECT count(*) FROM cases"_s), 20);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestGenerator)
#include "tst_Generator.moc"
