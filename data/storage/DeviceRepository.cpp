#include "storage/DeviceRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

DeviceRecord readDevice(RawStatement &q)
{
    DeviceRecord d;
    d.device = q.text(0);
    d.reviewer = q.text(1);
    d.publicKey = QByteArray::fromBase64(q.text(2).toLatin1());
    d.legacySeq = q.integer(3);
    d.trustedBy = q.text(4);
    d.trustedAt = q.time(5);
    return d;
}

} // namespace

Result<std::optional<DeviceRecord>> DeviceRepository::find(const QString &device)
{
    RawStatement &q = m_db.statement(u"SELECT device, reviewer, coalesce(public_key, ''), legacy_seq, trusted_by, "
                                     "trusted_at FROM devices WHERE device = ?"_s);
    q.bind({device});
    std::optional<DeviceRecord> out;
    if (q.next())
        out = readDevice(q);
    if (q.failed())
        return q.failure(u"reading the record of device %1"_s.arg(device));
    q.finish();
    RawStatement &r = m_db.statement(
        u"SELECT last_valid_seq, by_device, at FROM revocations WHERE device = ? ORDER BY last_valid_seq, at LIMIT 1"_s);
    r.bind({device});
    if (r.next()) {
        if (!out) {
            // Revoked before any of its events arrived: known only by its revocation.
            out = DeviceRecord{};
            out->device = device;
        }
        out->revokedAfter = r.integer(0);
        out->revokedBy = r.text(1);
        out->revokedAt = r.time(2);
    }
    if (r.failed())
        return r.failure(u"reading the revocations of device %1"_s.arg(device));
    r.finish();
    return out;
}

Result<QString> DeviceRepository::publicKeyOf(const QString &device)
{
    auto known = find(device);
    if (!known)
        return known.error();
    return *known ? QString::fromLatin1((*known)->publicKey.toBase64()) : QString();
}

Result<QList<DeviceRecord>> DeviceRepository::all()
{
    RawStatement q(m_db, u"SELECT device FROM devices UNION SELECT device FROM revocations ORDER BY 1"_s, {},
                   u"listing the devices"_s);
    QStringList names;
    while (q.next())
        names.append(q.text(0));
    if (q.failed())
        return q.failure(u"listing the devices"_s);
    QList<DeviceRecord> out;
    for (const QString &name : std::as_const(names)) {
        auto d = find(name);
        if (!d)
            return d.error();
        if (*d)
            out.append(**d);
    }
    return out;
}

Result<QList<SignatureMark>> DeviceRepository::signatureMarks(const QList<Event> &events)
{
    QHash<QString, std::optional<DeviceRecord>> known;
    QList<SignatureMark> marks;
    marks.reserve(events.size());
    for (const Event &e : events) {
        if (!known.contains(e.device)) {
            auto d = find(e.device);
            if (!d)
                return d.error();
            known.insert(e.device, *d);
        }
        const std::optional<DeviceRecord> &d = known[e.device];
        marks.append(SignatureMark::of(e, d ? &*d : nullptr));
    }
    return marks;
}

Status DeviceRepository::save(const DeviceRecord &d)
{
    RawStatement &q = m_db.statement(
        u"INSERT INTO devices (device, reviewer, public_key, legacy_seq, trusted_by, trusted_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (device) DO UPDATE SET reviewer = excluded.reviewer, "
        "public_key = excluded.public_key, legacy_seq = excluded.legacy_seq, trusted_by = excluded.trusted_by, "
        "trusted_at = excluded.trusted_at"_s);
    const QVariant key = d.signs() ? QVariant(QString::fromLatin1(d.publicKey.toBase64())) : QVariant();
    if (!q.bind({d.device, d.reviewer, key, d.legacySeq, d.trustedBy, sql::fromTime(d.trustedAt)}) || !q.exec())
        return q.failure(u"recording device %1"_s.arg(d.device));
    return {};
}

Status DeviceRepository::freezeUnsigned(const QString &trustedBy, const QDateTime &at)
{
    RawStatement q(m_db,
                   u"INSERT INTO devices (device, reviewer, legacy_seq, trusted_by, trusted_at) "
                   "SELECT e.device, (SELECT x.reviewer FROM events x WHERE x.device = e.device ORDER BY x.seq DESC "
                   "LIMIT 1), max(e.seq), ?, ? FROM events e WHERE e.device NOT IN (SELECT device FROM devices) "
                   "GROUP BY e.device"_s,
                   {trustedBy, sql::fromTime(at)}, u"registering the devices from before signing"_s);
    if (!q.exec())
        return q.failure(u"registering the devices from before signing"_s);
    return {};
}

Result<bool> DeviceRepository::hasRevocation(const Revocation &r)
{
    RawStatement &q =
        m_db.statement(u"SELECT 1 FROM revocations WHERE device = ? AND by_device = ? AND last_valid_seq = ?"_s);
    q.bind({r.device, r.byDevice, r.lastValidSeq});
    const bool found = q.next();
    if (q.failed())
        return q.failure(u"reading the revocations of device %1"_s.arg(r.device));
    q.finish();
    return found;
}

Status DeviceRepository::addRevocation(const Revocation &r)
{
    RawStatement &q = m_db.statement(u"INSERT OR IGNORE INTO revocations (device, last_valid_seq, by_device, "
                                     "by_reviewer, at, reason, signature) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!q.bind({r.device, r.lastValidSeq, r.byDevice, r.byReviewer, sql::fromTime(r.at), r.reason, r.signature}) ||
        !q.exec())
        return q.failure(u"recording the revocation of device %1"_s.arg(r.device));
    return {};
}

Result<QList<Revocation>> DeviceRepository::revocations()
{
    RawStatement q(m_db,
                   u"SELECT device, last_valid_seq, by_device, by_reviewer, at, reason, signature FROM revocations "
                   "ORDER BY at, device"_s,
                   {}, u"reading the revocations"_s);
    QList<Revocation> out;
    while (q.next())
        out.append({q.text(0), q.integer(1), q.text(2), q.text(3), q.time(4), q.text(5), q.text(6)});
    if (q.failed())
        return q.failure(u"reading the revocations"_s);
    return out;
}

} // namespace adreview
