#include "team/TeamAdmin.h"

#include "team/ServerConnection.h"
#include "team/TeamSchema.h"

using namespace Qt::StringLiterals;

namespace adreview {

Status TeamAdmin::checkName(const QString &name)
{
    if (name.isEmpty())
        return Error::usage(u"a reviewer needs a name"_s);
    if (name.toUtf8().size() > 63)
        return Error::usage(
            u"the reviewer name %1 is longer than PostgreSQL's 63 bytes for a login"_s.arg(name.left(80)));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Error::usage(u"the reviewer name %1 holds a control character"_s.arg(name.left(80)));
    }
    if (name != name.trimmed())
        return Error::usage(u"the reviewer name \"%1\" starts or ends with a space"_s.arg(name));
    if (name.startsWith(u"pg_"_s) || name.startsWith(u"adreview_"_s))
        return Error::usage(u"the reviewer name %1 is kept for PostgreSQL's or AdReview's own roles"_s.arg(name));
    return {};
}

Status TeamAdmin::addReviewer(const QString &name, bool lead, const QString &password)
{
    if (auto ok = checkName(name); !ok)
        return ok;
    if (auto ok = TeamSchema::check(m_server); !ok)
        return ok;
    const QString what = u"adding reviewer %1"_s.arg(name);
    QString verifier;
    if (!password.isEmpty()) {
        auto hashed = m_server.encryptPassword(name, password);
        if (!hashed)
            return hashed.error();
        verifier = *hashed;
    }
    if (auto ok = m_server.begin(what); !ok)
        return ok;
    const auto fail = [this](const Error &e) -> Status {
        m_server.rollback();
        return e;
    };
    if (auto locked = m_server.exec(u"SELECT pg_advisory_xact_lock(hashtext('adreview.admin'))"_s, {}, what); !locked)
        return fail(locked.error());
    auto exists = m_server.exec(u"SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1)"_s, {name}, what);
    if (!exists)
        return fail(exists.error());
    if (exists->text(0, 0) == u"t")
        return fail(
            Error::rejected(u"a role named %1 exists on the server already: AdReview makes a new login for each "
                            "reviewer and does not take over an existing one"_s.arg(name)));
    // The DDL is written by the server's own format(), so the name is quoted as an identifier and
    // the password verifier as a literal, whatever they hold.
    auto ddl = m_server.exec(
        u"SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
        "INHERIT IN ROLE %I', $1::text, $2::text) || CASE WHEN $3::text IS NULL THEN '' "
        "ELSE format(' PASSWORD %L', $3::text) END"_s,
        {name, lead ? u"adreview_leads"_s : u"adreview_reviewers"_s,
         verifier.isEmpty() ? ServerConnection::Value() : ServerConnection::Value(verifier)},
        what);
    if (!ddl)
        return fail(ddl.error());
    if (auto ok = m_server.run(ddl->text(0, 0), what); !ok)
        return fail(ok.error());
    if (auto ok = m_server.exec(u"INSERT INTO adreview.reviewers (role, reviewer) VALUES ($1::text, $1::text)"_s,
                                {name}, what);
        !ok)
        return fail(ok.error());
    return m_server.commit(what);
}

Status TeamAdmin::disableReviewer(const QString &name)
{
    if (auto ok = TeamSchema::check(m_server); !ok)
        return ok;
    const QString what = u"disabling reviewer %1"_s.arg(name);
    if (auto ok = m_server.begin(what); !ok)
        return ok;
    const auto fail = [this](const Error &e) -> Status {
        m_server.rollback();
        return e;
    };
    auto marked = m_server.exec(u"UPDATE adreview.reviewers SET disabled_at = now() WHERE role = $1 AND disabled_at IS "
                                "NULL RETURNING role"_s,
                                {name}, what);
    if (!marked)
        return fail(marked.error());
    if (marked->size() == 0) {
        auto known = m_server.exec(u"SELECT disabled_at FROM adreview.reviewers WHERE role = $1"_s, {name}, what);
        if (!known)
            return fail(known.error());
        if (known->size() == 0)
            return fail(Error::rejected(u"%1 is not a reviewer of this team"_s.arg(name)));
        m_server.rollback();
        return {}; // disabled already
    }
    auto ddl = m_server.exec(u"SELECT format('ALTER ROLE %I NOLOGIN', $1::text)"_s, {name}, what);
    if (!ddl)
        return fail(ddl.error());
    if (auto ok = m_server.run(ddl->text(0, 0), what); !ok)
        return fail(ok.error());
    if (auto ok = m_server.commit(what); !ok)
        return ok;
    // Connections open now would go on until they close; end them where the admin may.
    (void)m_server.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1"_s, {name},
                        u"ending the connections of %1"_s.arg(name));
    return {};
}

Result<QList<TeamAdmin::Reviewer>> TeamAdmin::reviewers()
{
    auto rows = m_server.exec(u"SELECT r.role, pg_has_role(r.role, 'adreview_leads', 'MEMBER'), r.added_by, "
                              "extract(epoch FROM r.added_at) * 1000, extract(epoch FROM r.disabled_at) * 1000 "
                              "FROM adreview.reviewers r ORDER BY r.role"_s,
                              {}, u"listing the team's reviewers"_s);
    if (!rows)
        return rows.error();
    QList<Reviewer> out;
    for (int i = 0; i < rows->size(); ++i) {
        Reviewer r;
        r.role = rows->text(i, 0);
        r.lead = rows->text(i, 1) == u"t";
        r.addedBy = rows->text(i, 2);
        r.addedAt = QDateTime::fromMSecsSinceEpoch(qint64(rows->text(i, 3).toDouble()), Qt::UTC);
        if (!rows->isNull(i, 4))
            r.disabledAt = QDateTime::fromMSecsSinceEpoch(qint64(rows->text(i, 4).toDouble()), Qt::UTC);
        out.append(r);
    }
    return out;
}

} // namespace adreview
