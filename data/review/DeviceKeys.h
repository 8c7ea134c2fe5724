#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace adreview {

struct Identity;

// A device's Ed25519 key pair (libsodium), bound to one reviewer name. The private key lives
// outside the database, one file a device in the user's data folder, readable by its owner alone:
// a file that group or others may read is refused, as ssh refuses such a key.
class DeviceKey {
public:
    static constexpr int publicKeyBytes = 32;
    static constexpr int signatureBytes = 64;

    const QString &device() const { return m_device; }
    const QString &reviewer() const { return m_reviewer; }
    QByteArray publicKey() const;
    // "SHA256:" and the unpadded base64 of the public key's SHA-256, as ssh prints fingerprints.
    QString fingerprint() const;
    static QString fingerprintOf(const QByteArray &publicKey);

    // A key pair made in memory and never saved, for databases generated to measure and test.
    static DeviceKey generate(const QString &device, const QString &reviewer);

    QByteArray sign(const QByteArray &message) const; // a detached 64-byte signature
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    friend class DeviceKeys;
    struct Secret; // the 64-byte secret key, wiped when the key goes
    DeviceKey(QString device, QString reviewer, std::shared_ptr<const Secret> secret,
              const std::array<unsigned char, publicKeyBytes> &publicKey);

    QString m_device;
    QString m_reviewer;
    std::shared_ptr<const Secret> m_secret;
    std::array<unsigned char, publicKeyBytes> m_public{};
};

// The folder of key files: <dir>/<device, percent-encoded>.key, the folder mode 0700, each file
// 0600 and written once (never replaced: a device whose key is lost takes a new device id).
class DeviceKeys {
public:
    explicit DeviceKeys(QString dir = defaultDir());
    // ADREVIEW_KEY_DIR, or "keys" in the user's data folder (~/.local/share/AdReview/keys).
    static QString defaultDir();

    QString path(const QString &device) const;
    // The device's key, or none when it has no file yet. A file that is not a regular file, is
    // not the user's own, may be read by group or others, or does not hold a whole key of this
    // device is an error naming the file and what to do.
    Result<std::optional<DeviceKey>> load(const QString &device) const;
    // The identity's key, made on first use (another process making it at the same moment is
    // fine: both end with the same key). A key made for another reviewer is refused: a key is
    // bound to one reviewer name.
    Result<DeviceKey> loadOrCreate(const Identity &who) const;

private:
    QString m_dir;
};

} // namespace adreview
