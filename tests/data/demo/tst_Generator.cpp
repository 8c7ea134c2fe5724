#include "TestDatabase.h"
#include "demo/Generator.h"
#include "storage/AuditVerifier.h"
#include "storage/SearchIndex.h"

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

    // Search documents are written per transaction, not per case: every case, in every batch, has
    // exactly the document the index would give it.
    void everyCaseIsSearchable()
    {
        test::TestDatabase t;
        Generator generator(t.db(), t.review(), 11);
        generator.setCasesPerTransaction(64);
        QVERIFY(generator.run(200).ok());
        QCOMPARE(t.count(u"SELECT count(*) FROM case_search"_s), 200);
        QCOMPARE(t.count(u"SELECT count(*) FROM cases c WHERE NOT EXISTS "
                         "(SELECT 1 FROM case_search s WHERE s.rowid = c.id)"_s),
                 0);
        const QString documents = u"SELECT group_concat(rowid || ':' || body, '|') FROM "
                                  "(SELECT rowid, body FROM case_search ORDER BY rowid)"_s;
        const QString before = t.text(documents);
        QList<qint64> ids;
        for (qint64 id = 1; id <= 200; ++id)
            ids << id;
        QVERIFY(t.db().begin().ok());
        QVERIFY(SearchIndex(t.db()).reindexCases(ids).ok());
        QVERIFY(t.db().commit().ok());
        QCOMPARE(t.text(documents), before);
        // The last case of the first batch, the first of the second and the last are found.
        for (const QString &ref : {u"GEN-11-0000064"_s, u"GEN-11-0000065"_s, u"GEN-11-0000200"_s})
            QCOMPARE(t.count(u"SELECT count(*) FROM case_search WHERE case_search MATCH '\"%1\"'"_s.arg(ref)), 1);
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
