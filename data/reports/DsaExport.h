#pragma once

#include "domain/Clock.h"
#include "domain/ReportRecords.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace adreview {

class Database;

// A decision the export leaves out, and why.
struct DsaLeftOut {
    QString eventId;
    QDateTime at;
    QString caseRef;
    QString advertiser;
    QString why; // the fields missing or wrong, or the reason it cannot be sent
};

struct DsaExportOptions {
    bool skipIncomplete = false;  // write the complete statements, count the others
    bool includeExported = false; // write statements an earlier export wrote, again
};

struct DsaExportResult {
    qint64 written = 0;               // statements written
    QStringList files;                // the folder's files, in order
    QString folder;                   // absolute path; empty when nothing was written
    bool refused = false;             // incomplete decisions and no skipIncomplete: nothing written
    QList<DsaLeftOut> incomplete;     // a required field missing or a value the API refuses
    QList<DsaLeftOut> notSubmittable; // decided before 2020-01-01, which the API does not take
    QList<DsaLeftOut> disputed;       // in a case in conflict: no statement until a lead resolves it
    qint64 alreadyExported = 0;       // left out: written by an earlier export
    QDateTime lastExported;           // the latest of those exports
};

// Writes the statements of reasons of a period's restrictions (bans, and resolutions that ban)
// for the EU's DSA Transparency Database: files of at most 100 statements, each a body for
// `POST /api/v1/statements` checked against every rule of that API (dsa::checkSubmission), with
// the event's id as puid and the decision's public facts as decision_facts — never its internal
// rationale or the reviewer's name. A folder export is all or nothing: the files are written
// under a temporary name beside the folder and renamed into place, and the database records
// every statement written in the same step; a failure leaves neither folder nor record.
class DsaExport {
public:
    DsaExport(Database &db, const Clock &clock);

    // The first day the Transparency Database takes as an application date.
    static QDate firstDay() { return QDate(2020, 1, 1); }
    static constexpr const char *filePattern = "statements-%1.json";

    // `folder` must not exist yet (its parent must) or be empty.
    Result<DsaExportResult> write(const ReportFilter &filter, const QString &folder,
                                  const DsaExportOptions &options = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace adreview
