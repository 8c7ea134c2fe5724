#pragma once

#include "domain/Domain.h"
#include "reports/Report.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace adreview {

// The filters of a decision report: period (or all time), policies, reviewers, outcomes and
// countries. An empty choice of policies or reviewers means all of them.
class ReportFilterForm : public QWidget {
    Q_OBJECT

public:
    explicit ReportFilterForm(const QDate &today, QWidget *parent = nullptr);

    ReportFilter filter() const;
    // False when every outcome is unticked: such a report would always be empty.
    bool hasOutcome() const;
    void setPolicies(const QList<Policy> &policies);
    void setReviewers(const QStringList &reviewers);

signals:
    void changed();

private:
    QListWidget *checkList(const QString &name, const QString &accessibleName);
    static QStringList ticked(const QListWidget *list);

    QCheckBox *m_allTime;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QListWidget *m_policies;
    QListWidget *m_reviewers;
    QList<QCheckBox *> m_outcomes;
    QLineEdit *m_countries;
};

} // namespace adreview
