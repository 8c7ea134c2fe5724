#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace adreview {

class Database;

// What the activity log lists: every event whose fields match, an empty field matching any.
struct ActivityFilter {
    QString reviewer;
    QString device;
    QString action;
    QString policy; // a policy's code
    QDateTime from; // from this time on (UTC); invalid: since the first event
    QDateTime to;   // before this time; invalid: up to the latest event

    bool operator==(const ActivityFilter &) const = default;
};

// One event as the activity log shows it.
struct ActivityRow {
    qint64 id = 0;
    QDateTime at;
    QString reviewer;
    QString device;
    QString action;
    QString caseRef;
    QString policy;
    QString outcome;   // as recorded (resolve-conflict and reverse only)
    QString rationale; // its first line
};

// The events of every case newest first, read a page at a time by keyset on (at, id), so that
// any page costs one short scan of an index whatever the number of events.
class ActivityRepository {
public:
    explicit ActivityRepository(Database &db) : m_db(db) {}

    // Where a page starts or ends in the order: an event's time and id.
    struct Key {
        QDateTime at;
        qint64 id = 0;
        bool operator==(const Key &) const = default;
    };
    // Up to `limit` events, newest first: from the newest, or those older than `after`, or with
    // `inclusive` that event and those older.
    Result<QList<ActivityRow>> page(const ActivityFilter &filter, const std::optional<Key> &after, int limit,
                                    bool inclusive = false);
    // Who has written events and from which devices, each once, in order.
    Result<QStringList> reviewers();
    Result<QStringList> devices();

    static constexpr int rationaleChars = 300; // a first line longer than a cell can show is cut

private:
    Result<QStringList> distinct(const QString &column);

    Database &m_db;
};

} // namespace adreview
