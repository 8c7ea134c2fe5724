#include "domain/CanonicalJson.h"

namespace adreview::canonicaljson {

bool appendPlainJsonString(QByteArray &out, const QString &text)
{
    // UTF-8 written in place rather than through toUtf8(): hashing an import writes a dozen
    // strings per item, and a temporary array for each costs more than the writing. Qt's writer
    // escapes control characters and lone surrogates in its own ways; refusing every surrogate
    // keeps the check simple, and a valid pair (an emoji) is rare enough to take the slow way.
    const qsizetype start = out.size();
    out.resize(start + 2 + 3 * text.size()); // at most three bytes per UTF-16 unit, or '\\' and one
    char *p = out.data() + start;
    *p++ = '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if (u < 0x20)
                return false;
            if (u == u'"' || u == u'\\')
                *p++ = '\\';
            *p++ = char(u);
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            return false;
        } else {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
    return true;
}

bool appendPlainJsonArray(QByteArray &out, const QStringList &items)
{
    out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        if (!appendPlainJsonString(out, items.at(i)))
            return false;
    }
    out += ']';
    return true;
}

} // namespace adreview::canonicaljson
