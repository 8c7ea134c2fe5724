#pragma once

#include "Result.h"

#include <QString>
#include <QVariantList>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace adreview {

class Database;

// A SELECT run through SQLite's own interface, for reading rows by the hundred thousand: values
// come straight from SQLite's row, without a QVariant per value or a copy of the whole row.
// Lives on the thread of its database's connection, like every statement.
class RawStatement {
public:
    // Prepares and binds (qint64, int, QString, null); a failure shows in error() and next()
    // returns false.
    RawStatement(Database &db, const QString &sql, const QVariantList &values, const QString &what);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    // Steps to the next row: false at the end or on a failure (then error() says which).
    bool next();
    const std::optional<Error> &error() const { return m_error; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const; // UTF-8 as SQLite holds it
    // The bytes of a text value, valid until the next step.
    QByteArrayView utf8(int column) const;

private:
    void fail(int code);

    Database &m_db;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
    std::optional<Error> m_error;
};

} // namespace adreview
