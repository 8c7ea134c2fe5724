#pragma once

#include "domain/DeviceTrust.h"
#include "domain/Domain.h"
#include "domain/Result.h"
#include "domain/WorkProgress.h"
#include "review/Identity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace adreview {

class Clock;
class Database;

// A sync bundle: the events one database holds (or those after a point), with the cases,
// evidence, advertisers and policies they need, in one self-describing file.
//
// The file is a header line and a body. The header is one line of JSON: format
// "adreview-sync", version, the exporting reviewer and device, when, what it starts after, how
// many events and cases, and the body's length and SHA-256. The body is one JSON object with
// "policies", "advertisers", "cases" (each with its evidence), "events" (every field of the
// audit chain: device, seq, prev, hash, and since version 2 the signature), and since version 2
// "devices" (the public key and reviewer of each device whose signed events it holds: a claim the
// receiving database trusts or not) and "revocations". A truncated or edited file fails the
// length or the hash; an edited event that was re-hashed breaks its device's chain, and one whose
// chain was rebuilt fails its device's signature.
struct SyncContents {
    QString device; // who exported it
    QString reviewer;
    QDateTime createdAt;
    QString since; // what the export started after: a bundle's file name or a time; empty for all
    QList<Policy> policies;
    QList<Advertiser> advertisers;
    struct Case {
        CaseRecord record; // ref, advertiserRef, policyCode, summary, priority, source, opened, due
        QList<Evidence> evidence;
    };
    QList<Case> cases;
    QList<Event> events; // chain fields as their devices wrote them
    QList<OfferedKey> keys;
    QList<Revocation> revocations;
};

class SyncBundle {
public:
    static constexpr int formatVersion = 2; // 1: before signing (read still)
    // The largest bundle read or written, checked before reading. Reading takes about five times
    // the file's size in memory (the bytes, the parsed records, the checked copies), and Qt's
    // JSON parser takes under 2 GiB at once; at 1 GiB a bundle reads in about 6 GB.
    static constexpr qint64 maxFileSize = 1024LL * 1024 * 1024;

    // Which events an export holds: every one, those not in an earlier bundle, or those after a time.
    struct Selection {
        QString sinceBundle; // path of an earlier bundle
        QDateTime sinceTime; // events at or after this
    };
    struct ExportReport {
        QString file;
        qint64 events = 0;
        qint64 cases = 0;
        qint64 evidence = 0;
        QString summary() const;
    };

    // Writes the bundle through OutputFile: a failed export leaves no file (a device or FIFO is
    // written straight into); a bundle over maxFileSize is refused. `progress` is told the events
    // read of all the database holds; returning false stops the export and writes nothing.
    static Result<ExportReport> write(Database &db, const Identity &by, const Clock &clock, const QString &path,
                                      const Selection &selection, const WorkProgress &progress = {});
    // Reads and checks a bundle's form: header, version, length, hash, every record's fields and
    // every event's own hash. Whether it fits the database is the merge's business.
    static Result<SyncContents> read(const QString &path);
    static Result<SyncContents> parse(const QByteArray &bytes, const QString &fileName);
    // Only the event ids of a bundle (for --since), after the same checks.
    static Result<QSet<QString>> eventIds(const QString &path);
    // One event as a bundle's body holds it.
    static QJsonObject eventJson(const Event &event);
};

} // namespace adreview
