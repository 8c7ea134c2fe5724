#include "queue/SavedViews.h"

namespace adreview {

int SavedViews::indexOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < size(); ++i) {
        if (m_views[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

SavedViews::NameProblem SavedViews::check(const QString &name, int self) const
{
    if (name.trimmed().isEmpty())
        return NameProblem::Empty;
    const int other = indexOf(name);
    return other >= 0 && other != self ? NameProblem::Taken : NameProblem::None;
}

int SavedViews::put(SavedView view)
{
    view.name = view.name.trimmed();
    if (view.name.isEmpty())
        return -1;
    view.filter.today = {};
    const int existing = indexOf(view.name);
    if (existing >= 0) {
        m_views[existing] = view;
        return existing;
    }
    m_views.append(view);
    return size() - 1;
}

bool SavedViews::rename(int index, const QString &name)
{
    if (index < 0 || index >= size() || check(name, index) != NameProblem::None)
        return false;
    m_views[index].name = name.trimmed();
    return true;
}

bool SavedViews::move(int from, int to)
{
    if (from < 0 || from >= size() || to < 0 || to >= size())
        return false;
    m_views.move(from, to);
    return true;
}

bool SavedViews::remove(int index)
{
    if (index < 0 || index >= size())
        return false;
    m_views.removeAt(index);
    return true;
}

QVariantList SavedViews::toVariant() const
{
    QVariantList list;
    for (const SavedView &view : m_views)
        list << view.toMap();
    return list;
}

SavedViews SavedViews::fromVariant(const QVariant &value)
{
    SavedViews views;
    for (const QVariant &entry : value.toList()) {
        const auto view = SavedView::fromMap(entry.toMap());
        if (view && views.indexOf(view->name) < 0)
            views.m_views.append(*view);
    }
    return views;
}

} // namespace adreview
