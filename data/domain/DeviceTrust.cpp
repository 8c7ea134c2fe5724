#include "domain/DeviceTrust.h"

#include "domain/EventHash.h"
#include "domain/EventSignature.h"

using namespace Qt::StringLiterals;

namespace adreview {

QString DeviceRecord::fingerprint() const
{
    return signs() ? EventSignature::fingerprint(publicKey) : QString();
}

QByteArray Revocation::form() const
{
    QByteArray out = "adreview-revocation-1";
    for (const QString &field :
         {device, QString::number(lastValidSeq), byDevice, byReviewer, EventHash::formatTime(at), reason}) {
        out += '\0';
        out += field.toUtf8();
    }
    return out;
}

SignatureMark SignatureMark::of(const Event &event, const DeviceRecord *device)
{
    SignatureMark m;
    if (event.signature.isEmpty())
        return m;
    if (!device || !device->signs()) {
        m.state = State::Bad;
        return m;
    }
    m.fingerprint = device->fingerprint();
    if (!EventSignature::verifyEvent(device->publicKey, event) || event.reviewer != device->reviewer)
        m.state = State::Bad;
    else if (device->revokedAfter && event.seq > *device->revokedAfter)
        m.state = State::Revoked;
    else
        m.state = State::Verified;
    return m;
}

QString SignatureMark::describe() const
{
    switch (state) {
    case State::Verified:
        return u"verified, key %1"_s.arg(fingerprint);
    case State::Unsigned:
        return u"unsigned, from before signing"_s;
    case State::Revoked:
        return u"signed after its device was revoked, key %1"_s.arg(fingerprint);
    case State::Bad:
        return fingerprint.isEmpty() ? u"BAD: no trusted key for its device"_s
                                     : u"BAD: does not match key %1"_s.arg(fingerprint);
    }
    return {};
}

ChainSigning::ChainSigning(const std::optional<DeviceRecord> &known, const std::optional<OfferedKey> &offered,
                           QString previousDigest, bool previousSigned)
    : m_known(known), m_previousDigest(std::move(previousDigest)), m_signedBefore(previousSigned)
{
    if (m_known && m_known->signs()) {
        m_device = m_known->device;
        m_key = m_known->publicKey;
        m_keyReviewer = m_known->reviewer;
        if (offered && offered->publicKey != m_known->publicKey)
            m_otherKey = offered->publicKey;
    } else if (offered) {
        m_device = offered->device;
        m_key = offered->publicKey;
        m_keyReviewer = offered->reviewer;
        m_keyIsNew = true;
    } else if (m_known) {
        m_device = m_known->device;
    }
}

Error ChainSigning::refuse(const QString &why) const
{
    return Error::rejected(why);
}

Result<QString> ChainSigning::add(const Event &e, const QStringList &evidenceHashes)
{
    if (m_device.isEmpty())
        m_device = e.device;
    if (!m_otherKey.isEmpty())
        return refuse(
            u"device %1 signs with key %2 here, but the bundle gives it key %3: a device is never given "
            "a new key, so a chain signed with another key is refused"_s.arg(
                m_device.left(60), EventSignature::fingerprint(m_key), EventSignature::fingerprint(m_otherKey)));
    m_lastReviewer = e.reviewer;
    // Named only when refused: every event of a database passes here.
    const auto which = [&e] {
        return u"event %1 (%2 on %3, device %4 #%5)"_s
            .arg(e.uuid.left(60), e.action.left(40), e.caseRef.left(60), e.device.left(60))
            .arg(e.seq);
    };
    if (m_known && m_known->revokedAfter && e.seq > *m_known->revokedAfter)
        return refuse(u"%1 comes after device %2 was revoked (its events after #%3 are not valid, said by %4)"_s.arg(
            which(), e.device.left(60), QString::number(*m_known->revokedAfter), m_known->revokedBy.left(60)));
    if (e.signature.isEmpty()) {
        if (m_signedBefore)
            return refuse(u"%1 is unsigned, but its device signed the events before it: once a device has "
                          "signed, every later event of it must be signed"_s.arg(which()));
        ++m_unsigned;
        m_maxUnsignedSeq = std::max(m_maxUnsignedSeq, e.seq);
        m_previousDigest = EventSignature::noDigest();
        return QString();
    }
    // The newest signature is decoded and checked whole by finish(); the others, which it vouches
    // for through the digests, only for their length (a bundle's reader checks each whole).
    if (e.signature.size() != EventSignature::signatureBase64Chars)
        return refuse(
            u"%1 has a signature that is not %2 bytes of base64"_s.arg(which()).arg(EventSignature::signatureBytes));
    if (m_key.isEmpty())
        return refuse(u"%1 is signed, but no public key of device %2 is known here or given with it"_s.arg(
            which(), e.device.left(60)));
    if (e.reviewer != m_keyReviewer)
        return refuse(u"%1 is by reviewer %2, but device %3's key signs for %4 alone"_s.arg(
            which(), e.reviewer.left(60), e.device.left(60), m_keyReviewer.left(60)));
    m_signedBefore = true;
    ++m_signed;
    m_previousDigest = EventSignature::digest(m_previousDigest, e, evidenceHashes);
    m_newestUuid = e.uuid;
    m_newestSeq = e.seq;
    m_newestSignature = e.signature;
    m_newestDigest = m_previousDigest;
    return m_previousDigest;
}

Result<ChainSigning::Verdict> ChainSigning::finish()
{
    Verdict v;
    v.signedEvents = m_signed;
    v.unsignedEvents = m_unsigned;
    if (m_known) {
        v.record = *m_known;
    } else {
        v.record.device = m_device;
        v.record.reviewer = m_keyIsNew ? m_keyReviewer : m_lastReviewer;
        v.needsTrust = true;
    }
    if (m_signed == 0) {
        // Unsigned events alone: from before signing. A device registered here has its unsigned
        // chain frozen where it was; anything after must come signed.
        if (m_unsigned > 0 && m_known && m_maxUnsignedSeq > m_known->legacySeq) {
            if (m_known->signs())
                return refuse(u"device %1 adds unsigned events after #%2, but it signs its events: an unsigned "
                              "event from it is refused"_s.arg(m_device.left(60))
                                  .arg(m_known->legacySeq));
            return refuse(u"device %1 adds unsigned events after #%2, where its chain from before signing was "
                          "frozen: its new events must be signed by AdReview with signing"_s.arg(m_device.left(60))
                              .arg(m_known->legacySeq));
        }
        v.record.legacySeq = std::max(v.record.legacySeq, m_maxUnsignedSeq);
        return v;
    }
    // One signature, over a digest that covers every event before it.
    const auto signature = EventSignature::decodeSignature(m_newestSignature);
    const QByteArray digest = QByteArray::fromHex(m_newestDigest.toLatin1());
    if (!signature || !EventSignature::verify(m_key, digest, *signature))
        return refuse(u"event %1 (device %2 #%3) does not carry a valid signature of the device's key %4: it, an "
                      "earlier event of that device or the evidence they cite was changed, or another key signed "
                      "it"_s.arg(m_newestUuid.left(60), m_device.left(60))
                          .arg(m_newestSeq)
                          .arg(EventSignature::fingerprint(m_key)));
    if (m_keyIsNew) {
        v.needsTrust = true;
        v.record.publicKey = m_key;
        v.record.reviewer = m_keyReviewer;
    }
    v.record.legacySeq = std::max(v.record.legacySeq, m_maxUnsignedSeq);
    return v;
}

} // namespace adreview
