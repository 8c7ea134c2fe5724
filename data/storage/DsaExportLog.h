#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QString>

namespace adreview {

class Database;

// Which statements of reasons this file has written out for the DSA Transparency Database
// (schema version 10), so that a later export does not send a puid twice.
class DsaExportLog {
public:
    explicit DsaExportLog(Database &db) : m_db(db) {}

    // When each event's statement was last written (UTC milliseconds), by event id.
    Result<QHash<QString, qint64>> written();
    // Records the statements of the events in `fileByEvent` (event id -> file) as written into
    // `folder` at `at`, replacing an earlier record. Run it inside the caller's transaction.
    Status record(const QHash<QString, QString> &fileByEvent, const QString &folder, qint64 at);

private:
    Database &m_db;
};

} // namespace adreview
