#pragma once

#include "domain/Domain.h"
#include "domain/DsaRules.h"
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
    // What a policy's bans state by default under the DSA; nullopt if it has none (an unknown
    // policy, or one brought by a bundle or a team server).
    Result<std::optional<dsa::PolicyDefaults>> dsaDefaults(const QString &code);
    Status setDsaDefaults(const QString &code, const dsa::PolicyDefaults &defaults);
    // A transaction that rolled back may have taken policies with it.
    void forgetCached() { m_cache.clear(); }

private:
    Database &m_db;
    QHash<QString, Policy> m_cache; // the catalogue is small and read on every decision
};

} // namespace adreview
