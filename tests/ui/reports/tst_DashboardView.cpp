#include "TestDatabase.h"
#include "main/Actions.h"
#include "main/MainWindow.h"
#include "reports/DashboardView.h"
#include "reports/ReportCharts.h"
#include "reports/ReportsDialog.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QLabel>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

const QString backlogSql = u"SELECT count(*) FROM cases WHERE state IN ('open', 'in-review', 'escalated', "
                           u"'conflict')"_s;

// Saves a picture of the widget for a person to look at, when ADREVIEW_SCREENSHOTS names a folder.
void keepScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests first
    w->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class tst_DashboardView : public QObject {
    Q_OBJECT

private slots:
    void showsTheBacklogAndTheLastTwelveWeeks()
    {
        test::TestDatabase t;
        t.loadDemo();
        DashboardView view(t.path(), t.clock());
        view.resize(1200, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.refresh();
        QTRY_VERIFY(view.figures().has_value());
        const DashboardView::Figures &f = *view.figures();
        QCOMPARE(f.all.backlog, t.count(backlogSql));
        QCOMPARE(f.weeks.size(), DashboardView::weeksShown);
        // The test clock reads 2018-06-01, a Friday: the last week shown starts on Monday 28 May.
        QCOMPARE(f.weeks.last().week, QDate(2018, 5, 28));
        qint64 decided = 0;
        for (const WeekCount &w : f.weeks)
            decided += w.banned + w.cleared + w.reinstated;
        QCOMPARE(decided, f.recent.decisions);
        const QString headline = view.findChild<QLabel *>(u"dashboardHeadline"_s)->text();
        QVERIFY2(headline.contains(u"Backlog: %1 "_s.arg(f.all.backlog)), qPrintable(headline));
        keepScreenshot(&view, u"dashboard-wide"_s);
        view.resize(620, 560);
        QTest::qWait(50);
        keepScreenshot(&view, u"dashboard-tall"_s);
    }

    void chartsFollowADarkPalette()
    {
        test::TestDatabase t;
        t.loadDemo();
        DashboardView view(t.path(), t.clock());
        view.resize(1200, 320);
        view.show();
        view.refresh();
        QTRY_VERIFY(view.figures().has_value());
        QPalette dark = view.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        view.setPalette(dark);
        const auto views = view.findChildren<QChartView *>();
        QVERIFY(!views.isEmpty());
        for (QChartView *v : views) {
            QChart *chart = v->chart();
            QVERIFY(chart);
            QCOMPARE(chart->titleBrush().color(), dark.color(QPalette::WindowText));
            for (QAbstractAxis *axis : chart->axes())
                QCOMPARE(axis->labelsColor(), dark.color(QPalette::WindowText));
        }
        keepScreenshot(&view, u"dashboard-dark"_s);
        // A refresh draws new charts, in the palette of the moment.
        view.refresh();
        QTest::qWait(200);
        QTRY_COMPARE(view.findChildren<QChartView *>().first()->chart()->titleBrush().color(),
                     dark.color(QPalette::WindowText));
    }

    void refreshFollowsDecisions()
    {
        test::TestDatabase t;
        t.loadDemo();
        DashboardView view(t.path(), t.clock());
        view.show();
        view.refresh();
        QTRY_VERIFY(view.figures().has_value());
        const qint64 before = view.figures()->all.backlog;
        const QString ref =
            t.text(u"SELECT ref FROM cases WHERE state IN ('open', 'in-review') ORDER BY ref LIMIT 1"_s);
        Command clear{ref, u"clear"_s, {}, u"No violation found."_s, {}, {}, {}, {}};
        QVERIFY(t.review().submit(clear).ok());
        view.refresh();
        view.refresh(); // a second request while one runs is folded into one more pass
        QTRY_COMPARE(view.figures()->all.backlog, before - 1);
    }

    void chartsShowOutsideTextAsText()
    {
        // Qt Charts draws axis labels as rich text: a policy code must not become an image tag.
        const QString hostile = u"<img src=file:///etc/passwd>"_s;
        std::unique_ptr<QChart> chart(
            ReportCharts::policyOutcome({PolicyOutcomeCount{hostile, 1, 0, 0}}, u"<b>title</b>"_s));
        QVERIFY(chart);
        QCOMPARE(chart->title(), u"&lt;b&gt;title&lt;/b&gt;"_s);
        const auto axes = chart->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
        QVERIFY(categories);
        QCOMPARE(categories->categories(), QStringList{hostile.toHtmlEscaped()});
        std::unique_ptr<QChart> counts(ReportCharts::counts({{hostile, 2}}, u"Backlog"_s, Qt::blue));
        auto *keys = qobject_cast<QBarCategoryAxis *>(counts->axes(Qt::Vertical).first());
        QCOMPARE(keys->categories(), QStringList{hostile.toHtmlEscaped()});
    }

    void windowOpensDashboardAndReports()
    {
        test::TestDatabase t;
        t.loadDemo();
        auto db = Database::open(t.path());
        QVERIFY(db.ok());
        MainWindow w(std::move(*db), Identity{u"tester"_s, u"test-device"_s}, t.dirPath() + u"/settings.ini"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));

        // No two commands share a key.
        QSet<QString> keys;
        for (QAction *a : w.actions()->all()) {
            for (const QKeySequence &k : a->shortcuts()) {
                const QString key = k.toString();
                if (key.isEmpty())
                    continue; // a standard key this platform leaves unbound
                QVERIFY2(!keys.contains(key), qPrintable(key));
                keys.insert(key);
            }
        }

        QAction *dashboard = w.actions()->get(Actions::Dashboard);
        QVERIFY(!dashboard->isChecked());
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w.dashboard()->isVisible());
        QVERIFY(dashboard->isChecked());
        QTRY_VERIFY(w.dashboard()->figures().has_value());
        QCOMPARE(w.dashboard()->figures()->all.backlog, t.count(backlogSql));
        keepScreenshot(&w, u"window-with-dashboard"_s);
        QTest::keyClick(&w, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!w.dashboard()->isVisible());
        QVERIFY(!dashboard->isChecked());

        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w.reportsDialog() && w.reportsDialog()->isVisible());
        QTRY_VERIFY(w.reportsDialog()->preview().has_value());
        keepScreenshot(w.reportsDialog(), u"reports-dialog"_s);
        w.reportsDialog()->close();
        QTRY_VERIFY(!w.reportsDialog()); // deleted on close
    }
};

QTEST_MAIN(tst_DashboardView)
#include "tst_DashboardView.moc"
