#include "storage/Database.h"

#include "storage/Backups.h"
#include "storage/DeferredIndexes.h"
#include "storage/Migrations.h"
#include "storage/RawStatement.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QAtomicInt connectionCounter;

// SQLite's primary result codes that say something about the file rather than the statement.
enum SqliteCode {
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Checks that can be made without SQLite, so that a file that is not a database is refused
// before anything opens it.
Status checkFile(const QString &path, Database::OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Database::OpenMode::MustExist)
            return Error::unusable(u"%1: no such database file"_s.arg(path));
        if (!info.absoluteDir().exists())
            return Error::unusable(u"%1: the folder %2 does not exist"_s.arg(path, info.absolutePath()));
        return {};
    }
    if (!info.isFile())
        return Error::unusable(u"%1: not a regular file (%2), so not a database; it was left as it is"_s.arg(
            path, info.isDir() ? u"a folder"_s : u"a device, FIFO or socket"_s));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::unusable(u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    // An empty file may be one another program has just made and is setting up (two programs
    // opening one new file): its log appears, or the file fills, within moments.
    for (int wait = 0; file.size() == 0 && mode != Database::OpenMode::MustExist && wait < 30; ++wait) {
        if (QFileInfo::exists(path + u"-wal"_s))
            return {};
        QThread::msleep(100);
    }
    if (file.size() == 0)
        return Error::unusable(u"%1: the file is empty, not an AdReview database; it was left as it is"_s.arg(path));
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return Error::unusable(u"%1: not an AdReview database (not an SQLite file); it was left as it is"_s.arg(path));
    return {};
}

} // namespace

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Rejected:
    case ErrorKind::Conflict:
        return 1;
    case ErrorKind::Usage:
        return 2;
    case ErrorKind::Unusable:
        return 3;
    }
    return 1;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_statements(std::make_unique<QHash<QString, QSqlQuery>>())
{
    static const SystemClock systemClock;
    m_clock = &systemClock;
}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    m_statements.reset();
    m_raw.clear(); // finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QByteArray Database::immutableUri(const QString &path)
{
    return "file:" + QUrl::fromLocalFile(path).path(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
}

int Database::latestSchemaVersion()
{
    return Migrations::latest();
}

QString Database::sqliteVersion() const
{
    QSqlQuery q(connection());
    return q.exec(u"SELECT sqlite_version()"_s) && q.next() ? q.value(0).toString() : QString();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::traceSlowStatements()
{
    // ADREVIEW_TRACE_SQL=MS prints every statement that ran longer than MS milliseconds.
    bool given = false;
    const int thresholdMs = qEnvironmentVariableIntValue("ADREVIEW_TRACE_SQL", &given);
    if (!given)
        return;
    static sqlite3_int64 thresholdNs = 0;
    thresholdNs = sqlite3_int64(std::max(0, thresholdMs)) * 1000000;
    sqlite3_trace_v2(
        handle(), SQLITE_TRACE_PROFILE,
        [](unsigned, void *, void *statement, void *elapsed) {
            const sqlite3_int64 ns = *static_cast<sqlite3_int64 *>(elapsed);
            if (ns >= thresholdNs) {
                char *text = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
                std::fprintf(stderr, "sql %.1f ms: %s\n", double(ns) / 1e6, text ? text : "");
                sqlite3_free(text);
            }
            return 0;
        },
        nullptr);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    return v.isValid() ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.isEmpty())
        return Error::usage(u"no database path given"_s);
    if (auto checked = checkFile(path, mode); !checked)
        return checked.error();

    // SQLite counts every allocation under one process-wide mutex unless told not to, which
    // serialises connections working on several threads (report exports). It takes this only
    // before its first connection; later calls are refused harmlessly.
    static const bool uncounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(uncounted);

    const QString name = u"adreview-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), name));
    QSqlDatabase conn = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    conn.setDatabaseName(db->m_path);
    conn.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
    if (!conn.open())
        return db->errorFrom(conn.lastError(), u"opening the database"_s);

    if (auto configured = db->configure(); !configured)
        return configured.error();
    if (db->m_schemaVersion > 0) {
        // Indexes a load set aside before it was stopped (killed mid-pull) are built again first,
        // as the schema they belong to stood. Without them every row is still there: a file that
        // cannot be written now (read-only, locked) opens as it is, and a later open builds them.
        if (auto restored = IndexesSetAside::restore(*db); !restored)
            qWarning("%s", qPrintable(restored.error().message));
        // An upgrade waits for them: its steps may change the indexes.
        if (db->m_schemaVersion < latestSchemaVersion()) {
            auto aside = IndexesSetAside::recorded(*db);
            if (!aside)
                return aside.error();
            if (!aside->isEmpty())
                return Error::unusable(
                    u"%1: needs upgrading, which waits for the indexes a team server sync set aside to be built "
                    "again (that sync is still under way, or the file could not be written just now): open it "
                    "again when the sync has ended"_s.arg(db->m_path));
        }
    }
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

Status Database::configure()
{
    QSqlQuery q(connection());
    // Reading the schema is the first thing that touches the file's pages: a damaged or foreign
    // file fails here, before anything is written.
    if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !q.next())
        return errorFrom(q, u"reading the database schema"_s);
    const int objects = q.value(0).toInt();
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return errorFrom(q, u"reading the schema version"_s);
    m_schemaVersion = q.value(0).toInt();
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return errorFrom(q, u"reading the application id"_s);
    const int appId = q.value(0).toInt();

    if (m_schemaVersion > latestSchemaVersion())
        return Error::unusable(u"%1: written by a newer AdReview (schema version %2; this program knows up to %3); "
                               "it was left as it is: use a newer AdReview"_s.arg(m_path)
                                   .arg(m_schemaVersion)
                                   .arg(latestSchemaVersion()));
    if ((m_schemaVersion > 0 && appId != applicationId) || (m_schemaVersion == 0 && objects > 0))
        return Error::unusable(u"%1: an SQLite database of another program, not an AdReview database; "
                               "it was left as it is"_s.arg(m_path));

    // Per-connection settings; journal_mode is stored in the file and only written when it changes.
    // Switching a new file to it needs the file to itself: two programs opening one new file at
    // once would each hold a read lock while waiting for the other's to go. So neither waits here;
    // each gives way and tries again a moment later, until one has switched it.
    if (auto nowait = exec(u"PRAGMA busy_timeout = 0"_s, u"configuring the connection"_s); !nowait)
        return nowait;
    for (int attempt = 1;; ++attempt) {
        if (q.exec(u"PRAGMA journal_mode = WAL"_s) && q.next())
            break;
        if (primaryCode(q.lastError()) != Busy || attempt * 25 > busyTimeoutMs)
            return errorFrom(q, u"switching to write-ahead logging"_s);
        q.finish();
        QThread::msleep(10 + QRandomGenerator::global()->bounded(30));
    }
    if (auto wait = exec(u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs), u"configuring the connection"_s); !wait)
        return wait;
    if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error::unusable(u"%1: cannot use write-ahead logging here (journal mode stays %2); "
                               "is the folder writable and on a local disk?"_s.arg(m_path, q.value(0).toString()));
    for (const QString &pragma :
         {u"PRAGMA synchronous = FULL"_s, u"PRAGMA foreign_keys = ON"_s, u"PRAGMA trusted_schema = OFF"_s,
          u"PRAGMA temp_store = MEMORY"_s, u"PRAGMA cache_size = -%1"_s.arg(defaultCacheKiB),
          u"PRAGMA cell_size_check = ON"_s}) {
        if (auto done = exec(pragma, u"configuring the connection"_s); !done)
            return done;
    }
    traceSlowStatements();
    return {};
}

Status Database::migrate()
{
    bool backedUp = m_schemaVersion == 0; // a new file has nothing to keep
    for (const Migrations::Step &step : Migrations::all()) {
        if (step.version <= m_schemaVersion)
            continue;
        if (!backedUp) {
            // An upgrade rewrites the file; the copy from before it is kept with the backups.
            auto copy = Backups(m_path).make(*this, u"before-v%1"_s.arg(step.version));
            if (!copy)
                return Error::unusable(
                    u"%1; the database was not upgraded and is as it was"_s.arg(copy.error().message));
            backedUp = true;
        }
        if (auto begun = begin(); !begun)
            return begun;
        // Another program may have upgraded the file between reading its version and taking the
        // write lock (two programs opening one new file): what it did is not done again.
        QSqlQuery version(connection());
        if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
            const Error e = errorFrom(version, u"reading the schema version"_s);
            rollback();
            return e;
        }
        const int now = version.value(0).toInt();
        version.finish();
        if (now >= step.version) {
            rollback();
            if (now > latestSchemaVersion())
                return Error::unusable(u"%1: upgraded meanwhile by a newer AdReview (schema version %2); it was "
                                       "left as it is: use a newer AdReview"_s.arg(m_path)
                                           .arg(now));
            m_schemaVersion = now;
            continue;
        }
        for (const QString &statement : step.statements) {
            QSqlQuery q(connection());
            if (!q.exec(statement)) {
                const Error e = errorFrom(q, u"upgrading to schema version %1 (%2)"_s.arg(step.version).arg(step.name));
                rollback();
                return e;
            }
        }
        if (auto done = exec(u"PRAGMA user_version = %1"_s.arg(step.version), u"recording the schema version"_s);
            !done) {
            rollback();
            return done;
        }
        if (auto committed = commit(); !committed)
            return committed;
        m_schemaVersion = step.version;
    }
    return {};
}

Status Database::begin()
{
    Q_ASSERT(!m_inTransaction);
    if (auto done = exec(u"BEGIN IMMEDIATE"_s, u"starting a write transaction"_s); !done)
        return done;
    m_inTransaction = true;
    return {};
}

Status Database::beginRead()
{
    return exec(u"BEGIN"_s, u"starting a read transaction"_s);
}

void Database::endRead()
{
    QSqlQuery q(connection());
    q.exec(u"COMMIT"_s);
}

Status Database::commit()
{
    Q_ASSERT(m_inTransaction);
    if (auto done = exec(u"COMMIT"_s, u"committing"_s); !done) {
        rollback();
        return done;
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    QSqlQuery q(connection());
    q.exec(u"ROLLBACK"_s); // fails harmlessly when SQLite already rolled back on its own
    m_inTransaction = false;
}

Status Database::checkpoint()
{
    return exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s, u"writing the log into the database file"_s);
}

Status Database::optimize()
{
    return exec(u"PRAGMA optimize"_s, u"updating query statistics"_s);
}

bool Database::removeIfEmpty(std::unique_ptr<Database> &db)
{
    if (!db)
        return false;
    // Only while no other program has the file open (SQLite's exclusive locking mode cannot be
    // had then), and only if it is still empty.
    QSqlQuery q(db->connection());
    if (!q.exec(u"PRAGMA busy_timeout = 0"_s) || !q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s) ||
        !q.exec(u"BEGIN IMMEDIATE"_s))
        return false;
    if (!q.exec(u"SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM cases) + "
                "(SELECT count(*) FROM advertisers)"_s) ||
        !q.next() || q.value(0).toLongLong() != 0) {
        q.finish();
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    q.finish();
    // The files go while the lock is held; the connection closes after.
    const QString path = db->path();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    q.exec(u"ROLLBACK"_s);
    q = QSqlQuery();
    db.reset();
    return true;
}

Status Database::useLargeCache()
{
    if (auto ok = exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(bulkCheckpointPages), u"spacing checkpoints out"_s); !ok)
        return ok;
    return exec(u"PRAGMA cache_size = -%1"_s.arg(bulkCacheKiB), u"enlarging the page cache"_s);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements->find(sql);
    if (it == m_statements->end()) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_statements->insert(sql, std::move(q));
    }
    return *it;
}

RawStatement &Database::statement(const QString &sql)
{
    auto it = m_raw.find(sql);
    if (it == m_raw.end() || !it->second->isPrepared()) // a failed one is prepared again
        it = m_raw.insert_or_assign(sql, std::make_unique<RawStatement>(*this, sql)).first;
    return *it->second;
}

Status Database::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return errorFrom(q, what);
    return {};
}

Error Database::errorFrom(const QSqlQuery &query, const QString &what) const
{
    return errorFrom(query.lastError(), what);
}

Error Database::errorFrom(const QSqlError &error, const QString &what) const
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (primaryCode(error)) {
    case Busy:
    case Locked:
        return Error::unusable(u"%1: the database is locked by another program (waited %2 s while %3); "
                               "nothing was written: close the other program or try again"_s.arg(m_path)
                                   .arg(busyTimeoutMs / 1000)
                                   .arg(what));
    case ReadOnly:
        return Error::unusable(u"%1: the database is read-only (while %2); nothing was written: check the "
                               "permissions of the file and of its folder"_s.arg(m_path, what));
    case Corrupt:
    case NotADatabase: {
        Error e = Error::unusable(
            u"%1: the database is damaged (%2, while %3); restore it from a backup"_s.arg(m_path, detail, what));
        e.damaged = true;
        return e;
    }
    case Full:
        return Error::unusable(u"%1: the disk is full (while %2); nothing was written: free some space and "
                               "try again"_s.arg(m_path, what));
    case CantOpen:
        return Error::unusable(u"%1: cannot be opened (%2); check that the path and its folder exist and are "
                               "writable"_s.arg(m_path, detail));
    case IoError:
        return Error::unusable(u"%1: input/output error (%2, while %3)"_s.arg(m_path, detail, what));
    default:
        return Error::unusable(u"%1: database error while %2: %3"_s.arg(m_path, what, detail));
    }
}

} // namespace adreview
