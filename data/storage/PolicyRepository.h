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
    // What a statement of reasons under the policy tells the advertiser about redress (DSA
    // Art. 17(3)(f)): the policy's own text, else the database's, else dsa::defaultRedress().
    Result<QString> redress(const QString &code);
    // Sets a policy's text (a policy with DSA defaults), or with an empty code the database's;
    // an empty text removes it.
    Status setRedress(const QString &code, const QString &text);
    // Whether the policy's bans wait for a second reviewer's approval (this laptop's setting).
    Result<bool> requiresApproval(const QString &code);
    Status setRequiresApproval(const QString &code, bool required);
    // A transaction that rolled back may have taken policies with it.
    void forgetCached() { m_cache.clear(); }

private:
    Database &m_db;
    QHash<QString, Policy> m_cache; // the catalogue is small and read on every decision
};

} // namespace adreview
