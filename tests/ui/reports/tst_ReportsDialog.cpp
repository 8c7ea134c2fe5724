#include "TestDatabase.h"
#include "demo/Generator.h"
#include "domain/DsaDecision.h"
#include "reports/ReportFilterForm.h"
#include "reports/ReportsDialog.h"
#include "storage/PolicyRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

const QString decisionSql = u"SELECT count(*) FROM events WHERE action IN ('ban', 'clear', 'reinstate', "
                            u"'resolve-conflict')"_s;

template <typename T>
T *part(const QWidget *dialog, const QString &name)
{
    T *widget = dialog->findChild<T *>(name);
    if (!widget)
        qFatal("no %s in the dialog", qPrintable(name));
    return widget;
}

QString figure(const ReportsDialog &d, const QString &name)
{
    return part<QLabel>(&d, name)->text();
}

void tick(QListWidget *list, const QString &key)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == key)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

// Saves a picture of the dialog for a person to look at, when ADREVIEW_SCREENSHOTS names a folder.
void keepScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("ADREVIEW_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests first
    w->grab().save(dir + u'/' + name + u".png"_s);
}

void chooseFormat(ReportsDialog &d, const QString &name)
{
    auto *format = part<QComboBox>(&d, u"format"_s);
    format->setCurrentIndex(format->findData(name));
}

} // namespace

class tst_ReportsDialog : public QObject {
    Q_OBJECT

private slots:
    void previewFollowsTheFilters()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportsDialog d(t.path(), t.clock());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_VERIFY(d.preview().has_value());
        QCOMPARE(figure(d, u"previewDecisions"_s), QString::number(t.count(decisionSql)));

        // The lists come from the database: every policy, and every reviewer who decided.
        auto *policies = part<QListWidget>(&d, u"policies"_s);
        auto *reviewers = part<QListWidget>(&d, u"reviewers"_s);
        QTRY_COMPARE(policies->count(), int(t.count(u"SELECT count(*) FROM policies"_s)));
        QCOMPARE(reviewers->count(), int(t.count(u"SELECT count(DISTINCT reviewer) FROM events WHERE action IN "
                                                 u"('ban', 'clear', 'reinstate', 'resolve-conflict')"_s)));

        QTest::mouseClick(part<QCheckBox>(&d, u"outcome-cleared"_s), Qt::LeftButton);
        QVERIFY(!d.preview().has_value()); // stale until the worker answers
        const qint64 notCleared = t.count(decisionSql + u" AND action <> 'clear'"_s);
        QTRY_COMPARE(figure(d, u"previewDecisions"_s), QString::number(notCleared));
        QCOMPARE(d.filter().outcomes, (QStringList{u"banned"_s, u"reinstated"_s}));

        tick(policies, u"ADS-STATE-MEDIA"_s);
        const qint64 stateMedia = t.count(decisionSql + u" AND action <> 'clear' AND policy_id = (SELECT id FROM "
                                                        u"policies WHERE code = 'ADS-STATE-MEDIA')"_s);
        QTRY_VERIFY(d.preview().has_value());
        QCOMPARE(d.preview()->filter.policies, QStringList{u"ADS-STATE-MEDIA"_s});
        QCOMPARE(figure(d, u"previewDecisions"_s), QString::number(stateMedia));

        // A period with no decisions at all.
        QTest::mouseClick(part<QCheckBox>(&d, u"allTime"_s), Qt::LeftButton);
        part<QDateEdit>(&d, u"from"_s)->setDate(QDate(2030, 1, 1));
        part<QDateEdit>(&d, u"to"_s)->setDate(QDate(2030, 12, 31));
        QTRY_VERIFY(d.preview().has_value() && d.preview()->filter.from == QDate(2030, 1, 1));
        QCOMPARE(figure(d, u"previewDecisions"_s), u"0"_s);
    }

    void exportsCsvToTheChosenPath()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportsDialog d(t.path(), t.clock());
        const QString path = t.dirPath() + u"/report.csv"_s;
        QString suggested;
        d.setPathChooser([&](const QString &s, ReportFormat) {
            suggested = s;
            return path;
        });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        chooseFormat(d, u"csv"_s);
        QSignalSpy finished(&d, &ReportsDialog::exportFinished);
        QTest::mouseClick(part<QPushButton>(&d, u"export"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(suggested.endsWith(u"decisions-all-time.csv"_s));
        QVERIFY(QFile::exists(path));
        QVERIFY(d.statusText().contains(path));
        QVERIFY(!d.exporting());
        QVERIFY(!part<QPushButton>(&d, u"cancelExport"_s)->isVisible());
    }

    // DSA Statements… writes the period's complete statements into a new folder once the user
    // agrees to leave out the incomplete ones; declining writes nothing.
    void exportsDsaStatements()
    {
        test::TestDatabase t;
        t.makeDemo();
        t.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        auto defaults = PolicyRepository(t.db()).dsaDefaults(u"ADS-CRYPTO"_s);
        QVERIFY(defaults && *defaults);
        Command ban{u"CASE-2018-0013"_s, u"ban"_s, u"ADS-CRYPTO"_s, u"Signals"_s, {u"EV-1"_s}, {}, {}, {}};
        ban.statement = dsa::Decision::from(**defaults).toText();
        QVERIFY(t.review().submit(ban));
        Command bare{u"CASE-2018-0012"_s, u"ban"_s, u"ADS-CRYPTO"_s, u"Mining"_s, {u"EV-1"_s}, {}, {}, {}};
        QVERIFY(t.review().submit(bare));

        ReportsDialog d(t.path(), t.clock());
        QString folder = t.dirPath() + u"/declined"_s;
        d.setFolderChooser([&](const QString &) { return folder; });
        qsizetype incomplete = 0;
        bool agree = false;
        d.setSkipQuestion([&](const DsaExportResult &r) {
            incomplete = r.incomplete.size();
            return agree;
        });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy done(&d, &ReportsDialog::statementsExported);
        auto *button = part<QPushButton>(&d, u"dsaStatements"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(incomplete, 1);
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(t.count(u"SELECT count(*) FROM dsa_exports"_s), 0);

        folder = t.dirPath() + u"/dsa"_s;
        agree = true;
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(done.count(), 2);
        QCOMPARE(done.at(1).at(0).toBool(), true);
        QVERIFY2(d.statusText().contains(u"Wrote 1 statement"_s) && d.statusText().contains(u"1 incomplete"_s) &&
                     d.statusText().contains(u"1 disputed"_s),
                 qPrintable(d.statusText()));
        QFile file(folder + u"/statements-0001.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject body = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(dsa::checkSubmission(body).isEmpty(), qPrintable(dsa::describe(dsa::checkSubmission(body))));
        QCOMPARE(t.count(u"SELECT count(*) FROM dsa_exports"_s), 1);
        keepScreenshot(&d, u"reports-dsa"_s);
    }

    void exportsPdfWithChartsDrawnFirst()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportsDialog d(t.path(), t.clock());
        const QString path = t.dirPath() + u"/report.pdf"_s;
        d.setPathChooser(
            [&](const QString &, ReportFormat format) { return format == ReportFormat::Pdf ? path : QString(); });
        d.show();
        chooseFormat(d, u"pdf"_s);
        QVERIFY(part<QCheckBox>(&d, u"summaryOnly"_s)->isEnabled());
        QSignalSpy finished(&d, &ReportsDialog::exportFinished);
        d.exportReport();
        QVERIFY(d.exporting());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void cancelLeavesNoFile()
    {
        test::TestDatabase t;
        QVERIFY(Generator(t.db(), t.review(), 3).run(300).ok());
        ReportsDialog d(t.path(), t.clock());
        const QString path = t.dirPath() + u"/cancelled.pdf"_s;
        d.setPathChooser([&](const QString &, ReportFormat) { return path; });
        d.show();
        chooseFormat(d, u"pdf"_s);
        QSignalSpy finished(&d, &ReportsDialog::exportFinished);
        QTest::mouseClick(part<QPushButton>(&d, u"export"_s), Qt::LeftButton);
        QVERIFY(part<QPushButton>(&d, u"cancelExport"_s)->isVisible());
        QVERIFY(!part<QPushButton>(&d, u"export"_s)->isEnabled());
        keepScreenshot(&d, u"reports-dialog-exporting"_s);
        QTest::mouseClick(part<QPushButton>(&d, u"cancelExport"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(d.statusText().contains(u"cancelled"_s));
        keepScreenshot(&d, u"reports-dialog-cancelled"_s);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!d.findChild<QMessageBox *>(u"exportError"_s)); // cancelling is no error
    }

    void givingUpOnTheFileNameExportsNothing()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportsDialog d(t.path(), t.clock());
        int asked = 0;
        d.setPathChooser([&](const QString &, ReportFormat) {
            ++asked;
            return QString();
        });
        d.show();
        QTest::mouseClick(part<QPushButton>(&d, u"export"_s), Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(!d.exporting());
        QVERIFY(part<QPushButton>(&d, u"export"_s)->isEnabled());
    }

    void failureShowsTheErrorAsPlainText()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportsDialog d(t.path(), t.clock());
        const QString path = t.dirPath() + u"/<b>missing</b>/report.csv"_s;
        d.setPathChooser([&](const QString &, ReportFormat) { return path; });
        d.show();
        QSignalSpy finished(&d, &ReportsDialog::exportFinished);
        d.exportReport();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = d.findChild<QMessageBox *>(u"exportError"_s)) && box->isVisible());
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(box->text().contains(u"<b>missing</b>"_s));
        box->close();
    }

    void closingDuringAnExportStopsIt()
    {
        test::TestDatabase t;
        QVERIFY(Generator(t.db(), t.review(), 5).run(300).ok());
        const QString path = t.dirPath() + u"/closed.pdf"_s;
        {
            ReportsDialog d(t.path(), t.clock());
            d.setPathChooser([&](const QString &, ReportFormat) { return path; });
            d.show();
            chooseFormat(d, u"pdf"_s);
            d.exportReport();
            QVERIFY(d.exporting());
            d.reject();
        }
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(tst_ReportsDialog)
#include "tst_ReportsDialog.moc"
