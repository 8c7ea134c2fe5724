// Syncing with the team server from the window, against a real PostgreSQL started by the test:
// the address set in File → Sync → Team Server… (tested there first), Sync Now by its shortcut,
// a decision from another laptop arriving in the queue, the status bar through offline and back,
// a password asked for once and never saved, and the events set aside listed in the dialog.

#include "TestDatabase.h"
#include "TestPostgres.h"
#include "WidgetTestHelpers.h"
#include "main/Actions.h"
#include "main/MainWindow.h"
#include "queue/FilterBar.h"
#include "queue/QueueFilter.h"
#include "storage/Quarantine.h"
#include "sync/TeamServerDialog.h"
#include "sync/TeamSyncControl.h"
#include "team/ServerConnection.h"
#include "team/ServerSync.h"
#include "team/TeamAdmin.h"
#include "team/TeamSchema.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

qint64 openCount(const MainWindow &w)
{
    static const QRegularExpression number(u"\\(([\\d,]+)\\)$"_s);
    const auto match = number.match(w.filterBar()->tabs()->tabText(int(QueueFilter::Tab::Open)));
    return match.hasMatch() ? match.captured(1).remove(u',').toLongLong() : -1;
}

} // namespace

class TestTeamSyncControl : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestPostgres> m_pg;

    // A laptop's file made from the demo, as `adreview demo` makes it on each laptop of a team.
    static std::unique_ptr<test::TestDatabase> laptop()
    {
        auto t = std::make_unique<test::TestDatabase>();
        t->makeDemo();
        return t;
    }

    static std::unique_ptr<MainWindow> window(test::TestDatabase &t, const QString &reviewer)
    {
        auto db = Database::open(t.path());
        if (!db)
            return nullptr;
        auto w = std::make_unique<MainWindow>(std::move(*db), Identity{reviewer, reviewer + u"-laptop"_s},
                                              t.dirPath() + u"/settings.ini"_s);
        w->show();
        return QTest::qWaitForWindowExposed(w.get()) ? std::move(w) : nullptr;
    }

    // Types the address into the Team Server dialog and saves it, which syncs at once.
    static bool setAddress(MainWindow &w, const QString &address)
    {
        w.actions()->get(Actions::TeamServer)->trigger();
        TeamServerDialog *dialog = w.teamSync()->settingsDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return false;
        auto *field = test::part<QLineEdit>(dialog, u"serverAddress"_s);
        field->clear();
        QTest::keyClicks(field, address);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        return true;
    }

    // Ctrl+Shift+S, typed into the window as a person would.
    static bool syncByShortcut(MainWindow &w)
    {
        w.activateWindow();
        if (!QTest::qWaitForWindowActive(&w))
            return false;
        test::press(&w, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        return true;
    }

    static QString status(const MainWindow &w) { return w.teamSync()->statusLabel()->text(); }
    static QString told(const MainWindow &w) { return status(w) + u" / "_s + w.teamSync()->statusLabel()->toolTip(); }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::TestPostgres>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->createDatabase(u"team"_s));
        auto admin = ServerConnection::open(m_pg->address(u"team"_s));
        QVERIFY(admin);
        QVERIFY(TeamSchema::init(**admin));
        TeamAdmin people(**admin);
        QVERIFY(people.addReviewer(u"ana"_s, false, u"pw-ana"_s));
        QVERIFY(people.addReviewer(u"ben"_s, false, {}));
    }

    void syncNowCarriesDecisionsBothWaysAndSaysWhenOffline()
    {
        auto mine = laptop();
        auto bens = laptop();
        QVERIFY(mine && bens);
        // One event another sync set aside, for the dialog to list.
        HeldEvent held;
        held.event.uuid = u"00000000-0000-4000-8000-000000000001"_s;
        held.event.caseRef = u"CASE-2018-0013"_s;
        held.event.action = u"ban"_s;
        held.event.reviewer = u"mallory"_s;
        held.event.device = u"forged"_s;
        held.event.seq = 3;
        held.event.at = QDateTime::currentDateTimeUtc();
        held.reason = u"breaks a review rule: a ban needs a rationale"_s;
        held.cause = held.event.uuid;
        held.heldAt = held.event.at;
        QVERIFY(Quarantine(mine->db()).hold({held}));

        auto w = window(*mine, u"ana"_s);
        QVERIFY(w);
        QVERIFY(!w->teamSync()->statusLabel()->isVisible()); // no server set
        QTRY_VERIFY(openCount(*w) > 0);
        const qint64 open = openCount(*w);

        // The dialog: the set-aside event is listed; the connection is tested before saving.
        w->actions()->get(Actions::TeamServer)->trigger();
        TeamServerDialog *dialog = w->teamSync()->settingsDialog();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        auto *list = test::part<QTreeWidget>(dialog, u"quarantineList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(5), held.reason);
        QTest::keyClicks(test::part<QLineEdit>(dialog, u"serverAddress"_s), m_pg->address(u"team"_s, u"ana"_s));
        QTest::mouseClick(test::part<QPushButton>(dialog, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult()->text().contains(u"as reviewer ana"_s), 20'000);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(status(*w).startsWith(u"synced"_s), qPrintable(told(*w)), 30'000);
        QVERIFY2(status(*w).contains(u"1 set aside"_s), qPrintable(status(*w)));

        // Ben bans a case on his laptop and syncs; Sync Now brings it into this queue.
        {
            auto login = ServerConnection::open(m_pg->address(u"team"_s, u"ben"_s));
            QVERIFY(login);
            Command c;
            c.caseRef = u"CASE-2018-0013"_s;
            c.action = u"ban"_s;
            c.policyCode = u"ADS-CRYPTO"_s;
            c.evidenceRefs = {u"EV-1"_s};
            c.rationale = u"Banned on the advisory"_s;
            QVERIFY(bens->reviewAs(u"ben"_s, u"ben-laptop"_s).submit(c));
            ServerSync s(bens->db(), **login);
            QVERIFY(s.connect());
            QVERIFY(s.push());
        }
        QVERIFY(syncByShortcut(*w));
        QTRY_COMPARE_WITH_TIMEOUT(openCount(*w), open - 1, 30'000);
        QCOMPARE(mine->text(u"SELECT state FROM cases WHERE ref = 'CASE-2018-0013'"_s), u"decided"_s);

        // A decision made here counts as one to send; with the server gone, the bar says offline.
        Command note;
        note.caseRef = u"CASE-2018-0012"_s;
        note.action = u"annotate"_s;
        note.rationale = u"Checked"_s;
        QVERIFY(mine->reviewAs(u"ana"_s, u"ana-laptop"_s).submit(note));
        w->teamSync()->refreshStatus();
        QVERIFY2(status(*w).contains(u"1 to send"_s), qPrintable(status(*w)));
        QVERIFY(m_pg->stop());
        QVERIFY(syncByShortcut(*w));
        QTRY_VERIFY2_WITH_TIMEOUT(status(*w).startsWith(u"offline — 1 to send"_s), qPrintable(told(*w)), 30'000);
        QTRY_VERIFY(w->teamSync()->resultBox() && w->teamSync()->resultBox()->isVisible());
        QVERIFY2(w->teamSync()->resultBox()->text().contains(u"team server"_s),
                 qPrintable(w->teamSync()->resultBox()->text()));
        w->teamSync()->resultBox()->close();
        QVERIFY(m_pg->start());
        QVERIFY(syncByShortcut(*w));
        QTRY_VERIFY2_WITH_TIMEOUT(status(*w).startsWith(u"synced"_s), qPrintable(told(*w)), 30'000);
        QVERIFY2(!status(*w).contains(u"to send"_s), qPrintable(status(*w)));
        QCOMPARE(*ServerSync::toSend(mine->db(), u"ana"_s), qint64(0));
    }

    // Over TCP the server wants a password: asked for once, kept while the window runs, never saved.
    void aPasswordIsAskedForOnceAndNeverSaved()
    {
        auto mine = laptop();
        QVERIFY(mine);
        auto w = window(*mine, u"ana"_s);
        QVERIFY(w);
        int asked = 0;
        w->teamSync()->setPasswordAsker([&](const QString &) {
            ++asked;
            return std::optional<QString>(u"pw-ana"_s);
        });
        QVERIFY(setAddress(*w, m_pg->tcpAddress(u"team"_s, u"ana"_s)));
        QTRY_VERIFY2_WITH_TIMEOUT(status(*w).startsWith(u"synced"_s), qPrintable(told(*w)), 30'000);
        QCOMPARE(asked, 1);
        QVERIFY(syncByShortcut(*w));
        QTRY_VERIFY(!w->teamSync()->running());
        QTRY_VERIFY2_WITH_TIMEOUT(status(*w).startsWith(u"synced"_s), qPrintable(told(*w)), 30'000);
        QCOMPARE(asked, 1);
        const QString saved = mine->text(u"SELECT value FROM meta WHERE key = 'team_server'"_s);
        QVERIFY2(saved.contains(u"user='ana'"_s) && !saved.contains(u"pw-ana"_s), qPrintable(saved));

        // A password typed into the address is used, and left out of what is saved.
        auto other = laptop();
        QVERIFY(other);
        auto w2 = window(*other, u"ana"_s);
        QVERIFY(w2);
        w2->teamSync()->setPasswordAsker([&](const QString &) {
            ++asked;
            return std::nullopt;
        });
        QVERIFY(setAddress(*w2, m_pg->tcpAddress(u"team"_s, u"ana"_s) + u" password=pw-ana"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(status(*w2).startsWith(u"synced"_s), qPrintable(told(*w2)), 30'000);
        QCOMPARE(asked, 1);
        QVERIFY(!other->text(u"SELECT value FROM meta WHERE key = 'team_server'"_s).contains(u"pw-ana"_s));
    }
};

} // namespace adreview

QTEST_MAIN(adreview::TestTeamSyncControl)
#include "tst_TeamSyncControl.moc"
