#pragma once

#include <QTableView>

namespace adreview {

class CaseQueueModel;

// The queue table: one row per case, fixed row heights (so a million rows cost nothing to lay
// out), whole-row selection, sorting through the model's SQL.
class QueueView : public QTableView {
    Q_OBJECT

public:
    explicit QueueView(QWidget *parent = nullptr);
    void setQueueModel(CaseQueueModel *model);
    CaseQueueModel *queueModel() const { return m_model; }

    QString currentRef() const;
    void selectRow(int row);
    bool moveBy(int delta); // J/K and arrows; false at either end

signals:
    void currentCaseChanged(const QString &ref);

private:
    CaseQueueModel *m_model = nullptr;
};

} // namespace adreview
