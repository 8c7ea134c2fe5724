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

// The same across a load of many transactions (a team server's pull of more than a laptop holds):
// the indexes are dropped in a transaction of their own, which records them in the file. finish(),
// or the destructor, builds them again. While it loads, the loader holds a lock on a file beside
// the database (PATH-indexes.lock), which the system lets go when the program ends however it
// ends. A load stopped before the end (killed, a power cut) leaves the record without the lock,
// and the next Database::open() builds them, with restore(). Readers meanwhile get the same rows,
// found more slowly; the indexes reports name stay (the callers' `keep`).
class IndexesSetAside {
public:
    explicit IndexesSetAside(Database &db) : m_db(db) {}
    ~IndexesSetAside();
    IndexesSetAside(const IndexesSetAside &) = delete;
    IndexesSetAside &operator=(const IndexesSetAside &) = delete;

    // Drops the table's indexes except those named in `keep` and those of its constraints; outside
    // any transaction. Nothing is dropped when another load of the file is under way, or when the
    // lock cannot be made (a read-only folder): the load then writes with the indexes.
    Status setAside(const QString &table, const QStringList &keep);
    bool active() const { return m_active; }
    // Builds what was set aside again, in a transaction of its own, and lets the lock go.
    Status finish();
    // Builds again what a stopped load left aside in the file; nothing when it left nothing, or
    // when its load is still under way (in this program or another).
    static Status restore(Database &db);
    // The indexes recorded as set aside (by a load under way, or one not finished yet), by name.
    static Result<QStringList> recorded(Database &db);

private:
    // Builds what is recorded, in a transaction, then lets `heldLock` go (-1: none held);
    // `unlessLoading`: not while a load holds the lock.
    static Status build(Database &db, int heldLock, bool unlessLoading);
    void unlock();

    Database &m_db;
    bool m_active = false;
    int m_lock = -1; // the lock file's descriptor while this load holds it
};

} // namespace adreview
