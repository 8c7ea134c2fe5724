#include "TestDatabase.h"
#include "WidgetTestHelpers.h"
#include "case/CasePane.h"
#include "case/HistoryView.h"
#include "decision/DecisionDialog.h"
#include "decision/DecisionFlow.h"
#include "decision/EvidencePicker.h"
#include "demo/Generator.h"
#include "main/Actions.h"
#include "main/MainWindow.h"
#include "main/ShortcutsDialog.h"
#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "queue/QueueView.h"
#include "review/ReviewService.h"
#include "review/Settings.h"
#include "storage/Backups.h"
#include "storage/PolicyRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

using test::part;
using test::press;
using test::shownDialog;

using Tab = QueueFilter::Tab;

// A fresh demo database in a temporary folder, a settings file beside it, and the window on a
// second connection to the same file; t's own connection checks what the window wrote.
struct Fixture {
    test::TestDatabase t;
    QString settings;
    std::unique_ptr<MainWindow> w;

    Fixture() : settings(t.dirPath() + u"/settings.ini"_s) { t.loadDemo(); }

    bool open(const Identity &who = {u"tester"_s, u"test-device"_s})
    {
        w.reset();
        auto db = Database::open(t.path());
        if (!db)
            return false;
        w = std::make_unique<MainWindow>(std::move(*db), who, settings);
        w->show();
        return QTest::qWaitForWindowExposed(w.get()) && QTest::qWaitForWindowActive(w.get());
    }
    qint64 events(const QString &ref, const QString &where)
    {
        return t.count(
            u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' AND %2"_s.arg(ref,
                                                                                                              where));
    }
    QString column(const QString &ref, const QString &name)
    {
        return t.text(u"SELECT %1 FROM cases WHERE ref = '%2'"_s.arg(name, ref));
    }
};

// The number a tab's title shows, "Open (4)"; -1 while it shows none.
qint64 tabCount(const MainWindow &w, Tab tab)
{
    static const QRegularExpression number(u"\\((\\d+)\\)$"_s);
    const auto match = number.match(w.filterBar()->tabs()->tabText(int(tab)));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

int rowOf(const MainWindow &w, const QString &ref)
{
    for (int row = 0; row < w.queueModel()->rowCount(); ++row) {
        if (w.queueModel()->refAt(row) == ref)
            return row;
    }
    return -1;
}

// Waits for the case to be listed (the queue may fill later), then clicks its row.
bool clickCase(MainWindow &w, const QString &ref)
{
    if (!QTest::qWaitFor([&] { return rowOf(w, ref) >= 0; }))
        return false;
    QueueView *queue = w.queueView();
    const QModelIndex index = w.queueModel()->index(rowOf(w, ref), CaseQueueModel::Case);
    queue->scrollTo(index);
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, queue->visualRect(index).center());
    return QTest::qWaitFor([&] { return queue->currentRef() == ref && w.casePane()->caseRef() == ref; });
}

void clickTab(MainWindow &w, Tab tab)
{
    QTabBar *bar = w.filterBar()->tabs();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(tab)).center());
}

// Runs `act` on the next modal dialog opened with exec(), which would otherwise block the test.
class ModalWatcher : public QObject {
public:
    explicit ModalWatcher(std::function<void(QWidget *)> act) : m_act(std::move(act))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isVisible())
                return;
            m_timer.stop();
            ++shown;
            m_act(modal);
        });
        m_timer.start();
    }
    int shown = 0;

private:
    std::function<void(QWidget *)> m_act;
    QTimer m_timer;
};

// Another reviewer on another laptop bans a case through their own connection.
bool banElsewhere(Fixture &f, const QString &ref)
{
    auto db = Database::open(f.t.path());
    if (!db)
        return false;
    SystemClock clock;
    ReviewService other(**db, clock, Identity{u"other.reviewer"_s, u"laptop-of-other"_s});
    Command ban;
    ban.caseRef = ref;
    ban.action = u"ban"_s;
    ban.policyCode = u"ADS-CRYPTO"_s;
    ban.rationale = u"Sells mining contracts with promised yields."_s;
    ban.evidenceRefs = {u"EV-1"_s};
    return bool(other.submit(ban));
}

} // namespace

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void opensOnTheOpenTab()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const qint64 open = f.t.count(u"SELECT count(*) FROM cases WHERE state IN ('open', 'in-review')"_s);
        QVERIFY(open > 0);
        QCOMPARE(w.filterBar()->tabs()->currentIndex(), int(Tab::Open));
        QTRY_COMPARE(w.filterBar()->tabs()->tabText(int(Tab::Open)), u"Open (%1)"_s.arg(open));
        QTRY_COMPARE(w.queueModel()->rowCount(), int(open));
        QTRY_COMPARE(w.queueView()->currentIndex().row(), 0);
        QCOMPARE(w.queueView()->currentRef(), w.queueModel()->refAt(0));
        QCOMPARE(w.casePane()->caseRef(), w.queueView()->currentRef());
        QCOMPARE(f.column(w.casePane()->caseRef(), u"state"_s), w.casePane()->record().state);
    }

    void jAndKMoveThePane()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_VERIFY(w.queueModel()->rowCount() >= 3);
        QTRY_COMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(0));
        const QString second = w.queueModel()->refAt(1);
        QTest::keyClick(&w, Qt::Key_J);
        QCOMPARE(w.queueView()->currentRef(), second);
        QCOMPARE(w.casePane()->caseRef(), second);
        QTest::keyClick(&w, Qt::Key_J);
        QCOMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(2));
        QTest::keyClick(&w, Qt::Key_K);
        QCOMPARE(w.casePane()->caseRef(), second);
        QTest::keyClick(&w, Qt::Key_K);
        QTest::keyClick(&w, Qt::Key_K); // stays on the first row
        QCOMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(0));
    }

    void jAndKWhereverTheFocusIs()
    {
        // J typed as the user types it, to the widget that has the focus when the window opens.
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_VERIFY(w.queueModel()->rowCount() >= 2);
        QTRY_COMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(0));
        press(&w, Qt::Key_J);
        QVERIFY2(w.filterBar()->searchBox()->text().isEmpty(), qPrintable(w.filterBar()->searchBox()->text()));
        QCOMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(1));
    }

    void arrowsMoveInTheQueue()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_VERIFY(w.queueModel()->rowCount() >= 2);
        QVERIFY(clickCase(w, w.queueModel()->refAt(0)));
        // A click below the last row keeps the selection, as the pane keeps its case.
        QueueView *queue = w.queueView();
        const QRect last = queue->visualRect(w.queueModel()->index(w.queueModel()->rowCount() - 1, 0));
        QVERIFY(last.bottom() + 20 < queue->viewport()->height());
        QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, QPoint(last.center().x(), last.bottom() + 20));
        QCOMPARE(queue->currentRef(), w.queueModel()->refAt(0));
        QVERIFY(queue->selectionModel()->isRowSelected(0));
        QCOMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(0));
        QCOMPARE(QApplication::focusWidget(), w.queueView());
        press(&w, Qt::Key_Down);
        QCOMPARE(w.queueView()->currentRef(), w.queueModel()->refAt(1));
        QCOMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(1));
        press(&w, Qt::Key_Up);
        QCOMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(0));
    }

    void banThroughTheDialog()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const QString ref = u"CASE-2018-0013"_s;
        QTRY_VERIFY(tabCount(w, Tab::Open) > 0);
        const qint64 open = tabCount(w, Tab::Open);
        const qint64 decided = tabCount(w, Tab::Decided);
        QVERIFY(clickCase(w, ref));
        const int row = rowOf(w, ref);
        press(&w, Qt::Key_B);
        DecisionDialog *dialog = shownDialog(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), u"ban"_s);
        QCOMPARE(QApplication::focusWidget(), part<QPlainTextEdit>(dialog, u"rationale"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Promises guaranteed returns on a token sale."_s);
        press(dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), part<EvidencePicker>(dialog, u"evidence"_s));
        press(dialog, Qt::Key_Space);
        QCOMPARE(dialog->checkedEvidence(), QStringList{u"EV-1"_s});
        press(dialog, Qt::Key_Return, Qt::ControlModifier);

        QTRY_VERIFY(!w.decisions()->dialog() || !w.decisions()->dialog()->isVisible());
        QCOMPARE(f.events(ref, u"e.action = 'ban' AND e.reviewer = 'tester'"_s), 1);
        QCOMPARE(f.column(ref, u"outcome"_s), u"banned"_s);
        QTRY_COMPARE(tabCount(w, Tab::Open), open - 1);
        QTRY_COMPARE(tabCount(w, Tab::Decided), decided + 1);
        QTRY_COMPARE(w.queueModel()->rowCount(), int(open - 1));
        QCOMPARE(rowOf(w, ref), -1);
        QCOMPARE(w.casePane()->record().outcome, u"banned"_s); // the pane shows the decision made
        // The case has left the Open tab: the pane says so, no row claims to be it, and J goes on
        // to the case that took its row.
        QVERIFY(!w.queueView()->selectionModel()->hasSelection());
        const QString notice = w.casePane()->outOfView();
        QVERIFY2(notice.contains(ref) && notice.contains(u"banned"_s), qPrintable(notice));
        QVERIFY(w.findChild<QWidget *>(u"outOfView"_s)->isVisible());
        const QString following = w.queueModel()->refAt(row);
        QVERIFY(QTest::qWaitForWindowActive(&w)); // the keyboard is back in the window
        press(&w, Qt::Key_J);
        QTRY_COMPARE(w.casePane()->caseRef(), following);
        QCOMPARE(w.queueView()->currentRef(), following);
        QVERIFY(w.casePane()->outOfView().isEmpty());
        QVERIFY(!w.findChild<QWidget *>(u"outOfView"_s)->isVisible());
    }

    // A decision that leaves the case in the view keeps its row selected and says nothing more.
    void aCaseStillInTheViewKeepsItsRow()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        clickTab(w, Tab::All);
        QTRY_VERIFY(w.queueModel()->rowCount() > 3);
        const QString ref = u"CASE-2018-0013"_s;
        QVERIFY(clickCase(w, ref));
        press(&w, Qt::Key_B);
        DecisionDialog *dialog = shownDialog(w);
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), u"Promises guaranteed returns on a token sale."_s);
        press(dialog, Qt::Key_Tab);
        press(dialog, Qt::Key_Space);
        press(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(f.column(ref, u"outcome"_s), u"banned"_s);
        QTRY_COMPARE(w.queueView()->currentRef(), ref);
        QCOMPARE(w.casePane()->caseRef(), ref);
        QVERIFY(w.casePane()->outOfView().isEmpty());
    }

    // Four-eyes in the window: a ban under a policy that requires approval is proposed and listed
    // in the Approvals tab; its proposer cannot approve it, another reviewer does, and it bans.
    void aProposedBanWaitsInTheApprovalsTabForAnotherReviewer()
    {
        Fixture f;
        QVERIFY(PolicyRepository(f.t.db()).setRequiresApproval(u"ADS-CRYPTO"_s, true).ok());
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const QString ref = u"CASE-2018-0013"_s;
        QVERIFY(clickCase(w, ref));
        press(&w, Qt::Key_B);
        DecisionDialog *dialog = shownDialog(w);
        QVERIFY(dialog);
        QCOMPARE(part<QPushButton>(dialog, u"ban"_s)->text(), DecisionDialog::actionLabel(u"propose-ban"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Promises guaranteed returns on a token sale."_s);
        press(dialog, Qt::Key_Tab);
        press(dialog, Qt::Key_Space);
        press(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!w.decisions()->dialog() || !w.decisions()->dialog()->isVisible());
        QCOMPARE(f.events(ref, u"e.action = 'propose-ban' AND e.reviewer = 'tester'"_s), 1);
        QCOMPARE(f.column(ref, u"state"_s), u"awaiting-approval"_s);
        QTRY_COMPARE(tabCount(w, Tab::Approvals), 1);

        // The proposer sees it waiting and cannot approve or reject it.
        QTabBar *tabs = w.filterBar()->tabs();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(Tab::Approvals)).center());
        QVERIFY(clickCase(w, ref));
        QTRY_COMPARE(w.casePane()->caseRef(), ref);
        QVERIFY(!w.actions()->get(Actions::ApproveBan)->isEnabled());
        QVERIFY(!w.actions()->get(Actions::RejectBan)->isEnabled());
        QVERIFY(w.actions()->get(Actions::WithdrawProposal)->isEnabled());
        press(&w, Qt::Key_V);
        QVERIFY(!w.decisions()->dialog() || !w.decisions()->dialog()->isVisible());
        if (const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS"); !dir.isEmpty())
            w.grab().save(dir + u"/approvals-tab.png"_s);

        // Another reviewer approves it.
        QVERIFY(f.open({u"ben"_s, u"ben-laptop"_s}));
        MainWindow &b = *f.w;
        QTabBar *theirTabs = b.filterBar()->tabs();
        QTest::mouseClick(theirTabs, Qt::LeftButton, {}, theirTabs->tabRect(int(Tab::Approvals)).center());
        QVERIFY(clickCase(b, ref));
        QTRY_VERIFY(b.actions()->get(Actions::ApproveBan)->isEnabled());
        press(&b, Qt::Key_V);
        DecisionDialog *approval = shownDialog(b);
        QVERIFY(approval);
        QCOMPARE(approval->action(), u"approve"_s);
        QTest::keyClicks(part<QPlainTextEdit>(approval, u"rationale"_s), u"Checked EV-1: agreed."_s);
        if (const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS"); !dir.isEmpty())
            approval->grab().save(dir + u"/approve-dialog.png"_s);
        press(approval, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!b.decisions()->dialog() || !b.decisions()->dialog()->isVisible());
        QCOMPARE(f.events(ref, u"e.action = 'approve' AND e.reviewer = 'ben'"_s), 1);
        QCOMPARE(f.column(ref, u"outcome"_s), u"banned"_s);
        QTRY_COMPARE(tabCount(b, Tab::Approvals), 0);
    }

    // Switching databases under an open decision keeps the typed text unless the reviewer lets it go.
    void switchingDatabasesAsksAboutAnOpenDecision()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QVERIFY(clickCase(w, u"CASE-2018-0012"_s));
        press(&w, Qt::Key_C);
        DecisionDialog *dialog = shownDialog(w);
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), u"Mining hardware only."_s);
        // Keep editing when asked: the switch is refused and the dialog stays as it was.
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                QTest::keyClick(box, Qt::Key_Escape);
        });
        QVERIFY(!w.openDatabase(w.database().path()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->rationale(), u"Mining hardware only."_s);
        // Pressing C again brings the same dialog back without clearing it.
        press(&w, Qt::Key_C);
        QCOMPARE(dialog->rationale(), u"Mining hardware only."_s);
    }

    void banWithoutEvidenceIsRefused()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const QString ref = u"CASE-2018-0012"_s;
        QVERIFY(clickCase(w, ref));
        const qint64 before = f.events(ref, u"1"_s);
        press(&w, Qt::Key_B);
        DecisionDialog *dialog = shownDialog(w);
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), u"Looks like a pump."_s);
        press(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTest::qWait(50);
        QCOMPARE(f.events(ref, u"1"_s), before);
        QVERIFY(dialog->isVisible());
        const QString hint = part<QLabel>(dialog, u"hint"_s)->text();
        QVERIFY2(hint.contains(u"evidence"_s), qPrintable(hint));
        QCOMPARE(f.column(ref, u"state"_s), w.casePane()->record().state);
    }

    void decideAndNext()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_VERIFY(w.queueModel()->rowCount() >= 3);
        const QString ref = w.queueModel()->refAt(1);
        const QString following = w.queueModel()->refAt(2);
        QVERIFY(clickCase(w, ref));
        press(&w, Qt::Key_C);
        DecisionDialog *dialog = shownDialog(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), u"clear"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"Press coverage only; no product advertised."_s);
        press(dialog, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(w.queueView()->currentRef(), following);
        QCOMPARE(w.casePane()->caseRef(), following);
        QCOMPARE(f.column(ref, u"outcome"_s), u"cleared"_s);
        QCOMPARE(rowOf(w, ref), -1);
    }

    void searchNarrowsTheQueue()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_VERIFY(w.queueModel()->rowCount() > 1);
        const int all = w.queueModel()->rowCount();
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), w.filterBar()->searchBox());
        QTest::keyClicks(QApplication::focusWidget(), u"Pennywhistle"_s);
        QCOMPARE(w.filterBar()->searchBox()->text(), u"Pennywhistle"_s); // no letter taken as a shortcut
        QTRY_COMPARE(w.queueModel()->rowCount(), 1);
        QCOMPARE(w.queueModel()->refAt(0), u"CASE-2018-0011"_s);
        QTRY_COMPARE(w.casePane()->caseRef(), u"CASE-2018-0011"_s);
        QTRY_COMPARE(tabCount(w, Tab::Open), 1);
        press(&w, Qt::Key_A, Qt::ControlModifier);
        press(&w, Qt::Key_Backspace);
        QCOMPARE(w.filterBar()->searchBox()->text(), QString());
        QTRY_COMPARE(w.queueModel()->rowCount(), all);
        QTRY_COMPARE(tabCount(w, Tab::Open), all);
    }

    // A word in most cases: the first page comes from walking the queue, the rest when the
    // reviewer scrolls to its end.
    void commonWordShowsItsFirstPageFirst()
    {
        Fixture f;
        QVERIFY(Generator(f.t.db(), f.t.review(), 3).run(1500).ok());
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        w.queueModel()->setSearchProbeMinimum(0); // as a word in a million cases would be
        auto *count = w.findChild<QLabel *>(u"queueCount"_s);
        QVERIFY(count);
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"exchange"_s);
        QTRY_COMPARE(w.filterBar()->searchBox()->text(), u"exchange"_s);
        QTRY_VERIFY(!w.queueModel()->countKnown());
        QCOMPARE(w.queueModel()->rowCount(), CaseQueueModel::pageSize);
        QVERIFY2(count->text().contains(u"or more"_s), qPrintable(count->text()));
        const QString first = w.queueModel()->refAt(0);

        w.queueView()->setFocus();
        press(w.queueView(), Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(w.queueModel()->countKnown());
        QVERIFY(w.queueModel()->rowCount() > CaseQueueModel::pageSize);
        QTRY_COMPARE(tabCount(w, Tab::Open), w.queueModel()->rowCount()); // counted apart, in the background
        QCOMPARE(w.queueModel()->refAt(0), first);
        QVERIFY2(count->text().startsWith(u"%1 case"_s.arg(w.queueModel()->rowCount())), qPrintable(count->text()));
        const qint64 expected = f.t.count(u"SELECT count(*) FROM cases WHERE state IN ('open', 'in-review') AND id IN "
                                          "(SELECT rowid FROM case_search WHERE case_search MATCH '\"exchange\"*')"_s);
        QCOMPARE(w.queueModel()->rowCount(), expected);
    }

    void backsUpOnceADay()
    {
        Fixture f;
        QVERIFY(f.open());
        QTRY_COMPARE(Backups(f.t.path()).list().size(), 1);
        QCOMPARE(Backups(f.t.path()).latest()->reason, u"daily"_s);
        QVERIFY(f.open()); // the same day: no second copy
        QTest::qWait(200);
        QCOMPARE(Backups(f.t.path()).list().size(), 1);
    }

    void bestMatchFirstOrdersTheSearchByRank()
    {
        Fixture f;
        QVERIFY(Generator(f.t.db(), f.t.review(), 4).run(300).ok());
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        auto *best = w.findChild<QCheckBox *>(u"bestMatch"_s);
        QVERIFY(best);
        QVERIFY(!best->isEnabled()); // nothing to rank yet
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"exchange"_s);
        QTRY_VERIFY(best->isEnabled());
        QTest::mouseClick(best, Qt::LeftButton, {}, best->rect().center());
        QVERIFY(best->isChecked());
        // Ranked on a worker, then counted a slice per turn.
        QTRY_VERIFY(w.queueModel()->ranked() && w.queueModel()->countKnown());
        QVERIFY(!w.queueView()->horizontalHeader()->isSortIndicatorShown());
        QSqlQuery q(f.t.db().connection());
        QVERIFY(q.exec(u"SELECT c.ref FROM case_search s JOIN cases c ON c.id = s.rowid WHERE case_search MATCH "
                       "'\"exchange\"*' AND c.state IN ('open', 'in-review') ORDER BY s.rank, c.id"_s));
        QStringList want;
        while (q.next())
            want << q.value(0).toString();
        QVERIFY(want.size() > 10);
        QCOMPARE(w.queueModel()->rowCount(), want.size());
        for (int row = 0; row < want.size(); ++row)
            QCOMPARE(w.queueModel()->refAt(row), want[row]);
        press(best, Qt::Key_Space); // untick from the keyboard
        QTRY_VERIFY(!w.queueModel()->ranked());
        QVERIFY(w.queueView()->horizontalHeader()->isSortIndicatorShown());
    }

    void conflictKeepsTheDialog()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const QString ref = u"CASE-2018-0012"_s;
        QVERIFY(clickCase(w, ref));
        QTRY_VERIFY(tabCount(w, Tab::Open) > 0);
        const qint64 open = tabCount(w, Tab::Open);
        press(&w, Qt::Key_C);
        DecisionDialog *dialog = shownDialog(w);
        QVERIFY(dialog);
        const QString text = u"Hash rental marketplace; no token offered."_s;
        QTest::keyClicks(QApplication::focusWidget(), text);
        const qint64 mine = f.events(ref, u"e.reviewer = 'tester' AND e.action <> 'flag'"_s);
        QVERIFY(banElsewhere(f, ref));

        press(dialog, Qt::Key_Return, Qt::ControlModifier);
        auto *error = part<QLabel>(dialog, u"error"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"has changed"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->rationale(), text);
        QCOMPARE(f.events(ref, u"e.reviewer = 'tester' AND e.action <> 'flag'"_s), mine);
        QCOMPARE(f.events(ref, u"e.action = 'clear'"_s), 0);
        QCOMPARE(f.column(ref, u"outcome"_s), u"banned"_s);

        // the pane shows what the other reviewer did; the queue follows
        QTreeWidget *history = w.casePane()->findChild<HistoryView *>()->list();
        QTRY_COMPARE(w.casePane()->record().outcome, u"banned"_s);
        QVERIFY(history->topLevelItemCount() > 0);
        QCOMPARE(history->topLevelItem(0)->text(HistoryView::ReviewerColumn), u"other.reviewer"_s);
        QCOMPARE(history->topLevelItem(0)->text(HistoryView::ActionColumn).toLower(), u"ban"_s);
        QTRY_COMPARE(tabCount(w, Tab::Open), open - 1);
    }

    // The decisions on an appeal are closed to whoever made the ban it contests; notes are not.
    void anAppealsDecisionsAreClosedToTheBansReviewer()
    {
        Fixture f;
        const QString appeal = u"CASE-2018-0008"_s;
        for (const QString &reviewer : {u"grace.okafor"_s, u"tester"_s}) {
            QVERIFY(f.open({reviewer, reviewer + u"-device"_s}));
            MainWindow &w = *f.w;
            clickTab(w, Tab::Appeals);
            QTRY_COMPARE(w.queueModel()->filter().tab, Tab::Appeals);
            QVERIFY(clickCase(w, appeal));
            const bool mayDecide = reviewer != u"grace.okafor"_s;
            QCOMPARE(w.actions()->get(Actions::Reinstate)->isEnabled(), mayDecide);
            QCOMPARE(w.actions()->get(Actions::Clear)->isEnabled(), mayDecide);
            QCOMPARE(w.actions()->get(Actions::Ban)->isEnabled(), mayDecide);
            QVERIFY(w.actions()->get(Actions::Annotate)->isEnabled());
        }
    }

    void actionsFollowTheCaseState()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        clickTab(w, Tab::Decided);
        QTRY_COMPARE(w.queueModel()->filter().tab, Tab::Decided);
        const QString banned = u"CASE-2018-0002"_s;
        QCOMPARE(f.column(banned, u"outcome"_s), u"banned"_s);
        QVERIFY(clickCase(w, banned));
        QVERIFY(!w.actions()->get(Actions::Ban)->isEnabled());
        QVERIFY(!w.actions()->get(Actions::Clear)->isEnabled());
        QVERIFY(w.actions()->get(Actions::Reinstate)->isEnabled());
        QVERIFY(!w.actions()->get(Actions::AssignToMe)->isEnabled());
        QVERIFY(w.actions()->get(Actions::Annotate)->isEnabled());
        press(&w, Qt::Key_B); // a disabled action's key does nothing
        QTest::qWait(50);
        QVERIFY(!w.decisions()->dialog());

        clickTab(w, Tab::Open);
        QTRY_COMPARE(w.queueModel()->filter().tab, Tab::Open);
        const QString open = u"CASE-2018-0012"_s;
        QVERIFY(f.column(open, u"assignee"_s) != u"tester"_s);
        QVERIFY(clickCase(w, open));
        QVERIFY(w.actions()->get(Actions::Ban)->isEnabled());
        QVERIFY(!w.actions()->get(Actions::Reinstate)->isEnabled());
        QVERIFY(w.actions()->get(Actions::AssignToMe)->isEnabled());
        press(&w, Qt::Key_A);
        QTRY_COMPARE(f.column(open, u"assignee"_s), u"tester"_s);
        QCOMPARE(f.events(open, u"e.action = 'assign' AND e.reviewer = 'tester'"_s), 1);
        QTRY_COMPARE(w.casePane()->record().assignee, u"tester"_s);
        QVERIFY(!w.actions()->get(Actions::AssignToMe)->isEnabled());
    }

    void reopensOnTheLastTab()
    {
        Fixture f;
        QVERIFY(f.open());
        clickTab(*f.w, Tab::Decided);
        QTRY_COMPARE(f.w->queueModel()->filter().tab, Tab::Decided);
        QVERIFY(f.w->close());

        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QCOMPARE(w.filterBar()->tabs()->currentIndex(), int(Tab::Decided));
        QCOMPARE(w.queueModel()->filter().tab, Tab::Decided);
        const qint64 decided = f.t.count(u"SELECT count(*) FROM cases WHERE state = 'decided'"_s);
        QTRY_COMPARE(w.queueModel()->rowCount(), int(decided));
        QTRY_COMPARE(w.casePane()->caseRef(), w.queueModel()->refAt(0));
        QCOMPARE(w.casePane()->record().state, u"decided"_s);
    }

    void savedAssigneeFilterIsShown()
    {
        // The last session filtered by a reviewer who holds no case here (another database, or
        // their cases were handed over): the box must show what the queue is filtered by.
        Fixture f;
        Settings(f.settings)
            .setValue(Settings::Key::LastFilter, QVariantMap{{u"tab"_s, u"all"_s}, {u"assignee"_s, u"former.lead"_s}});
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QComboBox *assignee = nullptr;
        for (QComboBox *box : w.filterBar()->findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"Assignee filter")
                assignee = box;
        }
        QVERIFY(assignee);
        QTRY_VERIFY(assignee->findData(u"ana.moreau"_s) >= 0); // the assignees have been listed
        QCOMPARE(assignee->currentData().toString(), w.queueModel()->filter().assignee);
    }

    void f1ListsTheShortcuts()
    {
        Fixture f;
        QVERIFY(f.open());
        QString banKeys;
        bool isSheet = false;
        ModalWatcher watcher([&](QWidget *modal) {
            isSheet = qobject_cast<ShortcutsDialog *>(modal) != nullptr;
            if (auto *list = modal->findChild<QTreeWidget *>()) {
                for (int i = 0; i < list->topLevelItemCount(); ++i) {
                    if (list->topLevelItem(i)->text(0) == u"Ban")
                        banKeys = list->topLevelItem(i)->text(1);
                }
            }
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        press(f.w.get(), Qt::Key_F1);
        QCOMPARE(watcher.shown, 1);
        QVERIFY(isSheet);
        QCOMPARE(banKeys, u"B"_s);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void queueModelStaysConsistent()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QAbstractItemModelTester tester(w.queueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(w.queueModel()->rowCount() > 0);
        for (Tab tab : {Tab::Decided, Tab::All, Tab::Conflicts, Tab::Open}) {
            clickTab(w, tab);
            QTRY_COMPARE(w.queueModel()->filter().tab, tab);
        }
        w.queueModel()->sort(CaseQueueModel::Case, Qt::DescendingOrder);
        QVERIFY(clickCase(w, u"CASE-2018-0013"_s));
        press(&w, Qt::Key_A);
        QTRY_COMPARE(f.column(u"CASE-2018-0013"_s, u"assignee"_s), u"tester"_s);
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(w.filterBar()->searchBox(), u"Pennywhistle"_s);
        QTRY_COMPARE(w.queueModel()->rowCount(), 1);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
