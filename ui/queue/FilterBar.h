#pragma once

#include "domain/Domain.h"
#include "queue/QueueFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTabBar;
class QTimer;

namespace adreview {

// The strip above the queue: state tabs with live counts, the policy, priority, assignee and
// source filters, and the search box (searching waits for a pause in typing).
class FilterBar : public QWidget {
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setPolicies(const QList<Policy> &policies);
    void setAssignees(const QStringList &names);
    void setCounts(const TabCounts &counts);
    QueueFilter filter() const;
    void setFilter(const QueueFilter &filter); // without emitting filterChanged
    QLineEdit *searchBox() const { return m_search; }
    QTabBar *tabs() const { return m_tabs; }

    static constexpr int searchDelayMs = 150;

signals:
    void filterChanged(const QueueFilter &filter);

private:
    static QString tabTitle(QueueFilter::Tab tab);
    static QString tabDescription(QueueFilter::Tab tab); // what the tab lists
    QComboBox *combo(const QString &accessibleName, const QString &anyText, const QString &description);
    void emitChanged();

    QTabBar *m_tabs;
    QComboBox *m_policy;
    QComboBox *m_priority;
    QComboBox *m_assignee;
    QComboBox *m_source;
    QLineEdit *m_search;
    QCheckBox *m_bestMatch;
    QTimer *m_searchDelay;
    bool m_quiet = false;
};

} // namespace adreview
