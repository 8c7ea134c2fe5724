#include "queue/CaseQueueModel.h"

#include "domain/Vocabulary.h"
#include "queue/QueueRanker.h"
#include "queue/QueueWords.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SearchIndex.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString selectColumns =
    u"SELECT c.id, c.ref, c.priority, c.priority_rank, c.advertiser_name, a.country, p.code, c.opened_at, "
    "c.due_at, c.decided_at, c.state, c.outcome, c.assignee, c.evidence_count"_s;
constexpr int keyOffset = 14; // the first sort key's column in the result
// How many cases a search's first page may test before the hits are gathered instead: a word
// estimated in a tenth of the cases fills a page in about 1,300.
constexpr int probeBudget = 16 * CaseQueueModel::pageSize;

std::shared_ptr<const QueueWords> englishWords()
{
    static const auto english = std::make_shared<const QueueWords>();
    return english;
}

} // namespace

CaseQueueModel::CaseQueueModel(Database &db, const Clock &clock, QObject *parent)
    : CaseQueueModel(db, clock, QueueFilter(), parent)
{}

CaseQueueModel::CaseQueueModel(Database &db, const Clock &clock, const QueueFilter &filter, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock), m_words(englishWords()), m_filter(dated(filter)),
      m_hits(db)
{
    (void)recount(); // a failure is kept in lastError() for the window to show
}

CaseQueueModel::~CaseQueueModel() = default;

void CaseQueueModel::setSlices(qint64 rows, std::chrono::milliseconds budget, int anchorStep)
{
    m_anchorStep = std::max(anchorStep, 1);
    m_firstCountSlice = rows;
    m_hits.setSlice(size_t(rows));
    m_sliceBudget = budget;
}

void CaseQueueModel::setRankInBackground(bool background)
{
    if (background == bool(m_ranker))
        return;
    m_ranking = false;
    ++m_rankTicket;
    m_ranker.reset();
    if (!background)
        return;
    m_ranker = std::make_unique<QueueRanker>(m_db.path());
    connect(m_ranker.get(), &QueueRanker::ranked, this, &CaseQueueModel::ranksArrived);
    connect(m_ranker.get(), &QueueRanker::failed, this, [this](quint64 ticket, const QString &message) {
        if (ticket == m_rankTicket && m_ranking)
            rankingFailed(Error::unusable(message));
    });
}

bool CaseQueueModel::isSortable(int column) const
{
    return column != Country && column >= 0 && column < ColumnCount;
}

bool CaseQueueModel::ranked() const
{
    return m_hits.ranked();
}

QStringList CaseQueueModel::sortKeys() const
{
    if (ranked())
        return {u"h.pos"_s}; // the position in the ranking, best first
    switch (m_sortColumn) {
    case Case:
        return {u"c.ref"_s, u"c.id"_s};
    case Advertiser:
        return {u"c.advertiser_name"_s, u"c.id"_s};
    case Policy:
        return {u"c.policy_id"_s, u"c.id"_s};
    case Age:
        return {u"c.opened_at"_s, u"c.id"_s};
    case Sla:
        return {u"c.due_at"_s, u"c.id"_s};
    case State:
        return {u"c.state"_s, u"c.due_at"_s, u"c.id"_s};
    case Assignee:
        return {u"c.assignee"_s, u"c.id"_s};
    case Evidence:
        return {u"c.evidence_count"_s, u"c.id"_s};
    default:
        return {u"c.priority_rank"_s, u"c.due_at"_s, u"c.id"_s};
    }
}

bool CaseQueueModel::keysDescending(bool reverse) const
{
    if (ranked())
        return reverse; // best first
    // Age sorts young to old when ascending, so its opened time runs the other way.
    const bool descending = (m_sortOrder == Qt::DescendingOrder) != (m_sortColumn == Age);
    return descending != reverse;
}

QString CaseQueueModel::orderBy(bool reverse) const
{
    QStringList order;
    for (const QString &k : sortKeys())
        order << k + (keysDescending(reverse) ? u" DESC"_s : u""_s);
    return order.join(u", "_s);
}

QueueFilter CaseQueueModel::dated(QueueFilter filter) const
{
    filter.today = m_clock.now().toUTC().date();
    return filter;
}

Status CaseQueueModel::setFilter(const QueueFilter &given)
{
    const QueueFilter filter = dated(given);
    if (filter == m_filter && !m_error)
        return {};
    beginResetModel();
    m_filter = filter;
    auto ok = recount();
    endResetModel();
    return ok;
}

Status CaseQueueModel::refresh()
{
    beginResetModel();
    m_filter = dated(m_filter); // a day may have passed: restrictions end, reviews come due
    m_hitsCurrent = false;      // cases may have been added or changed
    auto ok = recount(true);
    endResetModel();
    return ok;
}

void CaseQueueModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_hits.probing()) {
        (void)recount(); // the first page is walked again in the new order; a failure is in lastError()
    } else {
        m_pages.clear();
        m_recent.clear();
        m_anchors.clear();
        ++m_generation;
    }
    endResetModel();
}

void CaseQueueModel::setSearchSparseLimit(qint64 limit)
{
    m_hits.setSparseLimit(limit);
    m_hitsCurrent = false; // gathered again at the next filter or refresh
}

void CaseQueueModel::setSearchProbeMinimum(qint64 hits)
{
    m_hits.setProbeMinimum(hits);
    m_hitsCurrent = false;
}

bool CaseQueueModel::unfiltered() const
{
    QueueFilter bare;
    bare.tab = QueueFilter::Tab::All;
    bare.search = m_filter.search;
    bare.bestMatch = m_filter.bestMatch;
    bare.today = m_filter.today; // the filter is dated, and the All tab does not depend on the day
    return m_filter == bare;
}

Status CaseQueueModel::recount(bool keepCount)
{
    const int previous = m_count;
    m_pages.clear();
    m_recent.clear();
    m_anchors.clear();
    ++m_generation;
    ++m_countTicket;
    m_counting = false;
    m_error.reset();
    m_partial = false;
    m_count = 0;
    const auto fail = [this](const Error &error) {
        m_error = error;
        return Status(error);
    };
    const bool wantRanked = m_filter.bestMatch && !SearchIndex::matchExpression(m_filter.search).isEmpty();
    if (wantRanked) {
        // Ranks are kept while the index is the same: decisions change states, not documents;
        // imports and merges write it (a note is not in it), and then the hits are ranked again.
        auto stamp = QueueHits::indexStamp(m_db);
        if (!stamp)
            return fail(stamp.error());
        const bool kept = m_hits.ranked() && m_hitsFor == m_filter.search && *stamp == m_rankedIndex;
        if (!kept) {
            keepCount = false;
            if (m_ranker) {
                if (!m_ranking || m_rankingFor != m_filter.search || *stamp != m_rankedIndex) {
                    m_rankedIndex = *stamp;
                    m_rankingFor = m_filter.search;
                    requestRanks();
                }
                return {}; // no rows until the hits are ranked
            }
            m_hitsFor.clear();
            if (auto ok = m_hits.gatherRanked(m_filter.search); !ok)
                return fail(ok.error());
            m_rankedIndex = *stamp;
            m_hitsFor = m_filter.search;
            m_hitsCurrent = true;
        }
    } else {
        if (m_ranking) {
            m_ranking = false;
            ++m_rankTicket;
            m_ranker->cancel();
        }
        if (m_filter.search != m_hitsFor || !m_hitsCurrent || m_hits.ranked() || m_hits.installing()) {
            m_hitsFor.clear();
            if (auto ok = m_hits.search(m_filter.search); !ok)
                return fail(ok.error());
            m_hitsFor = m_filter.search;
            m_hitsCurrent = true;
        }
    }
    if (m_hits.probing()) {
        auto walked = walkFirstPage();
        if (!walked)
            return fail(walked.error());
        if (*walked)
            return {};
        if (auto ok = m_hits.gatherAll(); !ok)
            return fail(ok.error());
    }
    if (m_hits.ranked() && !unfiltered()) {
        if (auto ok = startCount(keepCount ? previous : -1); !ok)
            return fail(ok.error());
        return {};
    }
    if (auto ok = countHits(); !ok)
        return fail(ok.error());
    if (m_hits.ranked()) { // every hit is a row: a row's position in the ranking is its own
        for (int r = m_anchorStep; r < m_count; r += m_anchorStep)
            m_anchors.insert(r, QVariantList{qint64(r) + 1});
    }
    return {};
}

void CaseQueueModel::requestRanks()
{
    m_hits.clear();
    m_hitsFor.clear();
    m_ranking = true;
    m_ranker->request(++m_rankTicket, SearchIndex::matchExpression(m_filter.search));
}

void CaseQueueModel::ranksArrived(quint64 ticket, const QString &match,
                                  const std::shared_ptr<const std::vector<qint64>> &ids)
{
    if (ticket != m_rankTicket || !m_ranking)
        return;
    if (auto ok = m_hits.startInstall(match, *ids); !ok) // empties the last ranking's table
        return rankingFailed(ok.error());
    QTimer::singleShot(0, this, [this, ticket] { installRanks(ticket); });
}

void CaseQueueModel::installRanks(quint64 ticket)
{
    if (ticket != m_rankTicket || !m_ranking)
        return;
    auto done = m_hits.installSome(m_sliceBudget);
    if (!done)
        return rankingFailed(done.error());
    if (!*done) {
        QTimer::singleShot(0, this, [this, ticket] { installRanks(ticket); });
        return;
    }
    beginResetModel();
    m_ranking = false;
    m_hitsFor = m_rankingFor;
    m_hitsCurrent = true;
    (void)recount(); // a failure is kept in lastError()
    endResetModel();
    emit statusChanged();
}

void CaseQueueModel::rankingFailed(const Error &error)
{
    beginResetModel();
    m_ranking = false;
    ++m_rankTicket;
    m_hits.clear();
    m_hitsFor.clear();
    m_count = 0;
    m_error = error;
    endResetModel();
    emit statusChanged();
}

Status CaseQueueModel::startCount(int previous)
{
    // Counting every ranked row under a filter joins each hit to its case: seconds for common
    // words at a million cases. The rows are counted a slice of the ranking at a time between
    // turns of the event loop; meanwhile the queue holds the count it had (after a decision) or
    // its first page (a new filter), and the rows are added or removed at the end once counted.
    m_counting = true;
    m_countedTo = 0;
    m_counted = 0;
    m_countSlice = m_firstCountSlice; // the cases' pages for these hits may not be in memory yet
    if (previous >= 0) {
        m_count = previous;
    } else {
        auto rows = query(nullptr, false, 0, pageSize);
        if (!rows)
            return rows.error();
        m_count = int(rows->size());
        m_pages.insert(0, *rows);
        m_recent = {0};
        if (rows->size() < pageSize) { // the whole answer
            m_counting = false;
            return {};
        }
    }
    if (m_ranker) { // from the next turn: this one has read the queue already
        countLater();
        return {};
    }
    auto done = countSome(std::chrono::hours(1));
    if (!done)
        return done.error();
    m_counting = false;
    m_count = int(m_counted);
    return {};
}

Result<bool> CaseQueueModel::countSome(std::chrono::milliseconds budget)
{
    QElapsedTimer spent;
    spent.start();
    QVariantList filterValues;
    const QString where = m_filter.toSql(filterValues, true, m_hits.condition());
    // The positions themselves, not a count: every anchorStep-th row's is kept as an anchor, so a
    // far jump skips at most that many rows, as anchors read on the worker do for other orders.
    const QString text = u"SELECT h.pos FROM "_s + m_hits.from() + u" WHERE h.pos > ? AND h.pos <= ? AND "_s + where +
                         u" ORDER BY h.pos"_s;
    while (m_countedTo < m_hits.size()) {
        QElapsedTimer slice;
        slice.start();
        RawStatement q(m_db, text, QVariantList{m_countedTo, m_countedTo + m_countSlice} + filterValues,
                       u"counting the queue"_s);
        while (q.next()) {
            if (m_counted > 0 && m_counted % m_anchorStep == 0)
                m_anchors.insert(int(m_counted), QVariantList{q.integer(0)});
            ++m_counted;
        }
        if (q.failed())
            return q.failure(u"counting the queue"_s);
        m_countedTo += m_countSlice;
        const std::chrono::nanoseconds took(slice.nsecsElapsed());
        m_countSlice = nextSlice(m_countSlice, took);
        if (m_countedTo < m_hits.size() && std::chrono::nanoseconds(spent.nsecsElapsed()) + 2 * took >= budget)
            return false;
    }
    return true;
}

void CaseQueueModel::countLater()
{
    QTimer::singleShot(0, this, [this, ticket = m_countTicket] {
        if (ticket != m_countTicket || !m_counting)
            return;
        auto done = countSome(m_sliceBudget);
        if (!done) {
            m_counting = false;
            m_error = done.error();
            emit statusChanged();
            return;
        }
        if (!*done)
            return countLater();
        m_counting = false;
        setCount(int(m_counted));
    });
}

void CaseQueueModel::setCount(int count)
{
    // The pages read so far hold the right rows; the last of them may have been cut short by the
    // count held meanwhile, so they are read again as they are shown.
    if (count > m_count) {
        beginInsertRows({}, m_count, count - 1);
        m_count = count;
        m_pages.clear();
        m_recent.clear();
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, count, m_count - 1);
        m_count = count;
        m_pages.clear();
        m_recent.clear();
        endRemoveRows();
    }
    emit statusChanged();
}

Result<bool> CaseQueueModel::walkFirstPage()
{
    auto rows = query(nullptr, false, 0, pageSize);
    if (!rows)
        return m_hits.probeOverBudget() ? Result<bool>(false) : Result<bool>(rows.error());
    // A short page is the whole answer; a full one is the first page of many.
    m_partial = rows->size() == pageSize;
    m_count = int(rows->size());
    m_pages.insert(0, *rows);
    m_recent = {0};
    return true;
}

Status CaseQueueModel::countHits()
{
    if (m_hits.active() && unfiltered()) {
        m_count = int(m_hits.size());
        return {};
    }
    QVariantList values;
    const QString where = m_filter.toSql(values, true, m_hits.condition());
    RawStatement q(m_db, u"SELECT count(*) FROM "_s + m_hits.from() + u" WHERE "_s + where, values,
                   u"counting the queue"_s);
    if (!q.next())
        return q.failed() ? q.failure(u"counting the queue"_s)
                          : Error::unusable(u"%1: counting the queue gave no count"_s.arg(m_db.path()));
    m_count = int(q.integer(0));
    return {};
}

Result<bool> CaseQueueModel::holds(const QString &ref) const
{
    if (cachedRowOf(ref) >= 0)
        return true;
    if (m_hits.probing() || m_ranking)
        return true; // not known yet: nothing says it left
    QVariantList values;
    const QString where = m_filter.toSql(values, true, m_hits.condition());
    values << ref;
    RawStatement q(m_db, u"SELECT 1 FROM "_s + m_hits.from() + u" WHERE ("_s + where + u") AND c.ref = ?"_s, values,
                   u"finding a case in the queue"_s);
    if (q.next())
        return true;
    if (q.failed())
        return q.failure(u"finding a case in the queue"_s);
    return false;
}

bool CaseQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_partial;
}

void CaseQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int shown = m_count;
    auto ok = m_hits.gatherAll();
    if (ok)
        ok = countHits();
    m_partial = false;
    if (!ok) {
        m_error = ok.error();
        return;
    }
    if (m_count < shown) { // cases changed since the first page was read
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        ++m_generation;
        endResetModel();
        return;
    }
    if (m_count > shown) {
        const int all = m_count;
        m_count = shown; // the view must not see the new rows before they are announced
        beginInsertRows({}, shown, all - 1);
        m_count = all;
        endInsertRows();
    }
}

Result<QList<CaseQueueModel::Row>> CaseQueueModel::query(const QVariantList *after, bool reverse, int offset,
                                                         int limit) const
{
    const QStringList keys = sortKeys();
    const bool descending = keysDescending(reverse);
    if (m_hits.probing()) {
        if (auto armed = m_hits.armProbe(probeBudget); !armed)
            return armed.error();
    }
    QVariantList values;
    QString where = m_filter.toSql(values, true, m_hits.condition());
    if (after) {
        QStringList marks(keys.size(), u"?"_s);
        where += u" AND (%1) %2 (%3)"_s.arg(keys.join(u", "_s), descending ? u"<"_s : u">"_s, marks.join(u", "_s));
        values += *after;
    }
    const QString text = selectColumns + u", "_s + keys.join(u", "_s) + u" FROM "_s + m_hits.from() +
                         u" CROSS JOIN advertisers a ON a.id = c.advertiser_id "
                         "CROSS JOIN policies p ON p.id = c.policy_id WHERE "_s +
                         where + u" ORDER BY "_s + orderBy(reverse) + u" LIMIT %1 OFFSET %2"_s.arg(limit).arg(offset);
    // Not from the statement cache: every filter and sort makes its own text, and a long session
    // would otherwise keep hundreds of them prepared. Preparing costs microseconds. Read through
    // SQLite's own interface: Qt SQL would convert every column of every row to UTF-16 in a
    // QVariant first, which costs more than the query itself.
    RawStatement q(m_db, text, values, u"reading the queue"_s);
    QList<Row> rows;
    rows.reserve(limit);
    while (q.next()) {
        Row r;
        r.id = q.integer(0);
        r.ref = q.text(1);
        r.priority = q.text(2);
        r.priorityRank = int(q.integer(3));
        r.advertiser = q.text(4);
        r.country = q.text(5);
        r.policy = q.text(6);
        r.opened = q.time(7);
        r.due = q.time(8);
        r.decided = q.time(9);
        r.state = q.text(10);
        r.outcome = q.text(11);
        r.assignee = q.text(12);
        r.evidence = int(q.integer(13));
        r.key.reserve(keys.size());
        for (int i = 0; i < keys.size(); ++i)
            r.key << q.value(keyOffset + i);
        rows.append(std::move(r));
    }
    if (q.failed())
        return q.failure(u"reading the queue"_s);
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QList<CaseQueueModel::Row>> CaseQueueModel::fetchPage(int page) const
{
    const int rows = std::min(pageSize, m_count - page * pageSize);
    // Every key known near the page (a page already read, an anchor) or either end of the queue
    // is a place to start from; the one with the fewest rows to skip wins.
    const int start = page * pageSize;
    const QVariantList *from = nullptr;
    bool reverse = false;
    int skip = start; // from the top, no key
    if (const int fromEnd = m_count - start - rows; fromEnd < skip) {
        reverse = true;
        skip = fromEnd;
    }
    const auto consider = [&](const QVariantList &key, bool backwards, int rowsToSkip) {
        if (rowsToSkip >= 0 && rowsToSkip < skip) {
            from = &key;
            reverse = backwards;
            skip = rowsToSkip;
        }
    };
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        if (it->isEmpty())
            continue;
        if (it.key() < page)
            consider(it->last().key, false, (page - it.key() - 1) * pageSize);
        else if (it.key() > page)
            consider(it->first().key, true, (it.key() - page - 1) * pageSize);
    }
    if (auto a = m_anchors.upperBound(start - 1); a != m_anchors.begin())
        consider(std::prev(a).value(), false, start - std::prev(a).key() - 1); // the last anchor before the page
    if (auto a = m_anchors.lowerBound(start + rows); a != m_anchors.end())
        consider(a.value(), true, a.key() - start - rows); // the first anchor after it
    return query(from, reverse, skip, rows);
}

CaseQueueModel::AnchorRequest CaseQueueModel::anchorRequest(int step) const
{
    AnchorRequest r;
    r.generation = m_generation;
    r.step = step;
    const QStringList keys = sortKeys();
    // The worker has its own connection, so the search runs against the index itself there.
    r.sql = u"SELECT "_s + keys.join(u", "_s) + u" FROM cases c WHERE "_s + m_filter.toSql(r.values) + u" ORDER BY "_s +
            orderBy(false);
    return r;
}

Result<CaseQueueModel::Anchors> CaseQueueModel::readAnchors(Database &db, const AnchorRequest &request)
{
    RawStatement q(db, request.sql, request.values, u"indexing the queue"_s);
    Anchors anchors;
    const int columns = q.columnCount();
    for (int row = 0; q.next(); ++row) {
        if (row == 0 || row % request.step != 0)
            continue;
        QVariantList key;
        for (int i = 0; i < columns; ++i)
            key << q.value(i);
        anchors.insert(row, key);
    }
    if (q.failed())
        return q.failure(u"indexing the queue"_s);
    return anchors;
}

void CaseQueueModel::setAnchors(quint64 generation, const Anchors &anchors)
{
    if (generation == m_generation)
        m_anchors = anchors;
}

const CaseQueueModel::Row *CaseQueueModel::row(int index) const
{
    if (index < 0 || index >= m_count)
        return nullptr;
    const int page = index / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto fetched = fetchPage(page);
        if (!fetched) {
            m_error = fetched.error();
            return nullptr;
        }
        m_pages.insert(page, *fetched);
        m_recent.append(page);
        while (m_recent.size() > maxCachedPages)
            m_pages.remove(m_recent.takeFirst());
        // Found again: removing a page may move the others within the hash, leaving an iterator
        // taken before it pointing at a free slot or at another page.
        it = m_pages.find(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int offset = index % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QString CaseQueueModel::refAt(int index) const
{
    const Row *r = row(index);
    return r ? r->ref : QString();
}

int CaseQueueModel::cachedRowOf(const QString &ref) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).ref == ref)
                return it.key() * pageSize + i;
        }
    }
    return -1;
}

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseQueueModel::slaText(const Row &r) const
{
    if (r.state == u"decided") {
        if (!r.decided.isValid() || r.decided <= r.due)
            return m_words->slaMet();
        return m_words->slaLateBy(m_words->duration(r.due.msecsTo(r.decided)));
    }
    const qint64 left = m_clock.now().msecsTo(r.due);
    return left >= 0 ? m_words->slaDueIn(m_words->duration(left)) : m_words->slaOverdue(m_words->duration(-left));
}

QStringList CaseQueueModel::widestTexts(int column) const
{
    QStringList texts;
    const qint64 longest = qint64(9999) * 24 * 3600 * 1000;
    switch (column) {
    case Priority:
        for (const QString &p : vocab::priorities())
            texts << m_words->priority(p);
        break;
    case State:
        for (const QString &s : vocab::states())
            texts << m_words->standing(s, QString());
        for (const QString &o : vocab::decisionOutcomes())
            texts << m_words->standing(u"decided"_s, o);
        break;
    case Age:
        texts << m_words->duration(longest);
        break;
    case Sla: {
        const QString d = m_words->duration(longest);
        texts << m_words->slaMet() << m_words->slaLateBy(d) << m_words->slaDueIn(d) << m_words->slaOverdue(d);
        break;
    }
    default:
        break;
    }
    return texts;
}

QVariant CaseQueueModel::display(const Row &r, int column) const
{
    switch (column) {
    case Priority:
        return m_words->priority(r.priority);
    case Case:
        return r.ref;
    case Advertiser:
        return r.advertiser;
    case Country:
        return r.country;
    case Policy:
        return r.policy;
    case Age:
        return m_words->duration(r.opened.msecsTo(m_clock.now()));
    case Sla:
        return slaText(r);
    case State:
        return m_words->standing(r.state, r.outcome);
    case Assignee:
        return r.assignee;
    case Evidence:
        return r.evidence;
    default:
        return {};
    }
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = row(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == Case ? QVariant(m_words->loading()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole:
        // A cell's whole text, however narrow its column, and the time it counts from.
        if (index.column() == Sla)
            return slaText(*r) + u'\n' + m_words->dueTip(r->due.toString(u"yyyy-MM-dd HH:mm"_s));
        if (index.column() == Age)
            return display(*r, Age).toString() + u'\n' + m_words->openedTip(r->opened.toString(u"yyyy-MM-dd HH:mm"_s));
        return display(*r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Evidence ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RefRole:
        return r->ref;
    case PriorityRankRole:
        return r->priorityRank;
    case StateRole:
        return r->state;
    case OutcomeRole:
        return r->outcome;
    case OverdueRole:
        return r->state != u"decided" && r->due < m_clock.now();
    default:
        return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_words->header(section);
}

void CaseQueueModel::setWords(std::shared_ptr<const QueueWords> words)
{
    m_words = words ? std::move(words) : englishWords();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

} // namespace adreview
