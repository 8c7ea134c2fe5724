#include "sync/BundleSigning.h"

#include "domain/DeviceTrust.h"
#include "domain/EventSignature.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

Status BundleSigning::run(const QList<const Event *> &newEvents, const CitedHash &citedHash)
{
    QHash<QString, OfferedKey> offered;
    for (const OfferedKey &k : m_bundle.keys)
        offered.insert(k.device, k);
    QHash<QString, std::optional<DeviceRecord>> known;
    const auto record = [&](const QString &device) -> Result<std::optional<DeviceRecord>> {
        if (const auto it = known.constFind(device); it != known.cend())
            return *it;
        auto found = m_devices.find(device);
        if (!found)
            return found.error();
        known.insert(device, *found);
        return *found;
    };
    QHash<QString, DeviceRecord> toSave;
    QList<Revocation> revocations;
    for (qsizetype i = 0; i < m_bundle.revocations.size(); ++i) {
        const Revocation &r = m_bundle.revocations[i];
        auto here = m_devices.hasRevocation(r);
        if (!here)
            return here.error();
        if (*here)
            continue;
        auto by = record(r.byDevice);
        if (!by)
            return by.error();
        QByteArray key;
        QString reviewer;
        if (*by && (*by)->signs()) {
            key = (*by)->publicKey;
            reviewer = (*by)->reviewer;
        } else if (const auto it = offered.constFind(r.byDevice); it != offered.cend()) {
            key = it->publicKey;
            reviewer = it->reviewer;
            // A revoking device new here is trusted with the bundle, or the bundle is refused.
            if (!toSave.contains(r.byDevice)) {
                DeviceRecord d = by->value_or(DeviceRecord{});
                d.device = r.byDevice;
                d.reviewer = reviewer;
                d.publicKey = key;
                toSave.insert(r.byDevice, d);
                m_untrusted.append({r.byDevice, reviewer, EventSignature::fingerprint(key), 0});
            }
        }
        const auto signature = EventSignature::decodeSignature(r.signature);
        if (key.isEmpty() || r.byReviewer != reviewer || !signature ||
            !EventSignature::verify(key, r.form(), *signature))
            m_refusedRevocation = i;
        if (key.isEmpty())
            return refused(u"it revokes device %1 on behalf of device %2, whose key is neither known here nor "
                           "in the bundle"_s.arg(r.device.left(60), r.byDevice.left(60)));
        if (r.byReviewer != reviewer || !signature || !EventSignature::verify(key, r.form(), *signature))
            return refused(u"the revocation of device %1 by device %2 does not carry a valid signature of "
                           "that device's key"_s.arg(r.device.left(60), r.byDevice.left(60)));
        revocations.append(r);
        auto target = record(r.device);
        if (!target)
            return target.error();
        DeviceRecord d = target->value_or(DeviceRecord{});
        d.device = r.device;
        if (!d.revokedAfter || r.lastValidSeq < *d.revokedAfter) {
            d.revokedAfter = r.lastValidSeq;
            d.revokedBy = r.byDevice;
            d.revokedAt = r.at;
        }
        known.insert(r.device, d);
    }

    // Each device's new events, in chain order (newEvents is sorted so).
    for (qsizetype i = 0; i < newEvents.size();) {
        const QString &device = newEvents.at(i)->device;
        qsizetype end = i;
        while (end < newEvents.size() && newEvents.at(end)->device == device)
            ++end;
        auto here = record(device);
        if (!here)
            return here.error();
        std::optional<DeviceRecord> knownHere = *here;
        if (knownHere && knownHere->trustedBy.isEmpty() && knownHere->trustedAt.isNull())
            knownHere.reset(); // known by a revocation alone: its key is still new here
        std::optional<OfferedKey> offer;
        if (const auto it = offered.constFind(device); it != offered.cend())
            offer = *it;
        const qint64 firstSeq = newEvents.at(i)->seq;
        auto before = m_events.chainLinks(device, firstSeq - 1, firstSeq - 1);
        if (!before)
            return before.error();
        QString previous = EventSignature::noDigest();
        bool previousSigned = false;
        if (const auto link = before->find(firstSeq - 1); link != before->end() && !link->second.digest.isEmpty()) {
            previous = link->second.digest;
            previousSigned = true;
        }
        ChainSigning chain(knownHere, offer, previous, previousSigned);
        if (const auto revoked = here->has_value() ? (*here)->revokedAfter : std::nullopt; revoked && !knownHere) {
            // A revocation names this device before it was known: its later events are refused.
            for (qsizetype j = i; j < end; ++j) {
                if (newEvents.at(j)->seq > *revoked) {
                    m_refusedEvent = newEvents.at(j)->uuid;
                    return refused(u"event %1 (device %2 #%3) comes after that device was revoked (its events "
                                   "after #%4 are not valid)"_s.arg(newEvents.at(j)->uuid.left(60), device.left(60))
                                       .arg(newEvents.at(j)->seq)
                                       .arg(*revoked));
                }
            }
        }
        QStringList hashes;
        for (qsizetype j = i; j < end; ++j) {
            const Event *e = newEvents.at(j);
            hashes.clear();
            if (!e->signature.isEmpty()) {
                for (const QString &ref : std::as_const(e->evidenceRefs)) {
                    auto hash = citedHash(e->caseRef, ref);
                    if (!hash) {
                        if (hash.error().kind == ErrorKind::Rejected) // its case is not here: this event's fault
                            m_refusedEvent = e->uuid;
                        return hash.error();
                    }
                    hashes.append(*hash);
                }
            }
            auto digest = chain.add(*e, hashes);
            if (!digest) {
                m_refusedEvent = e->uuid;
                return refused(digest.error().message);
            }
            if (!digest->isEmpty())
                m_digests.insert(e, *digest);
        }
        auto verdict = chain.finish();
        if (!verdict) {
            m_refusedEvent = newEvents.at(i)->uuid;
            return refused(verdict.error().message);
        }
        if (verdict->needsTrust) {
            if (!toSave.contains(device))
                m_untrusted.append({device, verdict->record.reviewer, verdict->record.fingerprint(),
                                    verdict->signedEvents + verdict->unsignedEvents});
            toSave.insert(device, verdict->record);
        } else if (knownHere && verdict->record.legacySeq != knownHere->legacySeq) {
            toSave.insert(device, verdict->record);
        }
        i = end;
    }

    if (!m_untrusted.isEmpty() && !m_trustNew) {
        m_refusedForTrust = true;
        QStringList names;
        for (const NewDevice &d : std::as_const(m_untrusted))
            names.append(d.describe());
        return refused(u"it brings events of devices this database does not trust yet: %1. Check each key's "
                       "fingerprint with its owner (adreview device show), then import again with "
                       "--trust-new-devices"_s.arg(names.join(u"; "_s)));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = toSave.begin(); it != toSave.end(); ++it) {
        DeviceRecord &d = it.value();
        const bool isNew = std::any_of(m_untrusted.cbegin(), m_untrusted.cend(),
                                       [&](const NewDevice &n) { return n.device == d.device; });
        if (isNew) {
            d.trustedBy = m_trustedBy;
            d.trustedAt = now;
            m_trusted.append(d.signs() ? u"%1 (%2)"_s.arg(d.device, d.fingerprint()) : d.device);
        }
        if (auto saved = m_devices.save(d); !saved)
            return saved;
    }
    for (const Revocation &r : std::as_const(revocations)) {
        if (auto added = m_devices.addRevocation(r); !added)
            return added;
        ++m_revocationsAdded;
    }
    return {};
}

} // namespace adreview
