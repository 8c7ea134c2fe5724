#pragma once

#include "domain/Result.h"
#include "storage/DeviceRepository.h"
#include "storage/EventRepository.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"

#include <functional>

namespace adreview {

class Database;

// The signing half of a merge: a bundle's revocations, checked against the revoking devices'
// keys, then each device's new events through ChainSigning (one signature checked a device, over
// digests recomputed through its chain). Devices new here, or showing a key for the first time,
// wait for trust: without it the merge is refused naming them and their key fingerprints; with it
// they are recorded as trusted, with who trusted them and when.
class BundleSigning {
public:
    BundleSigning(Database &db, const SyncContents &bundle, QString file)
        : m_bundle(bundle), m_file(std::move(file)), m_devices(db), m_events(db)
    {}

    void trustNewDevices(const QString &by)
    {
        m_trustNew = true;
        m_trustedBy = by;
    }

    // The content hash, as the receiving database holds it, of an evidence item an event cites.
    using CitedHash = std::function<Result<QString>(const QString &caseRef, const QString &ref)>;
    // `newEvents` are the events new here, device by device in chain order.
    Status run(const QList<const Event *> &newEvents, const CitedHash &citedHash);

    // After a refusal for want of trust alone: the devices to ask about.
    QList<NewDevice> untrusted() const { return m_refusedForTrust ? m_untrusted : QList<NewDevice>(); }
    const QHash<const Event *, QString> &digests() const { return m_digests; } // of the signed new events
    const QStringList &trusted() const { return m_trusted; }                   // "device (fingerprint)", trusted now
    qint64 revocationsAdded() const { return m_revocationsAdded; }
    // After a refusal for one event's signature or chain of signatures: that event's id (for a
    // device whose chain does not verify as a whole, its first new event).
    const QString &refusedEvent() const { return m_refusedEvent; }
    // After a refusal for a revocation (its signature, its revoking device's key): its place in the
    // bundle's list; -1 otherwise.
    qsizetype refusedRevocation() const { return m_refusedRevocation; }

private:
    Error refused(const QString &why) const
    {
        return Error::rejected(QStringLiteral("%1: %2; nothing was imported").arg(m_file, why));
    }

    const SyncContents &m_bundle;
    QString m_file;
    DeviceRepository m_devices;
    EventRepository m_events;
    bool m_trustNew = false;
    QString m_trustedBy;
    QList<NewDevice> m_untrusted;
    bool m_refusedForTrust = false;
    QHash<const Event *, QString> m_digests;
    QStringList m_trusted;
    qint64 m_revocationsAdded = 0;
    QString m_refusedEvent;
    qsizetype m_refusedRevocation = -1;
};

} // namespace adreview
