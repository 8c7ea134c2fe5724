// What a screen reader and a keyboard user get: the accessibility tree of the main window and of
// the decision dialog, every control in it named and described, and the Tab order through both.
#include "TestDatabase.h"
#include "WidgetTestHelpers.h"
#include "case/CasePane.h"
#include "decision/DecisionDialog.h"
#include "main/MainWindow.h"
#include "queue/FilterBar.h"
#include "queue/QueueView.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

using test::press;
using test::shownDialog;

// The roles a user acts on: each needs a name (what it is) and a description (what it does).
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

struct Walk {
    int controls = 0;
    int menuItems = 0;
    QStringList faults;
    QStringList names;
};

QString describe(QAccessibleInterface *a)
{
    const QObject *o = a->object();
    return u"%1 %2 (role 0x%3)"_s.arg(o ? QString::fromLatin1(o->metaObject()->className()) : u"?"_s,
                                      o ? o->objectName() : QString(), QString::number(a->role(), 16));
}

// Every visible interface under root, widgets and menu items; the cells of tables and lists
// are the model's and are named by their text.
void walk(QAccessibleInterface *a, Walk &out, int depth = 0)
{
    if (!a || depth > 40 || a->state().invisible)
        return;
    const QAccessible::Role role = a->role();
    if (a->object() && a->object()->isWidgetType() && isControl(role)) {
        ++out.controls;
        const QString name = a->text(QAccessible::Name).trimmed();
        if (name.isEmpty())
            out.faults << u"no name: "_s + describe(a);
        else
            out.names << name;
        // A tab bar is described by its tabs (their tool tips), each of which a reader announces.
        if (role == QAccessible::PageTabList) {
            for (int i = 0; i < a->childCount(); ++i) {
                QAccessibleInterface *tab = a->child(i);
                if (tab->role() == QAccessible::PageTab && tab->text(QAccessible::Description).trimmed().isEmpty())
                    out.faults << u"no description: tab \"%1\" of %2"_s.arg(a->child(i)->text(QAccessible::Name),
                                                                            describe(a));
            }
        } else if (a->text(QAccessible::Description).trimmed().isEmpty()) {
            out.faults << u"no description: %1 \"%2\""_s.arg(describe(a), name);
        }
    }
    if (role == QAccessible::MenuItem && !a->state().invisible) {
        ++out.menuItems;
        if (a->text(QAccessible::Name).isEmpty() && !a->object()) // separators have no object name
            return;
    }
    if (role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree)
        return; // rows and cells
    for (int i = 0; i < a->childCount(); ++i)
        walk(a->child(i), out, depth + 1);
}

// The widgets Tab visits from the current focus until it comes back, in order.
QList<QWidget *> tabCycle(QWidget *fallback, int limit = 80)
{
    QList<QWidget *> seen;
    QWidget *first = QApplication::focusWidget();
    for (int i = 0; i < limit; ++i) {
        press(fallback, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now || now == first || seen.contains(now))
            break;
        seen << now;
    }
    return seen;
}

struct Fixture {
    test::TestDatabase t;
    QString settings;
    std::unique_ptr<MainWindow> w;

    Fixture() : settings(t.dirPath() + u"/settings.ini"_s)
    {
        t.loadDemo();
        auto db = Database::open(t.path());
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        w = std::make_unique<MainWindow>(std::move(*db), Identity{u"tester"_s, u"test-device"_s}, settings);
        w->resize(1360, 820);
        w->show();
    }
};

} // namespace

class tst_Accessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QAccessible::setActive(true);
    }

    void everyControlOfTheWindowIsNamedAndDescribed()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.w.get()));
        QVERIFY(QTest::qWaitFor([&] { return f.w->casePane()->caseRef().size() > 0; }));
        Walk out;
        walk(QAccessible::queryAccessibleInterface(f.w.get()), out);
        QVERIFY2(out.controls >= 10, qPrintable(QString::number(out.controls)));
        QVERIFY2(out.menuItems >= 4, qPrintable(QString::number(out.menuItems))); // the menu bar's
        // The menus' commands: each with its text and a status tip that says what it does.
        QStringList unnamed;
        for (QAction *menu : f.w->menuBar()->actions()) {
            QVERIFY(menu->menu());
            for (QAction *a : menu->menu()->actions()) {
                if (a->isSeparator() || a->menu())
                    continue;
                if (a->text().isEmpty() || a->statusTip().isEmpty())
                    unnamed << u"%1 → \"%2\""_s.arg(menu->text(), a->text());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        QVERIFY2(out.faults.isEmpty(), qPrintable(out.faults.join(u'\n')));
        // The parts a reviewer needs first are there under their own names.
        for (const QString &name : {u"Search"_s, u"Case queue"_s})
            QVERIFY2(out.names.contains(name), qPrintable(out.names.join(u", "_s)));
    }

    void theDecisionDialogIsNamedAndDescribed()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.w.get()));
        QVERIFY(QTest::qWaitFor([&] { return f.w->casePane()->caseRef().size() > 0; }));
        f.w->queueView()->setFocus();
        press(f.w.get(), Qt::Key_B); // ban: opens the dialog
        DecisionDialog *dialog = shownDialog(*f.w);
        QVERIFY(dialog);
        Walk out;
        walk(QAccessible::queryAccessibleInterface(dialog), out);
        QVERIFY2(out.controls >= 4, qPrintable(QString::number(out.controls)));
        QVERIFY2(out.faults.isEmpty(), qPrintable(out.faults.join(u'\n')));
        QVERIFY2(out.names.contains(u"Rationale"_s), qPrintable(out.names.join(u", "_s)));

        // The statement of reasons, a ban's second tab, field by field.
        auto *details = dialog->findChild<QTabWidget *>(u"details"_s);
        QVERIFY(details);
        details->setCurrentIndex(1);
        Walk statement;
        walk(QAccessible::queryAccessibleInterface(dialog), statement);
        QVERIFY2(statement.controls >= 30, qPrintable(QString::number(statement.controls)));
        QVERIFY2(statement.faults.isEmpty(), qPrintable(statement.faults.join(u'\n')));
        for (const QString &name :
             {u"Terms and conditions clause"_s, u"Explanation"_s, u"Public facts"_s, u"Account restriction ends"_s})
            QVERIFY2(statement.names.contains(name), qPrintable(statement.names.join(u", "_s)));
        details->setCurrentIndex(0);
        dialog->findChild<QPlainTextEdit *>(u"rationale"_s)->setFocus();

        // Tab from the rationale goes through the dialog's controls and back, never leaving it.
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QPlainTextEdit *>(u"rationale"_s));
        const QList<QWidget *> cycle = tabCycle(dialog);
        QVERIFY2(cycle.size() >= 3, qPrintable(QString::number(cycle.size())));
        for (QWidget *w : cycle)
            QVERIFY2(dialog->isAncestorOf(w), qPrintable(w->objectName()));
        press(dialog, Qt::Key_Escape);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->isVisible(); }));
    }

    void tabWalksTheWindowInReadingOrder()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(f.w.get()));
        QVERIFY(QTest::qWaitFor([&] { return f.w->casePane()->caseRef().size() > 0; }));
        QLineEdit *search = nullptr;
        for (QLineEdit *edit : f.w->filterBar()->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Search"_s)
                search = edit;
        }
        QVERIFY(search);
        search->setFocus();
        QList<QWidget *> cycle = tabCycle(f.w.get());
        cycle.prepend(search);
        const auto at = [&](QWidget *w) { return cycle.indexOf(w); };
        // Search and filters, then the queue, then the case pane: top to bottom, left to right.
        QVERIFY2(at(f.w->queueView()) > 0, "Tab never reaches the queue");
        const QList<QWidget *> pane = f.w->casePane()->findChildren<QWidget *>();
        int firstInPane = -1;
        for (int i = 0; i < cycle.size() && firstInPane < 0; ++i) {
            if (pane.contains(cycle.at(i)))
                firstInPane = i;
        }
        QVERIFY2(firstInPane > at(f.w->queueView()), "Tab reaches the case pane before the queue, or never");
        for (QWidget *w : cycle)
            QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(w->objectName()));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_Accessibility.moc"
