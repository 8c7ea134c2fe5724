// The team commands and `adreview sync --server` as a person runs them, against a real PostgreSQL
// started by the test: an admin sets up the team and a reviewer, the reviewer syncs over TCP with
// a password, and the faults a person meets (a wrong password, a server upgraded by a newer
// AdReview) end with a clear message and nothing written.
#include "TestDatabase.h"
#include "TestPostgres.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        QVERIFY2(synced.out.contains(u"sent 1 events"_s), qPrintable(synced.out));
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
