#pragma once

#include <QStringList>

namespace adreview::cli {

// adreview backup: a consistent copy now, or the list of copies kept.
int runBackup(const QStringList &arguments);
// adreview restore: a kept copy (the latest, or --from FILE) in place of the database.
int runRestore(const QStringList &arguments);

} // namespace adreview::cli
