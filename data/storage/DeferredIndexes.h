#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace adreview {

class Database;

// For a bulk load inside a write transaction: a table's secondary indexes are dropped and built
// again before the commit, since sorting each index once costs far less than updating every one
// of them row by row. A rollback brings them back as they were.
class DeferredIndexes {
public:
    explicit DeferredIndexes(Database &db) : m_db(db) {}

    // Whether adding `rows` rows is worth it: many rows, and no fewer than the table holds, so
    // that building the indexes again does not cost more than it saves.
    Result<bool> worthwhile(const QString &table, qint64 rows);
    // Drops the table's indexes except those named in `keep` and those of its constraints.
    Status drop(const QString &table, const QStringList &keep);
    // Drops them when worthwhile() says so.
    Status deferFor(const QString &table, qint64 rows, const QStringList &keep);
    Status rebuild();

    static constexpr qint64 minimumRows = 5000;

private:
    Database &m_db;
    QStringList m_definitions;
};

} // namespace adreview
