#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

struct sqlite3;

class QSqlError;

namespace adreview {

class RawStatement;

// One open AdReview database file: checks, pragmas and migrations happen in open(). Only the
// data layer touches its connection.
class Database {
public:
    enum class OpenMode {
        CreateIfMissing, // create an empty database if the path does not exist
        MustExist,       // refuse a missing path
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static int latestSchemaVersion();
    QString sqliteVersion() const;
    // The URI that opens the file at `path` immutable (with SQLITE_OPEN_URI and read-only): read as
    // it lies, no lock taken, no log or shared-memory file made beside it, nothing upgraded.
    static QByteArray immutableUri(const QString &path);
    static constexpr int applicationId = 0x41645276; // "AdRv"

    QSqlDatabase connection() const;
    // The SQLite handle under the connection, for what Qt SQL does not reach (functions).
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // Where "now" comes from for what the date decides (whether a time-limited ban is still in
    // force when a case is read): the system's clock unless one is set, which must outlive this.
    const Clock &clock() const { return *m_clock; }
    void setClock(const Clock &clock) { m_clock = &clock; }

    // A write transaction with BEGIN IMMEDIATE, so a writer waits for the lock up front instead
    // of failing when a read transaction tries to become a write one.
    Status begin();
    // A read transaction: everything read until endRead() is of one moment. Ending it cannot
    // lose anything, so it reports nothing.
    Status beginRead();
    void endRead();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // Runs one statement; a failure becomes an Error that names what was being done.
    Status exec(const QString &sql, const QString &what);
    // Turns a failed query into an error with a message the user can act on.
    Error errorFrom(const QSqlError &error, const QString &what) const;
    Error errorFrom(const QSqlQuery &query, const QString &what) const;

    // Bulk writers (import, generate, merges) touch many pages in each transaction; a larger page
    // cache keeps SQLite from spilling to disk and re-reading index pages mid-transaction, and
    // checkpoints spaced further apart copy a page written by several of their transactions
    // (an index's inner pages) into the file once rather than after each.
    Status useLargeCache();
    // Moves the write-ahead log into the file and empties it (a file that is whole on its own).
    Status checkpoint();
    // Brings the query planner's statistics up to date after a bulk load.
    Status optimize();
    // For a database this program has just made: when no other program has it open and it holds
    // no advertisers, cases or events, closes it and removes its files. Returns whether it did.
    static bool removeIfEmpty(std::unique_ptr<Database> &db);

    // A prepared statement kept for the life of the connection; bulk writes reuse it instead of
    // parsing the SQL again. Call finish() after reading a SELECT so no read cursor stays open.
    QSqlQuery &prepared(const QString &sql);
    // The same through SQLite's own interface, for the statements an import or merge runs per
    // row: binding and reading there cost a fraction of Qt SQL's. Bind it before each use.
    RawStatement &statement(const QString &sql);

    static constexpr int busyTimeoutMs = 5000;
    static constexpr int defaultCacheKiB = 16 * 1024;
    static constexpr int bulkCacheKiB = 256 * 1024;
    static constexpr int bulkCheckpointPages = 16384; // the write-ahead log grows to 64 MiB between checkpoints

private:
    explicit Database(QString path, QString connectionName);
    Status configure();
    void traceSlowStatements();
    Status migrate();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QHash<QString, QSqlQuery>> m_statements;
    std::unordered_map<QString, std::unique_ptr<RawStatement>> m_raw;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    const Clock *m_clock;
};

} // namespace adreview
