#pragma once

#include "domain/Result.h"
#include "queue/QueueWords.h"
#include "storage/ActivityRepository.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>

namespace adreview {

class Database;

// The activity log as a table model: every event of every case, newest first, read from SQL a
// page at a time. The first page is read when the filter changes; the view asks for more as it
// scrolls (fetchMore), so no count over millions of events is ever taken. Each page's first and
// last keys are kept when its rows are let go, so any page is read again by one keyset query.
class ActivityModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, Reviewer, Device, Action, Case, Policy, Outcome, Rationale, ColumnCount };
    enum Role { CaseRefRole = Qt::UserRole + 1, EventIdRole };

    explicit ActivityModel(Database &db, QObject *parent = nullptr);

    // Reads the first page again; nothing when the filter is the current one and read well.
    Status setFilter(const ActivityFilter &filter);
    const ActivityFilter &filter() const { return m_filter; }
    // Forgets every page and reads the first again, keeping the filter (after events were written).
    Status refresh();
    const Error *lastError() const { return m_error ? &*m_error : nullptr; }
    // Whether every matching event has been read (the last page was short).
    bool complete() const { return m_complete; }
    QString caseRefAt(int row) const;
    // The column titles; English unless the window gives its own.
    void setHeaders(const QStringList &headers);
    // The words actions and outcomes are shown by; the stored English ones unless the window
    // gives its reader's.
    void setWords(std::shared_ptr<const QueueWords> words);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int pageSize = 128;
    static constexpr int maxCachedPages = 64;

private:
    struct Bounds {
        ActivityRepository::Key first;
        ActivityRepository::Key last;
    };
    Status reread();
    const ActivityRow *row(int index) const;

    Database &m_db;
    ActivityFilter m_filter;
    QStringList m_headers;
    std::shared_ptr<const QueueWords> m_words = std::make_shared<const QueueWords>();
    int m_count = 0;
    bool m_complete = true;
    bool m_fetching = false; // inside fetchMore()
    QList<Bounds> m_bounds;  // of every page read, in order
    mutable QHash<int, QList<ActivityRow>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable std::optional<Error> m_error;
};

} // namespace adreview
