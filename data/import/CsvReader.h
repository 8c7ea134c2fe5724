#pragma once

#include <QByteArrayView>
#include <QStringList>

namespace adreview {

// Reads RFC 4180 records out of UTF-8 text: fields separated by commas; a quoted field may hold
// commas, doubled quotes and line breaks; records end with CRLF or LF, the last one may not.
// Line breaks inside a quoted field are read as LF, so a file reads the same whichever line ends
// it was saved with.
class CsvReader {
public:
    explicit CsvReader(QByteArrayView utf8) : m_bytes(utf8) {}

    enum class Step { Record, End, Fault };
    Step next();

    const QStringList &fields() const { return m_fields; }
    qsizetype line() const { return m_line; } // the physical line the last record starts on
    bool blank() const;                       // the last record was an empty line
    qsizetype offset() const { return m_pos; }
    const QString &fault() const { return m_fault; }
    qsizetype faultLine() const { return m_faultLine; }

private:
    Step fail(qsizetype line, const QString &message);
    bool readQuoted(QString &field);
    void readPlain(QString &field);

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    qsizetype m_nextLine = 1;
    qsizetype m_line = 0;
    bool m_quoted = false;
    QStringList m_fields;
    QString m_fault;
    qsizetype m_faultLine = 0;
};

} // namespace adreview
