#pragma once

#include "queue/QueueFilter.h"

#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace adreview {

// A named way of looking at the queue: a state tab, the filters, the search and the sort, as the
// user saved it from the window.
struct SavedView {
    QString name;
    QueueFilter filter; // never dated: a view is dated by the model it is applied to
    int sortColumn = 0; // a CaseQueueModel::Column the model can sort by
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    // Strings, numbers and flags only, for settings; the sort column by name, so that a column
    // added or moved later leaves saved views as they were.
    QVariantMap toMap() const;
    // Null for a map without a name; values the program does not know read back as defaults.
    static std::optional<SavedView> fromMap(const QVariantMap &map);

    // What of the view applies to a database: a policy the database does not have, or a reviewer
    // who holds none of its cases, is left out (and named) rather than showing an empty queue for
    // reasons nobody can see. `assignees` unknown yet (null): the assignee is kept.
    struct Fit {
        QueueFilter filter;
        QString missingPolicy;
        QString missingAssignee;
    };
    Fit fitTo(const QStringList &policies, const std::optional<QStringList> &assignees) const;

    static QString columnName(int column);          // "priority", "case", ...; empty for a column not sorted by
    static int columnFromName(const QString &name); // -1 when unknown

    bool operator==(const SavedView &) const = default;
};

} // namespace adreview
