#include "TestDatabase.h"
#include "domain/CaseFold.h"
#include "domain/EventHash.h"
#include "storage/AuditVerifier.h"
#include "storage/CaseRepository.h"
#include "storage/EventRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace adreview {

class TestAuditVerifier : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    AuditVerifier::Report verify()
    {
        AuditVerifier verifier(m_t->db());
        auto r = verifier.run();
        if (!r)
            qFatal("verify failed to run: %s", qPrintable(r.error().message));
        return *r;
    }

    void sql(const QString &statement)
    {
        QSqlQuery q(m_t->db().connection());
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    }

    QString problems(const AuditVerifier::Report &r) { return r.problems.join(u'\n'); }

    // The uuid of the n-th event (by seq) of a device's chain.
    QString eventOf(const QString &device, int seq)
    {
        return m_t->text(u"SELECT uuid FROM events WHERE device = '%1' AND seq = %2"_s.arg(device).arg(seq));
    }

    // An event stored as a merge once stored what it was given, the case's state refolded: its
    // chain and hash are sound, only the review rules are broken.
    QString storeUnchecked(const QString &ref, const QString &action, const QString &policy,
                           const QStringList &evidence, const QString &rationale)
    {
        auto found = CaseRepository(m_t->db()).findByRef(ref);
        if (!found || !found->has_value())
            qFatal("no case %s", qPrintable(ref));
        const CaseRecord c = **found;
        EventRepository events(m_t->db());
        auto list = events.forCase(c.id);
        if (!list)
            qFatal("cannot read the events");
        Event e;
        e.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.caseId = c.id;
        e.caseRef = ref;
        e.action = action;
        e.policyCode = policy;
        e.rationale = rationale;
        e.evidenceRefs = evidence;
        e.reviewer = u"mallory"_s;
        e.device = u"old-merge"_s;
        e.at = CaseFold::fold(*list).lastEventAt.addSecs(60);
        e.parents = c.heads;
        QHash<QString, qint64> evidenceIds;
        for (const QString &item : evidence)
            evidenceIds.insert(
                item, m_t->count(u"SELECT id FROM evidence WHERE case_id = %1 AND ref = '%2'"_s.arg(c.id).arg(item)));
        const qint64 policyId =
            policy.isEmpty() ? 0 : m_t->count(u"SELECT id FROM policies WHERE code = '%1'"_s.arg(policy));
        if (!events.append(e, policyId, evidenceIds, {}))
            qFatal("cannot store the event");
        list->append(e);
        if (!CaseRepository(m_t->db()).updateDerived(c.id, CaseFold::fold(*list)))
            qFatal("cannot refold the case");
        return e.uuid;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
    }
    void cleanup() { m_t.reset(); }

    void anUntouchedDatabasePasses()
    {
        const auto r = verify();
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        QCOMPARE(r.events, m_t->count(u"SELECT count(*) FROM events"_s));
        QCOMPARE(r.devices, int(m_t->count(u"SELECT count(DISTINCT device) FROM events"_s)));
        QCOMPARE(r.cases, 15);
    }

    // The progress runs from nothing to every event and case checked; a caller that says stop gets
    // an error, not a report.
    void progressCountsTheEventsAndCasesChecked()
    {
        QList<std::pair<qint64, qint64>> calls;
        AuditVerifier verifier(m_t->db());
        verifier.setProgress([&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        auto r = verifier.run();
        QVERIFY(r && r->ok());
        const qint64 total = r->events + r->cases;
        QVERIFY(calls.size() >= 2);
        QCOMPARE(calls.first().first, qint64(0));
        QCOMPARE(calls.first().second, total);
        QCOMPARE(calls.last().first, total);
        QCOMPARE(calls.last().second, total);
        AuditVerifier stopped(m_t->db());
        stopped.setProgress([](qint64, qint64) { return false; });
        QVERIFY(!stopped.run());
    }

    // Events a merge stored before it applied the review rules: the chains and the case states
    // agree with them, and still each one is named with its case and the rule it breaks.
    void eventsThatBreakTheRulesAreNamed()
    {
        const QString decided =
            m_t->text(u"SELECT ref FROM cases WHERE state = 'decided' AND outcome = 'cleared' ORDER BY ref LIMIT 1"_s);
        const QString open = m_t->text(u"SELECT ref FROM cases WHERE state = 'open' ORDER BY ref LIMIT 1"_s);
        QVERIFY(!decided.isEmpty() && !open.isEmpty());
        const QString policy = m_t->text(
            u"SELECT p.code FROM cases c JOIN policies p ON p.id = c.policy_id WHERE c.ref = '%1'"_s.arg(decided));
        const QString evidence = m_t->text(
            u"SELECT e.ref FROM evidence e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' LIMIT 1"_s.arg(decided));
        const QString ban = storeUnchecked(decided, u"ban"_s, policy, {evidence}, u"banned after all"_s);
        const QString reinstate = storeUnchecked(open, u"reinstate"_s, policy, {}, u"never banned"_s);
        const QString note = storeUnchecked(open, u"annotate"_s, {}, {}, QString(30000, u'x'));
        const auto r = verify();
        QVERIFY(!r.ok());
        const QString text = problems(r);
        QVERIFY2(text.contains(ban) && text.contains(decided) && text.contains(u"already decided"_s), qPrintable(text));
        QVERIFY2(text.contains(reinstate) && text.contains(u"only a banned case"_s), qPrintable(text));
        QVERIFY2(text.contains(note) && text.contains(u"too long"_s), qPrintable(text));
    }

    // Tables and triggers AdReview did not make: a trigger that copies every rationale elsewhere.
    void foreignTablesAndTriggersAreNamed()
    {
        sql(u"CREATE TABLE copied (rationale TEXT)"_s);
        sql(u"CREATE TRIGGER leak AFTER INSERT ON events BEGIN INSERT INTO copied VALUES (new.rationale); END"_s);
        sql(u"CREATE INDEX events_by_rationale ON events(rationale)"_s);
        const auto r = verify();
        QVERIFY(!r.ok());
        const QString text = problems(r);
        for (const QString &name : {u"copied"_s, u"leak"_s, u"events_by_rationale"_s})
            QVERIFY2(text.contains(name), qPrintable(text));
        sql(u"DROP TRIGGER leak"_s);
        sql(u"DROP TABLE copied"_s);
        sql(u"DROP INDEX events_by_rationale"_s);
        QVERIFY2(verify().ok(), qPrintable(problems(verify())));
        // One of AdReview's own missing is as much a change.
        sql(u"DROP INDEX events_case"_s);
        QVERIFY2(problems(verify()).contains(u"events_case"_s), qPrintable(problems(verify())));
    }

    void anEditedEventIsNamed()
    {
        const QString id = eventOf(u"laptop-ana"_s, 2);
        sql(u"UPDATE events SET rationale = 'nothing to see' WHERE uuid = '%1'"_s.arg(id));
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(id + u" "_s), qPrintable(problems(r)));
        QVERIFY2(problems(r).contains(u"altered"_s), qPrintable(problems(r)));
    }

    void aDeletedEventIsNamed()
    {
        const QString id = eventOf(u"laptop-ana"_s, 2);
        const QString next = eventOf(u"laptop-ana"_s, 3);
        sql(u"DELETE FROM event_evidence WHERE event_id = (SELECT id FROM events WHERE uuid = '%1')"_s.arg(id));
        sql(u"DELETE FROM events WHERE uuid = '%1'"_s.arg(id));
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(u"laptop-ana: event #2 missing"_s), qPrintable(problems(r)));
        QVERIFY2(problems(r).contains(next), qPrintable(problems(r)));
    }

    // The Re-review tab reads a stored mark: one cleared or set by hand is named.
    void anEditedRereviewMarkIsNamed()
    {
        EvidenceChange change;
        change.status = u"rescinded"_s;
        change.rationale = u"DHS rescinded the directive"_s;
        QVERIFY(m_t->review().revise(u"CASE-2018-0001"_s, u"EV-1"_s, change).ok());
        QVERIFY(verify().ok());
        sql(u"UPDATE cases SET rereview = NULL WHERE ref = 'CASE-2018-0001'"_s);
        sql(u"UPDATE cases SET rereview = 'EV-1 made up' WHERE ref = 'CASE-2018-0002'"_s);
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(u"case CASE-2018-0001: the stored re-review mark (none)"_s),
                 qPrintable(problems(r)));
        QVERIFY2(problems(r).contains(u"case CASE-2018-0002: the stored re-review mark (set)"_s),
                 qPrintable(problems(r)));
    }

    void aDeletedLastEventIsCaughtByTheCaseState()
    {
        const QString last =
            m_t->text(u"SELECT uuid FROM events WHERE device = 'desk-grace' ORDER BY seq DESC LIMIT 1"_s);
        sql(u"DELETE FROM event_evidence WHERE event_id = (SELECT id FROM events WHERE uuid = '%1')"_s.arg(last));
        sql(u"DELETE FROM events WHERE uuid = '%1'"_s.arg(last));
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(u"does not follow from its events"_s), qPrintable(problems(r)));
    }

    void reorderedEventsAreNamed()
    {
        const QString second = eventOf(u"laptop-dev"_s, 2);
        const QString third = eventOf(u"laptop-dev"_s, 3);
        sql(u"UPDATE events SET seq = -1 WHERE uuid = '%1'"_s.arg(second));
        sql(u"UPDATE events SET seq = 2 WHERE uuid = '%1'"_s.arg(third));
        sql(u"UPDATE events SET seq = 3 WHERE uuid = '%1'"_s.arg(second));
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(second) && problems(r).contains(third), qPrintable(problems(r)));
    }

    void aRehashedEventBreaksTheNextLink()
    {
        // A forger edits an event and recomputes its own hash, but not the events after it.
        const QString id = eventOf(u"desk-grace"_s, 1);
        const QString next = eventOf(u"desk-grace"_s, 2);
        sql(u"UPDATE events SET rationale = 'forged' WHERE uuid = '%1'"_s.arg(id));
        EventRepository events(m_t->db());
        Event forged;
        QVERIFY(events
                    .forEachInChainOrder([&](const Event &e) {
                        if (e.uuid == id)
                            forged = e;
                        return true;
                    })
                    .ok());
        sql(u"UPDATE events SET hash = '%1' WHERE uuid = '%2'"_s.arg(EventHash::compute(forged), id));
        const auto r = verify();
        QVERIFY(!r.ok());
        // The chain names the next event; the signing names the rehashed one, whose signed digest
        // no longer matches what it signs.
        const QStringList chainLines = r.problems.filter(QRegularExpression(u"^chain "_s));
        QVERIFY2(!chainLines.join(u'\n').contains(id + u" "_s), qPrintable(problems(r)));
        QVERIFY2(chainLines.join(u'\n').contains(next), qPrintable(problems(r)));
        QVERIFY2(problems(r).contains(u"signed digest does not match"_s), qPrintable(problems(r)));
        QVERIFY2(problems(r).contains(u"does not follow"_s), qPrintable(problems(r)));
    }

    void anEditedCaseStateIsNamed()
    {
        sql(u"UPDATE cases SET state = 'decided', outcome = 'cleared' WHERE ref = 'CASE-2018-0013'"_s);
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(u"case CASE-2018-0013"_s), qPrintable(problems(r)));
    }

    // Which case an appeal contests is fixed when it is filed; pointed elsewhere by hand, it is named.
    void anEditedContestedCaseIsNamed_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("problem");
        QTest::newRow("another advertiser's case")
            << u"UPDATE cases SET contests = 'CASE-2018-0003' WHERE ref = 'CASE-2018-0008'"_s
            << u"appeal CASE-2018-0008 contests CASE-2018-0003, which is not another case of its advertiser"_s;
        QTest::newRow("a case not here")
            << u"UPDATE cases SET contests = 'CASE-1999-0001' WHERE ref = 'CASE-2018-0008'"_s
            << u"appeal CASE-2018-0008 contests CASE-1999-0001, which this database does "
               "not hold"_s;
        QTest::newRow("not an appeal")
            << u"UPDATE cases SET contests = 'CASE-2018-0001' WHERE ref = 'CASE-2018-0013'"_s
            << u"case CASE-2018-0013 is not an appeal but names CASE-2018-0001 as the case it contests"_s;
    }

    void anEditedContestedCaseIsNamed()
    {
        QFETCH(QString, edit);
        QFETCH(QString, problem);
        sql(edit);
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(problem), qPrintable(problems(r)));
    }

    // A time-limited ban verifies before and after its end: the status in force is read with the
    // clock, not stored. The end and the advertiser's standing are checked against the events.
    void aTimeLimitedBanVerifiesOnEitherSideOfItsEnd()
    {
        const QString ref = u"CASE-2018-0013"_s;
        const Command c = m_t->cryptoBan(ref, QDate(2018, 6, 15), QDate(2018, 6, 10));
        QVERIFY(m_t->review().submit(c).ok());
        auto r = verify();
        QVERIFY2(r.ok(), qPrintable(problems(r)));
        m_t->clock().set(QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC));
        r = verify();
        QVERIFY2(r.ok(), qPrintable(problems(r)));

        sql(u"UPDATE cases SET restricted_until = restricted_until + 86400000 WHERE ref = '%1'"_s.arg(ref));
        r = verify();
        QVERIFY2(problems(r).contains(u"case %1: the stored end of its restrictions"_s.arg(ref)),
                 qPrintable(problems(r)));
        sql(u"UPDATE cases SET restricted_until = restricted_until - 86400000 WHERE ref = '%1'"_s.arg(ref));
        sql(u"UPDATE advertisers SET restricted_until = NULL WHERE id = (SELECT advertiser_id FROM cases "
            "WHERE ref = '%1')"_s.arg(ref));
        r = verify();
        QVERIFY2(problems(r).contains(u"does not follow from its cases' decisions (banned until 2018-06-15)"_s),
                 qPrintable(problems(r)));
    }

    void brokenForeignKeysAreNamed()
    {
        sql(u"PRAGMA foreign_keys = OFF"_s);
        sql(u"UPDATE evidence SET case_id = 999999 WHERE id = 1"_s);
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(u"foreign key"_s), qPrintable(problems(r)));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestAuditVerifier)
#include "tst_AuditVerifier.moc"
