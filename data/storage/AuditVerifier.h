#pragma once

#include "domain/Result.h"

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
        bool ok() const { return problems.isEmpty(); }
    };

    explicit AuditVerifier(Database &db) : m_db(db) {}
    Result<Report> run();

private:
    Status checkIntegrity(Report &report);
    Status checkSchema(Report &report);
    Status checkChains(Report &report);
    Status checkCases(Report &report);

    Database &m_db;
};

} // namespace adreview
