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

    // What is wrong with the names resolve() would pick, naming where each came from; empty when
    // both may sign an event (the limits an imported name has: at most 200 characters, no line
    // break or other control character).
    static QString problem(const QString &reviewerOption, const QString &deviceOption, const Settings &settings);
};

} // namespace adreview
