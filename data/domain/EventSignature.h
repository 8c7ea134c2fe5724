#pragma once

#include "domain/Domain.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace adreview {

// What a device's Ed25519 key signs for each event, and the checks of a signature (libsodium).
//
// The signed form, version 1: a label with the version, the digest of the same device's previous
// signed event (noDigest() when that event is unsigned or there is none), the event's hash (which
// chains the device's earlier events), the reviewer the key is bound to, and the ref and content
// hash of every evidence item the event cites. Its SHA-256 is the event's signed digest, and the
// signature is over that digest. Because each digest covers the one before it, checking the
// signature of a device's newest event, after recomputing the digests up to it, authenticates
// every earlier event of that device, their cited evidence included.
class EventSignature {
public:
    static constexpr int version = 1;
    static constexpr int signatureBytes = 64;
    static constexpr int publicKeyBytes = 32;
    static constexpr int signatureBase64Chars = (signatureBytes + 2) / 3 * 4;

    static QString noDigest(); // 64 zeros
    // The event's form; its evidenceHashes must hold the content hash of each evidenceRefs entry.
    static QByteArray form(const QString &previousDigest, const Event &event);
    static QString digest(const QString &previousDigest, const Event &event); // hex SHA-256 of form()
    // The same, with the cited evidence's content hashes given apart from the event.
    static QString digest(const QString &previousDigest, const Event &event, const QStringList &evidenceHashes);

    // The raw bytes of a base64 signature or public key of the right length, or none (a wrong
    // length, a character outside base64, missing or extra padding).
    static std::optional<QByteArray> decodeSignature(const QString &base64);
    // What decodeSignature() accepts, checked without decoding.
    static bool isSignatureText(QStringView base64);
    static std::optional<QByteArray> decodePublicKey(const QString &base64);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    // Whether the event's signature is its key's, over its signed digest.
    static bool verifyEvent(const QByteArray &publicKey, const Event &event);
    // "SHA256:" and the unpadded base64 of the public key's SHA-256, as ssh prints fingerprints.
    static QString fingerprint(const QByteArray &publicKey);
};

} // namespace adreview
