// CaseRepository's batch read: the same records as a read by ref, for every ref that exists.
#include "TestDatabase.h"
#include "storage/CaseRepository.h"
#include "storage/RawStatement.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestCaseRepository : public QObject {
    Q_OBJECT

private slots:
    void aBatchReadGivesWhatReadsByRefGive()
    {
        test::TestDatabase t;
        t.makeDemo();
        QStringList refs;
        RawStatement all(t.db(), u"SELECT ref FROM cases ORDER BY id"_s, {}, u"test"_s);
        while (all.next())
            refs << all.text(0);
        QVERIFY(refs.size() > 10);
        // Unknown refs, one with characters JSON escapes, are left out.
        auto found = CaseRepository(t.db()).findByRefs(refs + QStringList{u"CASE-\"NONE\"\\"_s, u"NOPE"_s});
        QVERIFY(found);
        QCOMPARE(found->size(), refs.size());
        for (const CaseRecord &batch : std::as_const(*found)) {
            auto one = CaseRepository(t.db()).findByRef(batch.ref);
            QVERIFY(one && *one);
            const CaseRecord &single = **one;
            QCOMPARE(batch.id, single.id);
            QCOMPARE(batch.advertiserRef, single.advertiserRef);
            QCOMPARE(batch.policyCode, single.policyCode);
            QCOMPARE(batch.summary, single.summary);
            QCOMPARE(batch.priority, single.priority);
            QCOMPARE(batch.source, single.source);
            QCOMPARE(batch.opened, single.opened);
            QCOMPARE(batch.due, single.due);
            QCOMPARE(batch.state, single.state);
            QCOMPARE(batch.evidenceCount, single.evidenceCount);
            refs.removeOne(batch.ref);
        }
        QVERIFY2(refs.isEmpty(), qPrintable(refs.join(u", "_s)));
        auto none = CaseRepository(t.db()).findByRefs({});
        QVERIFY(none);
        QVERIFY(none->isEmpty());
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestCaseRepository)
#include "tst_CaseRepository.moc"
