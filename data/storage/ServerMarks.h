#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace adreview {

class Database;

// What this laptop has taken from and sent to a team server (schema version 6): the server
// sequence number it has merged up to, and how far the server holds each of its devices' chains.
class ServerMarks {
public:
    explicit ServerMarks(Database &db) : m_db(db) {}

    Result<qint64> pulled(const QString &teamId);
    // After a round is committed here: everything up to `seq` is merged (and no round is under way).
    Status setPulled(const QString &teamId, const QString &address, qint64 seq);
    // A round of a pull under way (schema version 13): the number it reaches, the records of the
    // range merged up to a number, then its events up to a time and id.
    struct Round {
        qint64 top = 0; // 0: none under way
        qint64 records = 0;
        bool eventsBegun = false;
        qint64 eventAt = 0;
        QString eventUuid;
    };
    Result<Round> round(const QString &teamId);
    // After a chunk of a round is committed here.
    Status setRound(const QString &teamId, const QString &address, const Round &round);
    Status setPushed(const QString &teamId, const QString &device, qint64 seq);
    Status stampPush(const QString &teamId, const QString &address);
    // The events of `reviewer`'s devices above what a server was last seen to hold.
    Result<qint64> toSend(const QString &reviewer);
    // The events a team server sent that follow events this laptop does not hold yet, by id:
    // fetched again on every pull until they can be merged.
    Result<QStringList> waiting(const QString &teamId);
    Status setWaiting(const QString &teamId, const QStringList &uuids);
    // The address of another team this database has synced with than `teamId` (empty: none).
    Result<QString> otherTeam(const QString &teamId);
    // The address of a team server the database file at `path` has synced with, read without
    // writing to it (not opened as a Database, which would upgrade an older file); empty if none,
    // or if it cannot be read.
    static QString syncedServerOf(const QString &path);
    // When this laptop last finished a pull from any team server (invalid: never).
    Result<QDateTime> lastPulled();

    // The team server this database syncs with from the window, as the user gave it with any
    // password left out (empty: none set).
    Result<QString> serverAddress();
    Status setServerAddress(const QString &address);

private:
    Database &m_db;
};

} // namespace adreview
