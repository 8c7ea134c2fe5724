#include "TeamCommands.h"

#include "CommandContext.h"
#include "ServerLogin.h"
#include "team/TeamAdmin.h"
#include "team/TeamSchema.h"

#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

// A refusal for want of privileges, told as what it means here.
Error asAdmin(Error e, const ServerConnection &server)
{
    if (e.details.contains(u"SQLSTATE 42501"_s))
        e.message += u" (the login %1 is not the team's admin: run this as the owner of the team's database, a "
                     "role that may create roles)"_s.arg(server.user());
    return e;
}

const QCommandLineOption serverOption(u"server"_s,
                                      u"The team's PostgreSQL server: a libpq URL or key=value string "
                                      "(postgresql://host/db?sslmode=verify-full)."_s,
                                      u"address"_s);

// The server's address, or an exit status when it is missing.
std::optional<int> needServer(CommandContext &ctx)
{
    if (ctx.parser().value(serverOption).isEmpty())
        return ctx.usage(u"%1 needs --server ADDRESS"_s.arg(ctx.command()));
    return std::nullopt;
}

int runInit(const QStringList &arguments)
{
    CommandContext ctx(u"team init"_s,
                       u"Create the team's record on a PostgreSQL server, or bring it up to date. Run it as the "
                       "database's owner with the right to create roles."_s);
    ctx.parser().addOption(serverOption);
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (auto stop = needServer(ctx))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    auto server = connectToServer(ctx.parser().value(serverOption));
    if (!server)
        return ctx.fail(server.error());
    auto before = TeamSchema::init(**server);
    if (!before)
        return ctx.fail(before.error());
    if (*before == TeamSchema::latest())
        ctx.out() << "team server " << (*server)->displayAddress() << ": up to date (schema version " << *before
                  << ")\n";
    else if (*before == 0)
        ctx.out() << "team server " << (*server)->displayAddress() << ": set up (schema version "
                  << TeamSchema::latest() << "); add reviewers with `adreview team add-reviewer`\n";
    else
        ctx.out() << "team server " << (*server)->displayAddress() << ": schema upgraded from version " << *before
                  << " to " << TeamSchema::latest() << '\n';
    return ctx.done();
}

// The new login's password: asked twice on a terminal, one line from stdin otherwise.
std::optional<QString> newPassword(CommandContext &ctx, const QString &name)
{
    if (::isatty(STDIN_FILENO)) {
        const auto first = readSecret(u"Password for %1: "_s.arg(name));
        const auto again = readSecret(u"The same password again: "_s);
        if (!first || !again || first->isEmpty() || *first != *again) {
            ctx.fail(Error::usage(u"the two passwords differ or are empty; nothing was changed"_s));
            return std::nullopt;
        }
        return first;
    }
    const QString line = QTextStream(stdin).readLine();
    if (line.isEmpty()) {
        ctx.fail(Error::usage(u"no password on standard input (or give --no-password for a login that "
                              "authenticates otherwise, by certificate or peer)"_s));
        return std::nullopt;
    }
    return line;
}

int runAddReviewer(const QStringList &arguments)
{
    CommandContext ctx(u"team add-reviewer"_s,
                       u"Create a reviewer's own login on the team server, in the reviewers' group (or the leads' "
                       "with --lead). The password is asked for (or read as one line from standard input), sent "
                       "hashed, and kept nowhere by AdReview."_s);
    ctx.parser().addOption(serverOption);
    ctx.parser().addOption({u"lead"_s, u"A lead: may resolve conflicts and revoke others' devices."_s});
    ctx.parser().addOption(
        {u"no-password"_s, u"Make a login without a password (for certificate or peer authentication)."_s});
    if (auto stop = ctx.parse(arguments, u"NAME"_s))
        return *stop;
    if (auto stop = needServer(ctx))
        return *stop;
    if (ctx.positional().size() != 1)
        return ctx.usage(u"team add-reviewer needs one reviewer NAME"_s);
    const QString name = ctx.positional().first();
    if (auto ok = TeamAdmin::checkName(name); !ok)
        return ctx.fail(ok.error());
    auto server = connectToServer(ctx.parser().value(serverOption));
    if (!server)
        return ctx.fail(server.error());
    QString password;
    if (!ctx.parser().isSet(u"no-password"_s)) {
        const auto given = newPassword(ctx, name);
        if (!given)
            return 2;
        password = *given;
    }
    TeamAdmin admin(**server);
    const bool lead = ctx.parser().isSet(u"lead"_s);
    if (auto ok = admin.addReviewer(name, lead, password); !ok)
        return ctx.fail(asAdmin(ok.error(), **server));
    ctx.out() << "added " << (lead ? "lead " : "reviewer ") << name << " to the team server "
              << (*server)->displayAddress() << '\n';
    return ctx.done();
}

int runDisableReviewer(const QStringList &arguments)
{
    CommandContext ctx(u"team disable-reviewer"_s,
                       u"End a reviewer's login on the team server; their events and devices stay in the record."_s);
    ctx.parser().addOption(serverOption);
    if (auto stop = ctx.parse(arguments, u"NAME"_s))
        return *stop;
    if (auto stop = needServer(ctx))
        return *stop;
    if (ctx.positional().size() != 1)
        return ctx.usage(u"team disable-reviewer needs one reviewer NAME"_s);
    auto server = connectToServer(ctx.parser().value(serverOption));
    if (!server)
        return ctx.fail(server.error());
    TeamAdmin admin(**server);
    if (auto ok = admin.disableReviewer(ctx.positional().first()); !ok)
        return ctx.fail(asAdmin(ok.error(), **server));
    ctx.out() << "disabled the login of " << ctx.positional().first() << "; their events stay in the record\n";
    return ctx.done();
}

int runReviewers(const QStringList &arguments)
{
    CommandContext ctx(u"team reviewers"_s, u"List the team's reviewers and leads and whether each login works."_s);
    ctx.parser().addOption(serverOption);
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (auto stop = needServer(ctx))
        return *stop;
    auto server = connectToServer(ctx.parser().value(serverOption));
    if (!server)
        return ctx.fail(server.error());
    if (auto ok = TeamSchema::check(**server); !ok)
        return ctx.fail(ok.error());
    TeamAdmin admin(**server);
    auto all = admin.reviewers();
    if (!all)
        return ctx.fail(asAdmin(all.error(), **server));
    if (all->isEmpty())
        ctx.out() << "no reviewers yet: add them with `adreview team add-reviewer`\n";
    for (const TeamAdmin::Reviewer &r : std::as_const(*all)) {
        ctx.out() << r.role << (r.lead ? " (lead)" : "") << ": added by " << r.addedBy << " on "
                  << r.addedAt.toString(Qt::ISODate);
        if (r.disabledAt.isValid())
            ctx.out() << ", disabled on " << r.disabledAt.toString(Qt::ISODate);
        ctx.out() << '\n';
    }
    return ctx.done();
}

} // namespace

int runTeam(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == u"init")
        return runInit(arguments.mid(1));
    if (what == u"add-reviewer")
        return runAddReviewer(arguments.mid(1));
    if (what == u"disable-reviewer")
        return runDisableReviewer(arguments.mid(1));
    if (what == u"reviewers")
        return runReviewers(arguments.mid(1));
    CommandContext ctx(u"team"_s, QString());
    if (what == u"--help" || what == u"-h") {
        ctx.out() << "Usage: adreview team init --server ADDRESS\n"
                     "       adreview team add-reviewer --server ADDRESS NAME [--lead] [--no-password]\n"
                     "       adreview team disable-reviewer --server ADDRESS NAME\n"
                     "       adreview team reviewers --server ADDRESS\n";
        return ctx.done();
    }
    return ctx.usage(
        what.isEmpty()
            ? u"team needs 'init', 'add-reviewer', 'disable-reviewer' or 'reviewers'"_s
            : u"unknown team command '%1' (use init, add-reviewer, disable-reviewer or reviewers)"_s.arg(what));
}

} // namespace adreview::cli
