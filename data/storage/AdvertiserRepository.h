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
    // Re-derives the advertiser's standing from its cases: banned while a ban stands that is newer
    // than its latest reinstatement, until the last such ban's restrictions end. Returns the
    // status now, by the database's clock, and that end.
    struct Standing {
        QString status;
        QDateTime restrictedUntil; // invalid: no end, or not banned
    };
    Result<Standing> refreshStatus(qint64 advertiserId);
    // The status at `now` of an advertiser the decisions leave `decided` ("banned" or "active")
    // until `restrictedUntil` (invalid: no end).
    static QString statusAt(const QString &decided, const QDateTime &restrictedUntil, const QDateTime &now);

private:
    Result<std::optional<Advertiser>> findWhere(const QString &column, const QVariant &value);

    Database &m_db;
};

} // namespace adreview
