#pragma once

#include "reports/ReportWriter.h"

#include <QImage>

namespace adreview {

// The two charts of a PDF report, drawn beforehand: Qt Charts works only on the GUI thread,
// while the PDF itself can be written on any thread.
struct PdfCharts {
    QImage policyOutcome; // null without decisions
    QImage perWeek;
};

// Draws the charts of the summary with Qt Charts. GUI thread only.
PdfCharts drawPdfCharts(const ReportSummary &summary);

// Writes the PDF (A4, through OutputFile) from a summary the same engine computed and its charts:
// title block, figures, tables, charts, then unless summaryOnly the decisions table and the
// statements of reasons. Safe on a worker thread with the engine's own connection. Progress
// counts decision rows twice, once fetched and once painted; returning false cancels, and a
// cancelled or failed export leaves no file.
Status writePdfReport(ReportEngine &engine, const ReportSummary &summary, const PdfCharts &charts, const QString &path,
                      const ReportProgress &progress = {}, bool summaryOnly = false);

// The whole export on the GUI thread: summary, charts, PDF.
Status exportPdfReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                       const ReportProgress &progress = {}, bool summaryOnly = false);

} // namespace adreview
