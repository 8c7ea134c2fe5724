#include "FuzzDatabase.h"

#include "demo/DemoDataset.h"
#include "domain/ManualClock.h"
#include "import/CaseImporter.h"
#include "review/ReviewService.h"
#include "storage/AuditVerifier.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace adreview::fuzz {

void startQt()
{
    static int argc = 1;
    static char name[] = "adreview-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // The importers' refusals are their answers, not news: only a broken rule is printed.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg || type == QtCriticalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

FuzzDatabase &FuzzDatabase::instance()
{
    static FuzzDatabase db;
    return db;
}

// In memory where the system has a tmpfs, so that a commit's fsync costs nothing.
FuzzDatabase::FuzzDatabase()
    : m_dir(QFileInfo(u"/dev/shm"_s).isWritable() ? u"/dev/shm/adreview-fuzz-XXXXXX"_s
                                                  : QDir::tempPath() + u"/adreview-fuzz-XXXXXX"_s)
{
    if (!m_dir.isValid())
        fail("no temporary folder", m_dir.errorString());
    m_template = m_dir.filePath(u"demo.sqlite"_s);
    m_work = m_dir.filePath(u"work.sqlite"_s);
    if (auto made = DemoDataset::create(m_template, false); !made)
        fail("the demo database cannot be made", made.error().message);
    auto db = Database::open(m_template, Database::OpenMode::MustExist);
    if (!db)
        fail("the demo database cannot be opened", db.error().message);
    m_templateSnapshot = snapshot(**db);
}

std::unique_ptr<Database> FuzzDatabase::fresh()
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_work + suffix);
    if (!QFile::copy(m_template, m_work))
        fail("the demo database cannot be copied", m_work);
    auto db = Database::open(m_work, Database::OpenMode::MustExist);
    if (!db)
        fail("the copy of the demo database cannot be opened", db.error().message);
    return std::move(*db);
}

QString FuzzDatabase::snapshot(Database &db)
{
    // Each table's row count and a digest of its rows, sorted, so any inserted, deleted or
    // changed row shows whatever order a scan gives them in.
    QString out;
    QSqlQuery q(db.connection());
    for (const QString &table : {u"meta"_s, u"policies"_s, u"advertisers"_s, u"cases"_s, u"evidence"_s, u"events"_s,
                                 u"event_evidence"_s, u"case_search"_s}) {
        if (!q.exec(u"SELECT * FROM %1"_s.arg(table)))
            fail("a table cannot be read", table);
        QList<QByteArray> rows;
        while (q.next()) {
            QCryptographicHash row(QCryptographicHash::Sha256);
            for (int i = 0; i < q.record().count(); ++i)
                row.addData(q.value(i).toString().toUtf8().append('\x1f'));
            rows << row.result();
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray &row : rows)
            all.addData(row);
        out +=
            u"%1: %2 rows, %3\n"_s.arg(table).arg(rows.size()).arg(QString::fromLatin1(all.result().toHex().left(16)));
    }
    return out;
}

void FuzzDatabase::expectUnchanged(Database &db, const char *what)
{
    if (const QString now = snapshot(db); now != m_templateSnapshot)
        fail(what, u"before:\n%1after:\n%2"_s.arg(m_templateSnapshot, now));
}

void FuzzDatabase::expectVerified(Database &db, const char *what)
{
    auto report = AuditVerifier(db).run();
    if (!report)
        fail(what, report.error().message);
    if (!report->ok())
        fail(what, report->problems.join(u'\n'));
}

void FuzzDatabase::checkCaseImport(const QByteArray &bytes, const QString &fileName)
{
    auto db = fresh();
    ManualClock clock(QDateTime(QDate(2019, 1, 1), QTime(9, 0), Qt::UTC));
    ReviewService review(*db, clock, Identity{u"fuzz"_s, u"fuzz-device"_s});
    CaseImporter importer(*db, review);
    const bool csv = fileName.endsWith(u".csv"_s);
    auto imported = csv ? importer.importCsv(bytes, fileName) : importer.importJson(bytes, fileName);
    if (imported)
        expectVerified(*db, "an imported case file leaves a database that does not verify");
    else if (imported.error().kind != ErrorKind::Rejected)
        fail("a case file made the database unusable", imported.error().message);
    else
        expectUnchanged(*db, "a refused case file wrote something");
}

} // namespace adreview::fuzz

// Every target starts Qt and makes its demo database before the first input.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    adreview::fuzz::startQt();
    adreview::fuzz::FuzzDatabase::instance();
    return 0;
}
