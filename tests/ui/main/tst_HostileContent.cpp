#include "HostileWidgets.h"
#include "WidgetTestHelpers.h"
#include "case/CasePane.h"
#include "case/ConflictBanner.h"
#include "case/EvidenceDetail.h"
#include "queue/QueueView.h"
#include "widgets/DisplayText.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTextEdit>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace adreview;
using namespace adreview::test::hostile;

using test::part;

// Hostile text in the review window: the queue, the case pane with its evidence and history, links,
// a mebibyte of text, the title and status bar.
class tst_HostileContent : public QObject {
    Q_OBJECT

    std::unique_ptr<Laptops> m_laptops;
    std::unique_ptr<Window> m_window;

    MainWindow &window()
    {
        if (!m_window)
            m_window = std::make_unique<Window>(*m_laptops);
        return **m_window;
    }
    int rowOf(const QString &ref)
    {
        window();
        return m_window->rowOf(ref);
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
        QElapsedTimer timer;
        timer.start();
        m_laptops = std::make_unique<Laptops>();
        qInfo("two laptops with hostile text in %lld ms", timer.elapsed());
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_laptops.reset();
    }

    // The checks find what they look for: a label that guesses, shown text that would load a file.
    void theChecksHaveTeeth()
    {
        QWidget box;
        auto *guessing = new QLabel(image + u" and "_s + jsLink, &box);
        QCOMPARE(shownAs(guessing->text()).loadables.size(), 2);
        QCOMPARE(shownAs(guessing->text()).text, u"\uFFFC and click"_s); // the picture's place
        const QStringList faults = interpreted(&box);
        QVERIFY2(faults.size() >= 2 && faults.first().contains(u"as it guesses"_s), qPrintable(faults.join(u'\n')));
        QVERIFY2(faults.join(u'\n').contains(u"image file:///etc/passwd"_s), qPrintable(faults.join(u'\n')));
        guessing->setTextFormat(Qt::PlainText);
        QVERIFY2(interpreted(&box).isEmpty(), qPrintable(interpreted(&box).join(u'\n')));
        QCOMPARE(shownAs(bidi).text, bidi);
    }

    // The queue shows names as they are; their tooltips show them as text, a long one cut.
    void queueShowsNamesLiterally()
    {
        MainWindow &w = window();
        QVERIFY(QTest::qWaitFor([&] { return rowOf(u"CASE-HUGE"_s) >= 0 && rowOf(u"CASE-EVIL-1"_s) >= 0; }));
        CaseQueueModel *m = w.queueModel();
        QueueView *view = w.queueView();
        const QList<std::pair<QString, QString>> names{
            {u"CASE-EVIL-1"_s, image}, {u"CASE-CSV-1"_s, hyperlink}, {u"CASE-HUGE"_s, m_laptops->hugeText}};
        for (const auto &[ref, name] : names) {
            const QModelIndex cell = m->index(rowOf(ref), CaseQueueModel::Advertiser);
            QCOMPARE(cell.data().toString(), name);
            view->scrollTo(cell);
            // The tooltip as the view shows it, through the help event it gets.
            QToolTip::hideText();
            const QPoint at = view->visualRect(cell).center();
            QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &help);
            QVERIFY(QToolTip::isVisible());
            QWidget *tip = toolTipLabel();
            QVERIFY(tip);
            tip->grab();
            const QStringList loaded = loadablesUnder(tip);
            QVERIFY2(loaded.isEmpty(), qPrintable(ref + u": "_s + loaded.join(u", "_s)));
            const QString shown = shownAs(QToolTip::text()).text;
            if (name.size() < 1000) {
                QCOMPARE(shown, name);
            } else {
                QVERIFY2(shown.size() < 2000, qPrintable(QString::number(shown.size())));
                QVERIFY(shown.startsWith(image + u" \u202E"_s));
                QVERIFY(shown.endsWith(u'…'));
            }
        }
        QToolTip::hideText();
        // A cell lays out one line's worth, not the mebibyte.
        QStyleOptionViewItem option;
        option.initFrom(view);
        const QModelIndex huge = m->index(rowOf(u"CASE-HUGE"_s), CaseQueueModel::Advertiser);
        QVERIFY(view->itemDelegateForIndex(huge)->sizeHint(option, huge).width() < 50000);
        QElapsedTimer painted;
        painted.start();
        w.grab();
        QVERIFY2(painted.elapsed() < 5000, qPrintable(QString::number(painted.elapsed())));
    }

    // Every field of the case as it was written, in labels that never guess at markup; sentences
    // that quote a name keep its direction controls inside it.
    void casePaneShowsEveryFieldLiterally()
    {
        MainWindow &w = window();
        QVERIFY(select(u"CASE-EVIL-1"_s));
        CasePane *pane = w.casePane();
        const auto label = [](QWidget *in, const QString &name) { return part<QLabel>(in, name)->text(); };
        const auto excerpt = [](QWidget *in) { return part<QPlainTextEdit>(in, u"excerpt"_s)->toPlainText(); };
        QCOMPARE(label(pane, u"advertiserName"_s), image);
        QCOMPARE(label(pane, u"summary"_s), jsLink + u' ' + markup + u' ' + bidi);
        QWidget *news = part<QWidget>(pane, u"newsPanel"_s);
        QCOMPARE(label(news, u"evidenceTitle"_s), image);
        QCOMPARE(label(news, u"evidenceSource"_s), markup);
        QCOMPARE(label(news, u"evidenceAuthor"_s), bidi);
        QCOMPARE(excerpt(news), jsLink + u'\n' + bidi + u'\n' + hyperlink);
        QWidget *advisory = part<QWidget>(pane, u"advisoryPanel"_s);
        QCOMPARE(label(advisory, u"evidenceSource"_s), jsLink);
        QCOMPARE(label(advisory, u"evidenceTitle"_s), hyperlink);
        QCOMPARE(label(advisory, u"evidenceReference"_s), plusFormula);
        QCOMPARE(label(advisory, u"evidenceJurisdiction"_s), bidi);
        QCOMPARE(excerpt(advisory), markup);
        QWidget *other = part<QWidget>(pane, u"otherPanel"_s);
        QCOMPARE(label(other, u"evidenceTitle"_s), minusFormula);
        QCOMPARE(label(other, u"evidenceSource"_s), atFormula);
        QCOMPARE(excerpt(other), image);
        QVERIFY(label(other, u"attachmentInfo"_s).contains(DisplayText::isolate(u"<b>x</b> \u202Egnp.txt"_s)));

        // The history: the list's cells as written; the detail's first line keeps the reviewer's and
        // the device's direction controls to themselves.
        auto *history = part<QTreeWidget>(pane, u"historyList"_s);
        const auto bens = history->findItems(u"<b>ben</b>"_s, Qt::MatchExactly, 2);
        QCOMPARE(bens.size(), 1);
        QCOMPARE(bens.first()->text(3), u"\u202Elaptop-b"_s);
        QCOMPARE(bens.first()->text(7), DisplayText::oneLine(m_laptops->bRationale));
        history->setCurrentItem(bens.first());
        const QString detail = part<QPlainTextEdit>(pane, u"historyDetail"_s)->toPlainText();
        QVERIFY2(detail.section(u'\n', 0, 0)
                     .endsWith(u"ban by "_s + DisplayText::isolate(u"<b>ben</b>"_s) + u" on "_s +
                               DisplayText::isolate(u"\u202Elaptop-b"_s)),
                 qPrintable(detail.section(u'\n', 0, 0)));
        QVERIFY(detail.endsWith(u'\n' + m_laptops->bRationale));
        const auto imported = history->findItems(markup, Qt::MatchExactly, 2);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first()->text(7), jsLink + u' ' + image);

        // The whole window: nothing guesses, loads or links.
        const QStringList faults = interpreted(&w);
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
        QVERIFY(w.findChildren<QTextEdit *>().isEmpty()); // outside text goes to plain-text views only
    }

    // A mebibyte of name, summary and evidence (a sync bundle carries text without the importer's
    // limits): shown up to those limits and cut there, in a window that keeps its size (an uncut
    // name once made it millions of pixels wide, and painting it crashed) and paints quickly.
    void hugeTextShowsWithoutStalling()
    {
        MainWindow &w = window();
        const QSize size = w.size();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(select(u"CASE-HUGE"_s));
        // Shown up to the importer's limits, the rest cut.
        QCOMPARE(part<QLabel>(w.casePane(), u"advertiserName"_s)->text(),
                 m_laptops->hugeText.left(limits::name - 1) + u'…');
        QCOMPARE(part<QLabel>(w.casePane(), u"summary"_s)->text(),
                 m_laptops->hugeText.left(limits::summary - 1) + u'…');
        QWidget *other = part<QWidget>(w.casePane(), u"otherPanel"_s);
        QCOMPARE(part<QLabel>(other, u"evidenceTitle"_s)->text(), m_laptops->hugeText.left(limits::title - 1) + u'…');
        QCOMPARE(part<QLabel>(other, u"evidenceSource"_s)->text(), m_laptops->hugeText.left(limits::name - 1) + u'…');
        QCOMPARE(part<QPlainTextEdit>(other, u"excerpt"_s)->toPlainText(),
                 m_laptops->hugeText.left(limits::excerpt - 1) + u'…');
        QCoreApplication::processEvents();
        const QImage picture = w.grab().toImage();
        qInfo("the mebibyte case shown and painted in %lld ms", timer.elapsed());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(w.size(), size);
        QCOMPARE(picture.size(), size * w.devicePixelRatio());
    }

    // Links open in the browser only for http and https and only once the reviewer said yes, in a
    // question that quotes the address as it will be sent.
    void linksOpenOnlyOverHttpAfterAsking()
    {
        MainWindow &w = window();
        QVERIFY(select(u"CASE-LINKS"_s));
        CasePane *pane = w.casePane();
        QList<QUrl> opened;
        pane->setUrlOpener([&](const QUrl &url) {
            opened << url;
            return true;
        });
        QWidget *news = part<QWidget>(pane, u"newsPanel"_s);
        auto *list = part<QTreeWidget>(news, u"evidenceList"_s);
        auto *open = part<QPushButton>(news, u"openLink"_s);
        const auto pick = [&](const QString &ref) {
            list->setCurrentItem(list->findItems(ref, Qt::MatchExactly).value(0));
        };
        for (const QString &ref : {u"EV-1"_s, u"EV-2"_s, u"EV-4"_s}) { // javascript:, file:, not a valid address
            pick(ref);
            QCOMPARE(part<QLabel>(news, u"evidenceRef"_s)->text(), ref);
            QVERIFY(!open->isEnabled());
            BoxWatcher never(QMessageBox::Yes);
            open->setEnabled(true); // as if the button were wrongly offered: the action refuses all the same
            open->click();
            QTest::qWait(50);
            QCOMPARE(never.shown, 0);
            QVERIFY(opened.isEmpty());
        }
        pick(u"EV-3"_s);
        QVERIFY(open->isEnabled());
        const QString sent =
            QUrl(u"http://evil.example/a?b=%3Cimg%20src%3Dx%3E&c=%E2%80%AE"_s).toString(QUrl::FullyEncoded);
        {
            BoxWatcher no(QMessageBox::No);
            QTest::mouseClick(open, Qt::LeftButton);
            QCOMPARE(no.shown, 1);
            QCOMPARE(no.format, Qt::PlainText);
            QVERIFY2(no.text.contains(sent), qPrintable(no.text));
            QVERIFY2(no.faults.isEmpty(), qPrintable(no.faults.join(u'\n')));
            QVERIFY(opened.isEmpty());
        }
        {
            BoxWatcher yes(QMessageBox::Yes);
            QTest::mouseClick(open, Qt::LeftButton);
            QCOMPARE(yes.shown, 1);
            QCOMPARE(opened.size(), 1);
            QCOMPARE(opened.first().toString(QUrl::FullyEncoded), sent);
        }
        for (const QString &url :
             {u"javascript:alert(1)"_s, u"JavaScript:alert(1)"_s, u" javascript:alert(1)"_s, u"file:///etc/passwd"_s,
              u"data:text/html,<script>alert(1)</script>"_s, u"vbscript:msgbox(1)"_s, u"http:/etc/passwd"_s,
              u"http://"_s, u"ftp://evil.example/"_s})
            QVERIFY2(!EvidenceDetail::linkRefusal(url).isEmpty(), qPrintable(url));
        QVERIFY(EvidenceDetail::linkRefusal(u"https://evil.example/x?y=%3Cb%3E"_s).isEmpty());
    }

    // A database's file name is the window's title and the status bar's text, as it is.
    void windowTitleAndStatusBarNameTheFileLiterally()
    {
        const QString path = m_laptops->a.dirPath() + u"/<img src=x onerror=alert(1)> <b>db<b>.sqlite"_s;
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        MainWindow w(std::move(*db), Identity{image, bidi}, m_laptops->a.dirPath() + u"/other.ini"_s);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QFileInfo(path).fileName() + u" — AdReview"_s);
        QStringList shown;
        for (const QLabel *l : w.statusBar()->findChildren<QLabel *>()) {
            QCOMPARE(l->textFormat(), Qt::PlainText);
            shown << l->text();
        }
        QVERIFY2(shown.contains(path), qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.contains(image + u" on "_s + bidi), qPrintable(shown.join(u'\n')));
        const QStringList faults = interpreted(w.statusBar());
        QVERIFY2(faults.isEmpty(), qPrintable(faults.join(u'\n')));
    }
};

QTEST_MAIN(tst_HostileContent)
#include "tst_HostileContent.moc"
