// Saved views in the window: View → Save Current View… (Ctrl+D) keeps the tab, filters, search and
// sort under a name; the views come back after a restart in their order, in the View menu (Ctrl+1 …)
// and as buttons on a row under the state tabs, each with the number of cases it lists; showing one
// applies it to the queue; Manage Saved Views… renames, reorders and deletes them for good. The
// state tabs fit the default window in every language the window speaks.

#include "TestDatabase.h"
#include "WidgetTestHelpers.h"
#include "decision/DecisionDialog.h"
#include "decision/EvidencePicker.h"
#include "main/Actions.h"
#include "main/Language.h"
#include "main/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "queue/QueueView.h"
#include "queue/SavedViewsControl.h"
#include "queue/SavedViewsDialog.h"
#include "queue/ViewNameDialog.h"
#include "review/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

using Tab = QueueFilter::Tab;
using test::part;
using test::press;

struct Fixture {
    test::TestDatabase t;
    QString settings;
    std::unique_ptr<MainWindow> w;

    Fixture() : settings(t.dirPath() + u"/settings.ini"_s) { t.loadDemo(); }

    bool open()
    {
        w.reset();
        auto db = Database::open(t.path());
        if (!db)
            return false;
        w = std::make_unique<MainWindow>(std::move(*db), Identity{u"tester"_s, u"test-device"_s}, settings);
        w->show();
        return QTest::qWaitForWindowExposed(w.get()) && QTest::qWaitForWindowActive(w.get());
    }
    // Closes the window as the user does, and opens it again on the same settings file.
    bool restart() { return w->close() && open(); }
    qint64 count(const QString &where) { return t.count(u"SELECT count(*) FROM cases c WHERE "_s + where); }
};

// Runs `act` on the next modal dialog of type T, once it is shown (exec() would block the test).
template <typename T>
void onNextModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!modal || !modal->isVisible() || QApplication::activeWindow() != modal)
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
    });
    timer->start();
}

// Types a name in the name dialog and presses Enter.
void answerName(const QString &name)
{
    onNextModal<ViewNameDialog>([name](ViewNameDialog *d) {
        d->nameBox()->selectAll();
        QTest::keyClicks(d->nameBox(), name);
        QTest::keyClick(d->nameBox(), Qt::Key_Return);
    });
}

// The saved views' buttons, as they read.
QStringList tabTexts(const MainWindow &w)
{
    QStringList out;
    for (int i = 0; QToolButton *button = w.filterBar()->viewButton(i); ++i)
        out << button->text();
    return out;
}

QStringList menuTexts(const MainWindow &w)
{
    QStringList out;
    for (QAction *a : w.savedViews()->menuActions())
        out << a->text() + (a->shortcut().isEmpty() ? QString() : u" ["_s + a->shortcut().toString() + u']');
    return out;
}

void clickTab(MainWindow &w, int index)
{
    QTabBar *bar = w.filterBar()->tabs();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
}

void clickView(MainWindow &w, int index)
{
    QToolButton *button = w.filterBar()->viewButton(index);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

// The view shown: its button checked and no other, and the state tab of its filter current.
bool showsView(const MainWindow &w, int index, Tab tab)
{
    for (int i = 0; QToolButton *button = w.filterBar()->viewButton(i); ++i) {
        if (button->isChecked() != (i == index))
            return false;
    }
    return w.filterBar()->currentView() == index && w.filterBar()->tabs()->currentIndex() == int(tab);
}

void clickHeader(MainWindow &w, int column)
{
    QHeaderView *header = w.queueView()->horizontalHeader();
    const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
}

void keepScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50);
    w->grab().save(dir + u'/' + name + u".png"_s);
}

void writeViews(const QString &file, const SavedViews &views)
{
    Settings settings(file);
    settings.setValue(Settings::Key::SavedViews, views.toVariant());
}

SavedView simpleView(const QString &name, Tab tab, const QString &policy = {})
{
    SavedView v;
    v.name = name;
    v.filter.tab = tab;
    v.filter.policyCode = policy;
    return v;
}

} // namespace

class TestMainWindowSavedViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    // Saved from the window with the keyboard, back after a restart in order, and applied.
    void savedViewsSurviveARestart()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QVERIFY(tabTexts(w).isEmpty());
        QVERIFY(!w.filterBar()->viewBar()->isVisible()); // the row is there once a view is
        QCOMPARE(menuTexts(w), QStringList{u"No saved views"_s});

        // Open crypto cases mentioning "wallet", sorted by SLA the other way round.
        QComboBox *policies = nullptr;
        for (auto *c : w.filterBar()->findChildren<QComboBox *>()) {
            if (c->accessibleName() == u"Policy filter")
                policies = c;
        }
        QVERIFY(policies);
        policies->setCurrentIndex(policies->findData(u"ADS-CRYPTO"_s));
        w.filterBar()->searchBox()->setFocus();
        QTest::keyClicks(w.filterBar()->searchBox(), u"wallet"_s);
        QTest::keyClick(w.filterBar()->searchBox(), Qt::Key_Return);
        QTRY_COMPARE(w.queueModel()->filter().search, u"wallet"_s);
        clickHeader(w, CaseQueueModel::Sla);
        clickHeader(w, CaseQueueModel::Sla);
        QCOMPARE(w.queueModel()->sortColumn(), int(CaseQueueModel::Sla));
        const Qt::SortOrder order = w.queueModel()->sortOrder();
        // What the queue lists now is what the view will list.
        const qint64 wallets = w.queueModel()->rowCount();
        QVERIFY(wallets > 0);
        QVERIFY(wallets < f.count(u"c.state IN ('open', 'in-review')"_s));

        answerName(u"  Crypto wallets  "_s);
        press(&w, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(tabTexts(w), QStringList{u"Crypto wallets (%1)"_s.arg(wallets)});
        QVERIFY(w.filterBar()->viewBar()->isVisible());
        QVERIFY(showsView(w, 0, Tab::Open));
        QCOMPARE(menuTexts(w), QStringList{u"Crypto wallets [Ctrl+1]"_s});
        QVERIFY(w.savedViews()->menuActions().at(0)->isChecked());
        QVERIFY(w.statusBar()->currentMessage().contains(u"Ctrl+1"_s));

        // A filter changed by hand leaves the view: its button and menu entry are no longer checked.
        clickTab(w, int(Tab::Decided));
        QTRY_COMPARE(w.queueModel()->filter().tab, Tab::Decided);
        QVERIFY(showsView(w, -1, Tab::Decided));
        QVERIFY(!w.savedViews()->menuActions().at(0)->isChecked());
        // A second view: every decided case, nothing searched.
        w.filterBar()->searchBox()->clear();
        policies->setCurrentIndex(0);
        QTRY_VERIFY(w.queueModel()->filter().search.isEmpty() && w.queueModel()->filter().policyCode.isEmpty());
        answerName(u"Decided"_s);
        w.actions()->get(Actions::SaveView)->trigger();
        const qint64 decided = f.count(u"c.state = 'decided'"_s);
        QTRY_COMPARE(tabTexts(w), (QStringList{u"Crypto wallets (%1)"_s.arg(wallets), u"Decided (%1)"_s.arg(decided)}));
        keepScreenshot(&w, u"saved-views"_s);

        QVERIFY(f.restart());
        MainWindow &again = *f.w;
        QTRY_COMPARE(tabTexts(again),
                     (QStringList{u"Crypto wallets (%1)"_s.arg(wallets), u"Decided (%1)"_s.arg(decided)}));
        QCOMPARE(menuTexts(again), (QStringList{u"Crypto wallets [Ctrl+1]"_s, u"Decided [Ctrl+2]"_s}));
        QCOMPARE(again.filterBar()->currentView(), -1); // the last filters, not a view, are shown

        // Ctrl+1 applies the first: its tab, policy, search and sort, and the rows they list.
        press(&again, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(again.queueModel()->rowCount(), int(wallets));
        const QueueFilter shown = again.queueModel()->filter();
        QCOMPARE(shown.tab, Tab::Open);
        QCOMPARE(shown.policyCode, u"ADS-CRYPTO"_s);
        QCOMPARE(shown.search, u"wallet"_s);
        QCOMPARE(again.filterBar()->searchBox()->text(), u"wallet"_s);
        QCOMPARE(again.queueModel()->sortColumn(), int(CaseQueueModel::Sla));
        QCOMPARE(again.queueModel()->sortOrder(), order);
        QCOMPARE(again.queueView()->horizontalHeader()->sortIndicatorSection(), int(CaseQueueModel::Sla));
        QVERIFY(showsView(again, 0, Tab::Open));
        QVERIFY(again.savedViews()->menuActions().at(0)->isChecked());
        again.resize(1720, 820);
        keepScreenshot(&again, u"saved-views-wide"_s);

        // A click on the second view's button shows it.
        clickView(again, 1);
        QTRY_COMPARE(again.queueModel()->rowCount(), int(decided));
        QCOMPARE(again.queueModel()->filter().tab, Tab::Decided);
        QVERIFY(again.queueModel()->filter().search.isEmpty());
        QVERIFY(showsView(again, 1, Tab::Decided));
        QVERIFY(again.savedViews()->menuActions().at(1)->isChecked());
        QVERIFY(!again.savedViews()->menuActions().at(0)->isChecked());
        // A click on the state tab it shows leaves the view, listing the same.
        clickTab(again, int(Tab::Decided));
        QVERIFY(showsView(again, -1, Tab::Decided));
        QVERIFY(!again.savedViews()->menuActions().at(1)->isChecked());
        QCOMPARE(again.queueModel()->rowCount(), int(decided));
    }

    // Saving under a name in use asks first; a cancel keeps the old view, Replace keeps the new.
    void savingUnderANameInUseAsksToReplace()
    {
        Fixture f;
        SavedViews views;
        views.put(simpleView(u"Mine"_s, Tab::Escalated));
        writeViews(f.settings, views);
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        clickTab(w, int(Tab::All));
        QTRY_COMPARE(w.queueModel()->filter().tab, Tab::All);

        const auto saveAs = [&](const QString &name, const QString &button) {
            onNextModal<ViewNameDialog>([name, button](ViewNameDialog *d) {
                d->nameBox()->selectAll();
                QTest::keyClicks(d->nameBox(), name);
                QVERIFY(d->hint().contains(u"replaces"_s));
                onNextModal<QMessageBox>([button](QMessageBox *box) {
                    QVERIFY(box->text().contains(u"“Mine”"_s));
                    QTest::mouseClick(box->findChild<QPushButton *>(button), Qt::LeftButton);
                });
                QTest::keyClick(d->nameBox(), Qt::Key_Return);
            });
            w.actions()->get(Actions::SaveView)->trigger();
        };
        saveAs(u"mine "_s, u"cancel"_s);
        QCOMPARE(w.savedViews()->views().at(0).filter.tab, Tab::Escalated);
        saveAs(u"MINE"_s, u"replace"_s);
        QCOMPARE(w.savedViews()->views().size(), 1);
        QCOMPARE(w.savedViews()->views().at(0).name, u"Mine"_s); // the name as it was
        QCOMPARE(w.savedViews()->views().at(0).filter.tab, Tab::All);
        QVERIFY(f.restart());
        QCOMPARE(f.w->savedViews()->views().at(0).filter.tab, Tab::All);

        // An empty name cannot be saved.
        onNextModal<ViewNameDialog>([](ViewNameDialog *d) {
            d->nameBox()->clear();
            QTest::keyClicks(d->nameBox(), u"   "_s);
            QDialogButtonBox *buttons = d->findChild<QDialogButtonBox *>();
            QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
            QTest::keyClick(d->nameBox(), Qt::Key_Escape);
        });
        f.w->actions()->get(Actions::SaveView)->trigger();
        QCOMPARE(f.w->savedViews()->views().size(), 1);
    }

    // Manage Saved Views: a rename, a move and a delete, kept after a restart.
    void renameReorderAndDeletePersist()
    {
        Fixture f;
        SavedViews views;
        views.put(simpleView(u"Crypto"_s, Tab::Open, u"ADS-CRYPTO"_s));
        views.put(simpleView(u"Escalated"_s, Tab::Escalated));
        views.put(simpleView(u"Everything"_s, Tab::All));
        writeViews(f.settings, views);
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const qint64 all = f.count(u"1"_s);
        const qint64 crypto =
            f.count(u"c.state IN ('open', 'in-review') AND c.policy_id = (SELECT id FROM policies WHERE code = "
                    "'ADS-CRYPTO')"_s);
        const qint64 escalated = f.count(u"c.state = 'escalated'"_s);
        QTRY_COMPARE(tabTexts(w), (QStringList{u"Crypto (%1)"_s.arg(crypto), u"Escalated (%1)"_s.arg(escalated),
                                               u"Everything (%1)"_s.arg(all)}));
        press(&w, Qt::Key_3, Qt::ControlModifier); // showing Everything, which moves and is renamed
        QTRY_COMPARE(w.filterBar()->currentView(), 2);

        onNextModal<SavedViewsDialog>([](SavedViewsDialog *d) {
            keepScreenshot(d, u"manage-saved-views"_s);
            QListWidget *list = d->list();
            list->setFocus();
            list->setCurrentRow(2);
            QTest::mouseClick(part<QPushButton>(d, u"moveUp"_s), Qt::LeftButton);
            QTest::mouseClick(part<QPushButton>(d, u"moveUp"_s), Qt::LeftButton);
            QCOMPARE(list->currentRow(), 0);
            // Renamed with F2: a name in use is refused in place, then a free one is taken.
            onNextModal<ViewNameDialog>([](ViewNameDialog *n) {
                n->nameBox()->selectAll();
                QTest::keyClicks(n->nameBox(), u"crypto"_s);
                QVERIFY(!n->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
                QVERIFY(n->hint().contains(u"“Crypto”"_s));
                keepScreenshot(n, u"rename-saved-view"_s);
                n->nameBox()->selectAll();
                QTest::keyClicks(n->nameBox(), u"All cases"_s);
                QTest::keyClick(n->nameBox(), Qt::Key_Return);
            });
            list->setFocus();
            QTest::keyClick(list, Qt::Key_F2);
            QCOMPARE(list->item(0)->text(), u"All cases"_s);
            // Escalated, now last, is deleted with the Delete key.
            d->activateWindow(); // the offscreen platform activates no window when the name dialog closes
            QVERIFY(QTest::qWaitForWindowActive(d));
            list->setFocus();
            list->setCurrentRow(2);
            QCOMPARE(list->currentItem()->text(), u"Escalated"_s);
            QTest::keyClick(list, Qt::Key_Delete);
            QCOMPARE(list->count(), 2);
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        w.actions()->get(Actions::ManageViews)->trigger();

        const QStringList expected{u"All cases (%1)"_s.arg(all), u"Crypto (%1)"_s.arg(crypto)};
        QTRY_COMPARE(tabTexts(w), expected);
        QCOMPARE(menuTexts(w), (QStringList{u"All cases [Ctrl+1]"_s, u"Crypto [Ctrl+2]"_s}));
        // The view shown is still shown, under its new name and place.
        QVERIFY(showsView(w, 0, Tab::All));
        QVERIFY(w.savedViews()->menuActions().at(0)->isChecked());

        // Cancel keeps everything as it was.
        onNextModal<SavedViewsDialog>([](SavedViewsDialog *d) {
            d->list()->setCurrentRow(0);
            d->deleteCurrent();
            QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        w.actions()->get(Actions::ManageViews)->trigger();
        QCOMPARE(w.savedViews()->views().size(), 2);

        QVERIFY(f.restart());
        QTRY_COMPARE(tabTexts(*f.w), expected);
        QCOMPARE(f.w->savedViews()->views().at(1).filter.policyCode, u"ADS-CRYPTO"_s);
        press(f.w.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(f.w->queueModel()->rowCount(), int(crypto));
    }

    // A decision that takes a case out of a view counts it out of the view's tab.
    void aViewsCountFollowsDecisions()
    {
        Fixture f;
        SavedViews views;
        views.put(simpleView(u"Open crypto"_s, Tab::Open, u"ADS-CRYPTO"_s));
        writeViews(f.settings, views);
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const qint64 crypto =
            f.count(u"c.state IN ('open', 'in-review') AND c.policy_id = (SELECT id FROM policies WHERE code = "
                    "'ADS-CRYPTO')"_s);
        QTRY_COMPARE(tabTexts(w), QStringList{u"Open crypto (%1)"_s.arg(crypto)});
        press(&w, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(w.queueModel()->rowCount(), int(crypto));
        const QString ref = u"CASE-2018-0013"_s;
        int row = -1;
        for (int r = 0; r < w.queueModel()->rowCount(); ++r) {
            if (w.queueModel()->refAt(r) == ref)
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex index = w.queueModel()->index(row, CaseQueueModel::Case);
        QTest::mouseClick(w.queueView()->viewport(), Qt::LeftButton, {}, w.queueView()->visualRect(index).center());
        QTRY_COMPARE(w.queueView()->currentRef(), ref);
        press(&w, Qt::Key_B);
        DecisionDialog *dialog = test::shownDialog(w);
        QVERIFY(dialog);
        QTest::keyClicks(QApplication::focusWidget(), u"Promises guaranteed returns on a token sale."_s);
        press(dialog, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), part<EvidencePicker>(dialog, u"evidence"_s));
        press(dialog, Qt::Key_Space);
        press(dialog, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(f.count(u"c.ref = 'CASE-2018-0013' AND c.outcome = 'banned'"_s), 1);
        QTRY_COMPARE(tabTexts(w), QStringList{u"Open crypto (%1)"_s.arg(crypto - 1)});
        QTRY_COMPARE(w.queueModel()->rowCount(), int(crypto - 1));
        QCOMPARE(w.filterBar()->currentView(), 0); // still the view
    }

    // A view from another database: what it names and this one lacks is left out, and said.
    void aViewOfAnotherDatabaseAppliesWhatItCan()
    {
        Fixture f;
        SavedView theirs = simpleView(u"Theirs"_s, Tab::All, u"ADS-GONE"_s);
        theirs.filter.assignee = u"zoe"_s;
        theirs.filter.priority = u"critical"_s;
        SavedViews views;
        views.put(theirs);
        writeViews(f.settings, views);
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_VERIFY(w.filterBar()->assignees().has_value());
        const qint64 critical = f.count(u"c.priority = 'critical'"_s);
        QVERIFY(critical > 0);
        QTRY_COMPARE(tabTexts(w), QStringList{u"Theirs (%1)"_s.arg(critical)});
        press(&w, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(w.queueModel()->rowCount(), int(critical));
        QCOMPARE(w.queueModel()->filter().priority, u"critical"_s);
        QCOMPARE(w.queueModel()->filter().policyCode, QString());
        QCOMPARE(w.queueModel()->filter().assignee, QString());
        const QString message = w.statusBar()->currentMessage();
        QVERIFY2(message.contains(u"ADS-GONE"_s) && message.contains(u"zoe"_s), qPrintable(message));
        // The saved view itself is kept as it was, for the database it came from.
        QCOMPARE(w.savedViews()->views().at(0).filter.policyCode, u"ADS-GONE"_s);
    }

    // A name and a search that look like markup stay text: on the button, its tooltip and the menu.
    void namesAndSearchesStayText()
    {
        Fixture f;
        SavedView odd = simpleView(u"<b>Bold</b> & co"_s, Tab::All);
        odd.filter.search = u"<img src=\"file:///etc/passwd\">"_s;
        SavedViews views;
        views.put(odd);
        writeViews(f.settings, views);
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QCOMPARE(w.filterBar()->tabs()->count(), QueueFilter::tabCount);
        QToolButton *button = w.filterBar()->viewButton(0);
        QVERIFY(button && !w.filterBar()->viewButton(1));
        QVERIFY(button->text().startsWith(u"<b>Bold</b> && co"_s));
        const QString tip = button->toolTip();
        QVERIFY2(!tip.contains(u"<img"_s) && tip.contains(u"&lt;img"_s), qPrintable(tip));
        QCOMPARE(w.savedViews()->menuActions().at(0)->text(), u"<b>Bold</b> && co"_s);
        QVERIFY(!w.savedViews()->menuActions().at(0)->toolTip().contains(u"<img"_s));
    }

    // At the window's first size every state tab shows whole, counts and all, and the saved views
    // show on their row under them, in English, German and Russian.
    void theTabsFitTheWindowInEveryLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("ru") << u"ru"_s;
    }
    void theTabsFitTheWindowInEveryLanguage()
    {
        QFETCH(QString, code);
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        QCOMPARE(language::installTranslators(*app, code), code);
        const auto english = qScopeGuard([app] { language::installTranslators(*app, u"en"_s); });
        Fixture f;
        SavedViews views;
        views.put(simpleView(u"Crypto wallets"_s, Tab::Open, u"ADS-CRYPTO"_s));
        views.put(simpleView(u"Decided"_s, Tab::Decided));
        views.put(simpleView(u"Everything"_s, Tab::All));
        writeViews(f.settings, views);
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QCOMPARE(w.size(), QSize(1360, 820));
        QTRY_VERIFY(w.filterBar()->tabs()->tabText(int(Tab::All)).contains(u'('));
        QTRY_COMPARE(tabTexts(w).size(), 3);
        QTRY_VERIFY(tabTexts(w).at(2).contains(u'('));
        press(&w, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(showsView(w, 1, Tab::Decided));
        QTest::qWait(50);

        QTabBar *bar = w.filterBar()->tabs();
        QCOMPARE(bar->count(), QueueFilter::tabCount);
        const QRect room = bar->rect();
        QStringList cut;
        for (int i = 0; i < bar->count(); ++i) {
            // The tabs of what seldom waits show while they hold a case: here a conflict.
            QCOMPARE(bar->isTabVisible(i), Tab(i) != Tab::Approvals && Tab(i) != Tab::Rereview);
            if (!bar->isTabVisible(i))
                continue;
            // Whole on the bar, with the count; a title cut short is whole in the tooltip.
            QVERIFY2(room.contains(bar->tabRect(i)), qPrintable(bar->tabText(i)));
            QVERIFY2(QRegularExpression(u" \\(\\d+\\)$"_s).match(bar->tabText(i)).hasMatch(),
                     qPrintable(bar->tabText(i)));
            if (bar->tabText(i).contains(u'…')) {
                cut << bar->tabText(i);
                QVERIFY2(bar->tabToolTip(i).startsWith(FilterBar::tabTitle(Tab(i))), qPrintable(bar->tabToolTip(i)));
            }
        }
        for (auto *scroll : bar->findChildren<QToolButton *>())
            QVERIFY2(!scroll->isVisible(), qPrintable(scroll->objectName()));
        if (code == u"en")
            QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u", "_s))); // English needs no cut
        // The views' row: every button shown, the view shown checked.
        QVERIFY(w.filterBar()->viewBar()->isVisible());
        for (int i = 0; i < 3; ++i)
            QVERIFY(w.filterBar()->viewButton(i)->isVisible());
        QVERIFY(w.filterBar()->viewButton(1)->isChecked());
        keepScreenshot(&w, u"saved-views-"_s + code);
    }
};

QTEST_MAIN(TestMainWindowSavedViews)
#include "tst_MainWindowSavedViews.moc"
