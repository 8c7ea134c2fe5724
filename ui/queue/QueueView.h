#pragma once

#include <QTableView>

class QAction;

namespace adreview {

class CaseQueueModel;

// The queue table: one row per case, fixed row heights (so a million rows cost nothing to lay
// out), whole-row selection of one case or many (Ctrl- and Shift-click, Ctrl+A for every case in
// view) for a bulk action, sorting through the model's SQL.
class QueueView : public QTableView {
    Q_OBJECT

public:
    explicit QueueView(QWidget *parent = nullptr);
    void setQueueModel(CaseQueueModel *model);
    CaseQueueModel *queueModel() const { return m_model; }

    QString currentRef() const;
    // Sizes every column to its title and the longest text its cells can show, in the language
    // of the model's words; the advertiser column takes the rest.
    void fitColumns();
    // The width fitColumns gives a column.
    int contentWidth(int column) const;
    // How many rows are selected, counted from the selection's ranges (no page is read).
    int selectedCount() const;
    // The selected cases in queue order, with each one's policy code. Reading them reads the
    // model's pages for rows not seen yet: a few rows per page, fast, but many pages for a
    // selection of thousands.
    struct Selected {
        QString ref;
        QString policyCode;
    };
    QList<Selected> selectedCases() const;
    // The same a row at a time, for a caller that reads a large selection in slices: the
    // selected rows as sorted, disjoint ranges (first, last), and one row's case.
    QList<std::pair<int, int>> selectedRanges() const;
    Selected caseAt(int row) const;
    void selectRow(int row);
    bool moveBy(int delta); // J/K and arrows; false at either end
    // With no row selected, the next move starts from this row: the place of a case that has left
    // the view, now held by the case after it (J selects that one, K the one before).
    void resumeAt(int row);
    // What a right click (or the menu key) on a row offers, for the case of that row.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

signals:
    void currentCaseChanged(const QString &ref);

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The advertiser column takes the room the other columns leave, but never less than its
    // default width (a header's Stretch mode leaves it a few pixels wide whenever the others
    // nearly fill the view, as with longer column titles in German or Russian).
    void fitAdvertiserColumn();

    CaseQueueModel *m_model = nullptr;
    QList<QAction *> m_contextActions;
    int m_resumeAt = -1;
    void resume(int delta); // selects the row a move by delta from m_resumeAt reaches
};

} // namespace adreview
