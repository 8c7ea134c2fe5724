#pragma once

#include "domain/Domain.h"

#include <QJsonObject>

namespace adreview {

// How an evidence item looks outside the database: the kind-specific key names of the import
// format ("publisher" and "published" for a news citation, "agency" and "issued" for an advisory)
// and the SHA-256 that pins its content.
class EvidenceFields {
public:
    static QString sourceKey(const QString &kind); // publisher | agency | source
    static QString dateKey(const QString &kind);   // published | issued | date
    // The content an item is cited for, as the import format writes it (no ref, reliability or
    // retrieval time).
    static QJsonObject content(const Evidence &e);
    static QJsonObject toJson(const Evidence &e); // content plus ref, reliability, hash, ...
    // content(e) written as compact JSON, the bytes contentHash() covers.
    static QByteArray canonical(const Evidence &e);
    // The definition of canonical(): QJsonDocument(content(e)).toJson(Compact).
    static QByteArray canonicalThroughQt(const Evidence &e);
    static QString contentHash(const Evidence &e); // hex SHA-256 of canonical(e)
};

} // namespace adreview
