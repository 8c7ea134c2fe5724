#pragma once

#include <QStringList>

namespace adreview::cli {

// Commands that fill or check a whole database: demo, import, verify, generate.
int runDemo(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runGenerate(const QStringList &arguments);

} // namespace adreview::cli
