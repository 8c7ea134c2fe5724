#include "review/Identity.h"

#include "domain/EventRules.h"
#include "review/Settings.h"

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString pick(const QString &option, const char *variable, const Settings &settings, Settings::Key key)
{
    if (!option.trimmed().isEmpty())
        return option.trimmed();
    const QString fromEnvironment = qEnvironmentVariable(variable).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return settings.value(key).toString().trimmed();
}

// Where pick() takes the name from, in words.
QString source(const QString &option, const char *variable, const QString &optionName, const QString &preference)
{
    if (!option.trimmed().isEmpty())
        return optionName;
    if (!qEnvironmentVariable(variable).trimmed().isEmpty())
        return QString::fromLatin1(variable);
    return preference;
}

} // namespace

QString Identity::problem(const QString &reviewerOption, const QString &deviceOption, const Settings &settings)
{
    const Identity picked = resolve(reviewerOption, deviceOption, settings);
    if (const QString p = EventRules::nameProblem(picked.reviewer); !p.isEmpty())
        return u"the reviewer name (from %1) %2"_s.arg(
            source(reviewerOption, "ADREVIEW_REVIEWER", u"--reviewer"_s, u"Preferences"_s), p);
    if (const QString p = EventRules::nameProblem(picked.device); !p.isEmpty())
        return u"the device name (from %1) %2"_s.arg(
            source(deviceOption, "ADREVIEW_DEVICE", u"--device"_s, u"Preferences"_s), p);
    return {};
}

Identity Identity::resolve(const QString &reviewerOption, const QString &deviceOption, const Settings &settings)
{
    return {pick(reviewerOption, "ADREVIEW_REVIEWER", settings, Settings::Key::Reviewer),
            pick(deviceOption, "ADREVIEW_DEVICE", settings, Settings::Key::Device)};
}

} // namespace adreview
