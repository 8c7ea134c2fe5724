#pragma once

#include "domain/Result.h"
#include "domain/WorkProgress.h"
#include "sync/SyncBundle.h"

#include <QStringList>

#include <future>

namespace adreview {

class Database;
class IndexesSetAside;

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
    QStringList trusted;      // devices this merge trusted, each with its key's fingerprint
    qint64 revocationsAdded = 0;
    QString summary() const;
};

// A device a bundle brings that this database does not trust yet.
struct NewDevice {
    QString device;
    QString reviewer;
    QString fingerprint; // empty: its events are unsigned, from before signing
    qint64 events = 0;
    QString describe() const; // "laptop-b (reviewer ana.moreau, key SHA256:…)"
};

// Merges a sync bundle into a database. The merge is a union of events: importing a bundle twice
// changes nothing, and any order of any bundles gives every database the same events and so the
// same derived state (CaseFold folds a set, whatever its order). Before anything is written it
// checks that every device's events continue the chain this database holds for that device, that
// an event already here is the same event, and that every parent and cited evidence item is
// known; otherwise nothing is written and the message says what does not fit.
//
// Signatures: each device's new events pass ChainSigning (one signature checked a device). A
// bundle bringing a device this database does not trust yet (a new device, or a key shown for the
// first time) is refused, naming the devices and their key fingerprints, unless trust is given;
// trusting records who trusted them and when.
class SyncMerge {
public:
    explicit SyncMerge(Database &db) : m_db(db) {}

    // Trust the devices a bundle brings that are new here, recording `by` as who trusted them.
    void trustNewDevices(const QString &by)
    {
        m_trustNew = true;
        m_trustedBy = by;
    }

    // Told the records (cases, evidence items, events) merged so far; returning false stops the
    // merge and writes nothing.
    void setProgress(WorkProgress progress) { m_progress = std::move(progress); }
    Result<SyncReport> importFile(const QString &path);
    // For many merges that bring `cases` cases and `events` events in all (a team server's pull
    // into a new laptop): sets aside across all of them the indexes of each table that one merge
    // of that many would set aside for itself, but those reports read by.
    static Status setIndexesAside(Database &db, IndexesSetAside &aside, qint64 cases, qint64 events);
    Result<SyncReport> merge(const SyncContents &bundle, const QString &fileName);
    // After a merge refused only because it brings devices not trusted here: those devices, for a
    // window to ask about (and merge again trusting them). Empty after any other outcome.
    const QList<NewDevice> &untrusted() const { return m_untrusted; }
    // After a merge refused for one event (a review rule it breaks, its signature, an unknown
    // policy): that event's id, for a team server's pull to set it aside. Empty otherwise.
    const QString &refusedEvent() const { return m_refusedEvent; }
    // After a merge refused for one revocation (its signature, its revoking device's key): its
    // place in the bundle's list, for a team server's pull to set it aside; -1 otherwise.
    qsizetype refusedRevocation() const { return m_refusedRevocation; }
    // After a merge refused for one case (an appeal of a case it may not contest): its ref. Empty
    // otherwise.
    const QString &refusedCase() const { return m_refusedCase; }

private:
    Database &m_db;
    bool m_trustNew = false;
    QString m_trustedBy;
    QList<NewDevice> m_untrusted;
    QString m_refusedEvent;
    qsizetype m_refusedRevocation = -1;
    QString m_refusedCase;
    WorkProgress m_progress;
    // A merge's working sets (every event of each case it touched, and more), freed on a thread of
    // their own while the next merge runs; waited for by the next merge and the destructor.
    std::future<void> m_freed;
};

} // namespace adreview
