#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace adreview {

class Database;

// A statement run through SQLite's own interface, for reading and writing rows by the hundred
// thousand: values go to and come from SQLite directly, as UTF-8, without a QVariant per column
// read or a copy of the row. Lives on the thread of its database's connection, like every
// statement.
class RawStatement {
public:
    // Prepares and binds; a failure shows in error() and next() returns false.
    RawStatement(Database &db, const QString &sql, const QVariantList &values, const QString &what);
    // Prepares only, for a statement kept and bound again for each use (Database::statement()).
    RawStatement(Database &db, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    bool isPrepared() const { return m_statement != nullptr; }

    // Ends any earlier use and binds values by position: qint64, int, bool, double, QString (a null one
    // binds as '': text columns hold '', never NULL), QByteArray (a blob; a null one is NULL),
    // or a null QVariant. False on a failure; failure() then tells it.
    bool bind(const QVariantList &values);
    // Runs a statement that returns no rows (INSERT, UPDATE, DELETE) to its end.
    bool exec();
    // Steps to the next row: false at the end or on a failure (then failed() is true).
    bool next();
    // Ends a read before its last row, so no read cursor stays open.
    void finish();
    // Ends any use and lets go of the values bound, which SQLite holds copies of.
    void release();
    qint64 lastInsertId() const;

    bool failed() const { return m_code != 0 || !m_statement; }
    // The failure as an error naming what was being done.
    Error failure(const QString &what) const;
    // For the bound-at-construction form: the failure, named by its "what", if there was one.
    std::optional<Error> error() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const; // UTF-8 as SQLite holds it
    // The bytes of a text value, valid until the next step.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    QDateTime time(int column) const; // UTC milliseconds; NULL is an invalid time
    // Any column as Qt SQL would give it: qint64, double, QString, QByteArray or null.
    QVariant value(int column) const;
    int columnCount() const;

private:
    int bindValue(int index, const QVariant &value);
    void fail(int code);

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
    int m_code = 0;
    QString m_detail;
};

} // namespace adreview
