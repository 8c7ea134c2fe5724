#pragma once

#include "domain/Domain.h"
#include "queue/QueueFilter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QAction;
class QTabBar;
class QTimer;
class QToolBar;
class QToolButton;

namespace adreview {

// The strip above the queue: state tabs with live counts, the user's saved views on a row of their
// own under them (with counts of their own, shown while there is a view), the policy, priority,
// assignee and source filters, and the search box (searching waits for a pause in typing).
// The state tabs fit the bar's width: a title that has no room is cut short, never its count,
// and the tab's tooltip and accessible name hold it whole.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setPolicies(const QList<Policy> &policies);
    void setAssignees(const QStringList &names);
    void setCounts(const TabCounts &counts);
    // The saved views' buttons: their names and what each lists (the button's tooltip).
    void setSavedViews(const QStringList &names, const QStringList &descriptions);
    void setViewCounts(const QList<qint64> &counts); // in the order of the names
    QueueFilter filter() const;
    // Without emitting filterChanged. With a saved view's index, its button is checked (and the
    // state tab of its filter current) until a filter is changed by hand.
    void setFilter(const QueueFilter &filter, int savedView = -1);
    int currentView() const { return m_view; } // the saved view shown, or -1
    QStringList policyCodes() const;
    // The reviewers listed by setAssignees, null until it was first called.
    std::optional<QStringList> assignees() const;
    QLineEdit *searchBox() const { return m_search; }
    QTabBar *tabs() const { return m_tabs; } // the state tabs, in the order of QueueFilter::Tab
    QToolBar *viewBar() const { return m_viewBar; }
    QToolButton *viewButton(int index) const; // a saved view's, null when out of range
    static QString tabTitle(QueueFilter::Tab tab);

    static constexpr int searchDelayMs = 150;

signals:
    void filterChanged(const QueueFilter &filter);
    void viewChosen(int index); // a saved view's button was clicked

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QString tabDescription(QueueFilter::Tab tab); // what the tab lists
    QComboBox *combo(const QString &accessibleName, const QString &anyText, const QString &description);
    void emitChanged();
    void tabChanged(int index);
    void stateTabClicked(int index);
    QString viewTitle(int index) const;
    void checkView(); // the shown view's button checked, the others not
    void fitTabs();   // the state tabs' texts, cut to the bar's width when they must be

    QTabBar *m_tabs;
    QToolBar *m_viewBar;
    QList<QAction *> m_viewActions;
    QComboBox *m_policy;
    QComboBox *m_priority;
    QComboBox *m_assignee;
    QComboBox *m_source;
    QLineEdit *m_search;
    QCheckBox *m_bestMatch;
    QTimer *m_searchDelay;
    bool m_quiet = false;
    int m_stateTab = 0; // the state tab in force, also while a saved view is shown
    int m_view = -1;
    QStringList m_viewNames;
    QList<qint64> m_viewCounts;
    std::optional<TabCounts> m_counts;
    bool m_fitting = false;
    bool m_assigneesListed = false;
};

} // namespace adreview
