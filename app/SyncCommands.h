#pragma once

#include <QStringList>

namespace adreview::cli {

// adreview sync export --db PATH -o BUNDLE [--since BUNDLE_OR_TIME]
// adreview sync import --db PATH BUNDLE ...
int runSync(const QStringList &arguments);

} // namespace adreview::cli
