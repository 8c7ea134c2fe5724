#pragma once

#include "domain/Result.h"
#include "sync/SyncBundle.h"

#include <QStringList>

namespace adreview {

class Database;

// What a bundle brought.
struct SyncReport {
    QString file;
    QStringList devices; // of the events added
    qint64 eventsAdded = 0;
    qint64 eventsKnown = 0; // already here
    qint64 casesAdded = 0;
    qint64 evidenceAdded = 0;
    qint64 advertisersAdded = 0;
    qint64 policiesAdded = 0;
    // Records this database already holds under the same ref with other content: kept as they are.
    QStringList kept;
    QStringList newConflicts; // case refs now in conflict that were not before
    QString summary() const;
};

// Merges a sync bundle into a database. The merge is a union of events: importing a bundle twice
// changes nothing, and any order of any bundles gives every database the same events and so the
// same derived state (CaseFold folds a set, whatever its order). Before anything is written it
// checks that every device's events continue the chain this database holds for that device, that
// an event already here is the same event, and that every parent and cited evidence item is
// known; otherwise nothing is written and the message says what does not fit.
class SyncMerge {
public:
    explicit SyncMerge(Database &db) : m_db(db) {}

    Result<SyncReport> importFile(const QString &path);
    Result<SyncReport> merge(const SyncContents &bundle, const QString &fileName);

private:
    Database &m_db;
};

} // namespace adreview
