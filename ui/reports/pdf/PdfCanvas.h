#pragma once

#include "reports/pdf/PdfText.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <map>

class QImage;
class QPainter;
class QPdfWriter;
class QTextLayout;

namespace adreview {

// The pages of a PDF report, laid out twice by the same code: first without a painter, which
// only counts pages, then with one, so that every page can say "Page N of M". Text is drawn as
// glyphs of plain text, never read as markup; positions are in device pixels.
class PdfCanvas {
    Q_DECLARE_TR_FUNCTIONS(adreview::PdfCanvas)

public:
    static constexpr int dpi = 300;

    // writer gives the font metrics in both passes; painter is null while measuring.
    PdfCanvas(QPdfWriter &writer, QPainter *painter, int pageCount);

    int page() const { return m_page; }
    static double mm(double millimetres) { return millimetres * dpi / 25.4; }

    // The header and footer lines on every page.
    void setRunningText(const QString &header, const QString &footer);
    // Starts a new page; the first page is begun by the constructor in portrait.
    void newPage(QPageLayout::Orientation orientation);
    void newPage() { newPage(m_orientation); }
    // Paints the last page's header and footer.
    void finish();

    double left() const { return mm(marginMm); }
    double width() const { return pageWidth() - 2 * mm(marginMm); }
    double top() const;
    double bottom() const;
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    void moveTo(double y) { m_y = y; }
    static double contentWidth(QPageLayout::Orientation orientation);
    double room() const { return bottom() - m_y; }
    // Moves to a new page (same orientation) unless height fits below the current position;
    // true if it broke the page.
    bool ensure(double height);

    // The report's font in a size (points) and weight.
    const PdfFont &font(double points, bool bold = false) const;

    // Wrapped plain text: its height in a column of the given width, at most maxLines lines
    // (0: no limit; longer text ends with "…"). Line breaks are U+2028 (see paragraphText()).
    double textHeight(const QString &text, const PdfFont &font, double width, int maxLines = 0) const;
    // Draws it at (x, y) when painting; returns its height either way.
    double text(const QString &text, const PdfFont &font, double x, double y, double width, const QColor &color,
                int maxLines = 0, Qt::Alignment align = Qt::AlignLeft);
    // A paragraph that may run across pages, line by line, at the current position.
    void paragraph(const QString &text, const PdfFont &font, double x, double width, const QColor &color);

    void fillRect(const QRectF &rect, const QColor &color);
    void line(double x1, double y1, double x2, double y2, const QColor &color, double widthMm = 0.2);
    void image(const QRectF &target, const QImage &image);

    // Outside text for one line: control characters and line breaks become spaces.
    static QString oneLine(const QString &text);
    // Outside text for a paragraph: line breaks are kept (as U+2028), other control characters
    // dropped.
    static QString paragraphText(const QString &text);

    static constexpr double marginMm = 16;
    static inline const QColor ink{0x1d, 0x23, 0x2b};
    static inline const QColor muted{0x5f, 0x6b, 0x7a};
    static inline const QColor accent{0x1f, 0x4e, 0x79};
    static inline const QColor rule{0xc8, 0xcf, 0xd8};
    static inline const QColor shade{0xf1, 0xf4, 0xf7};

private:
    double pageWidth() const;
    double pageHeight() const;
    // Simple text is collected into one glyph run per font and colour and drawn at once: the PDF
    // engine writes a text object per call, which costs more than the glyphs in a table cell.
    void queueLine(const QString &line, const PdfFont &font, double x, double baseline, const QColor &color);
    void flushText();
    void paintRunningText();
    int layOut(QTextLayout &layout, const QString &text, const PdfFont &font, double width, int maxLines,
               Qt::Alignment align) const;

    QPdfWriter &m_writer;
    QPainter *m_painter;
    int m_pageCount;
    int m_page = 1;
    double m_y = 0;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QString m_header;
    QString m_footer;
    mutable std::map<int, PdfFont> m_fonts;
    const PdfFont *m_queuedFont = nullptr;
    QColor m_queuedColor;
    QList<quint32> m_queuedGlyphs;
    QList<QPointF> m_queuedPositions;
};

} // namespace adreview
