#pragma once

#include "Domain.h"

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
    static QString contentHash(const Evidence &e);
};

} // namespace adreview
