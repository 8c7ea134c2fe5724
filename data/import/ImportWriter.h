#pragma once

#include "domain/Result.h"
#include "import/ImportPlan.h"
#include "review/ReviewService.h"

#include <QSet>

#include <memory>

namespace adreview {

class Database;
class DeferredIndexes;

// Writes an ImportPlan in one transaction: all of it, or nothing when any record is refused.
// Refs make it idempotent: what the database already holds as the file says is left alone.
class ImportWriter : public ImportSink {
public:
    // DryRun does all the work of an import, faults and counts alike, then rolls it back.
    enum class Mode { Commit, DryRun };

    ImportWriter(Database &db, ReviewService &review);
    ~ImportWriter() override;

    // Told the records written so far; returning false rolls back and gives importCancelled().
    void setProgress(ImportProgress progress) { m_progress = std::move(progress); }
    // Event ids made from the case and the place in its history instead of at random, so that two
    // databases made from the same file (the demo) hold the very same events and can be merged.
    void setStableEventIds(bool stable) { m_stableIds = stable; }
    Result<ImportReport> write(const ImportPlan &plan, const QString &fileName, Mode mode = Mode::Commit);

    // The same, for a file whose cases come part by part as a parser reads them (ImportSink):
    // set the target, hand the writer to the parser, then finish() — or abandon() when the
    // parser failed after it began.
    void setTarget(const QString &fileName, Mode mode)
    {
        m_file = fileName;
        m_mode = mode;
    }
    bool begin(const ImportPlan &head, qsizetype cases) override;
    bool add(const QList<PlannedCase> &cases, const QStringList &faults) override;
    bool begun() const { return m_inTransaction || m_fatal || m_cancelled; }
    Result<ImportReport> finish();
    void abandon();

private:
    struct Expected {
        qint64 cases = 0;
        qint64 newCases = 0;
        qint64 newEvents = 0; // at most
    };
    bool start(const ImportPlan &head, const Expected &expected);
    void writePolicies(const ImportPlan &plan, ImportReport &report);
    void writeAdvertisers(const ImportPlan &plan, ImportReport &report);
    void writeCase(const PlannedCase &c, ImportReport &report);
    void addCase(const PlannedCase &c, qint64 advertiserId, qint64 policyId, ImportReport &report);
    void mergeCase(const PlannedCase &c, const CaseRecord &existing, ImportReport &report);
    // An existing case's items marked as revisions, recorded where they differ from the item as it
    // reads now.
    void recordRevisions(const PlannedCase &c, const QList<PlannedRevision> &revisions, ImportReport &report);
    std::optional<QString> contestedCase(const PlannedCase &c, qint64 advertiserId);
    QString eventId(const PlannedCase &c, qsizetype index, const QDateTime &at) const;
    void replayHistory(const PlannedCase &c, CaseContext &ctx, ImportReport &report);
    void fail(const QString &path, const Error &error);
    bool fatal(const Error &error); // false, for returning
    Result<std::optional<qint64>> advertiserId(const QString &ref);
    Status deferIndexes(const Expected &expected);
    QString field(const QString &path, const QString &key) const { return fieldPath(m_names, path, key); }
    bool reportProgress(qint64 done, qint64 total);

    Database &m_db;
    ReviewService &m_review;
    PolicyRepository m_policies;
    AdvertiserRepository m_advertisers;
    CaseRepository m_cases;
    EvidenceRepository m_evidence;
    EventRepository m_events;
    QStringList m_faults;
    QSet<QString> m_fileAdvertisers; // refs the file defines, sound or not
    QSet<QString> m_filePolicies;
    QHash<QString, qint64> m_advertiserIds; // by ref, as found or written in this transaction
    QList<qint64> m_reindex;                // cases whose search document is written once, at the end
    QList<qint64> m_reindexAdvertisers;     // renamed advertisers, whose cases are indexed likewise
    bool m_stableIds = false;
    bool m_fatal = false; // the database failed, not the file
    Error m_fatalError;
    FieldNames m_names = FieldNames::Json;
    ImportProgress m_progress;
    QString m_file;
    Mode m_mode = Mode::Commit;
    ImportReport m_report;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_cancelled = false;
    bool m_inTransaction = false;
    std::unique_ptr<DeferredIndexes> m_indexes;
};

} // namespace adreview
