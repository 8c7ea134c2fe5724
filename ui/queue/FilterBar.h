#pragma once

#include "domain/Domain.h"
#include "queue/QueueFilter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTabBar;
class QTimer;

namespace adreview {

// The strip above the queue: state tabs with live counts, the user's saved views as tabs after
// them (with counts of their own), the policy, priority, assignee and source filters, and the
// search box (searching waits for a pause in typing).
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setPolicies(const QList<Policy> &policies);
    void setAssignees(const QStringList &names);
    void setCounts(const TabCounts &counts);
    // The saved views' tabs: their names and what each lists (the tab's tooltip).
    void setSavedViews(const QStringList &names, const QStringList &descriptions);
    void setViewCounts(const QList<qint64> &counts); // in the order of the names
    QueueFilter filter() const;
    // Without emitting filterChanged. With a saved view's index, its tab is the current one until
    // a filter is changed by hand, when the state tab of the filter takes over.
    void setFilter(const QueueFilter &filter, int savedView = -1);
    int currentView() const { return m_view; } // the saved view shown, or -1
    QStringList policyCodes() const;
    // The reviewers listed by setAssignees, null until it was first called.
    std::optional<QStringList> assignees() const;
    QLineEdit *searchBox() const { return m_search; }
    QTabBar *tabs() const { return m_tabs; }
    static QString tabTitle(QueueFilter::Tab tab);

    static constexpr int searchDelayMs = 150;

signals:
    void filterChanged(const QueueFilter &filter);
    void viewChosen(int index); // a saved view's tab was clicked

private:
    static QString tabDescription(QueueFilter::Tab tab); // what the tab lists
    QComboBox *combo(const QString &accessibleName, const QString &anyText, const QString &description);
    void emitChanged();
    void tabChanged(int index);
    QString viewTitle(int index) const;

    QTabBar *m_tabs;
    QComboBox *m_policy;
    QComboBox *m_priority;
    QComboBox *m_assignee;
    QComboBox *m_source;
    QLineEdit *m_search;
    QCheckBox *m_bestMatch;
    QTimer *m_searchDelay;
    bool m_quiet = false;
    int m_stateTab = 0; // the state tab in force, also under a saved view's tab
    int m_view = -1;
    QStringList m_viewNames;
    QList<qint64> m_viewCounts;
    bool m_assigneesListed = false;
};

} // namespace adreview
