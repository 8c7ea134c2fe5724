#include "domain/EventSignature.h"

#include <QCryptographicHash>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace adreview {

static_assert(EventSignature::signatureBytes == crypto_sign_BYTES);
static_assert(EventSignature::publicKeyBytes == crypto_sign_PUBLICKEYBYTES);

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// A strict base64 decoding: the text must be exactly what encoding the bytes gives.
std::optional<QByteArray> decodeExactly(const QString &base64, qsizetype bytes)
{
    if (base64.size() != ((bytes + 2) / 3) * 4)
        return std::nullopt;
    const QByteArray latin1 = base64.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(latin1, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != bytes || decoded.decoded.toBase64() != latin1)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QString EventSignature::noDigest()
{
    return QString(64, u'0');
}

namespace {

// Appends the bytes of a hex string (a hash); text that is not hex adds zero bytes, so that a
// damaged hash gives a digest that matches nothing rather than a shorter form.
void appendHex(QByteArray &out, QStringView hex)
{
    const auto nibble = [](char16_t c) -> int {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return 0;
    };
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        out += char((nibble(hex[i].unicode()) << 4) | nibble(hex[i + 1].unicode()));
}

} // namespace

QByteArray EventSignature::form(const QString &previousDigest, const Event &event)
{
    // Field by field with no room for ambiguity: fixed-length hashes as raw bytes, and text that
    // cannot hold a NUL (names and refs refuse control characters) ended by one.
    QByteArray out;
    out.reserve(128 + event.reviewer.size() * 3 + event.evidenceRefs.size() * 48);
    out += "adreview-event-signature-1";
    out += '\0';
    appendHex(out, previousDigest);
    appendHex(out, event.hash);
    out += event.reviewer.toUtf8();
    out += '\0';
    for (qsizetype i = 0; i < event.evidenceRefs.size(); ++i) {
        out += event.evidenceRefs.at(i).toUtf8();
        out += '\0';
        appendHex(out, event.evidenceHashes.value(i));
        out += '\0';
    }
    return out;
}

QString EventSignature::digest(const QString &previousDigest, const Event &event)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(form(previousDigest, event), QCryptographicHash::Sha256).toHex());
}

std::optional<QByteArray> EventSignature::decodeSignature(const QString &base64)
{
    return decodeExactly(base64, signatureBytes);
}

std::optional<QByteArray> EventSignature::decodePublicKey(const QString &base64)
{
    return decodeExactly(base64, publicKeyBytes);
}

bool EventSignature::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

bool EventSignature::verifyEvent(const QByteArray &publicKey, const Event &event)
{
    const auto signature = decodeSignature(event.signature);
    const QByteArray digest = QByteArray::fromHex(event.signedDigest.toLatin1());
    return signature && digest.size() == 32 && verify(publicKey, digest, *signature);
}

QString EventSignature::fingerprint(const QByteArray &publicKey)
{
    const QByteArray digest = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace adreview
