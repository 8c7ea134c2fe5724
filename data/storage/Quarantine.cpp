#include "storage/Quarantine.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"

using namespace Qt::StringLiterals;

namespace adreview {

Status Quarantine::hold(const QList<HeldEvent> &events)
{
    if (events.isEmpty())
        return {};
    const QString what = u"setting aside events the team server sent"_s;
    if (auto begun = m_db.begin(); !begun)
        return begun;
    RawStatement q(m_db, u"INSERT INTO quarantine (uuid, team_id, case_ref, action, reviewer, device, seq, at, hash, "
                         "parents, reason, cause, held_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         "ON CONFLICT (uuid) DO NOTHING"_s);
    for (const HeldEvent &h : events) {
        const Event &e = h.event;
        if (!q.bind({e.uuid, h.teamId, e.caseRef, e.action, e.reviewer, e.device, e.seq, e.at.toMSecsSinceEpoch(),
                     e.hash, e.parents.join(u' '), h.reason, h.cause, h.heldAt.toMSecsSinceEpoch()}) ||
            !q.exec()) {
            const Error failed = q.failure(what);
            m_db.rollback();
            return failed;
        }
    }
    return m_db.commit();
}

Result<QList<HeldEvent>> Quarantine::all()
{
    RawStatement q(m_db,
                   u"SELECT uuid, team_id, case_ref, action, reviewer, device, seq, at, hash, parents, reason, cause, "
                   "held_at FROM quarantine ORDER BY held_at, device, seq"_s,
                   {}, u"reading the events set aside"_s);
    QList<HeldEvent> out;
    while (q.next()) {
        HeldEvent h;
        h.event.uuid = q.text(0);
        h.teamId = q.text(1);
        h.event.caseRef = q.text(2);
        h.event.action = q.text(3);
        h.event.reviewer = q.text(4);
        h.event.device = q.text(5);
        h.event.seq = q.integer(6);
        h.event.at = q.time(7);
        h.event.hash = q.text(8);
        h.event.parents = q.text(9).split(u' ', Qt::SkipEmptyParts);
        h.reason = q.text(10);
        h.cause = q.text(11);
        h.heldAt = q.time(12);
        out.append(h);
    }
    if (auto e = q.error())
        return *e;
    return out;
}

Result<qint64> Quarantine::count()
{
    RawStatement q(m_db, u"SELECT count(*) FROM quarantine"_s, {}, u"counting the events set aside"_s);
    const qint64 n = q.next() ? q.integer(0) : 0;
    if (auto e = q.error())
        return *e;
    return n;
}

Result<Quarantine::Index> Quarantine::index()
{
    RawStatement q(m_db, u"SELECT uuid, device, seq FROM quarantine"_s, {}, u"reading the events set aside"_s);
    Index index;
    while (q.next()) {
        Event e;
        e.uuid = q.text(0);
        e.device = q.text(1);
        e.seq = q.integer(2);
        index.add(e);
    }
    if (auto e = q.error())
        return *e;
    return index;
}

QString Quarantine::Index::follows(const Event &e) const
{
    if (const auto it = m_first.constFind(e.device); it != m_first.cend() && e.seq >= it->first)
        return it->second;
    for (const QString &parent : e.parents) {
        if (m_uuids.contains(parent))
            return parent;
    }
    return {};
}

void Quarantine::Index::add(const Event &e)
{
    m_uuids.insert(e.uuid);
    auto it = m_first.find(e.device);
    if (it == m_first.end() || e.seq < it->first)
        m_first.insert(e.device, {e.seq, e.uuid});
}

} // namespace adreview
