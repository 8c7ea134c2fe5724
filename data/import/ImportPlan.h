#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace adreview {

// Longest text accepted per field: a larger value is a fault, not something to store.
namespace limits {
constexpr int shortText = 200; // countries, industries, reviewer names, jurisdictions ...
constexpr int name = 300;
constexpr int title = 1000;
constexpr int summary = 5000;
constexpr int excerpt = 10000;
constexpr int rationale = 20000;
constexpr int attachment = 20 * 1024 * 1024; // bytes, after base64 decoding
} // namespace limits

// How a record's fields are named in messages: "cases[3].opened" in JSON, `cases.csv:12: column
// "opened"` in CSV.
enum class FieldNames { Json, Csv };
QString fieldPath(FieldNames names, const QString &record, const QString &key);

// Called with the bytes read so far while parsing, then with the records written so far; returning
// false cancels the import.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// What an import file asks for, checked for form but not yet against the database. Each record
// keeps the place it came from ("cases[3]" or "cases.csv:12") for the messages.
struct PlannedEvent {
    QString path;
    QString action;
    QString reviewer;
    QString device;
    QDateTime at;
    QString policyCode;
    QString rationale;
    QStringList evidenceRefs;
    QString assignee;
    QString outcome;
    int saw = -2;           // index of the history entry the author had seen; -1 the flag; -2 the previous entry
    QString statement = {}; // a ban's, reinstatement's or resolution's DSA statement (dsa::Decision's text)
};

// An item of a case file marked `"revision": true`: where it differs from the item the database
// holds, it is recorded as that item's revision (an event) rather than refused.
struct PlannedRevision {
    qsizetype item = 0; // its index in PlannedCase::evidence
    QString supersededBy;
    bool retracted = false;
    QDate effective;
    QString note; // why; a default names the file
};

struct PlannedCase {
    QString path;
    bool valid = true; // false when the file already showed a fault in it
    // Only adds evidence to a case the database already holds (an evidence CSV): the record
    // carries nothing but the ref, so there is no description to compare or update.
    bool evidenceOnly = false;
    CaseRecord record; // ref, advertiserRef, policyCode, summary, priority, source, opened, due
    QList<Evidence> evidence;
    QStringList evidencePaths;
    QList<PlannedRevision> revisions;
    QList<PlannedEvent> history;
};

struct ImportPlan {
    QList<Policy> policies;
    QStringList policyPaths;
    QList<bool> policyValid;
    QList<Advertiser> advertisers;
    QStringList advertiserPaths;
    QList<bool> advertiserValid;
    QList<PlannedCase> cases;
    // Faults in the file's form. The writer still checks the sound records against the database,
    // so that one pass reports every fault; a plan with faults never commits.
    QStringList faults;
    FieldNames fieldNames = FieldNames::Json;
};

struct ImportReport {
    QString file;
    int policiesAdded = 0;
    int advertisersAdded = 0;
    int advertisersChanged = 0;
    int casesAdded = 0;
    int casesChanged = 0;
    int evidenceAdded = 0;
    int eventsAdded = 0;
    int evidenceRevised = 0; // revisions recorded (each an event too)
    int unchanged = 0;       // records already present as they are in the file

    bool changedAnything() const
    {
        return policiesAdded + advertisersAdded + advertisersChanged + casesAdded + casesChanged + evidenceAdded +
                   eventsAdded >
               0;
    }
    QString summary() const;
};

// Receives a file's records while a parser still reads it: first everything but the cases, and
// how many cases follow; then the cases in the file's order, part by part, with the faults found
// in them. Returning false stops the reading.
class ImportSink {
public:
    virtual ~ImportSink() = default;
    virtual bool begin(const ImportPlan &head, qsizetype cases) = 0;
    virtual bool add(const QList<PlannedCase> &cases, const QStringList &faults) = 0;
};

// The one error a refused file gives: a count in the message, every fault in the details.
Error importFaults(const QString &fileName, const QStringList &faults);
Error importCancelled(const QString &fileName);

} // namespace adreview
