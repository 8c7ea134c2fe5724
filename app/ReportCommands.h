#pragma once

#include <QStringList>

namespace adreview::cli {

// adreview report: a decision report as CSV, PDF, HTML or JSON. Needs a QApplication (the PDF's
// charts are drawn with Qt Charts); it never shows a window.
int runReport(const QStringList &arguments);

} // namespace adreview::cli
