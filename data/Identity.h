#pragma once

#include <QString>

namespace adreview {

class Settings;

// Who is acting and on which machine; the device names the audit chain an event joins.
struct Identity {
    QString reviewer;
    QString device;

    // The command line's --reviewer/--device win over ADREVIEW_REVIEWER/ADREVIEW_DEVICE, which win
    // over Preferences (whose defaults are the login name and the host name).
    static Identity resolve(const QString &reviewerOption, const QString &deviceOption, const Settings &settings);
};

} // namespace adreview
