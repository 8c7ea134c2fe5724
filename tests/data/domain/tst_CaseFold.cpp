#include "domain/CaseFold.h"
#include "domain/DsaDecision.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

class TestCaseFold : public QObject {
    Q_OBJECT

private:
    QDateTime m_t0 = QDateTime(QDate(2018, 1, 3), QTime(9, 0), Qt::UTC);

    Event ev(const QString &id, const QString &action, QStringList parents, int minutes, const QString &extra = {})
    {
        Event e;
        e.uuid = id;
        e.action = action;
        e.parents = std::move(parents);
        e.at = m_t0.addSecs(minutes * 60);
        if (action == u"assign")
            e.assignee = extra;
        if (action == u"resolve-conflict")
            e.outcome = extra;
        return e;
    }

private slots:
    // A review is due from the start of its day (UTC) until something is recorded on the case then.
    void aReviewIsDueFromItsDayUntilSomethingIsRecorded()
    {
        const QDate day(2026, 12, 20);
        const QDateTime start = day.startOfDay(Qt::UTC);
        const QDateTime decided = start.addDays(-30);
        QVERIFY(!CaseFold::reviewDue(day, decided, start.addMSecs(-1)));
        QVERIFY(CaseFold::reviewDue(day, decided, start));
        QVERIFY(CaseFold::reviewDue(day, start.addMSecs(-1), start.addDays(40)));
        QVERIFY(!CaseFold::reviewDue(day, start, start.addDays(40)));
        QVERIFY(!CaseFold::reviewDue(QDate(), decided, start.addDays(40)));
    }

    void aLinearHistory()
    {
        const QList<Event> events{ev(u"a"_s, u"flag"_s, {}, 0), ev(u"b"_s, u"assign"_s, {u"a"_s}, 1, u"ana"_s),
                                  ev(u"c"_s, u"escalate"_s, {u"b"_s}, 2), ev(u"d"_s, u"ban"_s, {u"c"_s}, 3),
                                  ev(u"e"_s, u"annotate"_s, {u"d"_s}, 4)};
        const auto s = CaseFold::fold(events);
        QCOMPARE(s.state, u"decided"_s);
        QCOMPARE(s.outcome, u"banned"_s);
        QCOMPARE(s.assignee, u"ana"_s);
        QCOMPARE(s.heads, QStringList{u"e"_s});
        QCOMPARE(s.decidedAt, m_t0.addSecs(180));
        QCOMPARE(s.lastEventAt, m_t0.addSecs(240));
        QVERIFY(s.conflicts.isEmpty());
    }

    // The deciding event's statement says how long a ban lasts and when the decision is reviewed.
    void aTimeLimitedBanEndsWhereItsStatementSays()
    {
        Event ban = ev(u"b"_s, u"ban"_s, {u"a"_s}, 1);
        dsa::Decision d;
        d.account = u"DECISION_ACCOUNT_SUSPENDED"_s;
        d.endAccount = QDate(2018, 2, 1);
        d.reviewBy = QDate(2018, 1, 20);
        ban.statement = d.toText();
        QList<Event> events{ev(u"a"_s, u"flag"_s, {}, 0), ban};
        auto s = CaseFold::fold(events);
        QCOMPARE(s.outcome, u"banned"_s);
        QCOMPARE(s.restrictedUntil, QDateTime(QDate(2018, 2, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(s.reviewBy, QDate(2018, 1, 20));
        // A note changes neither; a reinstatement lifts the ban and has no review date of its own.
        events << ev(u"c"_s, u"annotate"_s, {u"b"_s}, 2);
        QCOMPARE(CaseFold::fold(events).restrictedUntil, s.restrictedUntil);
        events << ev(u"d"_s, u"reinstate"_s, {u"c"_s}, 3);
        s = CaseFold::fold(events);
        QCOMPARE(s.outcome, u"reinstated"_s);
        QVERIFY(!s.restrictedUntil.isValid());
        QVERIFY(!s.reviewBy.isValid());
        // A ban without a statement, or whose restriction has no end, does not end.
        events = {ev(u"a"_s, u"flag"_s, {}, 0), ev(u"b"_s, u"ban"_s, {u"a"_s}, 1)};
        QVERIFY(!CaseFold::fold(events).restrictedUntil.isValid());
        d.endAccount = {};
        events[1].statement = d.toText();
        QVERIFY(!CaseFold::fold(events).restrictedUntil.isValid());
        QCOMPARE(CaseFold::fold(events).reviewBy, QDate(2018, 1, 20));
    }

    void statesAlongTheWay()
    {
        QList<Event> events{ev(u"a"_s, u"flag"_s, {}, 0)};
        QCOMPARE(CaseFold::fold(events).state, u"open"_s);
        events << ev(u"b"_s, u"annotate"_s, {u"a"_s}, 1);
        QCOMPARE(CaseFold::fold(events).state, u"open"_s);
        events << ev(u"c"_s, u"assign"_s, {u"b"_s}, 2, u"dev"_s);
        QCOMPARE(CaseFold::fold(events).state, u"in-review"_s);
        events << ev(u"d"_s, u"ban"_s, {u"c"_s}, 3) << ev(u"e"_s, u"reinstate"_s, {u"d"_s}, 4);
        const auto s = CaseFold::fold(events);
        QCOMPARE(s.state, u"decided"_s);
        QCOMPARE(s.outcome, u"reinstated"_s);
    }

    void divergentDecisionsAreAConflictUntilResolved()
    {
        QList<Event> events{ev(u"a"_s, u"flag"_s, {}, 0), ev(u"b"_s, u"assign"_s, {u"a"_s}, 1, u"ana"_s),
                            ev(u"c"_s, u"ban"_s, {u"b"_s}, 2), ev(u"d"_s, u"clear"_s, {u"b"_s}, 3)};
        auto s = CaseFold::fold(events);
        QCOMPARE(s.state, u"conflict"_s);
        QCOMPARE(s.outcome, u"none"_s);
        QCOMPARE(s.heads, (QStringList{u"c"_s, u"d"_s}));
        QCOMPARE(s.conflicts, QList<QStringList>{(QStringList{u"c"_s, u"d"_s})});
        // what each laptop had seen when it decided
        QCOMPARE(CaseFold::foldSeen(events, {u"b"_s}).state, u"in-review"_s);
        QCOMPARE(CaseFold::foldSeen(events, {u"c"_s}).outcome, u"banned"_s);
        events << ev(u"e"_s, u"resolve-conflict"_s, {u"c"_s, u"d"_s}, 5, u"cleared"_s);
        s = CaseFold::fold(events);
        QCOMPARE(s.state, u"decided"_s);
        QCOMPARE(s.outcome, u"cleared"_s);
        QCOMPARE(s.heads, QStringList{u"e"_s});
        QVERIFY(s.conflicts.isEmpty());
    }

    void theSameDecisionTwiceIsNoConflict()
    {
        const QList<Event> events{ev(u"a"_s, u"flag"_s, {}, 0), ev(u"c"_s, u"ban"_s, {u"a"_s}, 2),
                                  ev(u"d"_s, u"ban"_s, {u"a"_s}, 3)};
        const auto s = CaseFold::fold(events);
        QCOMPARE(s.state, u"decided"_s);
        QCOMPARE(s.outcome, u"banned"_s);
        QCOMPARE(s.heads.size(), 2);
    }

    void theOrderEventsArriveInDoesNotMatter()
    {
        QList<Event> events{ev(u"a"_s, u"flag"_s, {}, 0), ev(u"b"_s, u"assign"_s, {u"a"_s}, 1, u"ana"_s),
                            ev(u"c"_s, u"annotate"_s, {u"b"_s}, 2),
                            ev(u"d"_s, u"annotate"_s, {u"b"_s}, 2), // same time, other laptop
                            ev(u"e"_s, u"assign"_s, {u"c"_s, u"d"_s}, 3, u"dev"_s), ev(u"f"_s, u"ban"_s, {u"e"_s}, 4),
                            ev(u"g"_s, u"clear"_s, {u"e"_s}, 4),
                            // a clock running behind: the child is stamped before its parent
                            ev(u"h"_s, u"annotate"_s, {u"f"_s}, 1)};
        const auto expected = CaseFold::fold(events);
        const auto order = CaseFold::ordered(events);
        QStringList ids;
        for (const Event &e : order)
            ids << e.uuid;
        QVERIFY(ids.indexOf(u"h"_s) > ids.indexOf(u"f"_s));
        QRandomGenerator rng(42);
        for (int round = 0; round < 50; ++round) {
            std::shuffle(events.begin(), events.end(), rng);
            const auto s = CaseFold::fold(events);
            QCOMPARE(s.state, expected.state);
            QCOMPARE(s.outcome, expected.outcome);
            QCOMPARE(s.assignee, expected.assignee);
            QCOMPARE(s.heads, expected.heads);
            QCOMPARE(s.conflicts, expected.conflicts);
            QStringList shuffled;
            for (const Event &e : CaseFold::ordered(events))
                shuffled << e.uuid;
            QCOMPARE(shuffled, ids);
        }
        QCOMPARE(expected.assignee, u"dev"_s);
        QCOMPARE(expected.state, u"conflict"_s);
    }

    void aCycleFromATamperedFileKeepsEveryEvent()
    {
        const QList<Event> events{ev(u"a"_s, u"flag"_s, {u"b"_s}, 0), ev(u"b"_s, u"annotate"_s, {u"a"_s}, 1)};
        QCOMPARE(CaseFold::ordered(events).size(), 2);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestCaseFold)
#include "tst_CaseFold.moc"
