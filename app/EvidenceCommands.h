#pragma once

#include <QStringList>

namespace adreview::cli {

// `evidence revise`: records a later revision of an evidence item (an advisory rescinded or
// superseded, a corrected title or excerpt, a retracted story), and with --everywhere of the same
// item in every other case that holds it.
int runEvidence(const QStringList &arguments);

} // namespace adreview::cli
