#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "queue/QueueFilter.h"
#include "queue/QueueHits.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QMap>

#include <chrono>
#include <memory>
#include <vector>

namespace adreview {

class Database;
class QueueRanker;
class QueueWords;

// The review queue as a table model that pages from SQL: filtering, search and sorting run in
// SQLite, and only the pages the view asks for are read, each query finished at once so no read
// cursor stays open. Pages are found by keyset from a neighbouring page already read, so
// scrolling costs one short indexed query per page at any queue size.
class CaseQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Priority, Case, Advertiser, Country, Policy, Age, Sla, State, Assignee, Evidence, ColumnCount };
    enum Role {
        RefRole = Qt::UserRole + 1,
        PriorityRankRole, // 0 critical .. 3 low
        StateRole,        // open, in-review, escalated, decided, conflict
        OutcomeRole,
        OverdueRole, // true when an undecided case is past its due time
    };

    CaseQueueModel(Database &db, const Clock &clock, QObject *parent = nullptr);
    CaseQueueModel(Database &db, const Clock &clock, const QueueFilter &filter, QObject *parent = nullptr);
    ~CaseQueueModel() override;

    // Does nothing when the filter is the current one and was read without error; see refresh().
    Status setFilter(const QueueFilter &filter);
    // The filter as the model runs it: dated today by the model's clock (QueueFilter::today).
    const QueueFilter &filter() const { return m_filter; }
    // Re-reads the count and forgets every page, keeping filter and sort (after a decision).
    Status refresh();
    const Error *lastError() const { return m_error ? &*m_error : nullptr; }

    QString refAt(int row) const;
    // The row of a case if it is on a page already read; -1 otherwise.
    int cachedRowOf(const QString &ref) const;
    // Whether a case is among the rows the filter gives, read or not (one indexed lookup). While a
    // common word's hits are still being walked or ranked, a case not read yet counts as held.
    Result<bool> holds(const QString &ref) const;
    bool isSortable(int column) const;
    // How many search hits are joined from a table rather than tested while walking an index.
    void setSearchSparseLimit(qint64 limit);
    // From how many estimated hits a search's first page is found by walking the queue (tests).
    void setSearchProbeMinimum(qint64 hits);
    // A search for words found in most cases shows its first page before its hits are gathered:
    // the rows after it come with fetchMore(), which the view calls when it scrolls there.
    bool countKnown() const { return !m_partial && !m_counting && !m_ranking; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int sortColumn() const { return m_sortColumn; }
    // The words shown in the queue; English unless the window installs its own (null: English).
    void setWords(std::shared_ptr<const QueueWords> words);
    // The longest texts a column's cells may show in the installed words, whatever the rows:
    // every priority, state and outcome word, an age and SLA phrases of 9,999 days. Empty for
    // columns of outside text (references, names, codes), which a view sizes by other means.
    QStringList widestTexts(int column) const;
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Far jumps (dragging the scroll bar) would count rows with OFFSET from the nearest page read.
    // Anchors, the sort keys of every anchorStep-th row, are read once per filter and sort on a
    // worker connection, after which any page is at most anchorStep rows from a known key.
    struct AnchorRequest {
        quint64 generation = 0;
        QString sql;
        QVariantList values;
        int step = 4096;
    };
    using Anchors = QMap<int, QVariantList>;
    static Result<Anchors> readAnchors(Database &db, const AnchorRequest &request);
    AnchorRequest anchorRequest(int step = 4096) const;
    void setAnchors(quint64 generation, const Anchors &anchors);
    // Ranked rows are ordered by a table of this connection's, which the worker cannot read: their
    // anchors are the positions met while they are counted.
    bool needsAnchors() const { return !m_partial && !ranked() && m_count > 2 * pageSize * 16; }
    // Best matches first: the filter asked for it and there is a search, and its hits are ranked.
    bool ranked() const;
    // Best matches first with a worker of the model's own: a search's hits are ranked on it with
    // a connection of its own, once per search text, while the queue shows no rows (ranking());
    // then the ranks are installed a slice per turn of the event loop. Without it (tests, the
    // command line) they are ranked at once. Ranks are kept across refresh() while the search
    // text and the full-text index stay the same: decisions change cases' states, not the index.
    void setRankInBackground(bool background);
    bool ranking() const { return m_ranking; }
    // How many rows a slice of that work starts with, how long slices may take, and every how
    // many ranked rows one's position is kept as an anchor (tests make them small, so that the
    // work takes many turns).
    void setSlices(qint64 rows, std::chrono::milliseconds budget, int anchorStep = 1024);

    static constexpr int pageSize = 128;
    // The longest a slice of work done between turns of the event loop (installing ranks,
    // counting ranked rows) should take.
    static constexpr std::chrono::milliseconds sliceBudget{12};
    static constexpr int maxCachedPages = 64;

    struct Row {
        qint64 id = 0;
        QString ref;
        QString priority;
        int priorityRank = 0;
        QString advertiser;
        QString country;
        QString policy;
        QDateTime opened;
        QDateTime due;
        QDateTime decided;
        QString state;
        QString outcome;
        QString assignee;
        int evidence = 0;
        QVariantList key; // the sort key, for keyset paging
    };

signals:
    // ranking() or countKnown() changed outside a reset or a change of rows: the count shown
    // should be read again.
    void statusChanged();

private:
    QueueFilter dated(QueueFilter filter) const;
    const Row *row(int index) const;
    Result<QList<Row>> fetchPage(int page) const;
    Result<QList<Row>> query(const QVariantList *after, bool reverse, int offset, int limit) const;
    Status recount(bool keepCount = false);
    void requestRanks();
    void ranksArrived(quint64 ticket, const QString &match, const std::shared_ptr<const std::vector<qint64>> &ids);
    void installRanks(quint64 ticket);
    void rankingFailed(const Error &error);
    Status startCount(int previous);
    Result<bool> countSome(std::chrono::milliseconds budget); // true once the ranked rows are counted
    void countLater();
    void setCount(int count);
    Result<bool> walkFirstPage(); // false: the walk gave up, gather the hits
    Status countHits();
    bool unfiltered() const; // the search alone: every hit is a row
    QStringList sortKeys() const;
    bool keysDescending(bool reverse) const; // reverse: reading backwards from a known key
    QString orderBy(bool reverse) const;
    QString slaText(const Row &r) const;
    QVariant display(const Row &r, int column) const;

    Database &m_db;
    const Clock &m_clock;
    std::shared_ptr<const QueueWords> m_words;
    QueueFilter m_filter;
    int m_sortColumn = Priority;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;
    bool m_partial = false; // only the first page of a probing search is known
    QueueHits m_hits;
    bool m_hitsCurrent = false; // false once cases may have changed under the hits
    QString m_hitsFor;          // the search text the gathered hits belong to
    std::unique_ptr<QueueRanker> m_ranker;
    bool m_ranking = false;    // ranking on the worker or installing its ranks
    quint64 m_rankTicket = 0;  // the latest ranking asked for; earlier answers are dropped
    QString m_rankingFor;      // the search text being ranked
    QByteArray m_rankedIndex;  // the full-text index's stamp when the ranks were asked for
    bool m_counting = false;   // ranked rows under a filter are counted a slice per turn
    quint64 m_countTicket = 0; // changes with every count started, so a stale slice stops
    qint64 m_countedTo = 0;    // positions in the ranking counted so far
    qint64 m_counted = 0;      // rows found among them
    qint64 m_countSlice = 512;
    qint64 m_firstCountSlice = 512;
    int m_anchorStep = 1024; // closer than the worker's anchors: a ranked row skipped costs a join
    std::chrono::milliseconds m_sliceBudget = sliceBudget;
    mutable QHash<int, QList<Row>> m_pages;
    Anchors m_anchors;
    quint64 m_generation = 0;    // changes with every filter or sort, so late anchors are dropped
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable std::optional<Error> m_error;
};

} // namespace adreview
