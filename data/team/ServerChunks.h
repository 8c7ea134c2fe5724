#pragma once

#include "domain/Result.h"
#include "storage/ServerMarks.h"
#include "sync/SyncBundle.h"
#include "team/ServerConnection.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace adreview::serverChunks {

// An event this laptop refuses as it reads it, and why.
using RefusedEvent = std::pair<Event, QString>;

// A part of a round of a pull, as read from the server, and where the round stands after it.
struct Chunk {
    SyncContents contents;
    QList<RefusedEvent> refusedEvents;
    QStringList refusedRecords; // "evidence EV-1 of case C: why"
    ServerMarks::Round after;
    bool last = false; // the round has nothing after it
};

// The next chunk of the round over (mark, at.top], from where `at` says the round stands: the
// next `rows` numbers of its records, then, once those are all read, its events `rows` at a time
// in the order they were made. Events that do not match their hash, and evidence items that do
// not match theirs, are refused as they are read (an item's events are then set aside by the merge).
Result<Chunk> readChunk(ServerConnection &server, qint64 mark, const ServerMarks::Round &at, int rows,
                        const QString &what);

// The keys of the devices a subquery names, as the server's registry holds them.
Status readKeys(ServerConnection &server, const QString &devices, const QList<ServerConnection::Value> &parameters,
                const QString &what, QList<OfferedKey> &out);

// The events a condition on `e` selects (with any ORDER BY and LIMIT after it), each checked
// against its hash (those that do not match go to `refused`), then put device by device in chain
// order. `last` gets the time and id of the last row in the server's order.
Status readEvents(ServerConnection &server, const QString &condition, const QList<ServerConnection::Value> &parameters,
                  const QString &what, QList<Event> &out, QList<RefusedEvent> &refused,
                  std::pair<qint64, QString> *last = nullptr);

} // namespace adreview::serverChunks
