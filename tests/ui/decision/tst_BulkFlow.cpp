#include "TestDatabase.h"
#include "WidgetTestHelpers.h"
#include "decision/BulkDialog.h"
#include "decision/BulkFlow.h"
#include "decision/BulkRun.h"
#include "decision/BulkSummaryDialog.h"
#include "main/Actions.h"
#include "main/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "queue/QueueView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

using test::part;
using test::press;

// Where the screenshots of the form and the summary go when ADREVIEW_SCREENSHOTS names a folder.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ADREVIEW_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(u"%1/%2.png"_s.arg(folder, name));
}

} // namespace

// The queue's selection of several cases, by the reviewer's own clicks and keys, through the bulk
// form and its run to the database and the summary.
class TestBulkFlow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<MainWindow> m_w;

    QueueView *queue() { return m_w->queueView(); }

    void click(int row, Qt::KeyboardModifiers modifiers = {})
    {
        const QModelIndex index = m_w->queueModel()->index(row, CaseQueueModel::Case);
        queue()->scrollTo(index);
        QTest::mouseClick(queue()->viewport(), Qt::LeftButton, modifiers, queue()->visualRect(index).center());
    }

    qint64 events(const QString &where) { return m_t->count(u"SELECT count(*) FROM events WHERE %1"_s.arg(where)); }

    BulkDialog *shownForm()
    {
        const auto shown = [this] {
            BulkDialog *d = m_w->bulk()->dialog();
            return d && d->isVisible();
        };
        return QTest::qWaitFor(shown) ? m_w->bulk()->dialog() : nullptr;
    }

    BulkSummaryDialog *shownSummary()
    {
        const auto shown = [this] {
            BulkSummaryDialog *d = m_w->bulk()->summary();
            return d && d->isVisible() && !m_w->bulk()->running();
        };
        return QTest::qWaitFor(shown, 20000) ? m_w->bulk()->summary() : nullptr;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
        auto db = Database::open(m_t->path());
        QVERIFY(db.ok());
        m_w = std::make_unique<MainWindow>(std::move(*db), Identity{u"tester"_s, u"test-device"_s},
                                           m_t->dirPath() + u"/settings.ini"_s);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
        QTest::mouseClick(m_w->filterBar()->tabs(), Qt::LeftButton, {},
                          m_w->filterBar()->tabs()->tabRect(int(QueueFilter::Tab::Open)).center());
        QTRY_COMPARE(m_w->queueModel()->filter().tab, QueueFilter::Tab::Open);
        QTRY_VERIFY(m_w->queueModel()->rowCount() >= 4);
    }

    void cleanup()
    {
        m_w.reset();
        m_t.reset();
    }

    void ctrlAndShiftClicksAnnotateTheCasesChosen()
    {
        click(0);
        click(2, Qt::ShiftModifier);   // rows 0 to 2
        click(1, Qt::ControlModifier); // not row 1
        click(3, Qt::ControlModifier); // and row 3
        QCOMPARE(queue()->selectedCount(), 3);
        QStringList chosen;
        for (int row : {0, 2, 3})
            chosen << m_w->queueModel()->refAt(row);
        QStringList listed;
        for (const QueueView::Selected &s : queue()->selectedCases())
            listed << s.ref;
        QCOMPARE(listed, chosen);

        const qint64 before = events(u"action = 'annotate'"_s);
        press(queue(), Qt::Key_N);
        BulkDialog *form = shownForm();
        QVERIFY(form);
        QCOMPARE(form->action(), u"annotate"_s);
        QVERIFY(part<QLabel>(form, u"casesLine"_s)->text().contains(u"3"_s));
        auto *submit = part<QPushButton>(form, u"submit"_s);
        QVERIFY(!submit->isEnabled()); // a note first
        QTest::keyClicks(part<QPlainTextEdit>(form, u"rationale"_s), u"Same advertiser network as CASE-2018-0001"_s);
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);

        BulkSummaryDialog *summary = shownSummary();
        QVERIFY(summary);
        QVERIFY2(summary->summaryText().contains(u"cases done: 3"_s), qPrintable(summary->summaryText()));
        QCOMPARE(events(u"action = 'annotate'"_s), before + 3);
        for (const QString &ref : std::as_const(chosen))
            QCOMPARE(m_t->count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' "
                                "AND e.action = 'annotate' AND e.rationale = 'Same advertiser network as "
                                "CASE-2018-0001' AND e.reviewer = 'tester'"_s.arg(ref)),
                     1);
    }

    void ctrlABansEveryCaseInViewWithItsEvidence()
    {
        click(0);
        press(queue(), Qt::Key_A, Qt::ControlModifier);
        const int rows = m_w->queueModel()->rowCount();
        QCOMPARE(queue()->selectedCount(), rows);
        QStringList refs;
        for (const QueueView::Selected &s : queue()->selectedCases())
            refs << s.ref;
        QCOMPARE(refs.size(), rows);

        const qint64 bans = events(u"action = 'ban'"_s);
        press(queue(), Qt::Key_B);
        BulkDialog *form = shownForm();
        QVERIFY(form);
        QCOMPARE(form->action(), u"ban"_s);
        auto *submit = part<QPushButton>(form, u"submit"_s);
        QTest::keyClicks(part<QPlainTextEdit>(form, u"rationale"_s), u"Crypto promotions across the network"_s);
        QVERIFY(!submit->isEnabled()); // which evidence each case cites
        QTest::mouseClick(part<QCheckBox>(form, u"agency-advisory"_s), Qt::LeftButton);
        QTest::mouseClick(part<QCheckBox>(form, u"news-citation"_s), Qt::LeftButton);
        QVERIFY(submit->isEnabled());
        form->resize(820, 640);
        keepScreenshot(form, u"bulk-dialog"_s);
        QTest::mouseClick(submit, Qt::LeftButton);

        BulkSummaryDialog *summary = shownSummary();
        QVERIFY(summary);
        keepScreenshot(summary, u"bulk-summary"_s);
        // A case with neither a news citation nor an advisory is refused and named; the rest banned.
        const qint64 refused = summary->cases()->topLevelItemCount();
        const qint64 banned = events(u"action = 'ban'"_s) - bans;
        QCOMPARE(banned + refused, qint64(rows));
        QVERIFY(banned > 0);
        for (int i = 0; i < summary->cases()->topLevelItemCount(); ++i) {
            const QString ref = summary->cases()->topLevelItem(i)->text(0);
            QVERIFY(refs.contains(ref));
            QCOMPARE(m_t->text(u"SELECT outcome FROM cases WHERE ref = '%1'"_s.arg(ref)), u"none"_s);
        }
        for (const QString &ref : std::as_const(refs)) {
            const QString outcome = m_t->text(u"SELECT outcome FROM cases WHERE ref = '%1'"_s.arg(ref));
            QVERIFY(outcome == u"banned"_s || summary->listedRefs().contains(ref));
        }
        // The queue and its counts were read again: the banned cases left the Open tab.
        QTRY_COMPARE(m_w->queueModel()->rowCount(), int(refused));
    }

    void severalSelectedEnableOnlyWhatABatchCanDo()
    {
        click(0);
        click(1, Qt::ShiftModifier);
        QVERIFY(!m_w->actions()->get(Actions::Reinstate)->isEnabled());
        QVERIFY(!m_w->actions()->get(Actions::ResolveConflict)->isEnabled());
        QVERIFY(m_w->actions()->get(Actions::Ban)->isEnabled());
        press(queue(), Qt::Key_E);
        BulkDialog *form = shownForm();
        QVERIFY(form);
        QCOMPARE(form->action(), u"escalate"_s);
        // Escalation needs no rationale: the form may go at once.
        QVERIFY(part<QPushButton>(form, u"submit"_s)->isEnabled());
        form->reject();
    }
};

} // namespace adreview

QTEST_MAIN(adreview::TestBulkFlow)
#include "tst_BulkFlow.moc"
