// Evidence revisions and re-review in the window: a change recorded through the case pane's
// dialog sends the decisions citing the item to the Re-review tab, with the reason in the pane; a
// re-affirmation or a reversal made through the decision dialog takes them out again.
#include "TestDatabase.h"
#include "WidgetTestHelpers.h"
#include "case/CasePane.h"
#include "case/EvidencePanel.h"
#include "case/RereviewBanner.h"
#include "case/RevisionDialog.h"
#include "decision/DecisionDialog.h"
#include "main/Actions.h"
#include "main/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "queue/QueueView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

using test::part;
using test::press;
using test::shownDialog;

using Tab = QueueFilter::Tab;

// A fresh demo database, and the window on a second connection to the same file; t's own
// connection checks what the window wrote.
struct Fixture {
    test::TestDatabase t;
    QString settings;
    std::unique_ptr<MainWindow> w;

    Fixture() : settings(t.dirPath() + u"/settings.ini"_s) { t.loadDemo(); }

    bool open()
    {
        auto db = Database::open(t.path());
        if (!db)
            return false;
        w = std::make_unique<MainWindow>(std::move(*db), Identity{u"tester"_s, u"test-device"_s}, settings);
        w->show();
        return QTest::qWaitForWindowExposed(w.get()) && QTest::qWaitForWindowActive(w.get());
    }
    qint64 events(const QString &ref, const QString &action)
    {
        return t.count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' AND "
                       "e.action = '%2'"_s.arg(ref, action));
    }
    QString outcome(const QString &ref) { return t.text(u"SELECT outcome FROM cases WHERE ref = '%1'"_s.arg(ref)); }
};

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

void click(QWidget *widget)
{
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}

// Opens "Record a change to this evidence…" on the advisory shown in the pane's advisory tab.
RevisionDialog *openRevision(MainWindow &w)
{
    auto *tabs = part<QTabWidget>(w.casePane(), u"evidenceTabs"_s);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    auto *panel = part<EvidencePanel>(w.casePane(), u"advisoryPanel"_s);
    click(part<QPushButton>(panel, u"reviseEvidence"_s));
    RevisionDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = w.findChild<RevisionDialog *>(u"revisionDialog"_s);
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

void typeInto(QWidget *field, const QString &text)
{
    click(field);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

void shoot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS"); !dir.isEmpty())
        widget->grab().save(dir + u'/' + name);
}

} // namespace

class tst_MainWindowRereview : public QObject {
    Q_OBJECT

private slots:
    // An advisory superseded: the ban citing it goes to re-review, with the reason in the pane;
    // re-affirmed from the pane's banner, it leaves the tab.
    void aSupersededAdvisoryPutsTheBanInRereviewUntilReaffirmed()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const QString ref = u"CASE-2018-0001"_s;
        clickTab(w, Tab::Decided);
        QVERIFY(clickCase(w, ref));
        QTRY_COMPARE(tabCount(w, Tab::Rereview), 0);
        QVERIFY(!w.actions()->get(Actions::Reaffirm)->isEnabled());

        RevisionDialog *dialog = openRevision(w);
        QVERIFY(dialog);
        auto *record = part<QPushButton>(dialog, u"recordRevision"_s);
        QVERIFY(!record->isEnabled()); // nothing changed yet, no rationale
        auto *status = part<QComboBox>(dialog, u"revisionStatus"_s);
        status->setFocus(Qt::TabFocusReason);
        QTest::keyClick(status, Qt::Key_End); // the last state: superseded
        QTRY_COMPARE(status->currentData().toString(), u"superseded"_s);
        QVERIFY(!record->isEnabled()); // superseded by what?
        typeInto(part<QLineEdit>(dialog, u"revisionSupersededBy"_s), u"BOD 18-01"_s);
        typeInto(part<QPlainTextEdit>(dialog, u"revisionRationale"_s), u"CISA lists BOD 17-01 as superseded."_s);
        QVERIFY(record->isEnabled());
        shoot(dialog, u"revision-dialog.png"_s);
        click(record);
        QTRY_VERIFY(!w.findChild<RevisionDialog *>(u"revisionDialog"_s) ||
                    !w.findChild<RevisionDialog *>(u"revisionDialog"_s)->isVisible());
        QCOMPARE(f.events(ref, u"revise"_s), 1);

        // At once in the Re-review tab, the reason in the pane.
        QTRY_COMPARE(tabCount(w, Tab::Rereview), 1);
        clickTab(w, Tab::Rereview);
        QVERIFY(clickCase(w, ref));
        RereviewBanner *banner = w.casePane()->rereviewBanner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"EV-1"_s) &&
                     banner->text().contains(u"in force → superseded (by BOD 18-01)"_s),
                 qPrintable(banner->text()));
        QVERIFY(w.actions()->get(Actions::Reaffirm)->isEnabled());
        QVERIFY(w.actions()->get(Actions::Reverse)->isEnabled());
        QVERIFY(!w.actions()->get(Actions::Ban)->isEnabled());
        shoot(&w, u"rereview-tab.png"_s);

        // Re-affirmed from the banner, with a rationale.
        click(part<QPushButton>(banner, u"rereviewReaffirm"_s));
        DecisionDialog *decision = shownDialog(w);
        QVERIFY(decision);
        QCOMPARE(decision->action(), u"reaffirm"_s);
        // A ban in re-review reverses to a reinstatement, whichever action is chosen.
        QCOMPARE(part<QPushButton>(decision, u"reverse"_s)->text(), DecisionDialog::tr("Reverse: reinstate"));
        auto *primary = part<QPushButton>(decision, u"primary"_s);
        QVERIFY(!primary->isEnabled()); // a rationale first
        QTest::keyClicks(QApplication::focusWidget(), u"BOD 18-01 keeps the same requirement."_s);
        QVERIFY(primary->isEnabled());
        shoot(decision, u"reaffirm-dialog.png"_s);
        press(decision, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!w.decisions()->dialog() || !w.decisions()->dialog()->isVisible());
        QCOMPARE(f.events(ref, u"reaffirm"_s), 1);
        QCOMPARE(f.outcome(ref), u"banned"_s);
        QTRY_COMPARE(tabCount(w, Tab::Rereview), 0);
    }

    // The same advisory in two cases, revised in both at once; one ban reversed from the Case menu's
    // shortcut ends reinstated, the other stays in re-review.
    void aReversalOfABanInRereviewReinstates()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const QString first = u"CASE-2017-0001"_s, second = u"CASE-2017-0002"_s;
        clickTab(w, Tab::Decided);
        QVERIFY(clickCase(w, first));
        RevisionDialog *dialog = openRevision(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->elsewhere().size(), 1);
        QCOMPARE(dialog->elsewhere().first().caseRef, second);
        typeInto(part<QLineEdit>(dialog, u"revisionTitle"_s), u"Assessing Russian Activities (corrected)"_s);
        typeInto(part<QPlainTextEdit>(dialog, u"revisionRationale"_s), u"The title was corrected."_s);
        auto *alsoThere = part<QCheckBox>(dialog, u"reviseElsewhere"_s);
        QVERIFY(alsoThere->isVisible());
        QTest::mouseClick(alsoThere, Qt::LeftButton, {}, QPoint(8, alsoThere->height() / 2)); // on its box
        QVERIFY(alsoThere->isChecked());
        click(part<QPushButton>(dialog, u"recordRevision"_s));
        QTRY_VERIFY(!w.findChild<RevisionDialog *>(u"revisionDialog"_s) ||
                    !w.findChild<RevisionDialog *>(u"revisionDialog"_s)->isVisible());
        QCOMPARE(f.events(first, u"revise"_s), 1);
        QCOMPARE(f.events(second, u"revise"_s), 1);
        QTRY_COMPARE(tabCount(w, Tab::Rereview), 2);

        clickTab(w, Tab::Rereview);
        QVERIFY(clickCase(w, second));
        QTRY_VERIFY(w.actions()->get(Actions::Reverse)->isEnabled());
        QVERIFY(QTest::qWaitForWindowActive(&w));
        press(&w, Qt::Key_S);
        DecisionDialog *decision = shownDialog(w);
        QVERIFY(decision);
        QCOMPARE(decision->action(), u"reverse"_s);
        QCOMPARE(part<QPushButton>(decision, u"reverse"_s)->text(), DecisionDialog::tr("Reverse: reinstate"));
        QTest::keyClicks(QApplication::focusWidget(), u"Without the assessment the ban does not stand."_s);
        QVERIFY2(decision->missing().isEmpty(), qPrintable(decision->missing().join(u", "_s)));
        QVERIFY2(decision->statementProblems().isEmpty(), qPrintable(decision->statementProblems().join(u' ')));
        shoot(decision, u"reverse-dialog.png"_s);
        press(decision, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!w.decisions()->dialog() || !w.decisions()->dialog()->isVisible());
        QCOMPARE(f.events(second, u"reverse"_s), 1);
        QCOMPARE(f.outcome(second), u"reinstated"_s);
        QCOMPARE(f.outcome(first), u"banned"_s);
        QTRY_COMPARE(tabCount(w, Tab::Rereview), 1);
    }
};

QTEST_MAIN(tst_MainWindowRereview)
#include "tst_MainWindowRereview.moc"
