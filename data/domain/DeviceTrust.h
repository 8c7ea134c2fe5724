#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace adreview {

// A device as this database knows it: the key its events are signed with, the reviewer that key
// signs for, and this database's own decision to trust it (as ssh's known hosts are a machine's).
struct DeviceRecord {
    QString device;
    QString reviewer;
    QByteArray publicKey; // empty: it has not signed here (every event of it is from before signing)
    qint64 legacySeq = 0; // its events up to this position are unsigned, from before signing
    QString trustedBy;    // who accepted it here: a reviewer, or "before signing" for the migration
    QDateTime trustedAt;
    std::optional<qint64> revokedAfter; // the last of its events that stays valid
    QString revokedBy;                  // the device whose signed revocation said so
    QDateTime revokedAt;

    bool signs() const { return !publicKey.isEmpty(); }
    QString fingerprint() const;
};

// A device's public key as a bundle carries it: a claim until this database trusts it.
struct OfferedKey {
    QString device;
    QString reviewer;
    QByteArray publicKey;
};

// A signed statement that a device's events after a position in its chain are not valid (a lost
// laptop, a reviewer who left). A position, not a time: a time could be backdated.
struct Revocation {
    QString device;
    qint64 lastValidSeq = 0;
    QString byDevice;
    QString byReviewer;
    QDateTime at;
    QString reason;
    QString signature; // base64, by byDevice's key over form()

    QByteArray form() const;
};

// How one event's signature stands, to show beside it: its own signature checked against the key
// this database trusts for its device.
struct SignatureMark {
    enum class State {
        Verified, // signed by its device's trusted key
        Unsigned, // from before signing
        Revoked,  // signed, but after its device was revoked
        Bad,      // a signature that does not check, or a device with no trusted key
    };
    State state = State::Unsigned;
    QString fingerprint;

    static SignatureMark of(const Event &event, const DeviceRecord *device);
    QString describe() const; // "verified, key SHA256:…", "unsigned, from before signing", …
};

// The signing rules for one device's events, given in chain order, one at a time (memory does not
// grow with the chain): a signed event's signature is well formed and its reviewer is the key's;
// once a device has signed, its later events are signed; a device's unsigned chain is frozen where
// this database first registered it; nothing after a revocation. finish() checks one signature,
// the newest's, over the digests recomputed through the chain: the cost is per device, not per
// event. The same check serves a merge (the events new here) and verify (every stored event).
class ChainSigning {
public:
    // `known` is this database's record of the device (none when new here); `offered` the key a
    // bundle carries for it. `previousDigest` is the signed digest of the event just before the
    // first one given (EventSignature::noDigest() when that one is unsigned or there is none).
    ChainSigning(const std::optional<DeviceRecord> &known, const std::optional<OfferedKey> &offered,
                 QString previousDigest, bool previousSigned);

    // Checks one event and returns its signed digest (empty when it is unsigned). `evidenceHashes`
    // are the content hashes of the evidence it cites, as this database holds it.
    Result<QString> add(const Event &event, const QStringList &evidenceHashes);
    Result<QString> add(const Event &event) { return add(event, event.evidenceHashes); }

    struct Verdict {
        DeviceRecord record;     // the registry's row once the events are accepted
        bool needsTrust = false; // a device new here, or a key shown for the first time
        qint64 signedEvents = 0;
        qint64 unsignedEvents = 0;
    };
    Result<Verdict> finish();

private:
    Error refuse(const QString &why) const;

    std::optional<DeviceRecord> m_known;
    QString m_device;
    QByteArray m_key;
    QByteArray m_otherKey; // a key offered for a device that signs with another here
    QString m_keyReviewer;
    bool m_keyIsNew = false;
    QString m_previousDigest;
    bool m_signedBefore = false;
    QString m_lastReviewer;
    qint64 m_maxUnsignedSeq = 0;
    qint64 m_signed = 0;
    qint64 m_unsigned = 0;
    // The newest signed event so far: the one whose signature finish() checks.
    QString m_newestUuid;
    qint64 m_newestSeq = 0;
    QString m_newestSignature;
    QString m_newestDigest;
};

} // namespace adreview
