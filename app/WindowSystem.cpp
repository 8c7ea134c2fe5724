#include "WindowSystem.h"

#include <QList>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

struct HeldMessage {
    QtMsgType type;
    QByteArray category;
    QString text;
};

QtMessageHandler previousHandler = nullptr;
QList<HeldMessage> held;

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void whileStarting(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtFatalMsg) {
        // The only fatal message while QApplication starts is the platform plugin's: nothing to
        // draw on. Exit here rather than return, which would abort.
        std::fprintf(stderr, "%s\n", WindowSystem::failureMessage().toLocal8Bit().constData());
        std::fflush(stderr);
        std::_Exit(2);
    }
    const QByteArray category(context.category ? context.category : "");
    if (category.startsWith("qt.qpa")) {
        held.append({type, category, text});
        return;
    }
    previousHandler(type, context, text);
}

} // namespace

void WindowSystem::prepare(bool screenshotOnly)
{
    if (screenshotOnly && !hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

WindowSystem::WindowSystem()
{
    held.clear();
    previousHandler = qInstallMessageHandler(whileStarting);
}

WindowSystem::~WindowSystem()
{
    qInstallMessageHandler(previousHandler);
    // Started: the plugin's warnings (a missing keyboard extension, say) go where they would have.
    for (const HeldMessage &m : std::as_const(held)) {
        const QMessageLogContext context(nullptr, 0, nullptr, m.category.constData());
        previousHandler(m.type, context, m.text);
    }
    held.clear();
}

QString WindowSystem::failureMessage()
{
    const QString howElse =
        u"run it under a virtual X server (xvfb-run -a adreview ...) or save a picture of the window "
        "with --screenshot FILE.png"_s;
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return u"adreview: error: cannot open the window on the platform '%1' (QT_QPA_PLATFORM); %2"_s.arg(platform,
                                                                                                           howElse);
    if (!hasDisplay())
        return u"adreview: error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "_s +
               howElse;
    QStringList displays;
    if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        displays << u"WAYLAND_DISPLAY=%1"_s.arg(qEnvironmentVariable("WAYLAND_DISPLAY"));
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        displays << u"DISPLAY=%1"_s.arg(qEnvironmentVariable("DISPLAY"));
    return u"adreview: error: cannot reach the display (%1); %2"_s.arg(displays.join(u", "_s), howElse);
}

} // namespace adreview::cli
