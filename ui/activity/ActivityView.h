#pragma once

#include "domain/Clock.h"
#include "storage/ActivityRepository.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTableView;

namespace adreview {

class ActivityModel;
class Database;

// The activity log: every event of every case, newest first, narrowed by reviewer, device,
// action, policy and time. Choosing a row (double-click or Enter) asks the window to show its
// case. The rows are read from SQL a page at a time as the table scrolls.
class ActivityView : public QWidget {
    Q_OBJECT

public:
    enum class Period { All, Today, Yesterday, ThisWeek, Last30Days };

    explicit ActivityView(const Clock &clock, QWidget *parent = nullptr);
    ~ActivityView() override;

    // Reads from another database (null: none, before the old one closes).
    void setDatabase(Database *db);
    // Reads the filters' choices and the first page again (after events were written).
    void refresh();

    ActivityModel *model() const { return m_model.get(); }
    QTableView *table() const { return m_table; }
    QComboBox *reviewerBox() const { return m_reviewer; }
    QComboBox *deviceBox() const { return m_device; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *policyBox() const { return m_policy; }
    QComboBox *periodBox() const { return m_period; }
    ActivityFilter filter() const;

signals:
    void caseChosen(const QString &ref);

private:
    void fillChoices();
    void applyFilter();
    void updateStatus();
    // The stored values as the choices, each shown in the words `shown` gives (as stored without it).
    static void refill(QComboBox *box, const QString &any, const QStringList &values,
                       QString (*shown)(const QString &) = nullptr);

    const Clock &m_clock;
    Database *m_db = nullptr;
    std::unique_ptr<ActivityModel> m_model;
    QComboBox *m_reviewer = nullptr;
    QComboBox *m_device = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_policy = nullptr;
    QComboBox *m_period = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace adreview
