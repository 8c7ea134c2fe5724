#pragma once

#include "domain/Result.h"
#include "queue/SearchProbe.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <vector>

namespace adreview {

class Database;

// How many items the next slice of work between turns of the event loop takes, after `slice`
// items took `took`: aimed at 4 ms, changing at most twofold, never fewer than 64.
inline qint64 nextSlice(qint64 slice, std::chrono::nanoseconds took)
{
    const double factor = std::clamp(4e6 / std::max(double(took.count()), 1.0), 0.5, 2.0);
    return std::clamp<qint64>(qint64(double(slice) * factor), 64, qint64(1) << 20);
}

// The cases a queue search matched, read from the full-text index once per search text, so that
// every page and count joins against them instead of running the search again.
//
// Few hits go into a temporary table (outside the database file, so no write lock) that drives
// the queue's queries: the rows are found by id and sorted in memory. Many hits (a common word)
// go into a bit set in memory behind the SQL function queue_hit(id), which the queue's queries
// test while they walk the sort order's index, stopping after one page.
//
// Words found in most cases are not gathered at first: reading their hundreds of thousands of
// hits takes longer than a first page should. The queue's first page walks its order testing
// each case's document instead (SearchProbe), and the hits are gathered when a page after the
// first is wanted.
//
// Ranked hits (best match first) are ranked by rank(), on any connection, best first; the order
// goes into a temporary table keyed by position, so pages walk it in order. Installing them a
// slice at a time (installSome()) keeps each slice short.
class QueueHits {
public:
    explicit QueueHits(Database &db);
    ~QueueHits();
    QueueHits(const QueueHits &) = delete;
    QueueHits &operator=(const QueueHits &) = delete;

    // Starts a search for what a person typed: gathers the hits, or, for words found in most
    // cases, prepares to walk (probing()). Empty text clears the search.
    Status search(const QString &typed);
    // Gathers the hits of a search that is probing.
    Status gatherAll();
    // Gathers the hits in the order of the index's BM25 rank (best first), for ordering by h.pos:
    // rank() and every install step at once. Every hit is ranked, so a word in most cases takes
    // seconds at a million cases.
    Status gatherRanked(const QString &typed);
    bool ranked() const { return m_active && m_ranked; }
    void clear();

    // The cases matching an FTS5 expression, best match first (ties by case), read on the given
    // connection, which may be another thread's. Gives up, returning nothing, once `cancelled`
    // (if given) is true.
    static Result<std::vector<qint64>> rank(Database &db, const QString &match,
                                            const std::atomic<bool> *cancelled = nullptr);
    // Starts installing a ranking made by rank() for `match`; ranked() once installSome() is done.
    Status startInstall(const QString &match, std::vector<qint64> ids);
    // Installs ranked hits until about `budget` has passed; true once all of them are in.
    Result<bool> installSome(std::chrono::milliseconds budget);
    bool installing() const { return m_installing; }
    // How many ranked hits the next install statement takes (tests make it small).
    void setSlice(qint64 hits) { m_slice = std::max<qint64>(hits, 1); }
    // The expression the hits were gathered or are being installed for.
    const QString &match() const { return m_match; }
    // Changes whenever the full-text index is written to (any case added, changed or removed):
    // ranks kept across refreshes are good while it stays the same.
    static Result<QByteArray> indexStamp(Database &db);

    bool active() const { return m_active; }
    bool probing() const { return m_active && m_probing; }
    bool sparse() const { return m_active && !m_probing && m_sparse; }
    // Before each walk while probing: how many cases it may test before giving up.
    Status armProbe(int budget) const { return m_probe.arm(budget); }
    bool probeOverBudget() const { return m_probe.overBudget(); }
    qint64 size() const { return m_size; }
    bool contains(qint64 id) const;

    // What the queue's queries use in place of "cases c" and as a condition on c.
    QString from() const;
    QString condition() const;

    // Up to this many hits are sparse (the default suits a million cases; tests lower it).
    void setSparseLimit(qint64 limit) { m_sparseLimit = limit; }
    // From this many estimated hits, and a tenth of the cases, a search walks (tests lower it).
    void setProbeMinimum(qint64 hits) { m_probeMinimum = hits; }

private:
    Status gather(const QString &match);
    Status registerFunction();

    Database &m_db;
    bool m_active = false;
    bool m_probing = false;
    bool m_ranked = false;
    bool m_sparse = true;
    QString m_match;             // the search as an FTS5 expression
    mutable SearchProbe m_probe; // armed afresh by each read of the queue, which is const
    qint64 m_probeMinimum = 50000;
    bool m_registered = false;
    bool m_tableMade = false;
    bool m_rankedTableMade = false;
    bool m_installing = false;
    std::vector<qint64> m_pending; // ranked hits being installed, best first
    size_t m_installed = 0;
    qint64 m_slice = 4096; // how many to install a statement, adjusted to the time each takes
    qint64 m_size = 0;
    qint64 m_sparseLimit = 20000;
    std::vector<std::uint64_t> m_bits; // dense hits, one bit per case id
};

} // namespace adreview
