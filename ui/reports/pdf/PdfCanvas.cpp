#include "reports/pdf/PdfCanvas.h"

#include <QGlyphRun>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString ellipsis = u"…"_s;

// Qt leaves out optional ligatures when letters are spaced, however little: "fi" then stays two
// letters in the PDF's text, so "file" is found by a search and copied as typed. Scripts that
// need shaping are shaped regardless.
void noLigatures(QFont &font)
{
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
}

QSizeF a4Mm(QPageLayout::Orientation orientation)
{
    const QSizeF portrait = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return orientation == QPageLayout::Portrait ? portrait : portrait.transposed();
}

} // namespace

PdfCanvas::PdfCanvas(QPdfWriter &writer, QPainter *painter, int pageCount)
    : m_writer(writer), m_painter(painter), m_pageCount(pageCount)
{
    m_y = top();
}

void PdfCanvas::setRunningText(const QString &header, const QString &footer)
{
    m_header = oneLine(header);
    m_footer = oneLine(footer);
}

double PdfCanvas::contentWidth(QPageLayout::Orientation orientation)
{
    return mm(a4Mm(orientation).width() - 2 * marginMm);
}

double PdfCanvas::pageWidth() const
{
    return mm(a4Mm(m_orientation).width());
}

double PdfCanvas::pageHeight() const
{
    return mm(a4Mm(m_orientation).height());
}

double PdfCanvas::top() const
{
    return mm(marginMm);
}

double PdfCanvas::bottom() const
{
    return pageHeight() - mm(marginMm);
}

void PdfCanvas::newPage(QPageLayout::Orientation orientation)
{
    paintRunningText();
    flushText();
    m_orientation = orientation;
    if (m_painter) {
        m_writer.setPageOrientation(orientation);
        m_writer.newPage();
    }
    ++m_page;
    m_y = top();
}

void PdfCanvas::finish()
{
    paintRunningText();
    flushText();
}

void PdfCanvas::queueLine(const QString &line, const PdfFont &font, double x, double baseline, const QColor &color)
{
    if (&font != m_queuedFont || color != m_queuedColor)
        flushText();
    m_queuedFont = &font;
    m_queuedColor = color;
    for (QChar c : line) {
        if (c != u' ') { // the gap is enough; a space glyph costs as much as a letter
            m_queuedGlyphs << font.glyph(c);
            m_queuedPositions << QPointF(x, baseline);
        }
        x += font.advance(c);
    }
}

void PdfCanvas::flushText()
{
    if (!m_painter || m_queuedGlyphs.isEmpty()) {
        m_queuedGlyphs.clear();
        m_queuedPositions.clear();
        return;
    }
    QGlyphRun run;
    run.setRawFont(m_queuedFont->raw());
    run.setGlyphIndexes(m_queuedGlyphs);
    run.setPositions(m_queuedPositions);
    m_painter->setPen(m_queuedColor);
    m_painter->drawGlyphRun(QPointF(0, 0), run);
    m_queuedGlyphs.clear();
    m_queuedPositions.clear();
}

bool PdfCanvas::ensure(double height)
{
    if (m_y + height <= bottom() || m_y <= top())
        return false; // a block taller than a page starts at the top and is cut there
    newPage();
    return true;
}

void PdfCanvas::paintRunningText()
{
    if (!m_painter)
        return;
    const PdfFont &small = font(7.5);
    const double lh = small.lineHeight;
    const double right = left() + width();
    if (m_page > 1 && !m_header.isEmpty()) {
        const double y = mm(marginMm) - mm(4) - lh;
        text(m_header, small, left(), y, width(), muted, 1);
        line(left(), mm(marginMm) - mm(2.5), right, mm(marginMm) - mm(2.5), rule);
    }
    const double footerY = bottom() + mm(5);
    line(left(), footerY - mm(1.5), right, footerY - mm(1.5), rule);
    const QString pageText = tr("Page %1 of %2").arg(m_page).arg(m_pageCount);
    const double pageWidthPx = small.metrics.horizontalAdvance(pageText);
    text(m_footer, small, left(), footerY, width() - pageWidthPx - mm(6), muted, 1);
    text(pageText, small, right - pageWidthPx - mm(1), footerY, pageWidthPx + mm(1), muted, 1);
}

const PdfFont &PdfCanvas::font(double points, bool bold) const
{
    const int key = int(points * 10) * 2 + (bold ? 1 : 0);
    auto it = m_fonts.find(key);
    if (it == m_fonts.end()) {
        QFont f;
        f.setFamilies({u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s, u"Helvetica"_s});
        f.setStyleHint(QFont::SansSerif);
        f.setPointSizeF(points);
        f.setBold(bold);
        noLigatures(f);
        it = m_fonts.try_emplace(key, f, &m_writer).first;
    }
    return it->second;
}

int PdfCanvas::layOut(QTextLayout &layout, const QString &text, const PdfFont &font, double width, int maxLines,
                      Qt::Alignment align) const
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align);
    layout.setText(text);
    layout.setFont(font.font);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    bool cut = false;
    for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
        l.setLineWidth(width);
        l.setPosition(QPointF(0, lines * font.lineHeight));
        ++lines;
        if (maxLines > 0 && lines == maxLines && l.textStart() + l.textLength() < text.size()) {
            cut = true;
            break;
        }
    }
    layout.endLayout();
    if (!cut)
        return lines;
    // The last line that fits ends with "…" in place of the rest.
    const QTextLine last = layout.lineAt(lines - 1);
    QString tail = text.mid(last.textStart(), last.textLength());
    while (!tail.isEmpty() && (tail.back() == QChar::LineSeparator || tail.back() == u' ' ||
                               font.metrics.horizontalAdvance(tail + ellipsis) > width))
        tail.chop(1);
    layOut(layout, text.left(last.textStart()) + tail + ellipsis, font, width, maxLines, align);
    return lines;
}

double PdfCanvas::textHeight(const QString &text, const PdfFont &font, double width, int maxLines) const
{
    if (PdfText::isSimple(text))
        return double(PdfText::wrap(text, font, width, maxLines).size()) * font.lineHeight;
    QTextLayout layout(QString(), font.font, &m_writer);
    return layOut(layout, text, font, width, maxLines, Qt::AlignLeft) * font.lineHeight;
}

double PdfCanvas::text(const QString &text, const PdfFont &font, double x, double y, double width, const QColor &color,
                       int maxLines, Qt::Alignment align)
{
    if (!m_painter)
        return textHeight(text, font, width, maxLines);
    m_painter->setPen(color);
    if (!PdfText::isSimple(text)) {
        flushText();
        QTextLayout layout(QString(), font.font, &m_writer);
        const int lines = layOut(layout, text, font, width, maxLines, align);
        layout.draw(m_painter, QPointF(x, y));
        return lines * font.lineHeight;
    }
    const QStringList lines = PdfText::wrap(text, font, width, maxLines);
    double baseline = y + font.metrics.ascent();
    for (const QString &l : lines) {
        double lx = x;
        if (align & (Qt::AlignRight | Qt::AlignHCenter)) {
            const double spare = width - font.width(l);
            lx += (align & Qt::AlignRight) ? spare : spare / 2;
        }
        queueLine(l, font, lx, baseline, color);
        baseline += font.lineHeight;
    }
    return double(lines.size()) * font.lineHeight;
}

void PdfCanvas::paragraph(const QString &text, const PdfFont &font, double x, double width, const QColor &color)
{
    if (PdfText::isSimple(text)) {
        for (const QString &l : PdfText::wrap(text, font, width, 0)) {
            ensure(font.lineHeight);
            this->text(l, font, x, m_y, width, color, 1);
            m_y += font.lineHeight;
        }
        return;
    }
    flushText();
    QTextLayout layout(QString(), font.font, &m_writer);
    const int lines = layOut(layout, text, font, width, 0, Qt::AlignLeft);
    if (m_painter)
        m_painter->setPen(color);
    for (int i = 0; i < lines; ++i) {
        ensure(font.lineHeight);
        if (m_painter) {
            const QTextLine line = layout.lineAt(i);
            line.draw(m_painter, QPointF(x, m_y - line.position().y()));
        }
        m_y += font.lineHeight;
    }
}

void PdfCanvas::fillRect(const QRectF &rect, const QColor &color)
{
    flushText(); // text already queued stays above what is painted next
    if (m_painter)
        m_painter->fillRect(rect, color);
}

void PdfCanvas::line(double x1, double y1, double x2, double y2, const QColor &color, double widthMm)
{
    if (!m_painter)
        return;
    flushText();
    m_painter->setPen(QPen(color, mm(widthMm)));
    m_painter->drawLine(QPointF(x1, y1), QPointF(x2, y2));
}

void PdfCanvas::image(const QRectF &target, const QImage &picture)
{
    flushText();
    if (m_painter && !picture.isNull())
        m_painter->drawImage(target, picture);
}

QString PdfCanvas::oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return out;
}

QString PdfCanvas::paragraphText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            out += QChar::LineSeparator;
        else if (c == u'\t')
            out += u' ';
        else if (c.category() != QChar::Other_Control)
            out += c;
    }
    return out;
}

} // namespace adreview
