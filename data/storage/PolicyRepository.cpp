#include "storage/PolicyRepository.h"

#include "domain/DsaDecision.h"
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
        u"INSERT INTO policy_dsa (policy_id, ground, ground_text, explanation, category, content_types, "
        "visibility, monetary, service, account, public_facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (policy_id) DO UPDATE SET ground = excluded.ground, ground_text = excluded.ground_text, "
        "explanation = excluded.explanation, category = excluded.category, content_types = excluded.content_types, "
        "visibility = excluded.visibility, monetary = excluded.monetary, service = excluded.service, "
        "account = excluded.account, public_facts = excluded.public_facts"_s);
    sql::bindAll(q, {(*policy)->id, d.ground, d.groundText, d.explanation, d.category, d.contentTypes.join(u' '),
                     d.visibility.join(u' '), d.monetary, d.service, d.account, d.publicFacts});
    if (!q.exec())
        return m_db.errorFrom(q, u"setting the DSA defaults of policy %1"_s.arg(code));
    q.finish();
    return {};
}

Result<QString> PolicyRepository::redress(const QString &code)
{
    QSqlQuery &q = m_db.prepared(
        u"SELECT coalesce((SELECT d.redress FROM policy_dsa d JOIN policies p ON p.id = d.policy_id "
        "WHERE p.code = ? AND d.redress <> ''), (SELECT value FROM meta WHERE key = 'dsa_redress'), '')"_s);
    sql::bindAll(q, {code});
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q, u"reading the redress of policy %1"_s.arg(code));
    const QString text = q.value(0).toString();
    q.finish();
    return text.trimmed().isEmpty() ? dsa::defaultRedress() : text;
}

Result<bool> PolicyRepository::requiresApproval(const QString &code)
{
    QSqlQuery &q =
        m_db.prepared(u"SELECT 1 FROM policy_approval a JOIN policies p ON p.id = a.policy_id WHERE p.code = ?"_s);
    sql::bindAll(q, {code});
    if (!q.exec())
        return m_db.errorFrom(q, u"reading whether policy %1 requires approval"_s.arg(code));
    const bool required = q.next();
    q.finish();
    return required;
}

Status PolicyRepository::setRequiresApproval(const QString &code, bool required)
{
    auto policy = findByCode(code);
    if (!policy)
        return policy.error();
    if (!*policy)
        return Error::rejected(u"there is no policy %1"_s.arg(code));
    QSqlQuery &q =
        m_db.prepared(required ? u"INSERT INTO policy_approval (policy_id) VALUES (?) ON CONFLICT DO NOTHING"_s
                               : u"DELETE FROM policy_approval WHERE policy_id = ?"_s);
    sql::bindAll(q, {(*policy)->id});
    if (!q.exec())
        return m_db.errorFrom(q, u"setting whether policy %1 requires approval"_s.arg(code));
    q.finish();
    return {};
}

Status PolicyRepository::setRedress(const QString &code, const QString &text)
{
    if (code.isEmpty()) {
        QSqlQuery &q = m_db.prepared(text.isEmpty() ? u"DELETE FROM meta WHERE key = 'dsa_redress'"_s
                                                    : u"INSERT INTO meta (key, value) VALUES ('dsa_redress', ?) "
                                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        if (!text.isEmpty())
            sql::bindAll(q, {text});
        if (!q.exec())
            return m_db.errorFrom(q, u"setting the redress of every policy"_s);
        q.finish();
        return {};
    }
    auto policy = findByCode(code);
    if (!policy)
        return policy.error();
    if (!*policy)
        return Error::rejected(u"there is no policy %1"_s.arg(code));
    QSqlQuery &q = m_db.prepared(u"UPDATE policy_dsa SET redress = ? WHERE policy_id = ?"_s);
    sql::bindAll(q, {text, (*policy)->id});
    if (!q.exec())
        return m_db.errorFrom(q, u"setting the redress of policy %1"_s.arg(code));
    const bool found = q.numRowsAffected() > 0;
    q.finish();
    if (!found)
        return Error::rejected(u"policy %1 has no DSA defaults to add a redress text to"_s.arg(code));
    return {};
}

} // namespace adreview
