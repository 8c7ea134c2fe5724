#include "reports/DashboardView.h"

#include "reports/ReportCharts.h"
#include "reports/ReportThread.h"
#include "widgets/DisplayText.h"
#include "widgets/PlainLabel.h"
#include "widgets/VocabularyText.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLocale>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <map>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

enum View { State, Age, Weeks, Sla, ViewCount };

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

DashboardView::DashboardView(const QString &databasePath, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_headline(new PlainLabel(tr("Dashboard summary"), this)),
      m_grid(new QGridLayout)
{
    setObjectName(u"dashboard"_s);
    m_headline->setObjectName(u"dashboardHeadline"_s);
    m_headline->setWordWrap(true);
    m_headline->setText(tr("Reading the database…"));
    for (int i = 0; i < ViewCount; ++i) {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(220, 180);
        m_views << view;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_headline);
    layout->addLayout(m_grid, 1);
    arrange();
    setDatabase(databasePath);
}

DashboardView::~DashboardView() = default;

void DashboardView::setDatabase(const QString &databasePath)
{
    ++m_generation; // answers about the previous database are dropped
    m_running = false;
    m_again = false;
    m_thread = std::make_unique<ReportThread>(databasePath, m_clock, u"dashboard"_s);
    if (isVisible())
        refresh();
}

void DashboardView::refresh()
{
    if (m_running) {
        m_again = true; // one more pass once this one ends, however many decisions came meanwhile
        return;
    }
    m_running = true;
    const quint64 generation = m_generation;
    m_thread->post(
        [this, generation](ReportEngine *engine, const QString &openError) { compute(generation, engine, openError); });
}

void DashboardView::compute(quint64 generation, ReportEngine *engine, const QString &openError)
{
    // On the worker thread.
    const auto deliver = [this, generation](std::optional<Figures> figures, const QString &message) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, figures, message] {
                if (generation != m_generation)
                    return;
                m_running = false;
                if (figures) {
                    display(*figures);
                } else {
                    m_headline->setText(tr("Dashboard unavailable: %1").arg(message));
                    emit failed(message);
                }
                if (m_again) {
                    m_again = false;
                    refresh();
                }
            },
            Qt::QueuedConnection);
    };
    if (!engine)
        return deliver(std::nullopt, openError);
    auto all = engine->summary(ReportFilter{});
    if (!all)
        return deliver(std::nullopt, all.error().message);
    // The twelve weeks up to this one; for a database whose last decision is older than that,
    // the twelve weeks up to its last decision, so that an archive still shows its activity.
    const QDate thisWeek = mondayOf(m_clock.now().toUTC().date());
    QDate end = thisWeek;
    if (!all->perWeek.isEmpty() && all->perWeek.last().week < thisWeek.addDays(-7 * (weeksShown - 1)))
        end = all->perWeek.last().week;
    const QDate start = end.addDays(-7 * (weeksShown - 1));
    ReportFilter window;
    window.from = start;
    window.to = end.addDays(6);
    auto recent = engine->summary(window);
    if (!recent)
        return deliver(std::nullopt, recent.error().message);
    std::map<QDate, WeekCount> known;
    for (const WeekCount &w : all->perWeek)
        known[w.week] = w;
    Figures figures{*all, *recent, {}};
    for (QDate week = start; week <= end; week = week.addDays(7)) {
        const auto it = known.find(week);
        figures.weeks << (it != known.end() ? it->second : WeekCount{week, 0, 0, 0});
    }
    deliver(figures, {});
}

void DashboardView::display(const Figures &f)
{
    m_figures = f;
    const QLocale locale;
    const qint64 decided = f.recent.decisions;
    const QString firstWeek = f.weeks.isEmpty() ? QString() : locale.toString(f.weeks.first().week, u"d MMM yyyy"_s);
    const QString lastDay =
        f.weeks.isEmpty() ? QString() : locale.toString(f.weeks.last().week.addDays(6), u"d MMM yyyy"_s);
    m_headline->setText(tr("Backlog: %1 undecided cases · %2 to %3: %4 decisions, %5 after the SLA · updated %6 UTC")
                            .arg(locale.toString(f.all.backlog), firstWeek, lastDay, locale.toString(decided),
                                 locale.toString(f.recent.slaBreaches), DisplayText::utc(m_clock.now())));
    setChart(m_views.at(State), ReportCharts::counts(f.all.backlogByState, tr("Backlog by state"),
                                                     QColor(0x1f, 0x4e, 0x79), &VocabularyText::state));
    setChart(m_views.at(Age), ReportCharts::counts(f.all.backlogByAge, tr("Backlog by age"), QColor(0xc2, 0x7c, 0x0e),
                                                   &ReportCharts::ageName));
    setChart(m_views.at(Weeks), ReportCharts::perWeek(f.weeks, tr("Decisions per week"), 4));
    setChart(m_views.at(Sla), ReportCharts::slaShare(decided - f.recent.slaBreaches, f.recent.slaBreaches,
                                                     tr("SLA, last %1 weeks").arg(weeksShown)));
    emit refreshed();
}

void DashboardView::setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    chart->setBackgroundVisible(false);
    ReportCharts::followPalette(chart, palette());
    view->setChart(chart);
    delete old; // the view gives up the old chart without deleting it
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QChartView *v : std::as_const(m_views)) {
            if (v->chart())
                ReportCharts::followPalette(v->chart(), palette());
        }
    }
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wide = event->size().width() > 2 * event->size().height();
    if (wide != m_wide) {
        m_wide = wide;
        arrange();
    }
}

void DashboardView::arrange()
{
    // Four in a row in a wide bottom dock, two by two in a tall side dock.
    for (QChartView *v : std::as_const(m_views))
        m_grid->removeWidget(v);
    for (int i = 0; i < ViewCount; ++i) {
        if (m_wide)
            m_grid->addWidget(m_views.at(i), 0, i);
        else
            m_grid->addWidget(m_views.at(i), i / 2, i % 2);
    }
}

} // namespace adreview
