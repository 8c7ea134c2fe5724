#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace adreview::test {

enum class CsvLineEnds {
    CrlfOnly, // RFC 4180 to the letter: every record, the last too, ends with CRLF
    CrlfOrLf, // CRLF or LF, and the last line break may be missing
};

// RFC 4180: fields separated by commas; a quoted field may hold commas, line breaks and doubled
// quotes. Returns nothing when the text is not well-formed CSV (a quote inside an unquoted field,
// text after a closing quote, an unterminated quote, a line end the mode does not allow).
std::optional<QList<QStringList>> parseCsv(const QString &text, CsvLineEnds ends);

} // namespace adreview::test
