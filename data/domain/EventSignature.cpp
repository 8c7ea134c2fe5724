#include "domain/EventSignature.h"

#include "domain/Sha256.h"

#include <QVarLengthArray>

#include <algorithm>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace adreview {

static_assert(EventSignature::signatureBytes == crypto_sign_BYTES);
static_assert(EventSignature::publicKeyBytes == crypto_sign_PUBLICKEYBYTES);

namespace {

int base64Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 26;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 52;
    if (c == u'+')
        return 62;
    if (c == u'/')
        return 63;
    return -1;
}

// Whether the text is exactly what base64 encoding of `bytes` bytes gives: the length, the
// alphabet, the padding, and no bits set past the last byte (so one value has one text).
bool isExactBase64(QStringView text, qsizetype bytes)
{
    if (text.size() != ((bytes + 2) / 3) * 4)
        return false;
    const qsizetype padding = (3 - bytes % 3) % 3;
    const qsizetype chars = text.size() - padding;
    for (qsizetype i = chars; i < text.size(); ++i) {
        if (text[i] != u'=')
            return false;
    }
    int last = 0;
    for (qsizetype i = 0; i < chars; ++i) {
        last = base64Value(text[i].unicode());
        if (last < 0)
            return false;
    }
    // The last character holds 4 (one byte in its group) or 2 (two bytes) unused bits.
    const int unused = padding == 2 ? 0x0f : padding == 1 ? 0x03 : 0;
    return (last & unused) == 0;
}

std::optional<QByteArray> decodeExactly(const QString &base64, qsizetype bytes)
{
    if (!isExactBase64(base64, bytes))
        return std::nullopt;
    return QByteArray::fromBase64(base64.toLatin1());
}

} // namespace

QString EventSignature::noDigest()
{
    return QString(64, u'0');
}

namespace {

// The bytes of a hex string (a hash); text that is not hex gives zero bytes, so that a damaged hash
// gives a digest that matches nothing rather than a shorter form.
QVarLengthArray<char, Sha256::bytes> hexBytes(QStringView hex)
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
    QVarLengthArray<char, Sha256::bytes> out(hex.size() / 2);
    const char16_t *p = hex.utf16();
    for (qsizetype i = 0; i < out.size(); ++i, p += 2)
        out[i] = char((nibble(p[0]) << 4) | nibble(p[1]));
    return out;
}

// Text as UTF-8, without a heap allocation for the short ASCII names and refs the form holds.
QVarLengthArray<char, 128> utf8(QStringView text)
{
    QVarLengthArray<char, 128> out(text.size());
    const char16_t *p = text.utf16();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (p[i] >= 0x80) {
            const QByteArray encoded = text.toUtf8();
            out.resize(encoded.size());
            std::copy(encoded.cbegin(), encoded.cend(), out.begin());
            return out;
        }
        out[i] = char(p[i]);
    }
    return out;
}

// The signed form, piece by piece, into `put` (a byte array for form(), a hash for digest()).
// Field by field with no room for ambiguity: fixed-length hashes as raw bytes, and text that
// cannot hold a NUL (names and refs refuse control characters) ended by one.
template <typename Put>
void writeForm(const Put &put, QStringView previousDigest, const Event &event, const QStringList &evidenceHashes)
{
    const auto bytes = [](const auto &array) { return QByteArrayView(array.data(), array.size()); };
    put(QByteArrayView("adreview-event-signature-1\0", 27));
    put(bytes(hexBytes(previousDigest)));
    put(bytes(hexBytes(event.hash)));
    put(bytes(utf8(event.reviewer)));
    put(QByteArrayView("\0", 1));
    for (qsizetype i = 0; i < event.evidenceRefs.size(); ++i) {
        put(bytes(utf8(event.evidenceRefs.at(i))));
        put(QByteArrayView("\0", 1));
        put(bytes(hexBytes(i < evidenceHashes.size() ? QStringView(evidenceHashes.at(i)) : QStringView())));
        put(QByteArrayView("\0", 1));
    }
}

} // namespace

QByteArray EventSignature::form(const QString &previousDigest, const Event &event)
{
    QByteArray out;
    writeForm([&out](QByteArrayView piece) { out.append(piece); }, previousDigest, event, event.evidenceHashes);
    return out;
}

QString EventSignature::digest(const QString &previousDigest, const Event &event)
{
    return digest(previousDigest, event, event.evidenceHashes);
}

QString EventSignature::digest(const QString &previousDigest, const Event &event, const QStringList &evidenceHashes)
{
    Sha256 hash;
    writeForm([&hash](QByteArrayView piece) { hash.add(piece); }, previousDigest, event, evidenceHashes);
    return Sha256::hex(hash.finish());
}

bool EventSignature::isSignatureText(QStringView base64)
{
    return isExactBase64(base64, signatureBytes);
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
    if (!Sha256::sodiumReady() || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        signature.size() != crypto_sign_BYTES)
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
    return u"SHA256:"_s + QString::fromLatin1(Sha256::raw(publicKey).toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace adreview
