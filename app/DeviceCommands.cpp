#include "DeviceCommands.h"

#include "CommandContext.h"
#include "review/DeviceKeys.h"

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

} // namespace

int runDevice(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    if (what == u"show")
        return runShow(arguments.mid(1));
    CommandContext ctx(u"device"_s, QString());
    if (what == u"--help" || what == u"-h") {
        ctx.out() << "Usage: adreview device show [--reviewer NAME] [--device ID]\n";
        return ctx.done();
    }
    return ctx.usage(what.isEmpty() ? u"device needs 'show'"_s : u"unknown device command '%1' (use show)"_s.arg(what));
}

} // namespace adreview::cli
