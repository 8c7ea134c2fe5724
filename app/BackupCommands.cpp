#include "BackupCommands.h"

#include "CommandContext.h"
#include "ProgressLine.h"
#include "storage/Backups.h"
#include "storage/ServerMarks.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview::cli {

int runBackup(const QStringList &arguments)
{
    CommandContext ctx(u"backup"_s,
                       u"Copy the database, consistently, into the folder beside it (FILE.backups), keeping the "
                       "newest copies; or list them."_s);
    ctx.parser().addOption({u"keep"_s, u"How many copies to keep (default 7)."_s, u"n"_s, u"7"_s});
    ctx.parser().addOption({u"list"_s, u"List the copies kept, newest first, instead of making one."_s});
    ctx.addQuietOption();
    if (auto stop = ctx.parse(arguments))
        return *stop;
    bool ok = false;
    const int keep = ctx.parser().value(u"keep"_s).toInt(&ok);
    if (!ok || keep < 1 || keep > 1000)
        return ctx.usage(u"--keep takes a number from 1 to 1000"_s);
    if (!ctx.parser().isSet(u"db"_s))
        return ctx.usage(u"backup needs --db PATH"_s);
    const Backups backups(ctx.parser().value(u"db"_s), keep);
    if (ctx.parser().isSet(u"list"_s)) {
        for (const Backups::Copy &c : backups.list())
            ctx.out() << c.made.toString(u"yyyy-MM-dd HH:mm:ss"_s) << " UTC  " << c.reason << "  " << c.path << '\n';
        return ctx.done();
    }
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    ProgressLine line(u"backing up %1"_s.arg(QFileInfo((*db)->path()).fileName()), ctx.quiet(),
                      ProgressLine::Unit::Bytes);
    auto made = backups.make(**db, u"manual"_s, line.enabled() ? line.callback() : WorkProgress());
    line.finish();
    if (!made)
        return ctx.fail(made.error());
    ctx.out() << *made << '\n';
    return ctx.done();
}

int runRestore(const QStringList &arguments)
{
    CommandContext ctx(u"restore"_s,
                       u"Put a backup in place of the database (the latest kept, or --from FILE). The file it "
                       "replaces is kept beside it as FILE.replaced-TIME."_s);
    ctx.parser().addOption({u"from"_s, u"The backup to restore (default: the latest in FILE.backups)."_s, u"file"_s});
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.parser().isSet(u"db"_s))
        return ctx.usage(u"restore needs --db PATH"_s);
    const QString path = ctx.parser().value(u"db"_s);
    QString from = ctx.parser().value(u"from"_s);
    if (from.isEmpty()) {
        const auto latest = Backups(path).latest();
        if (!latest)
            return ctx.fail(Error::rejected(u"%1: no backups in %2"_s.arg(path, Backups(path).folder())));
        from = latest->path;
    }
    auto kept = Backups::restore(path, from);
    if (!kept)
        return ctx.fail(kept.error());
    ctx.out() << "restored " << path << " from " << from << '\n';
    if (!kept->isEmpty())
        ctx.out() << "the file it replaced is kept as " << *kept << '\n';
    // A file that syncs with a team server (as the one replaced did, or the backup) goes on from
    // what the server holds: what its devices sent after the backup was made is there, and a
    // decision made first would part from it.
    for (const QString &file : {*kept, path}) {
        if (const QString server = file.isEmpty() ? QString() : ServerMarks::syncedServerOf(file); !server.isEmpty()) {
            ctx.out() << "this file syncs with the team server " << server
                      << ": sync before deciding, so that its devices go on from what the server holds\n";
            break;
        }
    }
    return ctx.done();
}

} // namespace adreview::cli
