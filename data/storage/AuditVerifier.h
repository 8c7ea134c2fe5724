#pragma once

#include "domain/Result.h"
#include "domain/WorkProgress.h"

#include <QStringList>

namespace adreview {

class Database;

// What `adreview verify` checks: SQLite's integrity and foreign keys, that the file holds AdReview's
// schema and nothing else (no table, view, index or trigger another program added), every
// device's audit chain, that each case's stored state is the one its events give, and that every
// event keeps the review rules as its author saw the case (EventRules, as a merge judges it).
class AuditVerifier {
public:
    struct Report {
        qint64 events = 0;
        int devices = 0;
        qint64 cases = 0;
        QStringList problems; // one line each, naming the event, case or table at fault
        // Each device's signing, one line each: signed, unsigned from before signing, revoked, or a
        // bad signature (which is also a problem), with its key and who trusted it.
        QStringList devicesSigning;
        qint64 signedEvents = 0;
        qint64 unsignedEvents = 0; // from before signing
        // What is not a fault but is worth knowing, one line each: cases a team server's pull
        // brought whose events have not come yet.
        QStringList notes;
        bool ok() const { return problems.isEmpty(); }
    };

    explicit AuditVerifier(Database &db) : m_db(db) {}
    // Told the events and cases checked so far, of all there are; returning false stops the run
    // with an error.
    void setProgress(WorkProgress progress) { m_progress = std::move(progress); }
    Result<Report> run();

private:
    Status checkIntegrity(Report &report);
    Status checkSchema(Report &report);
    Status checkChains(Report &report);
    Status checkCases(Report &report);
    // Counts one record checked; false when the caller asked to stop.
    bool tick();

    Database &m_db;
    WorkProgress m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_stopped = false;
};

} // namespace adreview
