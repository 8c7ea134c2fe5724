#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QRawFont>
#include <QStringList>

#include <array>

class QPaintDevice;

namespace adreview {

// A font resolved for the PDF's resolution, with its metrics and the widths of the characters
// measured so far: resolving a font and shaping text are what a long report spends its time on.
class PdfFont {
public:
    PdfFont(const QFont &font, QPaintDevice *device);

    QFont font;
    QFontMetricsF metrics;
    double lineHeight;

    double advance(QChar c) const;
    double width(QStringView text) const; // the sum of the characters' advances
    // The glyph that draws a character of simple text (see PdfText::isSimple()).
    quint32 glyph(QChar c) const;
    const QRawFont &raw() const { return m_raw; }

private:
    QRawFont m_raw;
    mutable std::array<double, 0x300> m_latin;
    mutable QHash<char16_t, double> m_other;
    mutable QHash<char16_t, quint32> m_glyphs;
};

// Breaks plain text into lines. Text in the Latin script (the usual case) is broken with the
// font's character widths, which is fast and gives the same lines whenever it runs; any other
// script goes through QTextLayout, which shapes and breaks it properly.
class PdfText {
public:
    // Latin script, common punctuation and U+2028 line separators only: no shaping, no bidi.
    static bool isSimple(QStringView text);
    // Lines of simple text at most width wide; with maxLines > 0, the last line that fits ends
    // with "…" in place of the rest.
    static QStringList wrap(const QString &text, const PdfFont &font, double width, int maxLines);
};

} // namespace adreview
