#include "AuditVerifier.h"
#include "EventHash.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

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
        QVERIFY2(!problems(r).contains(id + u" "_s), qPrintable(problems(r)));
        QVERIFY2(problems(r).contains(next), qPrintable(problems(r)));
        QVERIFY2(problems(r).contains(u"does not follow"_s), qPrintable(problems(r)));
    }

    void anEditedCaseStateIsNamed()
    {
        sql(u"UPDATE cases SET state = 'decided', outcome = 'cleared' WHERE ref = 'CASE-2018-0013'"_s);
        const auto r = verify();
        QVERIFY(!r.ok());
        QVERIFY2(problems(r).contains(u"case CASE-2018-0013"_s), qPrintable(problems(r)));
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
