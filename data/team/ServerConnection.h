#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace adreview {

// The rows a statement gave, as text (libpq's text format), or NULL.
class ServerRows {
public:
    ServerRows() = default;
    explicit ServerRows(pg_result *result);
    ~ServerRows();
    ServerRows(ServerRows &&other) noexcept;
    ServerRows &operator=(ServerRows &&other) noexcept;
    ServerRows(const ServerRows &) = delete;
    ServerRows &operator=(const ServerRows &) = delete;

    int size() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    QByteArray bytes(int row, int column) const; // the raw text of a value (bytea comes as hex)
    qint64 integer(int row, int column) const;

private:
    pg_result *m_result = nullptr;
};

// One connection to the team's PostgreSQL server through libpq. The address is a libpq URL or
// key=value string (postgresql://host/db?sslmode=verify-full); passwords come from libpq's own
// places (~/.pgpass, PGPASSWORD, a service file) or are given by the caller, never stored. Errors
// name what was being done and say whether the server could not be reached (Unusable: the laptop
// works on offline) or refused the statement (Rejected, with PostgreSQL's own message and state).
class ServerConnection {
public:
    // A parameter of a statement: text, or NULL.
    using Value = std::optional<QString>;

    static Result<std::unique_ptr<ServerConnection>> open(const QString &address, const QString &password = {});
    // Whether open() failed only for want of a password (none was given, and none was found).
    static bool needsPassword(const Error &error);
    // An address as a key=value string with any password left out, every other setting (TLS
    // included) kept: what may be saved; `password` gets the one left out. An error when libpq
    // cannot read the address.
    static Result<QString> withoutPassword(const QString &address, QString *password = nullptr);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    // A statement with $1, $2 … parameters; `what` names the work in an error.
    Result<ServerRows> exec(const QString &sql, const QList<Value> &parameters, const QString &what);
    struct Statement;
    Result<ServerRows> exec(const Statement &statement, const QString &what);
    // Several statements in one string, no parameters (a migration).
    Status run(const QString &script, const QString &what);
    Status begin(const QString &what);
    Status commit(const QString &what);
    void rollback();

    // Transactions sent without waiting for the one before to end (libpq's pipeline mode): the
    // server works through one while the caller prepares the next. Each runs as BEGIN, its
    // statements, COMMIT. send() hands a transaction to a thread of the connection's own, which
    // writes it to the server (waiting, for one larger than the socket's buffers, until the server
    // has read most of it) and reads how it ended; send() waits only while another is still to be
    // written. finishOldest() waits for the oldest one still out and says whether it committed.
    // Between the first send() and the last finishOldest() nothing else may use the connection.
    // After a statement fails, the server refuses everything else in that transaction
    // and in every later one still out (the failed transaction stays open until the last one out
    // has been waited for, then is rolled back), so nothing sent after a failure commits.
    struct Statement {
        QString sql;
        QList<Value> parameters;
        // Parameters that follow `parameters` ($n+1 …), each in PostgreSQL's binary form (arrays
        // of a batch's rows, which the server then reads without parsing text).
        QList<QByteArray> binary;
    };
    Status send(const QList<Statement> &transaction, const QString &what);
    Status finishOldest(); // the error names the work as send() was told it
    int unfinished() const { return m_unfinished; }
    // Waits out whatever is still out, rolls back an open transaction and leaves pipeline mode.
    void abandon();

    // The login this connection was made as, and the server's version (150004 for 15.4).
    QString user() const;
    int serverVersion() const;
    // The address without any password in it, to show.
    QString displayAddress() const;
    // Whether the connection still works (false after the server went away).
    bool alive() const;

    // A password hashed by libpq for this server (SCRAM), so the clear text never reaches it.
    Result<QString> encryptPassword(const QString &role, const QString &password);

private:
    explicit ServerConnection(pg_conn *conn, QString address);
    static QString needsPasswordDetail();
    Error failure(pg_result *result, const QString &what) const;
    // The result, or the error it carries (the result freed).
    Result<ServerRows> checked(pg_result *result, const QString &what) const;

    // The transactions out, between the thread that sends them and the one that writes them.
    struct Pipeline;
    void pipelineWork(Pipeline &p);
    bool write(const QList<Statement> &transaction);
    std::optional<Error> readEnd(const QString &what);
    void endPipeline();
    Error lost(const QString &what) const; // the connection given up (m_broken)

    pg_conn *m_conn = nullptr;
    QString m_address;
    int m_unfinished = 0; // transactions sent and not yet finished
    std::unique_ptr<Pipeline> m_pipeline;
    // A pipeline left something half written or unread: nothing more is sent on the connection.
    bool m_broken = false;
};

} // namespace adreview
