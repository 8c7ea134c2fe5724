// ServerSync: laptops and a real PostgreSQL team server, each laptop a database of its own.
#include "TestDatabase.h"
#include "TestPostgres.h"
#include "demo/DemoDataset.h"
#include "storage/AuditVerifier.h"
#include "team/ServerConnection.h"
#include "team/ServerSync.h"
#include "team/TeamAdmin.h"
#include "team/TeamSchema.h"

#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

class TestServerSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestPostgres> m_pg;

    struct Laptop {
        std::unique_ptr<test::TestDatabase> file = std::make_unique<test::TestDatabase>();
        std::unique_ptr<ServerConnection> server;
        QString reviewer;
        QString device;
    };

    // A team database with the reviewers ana and ben (and lea, a lead), and a laptop for each name
    // given, started from the demo.
    std::vector<Laptop> team(const QString &database, const QStringList &names)
    {
        std::vector<Laptop> out;
        if (!m_pg->createDatabase(database, u"admin"_s))
            return out;
        auto admin = ServerConnection::open(m_pg->address(database, u"admin"_s));
        if (!admin || !TeamSchema::init(**admin))
            return out;
        TeamAdmin people(**admin);
        for (const QString &name : names) {
            const QString role = name + u'-' + database;
            if (!people.addReviewer(role, name == u"lea", {}))
                return {};
            // Laptops that joined the team from the same demo, as `adreview demo` makes it on each.
            Laptop l;
            l.file->close();
            if (!DemoDataset::create(l.file->path(), true))
                return {};
            l.file->reopen();
            l.reviewer = role;
            l.device = role + u"-laptop"_s;
            auto login = ServerConnection::open(m_pg->address(database, role));
            if (!login)
                return {};
            l.server = std::move(*login);
            out.push_back(std::move(l));
        }
        return out;
    }

    static Status decide(Laptop &l, const QString &caseRef, const QString &action, const QString &rationale)
    {
        Command c;
        c.caseRef = caseRef;
        c.action = action;
        c.rationale = rationale;
        if (action == u"ban") {
            c.policyCode = u"ADS-CRYPTO"_s;
            c.evidenceRefs = {u"EV-1"_s};
        }
        auto done = l.file->reviewAs(l.reviewer, l.device).submit(c);
        if (!done)
            return done.error();
        return {};
    }

    static Result<ServerSync::Report> sync(Laptop &l, int pushBatch = 1000, int pullBatch = 20000)
    {
        ServerSync s(l.file->db(), *l.server);
        if (auto ok = s.connect(); !ok)
            return ok.error();
        auto pushed = s.push(pushBatch);
        if (!pushed)
            return pushed.error();
        auto pulled = s.pull(pullBatch);
        if (!pulled)
            return pulled.error();
        pulled->eventsPushed = pushed->eventsPushed;
        pulled->casesPushed = pushed->casesPushed;
        return pulled;
    }

    static QString events(test::TestDatabase &d)
    {
        return test::rows(d.db(), u"SELECT uuid, hash FROM events ORDER BY uuid"_s);
    }
    static QString derived(test::TestDatabase &d)
    {
        return test::rows(d.db(), u"SELECT c.ref, c.state, c.outcome, c.assignee, c.heads, a.status FROM cases c JOIN "
                                  "advertisers a ON a.id = c.advertiser_id ORDER BY c.ref"_s);
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::TestPostgres>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->psql(u"postgres"_s, u"CREATE ROLE admin LOGIN CREATEROLE"_s));
    }

    // A decision made on one laptop reaches another through the server, and both end alike.
    void aDecisionReachesTheOtherLaptop()
    {
        auto l = team(u"two"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Checked the directive"_s));
        QVERIFY(decide(l[1], u"CASE-2018-0013"_s, u"annotate"_s, u"Asked the company"_s));
        QCOMPARE(*ServerSync::toSend(l[0].file->db(), l[0].reviewer), qint64(1));
        auto first = sync(l[0]);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->eventsPushed, qint64(1));
        QCOMPARE(*ServerSync::toSend(l[0].file->db(), l[0].reviewer), qint64(0));
        auto second = sync(l[1]);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(second->eventsPulled, qint64(1));
        auto third = sync(l[0]);
        QVERIFY2(third, qPrintable(third ? QString() : third.error().message));
        QCOMPARE(third->eventsPulled, qint64(1));
        QCOMPARE(third->eventsPushed, qint64(0));
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        QCOMPARE(derived(*l[0].file), derived(*l[1].file));
        for (Laptop &x : l) {
            auto report = AuditVerifier(x.file->db()).run();
            QVERIFY(report);
            QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        }
        // Again: nothing moves.
        auto again = sync(l[1]);
        QVERIFY(again);
        QCOMPARE(again->eventsPushed + again->eventsPulled, qint64(0));
    }

    // Small batches on both sides give the same result, a batch a transaction.
    void batchesOfOneGiveTheSameRecord()
    {
        auto l = team(u"batches"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        for (const QString &ref : {u"CASE-2018-0012"_s, u"CASE-2018-0013"_s, u"CASE-2017-0001"_s})
            QVERIFY(decide(l[0], ref, u"annotate"_s, u"note on "_s + ref));
        auto pushed = sync(l[0], 1, 1);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->eventsPushed, qint64(3));
        auto pulled = sync(l[1], 1, 1);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(3));
        QVERIFY(pulled->batchesPulled > 3);
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        QCOMPARE(derived(*l[0].file), derived(*l[1].file));
    }

    // Two reviewers decide the same case apart; after both sync, both laptops show the conflict,
    // found by the same fold as a bundle's.
    void decisionsMadeApartBecomeAConflictEverywhere()
    {
        auto l = team(u"apart"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QVERIFY(decide(l[0], u"CASE-2018-0013"_s, u"ban"_s, u"Banned on the advisory"_s));
        QVERIFY(decide(l[1], u"CASE-2018-0013"_s, u"clear"_s, u"Cleared on the statement"_s));
        QVERIFY(sync(l[0]));
        auto b = sync(l[1]);
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
        QCOMPARE(b->newConflicts, QStringList{u"CASE-2018-0013"_s});
        QVERIFY(sync(l[0]));
        QCOMPARE(l[0].file->text(u"SELECT state FROM cases WHERE ref = 'CASE-2018-0013'"_s), u"conflict"_s);
        QCOMPARE(derived(*l[0].file), derived(*l[1].file));
    }

    // A login that is not a reviewer of this team is told so before anything moves.
    void aLoginOutsideTheTeamIsRefused()
    {
        QVERIFY(m_pg->createDatabase(u"other"_s, u"admin"_s));
        auto admin = ServerConnection::open(m_pg->address(u"other"_s, u"admin"_s));
        QVERIFY(admin);
        QVERIFY(TeamSchema::init(**admin));
        test::TestDatabase laptop;
        laptop.loadDemo();
        ServerSync s(laptop.db(), **admin);
        const Status connected = s.connect();
        QVERIFY(!connected);
        QVERIFY2(connected.error().message.contains(u"not an enabled reviewer"_s),
                 qPrintable(connected.error().message));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestServerSync)
#include "tst_ServerSync.moc"
