#include "import/CsvReader.h"

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// QString::fromUtf8() drops a byte-order mark that opens its text; a field keeps it, for the
// importer to name where it is.
QString fromUtf8(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    return QChar(QChar::ByteOrderMark) + fromUtf8(bytes.sliced(3));
}

} // namespace

bool CsvReader::blank() const
{
    return m_fields.size() == 1 && m_fields.first().isEmpty() && !m_quoted;
}

CsvReader::Step CsvReader::fail(qsizetype line, const QString &message)
{
    m_fault = message;
    m_faultLine = line;
    m_pos = m_bytes.size();
    return Step::Fault;
}

// Reads from the opening quote to the closing one; false when the file ends first.
bool CsvReader::readQuoted(QString &field)
{
    QByteArray raw;
    ++m_pos;
    for (;;) {
        const qsizetype quote = m_bytes.indexOf('"', m_pos);
        if (quote < 0)
            return false;
        const QByteArrayView chunk = m_bytes.sliced(m_pos, quote - m_pos);
        raw.append(chunk);
        m_nextLine += chunk.count('\n');
        if (quote + 1 < m_bytes.size() && m_bytes[quote + 1] == '"') {
            raw.append('"');
            m_pos = quote + 2;
            continue;
        }
        m_pos = quote + 1;
        break;
    }
    field = fromUtf8(raw);
    if (field.contains(u'\r'))
        field.replace(u"\r\n"_s, u"\n"_s);
    return true;
}

void CsvReader::readPlain(QString &field)
{
    qsizetype end = m_pos;
    while (end < m_bytes.size()) {
        const char c = m_bytes[end];
        if (c == ',' || c == '\n' || c == '\r' || c == '"')
            break;
        ++end;
    }
    field = fromUtf8(m_bytes.sliced(m_pos, end - m_pos));
    m_pos = end;
}

CsvReader::Step CsvReader::next()
{
    m_fields.clear();
    m_quoted = false;
    if (m_pos >= m_bytes.size())
        return Step::End;
    m_line = m_nextLine;
    for (;;) {
        QString field;
        const bool quoted = m_pos < m_bytes.size() && m_bytes[m_pos] == '"';
        if (quoted) {
            const qsizetype opened = m_nextLine;
            if (!readQuoted(field))
                return fail(opened, u"a quoted field is never closed (its quote opens on this line)"_s);
            m_quoted = true;
        } else {
            readPlain(field);
        }
        m_fields.append(field);
        if (m_pos >= m_bytes.size())
            return Step::Record;
        const char c = m_bytes[m_pos];
        if (c == ',') {
            ++m_pos;
            continue;
        }
        if (c == '\n' || (c == '\r' && m_pos + 1 < m_bytes.size() && m_bytes[m_pos + 1] == '\n')) {
            m_pos += c == '\n' ? 1 : 2;
            ++m_nextLine;
            return Step::Record;
        }
        if (c == '\r')
            return fail(m_nextLine, u"a carriage return without a line feed (lines must end with CRLF or LF)"_s);
        if (quoted)
            return fail(m_nextLine, u"text after the closing quote of a field (a quote inside a quoted field is "
                                    "written twice: \"\")"_s);
        return fail(m_nextLine, u"a quote inside an unquoted field (quote the whole field and write the quote "
                                "twice: \"\")"_s);
    }
}

} // namespace adreview
