#pragma once

#include <QStringList>

namespace adreview::cli {

// Writing commands: `decide`, `annotate` and `assign`. Each prints the new event's id once it
// is committed.
int runDecide(const QStringList &arguments);
int runAnnotate(const QStringList &arguments);
int runPolicy(const QStringList &arguments);
int runAssign(const QStringList &arguments);

} // namespace adreview::cli
