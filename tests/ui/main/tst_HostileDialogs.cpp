#include "HostileWidgets.h"
#include "WidgetTestHelpers.h"
#include "case/ConflictBanner.h"
#include "case/ConflictSidesView.h"
#include "decision/DecisionDialog.h"
#include "decision/DecisionFlow.h"
#include "decision/EvidencePicker.h"
#include "import/ImportDialog.h"
#include "import/ImportFileModel.h"
#include "reports/ReportsDialog.h"
#include "widgets/DisplayText.h"

#include <QComboBox>
#include <QFileInfo>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace adreview;
using namespace adreview::test::hostile;

using test::part;

// Hostile text in the filters and dialogs: the policy filter, the dialog that decides a case or
// resolves its conflict, the import dialog's check of a file, the reports dialog's lists.
class tst_HostileDialogs : public QObject {
    Q_OBJECT

    std::unique_ptr<Laptops> m_laptops;
    std::unique_ptr<Window> m_window;

    MainWindow &window()
    {
        if (!m_window)
            m_window = std::make_unique<Window>(*m_laptops);
        return **m_window;
    }
    bool select(const QString &ref)
    {
        window();
        return m_window->select(ref);
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_laptops = std::make_unique<Laptops>();
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_laptops.reset();
    }

    // A policy's title comes from a case file; the filter's list offers it as a tooltip, as text.
    void policyTitlesAreText()
    {
        QComboBox *policies = nullptr;
        for (QComboBox *box : window().filterBar()->findChildren<QComboBox *>()) {
            if (box->accessibleName() == u"Policy filter")
                policies = box;
        }
        QVERIFY(policies);
        const int i = policies->findData(u"ADS-HOSTILE"_s);
        QVERIFY(i > 0);
        const Shown tip = shownAs(policies->itemData(i, Qt::ToolTipRole).toString());
        QCOMPARE(tip.text, image + u" policy "_s + bidi);
        QVERIFY2(tip.loadables.isEmpty(), qPrintable(tip.loadables.join(u", "_s)));
        const QStringList faults = interpreted(window().filterBar());
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    // The conflict's banner and the dialog that resolves it quote names and text as written; a note
    // typed into it is stored exactly.
    void conflictAndDecisionDialogQuoteLiterally()
    {
        MainWindow &w = window();
        QVERIFY(select(u"CASE-EVIL-1"_s));
        QCOMPARE(w.casePane()->record().state, u"conflict"_s);
        const QString banner = w.casePane()->conflictBanner()->text();
        QVERIFY2(banner.contains(u"ban (banned) by "_s + DisplayText::isolate(u"<b>ben</b>"_s) + u" on "_s +
                                 DisplayText::isolate(u"\u202Elaptop-b"_s)),
                 qPrintable(banner));
        QVERIFY(banner.contains(u"clear (cleared) by "_s + DisplayText::isolate(jsLink)));

        w.decisions()->start(u"resolve-conflict"_s);
        QPointer<DecisionDialog> d = test::shownDialog(w);
        QVERIFY(d);
        QCOMPARE(d->windowTitle(), u"Resolve conflict on CASE-EVIL-1"_s);
        QCOMPARE(part<QLabel>(d, u"caseLine"_s)->text(),
                 u"CASE-EVIL-1 — "_s + DisplayText::isolate(image) + u" — conflict"_s);
        auto *sides = part<ConflictSidesView>(d, u"conflictSides"_s);
        const QString both = sides->sideText(0) + u'\n' + sides->sideText(1);
        QVERIFY2(both.contains(m_laptops->aRationale) && both.contains(m_laptops->bRationale), qPrintable(both));
        QVERIFY(both.contains(u"Evidence cited: EV-1 ("_s + DisplayText::isolate(image) + u')'));
        auto *picker = part<EvidencePicker>(d, u"evidence"_s);
        const auto item = [&](const QString &ref) { return picker->findItems(ref, Qt::MatchExactly).value(0); };
        QCOMPARE(item(u"EV-1"_s)->text(5), image); // the title column
        QCOMPARE(item(u"EV-3"_s)->text(2), atFormula);
        // An advisory's reference stays beside its agency, whatever the agency's name does.
        QCOMPARE(item(u"EV-2"_s)->text(2), DisplayText::isolate(jsLink) + u" ("_s + plusFormula + u')');
        auto *policy = part<QComboBox>(d, u"policy"_s);
        QVERIFY(policy->itemText(policy->findData(u"ADS-HOSTILE"_s)).startsWith(u"ADS-HOSTILE — "_s + image));
        QStringList faults = interpreted(d);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));

        const QString typed = image + u"\n"_s + jsLink + u' ' + bidi + u' ' + hyperlink;
        part<QPushButton>(d, u"annotate"_s)->click();
        part<QPlainTextEdit>(d, u"rationale"_s)->setPlainText(typed);
        QTest::mouseClick(part<QPushButton>(d, u"primary"_s), Qt::LeftButton);
        QTRY_VERIFY(!d || !d->isVisible());
        QCOMPARE(
            m_laptops->a.text(u"SELECT rationale FROM events WHERE action = 'annotate' ORDER BY id DESC LIMIT 1"_s),
            typed);
        QTRY_VERIFY(part<QPlainTextEdit>(w.casePane(), u"historyDetail"_s)->toPlainText().endsWith(u'\n' + typed));
    }

    // The import dialog names a file and quotes its faults as they are, tooltips included.
    void importDialogQuotesFaultsLiterally()
    {
        QJsonObject root = QJsonDocument::fromJson(caseFile()).object();
        QJsonArray cases = root.value(u"cases"_s).toArray();
        QJsonObject kase = cases.first().toObject();
        kase.insert(u"ref"_s, u"CASE-EVIL-9"_s);
        kase.insert(u"priority"_s, image);
        cases.replace(0, kase);
        root.insert(u"cases"_s, cases);
        const QString path = m_laptops->a.dirPath() + u"/<b>x<b> <img src=y> "_s + bidi + u".json"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();

        ImportDialog d(m_laptops->a.path(), Identity{u"tester"_s, u"test-device"_s});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.addFiles({path});
        QVERIFY(QTest::qWaitFor([&] {
            return !d.checking() && d.model()->rowCount() == 1 &&
                   d.model()->files().first().state == ImportFile::State::Faulty;
        }));
        ImportFileModel *m = d.model();
        QCOMPARE(m->index(0, ImportFileModel::File).data().toString(), QFileInfo(path).fileName());
        auto *table = part<QTableView>(&d, u"files"_s);
        table->selectRow(0);
        const QString fault = u"cases[0].priority: '"_s + image + u"' is not one of"_s;
        QVERIFY2(part<QPlainTextEdit>(&d, u"details"_s)->toPlainText().contains(fault),
                 qPrintable(part<QPlainTextEdit>(&d, u"details"_s)->toPlainText()));
        QCOMPARE(shownAs(toolTipShown(table, m->index(0, ImportFileModel::File))).text, path);
        QVERIFY(shownAs(toolTipShown(table, m->index(0, ImportFileModel::Status)))
                    .text.startsWith(QFileInfo(path).fileName() + u": "_s));
        QToolTip::hideText();
        const QStringList faults = interpreted(&d);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }

    // The reports dialog lists who decided and under which policy, as written; the preview names the
    // chosen reviewer as text.
    void reportsDialogListsNamesLiterally()
    {
        ReportsDialog d(m_laptops->a.path(), m_laptops->a.clock());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QTRY_VERIFY(d.preview().has_value());
        auto *reviewers = part<QListWidget>(&d, u"reviewers"_s);
        QStringList names;
        for (int i = 0; i < reviewers->count(); ++i)
            names << reviewers->item(i)->text();
        QVERIFY2(names.contains(jsLink) && names.contains(u"<b>ben</b>"_s), qPrintable(names.join(u'\n')));
        auto *policies = part<QListWidget>(&d, u"policies"_s);
        const auto hostile = policies->findItems(u"ADS-HOSTILE — "_s, Qt::MatchStartsWith);
        QCOMPARE(hostile.size(), 1);
        QCOMPARE(hostile.first()->text(), u"ADS-HOSTILE — "_s + image + u" policy "_s + bidi);
        QCOMPARE(shownAs(hostile.first()->toolTip()).text, jsLink + u' ' + markup);

        for (int i = 0; i < reviewers->count(); ++i) {
            if (reviewers->item(i)->text() == u"<b>ben</b>")
                reviewers->item(i)->setCheckState(Qt::Checked);
        }
        QTRY_VERIFY(d.preview().has_value() && d.preview()->filter.reviewers == QStringList{u"<b>ben</b>"_s});
        const QString state = part<QLabel>(&d, u"previewState"_s)->text();
        QVERIFY2(state.contains(u"<b>ben</b>"_s), qPrintable(state));
        QCOMPARE(part<QLabel>(&d, u"previewDecisions"_s)->text(), u"1"_s);
        const QStringList faults = interpreted(&d);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }
};

QTEST_MAIN(tst_HostileDialogs)
#include "tst_HostileDialogs.moc"
