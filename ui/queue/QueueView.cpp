#include "queue/QueueView.h"

#include "queue/CaseQueueModel.h"
#include "queue/QueueItemDelegate.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>
#include <iterator>

namespace adreview {

namespace {

constexpr int advertiserWidth = 200; // the advertiser column's least width

} // namespace

QueueView::QueueView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new QueueItemDelegate(this));
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setSortingEnabled(true);
    setTabKeyNavigation(false);
    setAccessibleName(tr("Case queue"));
    setAccessibleDescription(tr("Flagged advertisers; J and K move, B C R E L N act on the selected case"));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(false);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column != CaseQueueModel::Advertiser)
            fitAdvertiserColumn();
    });
}

void QueueView::setQueueModel(CaseQueueModel *model)
{
    m_model = model;
    setModel(model);
    horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    fitColumns();
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_resumeAt = -1;
        emit currentCaseChanged(current.isValid() ? m_model->refAt(current.row()) : QString());
    });
    // Columns the model cannot sort through an index keep the previous order and indicator.
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (!m_model->isSortable(column))
            horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Best matches first: no column holds the order, so none shows an arrow.
        horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        horizontalHeader()->setSortIndicatorShown(!m_model->ranked() && !m_model->ranking());
        m_resumeAt = -1; // other rows now: the window names a place to go on from again
    });
}

int QueueView::contentWidth(int column) const
{
    static constexpr int least[] = {72, 122, advertiserWidth, 58, 132, 56, 118, 84, 100, 64};
    static_assert(std::size(least) == CaseQueueModel::ColumnCount);
    if (!m_model || column < 0 || column >= CaseQueueModel::ColumnCount)
        return 0;
    // The title, with room for the sort arrow (sectionSizeHint has it, in the header's font).
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, horizontalHeader());
    const int title =
        horizontalHeader()->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) +
        margin;
    int width = std::max(least[column],
                         title > least[column] ? std::max(title, horizontalHeader()->sectionSizeHint(column)) : 0);
    // The longest cell the column can show in this language; a critical priority is bold.
    QFont font = this->font();
    font.setBold(column == CaseQueueModel::Priority);
    const QFontMetrics cells(font);
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 8;
    for (const QString &text : m_model->widestTexts(column))
        width = std::max(width, cells.horizontalAdvance(text) + padding);
    return width;
}

void QueueView::fitColumns()
{
    if (!m_model)
        return;
    for (int c = 0; c < CaseQueueModel::ColumnCount; ++c) {
        if (c != CaseQueueModel::Advertiser)
            setColumnWidth(c, contentWidth(c));
    }
    fitAdvertiserColumn();
}

QString QueueView::currentRef() const
{
    const QModelIndex i = currentIndex();
    return i.isValid() && m_model ? m_model->refAt(i.row()) : QString();
}

namespace {

// The selected rows as sorted ranges of rows, each row once (ranges may overlap, as a row
// Ctrl-clicked inside a Shift-range, and come in click order).
QList<std::pair<int, int>> rowRanges(const QItemSelection &selection)
{
    QList<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : selection)
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &[top, bottom] : std::as_const(ranges)) {
        if (!merged.isEmpty() && top <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, bottom);
        else
            merged.append({top, bottom});
    }
    return merged;
}

} // namespace

int QueueView::selectedCount() const
{
    int n = 0;
    if (selectionModel()) {
        for (const auto &[top, bottom] : rowRanges(selectionModel()->selection()))
            n += bottom - top + 1;
    }
    return n;
}

QList<std::pair<int, int>> QueueView::selectedRanges() const
{
    return selectionModel() ? rowRanges(selectionModel()->selection()) : QList<std::pair<int, int>>();
}

QueueView::Selected QueueView::caseAt(int row) const
{
    if (!m_model)
        return {};
    return {m_model->refAt(row), m_model->index(row, CaseQueueModel::Policy).data().toString()};
}

QList<QueueView::Selected> QueueView::selectedCases() const
{
    QList<Selected> out;
    for (const auto &[top, bottom] : selectedRanges()) {
        for (int row = top; row <= bottom; ++row) {
            if (Selected s = caseAt(row); !s.ref.isEmpty())
                out.append(s);
        }
    }
    return out;
}

void QueueView::selectRow(int row)
{
    if (!m_model || m_model->rowCount() == 0) {
        emit currentCaseChanged(QString());
        return;
    }
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    // Keep the column the reviewer is in, so moving down the queue never scrolls sideways.
    const int column = currentIndex().isValid() ? currentIndex().column() : horizontalHeader()->logicalIndex(0);
    const QModelIndex i = m_model->index(row, column);
    setCurrentIndex(i);
    scrollTo(i);
}

void QueueView::resumeAt(int row)
{
    m_resumeAt = -1;
    if (!m_model || row < 0 || m_model->rowCount() == 0)
        return;
    m_resumeAt = std::min(row, m_model->rowCount() - 1);
    // The row is made current without a word to anyone, so that the view, given the focus back,
    // does not make its first row current (and show that case) on its own.
    const QSignalBlocker block(selectionModel());
    selectionModel()->setCurrentIndex(m_model->index(m_resumeAt, 0), QItemSelectionModel::NoUpdate);
}

void QueueView::resume(int delta)
{
    const int row = std::clamp(delta > 0 ? m_resumeAt + delta - 1 : m_resumeAt + delta, 0, m_model->rowCount() - 1);
    m_resumeAt = -1;
    {
        const QSignalBlocker block(selectionModel());
        selectionModel()->clearCurrentIndex();
    }
    selectRow(row); // from no current row to this one: the pane follows
}

QModelIndex QueueView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    if (m_resumeAt >= 0 && m_model && m_model->rowCount() > 0 &&
        (action == MoveDown || action == MoveUp || action == MoveNext || action == MovePrevious)) {
        resume(action == MoveDown || action == MoveNext ? 1 : -1);
        return currentIndex();
    }
    return QTableView::moveCursor(action, modifiers);
}

bool QueueView::moveBy(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return false;
    if (m_resumeAt >= 0) {
        resume(delta);
        return true;
    }
    const int next = currentIndex().isValid() ? currentIndex().row() + delta : 0;
    if (next < 0 || next >= m_model->rowCount())
        return false;
    selectRow(next);
    return true;
}

void QueueView::mousePressEvent(QMouseEvent *event)
{
    // A click below the last row takes the focus and nothing else: it would otherwise let the
    // selection go while the pane goes on showing the case, and no row would say which it is.
    if (!indexAt(event->position().toPoint()).isValid()) {
        setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    QTableView::mousePressEvent(event);
}

void QueueView::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu acts on the row clicked: it becomes the current case first, so the pane and the
    // actions' enabled states are that case's.
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid() || m_contextActions.isEmpty())
        return;
    // A right click inside a selection of several keeps it: the actions act on all of them.
    if (index.row() != currentIndex().row() && !(selectedCount() > 1 && selectionModel()->isRowSelected(index.row())))
        selectRow(index.row());
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                  : viewport()->mapToGlobal(visualRect(index).center());
    QMenu::exec(m_contextActions, at, nullptr, this);
}

void QueueView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    // Best matches first holds the rows back until every hit is ranked.
    if (m_model && m_model->ranking()) {
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("Ranking the best matches…"));
    }
}

void QueueView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitAdvertiserColumn();
}

void QueueView::fitAdvertiserColumn()
{
    QHeaderView *header = horizontalHeader();
    if (!m_model || header->count() <= CaseQueueModel::Advertiser)
        return;
    int others = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (c != CaseQueueModel::Advertiser && !header->isSectionHidden(c))
            others += header->sectionSize(c);
    }
    // A header state saved by an earlier version may bring back Stretch, which ignores resizeSection.
    header->setSectionResizeMode(CaseQueueModel::Advertiser, QHeaderView::Interactive);
    header->resizeSection(CaseQueueModel::Advertiser, std::max(advertiserWidth, viewport()->width() - others));
}

} // namespace adreview
