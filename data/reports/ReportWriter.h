#pragma once

#include "reports/Report.h"

#include <functional>

namespace adreview {

// Called now and then during an export with rows written so far and the total; returning false
// cancels it. A cancelled or failed export leaves no file (and an existing file as it was).
using ReportProgress = std::function<bool(qint64 done, qint64 total)>;

enum class ReportFormat { Csv, Json, Html, Pdf };
// "csv", "json", "html", "pdf"; nullopt for anything else.
std::optional<ReportFormat> reportFormatFromName(const QString &name);
QString reportFormatName(ReportFormat format);

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

} // namespace adreview
