#include "SyncCommands.h"

#include "CommandContext.h"
#include "ProgressLine.h"
#include "ServerLogin.h"
#include "domain/EventHash.h"
#include "storage/Quarantine.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"
#include "team/ServerSync.h"

#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

int runExport(const QStringList &arguments)
{
    CommandContext ctx(u"sync export"_s,
                       u"Write the events this database holds, with the cases, evidence and advertisers they need, "
                       "into a sync bundle for another machine."_s);
    ctx.parser().addOption({{u"o"_s, u"output"_s},
                            u"The bundle file to write, e.g. laptop-2.adrbundle (any name is accepted)."_s,
                            u"file"_s});
    ctx.parser().addOption({u"since"_s,
                            u"Only events not in this earlier bundle, or at or after this time "
                            "(YYYY-MM-DD or ISO 8601 UTC)."_s,
                            u"bundle-or-time"_s});
    ctx.addQuietOption();
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    if (!ctx.parser().isSet(u"output"_s))
        return ctx.usage(u"sync export needs -o BUNDLE"_s);
    SyncBundle::Selection selection;
    if (ctx.parser().isSet(u"since"_s)) {
        const QString since = ctx.parser().value(u"since"_s);
        if (QFileInfo::exists(since)) {
            selection.sinceBundle = since;
        } else {
            QDateTime t = QDateTime::fromString(since, Qt::ISODateWithMs);
            if (!t.isValid()) {
                const QDate day = QDate::fromString(since, Qt::ISODate);
                if (day.isValid())
                    t = QDateTime(day, QTime(0, 0), Qt::UTC);
            }
            if (!t.isValid())
                return ctx.usage(u"--since %1: neither a bundle file nor a time (YYYY-MM-DD or "
                                 "YYYY-MM-DDTHH:MM:SSZ)"_s.arg(since));
            selection.sinceTime = t.toUTC();
        }
    }
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    SystemClock clock;
    const QString output = ctx.parser().value(u"output"_s);
    ProgressLine line(u"exporting %1"_s.arg(QFileInfo(output).fileName()), ctx.quiet(), ProgressLine::Unit::Records,
                      u"events"_s);
    auto report = SyncBundle::write(**db, ctx.identity(), clock, output, selection,
                                    line.enabled() ? line.callback() : WorkProgress());
    line.finish();
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << "wrote " << report->summary() << '\n';
    return ctx.done();
}

int runImport(const QStringList &arguments)
{
    CommandContext ctx(u"sync import"_s,
                       u"Merge sync bundles from other machines. Each bundle is merged whole or not at all; "
                       "a bundle already merged changes nothing."_s);
    ctx.parser().addOption({u"trust-new-devices"_s,
                            u"Trust the devices the bundles bring that this database does not know yet (check "
                            "their key fingerprints with their owners first); without it such a bundle is refused, "
                            "naming them."_s});
    ctx.addQuietOption();
    if (auto stop = ctx.parse(arguments, u"BUNDLE..."_s))
        return *stop;
    if (ctx.positional().isEmpty())
        return ctx.usage(u"sync import needs at least one bundle"_s);
    // A new laptop starts from a bundle: the database is created when it does not exist.
    auto db = ctx.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    SyncMerge merge(**db);
    if (ctx.parser().isSet(u"trust-new-devices"_s))
        merge.trustNewDevices(ctx.identity().reviewer);
    const int status = ctx.forEachFile([&](const QString &file) -> Result<QString> {
        ProgressLine line(u"merging %1"_s.arg(QFileInfo(file).fileName()), ctx.quiet());
        merge.setProgress(line.enabled() ? line.callback() : WorkProgress());
        auto report = merge.importFile(file);
        merge.setProgress({}); // the line ends with this file
        line.finish();
        if (!report)
            return report.error();
        return report->summary();
    });
    return ctx.discardIfNothingStored(*db, status);
}

} // namespace

int runServer(const QStringList &arguments)
{
    CommandContext ctx(u"sync"_s,
                       u"Sync with the team server: send what it lacks of this laptop's own devices, then take "
                       "what this laptop lacks, in batches; safe to stop and run again."_s);
    ctx.parser().addOption(
        {u"server"_s, u"The team's PostgreSQL server (libpq URL or key=value string)."_s, u"address"_s});
    ctx.parser().addOption({u"push-only"_s, u"Only send."_s});
    ctx.parser().addOption({u"pull-only"_s, u"Only take."_s});
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    if (ctx.parser().isSet(u"push-only"_s) && ctx.parser().isSet(u"pull-only"_s))
        return ctx.usage(u"--push-only and --pull-only exclude each other"_s);
    // A new laptop joins by pulling into a new file.
    auto db = ctx.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    auto server = connectToServer(ctx.parser().value(u"server"_s));
    if (!server)
        return ctx.discardIfNothingStored(*db, ctx.fail(server.error()));
    ServerSync sync(**db, **server);
    if (auto ok = sync.connect(); !ok)
        return ctx.discardIfNothingStored(*db, ctx.fail(ok.error()));
    ServerSync::Report total;
    std::optional<Error> pushRefused; // what the push was refused for: the pull goes on, then it is told
    if (!ctx.parser().isSet(u"pull-only"_s)) {
        auto pushed = sync.push();
        if (!pushed && pushed.error().kind != ErrorKind::Rejected)
            return ctx.discardIfNothingStored(*db, ctx.fail(pushed.error()));
        if (!pushed)
            pushRefused = pushed.error();
        total.eventsPushed = sync.lastPush().eventsPushed;
        total.casesPushed = sync.lastPush().casesPushed;
    }
    if (!ctx.parser().isSet(u"push-only"_s)) {
        auto pulled = sync.pull();
        if (!pulled)
            return ctx.discardIfNothingStored(*db, ctx.fail(pulled.error()));
        total.eventsPulled = pulled->eventsPulled;
        total.newConflicts = pulled->newConflicts;
        total.eventsHeld = pulled->eventsHeld;
        total.eventsWaiting = pulled->eventsWaiting;
        total.heldNow = pulled->heldNow;
        total.refused = pulled->refused;
    }
    ctx.out() << (*server)->displayAddress() << ": " << total.summary() << '\n';
    if (pushRefused)
        return ctx.fail(*pushRefused);
    return ctx.done();
}

int runQuarantine(const QStringList &arguments)
{
    CommandContext ctx(u"sync --quarantine"_s,
                       u"List the events the team server sent that this laptop refuses: each with why, and the "
                       "events that follow one, kept aside and never merged."_s);
    ctx.parser().addOption({u"quarantine"_s, u"List the events set aside."_s});
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    auto held = Quarantine(**db).all();
    if (!held)
        return ctx.fail(held.error());
    if (held->isEmpty()) {
        ctx.out() << "no events set aside\n";
        return ctx.done();
    }
    for (const HeldEvent &h : std::as_const(*held)) {
        const Event &e = h.event;
        ctx.out() << e.caseRef << '\t' << e.action << " by " << e.reviewer << " on " << e.device << " #" << e.seq
                  << " at " << EventHash::formatTime(e.at) << " (" << e.uuid << "): " << h.reason << '\n';
    }
    ctx.out() << held->size() << (held->size() == 1 ? " event" : " events") << " set aside\n";
    return ctx.done();
}

int runSync(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == u"export")
        return runExport(arguments.mid(1));
    if (what == u"import")
        return runImport(arguments.mid(1));
    if (arguments.contains(u"--quarantine"_s))
        return runQuarantine(arguments);
    if (what.startsWith(u"--server"_s) || arguments.contains(u"--server"_s))
        return runServer(arguments);
    CommandContext ctx(u"sync"_s, QString());
    if (what == u"--help" || what == u"-h") {
        ctx.out() << "Usage: adreview sync export --db PATH -o BUNDLE [--since BUNDLE_OR_TIME] [--quiet]\n"
                     "       adreview sync import --db PATH [--trust-new-devices] [--quiet] BUNDLE ...\n"
                     "       adreview sync --server ADDRESS --db PATH [--push-only|--pull-only]\n"
                     "       adreview sync --quarantine --db PATH\n";
        return ctx.done();
    }
    if (what.isEmpty() || what.startsWith(u"--"_s))
        return ctx.usage(u"sync needs 'export', 'import', --server ADDRESS or --quarantine"_s);
    return ctx.usage(u"unknown sync command '%1' (use export, import, --server or --quarantine)"_s.arg(what));
}

} // namespace adreview::cli
