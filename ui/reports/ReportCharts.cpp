#include "reports/ReportCharts.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QStringList outcomes{u"banned"_s, u"cleared"_s, u"reinstated"_s};

// A count axis with whole-number ticks: 0 to a round number above max.
QValueAxis *countAxis(qint64 max)
{
    double step = 1;
    const double raw = std::max<double>(1, double(max) / 5);
    const double magnitude = std::pow(10, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    step = std::max(1.0, std::ceil(step));
    const double top = std::max(step, std::ceil(double(max) / step) * step);
    auto *axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(u"%d"_s);
    axis->setMinorTickCount(0);
    return axis;
}

// Qt Charts draws titles, axis labels, legends and slice labels as rich text: every label is
// escaped, so that a policy code reading "<img src=…>" stays text and loads no file.
QString label(const QString &text)
{
    return text.toHtmlEscaped();
}

qint64 weekTotal(const WeekCount &w)
{
    return w.banned + w.cleared + w.reinstated;
}

qint64 countOf(const WeekCount &w, int outcome)
{
    return outcome == 0 ? w.banned : outcome == 1 ? w.cleared : w.reinstated;
}

qint64 countOf(const PolicyOutcomeCount &p, int outcome)
{
    return outcome == 0 ? p.banned : outcome == 1 ? p.cleared : p.reinstated;
}

QFont chartFont(double points, bool bold = false)
{
    QFont f;
    f.setFamilies({u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s, u"Helvetica"_s});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(chartFont(8));
    axis->setLabelsColor(QColor(0x3c, 0x44, 0x4f));
    axis->setGridLineColor(QColor(0xe3, 0xe7, 0xec));
    axis->setLinePenColor(QColor(0xb8, 0xc0, 0xca));
}

} // namespace

void ReportCharts::followPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.15f);
    QColor line = text;
    line.setAlphaF(0.4f);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        // Values written beside the bars (not inside them, where they sit on the bar's colour).
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (bars && bars->isLabelsVisible() && bars->labelsPosition() == QAbstractBarSeries::LabelsOutsideEnd) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelColor(text);
        }
    }
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setGridLineColor(faint);
        axis->setLinePenColor(line);
    }
}

QColor ReportCharts::outcomeColor(const QString &outcome)
{
    if (outcome == u"banned")
        return QColor(0xc0, 0x39, 0x2b);
    if (outcome == u"cleared")
        return QColor(0x3a, 0x8d, 0x5c);
    if (outcome == u"reinstated")
        return QColor(0x2f, 0x6d, 0xb5);
    return QColor(0x7f, 0x8c, 0x8d);
}

QString ReportCharts::outcomeName(const QString &outcome)
{
    if (outcome == u"banned")
        return tr("Banned");
    if (outcome == u"cleared")
        return tr("Cleared");
    if (outcome == u"reinstated")
        return tr("Reinstated");
    return outcome;
}

QString ReportCharts::ageName(const QString &bucket)
{
    if (bucket == u"under 1 day")
        return tr("under 1 day");
    if (bucket == u"1\u20137 days")
        return tr("1–7 days");
    if (bucket == u"7\u201330 days")
        return tr("7–30 days");
    if (bucket == u"30\u201390 days")
        return tr("30–90 days");
    if (bucket == u"over 90 days")
        return tr("over 90 days");
    return bucket;
}

void ReportCharts::style(QChart *chart, const QString &title)
{
    chart->setTitle(label(title));
    chart->setTitleFont(chartFont(10, true));
    chart->setTitleBrush(QColor(0x1f, 0x4e, 0x79));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setFont(chartFont(8));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

QChart *ReportCharts::policyOutcome(const QList<PolicyOutcomeCount> &counts, const QString &title)
{
    qint64 max = 0;
    for (const PolicyOutcomeCount &p : counts)
        max = std::max(max, p.banned + p.cleared + p.reinstated);
    if (max == 0)
        return nullptr;
    auto *chart = new QChart;
    auto *series = new QHorizontalStackedBarSeries;
    // The first category is drawn at the bottom: reversed, so the busiest policy is on top.
    QStringList policies;
    for (qsizetype i = counts.size() - 1; i >= 0; --i)
        policies << label(counts.at(i).policy);
    for (int o = 0; o < outcomes.size(); ++o) {
        auto *set = new QBarSet(label(outcomeName(outcomes.at(o))));
        set->setColor(outcomeColor(outcomes.at(o)));
        set->setBorderColor(Qt::white);
        for (qsizetype i = counts.size() - 1; i >= 0; --i)
            *set << double(countOf(counts.at(i), o));
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(policies);
    styleAxis(categories);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis *values = countAxis(max);
    styleAxis(values);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    style(chart, title);
    return chart;
}

QChart *ReportCharts::perWeek(const QList<WeekCount> &weeks, const QString &title, int maxLabels)
{
    qint64 max = 0;
    for (const WeekCount &w : weeks)
        max = std::max(max, weekTotal(w));
    auto *chart = new QChart;
    style(chart, title);
    if (weeks.size() <= barWeeks) {
        auto *series = new QStackedBarSeries;
        for (int o = 0; o < outcomes.size(); ++o) {
            auto *set = new QBarSet(label(outcomeName(outcomes.at(o))));
            set->setColor(outcomeColor(outcomes.at(o)));
            set->setBorderColor(Qt::white);
            for (const WeekCount &w : weeks)
                *set << double(countOf(w, o));
            series->append(set);
        }
        series->setBarWidth(0.7);
        chart->addSeries(series);
        // One label under each group of a few weeks: Qt Charts cuts a label down to the width of its
        // category, and one week's bar is too narrow for a date.
        auto *axis = new QCategoryAxis;
        const bool years = weeks.first().week.year() != weeks.last().week.year();
        const qsizetype every = std::max<qsizetype>(1, (weeks.size() + maxLabels - 1) / maxLabels);
        for (qsizetype i = 0; i < weeks.size(); i += every) {
            // A short last group joins the one before, so that its label has room too.
            const bool last = weeks.size() - (i + every) < (every + 1) / 2;
            const double end = (last ? double(weeks.size()) : double(i + every)) - 0.5;
            axis->append(label(weeks.at(i).week.toString(years ? u"d MMM yy"_s : u"d MMM"_s)), end);
            if (last)
                break;
        }
        axis->setStartValue(-0.5);
        axis->setRange(-0.5, double(weeks.size()) - 0.5);
        axis->setGridLineVisible(false);
        styleAxis(axis);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        QValueAxis *values = countAxis(max);
        styleAxis(values);
        chart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        return chart;
    }
    // Too many weeks for bars: one line per outcome over a time axis.
    auto *time = new QDateTimeAxis;
    time->setFormat(u"MMM yyyy"_s);
    time->setTickCount(7);
    styleAxis(time);
    chart->addAxis(time, Qt::AlignBottom);
    QValueAxis *values = countAxis(max);
    styleAxis(values);
    chart->addAxis(values, Qt::AlignLeft);
    for (int o = 0; o < outcomes.size(); ++o) {
        auto *series = new QLineSeries;
        series->setName(label(outcomeName(outcomes.at(o))));
        series->setPen(QPen(outcomeColor(outcomes.at(o)), 1.5));
        for (const WeekCount &w : weeks)
            series->append(double(QDateTime(w.week, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()), double(countOf(w, o)));
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(values);
    }
    time->setRange(QDateTime(weeks.first().week, QTime(0, 0), Qt::UTC),
                   QDateTime(weeks.last().week, QTime(0, 0), Qt::UTC));
    return chart;
}

QChart *ReportCharts::counts(const QList<ReportCount> &rows, const QString &title, const QColor &color,
                             const std::function<QString(const QString &)> &name)
{
    // Bars lie down: the keys ("under 1 day") then have the width of the chart, not of a bar.
    qint64 max = 0;
    QStringList keys;
    auto *set = new QBarSet(label(title));
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(QColor(0x1d, 0x23, 0x2b));
    for (qsizetype i = rows.size() - 1; i >= 0; --i) { // the first key on top
        keys << label(name ? name(rows.at(i).key) : rows.at(i).key);
        *set << double(rows.at(i).count);
        max = std::max(max, rows.at(i).count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.65);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(keys);
    styleAxis(categories);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    // Headroom for the value labels beyond the longest bar.
    QValueAxis *values = countAxis(max + std::max<qint64>(1, max / 6));
    styleAxis(values);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    style(chart, title);
    chart->legend()->hide();
    return chart;
}

QChart *ReportCharts::slaShare(qint64 onTime, qint64 breached, const QString &title)
{
    auto *series = new QPieSeries;
    series->setHoleSize(0.5);
    series->setPieSize(0.85);
    const auto slice = [&](const QString &name, qint64 value, const QColor &color) {
        QPieSlice *s = series->append(label(u"%1: %2"_s.arg(name).arg(value)), double(value));
        s->setColor(color);
        s->setBorderColor(Qt::white);
    };
    slice(tr("Within SLA"), onTime, QColor(0x3a, 0x8d, 0x5c));
    slice(tr("Breached"), breached, QColor(0xc0, 0x39, 0x2b));
    if (onTime + breached == 0)
        slice(tr("No decisions"), 1, QColor(0xd5, 0xdb, 0xe1));
    auto *chart = new QChart;
    chart->addSeries(series);
    style(chart, title);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QImage ReportCharts::render(QChart *chart, const QSizeF &logicalSize, double widthPx)
{
    QGraphicsScene scene; // owns the chart from here on
    scene.addItem(chart);
    chart->resize(logicalSize);
    const double scale = widthPx / logicalSize.width();
    QImage image((logicalSize * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), logicalSize));
    return image;
}

} // namespace adreview
