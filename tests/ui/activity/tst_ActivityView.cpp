#include "TestDatabase.h"
#include "activity/ActivityView.h"
#include "case/CasePane.h"
#include "main/Actions.h"
#include "main/MainWindow.h"
#include "queue/ActivityModel.h"
#include "review/ReviewService.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace adreview;

class tst_ActivityView : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<MainWindow> m_w;

    // "ref action" of each event of a reviewer, newest first, straight from the database.
    QStringList eventsOf(const QString &reviewer)
    {
        QSqlQuery q(m_t->db().connection());
        q.prepare(u"SELECT c.ref, e.action FROM events e JOIN cases c ON c.id = e.case_id WHERE e.reviewer = ? "
                  "ORDER BY e.at DESC, e.id DESC"_s);
        q.addBindValue(reviewer);
        if (!q.exec())
            qFatal("reading the events failed");
        QStringList out;
        while (q.next())
            out << q.value(0).toString() + u' ' + q.value(1).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
        // A reviewer on a laptop of their own, whose notes the lead looks for.
        ReviewService patel = m_t->reviewAs(u"dev.patel"_s, u"patel-laptop"_s);
        for (const QString &ref : {u"CASE-2018-0001"_s, u"CASE-2018-0003"_s, u"CASE-2018-0002"_s}) {
            Command note;
            note.caseRef = ref;
            note.action = u"annotate"_s;
            note.rationale = u"Checked %1 against the advisory\nsecond line"_s.arg(ref);
            m_t->clock().advance(60000);
            QVERIFY2(patel.submit(note).ok(), qPrintable(ref));
        }
        auto db = Database::open(m_t->path());
        QVERIFY(db.ok());
        m_w = std::make_unique<MainWindow>(std::move(*db), Identity{u"lead"_s, u"lead-device"_s},
                                           m_t->dirPath() + u"/settings.ini"_s);
        m_w->resize(1360, 900);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    }
    void cleanupTestCase()
    {
        m_w.reset();
        m_t.reset();
    }

    void opensFromTheViewMenuShortcut()
    {
        QVERIFY(!m_w->activityDock()->isVisible());
        QCOMPARE(m_w->actions()->get(Actions::Activity)->shortcut(), QKeySequence(u"Ctrl+Shift+A"_s));
        QTest::keyClick(m_w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_w->activityDock()->isVisible());
        ActivityModel *model = m_w->activity()->model();
        QVERIFY(model);
        QVERIFY(!model->lastError());
        QCOMPARE(model->rowCount(),
                 int(std::min<qint64>(m_t->count(u"SELECT count(*) FROM events"_s), ActivityModel::pageSize)));
        // Newest first: the last note written heads the log.
        QCOMPARE(model->index(0, ActivityModel::Reviewer).data().toString(), u"dev.patel"_s);
        QCOMPARE(model->index(0, ActivityModel::Case).data().toString(), u"CASE-2018-0002"_s);
    }

    void filtersByReviewerFromTheKeyboard()
    {
        QComboBox *box = m_w->activity()->reviewerBox();
        QVERIFY(box->findText(u"dev.patel"_s) > 0);
        box->setFocus();
        QTest::keyClicks(box, u"dev.patel"_s);
        QCOMPARE(box->currentText(), u"dev.patel"_s);
        ActivityModel *model = m_w->activity()->model();
        QStringList shown;
        for (int r = 0; r < model->rowCount(); ++r)
            shown << model->index(r, ActivityModel::Case).data().toString() + u' ' +
                         model->index(r, ActivityModel::Action).data().toString();
        QCOMPARE(shown, eventsOf(u"dev.patel"_s));
        QCOMPARE(model->index(0, ActivityModel::Device).data().toString(), u"patel-laptop"_s);
        QCOMPARE(model->index(0, ActivityModel::Rationale).data().toString(),
                 u"Checked CASE-2018-0002 against the advisory"_s);
        // The count is whole beside the filters.
        auto *status = m_w->activity()->findChild<QLabel *>(u"activityStatus"_s);
        QCOMPARE(status->text(), u"%1 event(s)"_s.arg(model->rowCount()));
        QTRY_VERIFY2(status->width() >= status->sizeHint().width() &&
                         m_w->rect().contains(status->mapTo(m_w.get(), status->rect().bottomRight())),
                     qPrintable(status->text()));
        if (const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(m_w->grab().save(dir + u"/activity-view.png"_s));
        }
    }

    void doubleClickAndEnterOpenTheCase()
    {
        QTableView *table = m_w->activity()->table();
        const QRect second = table->visualRect(table->model()->index(1, ActivityModel::Case));
        QVERIFY(second.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, second.center());
        QTRY_COMPARE(m_w->casePane()->caseRef(), u"CASE-2018-0003"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(m_w->casePane()->caseRef(), u"CASE-2018-0001"_s);
    }
};

QTEST_MAIN(tst_ActivityView)
#include "tst_ActivityView.moc"
