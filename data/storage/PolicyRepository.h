#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <QHash>
#include <optional>

namespace adreview {

class Database;

class PolicyRepository {
public:
    explicit PolicyRepository(Database &db) : m_db(db) {}

    Result<QList<Policy>> all();
    Result<std::optional<Policy>> findByCode(const QString &code);
    Result<qint64> insert(const Policy &policy);
    // A transaction that rolled back may have taken policies with it.
    void forgetCached() { m_cache.clear(); }

private:
    Database &m_db;
    QHash<QString, Policy> m_cache; // the catalogue is small and read on every decision
};

} // namespace adreview
