#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <utility>

namespace adreview {

class Database;

// Events a team server handed this laptop that it refused (schema version 7): each kept aside
// with why, never folded into a case. `cause` is the refused event an event follows (a later event
// of its device, or one naming it as a parent); for the refused event itself, its own id.
struct HeldEvent {
    Event event; // uuid, case, action, reviewer, device, seq, time, hash and parents
    QString teamId;
    QString reason;
    QString cause;
    QDateTime heldAt;
};

class Quarantine {
public:
    explicit Quarantine(Database &db) : m_db(db) {}

    // Holds events (one transaction); an event held already stays as it was.
    Status hold(const QList<HeldEvent> &events);
    // Every held event, by when it was held, then device and position in its chain.
    Result<QList<HeldEvent>> all();
    Result<qint64> count();

    // What a pull needs to set aside the events that follow held ones.
    class Index {
    public:
        // The held event `e` follows (an earlier or the same position of its device's chain, or a
        // parent), or empty.
        QString follows(const Event &e) const;
        void add(const Event &e);
        bool contains(const QString &uuid) const { return m_uuids.contains(uuid); }

    private:
        QSet<QString> m_uuids;
        QHash<QString, std::pair<qint64, QString>> m_first; // by device: its first held event's seq and id
    };
    Result<Index> index();

private:
    Database &m_db;
};

} // namespace adreview
