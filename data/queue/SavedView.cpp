#include "queue/SavedView.h"

#include "queue/CaseQueueModel.h"

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

struct ColumnName {
    int column;
    const char *name;
};

// The columns the queue sorts by (not the country, which has no index to sort by).
constexpr ColumnName columnNames[] = {
    {CaseQueueModel::Priority, "priority"},
    {CaseQueueModel::Case, "case"},
    {CaseQueueModel::Advertiser, "advertiser"},
    {CaseQueueModel::Policy, "policy"},
    {CaseQueueModel::Age, "age"},
    {CaseQueueModel::Sla, "sla"},
    {CaseQueueModel::State, "state"},
    {CaseQueueModel::Assignee, "assignee"},
    {CaseQueueModel::Evidence, "evidence"},
};

} // namespace

QString SavedView::columnName(int column)
{
    for (const ColumnName &c : columnNames) {
        if (c.column == column)
            return QString::fromLatin1(c.name);
    }
    return {};
}

int SavedView::columnFromName(const QString &name)
{
    for (const ColumnName &c : columnNames) {
        if (name == QLatin1StringView(c.name))
            return c.column;
    }
    return -1;
}

QVariantMap SavedView::toMap() const
{
    QVariantMap map = filter.toMap();
    map.insert(u"name"_s, name);
    map.insert(u"sort"_s, columnName(sortColumn));
    map.insert(u"order"_s, sortOrder == Qt::DescendingOrder ? u"descending"_s : u"ascending"_s);
    return map;
}

std::optional<SavedView> SavedView::fromMap(const QVariantMap &map)
{
    SavedView view;
    view.name = map.value(u"name"_s).toString().trimmed();
    if (view.name.isEmpty())
        return std::nullopt;
    view.filter = QueueFilter::fromMap(map);
    const int column = columnFromName(map.value(u"sort"_s).toString());
    if (column >= 0) {
        view.sortColumn = column;
        view.sortOrder = map.value(u"order"_s).toString() == u"descending" ? Qt::DescendingOrder : Qt::AscendingOrder;
    }
    return view;
}

SavedView::Fit SavedView::fitTo(const QStringList &policies, const std::optional<QStringList> &assignees) const
{
    Fit fit{filter, {}, {}};
    if (!fit.filter.policyCode.isEmpty() && !policies.contains(fit.filter.policyCode)) {
        fit.missingPolicy = fit.filter.policyCode;
        fit.filter.policyCode.clear();
    }
    const QString &who = fit.filter.assignee;
    if (assignees && !who.isEmpty() && who != QueueFilter::unassigned() && !assignees->contains(who)) {
        fit.missingAssignee = who;
        fit.filter.assignee.clear();
    }
    return fit;
}

} // namespace adreview
