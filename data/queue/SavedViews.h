#pragma once

#include "queue/SavedView.h"

#include <QList>
#include <QVariant>

namespace adreview {

// The user's saved views in their order, kept in settings as a list of maps. Names are trimmed,
// never empty, and unique regardless of case ("Mine" and "mine" would be two menu entries no one
// could tell apart).
class SavedViews {
public:
    enum class NameProblem { None, Empty, Taken };

    const QList<SavedView> &list() const { return m_views; }
    int size() const { return int(m_views.size()); }
    bool isEmpty() const { return m_views.isEmpty(); }
    const SavedView &at(int index) const { return m_views.at(index); }
    int indexOf(const QString &name) const; // -1 when no view has that name
    // Whether a name can be given to the view at `self` (-1: a new view) without replacing another.
    NameProblem check(const QString &name, int self = -1) const;

    // Adds the view under its trimmed name, or replaces the one of that name in its place; the
    // view's index, -1 for an empty name.
    int put(SavedView view);
    bool rename(int index, const QString &name); // false for a bad index, an empty or a taken name
    bool move(int from, int to);
    bool remove(int index);

    QVariantList toVariant() const;
    // What a settings file holds: entries without a name, and later ones of a name already read, are
    // left out.
    static SavedViews fromVariant(const QVariant &value);

    bool operator==(const SavedViews &) const = default;

private:
    QList<SavedView> m_views;
};

} // namespace adreview
