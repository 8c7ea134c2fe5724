#include "TestDatabase.h"
#include "WidgetTestHelpers.h"
#include "case/CasePane.h"
#include "case/ConflictBanner.h"
#include "case/ConflictSidesView.h"
#include "decision/DecisionDialog.h"
#include "decision/DecisionFlow.h"
#include "main/Actions.h"
#include "main/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "queue/QueueView.h"
#include "sync/SyncBundle.h"
#include "sync/SyncControl.h"
#include "sync/SyncMerge.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStyleFactory>
#include <QTabBar>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

using test::darkPalette;
using test::part;
using test::press;
using test::shownDialog;

using Tab = QueueFilter::Tab;

const QString conflicted = u"CASE-2018-0012"_s;

// Two laptops that started from the same demo database: the window's (A, the demo file) and a
// copy (B). Each decides on its own; B's work reaches A as a sync bundle.
struct Fixture {
    test::TestDatabase t;
    QString copyPath;
    std::unique_ptr<Database> copy;
    ManualClock copyClock{QDateTime(QDate(2018, 6, 1), QTime(12, 5), Qt::UTC)};
    std::unique_ptr<MainWindow> w;

    Fixture() : copyPath(t.dirPath() + u"/laptop-b.sqlite"_s)
    {
        t.loadDemo();
        t.close(); // the copy starts from the file as it is on disk
        if (!QFile::copy(t.path(), copyPath))
            qFatal("cannot copy the database");
        t.reopen();
        copy = std::move(*Database::open(copyPath));
    }
    Result<ReviewService::Submitted> onA(const Command &c)
    {
        ReviewService a = t.reviewAs(u"ana.moreau"_s, u"laptop-a"_s);
        return a.submit(c);
    }
    Result<ReviewService::Submitted> onB(const Command &c)
    {
        ReviewService b(*copy, copyClock, Identity{u"ben.okafor"_s, u"laptop-b"_s});
        return b.submit(c);
    }
    QString bundleOfB()
    {
        const QString path = t.dirPath() + u"/laptop-b.adrbundle"_s;
        auto written = SyncBundle::write(*copy, Identity{u"ben.okafor"_s, u"laptop-b"_s}, copyClock, path, {});
        if (!written)
            qFatal("export failed: %s", qPrintable(written.error().message));
        return path;
    }
    // A bans, B clears the same case without seeing the ban.
    bool disagree(const QString &ref)
    {
        return onA({ref,
                    u"ban"_s,
                    u"ADS-CRYPTO"_s,
                    u"Promises guaranteed returns on a token sale."_s,
                    {u"EV-1"_s},
                    {},
                    {},
                    {}})
                   .ok() &&
               onB({ref, u"clear"_s, {}, u"Sells mining hardware; no token is offered."_s, {}, {}, {}, {}}).ok();
    }
    bool open()
    {
        w.reset();
        auto db = Database::open(t.path());
        if (!db)
            return false;
        w = std::make_unique<MainWindow>(std::move(*db), Identity{u"lead"_s, u"lead-laptop"_s},
                                         t.dirPath() + u"/settings.ini"_s);
        w->show();
        return QTest::qWaitForWindowExposed(w.get()) && QTest::qWaitForWindowActive(w.get());
    }
    QString column(const QString &ref, const QString &name)
    {
        return t.text(u"SELECT %1 FROM cases WHERE ref = '%2'"_s.arg(name, ref));
    }
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

bool clickTab(MainWindow &w, Tab tab)
{
    QTabBar *bar = w.filterBar()->tabs();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(int(tab)).center());
    return QTest::qWaitFor([&] { return w.queueModel()->filter().tab == tab; });
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

// Opens the resolve form on the conflicted case from the Conflicts tab, with L.
DecisionDialog *openResolve(Fixture &f)
{
    MainWindow &w = *f.w;
    if (!clickTab(w, Tab::Conflicts) || !clickCase(w, conflicted))
        return nullptr;
    press(&w, Qt::Key_L);
    return shownDialog(w);
}

// Chooses "cleared" the way a keyboard user does: the form opens on the outcome, Right moves to
// the next choice, Space takes it; two Tabs (past the policy) reach the rationale. Empty when
// done, else what went wrong.
QString chooseClearedAndType(DecisionDialog *dialog, const QString &text)
{
    const auto focusName = [] {
        QWidget *w = QApplication::focusWidget();
        return w ? u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()) : u"none"_s;
    };
    if (QApplication::focusWidget() != part<QRadioButton>(dialog, u"banned"_s))
        return u"the form opened on %1"_s.arg(focusName());
    press(dialog, Qt::Key_Right);
    press(dialog, Qt::Key_Space);
    if (dialog->outcome() != u"cleared")
        return u"outcome '%1', focus on %2"_s.arg(dialog->outcome(), focusName());
    press(dialog, Qt::Key_Tab);
    press(dialog, Qt::Key_Tab);
    if (QApplication::focusWidget() != part<QPlainTextEdit>(dialog, u"rationale"_s))
        return u"two tabs from the outcome reach %1"_s.arg(focusName());
    QTest::keyClicks(QApplication::focusWidget(), text);
    return {};
}

} // namespace

class tst_ResolveConflict : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void aLeadResolvesAConflictFromTheWindow()
    {
        Fixture f;
        QVERIFY(f.disagree(conflicted));
        auto merged = test::mergeTrusting(f.t.db(), f.bundleOfB());
        QVERIFY(merged.ok());
        QCOMPARE(merged->newConflicts, QStringList{conflicted});
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_VERIFY(tabCount(w, Tab::Conflicts) > 0);
        const qint64 conflicts = tabCount(w, Tab::Conflicts);
        QCOMPARE(conflicts, f.t.count(u"SELECT count(*) FROM cases WHERE state = 'conflict'"_s));

        QVERIFY(clickTab(w, Tab::Conflicts));
        QVERIFY(clickCase(w, conflicted));
        // The pane names both sides; only annotating and resolving are offered.
        const QString banner = w.casePane()->conflictBanner()->text();
        for (const QString &side : {u"ban (banned) by \u2068ana.moreau\u2069 on \u2068laptop-a\u2069"_s,
                                    u"clear (cleared) by \u2068ben.okafor\u2069 on \u2068laptop-b\u2069"_s})
            QVERIFY2(banner.contains(side), qPrintable(banner));
        for (QLabel *label : w.casePane()->conflictBanner()->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText); // names come from other laptops
        QVERIFY(w.actions()->get(Actions::ResolveConflict)->isEnabled());
        QVERIFY(w.actions()->get(Actions::Annotate)->isEnabled());
        for (Actions::Id id : {Actions::Ban, Actions::Clear, Actions::Reinstate, Actions::Escalate})
            QVERIFY(!w.actions()->get(id)->isEnabled());

        press(&w, Qt::Key_L);
        DecisionDialog *dialog = shownDialog(w);
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), u"resolve-conflict"_s);
        auto *sides = part<ConflictSidesView>(dialog, u"conflictSides"_s);
        QVERIFY(sides->isVisible());
        QCOMPARE(sides->sideCount(), 2);
        const QString first = sides->sideText(0) + sides->sideText(1);
        for (const QString &expected : {u"ban (banned)"_s, u"ana.moreau"_s, u"laptop-a"_s, u"2018-06-01 12:00 UTC"_s,
                                        u"Promises guaranteed returns on a token sale."_s, u"EV-1"_s,
                                        u"clear (cleared)"_s, u"ben.okafor"_s, u"laptop-b"_s, u"2018-06-01 12:05 UTC"_s,
                                        u"Sells mining hardware; no token is offered."_s, u"Evidence cited: none"_s})
            QVERIFY2(first.contains(expected), qPrintable(expected + u" not in:\n"_s + first));
        for (QLabel *label : dialog->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        auto *primary = part<QPushButton>(dialog, u"primary"_s);
        QVERIFY(!primary->isEnabled()); // no outcome chosen yet, no rationale
        QVERIFY(part<QLabel>(dialog, u"hint"_s)->text().contains(u"an outcome"_s));

        QCOMPARE(chooseClearedAndType(dialog, u"The hardware shop sells no token; the ban read the wrong page."_s),
                 QString());
        QVERIFY(primary->isEnabled());
        press(dialog, Qt::Key_Enter, Qt::ControlModifier);
        QTRY_VERIFY(!w.decisions()->dialog() || !w.decisions()->dialog()->isVisible());

        QCOMPARE(f.t.count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' "
                           "AND e.action = 'resolve-conflict' AND e.outcome = 'cleared' AND e.reviewer = 'lead' "
                           "AND e.device = 'lead-laptop'"_s.arg(conflicted)),
                 1);
        // It was decided from both sides: its parents are the two decisions.
        const QStringList parents =
            f.t.text(u"SELECT parents FROM events WHERE action = 'resolve-conflict'"_s).split(u' ');
        QCOMPARE(parents.size(), 2);
        QCOMPARE(f.column(conflicted, u"state"_s), u"decided"_s);
        QCOMPARE(f.column(conflicted, u"outcome"_s), u"cleared"_s);
        QTRY_COMPARE(tabCount(w, Tab::Conflicts), conflicts - 1);
        QTRY_COMPARE(rowOf(w, conflicted), -1);
        QTRY_COMPARE(w.casePane()->record().state, u"decided"_s);
        QVERIFY(!w.casePane()->conflictBanner()->isVisible());
        QVERIFY(!w.actions()->get(Actions::ResolveConflict)->isEnabled());
    }

    // The form names the heads it was opened on; a case that moved on meanwhile is refused like
    // any other decision, reloaded, and decided on the second try.
    void aCaseChangedMeanwhileIsRefused()
    {
        Fixture f;
        QVERIFY(f.disagree(conflicted));
        QVERIFY(test::mergeTrusting(f.t.db(), f.bundleOfB()).ok());
        QVERIFY(f.open());
        DecisionDialog *dialog = openResolve(f);
        QVERIFY(dialog);
        const QString text = u"Cleared: hardware only."_s;
        QCOMPARE(chooseClearedAndType(dialog, text), QString());
        QVERIFY(f.onA({conflicted, u"annotate"_s, {}, u"Lead, please look."_s, {}, {}, {}, {}}).ok());

        press(dialog, Qt::Key_Return, Qt::ControlModifier);
        auto *error = part<QLabel>(dialog, u"error"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"has changed"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->rationale(), text);
        QCOMPARE(dialog->outcome(), u"cleared"_s);
        QCOMPARE(f.t.count(u"SELECT count(*) FROM events WHERE action = 'resolve-conflict'"_s), 0);
        QCOMPARE(f.column(conflicted, u"state"_s), u"conflict"_s);

        press(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(f.column(conflicted, u"state"_s), u"decided"_s);
        QCOMPARE(f.t.count(u"SELECT count(*) FROM events WHERE action = 'resolve-conflict'"_s), 1);
    }

    void syncThroughTheWindow()
    {
        Fixture f;
        const QString alsoCleared = u"CASE-2018-0013"_s;
        QVERIFY(f.disagree(conflicted));
        QVERIFY(f.onB({alsoCleared, u"clear"_s, {}, u"Press coverage only."_s, {}, {}, {}, {}}).ok());
        const QString bundle = f.bundleOfB();
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_VERIFY(tabCount(w, Tab::Open) > 0);
        const qint64 open = tabCount(w, Tab::Open);
        QTRY_VERIFY(tabCount(w, Tab::Conflicts) >= 0);
        const qint64 conflicts = tabCount(w, Tab::Conflicts);
        QVERIFY(clickCase(w, alsoCleared));
        QCOMPARE(w.casePane()->record().state, u"open"_s);

        w.sync()->setOpenChooser([&] { return QStringList{bundle}; });
        QAction *import = w.actions()->get(Actions::SyncImport);
        import->trigger();
        // Busy until the worker is done; no second sync meanwhile.
        QVERIFY(!import->isEnabled());
        QVERIFY(part<QProgressBar>(&w, u"syncBusy"_s)->isVisible());
        // Laptop B is new here: the window names it with its key's fingerprint and asks.
        QTRY_VERIFY(w.sync()->trustBox() && w.sync()->trustBox()->isVisible());
        QVERIFY2(w.sync()->trustBox()->text().contains(u"laptop-b (reviewer"_s),
                 qPrintable(w.sync()->trustBox()->text()));
        QVERIFY(w.sync()->trustBox()->text().contains(u"SHA256:"_s));
        QTest::mouseClick(w.sync()->trustBox()->findChild<QPushButton *>(u"trustAndMerge"_s), Qt::LeftButton);
        QTRY_VERIFY(w.sync()->resultBox() && w.sync()->resultBox()->isVisible());
        QVERIFY(import->isEnabled());
        QVERIFY(!part<QProgressBar>(&w, u"syncBusy"_s)->isVisible());
        QMessageBox *box = w.sync()->resultBox();
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->icon(), QMessageBox::Information);
        for (const QString &expected : {u"laptop-b.adrbundle: 2 new events"_s, u"from laptop-b"_s,
                                        u"1 new conflict: CASE-2018-0012"_s, u"now in conflict"_s})
            QVERIFY2(box->text().contains(expected), qPrintable(box->text()));
        box->close();

        // The queue, its counts and the open case show the merged state.
        QCOMPARE(f.column(alsoCleared, u"outcome"_s), u"cleared"_s);
        QTRY_COMPARE(w.casePane()->record().state, u"decided"_s);
        QCOMPARE(w.casePane()->record().outcome, u"cleared"_s);
        QTRY_COMPARE(tabCount(w, Tab::Open), open - 1);
        QTRY_COMPARE(tabCount(w, Tab::Conflicts), conflicts + 1);
        QCOMPARE(rowOf(w, alsoCleared), -1);

        // A file that is no bundle is refused whole, and says why.
        const QString junk = f.t.dirPath() + u"/junk.adrbundle"_s;
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<b>not a bundle</b>\n");
        file.close();
        const qint64 events = f.t.count(u"SELECT count(*) FROM events"_s);
        w.sync()->setOpenChooser([&] { return QStringList{junk}; });
        import->trigger();
        QTRY_VERIFY(w.sync()->resultBox() && w.sync()->resultBox()->isVisible());
        box = w.sync()->resultBox();
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->text().contains(u"junk.adrbundle: not an AdReview sync bundle"_s), qPrintable(box->text()));
        QCOMPARE(f.t.count(u"SELECT count(*) FROM events"_s), events);
        box->close();

        // Export: the window's identity, a suggested name, the summary.
        QString suggested;
        const QString out = f.t.dirPath() + u"/from-window.adrbundle"_s;
        w.sync()->setSaveChooser([&](const QString &path) {
            suggested = path;
            return out;
        });
        w.actions()->get(Actions::SyncExport)->trigger();
        QTRY_VERIFY(w.sync()->resultBox() && w.sync()->resultBox()->isVisible());
        box = w.sync()->resultBox();
        QVERIFY2(box->text().contains(u"Wrote the bundle: %1: "_s.arg(out)), qPrintable(box->text()));
        QVERIFY2(
            suggested.endsWith(u"/adreview-lead-laptop-%1.adrbundle"_s.arg(QDate::currentDate().toString(Qt::ISODate))),
            qPrintable(suggested));
        auto read = SyncBundle::read(out);
        QVERIFY(read.ok());
        QCOMPARE(read->device, u"lead-laptop"_s);
        QCOMPARE(read->reviewer, u"lead"_s);
        QCOMPARE(qint64(read->events.size()), f.t.count(u"SELECT count(*) FROM events"_s));
        box->close();
    }

    // A right click on a row offers the case's commands, Resolve Conflict among them.
    void theQueueMenuOffersResolving()
    {
        Fixture f;
        QVERIFY(f.disagree(conflicted));
        QVERIFY(test::mergeTrusting(f.t.db(), f.bundleOfB()).ok());
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QVERIFY(clickTab(w, Tab::Conflicts));
        QTRY_VERIFY(rowOf(w, conflicted) >= 0);
        QueueView *queue = w.queueView();
        const QModelIndex index = w.queueModel()->index(rowOf(w, conflicted), CaseQueueModel::Advertiser);
        const QPoint at = queue->visualRect(index).center();
        QStringList offered;
        QTimer::singleShot(100, [&] {
            if (QWidget *menu = QApplication::activePopupWidget()) {
                for (QAction *action : menu->actions()) {
                    if (action->isEnabled())
                        offered << action->text().remove(u'&');
                }
                menu->close();
            }
        });
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, queue->viewport()->mapToGlobal(at));
        QApplication::sendEvent(queue->viewport(), &click);
        QCOMPARE(w.casePane()->caseRef(), conflicted);
        QCOMPARE(offered, (QStringList{u"Resolve Conflict…"_s, u"Annotate…"_s}));
    }

    void suggestedNamesAreSafe()
    {
        QCOMPARE(SyncControl::suggestedName(u"Ana's laptop/2"_s, QDate(2018, 6, 1)),
                 u"adreview-Ana-s-laptop-2-2018-06-01.adrbundle"_s);
        QCOMPARE(SyncControl::suggestedName(u"../x"_s, QDate(2018, 6, 1)),
                 u"adreview-device..-x-2018-06-01.adrbundle"_s);
        QCOMPARE(SyncControl::suggestedName(QString(), QDate(2018, 6, 1)), u"adreview-device-2018-06-01.adrbundle"_s);
    }

    // Set ADREVIEW_SCREENSHOTS to a folder to look at the banner and the form in both palettes.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set ADREVIEW_SCREENSHOTS to save pictures of the conflict banner and the resolve form");
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            if (dark)
                QApplication::setPalette(darkPalette());
            Fixture f;
            QVERIFY(f.disagree(conflicted));
            QVERIFY(test::mergeTrusting(f.t.db(), f.bundleOfB()).ok());
            QVERIFY(f.open());
            f.w->resize(1360, 820);
            const QString suffix = dark ? u"dark"_s : u"light"_s;
            DecisionDialog *dialog = openResolve(f);
            QVERIFY(dialog);
            QTest::qWait(50);
            QVERIFY(f.w->grab().save(u"%1/conflict-banner-%2.png"_s.arg(dir, suffix)));
            QCOMPARE(chooseClearedAndType(dialog, u"The shop sells mining hardware only; no token is offered, so "
                                                  "the ban read the wrong page. Cleared."_s),
                     QString());
            QTest::qWait(50);
            QVERIFY(dialog->grab().save(u"%1/resolve-dialog-%2.png"_s.arg(dir, suffix)));
        }
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(tst_ResolveConflict)
#include "tst_ResolveConflict.moc"
