#include "DeviceCommands.h"

#include "CommandContext.h"
#include "domain/Clock.h"
#include "domain/EventHash.h"
#include "review/DeviceKeys.h"
#include "review/ReviewService.h"
#include "storage/DeviceRepository.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

int runShow(const QStringList &arguments)
{
    CommandContext ctx(u"device show"_s,
                       u"Print this device's id, the reviewer it records and the fingerprint of its signing key "
                       "(kept in the user's data folder, or ADREVIEW_KEY_DIR)."_s);
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    const Identity who = ctx.identity();
    const DeviceKeys keys;
    auto key = keys.load(who.device);
    if (!key)
        return ctx.fail(key.error());
    ctx.out() << "device:      " << who.device << '\n' << "reviewer:    " << who.reviewer << '\n';
    if (!*key) {
        ctx.out() << "key:         none yet (made with this device's first signed decision)\n"
                  << "key file:    " << QDir::toNativeSeparators(keys.path(who.device)) << '\n';
        return ctx.done();
    }
    ctx.out() << "key:         " << (*key)->fingerprint() << " (Ed25519)\n"
              << "key file:    " << QDir::toNativeSeparators(keys.path(who.device)) << '\n';
    if ((*key)->reviewer() != who.reviewer) {
        ctx.out().flush();
        return ctx.fail(
            Error::rejected(u"this device's key belongs to reviewer %1, not %2: a key is bound to one "
                            "reviewer; use another device id to decide as %2"_s.arg((*key)->reviewer(), who.reviewer)));
    }
    return ctx.done();
}

int runList(const QStringList &arguments)
{
    CommandContext ctx(u"device list"_s,
                       u"List the devices this database trusts: each one's reviewer, key fingerprint, who trusted "
                       "it and when, and whether it was revoked."_s);
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    auto devices = DeviceRepository(**db).all();
    if (!devices)
        return ctx.fail(devices.error());
    for (const DeviceRecord &d : std::as_const(*devices)) {
        ctx.out() << d.device << '\t' << (d.reviewer.isEmpty() ? u"-"_s : d.reviewer) << '\t'
                  << (d.signs() ? d.fingerprint() : u"unsigned (from before signing)"_s) << '\t';
        if (d.trustedBy.isEmpty() && d.trustedAt.isNull())
            ctx.out() << "not trusted";
        else
            ctx.out() << "trusted by " << d.trustedBy << " at " << EventHash::formatTime(d.trustedAt);
        if (d.revokedAfter)
            ctx.out() << "\trevoked after #" << *d.revokedAfter << " by " << d.revokedBy;
        ctx.out() << '\n';
    }
    return ctx.done();
}

int runRevoke(const QStringList &arguments)
{
    CommandContext ctx(u"device revoke"_s,
                       u"Revoke a device (a lost laptop, a reviewer who left): its events after a position in its "
                       "chain are refused from now on, here and, once synced, everywhere. Signed with this "
                       "device's key."_s);
    ctx.parser().addOption({u"after"_s,
                            u"The last of its events that stays valid, by position in its chain (default: the last "
                            "one this database holds)."_s,
                            u"seq"_s});
    ctx.parser().addOption({u"reason"_s, u"Why, for the record."_s, u"text"_s});
    if (auto stop = ctx.parse(arguments, u"DEVICE"_s))
        return *stop;
    if (ctx.positional().size() != 1)
        return ctx.usage(u"device revoke needs one device id"_s);
    std::optional<qint64> after;
    if (ctx.parser().isSet(u"after"_s)) {
        bool ok = false;
        after = ctx.parser().value(u"after"_s).toLongLong(&ok);
        if (!ok || *after < 0)
            return ctx.usage(u"--after must be a position from 0"_s);
    }
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    SystemClock clock;
    ReviewService review(**db, clock, ctx.identity());
    auto revoked = review.revoke(ctx.positional().first(), after, ctx.parser().value(u"reason"_s));
    if (!revoked)
        return ctx.fail(revoked.error());
    ctx.out() << "revoked " << revoked->device << ": its events after #" << revoked->lastValidSeq
              << " are refused (signed by " << revoked->byDevice << ")\n";
    return ctx.done();
}

} // namespace

int runDevice(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == u"show")
        return runShow(arguments.mid(1));
    if (what == u"list")
        return runList(arguments.mid(1));
    if (what == u"revoke")
        return runRevoke(arguments.mid(1));
    CommandContext ctx(u"device"_s, QString());
    if (what == u"--help" || what == u"-h") {
        ctx.out() << "Usage: adreview device show [--reviewer NAME] [--device ID]\n"
                     "       adreview device list --db PATH\n"
                     "       adreview device revoke --db PATH DEVICE [--after SEQ] [--reason TEXT]\n";
        return ctx.done();
    }
    return ctx.usage(what.isEmpty() ? u"device needs 'show', 'list' or 'revoke'"_s
                                    : u"unknown device command '%1' (use show, list or revoke)"_s.arg(what));
}

} // namespace adreview::cli
