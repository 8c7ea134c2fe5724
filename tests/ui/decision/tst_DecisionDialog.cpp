#include "TestDatabase.h"
#include "WidgetTestHelpers.h"
#include "decision/DecisionDialog.h"
#include "decision/EvidencePicker.h"
#include "decision/StatementForm.h"
#include "domain/DsaDecision.h"
#include "main/Language.h"
#include "reports/DsaExport.h"
#include "storage/CaseRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/PolicyRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

// The demo database, and the case data the main window would hand to the dialog.
struct Fixture {
    test::TestDatabase t;
    QList<Policy> policies;

    Fixture()
    {
        t.loadDemo();
        PolicyRepository repo(t.db());
        auto all = repo.all();
        if (!all)
            qFatal("no policies: %s", qPrintable(all.error().message));
        policies = *all;
    }
    CaseRecord record(const QString &ref)
    {
        CaseRepository cases(t.db());
        auto found = cases.findByRef(ref);
        if (!found || !found->has_value())
            qFatal("no case %s", qPrintable(ref));
        return **found;
    }
    QList<Evidence> evidence(const CaseRecord &c)
    {
        EvidenceRepository repo(t.db());
        auto items = repo.forCase(c.id);
        if (!items)
            qFatal("no evidence: %s", qPrintable(items.error().message));
        return *items;
    }
    qint64 events(const QString &ref, const QString &action, const QString &reviewer = u"tester"_s)
    {
        return t.count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' "
                       "AND e.action = '%2' AND e.reviewer = '%3'"_s.arg(ref, action, reviewer));
    }
    qint64 allEvents(const QString &ref)
    {
        return t.count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1'"_s.arg(ref));
    }
    QString column(const QString &ref, const QString &name)
    {
        return t.text(u"SELECT %1 FROM cases WHERE ref = '%2'"_s.arg(name, ref));
    }
    // The statement of reasons an event recorded, as its text and as the record it holds.
    QString statementText(const QString &uuid)
    {
        return t.text(u"SELECT statement FROM events WHERE uuid = '%1'"_s.arg(uuid));
    }
    dsa::Decision statement(const QString &uuid)
    {
        auto d = dsa::Decision::fromText(statementText(uuid));
        if (!d)
            qFatal("event %s: %s", qPrintable(uuid), qPrintable(d.error().message));
        return *d;
    }
    dsa::Decision defaults(const QString &policy)
    {
        auto found = PolicyRepository(t.db()).dsaDefaults(policy);
        if (!found || !found->has_value())
            qFatal("no DSA defaults for %s", qPrintable(policy));
        return dsa::Decision::from(**found);
    }
};

template <typename T>
T *part(const QWidget &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no %s in the dialog", qPrintable(name));
    return widget;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// Types a day, YYYY-MM-DD, into the date field that has the focus, over what it shows.
void typeDate(const QString &day)
{
    QWidget *field = QApplication::focusWidget();
    QTest::keyClick(field, Qt::Key_Home);
    QTest::keyClicks(field, day);
}

// Runs `answer` on the next message box the code under test opens with exec().
class BoxWatcher : public QObject {
public:
    explicit BoxWatcher(std::function<void(QMessageBox *)> answer) : m_answer(std::move(answer))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            m_timer.stop();
            text = box->text();
            format = box->textFormat();
            ++shown;
            m_answer(box);
        });
        m_timer.start();
    }
    QString text;
    Qt::TextFormat format = Qt::AutoText;
    int shown = 0;

private:
    std::function<void(QMessageBox *)> m_answer;
    QTimer m_timer;
};

// A closed message box hands the activation back to the dialog on a desktop; the offscreen
// platform does not, so the test does it.
bool reactivate(QWidget &dialog)
{
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog) && QApplication::focusWidget();
}

void clickButton(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().remove(u'&') == text)
            return button->click();
    }
    qFatal("no button %s", qPrintable(text));
}

} // namespace

class tst_DecisionDialog : public QObject {
    Q_OBJECT

private:
    // Shows the dialog for a case, as the main window does, and waits until it has the focus.
    bool open(DecisionDialog &dialog, Fixture &f, const QString &ref, const QString &action)
    {
        const CaseRecord c = f.record(ref);
        dialog.start(c, f.evidence(c), action);
        dialog.show();
        return QTest::qWaitForWindowActive(&dialog);
    }

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void banWithCtrlReturn()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        QCOMPARE(part<QLabel>(dialog, u"caseLine"_s)->textFormat(), Qt::PlainText);
        QVERIFY(part<QLabel>(dialog, u"caseLine"_s)->text().startsWith(u"CASE-2018-0013 — "_s));
        QCOMPARE(QApplication::focusWidget(), part<QPlainTextEdit>(dialog, u"rationale"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Promises guaranteed returns on a token sale."_s);
        press(Qt::Key_Tab); // to the evidence list, whose first row becomes current
        QCOMPARE(QApplication::focusWidget(), part<EvidencePicker>(dialog, u"evidence"_s));
        press(Qt::Key_Space);
        QCOMPARE(dialog.checkedEvidence(), QStringList{u"EV-1"_s});
        QVERIFY(part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        QCOMPARE(part<QPushButton>(dialog, u"primary"_s)->text(), u"Ban"_s);
        press(Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.at(0).at(1).toBool(), false);
        const Event event = decided.at(0).at(0).value<ReviewService::Submitted>().event;
        QCOMPARE(event.action, u"ban"_s);
        QCOMPARE(event.evidenceRefs, QStringList{u"EV-1"_s});
        QCOMPARE(f.events(u"CASE-2018-0013"_s, u"ban"_s), 1);
        QCOMPARE(f.column(u"CASE-2018-0013"_s, u"outcome"_s), u"banned"_s);
        QCOMPARE(f.t.text(u"SELECT policy_id FROM events WHERE uuid = '%1'"_s.arg(event.uuid)),
                 f.t.text(u"SELECT id FROM policies WHERE code = 'ADS-CRYPTO'"_s));
        QCOMPARE(f.t.count(u"SELECT count(*) FROM event_evidence ee JOIN events e ON e.id = ee.event_id "
                           "WHERE e.uuid = '%1'"_s.arg(event.uuid)),
                 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    // Whoever made the ban an appeal contests is told another reviewer decides it, and cannot
    // submit a decision; a note stays open to them, and the decision to anyone else.
    void theBansReviewerIsToldAnotherDecidesTheAppeal()
    {
        Fixture f;
        ReviewService grace = f.t.reviewAs(u"grace.okafor"_s, u"grace-desk"_s);
        DecisionDialog dialog(grace, f.policies);
        const QString ref = u"CASE-2018-0008"_s;
        const qint64 before = f.allEvents(ref);
        for (const QString &action : {u"reinstate"_s, u"clear"_s}) {
            QVERIFY(open(dialog, f, ref, action));
            QTest::keyClicks(QApplication::focusWidget(), u"Reconsidered on appeal"_s);
            auto *hint = part<QLabel>(dialog, u"hint"_s);
            QVERIFY2(hint->text().contains(u"You made the decision this appeal contests (the ban of "
                                           "CASE-2018-0001)"_s),
                     qPrintable(hint->text()));
            QVERIFY(!part<QPushButton>(dialog, u"primary"_s)->isEnabled());
            press(Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(f.allEvents(ref), before);
        }
        QVERIFY(open(dialog, f, ref, u"annotate"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Context for whoever takes the appeal"_s);
        QVERIFY(part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        dialog.hide();

        DecisionDialog other(f.t.review(), f.policies);
        QVERIFY(open(other, f, ref, u"reinstate"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Reconsidered on appeal"_s);
        QVERIFY(part<QPushButton>(other, u"primary"_s)->isEnabled());
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(f.events(ref, u"reinstate"_s), qint64(1));
    }

    void banNeedsEvidence()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        const qint64 before = f.allEvents(u"CASE-2018-0013"_s);
        auto *hint = part<QLabel>(dialog, u"hint"_s);
        QVERIFY2(hint->text().contains(u"rationale"_s), qPrintable(hint->text()));
        QTest::keyClicks(QApplication::focusWidget(), u"Looks like a pump."_s);
        QVERIFY(!part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        QVERIFY(!part<QPushButton>(dialog, u"next"_s)->isEnabled());
        QVERIFY2(hint->text().contains(u"evidence"_s), qPrintable(hint->text()));
        QVERIFY(!hint->text().contains(u"rationale"_s));
        QCOMPARE(hint->textFormat(), Qt::PlainText);
        press(Qt::Key_Return, Qt::ControlModifier);
        press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(decided.size(), 0);
        QCOMPARE(f.allEvents(u"CASE-2018-0013"_s), before);
        QVERIFY(dialog.isVisible());

        // a plain Return never decides, even once the form is complete
        press(Qt::Key_Tab);
        press(Qt::Key_Space);
        QVERIFY(part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        press(Qt::Key_Return);
        QCOMPARE(decided.size(), 0);
        QCOMPARE(f.allEvents(u"CASE-2018-0013"_s), before);
    }

    void decideAndNext()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"clear"_s));
        QCOMPARE(part<QPushButton>(dialog, u"primary"_s)->text(), u"Clear"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"Press coverage only; no product advertised."_s);
        press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.at(0).at(1).toBool(), true);
        QCOMPARE(f.column(u"CASE-2018-0013"_s, u"outcome"_s), u"cleared"_s);

        // the window reuses the dialog for the next case; the button works with the mouse too
        QVERIFY(open(dialog, f, u"CASE-2018-0012"_s, u"clear"_s));
        QVERIFY(dialog.rationale().isEmpty());
        QTest::keyClicks(QApplication::focusWidget(), u"Mining hardware, not a token."_s);
        QTest::mouseClick(part<QPushButton>(dialog, u"next"_s), Qt::LeftButton);
        QCOMPARE(decided.size(), 2);
        QCOMPARE(decided.at(1).at(1).toBool(), true);
        QCOMPARE(f.column(u"CASE-2018-0012"_s, u"outcome"_s), u"cleared"_s);
    }

    void conflictKeepsInput()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QSignalSpy conflict(&dialog, &DecisionDialog::conflict);
        const QString ref = u"CASE-2018-0012"_s;
        QVERIFY(open(dialog, f, ref, u"clear"_s));
        const QString text = u"Hash rental marketplace; no token offered."_s;
        QTest::keyClicks(QApplication::focusWidget(), text);
        press(Qt::Key_Tab);
        press(Qt::Key_Space);

        {
            // another reviewer, on another connection, annotates the case meanwhile
            auto db = Database::open(f.t.path());
            QVERIFY(db);
            ReviewService other(**db, f.t.clock(), Identity{u"other.reviewer"_s, u"laptop-2"_s});
            Command note;
            note.caseRef = ref;
            note.action = u"annotate"_s;
            note.rationale = u"Asked the partner team for their take."_s;
            QVERIFY(other.submit(note));
        }

        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(conflict.size(), 1);
        QCOMPARE(conflict.at(0).at(0).toString(), ref);
        QCOMPARE(decided.size(), 0);
        auto *error = part<QLabel>(dialog, u"error"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY2(error->text().contains(u"has changed"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"other.reviewer"_s), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.rationale(), text);
        QCOMPARE(dialog.action(), u"clear"_s);
        QCOMPARE(dialog.checkedEvidence(), QStringList{u"EV-1"_s});
        QCOMPARE(f.t.count(u"SELECT count(*) FROM events WHERE reviewer = 'tester' AND action <> 'flag'"_s), 0);

        // the window reloads the case; a clear is still allowed and now goes through
        const CaseRecord reloaded = f.record(ref);
        dialog.refresh(reloaded, f.evidence(reloaded));
        QCOMPARE(dialog.rationale(), text);
        QCOMPARE(dialog.checkedEvidence(), QStringList{u"EV-1"_s});
        QVERIFY(part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.events(ref, u"clear"_s), 1);
        QCOMPARE(f.column(ref, u"outcome"_s), u"cleared"_s);
        QCOMPARE(decided.at(0).at(0).value<ReviewService::Submitted>().event.parents, reloaded.heads);
    }

    void conflictWithAnotherDecision()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QSignalSpy conflict(&dialog, &DecisionDialog::conflict);
        const QString ref = u"CASE-2018-0012"_s;
        QVERIFY(open(dialog, f, ref, u"clear"_s));
        const QString text = u"I would have cleared it: hardware only."_s;
        QTest::keyClicks(QApplication::focusWidget(), text);
        {
            auto db = Database::open(f.t.path());
            QVERIFY(db);
            ReviewService other(**db, f.t.clock(), Identity{u"other.reviewer"_s, u"laptop-2"_s});
            Command ban;
            ban.caseRef = ref;
            ban.action = u"ban"_s;
            ban.policyCode = u"ADS-CRYPTO"_s;
            ban.rationale = u"Sells mining contracts with promised yields."_s;
            ban.evidenceRefs = {u"EV-1"_s};
            QVERIFY(other.submit(ban));
        }
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(conflict.size(), 1);
        QCOMPARE(f.events(ref, u"clear"_s), 0);

        const CaseRecord reloaded = f.record(ref);
        dialog.refresh(reloaded, f.evidence(reloaded));
        QVERIFY(part<QLabel>(dialog, u"caseLine"_s)->text().contains(u"banned"_s));
        QVERIFY(!part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        const QString hint = part<QLabel>(dialog, u"hint"_s)->text();
        QVERIFY2(hint.contains(u"already decided"_s), qPrintable(hint));

        // the reviewer keeps the text as a note instead: Alt+A, then the arrow keys
        press(Qt::Key_A, Qt::AltModifier);
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Right);
        QCOMPARE(dialog.action(), u"annotate"_s);
        QCOMPARE(dialog.rationale(), text);
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.t.text(u"SELECT rationale FROM events WHERE reviewer = 'tester' AND action = 'annotate'"_s), text);
        QCOMPARE(f.column(ref, u"outcome"_s), u"banned"_s);
    }

    void escalateWithoutRationale()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"escalate"_s));
        QVERIFY(!part<QComboBox>(dialog, u"policy"_s)->isEnabled());
        QVERIFY(part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.events(u"CASE-2018-0013"_s, u"escalate"_s), 1);
        QCOMPARE(f.column(u"CASE-2018-0013"_s, u"state"_s), u"escalated"_s);
    }

    void annotateRequiresText()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"annotate"_s));
        auto *rationale = part<QPlainTextEdit>(dialog, u"rationale"_s);
        QCOMPARE(rationale->accessibleName(), u"Note"_s);
        QVERIFY(!part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        QVERIFY(part<QLabel>(dialog, u"hint"_s)->text().contains(u"a note"_s));
        QTest::keyClicks(rationale, u"   "_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 0);
        QCOMPARE(f.events(u"CASE-2018-0013"_s, u"annotate"_s), 0);
        QTest::keyClicks(rationale, u"Publisher asked for a correction."_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.t.text(u"SELECT rationale FROM events WHERE reviewer = 'tester' AND action = 'annotate'"_s),
                 u"Publisher asked for a correction."_s);
    }

    void reinstateBannedCase()
    {
        Fixture f;
        const QString ref = u"CASE-2018-0002"_s;
        QCOMPARE(f.column(ref, u"outcome"_s), u"banned"_s);
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, ref, u"reinstate"_s));
        QVERIFY(part<QComboBox>(dialog, u"policy"_s)->isEnabled());
        QTest::keyClicks(QApplication::focusWidget(), u"The foundation stopped the token sale."_s);
        QTest::mouseClick(part<QPushButton>(dialog, u"primary"_s), Qt::LeftButton);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.column(ref, u"outcome"_s), u"reinstated"_s);
        QCOMPARE(f.events(ref, u"reinstate"_s), 1);
    }

    void stateRulesShowInTheHint()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"reinstate"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"text"_s);
        QVERIFY(!part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        QVERIFY(part<QLabel>(dialog, u"hint"_s)->text().contains(u"can be reinstated"_s));
        QVERIFY(open(dialog, f, u"CASE-2018-0002"_s, u"ban"_s));
        QVERIFY(part<QLabel>(dialog, u"hint"_s)->text().contains(u"already decided"_s));
    }

    void refusalShownInline()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        CaseRecord c = f.record(u"CASE-2018-0013"_s);
        QList<Evidence> evidence = f.evidence(c);
        Evidence stale;
        stale.ref = u"EV-9"_s; // an item the dialog was shown that the case does not have
        stale.kind = u"news-citation"_s;
        evidence.append(stale);
        dialog.refresh(c, evidence);
        QTest::keyClicks(QApplication::focusWidget(), u"Ban."_s);
        press(Qt::Key_Tab);
        press(Qt::Key_End);
        press(Qt::Key_Space);
        QCOMPARE(dialog.checkedEvidence(), QStringList{u"EV-9"_s});
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 0);
        auto *error = part<QLabel>(dialog, u"error"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"has no evidence EV-9"_s), qPrintable(error->text()));
        QCOMPARE(f.allEvents(u"CASE-2018-0013"_s), f.t.count(u"SELECT 1"_s)); // the flag only
        QVERIFY(dialog.isVisible());
    }

    void unusableDatabaseKeepsText()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"clear"_s));
        const QString text = u"Nothing to see."_s;
        QTest::keyClicks(QApplication::focusWidget(), text);
        auto locker = Database::open(f.t.path());
        QVERIFY(locker);
        QVERIFY((*locker)->begin()); // another program holds the write lock
        BoxWatcher watcher([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
        press(Qt::Key_Return, Qt::ControlModifier); // waits for the busy timeout, then gives up
        QCOMPARE(watcher.shown, 1);
        QVERIFY2(watcher.text.contains(u"Your text is kept; try again."_s), qPrintable(watcher.text));
        QVERIFY2(watcher.text.contains(u"locked"_s), qPrintable(watcher.text));
        QCOMPARE(watcher.format, Qt::PlainText);
        QCOMPARE(decided.size(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.rationale(), text);
        QVERIFY(reactivate(dialog));
        (*locker)->rollback();
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.column(u"CASE-2018-0013"_s, u"outcome"_s), u"cleared"_s);
    }

    // A full disk (PRAGMA max_page_count: no room for one more page): a dialog says so, nothing
    // is written, the text stays, and the same decision goes in once there is room.
    void fullDiskKeepsText()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"clear"_s));
        // Long enough to need pages of its own.
        part<QPlainTextEdit>(dialog, u"rationale"_s)->setPlainText(QString(6000, u'x'));
        QTest::keyClicks(QApplication::focusWidget(), u" Nothing to see."_s);
        const QString text = dialog.rationale();
        const qint64 before = f.allEvents(u"CASE-2018-0013"_s);
        QSqlQuery q(f.t.db().connection());
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(f.t.count(u"PRAGMA page_count"_s))));
        BoxWatcher watcher([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); });
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(watcher.shown, 1);
        QVERIFY2(watcher.text.contains(u"the disk is full"_s), qPrintable(watcher.text));
        QVERIFY2(watcher.text.contains(u"Your text is kept; try again."_s), qPrintable(watcher.text));
        QCOMPARE(watcher.format, Qt::PlainText);
        QCOMPARE(decided.size(), 0);
        QCOMPARE(f.allEvents(u"CASE-2018-0013"_s), before);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.rationale(), text);
        QVERIFY(reactivate(dialog));
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.column(u"CASE-2018-0013"_s, u"outcome"_s), u"cleared"_s);
        QCOMPARE(f.t.text(u"SELECT rationale FROM events WHERE uuid = '%1'"_s.arg(
                     decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid)),
                 text.trimmed()); // stored as every rationale is, without surrounding spaces
    }

    void escapeAsksBeforeDiscardingText()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        press(Qt::Key_Escape); // nothing typed: closes at once
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Half a thought"_s);
        {
            BoxWatcher keep([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
            press(Qt::Key_Escape);
            QCOMPARE(keep.shown, 1);
            QCOMPARE(keep.format, Qt::PlainText);
        }
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.rationale(), u"Half a thought"_s);
        QVERIFY(reactivate(dialog));
        {
            BoxWatcher discard([](QMessageBox *box) { clickButton(box, u"Discard"_s); });
            press(Qt::Key_Escape);
            QCOMPARE(discard.shown, 1);
        }
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(f.allEvents(u"CASE-2018-0013"_s), 1);
    }

    void keyboardAndAccessibility()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"annotate"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"note"_s);
        auto *policy = part<QComboBox>(dialog, u"policy"_s);
        auto *rationale = part<QPlainTextEdit>(dialog, u"rationale"_s);
        auto *evidence = part<EvidencePicker>(dialog, u"evidence"_s);

        press(Qt::Key_A, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"annotate"_s);
        press(Qt::Key_Left); // arrows move along the action row and choose
        QCOMPARE(dialog.action(), u"escalate"_s);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"escalate"_s);
        press(Qt::Key_Left);
        press(Qt::Key_Left);
        press(Qt::Key_Left);
        QCOMPARE(dialog.action(), u"ban"_s);
        QVERIFY(policy->isEnabled());

        // Tab: the chosen action, policy, the tabs, text, evidence, then the buttons
        press(Qt::Key_E, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), evidence);
        press(Qt::Key_Space);
        QVERIFY(part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        press(Qt::Key_A, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"ban"_s);
        const QStringList order{u"policy"_s,  u"detailTabs"_s, u"rationale"_s, u"evidence"_s,
                                u"primary"_s, u"next"_s,       u"cancel"_s,    u"ban"_s};
        for (const QString &name : order) {
            press(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), name);
        }
        press(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), policy);
        press(Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), rationale);
        press(Qt::Key_E, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), evidence);
        press(Qt::Key_Enter, Qt::ControlModifier); // the keypad's Enter submits too
        QVERIFY(!dialog.isVisible());
        QCOMPARE(f.events(u"CASE-2018-0013"_s, u"ban"_s), 1);

        const auto widgets = dialog.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            const bool control =
                (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(&dialog)) || qobject_cast<QLabel *>(w);
            if (control && !w->parentWidget()->inherits("QAbstractScrollArea") && !w->inherits("QScrollBar"))
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        for (QLabel *label : dialog.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void annotateConflictedCase()
    {
        Fixture f;
        const QString ref = u"CASE-2018-0006"_s; // banned and cleared from the same history
        QCOMPARE(f.column(ref, u"state"_s), u"conflict"_s);
        QCOMPARE(f.record(ref).heads.size(), 2);
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, ref, u"clear"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Lead, please look."_s);
        QVERIFY(!part<QPushButton>(dialog, u"primary"_s)->isEnabled());
        QVERIFY(part<QLabel>(dialog, u"hint"_s)->text().contains(u"in conflict"_s));
        press(Qt::Key_A, Qt::AltModifier);
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Right);
        QCOMPARE(dialog.action(), u"annotate"_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(decided.size() == 1, qPrintable(part<QLabel>(dialog, u"error"_s)->text()));
        QCOMPARE(f.events(ref, u"annotate"_s), 1);
        QCOMPARE(f.column(ref, u"state"_s), u"conflict"_s);
    }

    void policies()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QVERIFY(open(dialog, f, u"CASE-2018-0001"_s, u"clear"_s));
        auto *policy = part<QComboBox>(dialog, u"policy"_s);
        QCOMPARE(policy->count(), f.policies.size());
        QCOMPARE(policy->currentData().toString(), u"ADS-NATSEC"_s);
        QCOMPARE(policy->currentText(), u"ADS-NATSEC — Government national-security advisory"_s);
        for (const QString &action : {u"ban"_s, u"clear"_s, u"reinstate"_s})
            QVERIFY(open(dialog, f, u"CASE-2018-0001"_s, action) && policy->isEnabled());
        for (const QString &action : {u"escalate"_s, u"annotate"_s})
            QVERIFY(open(dialog, f, u"CASE-2018-0001"_s, action) && !policy->isEnabled());
    }

    // A ban starts from its policy's statement of reasons, which the event records as it is.
    void banRecordsThePolicysStatement()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        const QString ref = u"CASE-2018-0013"_s; // under ADS-CRYPTO
        QVERIFY(open(dialog, f, ref, u"ban"_s));
        auto *tabs = part<QTabBar>(dialog, u"detailTabs"_s);
        QVERIFY(tabs->isVisible());
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(part<QTabWidget>(dialog, u"details"_s)->currentIndex(), 0); // the rationale first
        QCOMPARE(dialog.statementText(), f.defaults(u"ADS-CRYPTO"_s).toText());
        QTest::keyClicks(QApplication::focusWidget(), u"Promises guaranteed returns on a token sale."_s);
        press(Qt::Key_Tab);
        press(Qt::Key_Space);
        const QString hint = part<QLabel>(dialog, u"hint"_s)->text();
        QVERIFY2(hint.startsWith(u"Ready:"_s) && !hint.contains(u"lacks"_s), qPrintable(hint));

        // what the statement's tab shows, in words
        press(Qt::Key_S, Qt::AltModifier);
        auto *statement = part<StatementForm>(dialog, u"statement"_s);
        QVERIFY(statement->isVisible());
        QCOMPARE(part<QComboBox>(dialog, u"ground"_s)->currentText(), u"Incompatible with the terms and conditions"_s);
        QCOMPARE(part<QLabel>(dialog, u"publicFactsNote"_s)->isVisible(), true);
        QCOMPARE(part<QComboBox>(dialog, u"category"_s)->currentText(), u"Consumer information infringements"_s);
        QCOMPARE(part<QComboBox>(dialog, u"account"_s)->currentText(), u"Suspended"_s);
        QVERIFY(part<QCheckBox>(dialog, u"DECISION_VISIBILITY_CONTENT_REMOVED"_s)->isChecked());
        QVERIFY(part<QCheckBox>(dialog, u"CONTENT_TYPE_IMAGE"_s)->isChecked());
        QVERIFY(!part<QCheckBox>(dialog, u"CONTENT_TYPE_VIDEO"_s)->isChecked());
        QVERIFY(part<QLineEdit>(dialog, u"groundText"_s)->text().startsWith(u"Advertising policy ADS-CRYPTO"_s));

        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        const QString uuid = decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid;
        QCOMPARE(f.statementText(uuid), f.defaults(u"ADS-CRYPTO"_s).toText());
        const dsa::Decision d = f.statement(uuid);
        QCOMPARE(d.ground, u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s);
        QCOMPARE(d.category, u"STATEMENT_CATEGORY_CONSUMER_INFORMATION"_s);
        QVERIFY(d.territories.isEmpty());
        QVERIFY(d.missing().isEmpty());
    }

    // Another policy brings its own defaults until the reviewer edits the statement; then the
    // edits stay.
    void policyChangeRefillsUntilEdited()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        auto *policy = part<QComboBox>(dialog, u"policy"_s);
        auto *groundText = part<QLineEdit>(dialog, u"groundText"_s);
        const auto choosePolicy = [&](const QString &code) {
            press(Qt::Key_P, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget(), policy);
            press(Qt::Key_Home);
            while (policy->currentData().toString() != code && policy->currentIndex() < policy->count() - 1)
                press(Qt::Key_Down);
            QCOMPARE(policy->currentData().toString(), code);
        };
        choosePolicy(u"ADS-NATSEC"_s);
        QCOMPARE(dialog.statementText(), f.defaults(u"ADS-NATSEC"_s).toText());
        QVERIFY(groundText->text().contains(u"ADS-NATSEC"_s));
        QVERIFY(!dialog.hasInput()); // a prefilled statement is nothing to lose

        press(Qt::Key_S, Qt::AltModifier);
        press(Qt::Key_X, Qt::AltModifier); // the explanation
        QCOMPARE(QApplication::focusWidget()->objectName(), u"explanation"_s);
        press(Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), u" DHS BOD 17-01 is in force."_s);
        QVERIFY(dialog.hasInput());
        choosePolicy(u"ADS-BIZ-CONFLICT"_s);
        QVERIFY(groundText->text().contains(u"ADS-NATSEC"_s));
        QVERIFY(
            part<QPlainTextEdit>(dialog, u"explanation"_s)->toPlainText().endsWith(u"DHS BOD 17-01 is in force."_s));
    }

    // Ground, an end date and the countries, typed by the reviewer, are what the event records.
    void editedStatementIsRecorded()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Trading signals sold as guaranteed gains."_s);
        press(Qt::Key_E, Qt::AltModifier);
        press(Qt::Key_Space);

        press(Qt::Key_S, Qt::AltModifier);
        press(Qt::Key_G, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"ground"_s);
        press(Qt::Key_Up); // from incompatible content to illegal content
        QCOMPARE(part<QComboBox>(dialog, u"ground"_s)->currentData().toString(), u"DECISION_GROUND_ILLEGAL_CONTENT"_s);
        // the policy's clause and explanation are not a law's: they go, and the label says what is asked
        auto *groundText = part<QLineEdit>(dialog, u"groundText"_s);
        QVERIFY(groundText->text().isEmpty());
        QVERIFY(part<QPlainTextEdit>(dialog, u"explanation"_s)->toPlainText().isEmpty());
        QCOMPARE(groundText->accessibleName(), u"Legal ground"_s);
        const QString lacking = part<QLabel>(dialog, u"hint"_s)->text();
        QVERIFY2(lacking.contains(u"lacks the legal ground"_s) && lacking.contains(u"the explanation;"_s),
                 qPrintable(lacking));
        QVERIFY(part<QPushButton>(dialog, u"primary"_s)->isEnabled()); // missing texts do not block
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), groundText);
        QTest::keyClicks(groundText, u"Directive 2005/29/EC, Art. 6"_s);
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"The ads promise returns no investment can guarantee."_s);

        // the account is suspended until the end of the year
        press(Qt::Key_U, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"account"_s);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"untilAccount"_s);
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"endAccount"_s);
        typeDate(u"2018-12-31"_s);
        QCOMPARE(part<QDateEdit>(dialog, u"endAccount"_s)->date(), QDate(2018, 12, 31));

        // only in Germany and Austria
        press(Qt::Key_N, Qt::AltModifier); // "Only in", which a mnemonic ticks after a moment
        QTRY_VERIFY(part<QRadioButton>(dialog, u"onlyIn"_s)->isChecked());
        QCOMPARE(QApplication::focusWidget()->objectName(), u"onlyIn"_s);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"territories"_s);
        QTest::keyClicks(QApplication::focusWidget(), u"de, at"_s);
        const QString hint = part<QLabel>(dialog, u"hint"_s)->text();
        QVERIFY2(hint.startsWith(u"Ready:"_s) && !hint.contains(u"lacks"_s), qPrintable(hint));

        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        const dsa::Decision d = f.statement(decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid);
        QCOMPARE(d.ground, u"DECISION_GROUND_ILLEGAL_CONTENT"_s);
        QCOMPARE(d.groundText, u"Directive 2005/29/EC, Art. 6"_s);
        QCOMPARE(d.explanation, u"The ads promise returns no investment can guarantee."_s);
        QCOMPARE(d.account, u"DECISION_ACCOUNT_SUSPENDED"_s);
        QCOMPARE(d.endAccount, QDate(2018, 12, 31));
        QVERIFY(!d.endVisibility.isValid());
        QCOMPARE(d.territories, (QStringList{u"DE"_s, u"AT"_s}));
        const dsa::Decision policy = f.defaults(u"ADS-CRYPTO"_s);
        QCOMPARE(d.category, policy.category);
        QCOMPARE(d.publicFacts, policy.publicFacts);
    }

    // A ban made in the dialog, from its policy's defaults with an end date, is exported as a
    // statement the Transparency Database takes.
    void aStatementFromTheDialogIsExported()
    {
        Fixture f;
        f.t.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Trading signals sold as guaranteed gains."_s);
        press(Qt::Key_E, Qt::AltModifier);
        press(Qt::Key_Space);
        press(Qt::Key_S, Qt::AltModifier);
        press(Qt::Key_U, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"account"_s);
        press(Qt::Key_Tab);
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"endAccount"_s);
        typeDate(u"2026-09-30"_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        const QString uuid = decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid;

        QTemporaryDir out;
        DsaExportOptions options;
        options.skipIncomplete = true;
        auto exported = DsaExport(f.t.db(), f.t.clock()).write({}, out.filePath(u"dsa"_s), options);
        QVERIFY2(exported, exported ? "" : qPrintable(exported.error().message));
        QCOMPARE(exported->written, 1);
        QFile file(out.filePath(u"dsa/statements-0001.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject body = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(dsa::checkSubmission(body).isEmpty(), qPrintable(dsa::describe(dsa::checkSubmission(body))));
        const QJsonObject statement = body.value(u"statements"_s).toArray().first().toObject();
        QCOMPARE(statement.value(u"puid"_s).toString(), uuid);
        QCOMPARE(statement.value(u"end_date_account_restriction"_s).toString(), u"2026-09-30"_s);
        QCOMPARE(statement.value(u"application_date"_s).toString(), u"2026-03-02"_s);
        QVERIFY(!statement.value(u"decision_facts"_s).toString().contains(u"guaranteed gains"_s));
    }

    // An end date on or before the day of the decision, or a country outside the EEA, keeps the
    // decision from being submitted, and the hint says why; corrected, it goes through.
    void invalidStatementBlocksSubmit()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        const QString ref = u"CASE-2018-0013"_s;
        QVERIFY(open(dialog, f, ref, u"ban"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Signals group sells token tips."_s);
        press(Qt::Key_Tab);
        press(Qt::Key_Space);
        auto *primary = part<QPushButton>(dialog, u"primary"_s);
        auto *hint = part<QLabel>(dialog, u"hint"_s);
        QVERIFY(primary->isEnabled());

        press(Qt::Key_S, Qt::AltModifier);
        press(Qt::Key_U, Qt::AltModifier);
        press(Qt::Key_Tab);
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"endAccount"_s);
        typeDate(u"2018-06-01"_s); // the test clock's day: not after the decision
        QVERIFY2(!primary->isEnabled(), qPrintable(dialog.statementText() + hint->text()));
        QVERIFY(!part<QPushButton>(dialog, u"next"_s)->isEnabled());
        QVERIFY2(hint->text().contains(u"Account restriction: the end date must come after 2018-06-01."_s),
                 qPrintable(hint->text()));
        QVERIFY(!part<QTabWidget>(dialog, u"details"_s)->tabIcon(1).isNull());
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 0);
        QCOMPARE(f.events(ref, u"ban"_s), 0);

        typeDate(u"2018-06-02"_s);
        QVERIFY(primary->isEnabled());
        QVERIFY(part<QTabWidget>(dialog, u"details"_s)->tabIcon(1).isNull());

        press(Qt::Key_N, Qt::AltModifier); // "Only in", which a mnemonic ticks after a moment
        QTRY_VERIFY(part<QRadioButton>(dialog, u"onlyIn"_s)->isChecked());
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"DE, US"_s);
        QVERIFY(!primary->isEnabled());
        QVERIFY2(hint->text().contains(u"not the code of an EU or EEA country: US"_s), qPrintable(hint->text()));
        press(Qt::Key_Backspace);
        press(Qt::Key_Backspace);
        QVERIFY2(primary->isEnabled(), qPrintable(hint->text()));
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        const dsa::Decision d = f.statement(decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid);
        QCOMPARE(d.endAccount, QDate(2018, 6, 2));
        QCOMPARE(d.territories, QStringList{u"DE"_s});
    }

    // A reinstatement starts with an empty statement, nothing of its policy's or of a ban's; what
    // the reviewer enters is recorded.
    void reinstatementWithAStatement()
    {
        Fixture f;
        const QString ref = u"CASE-2018-0002"_s; // banned under ADS-CRYPTO
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QVERIFY(open(dialog, f, ref, u"reinstate"_s));
        QVERIFY(part<QTabBar>(dialog, u"detailTabs"_s)->isVisible());
        QVERIFY(dialog.statementText().isEmpty());
        QVERIFY2(!part<QLabel>(dialog, u"hint"_s)->text().contains(u"lacks"_s),
                 qPrintable(part<QLabel>(dialog, u"hint"_s)->text()));
        QTest::keyClicks(QApplication::focusWidget(), u"The foundation stopped the token sale."_s);

        // a ban's statement, even edited, stays with the ban
        press(Qt::Key_A, Qt::AltModifier);
        press(Qt::Key_Left);
        press(Qt::Key_Left);
        QCOMPARE(dialog.action(), u"ban"_s);
        QCOMPARE(dialog.statementText(), f.defaults(u"ADS-CRYPTO"_s).toText());
        press(Qt::Key_S, Qt::AltModifier);
        press(Qt::Key_F, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), u" Edited."_s);
        const QString banStatement = dialog.statementText();
        press(Qt::Key_A, Qt::AltModifier);
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        QCOMPARE(dialog.action(), u"reinstate"_s);
        QVERIFY(dialog.statementText().isEmpty());

        press(Qt::Key_S, Qt::AltModifier);
        press(Qt::Key_F, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"The ban on the advertiser's ads is lifted."_s);
        QString hint = part<QLabel>(dialog, u"hint"_s)->text(); // begun: what it lacks is noted
        QVERIFY2(hint.contains(u"lacks the ground, the legal ground or clause, the explanation"_s), qPrintable(hint));
        press(Qt::Key_G, Qt::AltModifier);
        press(Qt::Key_Down);
        press(Qt::Key_Down); // incompatible with the terms and conditions
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"Advertising policy ADS-CRYPTO"_s);
        hint = part<QLabel>(dialog, u"hint"_s)->text();
        for (const QString &lacking :
             {u"the explanation"_s, u"the category"_s, u"the type of content"_s, u"a restriction"_s})
            QVERIFY2(hint.contains(lacking), qPrintable(hint));
        QVERIFY2(!hint.contains(u"the public facts"_s), qPrintable(hint));
        QVERIFY(part<QPushButton>(dialog, u"primary"_s)->isEnabled());

        // back to the ban and again: each keeps its own
        press(Qt::Key_A, Qt::AltModifier);
        press(Qt::Key_Left);
        press(Qt::Key_Left);
        QCOMPARE(dialog.statementText(), banStatement);
        press(Qt::Key_Right);
        press(Qt::Key_Right);
        QCOMPARE(dialog.action(), u"reinstate"_s);

        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.column(ref, u"outcome"_s), u"reinstated"_s);
        const dsa::Decision d = f.statement(decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid);
        QCOMPARE(d.ground, u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s);
        QCOMPARE(d.groundText, u"Advertising policy ADS-CRYPTO"_s);
        QCOMPARE(d.publicFacts, u"The ban on the advertiser's ads is lifted."_s);
        QVERIFY(d.category.isEmpty());
        QVERIFY(!d.restricts());
    }

    // Clearing, escalating and annotating state no reasons: no tab, nothing recorded.
    void clearAndEscalateShowNoStatement()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        auto *tabs = part<QTabBar>(dialog, u"detailTabs"_s);
        for (const QString &action : {u"clear"_s, u"escalate"_s, u"annotate"_s}) {
            QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, action));
            QVERIFY2(!tabs->isVisible(), qPrintable(action));
            QVERIFY(!part<StatementForm>(dialog, u"statement"_s)->isVisible());
            QVERIFY(dialog.statementText().isEmpty());
            QVERIFY(!part<QLabel>(dialog, u"hint"_s)->text().contains(u"statement"_s));
        }
        // The statement's tab, open on a ban, goes with the action.
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        press(Qt::Key_S, Qt::AltModifier);
        QVERIFY(part<StatementForm>(dialog, u"statement"_s)->isVisible());
        press(Qt::Key_A, Qt::AltModifier);
        press(Qt::Key_Right);
        QCOMPARE(dialog.action(), u"clear"_s);
        QVERIFY(!tabs->isVisible());
        QVERIFY(part<QPlainTextEdit>(dialog, u"rationale"_s)->isVisible());

        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"clear"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Press coverage only."_s);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(open(dialog, f, u"CASE-2018-0012"_s, u"escalate"_s));
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 2);
        for (const auto &done : decided)
            QCOMPARE(f.statementText(done.at(0).value<ReviewService::Submitted>().event.uuid), QString());
    }

    // A resolution to banned states reasons as a ban does; to cleared, none.
    void resolutionStatesReasonsForABan()
    {
        Fixture f;
        const QString ref = u"CASE-2018-0006"_s;
        const CaseRecord c = f.record(ref);
        QCOMPARE(c.state, u"conflict"_s);
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        auto events = EventRepository(f.t.db()).forCase(c.id);
        QVERIFY(events);
        dialog.start(c, f.evidence(c), u"resolve-conflict"_s, *events);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *tabs = part<QTabBar>(dialog, u"detailTabs"_s);
        QVERIFY(!tabs->isVisible());       // no outcome chosen yet
        press(Qt::Key_L, Qt::AltModifier); // cleared (a mnemonic clicks after a moment)
        QTRY_COMPARE(dialog.outcome(), u"cleared"_s);
        QVERIFY(!tabs->isVisible());
        press(Qt::Key_B, Qt::AltModifier); // banned
        QTRY_COMPARE(dialog.outcome(), u"banned"_s);
        QVERIFY(tabs->isVisible());
        QCOMPARE(dialog.statementText(), f.defaults(u"ADS-CRYPTO"_s).toText());
        press(Qt::Key_R, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), u"The exchange is the product the ads promote."_s);
        press(Qt::Key_E, Qt::AltModifier);
        press(Qt::Key_Space);
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(decided.size() == 1, qPrintable(part<QLabel>(dialog, u"error"_s)->text()));
        const QString uuid = decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid;
        QCOMPARE(f.statementText(uuid), f.defaults(u"ADS-CRYPTO"_s).toText());
    }

    // A refusal (here: the case changed meanwhile) keeps the statement as it was edited.
    void refusalKeepsTheStatement()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QSignalSpy decided(&dialog, &DecisionDialog::decided);
        QSignalSpy conflict(&dialog, &DecisionDialog::conflict);
        const QString ref = u"CASE-2018-0013"_s;
        QVERIFY(open(dialog, f, ref, u"ban"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Token tips sold as a sure thing."_s);
        press(Qt::Key_Tab);
        press(Qt::Key_Space);
        press(Qt::Key_S, Qt::AltModifier);
        press(Qt::Key_N, Qt::AltModifier); // "Only in", which a mnemonic ticks after a moment
        QTRY_VERIFY(part<QRadioButton>(dialog, u"onlyIn"_s)->isChecked());
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"FR"_s);
        const QString typed = dialog.statementText();
        {
            auto db = Database::open(f.t.path());
            QVERIFY(db);
            ReviewService other(**db, f.t.clock(), Identity{u"other.reviewer"_s, u"laptop-2"_s});
            Command note;
            note.caseRef = ref;
            note.action = u"annotate"_s;
            note.rationale = u"Looking at this too."_s;
            QVERIFY(other.submit(note));
        }
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(conflict.size(), 1);
        QVERIFY(part<QLabel>(dialog, u"error"_s)->isVisible());
        QCOMPARE(dialog.statementText(), typed);
        const CaseRecord reloaded = f.record(ref);
        dialog.refresh(reloaded, f.evidence(reloaded));
        QCOMPARE(dialog.statementText(), typed);
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(decided.size(), 1);
        QCOMPARE(f.statementText(decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid), typed);
        QCOMPARE(f.statement(decided.at(0).at(0).value<ReviewService::Submitted>().event.uuid).territories,
                 QStringList{u"FR"_s});
    }

    // Every field of the statement is on the Tab chain, named and described; Escape asks before
    // dropping an edited statement.
    void statementByKeyboard()
    {
        Fixture f;
        DecisionDialog dialog(f.t.review(), f.policies);
        QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
        press(Qt::Key_S, Qt::AltModifier); // the focus moves with the tab, to its first field
        QCOMPARE(QApplication::focusWidget()->objectName(), u"ground"_s);
        auto *form = part<StatementForm>(dialog, u"statement"_s);
        // tick every "until" and "other" so that the fields they open are on the way
        for (QCheckBox *box : form->findChildren<QCheckBox *>()) {
            if (box->objectName().startsWith(u"until"_s) || box->objectName().endsWith(u"_OTHER"_s))
                box->setChecked(true);
        }
        part<QComboBox>(dialog, u"monetary"_s)->setCurrentIndex(3); // other
        part<QComboBox>(dialog, u"service"_s)->setCurrentIndex(1);
        part<QCheckBox>(dialog, u"untilService"_s)->setChecked(true);
        part<QCheckBox>(dialog, u"untilMonetary"_s)->setChecked(true);
        QStringList visited{u"ground"_s};
        for (int i = 0; i < 60; ++i) {
            press(Qt::Key_Tab);
            QWidget *w = QApplication::focusWidget();
            if (!form->isAncestorOf(w)) {
                // then the buttons (Ban and Decide & next are off: the "other"s say nothing yet)
                QCOMPARE(w->objectName(), u"cancel"_s);
                break;
            }
            visited << w->objectName();
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            QVERIFY2(!w->accessibleDescription().isEmpty(), qPrintable(w->objectName()));
        }
        for (QWidget *w : form->focusOrder()) {
            if (w->objectName() != u"onlyIn" && w->objectName() != u"territories") // the radio group is one stop
                QVERIFY2(visited.contains(w->objectName()),
                         qPrintable(w->objectName() + u" not in "_s + visited.join(u", "_s)));
        }
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(label->text()));
        }
        // Alt+R and Alt+E reach the rationale and the evidence from here too
        press(Qt::Key_R, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), part<QPlainTextEdit>(dialog, u"rationale"_s));
        press(Qt::Key_S, Qt::AltModifier);
        press(Qt::Key_E, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), part<EvidencePicker>(dialog, u"evidence"_s));

        QVERIFY(dialog.hasInput());
        BoxWatcher keep([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
        press(Qt::Key_Escape);
        QCOMPARE(keep.shown, 1);
        QVERIFY(dialog.isVisible());
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ADREVIEW_SCREENSHOT_DIR to save pictures of the dialog");
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            if (dark)
                QApplication::setPalette(test::darkPalette());
            Fixture f;
            DecisionDialog dialog(f.t.review(), f.policies);
            QVERIFY(open(dialog, f, u"CASE-2018-0001"_s, u"ban"_s));
            QTest::keyClicks(QApplication::focusWidget(),
                             u"DHS BOD 17-01 orders federal agencies to remove Kaspersky products; the "
                             "platform's own review found the ads business conflicts with its practices."_s);
            auto *evidence = part<EvidencePicker>(dialog, u"evidence"_s);
            evidence->setChecked(u"EV-1"_s, true);
            evidence->setChecked(u"EV-4"_s, true);
            QTest::qWait(50);
            const QString file = u"%1/decision-%2.png"_s.arg(dir, dark ? u"dark"_s : u"light"_s);
            QVERIFY(dialog.grab().save(file));
        }
        QApplication::setPalette(light);
    }

    // The statement's tab of a ban, top and bottom, in each language.
    void statementScreenshots()
    {
        const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set ADREVIEW_SCREENSHOT_DIR to save pictures of the dialog");
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        const QLocale locale;
        for (const QString &lang : {u"en"_s, u"de"_s, u"ru"_s}) {
            language::installTranslators(*app, lang);
            Fixture f;
            DecisionDialog dialog(f.t.review(), f.policies);
            QVERIFY(open(dialog, f, u"CASE-2018-0013"_s, u"ban"_s));
            QTest::keyClicks(QApplication::focusWidget(), u"Still buys promoted posts for a paid crypto "
                                                          "trading-signals group after the March 2018 ban."_s);
            part<EvidencePicker>(dialog, u"evidence"_s)->setChecked(u"EV-1"_s, true);
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(u"%1/decision-rationale-%2.png"_s.arg(dir, lang)));
            part<QTabWidget>(dialog, u"details"_s)->setCurrentIndex(1);
            part<QCheckBox>(dialog, u"untilAccount"_s)->setChecked(true);
            part<QRadioButton>(dialog, u"onlyIn"_s)->setChecked(true);
            QTest::keyClicks(part<QLineEdit>(dialog, u"territories"_s), u"DE, AT, XY"_s);
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(u"%1/decision-statement-%2.png"_s.arg(dir, lang)));
            auto *bar = part<QScrollArea>(dialog, u"statementScroll"_s)->verticalScrollBar();
            bar->setValue(bar->maximum());
            QTest::qWait(50);
            QVERIFY(dialog.grab().save(u"%1/decision-statement-end-%2.png"_s.arg(dir, lang)));
        }
        language::installTranslators(*app, u"en"_s);
        QLocale::setDefault(locale);
    }
};

QTEST_MAIN(tst_DecisionDialog)
#include "tst_DecisionDialog.moc"
