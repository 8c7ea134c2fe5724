#pragma once

#include "reports/Report.h"

#include <functional>

namespace adreview {

class ReportWords;

// Called now and then during an export with rows written so far and the total; returning false
// cancels it. A cancelled or failed export leaves no file (and an existing file as it was).
using ReportProgress = std::function<bool(qint64 done, qint64 total)>;

enum class ReportFormat { Csv, Json, Html, Pdf };

class ReportEngine;

// One row of the report-format table, which the command line (its --format words, help and
// messages), the window's format list and the export dispatch read. A new format is a row here,
// its writer, and its label in the window's translations (ReportsDialog).
struct ReportFormatInfo {
    ReportFormat format;
    QString name; // the --format word and the file suffix: csv
    // The writer of a format made here; PDF is drawn with Qt Charts by the window's code
    // (exportPdfReport), so its row has none.
    Status (*write)(ReportEngine &, const ReportFilter &, const QString &, const ReportProgress &) = nullptr;
    bool summaryOnly = false; // may leave the decision rows out (--summary-only)
};
// In the order the window and the help list them: csv, pdf, html, json.
const QList<ReportFormatInfo> &reportFormats();
const ReportFormatInfo &reportFormatInfo(ReportFormat format);
// "csv", "json", "html", "pdf"; nullopt for anything else.
std::optional<ReportFormat> reportFormatFromName(const QString &name);
QString reportFormatName(ReportFormat format);
// The names joined for a message: "csv, pdf, html or json", or with `separator` between all.
QString reportFormatNames(const QString &separator = {});

// The text formats, written through QSaveFile. PDF needs Qt Charts and lives in the ui layer.
// CSV: RFC 4180, UTF-8 with BOM, CRLF, a header row, one row per decision (cited evidence in
// one cell, "EV-4 news-citation The Moscow Times <hash>; …"). JSON: the schema in
// data/report.schema.json. HTML: one self-contained file, every outside text escaped.
// One CSV cell of text, quoted when it must be; a cell a spreadsheet would run as a formula (one
// beginning with = + - @, a tab or a carriage return) gets a leading apostrophe.
void appendCsvText(QByteArray &out, const QString &text);

Status writeCsvReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                      const ReportProgress &progress = {});
Status writeJsonReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                       const ReportProgress &progress = {});
Status writeHtmlReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                       const ReportProgress &progress = {});
// The same in the words given (the window's, in its reader's language); the one above is English.
Status writeHtmlReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                       const ReportProgress &progress, const ReportWords &words);

} // namespace adreview
