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

Result<std::optional<dsa::PolicyDefaults>> PolicyRepository::dsaDefaults(const QString &code)
{
    QSqlQuery &q = m_db.prepared(u"SELECT d.ground, d.ground_text, d.explanation, d.category, d.content_types, "
                                 "d.visibility, d.monetary, d.service, d.account, d.public_facts FROM policy_dsa d "
                                 "JOIN policies p ON p.id = d.policy_id WHERE p.code = ?"_s);
    sql::bindAll(q, {code});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading the DSA defaults of policy %1"_s.arg(code));
    std::optional<dsa::PolicyDefaults> found;
    if (q.next()) {
        const auto list = [&q](int column) { return q.value(column).toString().split(u' ', Qt::SkipEmptyParts); };
        found = dsa::PolicyDefaults{q.value(0).toString(),
                                    q.value(1).toString(),
                                    q.value(2).toString(),
                                    q.value(3).toString(),
                                    list(4),
                                    list(5),
                                    q.value(6).toString(),
                                    q.value(7).toString(),
                                    q.value(8).toString(),
                                    q.value(9).toString()};
    }
    q.finish();
    return found;
}

Status PolicyRepository::setDsaDefaults(const QString &code, const dsa::PolicyDefaults &d)
{
    auto policy = findByCode(code);
    if (!policy)
        return policy.error();
    if (!*policy)
        return Error::rejected(u"there is no policy %1"_s.arg(code));
    QSqlQuery &q = m_db.prepared(
        u"INSERT OR REPLACE INTO policy_dsa (policy_id, ground, ground_text, explanation, category, content_types, "
        "visibility, monetary, service, account, public_facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    sql::bindAll(q, {(*policy)->id, d.ground, d.groundText, d.explanation, d.category, d.contentTypes.join(u' '),
                     d.visibility.join(u' '), d.monetary, d.service, d.account, d.publicFacts});
    if (!q.exec())
        return m_db.errorFrom(q, u"setting the DSA defaults of policy %1"_s.arg(code));
    q.finish();
    return {};
}

} // namespace adreview
