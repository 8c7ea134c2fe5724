#pragma once

#include "domain/CaseFold.h"
#include "domain/Domain.h"
#include "domain/Result.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace adreview {

class BulkInsert;
class Database;

struct CaseFilter {
    QString state;  // one of vocab::states(), or empty for all
    QString search; // words matched against advertiser names and aliases, summaries and evidence
    int limit = -1;
};

class CaseRepository {
public:
    explicit CaseRepository(Database &db) : m_db(db) {}

    Result<std::optional<CaseRecord>> findByRef(const QString &ref);
    // The cases of these refs that exist, in one query (a sync's batch); order unspecified.
    Result<QList<CaseRecord>> findByRefs(const QStringList &refs);
    // The ids of those of `refs` this database holds, by ref.
    Result<QHash<QString, qint64>> idsByRefs(const QStringList &refs);
    // What the review rules read of a case besides its events (ref, state, advertiser, source,
    // policy, opened, the case an appeal contests), and what its advertiser's status rests on
    // (outcome, decided, restricted until), by id.
    Result<CaseRecord> rulesFacts(qint64 caseId);
    // Every case in id order with its advertiser whole (aliases, headquarters, website), as a
    // sync bundle carries them; `onRow` returns false to stop.
    Status forEachWithAdvertiser(const std::function<bool(const CaseRecord &, const Advertiser &)> &onRow);
    // Every appeal that names the case it contests: appeal ref -> contested case ref.
    Result<QHash<QString, QString>> contestedCases();
    Result<qint64> insert(const CaseRecord &c, qint64 policyId);
    // For many cases (a merge): a group of rows per statement. insert() into it gives the case its id
    // at once; its row is in the table once the group is written (BulkInsert::flush()).
    std::unique_ptr<BulkInsert> bulk();
    Result<qint64> insert(const CaseRecord &c, qint64 policyId, BulkInsert &into);
    Status updateDescription(const CaseRecord &c); // summary, priority, source, opened, due
    // Writes what the events make of a case; returns why it is in re-review (CaseRecord::rereview).
    Result<QString> updateDerived(qint64 caseId, const CaseFold::State &state);
    Status setEvidenceCount(qint64 caseId, int count);
    // Everyone who has a case assigned, for the assignee filter.
    Result<QStringList> assignees();
    // Streams the matching cases in queue order (most urgent first); stop by returning false.
    Status list(const CaseFilter &filter, const std::function<bool(const CaseRecord &)> &onRow);

private:
    Database &m_db;
};

} // namespace adreview
