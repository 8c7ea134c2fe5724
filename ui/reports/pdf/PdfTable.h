#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace adreview {

class PdfCanvas;

// A table on PdfCanvas pages: wrapped plain-text cells, shaded alternate rows, and the header
// row repeated at the top of every page the table runs onto.
class PdfTable {
public:
    struct Column {
        QString title;
        double weight = 1; // share of the table's width
        Qt::Alignment align = Qt::AlignLeft;
    };

    PdfTable(QList<Column> columns, double x, double width, double fontPoints = 7.5);

    // A row's height with its cells wrapped; cells beyond maxLines lines end with "…".
    double rowHeight(const PdfCanvas &canvas, const QStringList &cells) const;
    double headerHeight(const PdfCanvas &canvas) const;
    void setMaxLines(int lines) { m_maxLines = lines; }

    void header(PdfCanvas &canvas) const;
    // Draws a row at the canvas position, after a page break and a new header if it does not fit.
    void row(PdfCanvas &canvas, const QStringList &cells, double height);
    void row(PdfCanvas &canvas, const QStringList &cells) { row(canvas, cells, rowHeight(canvas, cells)); }

    // Everything: the header, then the rows.
    void draw(PdfCanvas &canvas, const QList<QStringList> &rows);
    double height(const PdfCanvas &canvas, const QList<QStringList> &rows) const;

private:
    double columnWidth(int column) const;
    double cellWidth(int column) const;

    QList<Column> m_columns;
    double m_x;
    double m_width;
    double m_totalWeight = 0;
    double m_points;
    int m_maxLines = 0;
    int m_rowsOnPage = 0;
};

} // namespace adreview
