#pragma once

#include "domain/Result.h"
#include "sync/SyncMerge.h"

#include <QDateTime>
#include <QString>

namespace adreview {

class Database;
class ServerConnection;

// Syncs a laptop's database with the team server: push sends the events of this login's devices
// that the server lacks, with the cases, evidence, advertisers and policies they need; pull takes
// everything the server numbered after this laptop's mark and merges it through SyncMerge, the
// same checks as a bundle (hashes, chains, signatures, cited evidence, the review rules, conflicts
// by the same fold). Both go in batches, each one transaction on each side, and may stop anywhere
// and be run again: a push resumes from the server's own chain tips, a pull from the mark, which
// moves only after the batch is committed here.
class ServerSync {
public:
    struct Report {
        qint64 eventsPushed = 0;
        qint64 casesPushed = 0;
        qint64 devicesRegistered = 0;
        qint64 eventsPulled = 0; // new here
        qint64 batchesPulled = 0;
        QStringList newConflicts;
        QString summary() const;
    };

    ServerSync(Database &db, ServerConnection &server) : m_db(db), m_server(server) {}

    // The team this server holds, and the reviewer its login is; refuses a server without the
    // schema, of another schema version, or a login that is not an enabled reviewer.
    Status connect();
    Result<Report> push(int batchEvents = 1000);
    Result<Report> pull(int batchRows = 20000);

    // Events of this laptop's devices (those bound to the login's reviewer) above what the server
    // was last seen to hold: what a push would send. Works offline, from the last sync's record.
    static Result<qint64> toSend(Database &db, const QString &reviewer);

    QString teamId() const { return m_teamId; }
    QString reviewer() const { return m_reviewer; }

private:
    Database &m_db;
    ServerConnection &m_server;
    QString m_teamId;
    QString m_reviewer;
};

} // namespace adreview
