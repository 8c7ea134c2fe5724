// EvidenceRepository's batch read: each case's items as a read of that case gives them, in
// natural order (EV-2 before EV-10).
#include "TestDatabase.h"
#include "storage/EvidenceRepository.h"
#include "storage/RawStatement.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestEvidenceRepository : public QObject {
    Q_OBJECT

private slots:
    void aBatchReadGivesEachCaseItsItemsInOrder()
    {
        test::TestDatabase t;
        t.makeDemo();
        QList<qint64> ids;
        RawStatement all(t.db(), u"SELECT id FROM cases ORDER BY id"_s, {}, u"test"_s);
        while (all.next())
            ids << all.integer(0);
        QVERIFY(ids.size() > 10);
        // A case with ten items or more, to see EV-10 after EV-9.
        const qint64 many = ids.first();
        RawStatement add(t.db(),
                         u"WITH RECURSIVE n(value) AS (SELECT 20 UNION ALL SELECT value + 1 FROM n WHERE value < 31) "
                         "INSERT INTO evidence (case_id, ref, kind, title, source, date, reliability, content_hash) "
                         "SELECT ?, 'EV-' || value, 'news-citation', 'Item ' || value, 'Wire', '2024-01-01', "
                         "'probable', printf('%064d', value) FROM n"_s,
                         {many}, u"test"_s);
        add.next();
        QVERIFY2(!add.failed(), qPrintable(add.failure(u"adding items"_s).message));
        auto batch = EvidenceRepository(t.db()).forCases(ids + QList<qint64>{999999});
        QVERIFY(batch);
        QVERIFY(!batch->contains(999999));
        for (const qint64 id : std::as_const(ids)) {
            auto single = EvidenceRepository(t.db()).forCase(id);
            QVERIFY(single);
            const QList<Evidence> items = batch->value(id);
            QCOMPARE(items.size(), single->size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                QCOMPARE(items[i].id, (*single)[i].id);
                QCOMPARE(items[i].ref, (*single)[i].ref);
                QCOMPARE(items[i].contentHash, (*single)[i].contentHash);
                QCOMPARE(items[i].excerpt, (*single)[i].excerpt);
            }
        }
        QVERIFY(batch->value(many).size() >= 12);
        auto none = EvidenceRepository(t.db()).forCases({});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestEvidenceRepository)
#include "tst_EvidenceRepository.moc"
