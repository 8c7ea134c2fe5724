#pragma once

#include <QStringList>

namespace adreview::cli {

// Reading commands: `cases` lists, `show` prints one case with its evidence and history.
int runCases(const QStringList &arguments);
int runShow(const QStringList &arguments);

} // namespace adreview::cli
