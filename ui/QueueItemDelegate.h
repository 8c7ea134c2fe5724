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

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace adreview
