#pragma once

#include "Result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace adreview {

class Database;

// The cases a queue search matched, read from the full-text index once per search text, so that
// every page and count joins against them instead of running the search again.
//
// Few hits go into a temporary table (outside the database file, so no write lock) that drives
// the queue's queries: the rows are found by id and sorted in memory. Many hits (a common word)
// go into a bit set in memory behind the SQL function queue_hit(id), which the queue's queries
// test while they walk the sort order's index, stopping after one page.
class QueueHits {
public:
    explicit QueueHits(Database &db);
    ~QueueHits();
    QueueHits(const QueueHits &) = delete;
    QueueHits &operator=(const QueueHits &) = delete;

    // Reads the hits of an FTS5 match expression; an empty expression clears them.
    Status gather(const QString &match);
    void clear();

    bool active() const { return m_active; }
    bool sparse() const { return m_active && m_sparse; }
    qint64 size() const { return m_size; }
    bool contains(qint64 id) const;

    // What the queue's queries use in place of "cases c" and as a condition on c.
    QString from() const;
    QString condition() const;

    // Up to this many hits are sparse (the default suits a million cases; tests lower it).
    void setSparseLimit(qint64 limit) { m_sparseLimit = limit; }

private:
    Status registerFunction();

    Database &m_db;
    bool m_active = false;
    bool m_sparse = true;
    bool m_registered = false;
    qint64 m_size = 0;
    qint64 m_sparseLimit = 20000;
    std::vector<std::uint64_t> m_bits; // dense hits, one bit per case id
};

} // namespace adreview
