#include "queue/QueueHits.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SearchIndex.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

void queueHit(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *hits = static_cast<const QueueHits *>(sqlite3_user_data(context));
    sqlite3_result_int(context, hits->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

// Case ids as a JSON array, for json_each(): one statement takes them all.
QString jsonList(const qint64 *ids, size_t n)
{
    QString list;
    list.reserve(int(n) * 8 + 2);
    list += u'[';
    for (size_t i = 0; i < n; ++i) {
        if (i)
            list += u',';
        list += QString::number(ids[i]);
    }
    list += u']';
    return list;
}

} // namespace

QueueHits::QueueHits(Database &db) : m_db(db), m_probe(db) {}

QueueHits::~QueueHits()
{
    if (m_registered) {
        if (sqlite3 *h = m_db.handle())
            sqlite3_create_function_v2(h, "queue_hit", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    }
}

bool QueueHits::contains(qint64 id) const
{
    if (id < 0 || quint64(id) / 64 >= m_bits.size())
        return false;
    return (m_bits[size_t(quint64(id) / 64)] >> (quint64(id) % 64)) & 1u;
}

QString QueueHits::from() const
{
    if (ranked())
        return u"temp.queue_ranked h CROSS JOIN cases c"_s;
    return sparse() ? u"temp.queue_hits h CROSS JOIN cases c"_s : u"cases c"_s;
}

QString QueueHits::condition() const
{
    if (!m_active)
        return {};
    if (m_probing)
        return SearchProbe::condition();
    if (m_ranked)
        return u"c.id = h.id"_s;
    return m_sparse ? u"c.id = h.id"_s : u"queue_hit(c.id)"_s;
}

void QueueHits::clear()
{
    m_active = false;
    m_probing = false;
    m_ranked = false;
    m_sparse = true;
    m_size = 0;
    m_bits = {};
    m_match.clear();
    m_installing = false;
    m_pending = {};
    m_installed = 0;
}

Status QueueHits::search(const QString &typed)
{
    clear();
    const QStringList words = SearchIndex::searchWords(typed);
    if (words.isEmpty())
        return {};
    const QString match = SearchIndex::matchExpression(typed);
    auto testable = m_probe.setWords(words);
    if (!testable)
        return testable.error();
    if (*testable) {
        auto share = m_probe.estimatedShare();
        if (!share)
            return share.error();
        if (*share >= 0.1 && *share * double(m_probe.largestId()) >= double(m_probeMinimum)) {
            m_match = match;
            m_active = true;
            m_probing = true;
            return {};
        }
    }
    return gather(match);
}

Status QueueHits::gatherRanked(const QString &typed)
{
    clear();
    const QString match = SearchIndex::matchExpression(typed);
    if (match.isEmpty())
        return {};
    auto ids = rank(m_db, match);
    if (!ids)
        return ids.error();
    if (auto ok = startInstall(match, std::move(*ids)); !ok)
        return ok;
    auto done = installSome(std::chrono::hours(1));
    if (!done)
        return done.error();
    return {};
}

Result<std::vector<qint64>> QueueHits::rank(Database &db, const QString &match, const std::atomic<bool> *cancelled)
{
    // Read through SQLite directly, as gather() does: BM25 is worked out for every hit as it is
    // stepped to, and the hits of two common words are most of the cases.
    sqlite3 *h = db.handle();
    sqlite3_stmt *stmt = nullptr;
    const QByteArray matchUtf8 = match.toUtf8();
    std::vector<std::pair<double, qint64>> hits;
    int rc = sqlite3_prepare_v2(h, "SELECT rank, rowid FROM case_search WHERE case_search MATCH ?", -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(stmt, 1, matchUtf8.constData(), int(matchUtf8.size()), SQLITE_TRANSIENT);
    bool gaveUp = false;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            hits.emplace_back(sqlite3_column_double(stmt, 0), sqlite3_column_int64(stmt, 1));
        if (cancelled && hits.size() % 1024 == 0 && cancelled->load()) {
            gaveUp = true;
            break;
        }
    }
    const QString failure = rc == SQLITE_DONE || gaveUp ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(stmt);
    if (!failure.isEmpty())
        return Error::unusable(u"%1: ranking the search failed: %2"_s.arg(db.path(), failure));
    std::vector<qint64> ids;
    if (gaveUp)
        return ids;
    std::sort(hits.begin(), hits.end()); // lower is better; ties by case
    ids.reserve(hits.size());
    for (const auto &hit : hits)
        ids.push_back(hit.second);
    return ids;
}

Status QueueHits::startInstall(const QString &match, std::vector<qint64> ids)
{
    clear();
    if (!m_rankedTableMade) {
        if (auto ok = m_db.exec(u"CREATE TEMP TABLE IF NOT EXISTS queue_ranked (pos INTEGER PRIMARY KEY, id INTEGER)"_s,
                                u"searching"_s);
            !ok)
            return ok;
        m_rankedTableMade = true;
    }
    RawStatement &empty = m_db.statement(u"DELETE FROM temp.queue_ranked"_s);
    if (!empty.bind({}) || !empty.exec())
        return empty.failure(u"searching"_s);
    m_match = match;
    m_pending = std::move(ids);
    m_installed = 0;
    m_installing = true;
    return {};
}

Result<bool> QueueHits::installSome(std::chrono::milliseconds budget)
{
    if (!m_installing)
        return true;
    QElapsedTimer spent;
    spent.start();
    // Rows go in by position, so each slice appends to the table's B-tree.
    RawStatement &insert =
        m_db.statement(u"INSERT INTO temp.queue_ranked (pos, id) SELECT ? + key, value FROM json_each(?)"_s);
    while (m_installed < m_pending.size()) {
        const size_t n = std::min(size_t(m_slice), m_pending.size() - m_installed);
        const QString list = jsonList(m_pending.data() + m_installed, n);
        QElapsedTimer slice;
        slice.start();
        if (!insert.bind({qint64(m_installed) + 1, list}) || !insert.exec())
            return insert.failure(u"searching"_s);
        m_installed += n;
        const std::chrono::nanoseconds took(slice.nsecsElapsed());
        m_slice = nextSlice(m_slice, took);
        if (m_installed < m_pending.size() && std::chrono::nanoseconds(spent.nsecsElapsed()) + 2 * took >= budget)
            return false;
    }
    // The table's size for the query planner: without it, SQLite takes the table for a million
    // rows and, at a million cases, first reads the whole of the cases' filter into a Bloom filter
    // for the join, which costs more than a page. Counting the table's pages takes milliseconds.
    if (auto ok = m_db.exec(u"ANALYZE temp.queue_ranked"_s, u"searching"_s); !ok)
        return ok.error();
    m_size = qint64(m_pending.size());
    m_pending = {};
    m_installed = 0;
    m_installing = false;
    m_active = true;
    m_ranked = true;
    return true;
}

Result<QByteArray> QueueHits::indexStamp(Database &db)
{
    // FTS5 rewrites its structure record (segments and a counter) with every write to the index.
    RawStatement &q = db.statement(u"SELECT block FROM case_search_data WHERE id = 10"_s);
    if (!q.bind({}))
        return q.failure(u"searching"_s);
    QByteArray stamp;
    if (q.next())
        stamp = q.blob(0);
    if (q.failed())
        return q.failure(u"searching"_s);
    q.finish();
    return stamp;
}

Status QueueHits::gatherAll()
{
    if (!probing())
        return {};
    const QString match = m_match; // gather() starts by clearing it
    return gather(match);
}

Status QueueHits::registerFunction()
{
    if (m_registered)
        return {};
    sqlite3 *h = m_db.handle();
    // Direct only: the function cannot be reached from a view or trigger stored in the file.
    if (!h || sqlite3_create_function_v2(h, "queue_hit", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, this, queueHit, nullptr,
                                         nullptr, nullptr) != SQLITE_OK)
        return Error::unusable(u"%1: cannot prepare the search (%2)"_s.arg(
            m_db.path(), h ? QString::fromUtf8(sqlite3_errmsg(h)) : u"no connection"_s));
    m_registered = true;
    return {};
}

Status QueueHits::gather(const QString &match)
{
    clear();
    if (match.isEmpty())
        return {};
    m_match = match;
    if (auto ok = registerFunction(); !ok)
        return ok;
    // Read through SQLite directly: a common word matches most of a million cases, and Qt SQL's
    // per-row cost would be most of the search's time.
    sqlite3 *h = m_db.handle();
    sqlite3_stmt *stmt = nullptr;
    const QByteArray matchUtf8 = match.toUtf8();
    std::vector<qint64> ids;
    int rc = sqlite3_prepare_v2(h, "SELECT rowid FROM case_search WHERE case_search MATCH ?", -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(stmt, 1, matchUtf8.constData(), int(matchUtf8.size()), SQLITE_TRANSIENT);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            ids.push_back(sqlite3_column_int64(stmt, 0));
    }
    const QString failure = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(stmt);
    if (!failure.isEmpty())
        return Error::unusable(u"%1: searching failed: %2"_s.arg(m_db.path(), failure));

    m_size = qint64(ids.size());
    m_sparse = m_size <= m_sparseLimit;
    if (m_sparse) {
        const QString list = jsonList(ids.data(), ids.size());
        if (!m_tableMade) {
            if (auto ok =
                    m_db.exec(u"CREATE TEMP TABLE IF NOT EXISTS queue_hits (id INTEGER PRIMARY KEY)"_s, u"searching"_s);
                !ok)
                return ok;
            m_tableMade = true;
        }
        for (const QString &step :
             {u"DELETE FROM temp.queue_hits"_s, u"INSERT INTO temp.queue_hits (id) SELECT value FROM json_each(?)"_s}) {
            RawStatement &q = m_db.statement(step);
            if (!q.bind(step.contains(u'?') ? QVariantList{list} : QVariantList{}) || !q.exec())
                return q.failure(u"searching"_s);
        }
    } else {
        const qint64 largest = ids.empty() ? 0 : *std::max_element(ids.begin(), ids.end());
        m_bits.assign(size_t(quint64(largest) / 64 + 1), 0);
        for (qint64 id : ids) {
            if (id >= 0)
                m_bits[size_t(quint64(id) / 64)] |= std::uint64_t(1) << (quint64(id) % 64);
        }
    }
    m_active = true;
    return {};
}

} // namespace adreview
