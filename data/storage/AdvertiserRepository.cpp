#include "storage/AdvertiserRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString aliasesToJson(const QStringList &aliases)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(aliases)).toJson(QJsonDocument::Compact));
}

} // namespace

QStringList AdvertiserRepository::aliasesFromJson(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

Result<std::optional<Advertiser>> AdvertiserRepository::findByRef(const QString &ref)
{
    return findWhere(u"ref"_s, ref);
}

Result<std::optional<Advertiser>> AdvertiserRepository::findById(qint64 id)
{
    return findWhere(u"id"_s, id);
}

Result<std::optional<Advertiser>> AdvertiserRepository::findWhere(const QString &column, const QVariant &value)
{
    RawStatement &q = m_db.statement(u"SELECT id, ref, name, aliases, country, headquarters, industry, website, "
                                     "status, restricted_until FROM advertisers WHERE %1 = ?"_s.arg(column));
    q.bind({value});
    std::optional<Advertiser> found;
    if (q.next()) {
        found = Advertiser{q.integer(0),
                           q.text(1),
                           q.text(2),
                           aliasesFromJson(q.text(3)),
                           q.text(4),
                           q.text(5),
                           q.text(6),
                           q.text(7),
                           statusAt(q.text(8), q.time(9), m_db.clock().now())};
    }
    if (q.failed())
        return q.failure(u"reading advertiser %1"_s.arg(value.toString()));
    q.finish();
    return found;
}

Result<qint64> AdvertiserRepository::insert(const Advertiser &a)
{
    RawStatement &q = m_db.statement(u"INSERT INTO advertisers (ref, name, aliases, country, headquarters, "
                                     "industry, website) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    if (!q.bind({a.ref, a.name, aliasesToJson(a.aliases), a.country, a.headquarters, a.industry, a.website}) ||
        !q.exec())
        return q.failure(u"adding advertiser %1"_s.arg(a.ref));
    return q.lastInsertId();
}

Status AdvertiserRepository::update(const Advertiser &a)
{
    QSqlQuery &q = m_db.prepared(u"UPDATE advertisers SET name = ?, aliases = ?, country = ?, headquarters = ?, "
                                 "industry = ?, website = ? WHERE id = ?"_s);
    sql::bindAll(q, {a.name, aliasesToJson(a.aliases), a.country, a.headquarters, a.industry, a.website, a.id});
    if (!q.exec())
        return m_db.errorFrom(q, u"updating advertiser %1"_s.arg(a.ref));
    QSqlQuery &copies = m_db.prepared(u"UPDATE cases SET advertiser_name = ? WHERE advertiser_id = ? AND "
                                      "advertiser_name <> ?"_s);
    sql::bindAll(copies, {a.name, a.id, a.name});
    if (!copies.exec())
        return m_db.errorFrom(copies, u"updating advertiser %1"_s.arg(a.ref));
    return {};
}

QString AdvertiserRepository::statusAt(const QString &decided, const QDateTime &restrictedUntil, const QDateTime &now)
{
    const bool inForce = decided == u"banned" && (!restrictedUntil.isValid() || now < restrictedUntil);
    return inForce ? u"banned"_s : u"active"_s;
}

Result<AdvertiserRepository::Standing> AdvertiserRepository::refreshStatus(qint64 advertiserId)
{
    // The bans no later reinstatement lifted stand; the last of them to end says how long.
    RawStatement &q = m_db.statement(
        u"UPDATE advertisers SET (status, restricted_until) = (SELECT CASE WHEN count(*) > 0 THEN 'banned' "
        " ELSE 'active' END, CASE WHEN count(*) = count(c.restricted_until) THEN max(c.restricted_until) END "
        " FROM cases c WHERE c.advertiser_id = ?1 AND c.outcome = 'banned' AND c.decided_at > "
        " coalesce((SELECT max(r.decided_at) FROM cases r WHERE r.advertiser_id = ?1 AND r.outcome = 'reinstated'), "
        " -1)) WHERE id = ?1 RETURNING status, restricted_until"_s);
    q.bind({advertiserId});
    Standing standing;
    if (q.next())
        standing = {statusAt(q.text(0), q.time(1), m_db.clock().now()), q.time(1)};
    if (q.failed())
        return q.failure(u"updating an advertiser's status"_s);
    q.finish(); // the change was made at the first step
    return standing;
}

} // namespace adreview
