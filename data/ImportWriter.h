#pragma once

#include "ImportPlan.h"
#include "Result.h"
#include "ReviewService.h"

#include <QSet>

namespace adreview {

class Database;
class DeferredIndexes;

// Writes an ImportPlan in one transaction: all of it, or nothing when any record is refused.
// Refs make it idempotent: what the database already holds as the file says is left alone.
class ImportWriter {
public:
    // DryRun does all the work of an import, faults and counts alike, then rolls it back.
    enum class Mode { Commit, DryRun };

    ImportWriter(Database &db, ReviewService &review);

    // Told the records written so far; returning false rolls back and gives importCancelled().
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }
    Result<ImportReport> write(const ImportPlan &plan, const QString &fileName, Mode mode = Mode::Commit);

private:
    void writePolicies(const ImportPlan &plan, ImportReport &report);
    void writeAdvertisers(const ImportPlan &plan, ImportReport &report);
    void writeCase(const PlannedCase &c, ImportReport &report);
    void addCase(const PlannedCase &c, qint64 advertiserId, qint64 policyId, ImportReport &report);
    void mergeCase(const PlannedCase &c, const CaseRecord &existing, ImportReport &report);
    void replayHistory(const PlannedCase &c, CaseContext &ctx, ImportReport &report);
    void fail(const QString &path, const Error &error);
    Result<std::optional<qint64>> advertiserId(const QString &ref);
    Status deferIndexes(const ImportPlan &plan, DeferredIndexes &indexes);
    QString field(const QString &path, const QString &key) const { return fieldPath(m_names, path, key); }
    bool reportProgress(qint64 done, qint64 total);

    Database &m_db;
    ReviewService &m_review;
    PolicyRepository m_policies;
    AdvertiserRepository m_advertisers;
    CaseRepository m_cases;
    EvidenceRepository m_evidence;
    QStringList m_faults;
    QSet<QString> m_fileAdvertisers; // refs the file defines, sound or not
    QSet<QString> m_filePolicies;
    QHash<QString, qint64> m_advertiserIds; // by ref, as found or written in this transaction
    QList<qint64> m_reindex;                // cases whose search document is written once, at the end
    bool m_fatal = false;                   // the database failed, not the file
    Error m_fatalError;
    FieldNames m_names = FieldNames::Json;
    ImportProgress m_progress;
};

} // namespace adreview
