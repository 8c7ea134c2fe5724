#include "domain/DecisionRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestDecisionRules : public QObject {
    Q_OBJECT

private slots:
    // Every action on every state a case can be in, with the refusal each gets.
    void refusals_data()
    {
        using R = DecisionRules::Refusal;
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<int>("expected");
        const QStringList undecided{u"open"_s, u"in-review"_s, u"escalated"_s};
        for (const QString &state : undecided) {
            for (const char *action : {"ban", "clear", "annotate", "assign"})
                QTest::addRow("%s on %s", action, qPrintable(state))
                    << QString::fromLatin1(action) << state << u"none"_s << int(R::None);
            QTest::addRow("reinstate on %s", qPrintable(state))
                << u"reinstate"_s << state << u"none"_s << int(R::NotReinstatable);
            QTest::addRow("resolve on %s", qPrintable(state))
                << u"resolve-conflict"_s << state << u"none"_s << int(R::NotInConflict);
        }
        QTest::newRow("escalate on open") << u"escalate"_s << u"open"_s << u"none"_s << int(R::None);
        QTest::newRow("escalate on in-review") << u"escalate"_s << u"in-review"_s << u"none"_s << int(R::None);
        QTest::newRow("escalate on escalated")
            << u"escalate"_s << u"escalated"_s << u"none"_s << int(R::AlreadyEscalated);
        for (const QString &outcome : {u"banned"_s, u"cleared"_s, u"reinstated"_s}) {
            const QByteArray o = outcome.toLatin1();
            QTest::addRow("ban on %s", o.constData()) << u"ban"_s << u"decided"_s << outcome << int(R::AlreadyDecided);
            QTest::addRow("clear on %s", o.constData())
                << u"clear"_s << u"decided"_s << outcome << int(R::AlreadyDecided);
            QTest::addRow("assign on %s", o.constData()) << u"assign"_s << u"decided"_s << outcome << int(R::Closed);
            QTest::addRow("escalate on %s", o.constData())
                << u"escalate"_s << u"decided"_s << outcome << int(R::Closed);
            QTest::addRow("annotate on %s", o.constData()) << u"annotate"_s << u"decided"_s << outcome << int(R::None);
            QTest::addRow("reinstate on %s", o.constData()) << u"reinstate"_s << u"decided"_s << outcome
                                                            << int(outcome == u"banned" ? R::None : R::NotReinstatable);
        }
        for (const char *action : {"ban", "clear", "reinstate", "escalate", "assign"})
            QTest::addRow("%s on conflict", action)
                << QString::fromLatin1(action) << u"conflict"_s << u"none"_s << int(R::InConflict);
        QTest::newRow("annotate on conflict") << u"annotate"_s << u"conflict"_s << u"none"_s << int(R::None);
        QTest::newRow("resolve on conflict") << u"resolve-conflict"_s << u"conflict"_s << u"none"_s << int(R::None);
    }
    void refusals()
    {
        QFETCH(QString, action);
        QFETCH(QString, state);
        QFETCH(QString, outcome);
        QFETCH(int, expected);
        const CaseStanding standing{state, outcome, u"report"_s, false};
        QCOMPARE(int(DecisionRules::refusal(action, standing)), expected);
        QCOMPARE(DecisionRules::allows(action, standing), expected == int(DecisionRules::Refusal::None));
    }

    // An appeal of a banned advertiser may be reinstated while undecided; not once decided or in
    // conflict, and not when the advertiser does not stand banned.
    void anAppealOfABannedAdvertiserMayBeReinstated()
    {
        for (const QString &state : {u"open"_s, u"in-review"_s, u"escalated"_s}) {
            QVERIFY(DecisionRules::allows(u"reinstate"_s, {state, u"none"_s, u"appeal"_s, true}));
            QVERIFY(!DecisionRules::allows(u"reinstate"_s, {state, u"none"_s, u"appeal"_s, false}));
            QVERIFY(!DecisionRules::allows(u"reinstate"_s, {state, u"none"_s, u"report"_s, true}));
        }
        QVERIFY(!DecisionRules::allows(u"reinstate"_s, {u"decided"_s, u"cleared"_s, u"appeal"_s, true}));
        QVERIFY(!DecisionRules::allows(u"reinstate"_s, {u"conflict"_s, u"none"_s, u"appeal"_s, true}));
    }

    void needs()
    {
        const auto needs = [](const QString &action, const QString &outcome = {}) {
            const auto n = DecisionRules::needs(action, outcome);
            QString out;
            out += n.rationale ? u'r' : u'-';
            out += n.policy ? u'p' : u'-';
            out += n.evidence ? u'e' : u'-';
            return out;
        };
        QCOMPARE(needs(u"ban"_s), u"rpe"_s);
        QCOMPARE(needs(u"clear"_s), u"r--"_s);
        QCOMPARE(needs(u"reinstate"_s), u"r--"_s);
        QCOMPARE(needs(u"annotate"_s), u"r--"_s);
        QCOMPARE(needs(u"assign"_s), u"---"_s);
        QCOMPARE(needs(u"escalate"_s), u"---"_s);
        QCOMPARE(needs(u"flag"_s), u"---"_s);
        QCOMPARE(needs(u"resolve-conflict"_s, u"banned"_s), u"rpe"_s);
        QCOMPARE(needs(u"resolve-conflict"_s, u"cleared"_s), u"r--"_s);
        QCOMPARE(needs(u"resolve-conflict"_s, u"reinstated"_s), u"r--"_s);
    }

    // The typed words and the stored ones are one list: each value has its word and back, and
    // any other word is Unknown.
    void typedWords()
    {
        for (const QString &w : vocab::actions())
            QCOMPARE(vocab::word(vocab::action(w)), w);
        for (const QString &w : vocab::states())
            QCOMPARE(vocab::word(vocab::state(w)), w);
        for (const QString &w : vocab::outcomes())
            QCOMPARE(vocab::word(vocab::outcome(w)), w);
        QCOMPARE(vocab::action(u"resolve-conflict"_s), Action::ResolveConflict);
        QCOMPARE(vocab::state(u"in-review"_s), CaseState::InReview);
        QCOMPARE(vocab::outcome(u"none"_s), Outcome::None);
        QCOMPARE(vocab::word(Action::Unknown), QString());
        for (const QString &w : {u"Ban"_s, u"ban "_s, u""_s, u"banned"_s})
            QCOMPARE(vocab::action(w), Action::Unknown);
        QCOMPARE(vocab::state(u"closed"_s), CaseState::Unknown);
        QCOMPARE(vocab::outcome(u"ban"_s), Outcome::Unknown);
        for (const QString &w : vocab::actions())
            QCOMPARE(vocab::setsOutcome(vocab::action(w)),
                     vocab::isDecision(w) || w == u"resolve-conflict" || w == u"approve" || w == u"reverse");
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDecisionRules)
#include "tst_DecisionRules.moc"
