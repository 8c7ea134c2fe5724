#include "Identity.h"

#include "Settings.h"

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

} // namespace

Identity Identity::resolve(const QString &reviewerOption, const QString &deviceOption, const Settings &settings)
{
    return {pick(reviewerOption, "ADREVIEW_REVIEWER", settings, Settings::Key::Reviewer),
            pick(deviceOption, "ADREVIEW_DEVICE", settings, Settings::Key::Device)};
}

} // namespace adreview
