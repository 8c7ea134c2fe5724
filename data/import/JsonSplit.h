#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonArray>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace adreview {

// Finds, without parsing them, the elements of a JSON document's large top-level arrays
// ({"cases": [ ... ], ...}), so that their elements can be parsed in parts on every core. It
// checks only the structure it walks; the parts and the rest of the document still go through
// Qt's parser, and a part that fails there sends the caller back to parsing the whole document
// (for the message and its place in the file).
class JsonSplit {
public:
    struct Span {
        qsizetype begin = 0;                             // the array's '['
        qsizetype end = 0;                               // one past its ']'
        QList<std::pair<qsizetype, qsizetype>> elements; // each element's first byte and one past its last
    };
    using Spans = QHash<QByteArray, Span>;

    // The arrays under the given top-level keys (a key not there is not in the result). Nothing
    // when the document is not an object, a key appears twice or has no array value, or a key is
    // written with escapes.
    static std::optional<Spans> topLevelArrays(QByteArrayView json, const QList<QByteArray> &keys);
    // The document with each of those arrays emptied, for parsing the rest whole.
    static QByteArray withoutArrays(QByteArrayView json, const Spans &spans);

    static qsizetype partCount(const Span &span, qsizetype perPart);
    // Called on a worker thread with a part's number, its first element's index and its
    // elements; it must write only to what belongs to its part.
    using PartReader = std::function<void(qsizetype part, qsizetype first, const QJsonArray &)>;
    // Parses the elements in parts of `perPart` on up to four threads. False when a part is not
    // valid JSON.
    static bool readInParts(QByteArrayView json, const Span &span, qsizetype perPart, const PartReader &read);
    // The same on worker threads, while the calling thread is handed each part in order as soon
    // as it is read (`deliver`, which may stop the reading), so it can write one part while the
    // next are parsed.
    enum class Outcome { Done, NotJson, Stopped };
    static Outcome streamInParts(QByteArrayView json, const Span &span, qsizetype perPart, const PartReader &read,
                                 const std::function<bool(qsizetype part)> &deliver);

private:
    explicit JsonSplit(QByteArrayView json) : m_json(json) {}
    void skipSpace();
    bool skipString(); // at '"'; false when unterminated
    bool skipValue();  // any value; false when the structure is broken
    bool readArray(Span &span);
    static bool readPart(QByteArrayView json, const Span &span, qsizetype perPart, qsizetype part,
                         const PartReader &read);
    static int threadsFor(qsizetype parts);
    std::optional<Spans> walk(const QList<QByteArray> &keys);

    QByteArrayView m_json;
    qsizetype m_at = 0;
};

} // namespace adreview
