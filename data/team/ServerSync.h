#pragma once

#include "domain/Result.h"
#include "storage/DeviceRepository.h"
#include "storage/Quarantine.h"
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
// and be run again: a push resumes from the server's own chain tips, a pull from where its round
// stood after the last chunk committed here.
//
// A pull goes in rounds: a round reaches the highest number the server shows when it starts, and
// takes that range's records (cases with their evidence, advertisers, policies, revocations) in
// the order they were numbered, then its events in the order they were made, so an event comes
// after the events it follows however the laptops' pushes interleaved. Each chunk is read from
// the server while the one before merges: a round holds two chunks in memory (and the events that
// wait for a later one), however much the server holds. The mark moves to the round's top when the
// round ends.
//
// The server enforces who may write what; the review rules are this laptop's to check again. A
// pulled event the merge refuses (a rule it breaks, its signature) is set aside in the Quarantine
// with why, with every event that follows it, and the rest of the batch merges: one bad event
// stops neither this laptop nor the team.
class ServerSync {
public:
    struct Report {
        qint64 eventsPushed = 0;
        qint64 casesPushed = 0;
        qint64 devicesRegistered = 0;
        qint64 eventsPulled = 0; // new here
        qint64 batchesPulled = 0;
        QStringList newConflicts;
        qint64 policiesAdded = 0;
        qint64 eventsWaiting = 0; // pulled, but following events not here yet: merged by a later pull
        qint64 eventsHeld = 0;    // set aside here: refused, or following a refused one
        QStringList heldNow;      // the refused ones among them
        QStringList refused;      // records and revocations left out here, each with why
        QString summary() const;
    };

    ServerSync(Database &db, ServerConnection &server) : m_db(db), m_server(server) {}

    // The team this server holds, and the reviewer its login is; refuses a server without the
    // schema, of another schema version, or a login that is not an enabled reviewer.
    struct Login {
        QString teamId;
        QString reviewer;
    };
    static Result<Login> login(ServerConnection &server);
    Status connect(); // login() for this sync
    Result<Report> push(int batchEvents = 1000);
    Result<Report> pull(int batchRows = 20000);
    // What the last push() sent, also when it ended refused for a device: the other devices still
    // went, and count.
    const Report &lastPush() const { return m_lastPush; }

    // Events of this laptop's devices (those bound to the login's reviewer) above what the server
    // was last seen to hold: what a push would send. Works offline, from the last sync's record.
    static Result<qint64> toSend(Database &db, const QString &reviewer);

    // A row type of the server's schema, by which a push sends a table's rows: its name and id.
    struct RowType {
        QString name;
        quint32 id = 0;
    };

    QString teamId() const { return m_teamId; }
    QString reviewer() const { return m_reviewer; }

private:
    // Sends one device's events the server lacks, registering the device first.
    // `otherPushes`: whether cases and evidence items may reach the server from another laptop
    // while this one pushes (see push()).
    Status pushDevice(const DeviceRecord &d, int batchEvents, bool otherPushes, Report &report);
    Status pushRevocations(const QList<DeviceRecord> &devices);
    // Refuses to push a device whose chain here parted from the server's (`serverSeq` its tip there).
    Status sameHistory(const QString &device, qint64 serverSeq, const QString &what);
    // The ids of the row types a push sends, read once for this sync (a pull needs none).
    Status readRowTypes();
    // Merges a pulled batch, setting aside every event the merge refuses and what follows it.
    // Events that follow events not here yet wait (their ids in `waiting`, the events themselves
    // in `carry` when given) for a later batch.
    Result<SyncReport> mergeBatch(SyncMerge &merge, SyncContents &contents, Quarantine::Index &held,
                                  QSet<QString> &waiting, Report &report, QList<Event> *carry);
    // Holds events refused as they were read (their hashes), unless this laptop has them already.
    Status setAside(const QList<std::pair<Event, QString>> &refused, Quarantine::Index &held, QSet<QString> &waiting,
                    Report &report);
    Status retryWaiting(Quarantine::Index &held, QSet<QString> &waiting, Report &report);

    Database &m_db;
    ServerConnection &m_server;
    QString m_teamId;
    QString m_reviewer;
    QHash<QString, RowType> m_rowTypes; // by table
    Report m_lastPush;
};

} // namespace adreview
