#include "TestCsv.h"

namespace adreview::test {

std::optional<QList<QStringList>> parseCsv(const QString &text, CsvLineEnds ends)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    const auto endRecord = [&] {
        record << field;
        records << record;
        record.clear();
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u',') {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            endRecord();
            ++i;
        } else if (c == u'\n' && ends == CsvLineEnds::CrlfOrLf) {
            endRecord();
        } else if (c == u'\r' || c == u'\n' || wasQuoted) {
            return std::nullopt; // a line end the mode does not allow, or text after a closing quote
        } else if (c == u'"') {
            if (!field.isEmpty())
                return std::nullopt; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::nullopt;
    if (!field.isEmpty() || !record.isEmpty() || wasQuoted) {
        if (ends == CsvLineEnds::CrlfOnly)
            return std::nullopt; // the last record must end with CRLF
        endRecord();
    }
    return records;
}

} // namespace adreview::test
