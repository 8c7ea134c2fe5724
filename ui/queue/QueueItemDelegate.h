#pragma once

#include <QStyledItemDelegate>

namespace adreview {

// Colours the queue's priority, state and SLA cells. The colour only repeats what the text
// already says ("critical", "conflict", "overdue 3 d"), so nothing depends on seeing colour.
class QueueItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor priorityColour(int rank, bool dark);
    static QColor stateColour(const QString &state, const QString &outcome, bool dark);
    static QColor overdueColour(bool dark);

    // The cell's tooltip as text: names come from outside, and Qt would show "<img src=…>" as a
    // picture (loading the file).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    // A cell holds one line, cut to what a cell can show: laying out a mebibyte of name (which a
    // sync bundle may carry) on every paint would stall the queue.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace adreview
