#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include <array>

namespace adreview {

class Database;

// What the queue shows: a state tab and the filter bar's choices. toSql() keeps every SQL
// fragment in the data layer.
struct QueueFilter {
    enum class Tab { Open, Escalated, Appeals, Conflicts, Approvals, Rereview, ReviewDue, Decided, All };
    static constexpr int tabCount = int(Tab::All) + 1;
    // How far ahead the Review due tab lists a restriction's end.
    static constexpr int reviewNoticeDays = 14;

    Tab tab = Tab::Open;
    QString policyCode;     // empty: any
    QString priority;       // empty: any
    QString assignee;       // empty: anyone; unassigned() for cases nobody has taken
    QString source;         // empty: any
    QString search;         // words typed in the search box
    bool bestMatch = false; // with a search: best matches first (the index's BM25 rank), not the sort column
    // The day (UTC) the Review due tab is for: set by whoever runs the query, from its clock.
    QDate today = {};

    static QString unassigned() { return QStringLiteral("\x01unassigned"); }

    // The WHERE clause (without the word) for cases table alias "c", and its bound values.
    // With searchCondition, the search is that condition (on hits gathered once, see QueueHits)
    // instead of a query of the full-text index.
    QString toSql(QVariantList &values, bool withTab = true, const QString &searchCondition = {}) const;
    // A tab's condition; the Review due tab's depends on `today`.
    static QString tabSql(Tab tab, const QDate &today = {});
    static QString tabName(Tab tab); // "open", "escalated", ... as saved in settings
    static Tab tabFromName(const QString &name);

    // The tab, filters and search as strings, for settings (`today` is not kept). Values that are
    // not in the vocabulary (a hand-edited file) read back as "any".
    QVariantMap toMap() const;
    static QueueFilter fromMap(const QVariantMap &map);

    // How many cases each filter lists, tab and search included, in one pass over the cases.
    static Result<QList<qint64>> countEach(Database &db, const QList<QueueFilter> &filters);

    bool operator==(const QueueFilter &) const = default;
};

// How many cases each tab holds under the current filters (the tab itself aside).
struct TabCounts {
    std::array<qint64, QueueFilter::tabCount> counts{};
    qint64 operator[](QueueFilter::Tab tab) const { return counts[size_t(tab)]; }

    static Result<TabCounts> query(Database &db, const QueueFilter &filter);
};

} // namespace adreview
