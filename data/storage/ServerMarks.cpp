#include "storage/ServerMarks.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

Status run(Database &db, const QString &sql, const QVariantList &values, const QString &what)
{
    RawStatement q(db, sql, values, what);
    q.exec();
    if (auto e = q.error())
        return *e;
    return {};
}

} // namespace

Result<qint64> ServerMarks::pulled(const QString &teamId)
{
    const QString what = u"reading what this laptop took from the team server"_s;
    RawStatement q(m_db, u"SELECT pulled_seq FROM server_sync WHERE team_id = ?"_s, {teamId}, what);
    const qint64 seq = q.next() ? q.integer(0) : 0;
    if (auto e = q.error())
        return *e;
    return seq;
}

Status ServerMarks::setPulled(const QString &teamId, const QString &address, qint64 seq)
{
    return run(m_db,
               u"INSERT INTO server_sync (team_id, address, pulled_seq, pulled_at) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (team_id) DO UPDATE SET address = excluded.address, pulled_seq = excluded.pulled_seq, "
               "pulled_at = excluded.pulled_at, round_top = 0, round_records = 0, round_event_at = NULL, "
               "round_event_uuid = NULL"_s,
               {teamId, address, seq, QDateTime::currentMSecsSinceEpoch()},
               u"recording what this laptop took from the team server"_s);
}

Result<ServerMarks::Round> ServerMarks::round(const QString &teamId)
{
    RawStatement q(m_db,
                   u"SELECT round_top, round_records, round_event_at, round_event_uuid FROM server_sync "
                   "WHERE team_id = ?"_s,
                   {teamId}, u"reading how far this laptop's last pull from the team server came"_s);
    Round r;
    if (q.next()) {
        r.top = q.integer(0);
        r.records = q.integer(1);
        r.eventsBegun = !q.isNull(2);
        r.eventAt = q.integer(2);
        r.eventUuid = q.text(3);
    }
    if (auto e = q.error())
        return *e;
    return r;
}

Status ServerMarks::setRound(const QString &teamId, const QString &address, const Round &r)
{
    return run(m_db,
               u"INSERT INTO server_sync (team_id, address, round_top, round_records, round_event_at, "
               "round_event_uuid) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (team_id) DO UPDATE SET "
               "address = excluded.address, round_top = excluded.round_top, round_records = excluded.round_records, "
               "round_event_at = excluded.round_event_at, round_event_uuid = excluded.round_event_uuid"_s,
               {teamId, address, r.top, r.records, r.eventsBegun ? QVariant(r.eventAt) : QVariant(),
                r.eventsBegun ? QVariant(r.eventUuid) : QVariant()},
               u"recording how far this pull from the team server has come"_s);
}

Status ServerMarks::setPushed(const QString &teamId, const QString &device, qint64 seq)
{
    return run(m_db,
               u"INSERT INTO server_pushed (team_id, device, seq) VALUES (?, ?, ?) "
               "ON CONFLICT (team_id, device) DO UPDATE SET seq = excluded.seq"_s,
               {teamId, device, seq}, u"recording what the team server holds of device %1"_s.arg(device));
}

Status ServerMarks::stampPush(const QString &teamId, const QString &address)
{
    return run(m_db,
               u"INSERT INTO server_sync (team_id, address, pushed_at) VALUES (?, ?, ?) ON CONFLICT (team_id) "
               "DO UPDATE SET address = excluded.address, pushed_at = excluded.pushed_at"_s,
               {teamId, address, QDateTime::currentMSecsSinceEpoch()}, u"recording the push"_s);
}

Result<qint64> ServerMarks::toSend(const QString &reviewer)
{
    // Per device through the (device, seq) index: cheap enough for the status bar after every decision.
    RawStatement q(m_db,
                   u"SELECT coalesce(sum(max(0, coalesce((SELECT max(e.seq) FROM events e WHERE e.device = d.device), "
                   "0) - coalesce((SELECT max(p.seq) FROM server_pushed p WHERE p.device = d.device), 0))), 0) "
                   "FROM devices d WHERE d.reviewer = ?"_s,
                   {reviewer}, u"counting the events still to send"_s);
    const qint64 n = q.next() ? q.integer(0) : 0;
    if (auto e = q.error())
        return *e;
    return n;
}

Result<QStringList> ServerMarks::waiting(const QString &teamId)
{
    RawStatement q(m_db, u"SELECT uuid FROM server_waiting WHERE team_id = ? ORDER BY uuid"_s, {teamId},
                   u"reading the events that wait for others"_s);
    QStringList out;
    while (q.next())
        out.append(q.text(0));
    if (auto e = q.error())
        return *e;
    return out;
}

Status ServerMarks::setWaiting(const QString &teamId, const QStringList &uuids)
{
    const QString what = u"recording the events that wait for others"_s;
    if (auto begun = m_db.begin(); !begun)
        return begun;
    Status done = run(m_db, u"DELETE FROM server_waiting WHERE team_id = ?"_s, {teamId}, what);
    for (qsizetype i = 0; done && i < uuids.size(); ++i)
        done = run(m_db, u"INSERT INTO server_waiting (uuid, team_id) VALUES (?, ?)"_s, {uuids[i], teamId}, what);
    if (!done) {
        m_db.rollback();
        return done;
    }
    return m_db.commit();
}

Result<QDateTime> ServerMarks::lastPulled()
{
    RawStatement q(m_db, u"SELECT max(pulled_at) FROM server_sync"_s, {}, u"reading when this laptop last synced"_s);
    const QDateTime at = q.next() ? q.time(0) : QDateTime();
    if (auto e = q.error())
        return *e;
    return at;
}

Result<QString> ServerMarks::otherTeam(const QString &teamId)
{
    RawStatement q(m_db, u"SELECT address FROM server_sync WHERE team_id <> ? LIMIT 1"_s, {teamId},
                   u"reading the team servers this database synced with"_s);
    const QString address = q.next() ? q.text(0) : QString();
    if (auto e = q.error())
        return *e;
    return address;
}

QString ServerMarks::syncedServerOf(const QString &path)
{
    const QString name = u"adreview-synced-server-%1"_s.arg(quintptr(&path));
    QString address;
    {
        // Immutable: what only its write-ahead log holds is not seen (a file closed cleanly has none).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(QString::fromUtf8(Database::immutableUri(QFileInfo(path).absoluteFilePath())));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT address FROM server_sync LIMIT 1"_s) && q.next())
                address = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return address;
}

Result<QString> ServerMarks::serverAddress()
{
    RawStatement q(m_db, u"SELECT value FROM meta WHERE key = 'team_server'"_s, {},
                   u"reading the team server's address"_s);
    const QString address = q.next() ? q.text(0) : QString();
    if (auto e = q.error())
        return *e;
    return address;
}

Status ServerMarks::setServerAddress(const QString &address)
{
    return run(m_db,
               u"INSERT INTO meta (key, value) VALUES ('team_server', ?) ON CONFLICT (key) DO UPDATE SET "
               "value = excluded.value"_s,
               {address}, u"saving the team server's address"_s);
}

} // namespace adreview
