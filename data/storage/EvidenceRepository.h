#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <functional>
#include <memory>
#include <optional>

#include <QHash>

namespace adreview {

class BulkInsert;
class Database;

// Where an item appears in another case: an advisory with the same agency and reference, another
// item with the same address.
struct EvidenceElsewhere {
    QString caseRef;
    QString ref;
    QString title;
};

class EvidenceRepository {
public:
    explicit EvidenceRepository(Database &db) : m_db(db) {}

    // The case's items in ref order, without attachment bytes (see attachment()).
    Result<QList<Evidence>> forCase(qint64 caseId);
    // The same for many cases in one query (a sync's batch), by case id.
    Result<QHash<qint64, QList<Evidence>>> forCases(const QList<qint64> &caseIds);
    Result<QByteArray> attachment(qint64 evidenceId);
    // Every item of every case, attachment bytes included, by case and then as stored.
    Status forEach(const std::function<void(const Evidence &)> &onItem);
    Result<QHash<QString, qint64>> idsByRef(qint64 caseId);
    // One item of a case, without attachment bytes; none when the case has no such item.
    Result<std::optional<Evidence>> find(qint64 caseId, const QString &ref);
    // The same item as `item` (as first recorded) in cases other than `caseRef`, by case ref.
    Result<QList<EvidenceElsewhere>> sameItemElsewhere(const QString &caseRef, const Evidence &item);
    Result<QString> contentHash(qint64 evidenceId);
    Result<qint64> insert(const Evidence &e); // e.contentHash must be set
    // For many items (a merge): a group of rows per statement. insert() into it gives the item its id
    // at once; its row is in the table once the group is written (BulkInsert::flush()).
    std::unique_ptr<BulkInsert> bulk();
    Result<qint64> insert(const Evidence &e, BulkInsert &into);

private:
    Database &m_db;
};

} // namespace adreview
