#pragma once

#include "domain/DeviceTrust.h"
#include "domain/Result.h"

#include <QList>

#include <optional>

namespace adreview {

class Database;

// The devices this database trusts and the revocations it holds (see DeviceTrust).
class DeviceRepository {
public:
    explicit DeviceRepository(Database &db) : m_db(db) {}

    // The device's record, its revocation (the lowest position any revocation names) included.
    Result<std::optional<DeviceRecord>> find(const QString &device);
    // The public key a device signs with as the registry holds it, in base64; empty when the
    // device is not known or does not sign.
    Result<QString> publicKeyOf(const QString &device);
    Result<QList<DeviceRecord>> all();
    // Adds the device or replaces its key, reviewer, frozen position and trust.
    Status save(const DeviceRecord &record);
    // Registers every device with events here and no record yet as one from before signing, its
    // chain frozen where it stands (what the migration to signing did; the demo's history too).
    Status freezeUnsigned(const QString &trustedBy, const QDateTime &at);

    // Each event's own signature checked against the key this database trusts for its device, in
    // the events' order (for show and the history view).
    Result<QList<SignatureMark>> signatureMarks(const QList<Event> &events);

    Result<bool> hasRevocation(const Revocation &r);
    Status addRevocation(const Revocation &r);
    Result<QList<Revocation>> revocations();

private:
    Database &m_db;
};

} // namespace adreview
