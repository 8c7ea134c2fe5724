#pragma once

#include "domain/Domain.h"

#include <QByteArray>
#include <QString>

namespace adreview {

// The audit chain's arithmetic: an event's hash covers its canonical fields and the hash of the
// same device's previous event, so an edited, removed or reordered event breaks the chain.
class EventHash {
public:
    static QString genesis(); // the "previous hash" of a device's first event
    static QByteArray canonical(const Event &event);
    // The definition of canonical(): the event's fields as a QJsonObject, written compact.
    static QByteArray canonicalThroughQt(const Event &event);
    static QString compute(const Event &event); // hex SHA-256 of canonical(event)
    // Event ids are UUID version 7: time first, so new ids land at the end of the index instead
    // of on a random page of it.
    static QString newUuid();
    static QString uuidV7(qint64 unixMs, quint64 random);
    static QString formatTime(const QDateTime &t); // 2018-01-05T09:00:00.000Z
};

} // namespace adreview
