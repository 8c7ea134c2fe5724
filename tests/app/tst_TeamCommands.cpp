// The team commands and `adreview sync --server` as a person runs them, against a real PostgreSQL
// started by the test: an admin sets up the team and a reviewer, the reviewer syncs over TCP with
// a password, and the faults a person meets (a wrong password, a server upgraded by a newer
// AdReview) end with a clear message and nothing written.
#include "TestDatabase.h"
#include "TestPostgres.h"

#include "team/ServerConnection.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using namespace Qt::StringLiterals;

namespace adreview {

class TestTeamCommands : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        bool ok() const { return exitCode == 0; }
        QString all() const { return out + err; }
    };

    std::unique_ptr<test::TestPostgres> m_pg;
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_admin;

    QProcessEnvironment environment(const QString &password = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.remove(u"ADREVIEW_KEY_DIR"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"ADREVIEW_REVIEWER"_s, u"ana"_s);
        env.insert(u"ADREVIEW_DEVICE"_s, u"ana-laptop"_s);
        env.remove(u"PGPASSWORD"_s);
        if (!password.isEmpty())
            env.insert(u"PGPASSWORD"_s, password);
        return env;
    }

    Run run(const QStringList &args, const QString &password = {}, const QByteArray &input = {}) const
    {
        QProcess p;
        p.setProgram(m_bin);
        p.setArguments(args);
        p.setProcessEnvironment(environment(password));
        p.start();
        p.write(input);
        p.closeWriteChannel(); // not a terminal: nothing is prompted for
        Run r;
        if (!p.waitForFinished(120000))
            p.kill();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString db(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("ADREVIEW_BIN");
        QVERIFY2(!m_bin.isEmpty(), "ADREVIEW_BIN is not set: run this test through ctest");
        m_pg = std::make_unique<test::TestPostgres>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->psql(u"postgres"_s, u"CREATE ROLE admin LOGIN CREATEROLE"_s));
        QVERIFY(m_pg->createDatabase(u"team"_s, u"admin"_s));
        m_admin = m_pg->address(u"team"_s, u"admin"_s);
        const Run init = run({u"team"_s, u"init"_s, u"--server"_s, m_admin});
        QVERIFY2(init.ok(), qPrintable(init.all()));
        const Run again = run({u"team"_s, u"init"_s, u"--server"_s, m_admin});
        QVERIFY2(again.ok(), qPrintable(again.all()));
        const Run added =
            run({u"team"_s, u"add-reviewer"_s, u"--server"_s, m_admin, u"ana"_s}, {}, "correct horse battery\n");
        QVERIFY2(added.ok(), qPrintable(added.all()));
    }

    // The reviewer's first sync over TCP, with the password libpq finds in PGPASSWORD.
    void aReviewerSyncsWithTheirPassword()
    {
        const QString path = db(u"ana"_s);
        QVERIFY(run({u"demo"_s, u"--db"_s, path}).ok());
        const Run decided = run({u"annotate"_s, u"--db"_s, path, u"CASE-2018-0012"_s, u"--text"_s, u"Checked"_s});
        QVERIFY2(decided.ok(), qPrintable(decided.all()));
        const Run synced = run({u"sync"_s, u"--server"_s, m_pg->tcpAddress(u"team"_s, u"ana"_s), u"--db"_s, path},
                               u"correct horse battery"_s);
        QVERIFY2(synced.ok(), qPrintable(synced.all()));
        QVERIFY2(synced.out.contains(u"sent 1 event (1 new case)"_s), qPrintable(synced.out));
        QVERIFY2(!synced.out.contains(u"battery"_s), qPrintable(synced.out)); // the address shown has no password
        const Run held = run({u"sync"_s, u"--quarantine"_s, u"--db"_s, path});
        QVERIFY2(held.ok(), qPrintable(held.all()));
        QCOMPARE(held.out, u"no events set aside\n"_s);
    }

    // A wrong password, and none at all when not on a terminal: refused by the server, said so,
    // and a laptop joining by a first pull is left without a half-made file.
    void aWrongPasswordIsRefusedAndNothingIsWritten()
    {
        const QString path = db(u"new-laptop"_s);
        const Run wrong =
            run({u"sync"_s, u"--server"_s, m_pg->tcpAddress(u"team"_s, u"ana"_s), u"--db"_s, path}, u"wrong"_s);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.err.contains(u"password"_s), qPrintable(wrong.err));
        QVERIFY2(!wrong.err.contains(u"wrong"_s), qPrintable(wrong.err)); // not echoed
        QVERIFY(!QFile::exists(path));
        const Run none = run({u"sync"_s, u"--server"_s, m_pg->tcpAddress(u"team"_s, u"ana"_s), u"--db"_s, path});
        QVERIFY(!none.ok());
        QVERIFY2(none.err.contains(u"password"_s), qPrintable(none.err));
        QVERIFY(!QFile::exists(path));
    }

    // A laptop killed (SIGKILL) in the middle of a push, and another in the middle of its first
    // pull: each batch committed stays, nothing is doubled, and the next sync completes.
    void aLaptopKilledMidSyncLosesNothing()
    {
        QVERIFY(m_pg->createDatabase(u"killed"_s, u"admin"_s));
        const QString admin = m_pg->address(u"killed"_s, u"admin"_s);
        QVERIFY(run({u"team"_s, u"init"_s, u"--server"_s, admin}).ok());
        // The generator's team: intake flags every case, the reviewers decide, each on a laptop.
        const QStringList team{u"intake"_s,      u"ana.moreau"_s, u"dev.patel"_s,  u"grace.okafor"_s, u"lena.fischer"_s,
                               u"omar.haddad"_s, u"sara.lind"_s,  u"tom.becker"_s, u"yuki.sato"_s};
        for (const QString &name : team)
            QVERIFY(run({u"team"_s, u"add-reviewer"_s, u"--server"_s, admin, u"--no-password"_s, name}).ok());
        QVERIFY(run({u"team"_s, u"add-reviewer"_s, u"--server"_s, admin, u"--no-password"_s, u"new.hire"_s}).ok());
        const QString big = db(u"generated"_s);
        QVERIFY(run({u"generate"_s, u"--db"_s, big, u"--cases"_s, u"12000"_s, u"--seed"_s, u"7"_s}).ok());
        auto bigFile = Database::open(big);
        QVERIFY(bigFile);
        const qint64 anaEvents =
            test::rows(**bigFile, u"SELECT count(*) FROM events WHERE reviewer = 'ana.moreau'"_s).toLongLong();
        const qint64 allEvents = test::rows(**bigFile, u"SELECT count(*) FROM events"_s).toLongLong();
        bigFile->reset();
        QVERIFY(anaEvents > 1500);
        // Everyone but ana has pushed (from one file standing in for their laptops).
        for (const QString &name : team) {
            if (name == u"ana.moreau")
                continue;
            const Run pushed =
                run({u"sync"_s, u"--server"_s, m_pg->address(u"killed"_s, name), u"--db"_s, big, u"--push-only"_s});
            QVERIFY2(pushed.ok(), qPrintable(pushed.all()));
        }
        const qint64 othersEvents = allEvents - anaEvents;
        auto watch = ServerConnection::open(m_pg->address(u"killed"_s));
        QVERIFY(watch);
        const auto onServer = [&] {
            auto rows = (*watch)->exec(u"SELECT count(*) FROM adreview.events"_s, {}, u"watching"_s);
            return rows ? rows->integer(0, 0) : -1;
        };
        // Killed once the first batch is in, well before the last.
        const auto killWhen = [&](const QStringList &args, const std::function<bool()> &midway) {
            QProcess p;
            p.setProgram(m_bin);
            p.setArguments(args);
            p.setProcessEnvironment(environment());
            p.start();
            bool killed = false;
            for (int i = 0; i < 6000 && p.state() != QProcess::NotRunning; ++i) {
                if (midway()) {
                    p.kill(); // SIGKILL
                    killed = true;
                    break;
                }
                QThread::msleep(5);
            }
            p.waitForFinished(60000);
            return killed && p.exitStatus() == QProcess::CrashExit;
        };
        const QString ana = m_pg->address(u"killed"_s, u"ana.moreau"_s);
        // Each batch of the push waits a moment on the server before it commits, so that the watcher
        // finds it midway however fast the machine pushes.
        QVERIFY(m_pg->psql(u"killed"_s, u"CREATE FUNCTION public.slow_batch() RETURNS trigger LANGUAGE plpgsql AS "
                                        "$$BEGIN PERFORM pg_sleep(0.3); RETURN NULL; END$$; "
                                        "CREATE TRIGGER slow_batch AFTER INSERT ON adreview.events FOR EACH STATEMENT "
                                        "EXECUTE FUNCTION public.slow_batch()"_s));
        QVERIFY(killWhen({u"sync"_s, u"--server"_s, ana, u"--db"_s, big, u"--push-only"_s}, [&] {
            const qint64 n = onServer() - othersEvents;
            return n > 0 && n < anaEvents;
        }));
        QVERIFY(m_pg->psql(u"killed"_s,
                           u"DROP TRIGGER slow_batch ON adreview.events; DROP FUNCTION public.slow_batch()"_s));
        const qint64 afterKill = onServer() - othersEvents;
        QVERIFY2(afterKill > 0 && afterKill < anaEvents, qPrintable(QString::number(afterKill)));
        const Run resumed = run({u"sync"_s, u"--server"_s, ana, u"--db"_s, big, u"--push-only"_s});
        QVERIFY2(resumed.ok(), qPrintable(resumed.all()));
        QCOMPARE(onServer(), othersEvents + anaEvents);

        // A new laptop's first pull, killed after its first batch is merged.
        const QString fresh = db(u"fresh"_s);
        const QString dev = m_pg->address(u"killed"_s, u"new.hire"_s);
        QVERIFY(killWhen({u"sync"_s, u"--server"_s, dev, u"--db"_s, fresh, u"--pull-only"_s}, [&] {
            auto file = QFile::exists(fresh) ? Database::open(fresh)
                                             : Result<std::unique_ptr<Database>>(Error::rejected(QString()));
            if (!file)
                return false;
            const qint64 n = test::rows(**file, u"SELECT count(*) FROM events"_s).toLongLong();
            return n > 0 && n < othersEvents + anaEvents;
        }));
        // The killed pull wrote without the queue's indexes, and left them recorded in the file (read
        // here with SQLite alone: opening it as AdReview does would build them).
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(fresh);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name = 'cases_tabs'"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        // The next open builds them, the killed program's lock being gone with it.
        const QString indexes = u"SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name"_s;
        auto bigAgain = Database::open(big);
        QVERIFY(bigAgain);
        {
            auto reopened = Database::open(fresh);
            QVERIFY(reopened);
            QCOMPARE(test::rows(**reopened, indexes), test::rows(**bigAgain, indexes));
            QCOMPARE(test::rows(**reopened, u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s), u"0"_s);
            QVERIFY(!QFile::exists(fresh + u"-indexes.lock"_s));
        }
        const Run pulled = run({u"sync"_s, u"--server"_s, dev, u"--db"_s, fresh, u"--pull-only"_s});
        QVERIFY2(pulled.ok(), qPrintable(pulled.all()));
        auto freshFile = Database::open(fresh);
        QVERIFY(freshFile);
        QCOMPARE(test::rows(**freshFile, u"SELECT count(*), count(DISTINCT uuid) FROM events"_s),
                 u"%1|%1"_s.arg(othersEvents + anaEvents));
        // The pull that completed it set them aside again and built them at its end.
        QCOMPARE(test::rows(**freshFile, u"SELECT count(*) FROM meta WHERE key = 'indexes_set_aside'"_s), u"0"_s);
        QCOMPARE(test::rows(**freshFile, indexes), test::rows(**bigAgain, indexes));
        QVERIFY(!QFile::exists(fresh + u"-indexes.lock"_s));
        bigAgain->reset();
        freshFile->reset();
        for (const QString &file : {big, fresh}) {
            const Run verified = run({u"verify"_s, u"--db"_s, file});
            QVERIFY2(verified.ok(), qPrintable(verified.all()));
        }
    }

    // A file restored from a backup after its events reached the server, and written on: restore
    // says to sync first; the sync names the fork, sends nothing of that device, and still brings
    // the others' work (exit 1 for the refusal); verify passes.
    void aRestoredFileThatWentOnIsNamedAndStillReceives()
    {
        QVERIFY(m_pg->createDatabase(u"fork"_s, u"admin"_s));
        const QString admin = m_pg->address(u"fork"_s, u"admin"_s);
        QVERIFY(run({u"team"_s, u"init"_s, u"--server"_s, admin}).ok());
        for (const QString &name : {u"grace"_s, u"ben"_s})
            QVERIFY(run({u"team"_s, u"add-reviewer"_s, u"--server"_s, admin, u"--no-password"_s, name}).ok());
        const QString graces = db(u"grace-fork"_s), bens = db(u"ben-fork"_s);
        QVERIFY(run({u"demo"_s, u"--db"_s, graces}).ok());
        QVERIFY(run({u"demo"_s, u"--db"_s, bens}).ok());
        const auto note = [&](const QString &file, const QString &who, const QString &text) {
            return run({u"annotate"_s, u"--db"_s, file, u"--reviewer"_s, who, u"--device"_s, who + u"-laptop"_s,
                        u"CASE-2018-0011"_s, u"--text"_s, text})
                .ok();
        };
        const auto sync = [&](const QString &file, const QString &who) {
            return run({u"sync"_s, u"--server"_s, m_pg->address(u"fork"_s, who), u"--db"_s, file});
        };
        QVERIFY(run({u"backup"_s, u"--db"_s, graces}).ok());
        QVERIFY(note(graces, u"grace"_s, u"Sent before the restore"_s));
        QVERIFY(sync(graces, u"grace"_s).ok());
        const Run restored = run({u"restore"_s, u"--db"_s, graces});
        QVERIFY2(restored.ok() && restored.out.contains(u"sync before deciding"_s), qPrintable(restored.out));
        QVERIFY(note(graces, u"grace"_s, u"Made after the restore"_s));
        QVERIFY(note(bens, u"ben"_s, u"Ben's work"_s));
        QVERIFY(sync(bens, u"ben"_s).ok());

        const Run forked = sync(graces, u"grace"_s);
        QCOMPARE(forked.exitCode, 1);
        QVERIFY2(forked.err.contains(u"device grace-laptop's history here and on the team server part at #1"_s),
                 qPrintable(forked.err));
        QVERIFY2(forked.out.contains(u"received 1 new event;"_s) && forked.out.contains(u"set aside 1 event "_s),
                 qPrintable(forked.out));
        auto file = Database::open(graces);
        QVERIFY(file);
        QCOMPARE(test::rows(**file, u"SELECT count(*) FROM events WHERE rationale = 'Ben''s work'"_s), u"1"_s);
        file->reset();
        QVERIFY(run({u"verify"_s, u"--db"_s, graces}).ok());
    }

    // A server a newer AdReview has upgraded: this one says so and changes nothing, on either side.
    void aNewerServerSchemaIsRefused()
    {
        QVERIFY(m_pg->createDatabase(u"newer"_s, u"admin"_s));
        const QString admin = m_pg->address(u"newer"_s, u"admin"_s);
        QVERIFY(run({u"team"_s, u"init"_s, u"--server"_s, admin}).ok());
        QVERIFY(run({u"team"_s, u"add-reviewer"_s, u"--server"_s, admin, u"--no-password"_s, u"ana2"_s}).ok());
        QVERIFY(m_pg->psql(u"newer"_s, u"INSERT INTO adreview.schema_version (version, name) VALUES (99, 'future')"_s,
                           u"admin"_s));
        const QString path = db(u"ana"_s);
        const auto count = [&] {
            auto file = Database::open(path);
            return file ? test::rows(**file, u"SELECT count(*), max(at) FROM events"_s) : QString();
        };
        const QString before = count();
        QVERIFY(!before.isEmpty());
        const Run synced = run({u"sync"_s, u"--server"_s, m_pg->address(u"newer"_s, u"ana2"_s), u"--db"_s, path});
        QVERIFY(!synced.ok());
        QVERIFY2(synced.err.contains(u"newer than this AdReview knows"_s), qPrintable(synced.err));
        const Run init = run({u"team"_s, u"init"_s, u"--server"_s, admin});
        QVERIFY(!init.ok());
        QVERIFY2(init.err.contains(u"newer"_s), qPrintable(init.err));
        QCOMPARE(count(), before);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestTeamCommands)
#include "tst_TeamCommands.moc"
