// ServerSync as a property: three laptops and a team server, and fifty random schedules of
// offline decisions, pushes, pulls and bundle swaps between laptops. However the work and the
// exchanges interleave, once everyone has synced every laptop holds the same events as each
// other and as the server (beyond the demo history they all started from), the same derived
// state as a new laptop that only pulled, conflicts in the same cases, and verify passes on all.
#include "TestDatabase.h"
#include "TestPostgres.h"
#include "storage/AuditVerifier.h"
#include "sync/SyncBundle.h"
#include "team/ServerConnection.h"
#include "team/ServerSync.h"
#include "team/TeamAdmin.h"
#include "team/TeamSchema.h"

#include <QRandomGenerator>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

class TestServerSyncSchedules : public QObject {
    Q_OBJECT

private:
    struct Laptop {
        std::unique_ptr<test::TestDatabase> file;
        std::unique_ptr<ServerConnection> server;
        QString reviewer;
    };

    std::unique_ptr<test::TestPostgres> m_pg;

    static std::unique_ptr<test::TestDatabase> fromDemo()
    {
        auto t = std::make_unique<test::TestDatabase>();
        t->makeDemo();
        return t;
    }

    static Status sync(Laptop &l, bool push, bool pull)
    {
        ServerSync s(l.file->db(), *l.server);
        if (auto ok = s.connect(); !ok)
            return ok;
        if (push) {
            if (auto pushed = s.push(3); !pushed)
                return pushed.error();
        }
        if (pull) {
            if (auto pulled = s.pull(5); !pulled)
                return pulled.error();
        }
        return {};
    }

    static QString events(test::TestDatabase &d, const QString &where = {})
    {
        return test::rows(d.db(), u"SELECT uuid, hash FROM events %1 ORDER BY uuid"_s.arg(where));
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
    }

    // Ben's note reaches ana by bundle and she decides on top of it; her decision reaches the server
    // before his note does. Lea's laptop keeps the decision waiting (not merged, nothing blocked)
    // until ben pushes, then merges both.
    void anEventFollowingOneNotOnTheServerWaitsForIt()
    {
        QVERIFY(m_pg->createDatabase(u"waits"_s));
        auto admin = ServerConnection::open(m_pg->address(u"waits"_s));
        QVERIFY(admin);
        QVERIFY(TeamSchema::init(**admin));
        std::vector<Laptop> l;
        for (const QString &name : {u"w-ana"_s, u"w-ben"_s, u"w-lea"_s}) {
            QVERIFY(TeamAdmin(**admin).addReviewer(name, false, {}));
            Laptop laptop{fromDemo(), nullptr, name};
            QVERIFY(laptop.file);
            auto login = ServerConnection::open(m_pg->address(u"waits"_s, name));
            QVERIFY(login);
            laptop.server = std::move(*login);
            l.push_back(std::move(laptop));
        }
        Command note;
        note.caseRef = u"CASE-2018-0012"_s;
        note.action = u"annotate"_s;
        note.rationale = u"Ben's note"_s;
        QVERIFY(l[1].file->reviewAs(u"w-ben"_s, u"w-ben-laptop"_s).submit(note));
        const QString bundle = l[1].file->dirPath() + u"/ben.adrbundle"_s;
        QVERIFY(SyncBundle::write(l[1].file->db(), Identity{u"w-ben"_s, u"w-ben-laptop"_s}, l[1].file->clock(), bundle,
                                  {}));
        QVERIFY(test::mergeTrusting(l[0].file->db(), bundle));
        Command ban;
        ban.caseRef = u"CASE-2018-0012"_s;
        ban.action = u"ban"_s;
        ban.policyCode = u"ADS-CRYPTO"_s;
        ban.evidenceRefs = {u"EV-1"_s};
        ban.rationale = u"Banned after Ben's note"_s;
        QVERIFY(l[0].file->reviewAs(u"w-ana"_s, u"w-ana-laptop"_s).submit(ban));
        QVERIFY(sync(l[0], true, true));

        ServerSync lea(l[2].file->db(), *l[2].server);
        auto first = lea.pull();
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->eventsWaiting, qint64(1));
        QCOMPARE(first->eventsPulled, qint64(0));
        QVERIFY(first->summary().contains(u"1 event waits"_s));
        QCOMPARE(l[2].file->text(u"SELECT state FROM cases WHERE ref = 'CASE-2018-0012'"_s), u"open"_s);

        QVERIFY(sync(l[1], true, false));
        auto second = ServerSync(l[2].file->db(), *l[2].server).pull();
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(second->eventsWaiting, qint64(0));
        QCOMPARE(second->eventsPulled, qint64(2));
        QCOMPARE(derived(*l[2].file), derived(*l[0].file));
        QCOMPARE(l[2].file->text(u"SELECT count(*) FROM server_waiting"_s), u"0"_s);
    }

    void everyScheduleEndsInOneRecord_data()
    {
        QTest::addColumn<int>("schedule");
        for (int i = 0; i < 50; ++i)
            QTest::addRow("schedule %d", i) << i;
    }

    void everyScheduleEndsInOneRecord()
    {
        QFETCH(int, schedule);
        const QString database = u"s%1"_s.arg(schedule);
        QVERIFY(m_pg->createDatabase(database));
        auto admin = ServerConnection::open(m_pg->address(database));
        QVERIFY(admin);
        QVERIFY(TeamSchema::init(**admin));
        TeamAdmin people(**admin);
        std::vector<Laptop> laptops;
        for (int i = 0; i < 4; ++i) { // the fourth only pulls, at the end
            Laptop l;
            l.reviewer = u"s%1r%2"_s.arg(schedule).arg(i);
            QVERIFY(people.addReviewer(l.reviewer, i == 0, {})); // the first is a lead
            l.file = fromDemo();
            QVERIFY(l.file);
            auto login = ServerConnection::open(m_pg->address(database, l.reviewer));
            QVERIFY(login);
            l.server = std::move(*login);
            laptops.push_back(std::move(l));
        }
        const QString demoUuids = test::rows(laptops[3].file->db(), u"SELECT group_concat(quote(uuid)) FROM events"_s);

        // Cases a schedule works on: open, in review and escalated in the demo.
        const QStringList cases{u"CASE-2018-0010"_s, u"CASE-2018-0011"_s, u"CASE-2018-0012"_s, u"CASE-2018-0013"_s,
                                u"CASE-2018-0007"_s};
        QRandomGenerator random(quint32(1000 + schedule));
        QStringList log;
        for (int step = 0; step < 16; ++step) {
            const int i = int(random.bounded(3));
            Laptop &l = laptops[size_t(i)];
            switch (random.bounded(6)) {
            case 0:
            case 1: { // an offline decision; the rules may refuse it, as they would in the window
                Command c;
                c.caseRef = cases[int(random.bounded(cases.size()))];
                const int kind = int(random.bounded(4));
                c.action = QStringList{u"annotate"_s, u"ban"_s, u"clear"_s, u"escalate"_s}[kind];
                c.rationale = u"step %1 by %2"_s.arg(step).arg(l.reviewer);
                if (c.action == u"ban") {
                    c.policyCode = u"ADS-CRYPTO"_s;
                    c.evidenceRefs = {u"EV-1"_s};
                }
                const bool done = bool(l.file->reviewAs(l.reviewer, l.reviewer + u"-laptop"_s).submit(c));
                log << u"%1 %2 %3 %4"_s.arg(l.reviewer, c.action, c.caseRef, done ? u"ok"_s : u"refused"_s);
                break;
            }
            case 2:
                QVERIFY2(sync(l, true, false), qPrintable(log.join(u'\n')));
                log << l.reviewer + u" push"_s;
                break;
            case 3:
                QVERIFY2(sync(l, false, true), qPrintable(log.join(u'\n')));
                log << l.reviewer + u" pull"_s;
                break;
            case 4:
                QVERIFY2(sync(l, true, true), qPrintable(log.join(u'\n')));
                log << l.reviewer + u" sync"_s;
                break;
            case 5: { // a bundle from this laptop to another, as on a trip without the server
                Laptop &to = laptops[size_t((i + 1 + int(random.bounded(2))) % 3)];
                const QString bundle = l.file->dirPath() + u"/swap-%1.adrbundle"_s.arg(step);
                QVERIFY(SyncBundle::write(l.file->db(), Identity{l.reviewer, l.reviewer + u"-laptop"_s},
                                          l.file->clock(), bundle, {}));
                auto merged = test::mergeTrusting(to.file->db(), bundle);
                QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
                log << l.reviewer + u" bundle to "_s + to.reviewer;
                break;
            }
            }
        }
        // Everyone syncs, twice round, and a new laptop pulls.
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 3; ++i) {
                const Status synced = sync(laptops[size_t(i)], true, true);
                QVERIFY2(synced, qPrintable((synced ? QString() : synced.error().message) + u'\n' + log.join(u'\n')));
            }
        }
        QVERIFY(sync(laptops[3], false, true));

        const QString context = log.join(u'\n');
        const QString all = events(*laptops[0].file);
        for (Laptop &l : laptops) {
            QVERIFY2(events(*l.file) == all, qPrintable(l.reviewer + u'\n' + context));
            QVERIFY2(derived(*l.file) == derived(*laptops[3].file), qPrintable(l.reviewer + u'\n' + context));
            auto report = AuditVerifier(l.file->db()).run();
            QVERIFY(report);
            QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n') + u'\n' + context));
        }
        // The server holds exactly what was decided beyond the demo.
        auto su = ServerConnection::open(m_pg->address(database));
        QVERIFY(su);
        auto onServer = (*su)->exec(u"SELECT uuid || '|' || hash FROM adreview.events ORDER BY uuid"_s, {}, u"test"_s);
        QVERIFY(onServer);
        QStringList serverEvents;
        for (int r = 0; r < onServer->size(); ++r)
            serverEvents << onServer->text(r, 0);
        QCOMPARE(serverEvents.join(u'\n'),
                 events(*laptops[0].file, u"WHERE uuid NOT IN (%1)"_s.arg(demoUuids.isEmpty() ? u"''"_s : demoUuids)));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestServerSyncSchedules)
#include "tst_ServerSyncSchedules.moc"
