#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace adreview {

class Database;

// Rows written into one table a group at a time: one INSERT of many rows costs SQLite little more
// than one of a single row (its cursors, checks and statement are set up once), so a merge of a
// hundred thousand rows writes them in groups. Where the table has an id, the rows get theirs here,
// after the highest the table holds, as they are added. A row added is in the table once its group
// is written (full, or after flush()): a caller that reads the table, or writes rows that refer to
// these, flushes first. Use inside one write transaction.
class BulkInsert {
public:
    static constexpr int rowsPerStatement = 50;
    // A group holding this much text and bytes (attachments) is written at once, however few rows.
    static constexpr qsizetype maxGroupBytes = 8 * 1024 * 1024;
    enum class Ids { Given, None };

    // One row's VALUES for `columns` columns: "(?, ?, ?)".
    static QString placeholders(qsizetype columns);

    // `columns` leave out the id; `tuple` is one row's VALUES for them, "(?, ?, ?)" when empty, for
    // a statement that computes a column.
    BulkInsert(Database &db, const QString &table, const QStringList &columns, QString what, Ids ids = Ids::Given,
               const QString &tuple = QString());
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // A row, its values in the columns' order, and how a message names it ("case CASE-1"); a full
    // group is written at once. Returns the row's id (0 without ids).
    Result<qint64> add(const QVariantList &row, const QString &name);
    // Writes the rows added since the last group.
    Status flush();
    int pending() const { return m_rows; }

private:
    QString statementFor(int rows) const;

    Database &m_db;
    QString m_table;
    QString m_head;
    QString m_tuple;
    QString m_what;
    QString m_full; // the statement of a full group
    bool m_ids = true;
    qsizetype m_width = 0;
    qint64 m_lastId = -1; // -1 until the table's highest is read
    QVariantList m_values;
    int m_rows = 0;
    qsizetype m_bytes = 0;
    QString m_firstName; // of the group's rows, for a message
    QString m_lastName;
};

} // namespace adreview
