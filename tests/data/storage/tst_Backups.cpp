#include "TestDatabase.h"
#include "storage/AuditVerifier.h"
#include "storage/Backups.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

class TestBackups : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;

    static qint64 count(const QString &path, const QString &sql)
    {
        auto db = Database::open(path, Database::OpenMode::MustExist);
        if (!db)
            return -1;
        QSqlQuery q((*db)->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
    }
    void cleanup() { m_t.reset(); }

    void aBackupIsAWholeCopyBesideTheFile()
    {
        Backups backups(m_t->path(), 3);
        QVERIFY(backups.dailyDue());
        auto made = backups.make(m_t->db(), u"manual"_s);
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        QVERIFY(made->startsWith(m_t->path() + u".backups/"_s));
        QVERIFY(!backups.dailyDue());
        QVERIFY(!backups.dailyDue(QDateTime::currentDateTimeUtc().addSecs(23 * 3600)));
        QVERIFY(backups.dailyDue(QDateTime::currentDateTimeUtc().addSecs(25 * 3600)));
        const auto latest = backups.latest();
        QVERIFY(latest.has_value());
        QCOMPARE(latest->path, *made);
        QCOMPARE(latest->reason, u"manual"_s);
        QCOMPARE(count(*made, u"SELECT count(*) FROM events"_s), m_t->count(u"SELECT count(*) FROM events"_s));
        // Only whole copies in the folder: no temporary file is left.
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files), QStringList{QFileInfo(*made).fileName()});
    }

    // A backup's progress is the copy's size of about the database's; the copy is the same with it.
    void aBackupTellsItsProgress()
    {
        QList<std::pair<qint64, qint64>> calls;
        auto made = Backups(m_t->path()).make(m_t->db(), u"manual"_s, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY2(made.ok(), made ? "" : qPrintable(made.error().message));
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.first().first, qint64(0));
        QCOMPARE(calls.first().second, QFileInfo(m_t->path()).size());
        for (const auto &[done, total] : std::as_const(calls))
            QVERIFY(done >= 0 && done <= total);
        QCOMPARE(count(*made, u"SELECT count(*) FROM events"_s), m_t->count(u"SELECT count(*) FROM events"_s));
    }

    void theNewestAreKept()
    {
        Backups backups(m_t->path(), 3);
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            auto copy = backups.make(m_t->db(), i % 2 ? u"daily"_s : u"manual"_s);
            QVERIFY(copy.ok());
            made << *copy;
        }
        const auto kept = backups.list();
        QCOMPARE(kept.size(), 3);
        QStringList paths;
        for (const auto &c : kept)
            paths << c.path;
        QCOMPARE(paths, (QStringList{made[4], made[3], made[2]}));
    }

    void aBackupHoldsOnlyCommittedWork()
    {
        // Another connection in the middle of a write: the copy has none of it.
        auto other = Database::open(m_t->path());
        QVERIFY(other.ok());
        QVERIFY((*other)->begin().ok());
        QSqlQuery q((*other)->connection());
        QVERIFY2(q.exec(u"UPDATE advertisers SET name = 'not yet committed'"_s), qPrintable(q.lastError().text()));
        auto made = Backups(m_t->path()).make(m_t->db(), u"manual"_s);
        QVERIFY(made.ok());
        (*other)->rollback();
        QCOMPARE(count(*made, u"SELECT count(*) FROM advertisers WHERE name = 'not yet committed'"_s), 0);
        QCOMPARE(count(*made, u"SELECT count(*) FROM advertisers"_s),
                 m_t->count(u"SELECT count(*) FROM advertisers"_s));
    }

    void restorePutsTheBackupInPlaceAndKeepsTheDamagedFile()
    {
        const qint64 events = m_t->count(u"SELECT count(*) FROM events"_s);
        auto made = Backups(m_t->path()).make(m_t->db(), u"daily"_s);
        QVERIFY(made.ok());
        m_t->close();
        QVERIFY(test::overwriteHeader(m_t->path()));
        auto broken = Database::open(m_t->path());
        QVERIFY(!broken);
        QVERIFY(broken.error().damaged);

        auto kept = Backups::restore(m_t->path(), *made);
        QVERIFY2(kept.ok(), kept ? "" : qPrintable(kept.error().message));
        QVERIFY(kept->startsWith(m_t->path() + u".replaced-"_s));
        QVERIFY(QFileInfo::exists(*kept)); // never deleted
        auto db = Database::open(m_t->path(), Database::OpenMode::MustExist);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        auto report = AuditVerifier(**db).run();
        QVERIFY(report.ok() && report->ok());
        QCOMPARE(count(m_t->path(), u"SELECT count(*) FROM events"_s), events);
    }

    void restoreThroughASymbolicLinkKeepsTheLink()
    {
        const QString link = m_t->dirPath() + u"/link.sqlite"_s;
        QCOMPARE(::symlink("test.sqlite", QFile::encodeName(link).constData()), 0);
        auto made = Backups(link).make(m_t->db(), u"manual"_s);
        QVERIFY(made.ok());
        QVERIFY(made->startsWith(link + u".backups/"_s));
        QSqlQuery q(m_t->db().connection());
        QVERIFY2(q.exec(u"UPDATE advertisers SET name = 'after the backup'"_s), qPrintable(q.lastError().text()));
        const qint64 advertisers = m_t->count(u"SELECT count(*) FROM advertisers"_s);
        m_t->close();

        auto kept = Backups::restore(link, *made);
        QVERIFY2(kept.ok(), kept ? "" : qPrintable(kept.error().message));
        // The file the link points to was restored, and its old content kept beside it.
        const QString real = QFileInfo(m_t->path()).canonicalFilePath();
        QVERIFY2(kept->startsWith(real + u".replaced-"_s), qPrintable(*kept));
        QCOMPARE(count(*kept, u"SELECT count(*) FROM advertisers WHERE name = 'after the backup'"_s), advertisers);
        QCOMPARE(count(m_t->path(), u"SELECT count(*) FROM advertisers WHERE name = 'after the backup'"_s), 0);
        // The link is untouched.
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), real);
        QVERIFY(
            QDir(m_t->dirPath()).entryList({u"link.sqlite.replaced-*"_s}, QDir::AllEntries | QDir::System).isEmpty());
        auto db = Database::open(link, Database::OpenMode::MustExist);
        QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
        auto report = AuditVerifier(**db).run();
        QVERIFY(report.ok() && report->ok());
    }

    void restoreRefusesWhatCannotReplaceTheFile()
    {
        auto made = Backups(m_t->path()).make(m_t->db(), u"manual"_s);
        QVERIFY(made.ok());
        const QString before = m_t->snapshot();

        // A damaged backup, a newer program's backup, a missing one.
        const QString damaged = m_t->dirPath() + u"/damaged-copy.sqlite"_s;
        QVERIFY(QFile::copy(*made, damaged));
        QVERIFY(test::overwriteHeader(damaged));
        auto refused = Backups::restore(m_t->path(), damaged);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"not restored"_s), qPrintable(refused.error().message));

        const QString newer = m_t->dirPath() + u"/newer-copy.sqlite"_s;
        QVERIFY(QFile::copy(*made, newer));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(newer);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        refused = Backups::restore(m_t->path(), newer);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"newer"_s), qPrintable(refused.error().message));

        QVERIFY(!Backups::restore(m_t->path(), m_t->dirPath() + u"/none.sqlite"_s));

        // A program writing to the database.
        QVERIFY(m_t->db().begin().ok());
        refused = Backups::restore(m_t->path(), *made);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"another program"_s), qPrintable(refused.error().message));
        m_t->db().rollback();

        // Another program merely reading the database.
        QProcess reader;
        reader.start(u"sqlite3"_s, {m_t->path()});
        if (reader.waitForStarted(5000)) {
            reader.write("SELECT count(*) FROM cases;\n");
            QVERIFY(reader.waitForReadyRead(5000)); // it has the file open now
            refused = Backups::restore(m_t->path(), *made);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(u"has the database open"_s), qPrintable(refused.error().message));
            reader.closeWriteChannel();
            QVERIFY(reader.waitForFinished(5000));
        } else {
            qWarning("no sqlite3 shell: the check against another program reading is not run");
        }

        QCOMPARE(m_t->snapshot(), before);
        QVERIFY(QDir(m_t->dirPath()).entryList({u"*.replaced-*"_s, u"*.restoring"_s}).isEmpty());
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestBackups)
#include "tst_Backups.moc"
