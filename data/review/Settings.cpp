#include "review/Settings.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

struct KeyInfo {
    Settings::Key key;
    const char *name;
};

constexpr KeyInfo keys[] = {
    {Settings::Key::Reviewer, "identity/reviewer"},
    {Settings::Key::Device, "identity/device"},
    {Settings::Key::LastDatabase, "files/lastDatabase"},
    {Settings::Key::RecentDatabases, "files/recentDatabases"},
    {Settings::Key::WindowGeometry, "window/geometry"},
    {Settings::Key::WindowState, "window/state"},
    {Settings::Key::SplitterState, "window/splitter"},
    {Settings::Key::QueueHeaderState, "window/queueHeader"},
    {Settings::Key::QueueHeaderTitles, "window/queueHeaderTitles"},
    {Settings::Key::LastFilter, "queue/filter"},
    {Settings::Key::Language, "ui/language"},
    {Settings::Key::SavedViews, "queue/savedViews"},
};

} // namespace

Settings::Settings(const QString &fileName)
    : m_settings(fileName.isEmpty() ? std::make_unique<QSettings>(u"AdReview"_s, u"AdReview"_s)
                                    : std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    for (const KeyInfo &info : keys) {
        if (info.key == key)
            return QString::fromLatin1(info.name);
    }
    Q_UNREACHABLE();
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Reviewer: {
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        return user.isEmpty() ? u"reviewer"_s : user;
    }
    case Key::Device: {
        const QString host = QSysInfo::machineHostName();
        return host.isEmpty() ? u"this-device"_s : host;
    }
    case Key::RecentDatabases:
        return QStringList();
    case Key::LastDatabase:
    case Key::WindowGeometry:
    case Key::WindowState:
    case Key::SplitterState:
    case Key::QueueHeaderState:
    case Key::QueueHeaderTitles:
    case Key::LastFilter:
        return {};
    case Key::SavedViews:
        return QVariantList();
    case Key::Language:
        return QString();
    }
    return {};
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace adreview
