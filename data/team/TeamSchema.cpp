#include "team/TeamSchema.h"

#include "storage/Migrations.h"
#include "team/ServerConnection.h"

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QList<TeamSchema::Step> loadSteps()
{
    QList<TeamSchema::Step> steps;
    for (const Migrations::File &file : Migrations::readFolder(u":/adreview/team-migrations"_s))
        steps.append({file.version, file.name, file.text});
    return steps;
}

// One transaction-wide lock for everything that changes the schema or the team's roles, so two
// admins running `team init` at once take turns.
const QString adminLock = u"SELECT pg_advisory_xact_lock(hashtext('adreview.admin'))"_s;

} // namespace

const QList<TeamSchema::Step> &TeamSchema::steps()
{
    static const QList<Step> all = loadSteps();
    return all;
}

int TeamSchema::latest()
{
    return steps().isEmpty() ? 0 : steps().last().version;
}

Result<int> TeamSchema::version(ServerConnection &server)
{
    auto exists = server.exec(u"SELECT to_regclass('adreview.schema_version') IS NOT NULL"_s, {},
                              u"reading the team schema's version"_s);
    if (!exists)
        return exists.error();
    if (exists->text(0, 0) != u"t")
        return 0;
    auto rows = server.exec(u"SELECT coalesce(max(version), 0) FROM adreview.schema_version"_s, {},
                            u"reading the team schema's version"_s);
    if (!rows)
        return rows.error();
    return int(rows->integer(0, 0));
}

Result<int> TeamSchema::init(ServerConnection &server)
{
    if (server.serverVersion() < 130000)
        return Error::unusable(
            u"the team server runs PostgreSQL %1; AdReview needs 13 or later (Debian 12 has 15)"_s.arg(
                server.serverVersion() / 10000));
    const QString what = u"setting up the team schema on %1"_s.arg(server.displayAddress());
    if (auto ok = server.begin(what); !ok)
        return ok.error();
    const auto fail = [&server](const Error &e) -> Result<int> {
        server.rollback();
        return e;
    };
    if (auto locked = server.exec(adminLock, {}, what); !locked)
        return fail(locked.error());
    auto found = version(server);
    if (!found)
        return fail(found.error());
    if (*found > latest())
        return fail(Error::unusable(u"the team server's schema is version %1, newer than this AdReview knows (%2): "
                                    "update AdReview on this machine"_s.arg(*found)
                                        .arg(latest())));
    // The groups belong to the whole cluster; made once, by the first team's init.
    const QString groups = uR"(DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'adreview_reviewers') THEN
        CREATE ROLE adreview_reviewers NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'adreview_leads') THEN
        CREATE ROLE adreview_leads NOLOGIN IN ROLE adreview_reviewers;
    END IF;
END $$)"_s;
    if (auto ok = server.run(groups, what + u" (the adreview_reviewers and adreview_leads roles; the admin needs "
                                            "CREATEROLE)"_s);
        !ok)
        return fail(ok.error());
    for (const Step &step : steps()) {
        if (step.version <= *found)
            continue;
        const QString stepWhat = u"%1: step %2 (%3)"_s.arg(what).arg(step.version).arg(step.name);
        if (auto ok = server.run(step.script, stepWhat); !ok)
            return fail(ok.error());
        if (auto ok = server.exec(u"INSERT INTO adreview.schema_version (version, name) VALUES ($1, $2)"_s,
                                  {QString::number(step.version), step.name}, stepWhat);
            !ok)
            return fail(ok.error());
    }
    // Only the team may connect: reviewers through their group, the admin as the owner.
    const QString connect = uR"(DO $$
BEGIN
    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO adreview_reviewers', current_database());
END $$)"_s;
    if (auto ok = server.run(connect, what + u" (who may connect)"_s); !ok)
        return fail(ok.error());
    if (auto ok = server.commit(what); !ok)
        return fail(ok.error());
    return *found;
}

Status TeamSchema::check(ServerConnection &server)
{
    auto found = version(server);
    if (!found)
        return found.error();
    if (*found == 0)
        return Error::unusable(u"%1 holds no AdReview team record yet: an admin sets it up with `adreview team init "
                               "--server ADDRESS`"_s.arg(server.displayAddress()));
    if (*found > latest())
        return Error::unusable(u"the team server %1 has schema version %2, newer than this AdReview knows (%3): "
                               "update AdReview on this machine"_s.arg(server.displayAddress())
                                   .arg(*found)
                                   .arg(latest()));
    if (*found < latest())
        return Error::unusable(u"the team server's schema is version %1 and this AdReview needs %2: an admin runs "
                               "`adreview team init --server ADDRESS` to bring it up to date"_s.arg(*found)
                                   .arg(latest()));
    return {};
}

} // namespace adreview
