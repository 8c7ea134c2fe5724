#pragma once

#include <QStringList>

namespace adreview::cli {

// adreview device show: this device's id, its reviewer and its signing key's fingerprint.
int runDevice(const QStringList &arguments);

} // namespace adreview::cli
