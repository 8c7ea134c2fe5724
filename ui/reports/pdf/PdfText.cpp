#include "reports/pdf/PdfText.h"

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QChar ellipsis(0x2026);

bool simpleChar(char16_t c)
{
    if (c < 0x300)
        return c >= 0x20 || c == u'\t';
    switch (c) {
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2022: // bullet
    case 0x2026: // ellipsis
    case 0x2028: // line separator
    case 0x20AC: // euro
        return true;
    default:
        return false;
    }
}

bool breaksAfter(QChar c)
{
    return c == u'-' || c == u'/' || c == u'_' || c == u'.' || c == u',' || c == u';';
}

// One paragraph (no line separators) into lines at most width wide.
void wrapParagraph(QStringView para, const PdfFont &font, double width, QStringList &lines)
{
    const qsizetype n = para.size();
    qsizetype pos = 0;
    if (n == 0) {
        lines << QString();
        return;
    }
    while (pos < n) {
        const qsizetype start = pos;
        qsizetype breakAt = -1; // the line may end before this index
        double w = 0;
        qsizetype i = pos;
        for (; i < n; ++i) {
            const QChar c = para.at(i);
            const double cw = font.advance(c);
            if (w + cw > width && i > start && c != u' ')
                break;
            w += cw;
            if (c == u' ')
                breakAt = i;
            else if (breaksAfter(c) && i + 1 < n && para.at(i + 1) != u' ')
                breakAt = i + 1;
        }
        qsizetype end = i;
        if (i < n && breakAt > start)
            end = breakAt;
        QStringView line = para.sliced(start, end - start);
        while (line.endsWith(u' '))
            line.chop(1);
        lines << line.toString();
        pos = end;
        while (pos < n && para.at(pos) == u' ')
            ++pos;
    }
}

} // namespace

PdfFont::PdfFont(const QFont &f, QPaintDevice *device)
    : font(f, device), metrics(font, device), lineHeight(metrics.lineSpacing()), m_raw(QRawFont::fromFont(font))
{
    m_latin.fill(-1);
}

quint32 PdfFont::glyph(QChar c) const
{
    auto it = m_glyphs.constFind(c.unicode());
    if (it == m_glyphs.constEnd()) {
        quint32 index = 0;
        int count = 1;
        m_raw.glyphIndexesForChars(&c, 1, &index, &count);
        it = m_glyphs.insert(c.unicode(), index);
    }
    return *it;
}

double PdfFont::advance(QChar c) const
{
    const char16_t u = c.unicode();
    if (u < m_latin.size()) {
        double &w = m_latin[u];
        if (w < 0)
            w = metrics.horizontalAdvance(c);
        return w;
    }
    auto it = m_other.constFind(u);
    if (it == m_other.constEnd())
        it = m_other.insert(u, metrics.horizontalAdvance(c));
    return *it;
}

double PdfFont::width(QStringView text) const
{
    double w = 0;
    for (QChar c : text)
        w += advance(c);
    return w;
}

bool PdfText::isSimple(QStringView text)
{
    for (QChar c : text) {
        if (!simpleChar(c.unicode()))
            return false;
    }
    return true;
}

QStringList PdfText::wrap(const QString &text, const PdfFont &font, double width, int maxLines)
{
    QStringList lines;
    for (QStringView para : QStringView(text).split(QChar::LineSeparator)) {
        wrapParagraph(para, font, width, lines);
        if (maxLines > 0 && lines.size() > maxLines)
            break;
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        lines.resize(maxLines);
        QString &last = lines.last();
        while (!last.isEmpty() && (last.back() == u' ' || font.width(last) + font.advance(ellipsis) > width))
            last.chop(1);
        last += ellipsis;
    }
    return lines;
}

} // namespace adreview
