// Quarantine: events set aside are kept once, listed in the order they were held, and tell a pull
// which later events follow them (by their device's chain or by a parent).
#include "TestDatabase.h"
#include "storage/Quarantine.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

HeldEvent held(const QString &uuid, const QString &device, qint64 seq, const QString &cause, qint64 heldAtMs)
{
    HeldEvent h;
    h.event.uuid = uuid;
    h.event.caseRef = u"CASE-1"_s;
    h.event.action = u"ban"_s;
    h.event.reviewer = u"mallory"_s;
    h.event.device = device;
    h.event.seq = seq;
    h.event.at = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    h.event.hash = QString(64, u'a');
    h.event.parents = {u"p-1"_s, u"p-2"_s};
    h.teamId = u"team"_s;
    h.reason = u"breaks a review rule"_s;
    h.cause = cause;
    h.heldAt = QDateTime::fromMSecsSinceEpoch(heldAtMs, Qt::UTC);
    return h;
}

} // namespace

class TestQuarantine : public QObject {
    Q_OBJECT

private slots:
    void heldEventsAreKeptOnceAndListedInOrder()
    {
        test::TestDatabase t;
        Quarantine q(t.db());
        QCOMPARE(*q.count(), qint64(0));
        QVERIFY(
            q.hold({held(u"e-2"_s, u"laptop"_s, 8, u"e-1"_s, 2000), held(u"e-1"_s, u"laptop"_s, 7, u"e-1"_s, 1000)}));
        // The same event again, with another reason: it stays as first held.
        HeldEvent again = held(u"e-1"_s, u"laptop"_s, 7, u"e-1"_s, 5000);
        again.reason = u"something else"_s;
        QVERIFY(q.hold({again}));
        QCOMPARE(*q.count(), qint64(2));
        auto all = q.all();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).event.uuid, u"e-1"_s);
        QCOMPARE(all->at(0).reason, u"breaks a review rule"_s);
        QCOMPARE(all->at(0).event.parents, (QStringList{u"p-1"_s, u"p-2"_s}));
        QCOMPARE(all->at(0).event.at, QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC));
        QCOMPARE(all->at(1).event.seq, qint64(8));
        QCOMPARE(all->at(1).cause, u"e-1"_s);
    }

    void theIndexNamesWhatAnEventFollows()
    {
        test::TestDatabase t;
        Quarantine q(t.db());
        QVERIFY(q.hold({held(u"bad"_s, u"laptop"_s, 7, u"bad"_s, 1000)}));
        auto index = q.index();
        QVERIFY(index);
        Event later;
        later.uuid = u"later"_s;
        later.device = u"laptop"_s;
        later.seq = 9;
        QCOMPARE(index->follows(later), u"bad"_s);
        Event earlier = later;
        earlier.uuid = u"earlier"_s;
        earlier.seq = 6;
        QCOMPARE(index->follows(earlier), QString());
        Event child;
        child.device = u"other"_s;
        child.seq = 1;
        child.parents = {u"x"_s, u"bad"_s};
        QCOMPARE(index->follows(child), u"bad"_s);
        child.parents = {u"x"_s};
        QCOMPARE(index->follows(child), QString());
        // An earlier event of the device held later becomes what its later ones follow.
        index->add(earlier);
        QCOMPARE(index->follows(later), earlier.uuid);
        QVERIFY(index->contains(u"bad"_s));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestQuarantine)
#include "tst_Quarantine.moc"
