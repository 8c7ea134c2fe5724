#include "domain/Vocabulary.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <latch>
#include <thread>

using namespace Qt::StringLiterals;

namespace adreview {

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray digest(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QString pragma(Database &db, const QString &name) { return pragma(db.connection(), name); }
    static QString pragma(const QSqlDatabase &connection, const QString &name)
    {
        QSqlQuery q(connection);
        if (!q.exec(u"PRAGMA "_s + name) || !q.next())
            return {};
        return q.value(0).toString();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    // A database at exactly `version`, made by running the first migrations by hand.
    void makeAtVersion(const QString &path, int version)
    {
        const QString name = u"raw-%1"_s.arg(version);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const Migrations::Step &step : Migrations::all()) {
                if (step.version > version)
                    break;
                for (const QString &statement : step.statements)
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(version)));
            if (version >= 1) {
                QVERIFY(q.exec(u"INSERT INTO advertisers (ref, name, country) VALUES ('old-co', 'Old Co', 'US')"_s));
                QVERIFY(q.exec(u"INSERT INTO cases (ref, advertiser_id, policy_id, summary, priority, priority_rank, "
                               "source, opened_at, due_at) VALUES ('CASE-OLD', 1, 1, 'Filed before the upgrade', "
                               "'low', 3, 'press', 0, 1)"_s));
                QVERIFY(q.exec(u"INSERT INTO evidence (case_id, ref, kind, title, source, date, reliability, "
                               "content_hash) VALUES (1, 'EV-1', 'news-citation', 'Wireless widgets', 'Gazette', "
                               "'2017-01-01', 'probable', 'x')"_s));
                QVERIFY(q.exec(u"INSERT INTO events (uuid, case_id, action, reviewer, device, seq, at, prev_hash, "
                               "hash) VALUES ('old-event', 1, 'flag', 'ann', 'desk', 1, 0, '', 'h')"_s));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // How many temporary b-trees the statement builds each time it runs.
    static int ephemeralTables(const QSqlDatabase &connection, const QString &sql)
    {
        QSqlQuery q(connection);
        if (!q.exec(u"EXPLAIN "_s + sql))
            return -1;
        int count = 0;
        while (q.next())
            count += q.value(1).toString() == u"OpenEphemeral"_s ? 1 : 0;
        return count;
    }

    static QStringList schema(const QSqlDatabase &connection)
    {
        QSqlQuery q(connection);
        QStringList rows;
        if (q.exec(u"SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema ORDER BY name"_s))
            while (q.next())
                rows.append(q.value(0).toString());
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsAFreshDatabaseWithDurableSettings()
    {
        auto db = Database::open(file(u"fresh.sqlite"_s));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(pragma(**db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(**db, u"synchronous"_s), u"2"_s); // FULL
        QCOMPARE(pragma(**db, u"foreign_keys"_s), u"1"_s);
        QCOMPARE(pragma(**db, u"user_version"_s).toInt(), Database::latestSchemaVersion());
        QCOMPARE(pragma(**db, u"application_id"_s).toInt(), Database::applicationId);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM policies"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 4);
    }

    void migratesFromEveryOlderVersion()
    {
        for (int version = 0; version < Database::latestSchemaVersion(); ++version) {
            const QString path = file(u"v%1.sqlite"_s.arg(version));
            makeAtVersion(path, version);
            auto db = Database::open(path);
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
            QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
            QCOMPARE(pragma(**db, u"user_version"_s).toInt(), Database::latestSchemaVersion());
            if (version >= 1) {
                QSqlQuery q((*db)->connection());
                QVERIFY(q.exec(u"SELECT name FROM advertisers WHERE ref = 'old-co'"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"Old Co"_s);
                // The file as it was before the upgrade, kept with the backups.
                const auto copies = Backups(path).list();
                QCOMPARE(copies.size(), 1);
                QCOMPARE(copies.first().reason, u"before-v%1"_s.arg(version + 1));
                QSqlDatabase kept = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"kept"_s);
                kept.setDatabaseName(copies.first().path);
                QVERIFY(kept.open());
                QCOMPARE(pragma(kept, u"user_version"_s).toInt(), version);
                QSqlQuery k(kept);
                QVERIFY(k.exec(u"SELECT count(*) FROM advertisers WHERE ref = 'old-co'"_s) && k.next());
                QCOMPARE(k.value(0).toInt(), 1);
                k.finish();
                kept.close();
            } else {
                QVERIFY(Backups(path).list().isEmpty()); // a new file has nothing to keep
            }
            QSqlDatabase::removeDatabase(u"kept"_s);
            if (version == 1) {
                // version 2 copies advertiser names onto the cases it finds and indexes them for search
                QSqlQuery q((*db)->connection());
                QVERIFY(q.exec(u"SELECT advertiser_name FROM cases WHERE ref = 'CASE-OLD'"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"Old Co"_s);
                QVERIFY(q.exec(u"SELECT count(*) FROM case_search WHERE case_search MATCH 'wireless'"_s) && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            }
            // version 3 adds the indexes of the decision reports
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                           "('events_decided_at', 'events_decided_case', 'cases_backlog')"_s) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 3);
        }
    }

    // Bans recorded with statements before version 11 get the end of their restrictions and their
    // review date from the statement, as the fold gives them to later decisions.
    void version11DatesTheBansRecordedBefore()
    {
        const QString path = file(u"ends.sqlite"_s);
        makeAtVersion(path, 10);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-ends"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            // One ban ending with its last restriction, one with a restriction that has no end.
            QVERIFY(
                q.exec(u"INSERT INTO cases (ref, advertiser_id, policy_id, summary, priority, priority_rank, "
                       "source, opened_at, due_at) VALUES ('CASE-TWO', 1, 1, 'Second', 'low', 3, 'press', 0, 1)"_s));
            const QString ends = uR"({"account":"DECISION_ACCOUNT_SUSPENDED","end_account":"2027-01-10",)"
                                 uR"("end_monetary":"2027-02-01","monetary":"DECISION_MONETARY_SUSPENSION",)"
                                 uR"("review_by":"2026-12-20"})"_s;
            const QString lasts = uR"({"account":"DECISION_ACCOUNT_SUSPENDED","end_monetary":"2027-02-01",)"
                                  uR"("monetary":"DECISION_MONETARY_SUSPENSION"})"_s;
            QSqlQuery insert(raw);
            QVERIFY(insert.prepare(u"INSERT INTO events (uuid, case_id, action, reviewer, device, seq, at, prev_hash, "
                                   "hash, statement) VALUES (?, ?, 'ban', 'ann', 'desk', ?, ?, '', 'h', ?)"_s));
            const QVariantList rows[] = {{u"ban-one"_s, 1, 2, 1000, ends}, {u"ban-two"_s, 2, 3, 2000, lasts}};
            for (const QVariantList &row : rows) {
                for (int i = 0; i < row.size(); ++i)
                    insert.bindValue(i, row[i]);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
            QVERIFY(q.exec(u"UPDATE cases SET state = 'decided', outcome = 'banned', decided_at = "
                           "CASE id WHEN 1 THEN 1000 ELSE 2000 END"_s));
            QVERIFY(q.exec(u"UPDATE advertisers SET status = 'banned'"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw-ends"_s);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        const auto day = [](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        };
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"SELECT ref, restricted_until, review_by FROM cases ORDER BY id"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toLongLong(), day(2027, 2, 1));
        QCOMPARE(q.value(2).toLongLong(), day(2026, 12, 20));
        QVERIFY(q.next());
        QVERIFY(q.value(1).isNull()); // the account suspension has no end
        QVERIFY(q.value(2).isNull());
        // Of the advertiser's two standing bans one has no end, so it stays banned.
        QVERIFY(q.exec(u"SELECT status, restricted_until FROM advertisers"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"banned"_s);
        QVERIFY(q.value(1).isNull());
    }

    // The appeals recorded before version 12 name the case whose ban they contest as it was found
    // until then: the advertiser's latest ban on another case made before the appeal was filed.
    void version12NamesTheCaseEachAppealContests()
    {
        const QString path = file(u"contests.sqlite"_s);
        makeAtVersion(path, 11);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-contests"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO cases (ref, advertiser_id, policy_id, summary, priority, priority_rank, "
                           "source, opened_at, due_at) VALUES ('CASE-TWO', 1, 1, 'Second', 'low', 3, 'press', 0, 1), "
                           "('APPEAL-ONE', 1, 1, 'Appeal', 'low', 3, 'appeal', 2000, 9000), "
                           "('APPEAL-EARLY', 1, 1, 'Too early', 'low', 3, 'appeal', 500, 9000)"_s));
            // Case 1 banned at 1000, CASE-TWO at 3000 (after APPEAL-ONE was filed).
            QVERIFY(q.exec(u"INSERT INTO events (uuid, case_id, action, reviewer, device, seq, at, prev_hash, hash) "
                           "VALUES ('ban-one', 1, 'ban', 'ann', 'desk', 2, 1000, '', 'h1'), "
                           "('ban-two', 2, 'ban', 'ann', 'desk', 3, 3000, '', 'h2')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw-contests"_s);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"SELECT (SELECT ref FROM cases WHERE id = 1), group_concat(ref || '=' || contests, ' ') "
                       "FROM (SELECT ref, contests FROM cases WHERE id > 1 ORDER BY id)"_s) &&
                q.next());
        QCOMPARE(q.value(1).toString(), u"CASE-TWO= APPEAL-ONE=%1 APPEAL-EARLY="_s.arg(q.value(0).toString()));
    }

    void version4ChecksAcceptTheSameWordsWithoutTemporaryTables()
    {
        const QString path = file(u"checks.sqlite"_s);
        makeAtVersion(path, 3);
        static const QString insertEvidence =
            u"INSERT INTO evidence (case_id, ref, kind, title, source, date, reliability, content_hash) "
            "VALUES (1, 'EV-2', 'news-citation', 'Title', 'Source', '2017-01-02', 'probable', 'y')"_s;
        // A connection that read the old schema before the upgrade.
        const QString watcherName = u"watcher"_s;
        QSqlDatabase watcher = QSqlDatabase::addDatabase(u"QSQLITE"_s, watcherName);
        watcher.setDatabaseName(path);
        QVERIFY(watcher.open());
        QCOMPARE(ephemeralTables(watcher, insertEvidence), 2); // kind and reliability

        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        const QSqlDatabase conn = (*db)->connection();
        QCOMPARE(ephemeralTables(conn, insertEvidence), 0);
        // schema_version moved, so the other connection reads the new text at its next statement.
        QVERIFY(QSqlQuery(watcher).exec(u"SELECT count(*) FROM evidence"_s));
        QCOMPARE(ephemeralTables(watcher, insertEvidence), 0);
        watcher.close();
        watcher = {};
        QSqlDatabase::removeDatabase(watcherName);

        QSqlQuery q(conn);
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM cases) || (SELECT count(*) FROM evidence) || "
                       "(SELECT count(*) FROM events)"_s) &&
                q.next());
        QCOMPARE(q.value(0).toString(), u"111"_s);
        // integrity_check tests every stored row against the CHECK constraints as well.
        QCOMPARE(pragma(**db, u"integrity_check"_s), u"ok"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('cases', 'evidence', 'events') "
                       "AND sql LIKE '% IN (%'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        {
            auto fresh = Database::open(file(u"checks-fresh.sqlite"_s));
            QVERIFY(fresh.ok());
            QCOMPARE(schema(conn), schema((*fresh)->connection()));
        }

        struct Column {
            QString table, column;
            QStringList words;
        };
        const QList<Column> columns{
            {u"cases"_s, u"priority"_s, vocab::priorities()},
            {u"cases"_s, u"source"_s, vocab::sources()},
            {u"cases"_s, u"state"_s, vocab::states()},
            {u"cases"_s, u"outcome"_s, vocab::outcomes()},
            {u"evidence"_s, u"kind"_s, vocab::evidenceKinds()},
            {u"evidence"_s, u"reliability"_s, vocab::reliabilities()},
            {u"events"_s, u"action"_s, vocab::actions()},
        };
        QVERIFY((*db)->begin().ok());
        for (const Column &c : columns) {
            const QString update = u"UPDATE %1 SET %2 = ? WHERE id = 1"_s.arg(c.table, c.column);
            // Comparisons stay exact: no other spelling, case or empty text gets through.
            const QStringList unknown{u"bogus"_s, c.words.first().toUpper(), c.words.last() + u" "_s, u""_s};
            for (const QString &word : c.words + unknown) {
                q.prepare(update);
                q.addBindValue(word);
                const bool known = c.words.contains(word);
                QVERIFY2(q.exec() == known, qPrintable(u"%1.%2 = '%3'"_s.arg(c.table, c.column, word)));
                if (!known)
                    QVERIFY2(q.lastError().databaseText().contains(u"CHECK constraint failed"_s),
                             qPrintable(q.lastError().databaseText()));
            }
        }
        QVERIFY(!q.exec(QString(insertEvidence).replace(u"'news-citation'"_s, u"'bogus'"_s)));
        QVERIFY2(q.lastError().databaseText().contains(u"CHECK constraint failed"_s),
                 qPrintable(q.lastError().databaseText()));
        QVERIFY(q.exec(insertEvidence));
        (*db)->rollback();
    }

    void reopeningChangesNothing()
    {
        const QString path = file(u"again.sqlite"_s);
        {
            QVERIFY(Database::open(path).ok());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    }

    void refusesANewerSchemaUntouched()
    {
        const QString path = file(u"newer.sqlite"_s);
        {
            QVERIFY(Database::open(path).ok());
        }
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
            QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        const QByteArray before = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Unusable);
        QVERIFY2(db.error().message.contains(u"newer"_s), qPrintable(db.error().message));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesFilesThatAreNotDatabases_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("id,name\n1,Kaspersky\n") << u"not an AdReview database"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("random") << QByteArray(8192, '\x5a') << u"not an AdReview database"_s;
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("header then garbage") << header + QByteArray(4080, '\xff') << u"damaged"_s;
    }

    void refusesFilesThatAreNotDatabases()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = file(u"notdb-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        writeFile(path, bytes);
        const QByteArray before = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Unusable);
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        QCOMPARE(digest(path), before);
    }

    void refusesACorruptDatabase()
    {
        const QString path = file(u"corrupt.sqlite"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"test"_s).ok());
        }
        // Overwrite the schema page (page 1 past the 100-byte header).
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        f.write(QByteArray(3000, '\x07'));
        f.close();
        const QByteArray before = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Unusable);
        QCOMPARE(digest(path), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString path = file(u"other.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"CREATE TABLE bookmarks (url TEXT)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = digest(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(u"another program"_s), qPrintable(db.error().message));
        QCOMPARE(digest(path), before);
    }

    void refusesAMissingFileWhenAskedTo()
    {
        auto db = Database::open(file(u"missing.sqlite"_s), Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Unusable);
        QVERIFY(db.error().message.contains(u"no such database"_s));
        QVERIFY(!QFile::exists(file(u"missing.sqlite"_s)));
        auto inMissingFolder = Database::open(file(u"nowhere/x.sqlite"_s));
        QVERIFY(!inMissingFolder.ok());
        QVERIFY(inMissingFolder.error().message.contains(u"does not exist"_s));
    }

    void writeTransactionsTakeTheLockUpFront()
    {
        const QString path = file(u"lock.sqlite"_s);
        auto a = Database::open(path);
        auto b = Database::open(path);
        QVERIFY(a.ok() && b.ok());
        QVERIFY((*a)->begin().ok());
        // With BEGIN IMMEDIATE the second writer is refused at BEGIN (after the busy timeout),
        // never halfway through its work.
        QVERIFY((*b)->exec(u"PRAGMA busy_timeout = 50"_s, u"test"_s).ok());
        auto second = (*b)->begin();
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, ErrorKind::Unusable);
        QVERIFY2(second.error().message.contains(u"locked"_s), qPrintable(second.error().message));
        QVERIFY(!(*b)->inTransaction());
        QVERIFY((*a)->commit().ok());
        QVERIFY((*b)->begin().ok());
        (*b)->rollback();
    }

    // Two programs opening one new (or old) file at the same moment: the one that waits for the
    // other's migration finds it done and goes on, instead of running it again ("table meta
    // already exists", "duplicate column name").
    void twoConnectionsOpeningOneNewFileBothSucceed_data()
    {
        QTest::addColumn<int>("startVersion");
        QTest::newRow("new file") << 0;
        QTest::newRow("version 1") << 1;
    }
    void twoConnectionsOpeningOneNewFileBothSucceed()
    {
        QFETCH(int, startVersion);
        const int rounds = startVersion == 0 ? 60 : 20;
        for (int round = 0; round < rounds; ++round) {
            const QString path = file(u"race-%1-%2.sqlite"_s.arg(startVersion).arg(round));
            if (startVersion > 0)
                makeAtVersion(path, startVersion);
            std::latch start(2);
            QString errors[2];
            int versions[2] = {};
            const auto openIt = [&](int i) {
                start.arrive_and_wait();
                auto db = Database::open(path);
                if (db)
                    versions[i] = (*db)->schemaVersion();
                else
                    errors[i] = db.error().message;
            };
            std::thread first(openIt, 0);
            std::thread second(openIt, 1);
            first.join();
            second.join();
            for (int i = 0; i < 2; ++i) {
                QVERIFY2(errors[i].isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(errors[i])));
                QCOMPARE(versions[i], Database::latestSchemaVersion());
            }
            auto db = Database::open(path, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            QCOMPARE(pragma(**db, u"user_version"_s).toInt(), Database::latestSchemaVersion());
            QCOMPARE(pragma(**db, u"integrity_check"_s), u"ok"_s);
        }
    }

    void migrationStatementsAreSplitLikeSqlite()
    {
        const QStringList parts = Migrations::splitStatements(
            u"-- a comment; with a semicolon\nCREATE TABLE t (a TEXT DEFAULT ';');\n"
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 'x';\n  SELECT 1;\nEND;\n"
            "INSERT INTO t VALUES ('a;b');\n"_s);
        QCOMPARE(parts.size(), 3);
        QVERIFY(parts[1].startsWith(u"CREATE TRIGGER"_s));
        QVERIFY(parts[1].endsWith(u"END;"_s));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDatabase)
#include "tst_Database.moc"
