#include "queue/QueueHits.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SearchIndex.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

void queueHit(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *hits = static_cast<const QueueHits *>(sqlite3_user_data(context));
    sqlite3_result_int(context, hits->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
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
    if (!m_rankedTableMade) {
        if (auto ok = m_db.exec(u"CREATE TEMP TABLE IF NOT EXISTS queue_ranked (id INTEGER PRIMARY KEY, rank REAL)"_s,
                                u"searching"_s);
            !ok)
            return ok;
        m_rankedTableMade = true;
    }
    for (const QString &step :
         {u"DELETE FROM temp.queue_ranked"_s, u"INSERT INTO temp.queue_ranked (id, rank) "
                                              "SELECT rowid, rank FROM case_search WHERE case_search MATCH ?"_s}) {
        RawStatement &q = m_db.statement(step);
        if (!q.bind(step.contains(u'?') ? QVariantList{match} : QVariantList{}) || !q.exec())
            return q.failure(u"searching"_s);
    }
    RawStatement &count = m_db.statement(u"SELECT count(*) FROM temp.queue_ranked"_s);
    count.bind({});
    if (!count.next())
        return count.failure(u"searching"_s);
    m_size = count.integer(0);
    count.finish();
    m_match = match;
    m_active = true;
    m_ranked = true;
    return {};
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
        QString list;
        list.reserve(int(ids.size()) * 8 + 2);
        list += u'[';
        for (size_t i = 0; i < ids.size(); ++i) {
            if (i)
                list += u',';
            list += QString::number(ids[i]);
        }
        list += u']';
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
