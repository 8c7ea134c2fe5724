#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <functional>

#include <QHash>

namespace adreview {

class Database;

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
    Result<QString> contentHash(qint64 evidenceId);
    Result<qint64> insert(const Evidence &e); // e.contentHash must be set

private:
    Database &m_db;
};

} // namespace adreview
