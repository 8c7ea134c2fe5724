#include "reports/pdf/PdfTable.h"

#include "reports/pdf/PdfCanvas.h"

namespace adreview {

namespace {

const double padX = PdfCanvas::mm(1.2);
const double padY = PdfCanvas::mm(0.9);

} // namespace

PdfTable::PdfTable(QList<Column> columns, double x, double width, double fontPoints)
    : m_columns(std::move(columns)), m_x(x), m_width(width), m_points(fontPoints)
{
    for (const Column &c : m_columns)
        m_totalWeight += c.weight;
}

double PdfTable::columnWidth(int column) const
{
    return m_width * m_columns.at(column).weight / m_totalWeight;
}

double PdfTable::cellWidth(int column) const
{
    return columnWidth(column) - 2 * padX;
}

double PdfTable::rowHeight(const PdfCanvas &canvas, const QStringList &cells) const
{
    const PdfFont &font = canvas.font(m_points);
    double tallest = font.lineHeight;
    for (int i = 0; i < m_columns.size() && i < cells.size(); ++i)
        tallest = std::max(tallest, canvas.textHeight(cells.at(i), font, cellWidth(i), m_maxLines));
    return tallest + 2 * padY;
}

double PdfTable::headerHeight(const PdfCanvas &canvas) const
{
    const PdfFont &font = canvas.font(m_points, true);
    double tallest = font.lineHeight;
    for (int i = 0; i < m_columns.size(); ++i)
        tallest = std::max(tallest, canvas.textHeight(m_columns.at(i).title, font, cellWidth(i)));
    return tallest + 2 * padY;
}

void PdfTable::header(PdfCanvas &canvas) const
{
    const double h = headerHeight(canvas);
    const double y = canvas.y();
    canvas.fillRect(QRectF(m_x, y, m_width, h), PdfCanvas::accent);
    double x = m_x;
    for (int i = 0; i < m_columns.size(); ++i) {
        canvas.text(m_columns.at(i).title, canvas.font(m_points, true), x + padX, y + padY, cellWidth(i), Qt::white, 0,
                    m_columns.at(i).align);
        x += columnWidth(i);
    }
    canvas.advance(h);
}

void PdfTable::row(PdfCanvas &canvas, const QStringList &cells, double height)
{
    if (canvas.ensure(height)) {
        header(canvas);
        m_rowsOnPage = 0;
    }
    const double y = canvas.y();
    if (m_rowsOnPage % 2 == 1)
        canvas.fillRect(QRectF(m_x, y, m_width, height), PdfCanvas::shade);
    const PdfFont &font = canvas.font(m_points);
    double x = m_x;
    for (int i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        canvas.text(cells.at(i), font, x + padX, y + padY, cellWidth(i), PdfCanvas::ink, m_maxLines,
                    m_columns.at(i).align);
        x += columnWidth(i);
    }
    canvas.line(m_x, y + height, m_x + m_width, y + height, PdfCanvas::rule, 0.1);
    canvas.advance(height);
    ++m_rowsOnPage;
}

void PdfTable::draw(PdfCanvas &canvas, const QList<QStringList> &rows)
{
    const double first = rows.isEmpty() ? 0 : rowHeight(canvas, rows.first());
    canvas.ensure(headerHeight(canvas) + first); // never a header alone at the foot of a page
    header(canvas);
    m_rowsOnPage = 0;
    for (const QStringList &cells : rows)
        row(canvas, cells);
}

double PdfTable::height(const PdfCanvas &canvas, const QList<QStringList> &rows) const
{
    double h = headerHeight(canvas);
    for (const QStringList &cells : rows)
        h += rowHeight(canvas, cells);
    return h;
}

} // namespace adreview
