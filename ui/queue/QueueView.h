#pragma once

#include <QTableView>

class QAction;

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
    // What a right click (or the menu key) on a row offers, for the case of that row.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

signals:
    void currentCaseChanged(const QString &ref);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The advertiser column takes the room the other columns leave, but never less than its
    // default width (a header's Stretch mode leaves it a few pixels wide whenever the others
    // nearly fill the view, as with longer column titles in German or Russian).
    void fitAdvertiserColumn();

    CaseQueueModel *m_model = nullptr;
    QList<QAction *> m_contextActions;
};

} // namespace adreview
