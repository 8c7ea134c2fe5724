#pragma once

#include "ImportPlan.h"
#include "Result.h"
#include "ReviewService.h"

#include <QSet>

namespace adreview {

class Database;

// Writes an ImportPlan in one transaction: all of it, or nothing when any record is refused.
// Refs make it idempotent: what the database already holds as the file says is left alone.
class ImportWriter {
public:
    ImportWriter(Database &db, ReviewService &review);

    Result<ImportReport> write(const ImportPlan &plan, const QString &fileName);

private:
    void writePolicies(const ImportPlan &plan, ImportReport &report);
    void writeAdvertisers(const ImportPlan &plan, ImportReport &report);
    void writeCase(const PlannedCase &c, ImportReport &report);
    void addCase(const PlannedCase &c, qint64 advertiserId, qint64 policyId, ImportReport &report);
    void mergeCase(const PlannedCase &c, const CaseRecord &existing, ImportReport &report);
    void replayHistory(const PlannedCase &c, CaseContext &ctx, ImportReport &report);
    void fail(const QString &path, const Error &error);

    Database &m_db;
    ReviewService &m_review;
    PolicyRepository m_policies;
    AdvertiserRepository m_advertisers;
    CaseRepository m_cases;
    EvidenceRepository m_evidence;
    QStringList m_faults;
    QSet<QString> m_fileAdvertisers; // refs the file defines, sound or not
    QSet<QString> m_filePolicies;
    bool m_fatal = false; // the database failed, not the file
    Error m_fatalError;
};

} // namespace adreview
