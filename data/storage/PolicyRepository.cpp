#include "storage/PolicyRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace adreview {

Result<QList<Policy>> PolicyRepository::all()
{
    QSqlQuery &q = m_db.prepared(u"SELECT id, code, title, description FROM policies ORDER BY code"_s);
    if (!q.exec())
        return m_db.errorFrom(q, u"reading the policies"_s);
    QList<Policy> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    q.finish();
    return out;
}

Result<std::optional<Policy>> PolicyRepository::findByCode(const QString &code)
{
    if (const auto it = m_cache.constFind(code); it != m_cache.cend())
        return std::optional<Policy>(*it);
    QSqlQuery &q = m_db.prepared(u"SELECT id, code, title, description FROM policies WHERE code = ?"_s);
    sql::bindAll(q, {code});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading policy %1"_s.arg(code));
    std::optional<Policy> found;
    if (q.next()) {
        found = Policy{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        m_cache.insert(code, *found);
    }
    q.finish();
    return found;
}

Result<qint64> PolicyRepository::insert(const Policy &policy)
{
    QSqlQuery &q = m_db.prepared(u"INSERT INTO policies (code, title, description) VALUES (?, ?, ?)"_s);
    sql::bindAll(q, {policy.code, policy.title, policy.description});
    if (!q.exec())
        return m_db.errorFrom(q, u"adding policy %1"_s.arg(policy.code));
    m_cache.remove(policy.code);
    return q.lastInsertId().toLongLong();
}

} // namespace adreview
