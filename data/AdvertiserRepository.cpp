#include "AdvertiserRepository.h"

#include "Database.h"
#include "SearchIndex.h"
#include "SqlValues.h"

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

QStringList aliasesFromJson(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

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
    QSqlQuery &q = m_db.prepared(u"SELECT id, ref, name, aliases, country, headquarters, industry, website, status "
                                 "FROM advertisers WHERE %1 = ?"_s.arg(column));
    sql::bindAll(q, {value});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading advertiser %1"_s.arg(value.toString()));
    std::optional<Advertiser> found;
    if (q.next()) {
        found = Advertiser{q.value(0).toLongLong(), q.value(1).toString(),
                           q.value(2).toString(),   aliasesFromJson(q.value(3).toString()),
                           q.value(4).toString(),   q.value(5).toString(),
                           q.value(6).toString(),   q.value(7).toString(),
                           q.value(8).toString()};
    }
    q.finish();
    return found;
}

Result<qint64> AdvertiserRepository::insert(const Advertiser &a)
{
    QSqlQuery &q = m_db.prepared(u"INSERT INTO advertisers (ref, name, aliases, country, headquarters, industry, "
                                 "website) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    sql::bindAll(q, {a.ref, a.name, aliasesToJson(a.aliases), a.country, a.headquarters, a.industry, a.website});
    if (!q.exec())
        return m_db.errorFrom(q, u"adding advertiser %1"_s.arg(a.ref));
    return q.lastInsertId().toLongLong();
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
    return SearchIndex(m_db).reindexAdvertiser(a.id);
}

Result<QString> AdvertiserRepository::refreshStatus(qint64 advertiserId)
{
    QSqlQuery &q = m_db.prepared(
        u"UPDATE advertisers SET status = CASE WHEN "
        " (SELECT max(decided_at) FROM cases WHERE advertiser_id = ? AND outcome = 'banned') > "
        " coalesce((SELECT max(decided_at) FROM cases WHERE advertiser_id = ? AND outcome = 'reinstated'), -1) "
        " THEN 'banned' ELSE 'active' END WHERE id = ? RETURNING status"_s);
    for (int i = 0; i < 3; ++i)
        q.bindValue(i, advertiserId);
    if (!q.exec())
        return m_db.errorFrom(q, u"updating an advertiser's status"_s);
    const QString status = q.next() ? q.value(0).toString() : QString();
    q.finish();
    return status;
}

} // namespace adreview
