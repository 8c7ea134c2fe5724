#pragma once

#include "reports/Report.h"
#include "reports/pdf/PdfTable.h"
#include "reports/pdf/ReportPdf.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace adreview {

class PdfCanvas;

// The contents of a PDF decision report in reading order. layout() runs twice over the same
// fetched data, once to count the pages and once to paint them, so both runs agree.
class PdfReportDocument {
    Q_DECLARE_TR_FUNCTIONS(adreview::PdfReportDocument)

public:
    PdfReportDocument(const ReportSummary &summary, const PdfCharts &charts, bool summaryOnly);

    // Keeps a decision for the table, measured on the canvas (which need not paint).
    void addDecision(const PdfCanvas &canvas, const DecisionRow &row);
    void setStatements(QList<StatementOfReasons> statements) { m_statements = std::move(statements); }
    qint64 rowCount() const { return qint64(m_rows.size()); }

    // Every page; rowDone(n) after each decision row, false to stop (layout() then returns false).
    bool layout(PdfCanvas &canvas, const std::function<bool(qint64 rows)> &rowDone);

    // "3.5 h", "12.0 d", or "—" for a negative span.
    static QString duration(qint64 ms);

    // A table cell longer than this many lines is cut short with "…"; a row stays within a page.
    static constexpr int maxRowLines = 40;

private:
    struct Row {
        QStringList cells;
        double height = 0;
    };

    void title(PdfCanvas &c) const;
    void keyFigures(PdfCanvas &c) const;
    void tables(PdfCanvas &c, bool overview) const;
    void charts(PdfCanvas &c) const;
    bool decisions(PdfCanvas &c, const std::function<bool(qint64 rows)> &rowDone);
    void statements(PdfCanvas &c) const;
    void statement(PdfCanvas &c, const StatementOfReasons &s) const;
    void decision(PdfCanvas &c, const StatementOfReasons &s) const;
    void disputedSides(PdfCanvas &c, const StatementOfReasons &s) const;
    void dsaStatement(PdfCanvas &c, const StatementOfReasons &s) const;
    void heading(PdfCanvas &c, const QString &text) const;
    void keyValue(PdfCanvas &c, const QString &key, const QString &value) const;
    PdfTable decisionTable(double x) const;

    ReportSummary m_summary;
    PdfCharts m_charts;
    bool m_summaryOnly;
    std::vector<Row> m_rows;
    QList<StatementOfReasons> m_statements;
};

} // namespace adreview
