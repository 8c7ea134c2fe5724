#pragma once

#include "reports/Report.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace adreview {

class ReportThread;

// The state of the review work at a glance: backlog by state and by age, decisions per week and
// SLA breaches over the last twelve weeks. Computed from report summaries on a thread of its own.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    DashboardView(const QString &databasePath, const Clock &clock, QWidget *parent = nullptr);
    ~DashboardView() override;

    void setDatabase(const QString &databasePath);
    // What the charts show; empty until the first refresh has finished.
    struct Figures {
        ReportSummary all;    // every decision, and the backlog now
        ReportSummary recent; // the twelve weeks shown
        QList<WeekCount> weeks;
    };
    const std::optional<Figures> &figures() const { return m_figures; }

    static constexpr int weeksShown = 12;

public slots:
    void refresh();

signals:
    void refreshed();
    void failed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void compute(quint64 generation, ReportEngine *engine, const QString &openError);
    void display(const Figures &figures);
    void setChart(QChartView *view, QChart *chart);
    void arrange();

    const Clock &m_clock;
    std::unique_ptr<ReportThread> m_thread;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_again = false;
    std::optional<Figures> m_figures;
    QLabel *m_headline;
    QGridLayout *m_grid;
    QList<QChartView *> m_views;
    bool m_wide = false;
};

} // namespace adreview
