#include "reports/pdf/ReportPdf.h"

#include "files/OutputFile.h"
#include "reports/ReportCharts.h"
#include "reports/pdf/PdfCanvas.h"
#include "reports/pdf/PdfReportDocument.h"

#include <QChart>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The translation context of this file's messages.
struct ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(adreview::ReportPdf)
};

Error cancelled()
{
    return Error::rejected(ReportPdf::tr("The export was cancelled."));
}

// The charts' layout size; the fonts of Qt Charts are sized for it, the image for print.
const QSizeF chartSize(820, 290);

} // namespace

PdfCharts drawPdfCharts(const ReportSummary &summary)
{
    const double widthPx = PdfCanvas::contentWidth(QPageLayout::Portrait);
    PdfCharts charts;
    if (QChart *chart =
            ReportCharts::policyOutcome(summary.byPolicyOutcome, ReportPdf::tr("Decisions per policy and outcome")))
        charts.policyOutcome = ReportCharts::render(chart, chartSize, widthPx);
    if (!summary.perWeek.isEmpty())
        charts.perWeek = ReportCharts::render(
            ReportCharts::perWeek(summary.perWeek, ReportPdf::tr("Decisions per week")), chartSize, widthPx);
    return charts;
}

Status writePdfReport(ReportEngine &engine, const ReportSummary &summary, const PdfCharts &charts, const QString &path,
                      const ReportProgress &progress, bool summaryOnly)
{
    OutputFile file(path);
    if (auto opened = file.begin(); !opened)
        return opened;
    QPdfWriter writer(&file);
    writer.setResolution(PdfCanvas::dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(ReportPdf::tr("Decision report"));
    writer.setCreator(u"AdReview"_s);

    // Progress counts each decision row twice: fetched and measured, then painted.
    bool stopped = false;
    const auto report = [&](qint64 done, qint64 total) {
        if (progress && !progress(done, std::max(total, done)))
            stopped = true;
        return !stopped;
    };
    if (!report(0, summaryOnly ? 1 : 2 * summary.decisions))
        return cancelled();

    PdfReportDocument document(summary, charts, summaryOnly);
    PdfCanvas measuring(writer, nullptr, 0);
    if (!summaryOnly) {
        qint64 fetched = 0;
        Status rows = engine.forEachDecision(summary.filter, [&](const DecisionRow &row) {
            document.addDecision(measuring, row);
            return ++fetched % 256 != 0 || report(fetched, 2 * summary.decisions);
        });
        if (stopped)
            return cancelled();
        if (!rows)
            return rows.error();
        auto statements = engine.statements(summary.filter);
        if (!statements)
            return statements.error();
        document.setStatements(std::move(*statements));
    }
    const qint64 rows = document.rowCount();
    const qint64 total = summaryOnly ? 1 : 2 * rows;
    if (!report(rows, total))
        return cancelled();

    // First pass: count the pages. Second: paint them, each saying "Page N of M".
    document.layout(measuring, {});
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::rejected(ReportPdf::tr("Cannot write %1: the PDF could not be started").arg(path));
    PdfCanvas canvas(writer, &painter, measuring.page());
    document.layout(canvas, [&](qint64 painted) { return painted % 256 != 0 || report(rows + painted, total); });
    painter.end();
    if (stopped || !report(total, total))
        return cancelled();
    return file.commit();
}

Status exportPdfReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                       const ReportProgress &progress, bool summaryOnly)
{
    if (auto valid = engine.validate(filter); !valid)
        return valid;
    auto summary = engine.summary(filter);
    if (!summary)
        return summary.error();
    return writePdfReport(engine, *summary, drawPdfCharts(*summary), path, progress, summaryOnly);
}

} // namespace adreview
