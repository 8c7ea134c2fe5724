#pragma once

#include "reports/Report.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

#include <functional>

class QChart;
class QPalette;

namespace adreview {

// The charts of decision reports, built with Qt Charts, for the PDF (rendered to images) and the
// dashboard (shown in chart views). Qt Charts items are graphics widgets, so everything here
// belongs to the GUI thread.
class ReportCharts {
    Q_DECLARE_TR_FUNCTIONS(adreview::ReportCharts)

public:
    // Decisions per policy, stacked by outcome; null without decisions.
    static QChart *policyOutcome(const QList<PolicyOutcomeCount> &counts, const QString &title);
    // Decisions per week, stacked by outcome: bars for up to barWeeks weeks, lines beyond; bars
    // carry at most maxLabels dates.
    static QChart *perWeek(const QList<WeekCount> &weeks, const QString &title, int maxLabels = 6);
    // One bar per key (backlog by state or by age), lying down.
    // `name` words each row's key for the reader (the keys as they are without it).
    static QChart *counts(const QList<ReportCount> &rows, const QString &title, const QColor &color,
                          const std::function<QString(const QString &)> &name = {});
    // Decided within the SLA against after it.
    static QChart *slaShare(qint64 onTime, qint64 breached, const QString &title);

    // Lays the chart out at logicalSize and paints it widthPx wide on white. Takes the chart.
    static QImage render(QChart *chart, const QSizeF &logicalSize, double widthPx);

    // Charts are styled for paper; on screen their text and lines take the widget's palette,
    // so that they read as well on a dark desktop as on a light one.
    static void followPalette(QChart *chart, const QPalette &palette);
    static QColor outcomeColor(const QString &outcome);
    static QString outcomeName(const QString &outcome); // "Banned", ...
    static QString ageName(const QString &bucket);      // a backlog age bucket: "under 1 day", ...
    static constexpr int barWeeks = 40;

private:
    static void style(QChart *chart, const QString &title);
};

} // namespace adreview
