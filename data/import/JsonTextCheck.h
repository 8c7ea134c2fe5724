#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <limits>

namespace adreview {

// What QJsonDocument reads without a word although the text says something else, found in the
// text itself: a key written twice in one object (QJsonDocument keeps the last, another reader may
// take the first), a \u escape of half a UTF-16 surrogate pair without its other half (kept as it
// is, then stored as '?'), and a byte-order mark opening a string (dropped). Bytes that are not
// UTF-8 need no check here: QJsonDocument refuses them.
class JsonTextCheck {
public:
    struct Fault {
        QString path;    // where, as the import names it ("cases[3].evidence[0]"); empty: the document
        QString message; // "the key \"title\" appears twice"
    };

    // `json` must be a text QJsonDocument has read without an error: only what it lets through is
    // looked for. `path` names where that text sits in its file ("cases[12]" for one element of a
    // list read apart). Appends the faults in the order of the text, at most `limit` of them.
    static void check(QByteArrayView json, const QString &path, QList<Fault> &faults,
                      qsizetype limit = std::numeric_limits<qsizetype>::max());
};

} // namespace adreview
