#include "queue/QueueItemDelegate.h"

#include "queue/CaseQueueModel.h"
#include "widgets/DisplayText.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace adreview {

QColor QueueItemDelegate::priorityColour(int rank, bool dark)
{
    switch (rank) {
    case 0:
        return dark ? QColor(0xff, 0x7b, 0x6b) : QColor(0xb0, 0x2a, 0x1e);
    case 1:
        return dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xa8, 0x5c, 0x00);
    case 2:
        return {};
    default:
        return dark ? QColor(0x9a, 0xa8, 0xb8) : QColor(0x5f, 0x6b, 0x78);
    }
}

QColor QueueItemDelegate::stateColour(const QString &state, const QString &outcome, bool dark)
{
    if (state == u"conflict")
        return dark ? QColor(0xff, 0x7b, 0x6b) : QColor(0xb0, 0x2a, 0x1e);
    if (state == u"escalated")
        return dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xa8, 0x5c, 0x00);
    if (state == u"awaiting-approval")
        return dark ? QColor(0x9f, 0xb4, 0xff) : QColor(0x2f, 0x4a, 0xb0);
    if (state == u"decided" && outcome == u"banned")
        return dark ? QColor(0xe0, 0x8a, 0x80) : QColor(0x8e, 0x24, 0x1a);
    if (state == u"decided")
        return dark ? QColor(0x7f, 0xd1, 0x9b) : QColor(0x1e, 0x7a, 0x45);
    return {};
}

QColor QueueItemDelegate::overdueColour(bool dark)
{
    return dark ? QColor(0xff, 0x7b, 0x6b) : QColor(0xb0, 0x2a, 0x1e);
}

void QueueItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->features & QStyleOptionViewItem::HasDisplay)
        option->text = DisplayText::oneLine(option->text);
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    QColor colour;
    switch (index.column()) {
    case CaseQueueModel::Priority:
        colour = priorityColour(index.data(CaseQueueModel::PriorityRankRole).toInt(), dark);
        if (index.data(CaseQueueModel::PriorityRankRole).toInt() == 0)
            option->font.setBold(true);
        break;
    case CaseQueueModel::State:
        colour = stateColour(index.data(CaseQueueModel::StateRole).toString(),
                             index.data(CaseQueueModel::OutcomeRole).toString(), dark);
        break;
    case CaseQueueModel::Sla:
        if (index.data(CaseQueueModel::OverdueRole).toBool())
            colour = overdueColour(dark);
        break;
    default:
        break;
    }
    if (colour.isValid() && !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, colour);
}

bool QueueItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = DisplayText::toolTip(index.data(Qt::ToolTipRole).toString());
    QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
    event->setAccepted(!tip.isEmpty());
    return event->isAccepted();
}

} // namespace adreview
