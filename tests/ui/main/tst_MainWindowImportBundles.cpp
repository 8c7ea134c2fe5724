// MainWindow::importBundles: the bundles given to the program on its command line (adreview
// FILE.adrbundle, as the desktop entry opens a bundle from the file manager) are merged as
// File → Sync → Import Bundles… does, with the same summary, and the window shows what arrived.

#include "TestDatabase.h"
#include "main/MainWindow.h"
#include "queue/FilterBar.h"
#include "queue/QueueFilter.h"
#include "sync/SyncBundle.h"
#include "sync/SyncControl.h"

#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

qint64 openCount(const MainWindow &w)
{
    static const QRegularExpression number(u"\\(([\\d,]+)\\)$"_s);
    const auto match = number.match(w.filterBar()->tabs()->tabText(int(QueueFilter::Tab::Open)));
    return match.hasMatch() ? match.captured(1).remove(u',').toLongLong() : -1;
}

// A fresh database in a temporary folder and the window on a connection of its own; t's
// connection checks what the window wrote.
struct Fixture {
    test::TestDatabase t;
    std::unique_ptr<MainWindow> w;

    bool open()
    {
        auto db = Database::open(t.path());
        if (!db)
            return false;
        w = std::make_unique<MainWindow>(std::move(*db), Identity{u"ana"_s, u"laptop-a"_s},
                                         t.dirPath() + u"/settings.ini"_s);
        w->show();
        return QTest::qWaitForWindowExposed(w.get());
    }
    qint64 events() { return t.count(u"SELECT count(*) FROM events"_s); }
};

} // namespace

class TestMainWindowImportBundles : public QObject {
    Q_OBJECT

private slots:
    // The bundle's events, cases and advertisers land in the database, the summary names the
    // bundle, and the queue and its counts are read again.
    void bundleEventsLandInTheDatabase()
    {
        test::TestDatabase laptopB;
        laptopB.loadDemo();
        const QString bundle = laptopB.dirPath() + u"/laptop-b.adrbundle"_s;
        QVERIFY(SyncBundle::write(laptopB.db(), Identity{u"ben"_s, u"laptop-b"_s}, laptopB.clock(), bundle, {}).ok());
        const qint64 expectedEvents = laptopB.count(u"SELECT count(*) FROM events"_s);
        QVERIFY(expectedEvents > 0);

        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QCOMPARE(f.events(), 0);
        QTRY_COMPARE(openCount(w), 0);
        // Laptop B's devices are new here: the window lists them and asks. Refused, nothing merges.
        w.importBundles({bundle});
        QVERIFY(w.sync()->running());
        QTRY_VERIFY_WITH_TIMEOUT(w.sync()->trustBox() && w.sync()->trustBox()->isVisible(), 60'000);
        QMessageBox *ask = w.sync()->trustBox();
        QVERIFY2(ask->text().contains(u"laptop-b.adrbundle"_s) && ask->text().contains(u"SHA256:"_s),
                 qPrintable(ask->text()));
        QCOMPARE(ask->defaultButton()->objectName(), u"doNotMerge"_s);
        if (const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS"); !dir.isEmpty())
            ask->grab().save(dir + u"/trust-devices.png"_s);
        QTest::mouseClick(ask->findChild<QPushButton *>(u"doNotMerge"_s), Qt::LeftButton);
        QTRY_VERIFY(!w.sync()->trustBox());
        QCOMPARE(f.events(), 0);
        QCOMPARE(f.t.count(u"SELECT count(*) FROM devices WHERE trusted_by = 'ana'"_s), 0);

        // Asked again and trusted: everything merges, and the trust is recorded with who gave it.
        w.importBundles({bundle});
        QTRY_VERIFY_WITH_TIMEOUT(w.sync()->trustBox() && w.sync()->trustBox()->isVisible(), 60'000);
        QTest::mouseClick(w.sync()->trustBox()->findChild<QPushButton *>(u"trustAndMerge"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.sync()->resultBox() && w.sync()->resultBox()->isVisible(), 60'000);
        QMessageBox *box = w.sync()->resultBox();
        QCOMPARE(box->icon(), QMessageBox::Information);
        QVERIFY2(box->text().contains(u"now trusted"_s), qPrintable(box->text()));
        QVERIFY(f.t.count(u"SELECT count(*) FROM devices WHERE trusted_by = 'ana'"_s) > 0);
        QVERIFY2(box->text().contains(u"laptop-b.adrbundle: "_s), qPrintable(box->text()));
        box->close();

        QCOMPARE(f.events(), expectedEvents);
        QCOMPARE(f.t.text(u"SELECT group_concat(uuid, ',') FROM (SELECT uuid FROM events ORDER BY uuid)"_s),
                 laptopB.text(u"SELECT group_concat(uuid, ',') FROM (SELECT uuid FROM events ORDER BY uuid)"_s));
        QCOMPARE(f.t.count(u"SELECT count(*) FROM cases"_s), laptopB.count(u"SELECT count(*) FROM cases"_s));
        const qint64 open =
            f.t.count(u"SELECT count(*) FROM cases c WHERE "_s + QueueFilter::tabSql(QueueFilter::Tab::Open));
        QVERIFY(open > 0);
        QTRY_COMPARE(openCount(w), open);
    }

    // A file that is not a bundle is refused with the reason, and nothing is written.
    void aRefusedBundleWritesNothing()
    {
        Fixture f;
        const QString bundle = f.t.dirPath() + u"/notes.adrbundle"_s;
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a bundle\n");
        file.close();
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        w.importBundles({bundle});
        QTRY_VERIFY_WITH_TIMEOUT(w.sync()->resultBox() && w.sync()->resultBox()->isVisible(), 60'000);
        QMessageBox *box = w.sync()->resultBox();
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QVERIFY2(box->text().contains(u"notes.adrbundle: not an AdReview sync bundle"_s), qPrintable(box->text()));
        box->close();
        QCOMPARE(f.events(), 0);
    }

    // No bundles: nothing runs, and no file dialog asks for any.
    void noBundlesDoNothing()
    {
        Fixture f;
        QVERIFY(f.open());
        bool asked = false;
        f.w->sync()->setOpenChooser([&] {
            asked = true;
            return QStringList();
        });
        f.w->importBundles({});
        QVERIFY(!asked);
        QVERIFY(!f.w->sync()->running());
    }
};

QTEST_MAIN(TestMainWindowImportBundles)
#include "tst_MainWindowImportBundles.moc"
