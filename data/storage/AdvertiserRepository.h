#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"

#include <optional>

namespace adreview {

class Database;

class AdvertiserRepository {
public:
    explicit AdvertiserRepository(Database &db) : m_db(db) {}

    static QStringList aliasesFromJson(const QString &json); // as the aliases column holds them

    Result<std::optional<Advertiser>> findByRef(const QString &ref);
    Result<std::optional<Advertiser>> findById(qint64 id);
    Result<qint64> insert(const Advertiser &advertiser);
    // Descriptive fields only; status is derived. The advertiser's cases keep their search
    // documents: the caller indexes them again (SearchIndex::reindexCases), a bulk writer once for
    // all its changes.
    Status update(const Advertiser &advertiser);
    // Re-derives active/banned from the advertiser's cases: banned while its latest ban is newer
    // than its latest reinstatement.
    Result<QString> refreshStatus(qint64 advertiserId); // the new status

private:
    Result<std::optional<Advertiser>> findWhere(const QString &column, const QVariant &value);

    Database &m_db;
};

} // namespace adreview
