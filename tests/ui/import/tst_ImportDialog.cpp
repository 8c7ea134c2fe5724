#include "TestDatabase.h"
#include "TestPaths.h"
#include "WidgetTestHelpers.h"
#include "import/CaseImporter.h"
#include "import/ImportControl.h"
#include "import/ImportDialog.h"
#include "import/ImportFileModel.h"
#include "main/Actions.h"
#include "main/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "sync/SyncBundle.h"
#include "sync/SyncControl.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

using test::darkPalette;
using test::part;

using Col = ImportFileModel::Column;
using State = ImportFile::State;

QString fixture(const QString &name)
{
    return test::importFile(name);
}

// A fresh database in a temporary folder and the window on a connection of its own; t's
// connection checks what the window wrote.
struct Fixture {
    test::TestDatabase t;
    std::unique_ptr<MainWindow> w;

    bool importFirst(const QString &name)
    {
        auto r = CaseImporter(t.db(), t.review()).importFile(fixture(name));
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return r.ok();
    }
    bool open()
    {
        auto db = Database::open(t.path());
        if (!db)
            return false;
        w = std::make_unique<MainWindow>(std::move(*db), Identity{u"importer"_s, u"office-pc"_s},
                                         t.dirPath() + u"/settings.ini"_s);
        w->show();
        return QTest::qWaitForWindowExposed(w.get()) && QTest::qWaitForWindowActive(w.get());
    }
    qint64 cases(const QString &where = u"1"_s) { return t.count(u"SELECT count(*) FROM cases WHERE "_s + where); }
};

QMimeData *filesData(const QStringList &paths)
{
    auto *data = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    data->setUrls(urls);
    return data;
}

// Drags the files over the widget as a file manager does; true if it would take them.
bool dragOver(QWidget *target, const QStringList &paths)
{
    std::unique_ptr<QMimeData> data(filesData(paths));
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    return enter.isAccepted();
}

// Drags the files over the widget and, when it takes them, lets go.
bool drop(QWidget *target, const QStringList &paths)
{
    if (!dragOver(target, paths))
        return false;
    std::unique_ptr<QMimeData> data(filesData(paths));
    QDropEvent event(QPointF(target->rect().center()), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
    return event.isAccepted();
}

// What the table shows in a cell, as the user reads it.
QString cell(ImportDialog *d, const QString &file, Col column)
{
    ImportFileModel *m = d->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, Col::File).data().toString() == file)
            return m->index(row, column).data().toString();
    }
    return u"(no row for %1)"_s.arg(file);
}

QStringList listed(ImportDialog *d)
{
    QStringList out;
    for (int row = 0; row < d->model()->rowCount(); ++row)
        out << d->model()->index(row, Col::File).data().toString();
    return out;
}

bool idle(ImportDialog *d)
{
    const auto done = [d] {
        for (const ImportFile &f : d->model()->files()) {
            if (f.state == State::Waiting || f.state == State::Checking || f.state == State::Importing)
                return false;
        }
        return !d->checking() && !d->importing();
    };
    return QTest::qWaitFor(done, 60000);
}

void click(ImportDialog *d, const QString &button)
{
    QPushButton *b = part<QPushButton>(d, button);
    QVERIFY2(b->isEnabled() && b->isVisible(), qPrintable(button));
    QTest::mouseClick(b, Qt::LeftButton);
}

void clickFile(ImportDialog *d, const QString &file)
{
    auto *table = part<QTableView>(d, u"files"_s);
    const int row = int(listed(d).indexOf(file));
    QVERIFY2(row >= 0, qPrintable(file));
    const QModelIndex index = d->model()->index(row, Col::File);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(table->currentIndex().row(), row);
}

int rowOf(const MainWindow &w, const QString &ref)
{
    for (int row = 0; row < w.queueModel()->rowCount(); ++row) {
        if (w.queueModel()->refAt(row) == ref)
            return row;
    }
    return -1;
}

// The number the Open tab's title shows, "Open (3,000)"; -1 while it shows none.
qint64 openCount(const MainWindow &w)
{
    static const QRegularExpression number(u"\\(([\\d,]+)\\)$"_s);
    const auto match = number.match(w.filterBar()->tabs()->tabText(int(QueueFilter::Tab::Open)));
    return match.hasMatch() ? match.captured(1).remove(u',').toLongLong() : -1;
}

// Pictures of the dialog in a light and a dark palette, when ADREVIEW_SCREENSHOTS names a folder.
void keepScreenshots(ImportDialog *d, const QString &name)
{
    const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests first
    d->grab().save(dir + u'/' + name + u"-light.png"_s);
    d->setPalette(darkPalette());
    QTest::qWait(50);
    d->grab().save(dir + u'/' + name + u"-dark.png"_s);
    d->setPalette(QPalette());
}

// A cases file of n generated cases for the advertisers in advertisers.csv.
QString manyCases(const QString &dir, int n)
{
    const QString path = dir + u"/many-cases.csv"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("ref,advertiser,policy,summary,priority,source,opened,due\n");
    for (int i = 0; i < n; ++i)
        file.write("GEN-" + QByteArray::number(i) +
                   ",orchid-vpn,ADS-NATSEC,Generated case.,low,automated,2019-04-01T09:00:00Z,2019-04-08T09:00:00Z\n");
    return path;
}

} // namespace

class tst_ImportDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    // Cases and their evidence dropped on the window: checked, faults shown by line, imported in
    // order, and the queue shows the new cases.
    void dropCasesAndEvidence()
    {
        Fixture f;
        QVERIFY(f.importFirst(u"advertisers.csv"_s));
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        // Evidence first, as a file manager may list them: the dialog puts cases before evidence.
        QVERIFY(drop(&w, {fixture(u"evidence.csv"_s), fixture(u"cases.csv"_s)}));
        ImportDialog *d = w.importer()->dialog();
        QVERIFY(d);
        QTRY_VERIFY(d->isVisible());
        QAbstractItemModelTester tester(d->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(idle(d));
        QCOMPARE(listed(d), (QStringList{u"cases.csv"_s, u"evidence.csv"_s}));
        QCOMPARE(cell(d, u"cases.csv"_s, Col::Kind), u"Cases (CSV)"_s);
        QCOMPARE(cell(d, u"cases.csv"_s, Col::Cases), u"3"_s);
        QCOMPARE(cell(d, u"cases.csv"_s, Col::Advertisers), u"0"_s);
        QCOMPARE(cell(d, u"cases.csv"_s, Col::Evidence), u"0"_s);
        QCOMPARE(cell(d, u"cases.csv"_s, Col::Faults), u"0"_s);
        QCOMPARE(cell(d, u"cases.csv"_s, Col::Status), u"Ready"_s);
        // Checked against the database as it is: its cases are not in yet, and it says so.
        QCOMPARE(cell(d, u"evidence.csv"_s, Col::Status), u"Has faults"_s);
        QCOMPARE(cell(d, u"evidence.csv"_s, Col::Faults), u"3"_s); // one for each case it names
        QCOMPARE(f.cases(), 0);                                    // checking wrote nothing

        // A bad file dropped on the dialog joins the cases, before the evidence.
        QVERIFY(drop(d, {fixture(u"cases-bad-row.csv"_s)}));
        QVERIFY(idle(d));
        QCOMPARE(listed(d), (QStringList{u"cases.csv"_s, u"cases-bad-row.csv"_s, u"evidence.csv"_s}));
        QCOMPARE(cell(d, u"cases-bad-row.csv"_s, Col::Faults), u"1"_s);
        clickFile(d, u"cases-bad-row.csv"_s);
        auto *details = part<QPlainTextEdit>(d, u"details"_s);
        const QString faults = details->toPlainText();
        QVERIFY2(faults.contains(u"\ncases-bad-row.csv:4: column \"opened\": not a time"_s), qPrintable(faults));
        QVERIFY2(faults.contains(u"Faults: 1. As it is, nothing of this file would be imported:\n"_s),
                 qPrintable(faults));
        clickFile(d, u"evidence.csv"_s);
        QVERIFY2(details->toPlainText().contains(u"\nevidence.csv:2: "_s), qPrintable(details->toPlainText()));
        QVERIFY(part<QLabel>(d, u"hint"_s)->text().contains(u"checked again when that one is imported"_s));
        for (QLabel *label : d->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        clickFile(d, u"cases-bad-row.csv"_s);
        keepScreenshots(d, u"import-dialog-checked"_s);

        // Move Up and Move Down change the order files are imported in.
        click(d, u"moveUp"_s);
        QCOMPARE(listed(d), (QStringList{u"cases-bad-row.csv"_s, u"cases.csv"_s, u"evidence.csv"_s}));
        QVERIFY(!part<QPushButton>(d, u"moveUp"_s)->isEnabled());
        click(d, u"moveDown"_s);
        QCOMPARE(listed(d), (QStringList{u"cases.csv"_s, u"cases-bad-row.csv"_s, u"evidence.csv"_s}));

        QTRY_COMPARE(openCount(w), 0);
        click(d, u"import"_s);
        QVERIFY(idle(d));
        QCOMPARE(cell(d, u"cases.csv"_s, Col::Status), u"Imported"_s);
        QCOMPARE(cell(d, u"cases-bad-row.csv"_s, Col::Status), u"Not imported: has faults"_s);
        // Checked again once its cases were in: imported.
        QCOMPARE(cell(d, u"evidence.csv"_s, Col::Status), u"Imported"_s);
        QCOMPARE(cell(d, u"evidence.csv"_s, Col::Evidence), u"6"_s);
        const QString summary = d->summary();
        for (const QString &expected : {u"Files imported: 2 of 3\n"_s, u"\ncases.csv: 3 cases added"_s,
                                        u"\nevidence.csv: 6 evidence items added"_s,
                                        u"Not imported:\ncases-bad-row.csv: 1 fault; nothing was imported"_s})
            QVERIFY2(summary.contains(expected), qPrintable(summary));
        keepScreenshots(d, u"import-dialog-done"_s);

        QCOMPARE(f.cases(), 3);
        QCOMPARE(f.cases(u"ref LIKE 'CASE-2019-01%'"_s), 0); // the bad file: all or nothing
        QCOMPARE(f.t.count(u"SELECT count(*) FROM evidence"_s), 6);
        // The window read the queue and its counts again.
        QTRY_COMPARE(openCount(w), 3);
        for (const QString &ref : {u"CASE-2019-0001"_s, u"CASE-2019-0002"_s, u"CASE-2019-0003"_s})
            QTRY_VERIFY2(rowOf(w, ref) >= 0, qPrintable(ref));
        QVERIFY(!part<QPushButton>(d, u"import"_s)->isEnabled()); // nothing left that could be imported
        click(d, u"close"_s);
        QTRY_VERIFY(!w.importer()->dialog());
    }

    // On an empty database only the advertisers pass the first check; each file is checked again
    // after the one before it is in, and all three are imported.
    void dependentFilesAreCheckedAgain()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        w.importer()->setFileChooser([] {
            return QStringList{fixture(u"evidence.csv"_s), fixture(u"cases.csv"_s), fixture(u"advertisers.csv"_s)};
        });
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier); // File → Import…
        QTRY_VERIFY(w.importer()->dialog() && w.importer()->dialog()->isVisible());
        ImportDialog *d = w.importer()->dialog();
        QVERIFY(idle(d));
        QCOMPARE(listed(d), (QStringList{u"advertisers.csv"_s, u"cases.csv"_s, u"evidence.csv"_s}));
        QCOMPARE(cell(d, u"advertisers.csv"_s, Col::Advertisers), u"2"_s);
        QCOMPARE(cell(d, u"cases.csv"_s, Col::Status), u"Has faults"_s);
        QCOMPARE(cell(d, u"evidence.csv"_s, Col::Status), u"Has faults"_s);
        click(d, u"import"_s);
        QVERIFY(idle(d));
        for (const QString &file : listed(d))
            QCOMPARE(cell(d, file, Col::Status), u"Imported"_s);
        QVERIFY2(d->summary().startsWith(u"Files imported: 3 of 3\n"_s), qPrintable(d->summary()));
        QCOMPARE(f.t.count(u"SELECT count(*) FROM advertisers"_s), 2);
        QCOMPARE(f.cases(), 3);
        QCOMPARE(f.t.count(u"SELECT count(*) FROM evidence"_s), 6);
        QTRY_COMPARE(openCount(w), 3);
        QTest::keyClick(d, Qt::Key_Escape);
        QTRY_VERIFY(!w.importer()->dialog());
    }

    // Cancel stops the file being written: nothing of it stays, and it can be imported later.
    void cancelWritesNothing()
    {
        Fixture f;
        QVERIFY(f.importFirst(u"advertisers.csv"_s));
        const int n = 3000;
        const QString big = manyCases(f.t.dirPath(), n);
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        w.importer()->setFileChooser([&] { return QStringList{big}; });
        w.actions()->get(Actions::Import)->trigger();
        ImportDialog *d = w.importer()->dialog();
        QVERIFY(d);
        QVERIFY(idle(d));
        QCOMPARE(cell(d, u"many-cases.csv"_s, Col::Cases), QString::number(n));

        // The test holds the write lock until Cancel is pressed, so the import cannot be done by then.
        QVERIFY(f.t.db().begin().ok());
        int reports = 0;
        QList<int> seen;
        connect(d, &ImportDialog::progressed, d, [&](const QString &, int percent) {
            seen << percent;
            if (reports++ == 0) {
                QVERIFY(part<QProgressBar>(d, u"progress"_s)->isVisible());
                keepScreenshots(d, u"import-dialog-importing"_s);
                click(d, u"cancel"_s);
                f.t.db().rollback();
            }
        });
        click(d, u"import"_s);
        QVERIFY(!part<QPushButton>(d, u"close"_s)->isEnabled()); // Cancel, not Close, while importing
        QVERIFY(idle(d));
        QVERIFY(reports >= 1);
        QCOMPARE(cell(d, u"many-cases.csv"_s, Col::Status), u"Cancelled: nothing written"_s);
        QVERIFY2(d->summary().contains(u"Cancelled while importing many-cases.csv: nothing of it was written"_s),
                 qPrintable(d->summary()));
        QCOMPARE(f.cases(), 0);
        QVERIFY(!f.t.db().inTransaction());

        // Imported whole the second time, with the bar going up to the end.
        disconnect(d, &ImportDialog::progressed, d, nullptr);
        seen.clear();
        connect(d, &ImportDialog::progressed, d, [&](const QString &, int percent) { seen << percent; });
        click(d, u"import"_s);
        QVERIFY(idle(d));
        QCOMPARE(cell(d, u"many-cases.csv"_s, Col::Status), u"Imported"_s);
        QCOMPARE(f.cases(), n);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), 100);
        QTRY_COMPARE(openCount(w), n);
    }

    // A sync bundle dropped on the window is merged as File → Sync → Import Bundles… does.
    void droppedBundleStartsASyncImport()
    {
        test::TestDatabase other;
        other.loadDemo();
        const QString bundle = other.dirPath() + u"/laptop-b.adrbundle"_s;
        QVERIFY(SyncBundle::write(other.db(), Identity{u"ben"_s, u"laptop-b"_s}, other.clock(), bundle, {}).ok());
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        QTRY_COMPARE(openCount(w), 0);
        QVERIFY(drop(&w, {bundle}));
        QVERIFY(!w.importer()->dialog());
        QTRY_VERIFY(w.sync()->trustBox() && w.sync()->trustBox()->isVisible());
        QTest::mouseClick(w.sync()->trustBox()->findChild<QPushButton *>(u"trustAndMerge"_s), Qt::LeftButton);
        QTRY_VERIFY(w.sync()->resultBox() && w.sync()->resultBox()->isVisible());
        QMessageBox *box = w.sync()->resultBox();
        QCOMPARE(box->icon(), QMessageBox::Information);
        QVERIFY2(box->text().contains(u"laptop-b.adrbundle: "_s), qPrintable(box->text()));
        box->close();
        QCOMPARE(f.cases(), other.count(u"SELECT count(*) FROM cases"_s));
        const qint64 open =
            f.t.count(u"SELECT count(*) FROM cases c WHERE "_s + QueueFilter::tabSql(QueueFilter::Tab::Open));
        QVERIFY(open > 0);
        QTRY_COMPARE(openCount(w), open);
    }

    // A file's name is outside text: shown as it is, never as markup.
    void fileNamesArePlainText()
    {
        Fixture f;
        QVERIFY(f.importFirst(u"advertisers.csv"_s));
        const QString name = u"<b>bold<b>.csv"_s; // no slash: it is a file name
        QVERIFY(QFile::copy(fixture(u"cases.csv"_s), f.t.dirPath() + u'/' + name));
        QVERIFY(f.open());
        QVERIFY(drop(f.w.get(), {f.t.dirPath() + u'/' + name}));
        ImportDialog *d = f.w->importer()->dialog();
        QVERIFY(d);
        QVERIFY(idle(d));
        QCOMPARE(listed(d), QStringList{name});
        QCOMPARE(cell(d, name, Col::Kind), u"Cases (CSV)"_s);
        const QString tip = d->model()->index(0, Col::File).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;b&gt;bold&lt;b&gt;.csv"_s) && !tip.contains(u"<b>"_s), qPrintable(tip));
        clickFile(d, name);
        QVERIFY(part<QPlainTextEdit>(d, u"details"_s)->toPlainText().contains(name));
        click(d, u"import"_s);
        QVERIFY(idle(d));
        QVERIFY2(d->summary().contains(name + u": 3 cases added"_s), qPrintable(d->summary()));
        QCOMPARE(part<QLabel>(d, u"summary"_s)->textFormat(), Qt::PlainText);
    }

    // Other files show the refusal cursor and say why in the status bar; nothing opens.
    void otherFilesAreRefused()
    {
        Fixture f;
        QVERIFY(f.open());
        MainWindow &w = *f.w;
        const QString notes = f.t.dirPath() + u"/notes.txt"_s;
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<b>not a case file</b>\n");
        file.close();
        QVERIFY(!dragOver(&w, {notes}));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"notes.txt cannot be imported"_s),
                 qPrintable(w.statusBar()->currentMessage()));
        // One unsupported file refuses the whole drop.
        QVERIFY(!drop(&w, {fixture(u"cases.csv"_s), notes}));
        // Case files and bundles go different ways: not both in one drop.
        const QString bundle = f.t.dirPath() + u"/x.adrbundle"_s;
        QVERIFY(QFile::copy(notes, bundle));
        QVERIFY(dragOver(&w, {bundle}));
        QVERIFY(!dragOver(&w, {fixture(u"cases.csv"_s), bundle}));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"not both at once"_s),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!dragOver(&w, {f.t.dirPath() + u"/missing.csv"_s}));
        QVERIFY(!w.importer()->dialog());
        QVERIFY(!w.sync()->running());
        QVERIFY(dragOver(&w, {fixture(u"cases.csv"_s), fixture(u"good.json"_s)}));
    }
};

QTEST_MAIN(tst_ImportDialog)
#include "tst_ImportDialog.moc"
