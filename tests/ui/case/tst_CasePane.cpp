#include "CasePaneTestData.h"
#include "TestDatabase.h"
#include "case/AttachmentView.h"
#include "case/CasePane.h"
#include "case/HistoryView.h"
#include "domain/EventSignature.h"
#include "domain/EvidenceFields.h"
#include "import/CaseImporter.h"
#include "storage/CaseRepository.h"
#include "storage/EvidenceRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace adreview;
using namespace adreview::test::casepane;

class tst_CasePane : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        test::TestDatabase t;
        CasePane pane;
        QStringList questions;
        QList<QUrl> opened;
        bool answer = false;

        Fixture() : pane(t.db(), t.clock())
        {
            t.loadDemo();
            pane.setConfirmer([this](const QString &q) {
                questions << q;
                return answer;
            });
            pane.setUrlOpener([this](const QUrl &url) {
                opened << url;
                return true;
            });
            pane.resize(820, 1000);
        }
        template <typename T>
        T *child(const QString &name, QWidget *in = nullptr)
        {
            T *w = (in ? in : &pane)->findChild<T *>(name);
            if (!w)
                qFatal("no child %s", qPrintable(name));
            return w;
        }
        QWidget *panel(const QString &name) { return child<QWidget>(name); }
        QTreeWidget *list(const QString &panelName) { return child<QTreeWidget>(u"evidenceList"_s, panel(panelName)); }
        QString labelText(const QString &name, const QString &panelName = {})
        {
            return child<QLabel>(name, panelName.isEmpty() ? nullptr : panel(panelName))->text();
        }
        void importHostile()
        {
            auto report = CaseImporter(t.db(), t.review()).importJson(hostileCaseFile(), u"hostile.json"_s);
            if (!report)
                qFatal("hostile file refused: %s\n%s", qPrintable(report.error().message),
                       qPrintable(report.error().details.join(u'\n')));
        }
        void select(const QString &panelName, int tab, int row)
        {
            child<QTabWidget>(u"evidenceTabs"_s)->setCurrentIndex(tab);
            QTreeWidget *l = list(panelName);
            const QRect rect = l->visualItemRect(l->topLevelItem(row));
            QTest::mouseClick(l->viewport(), Qt::LeftButton, {}, rect.center());
        }
    };

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(u"Fusion"_s)); }

    void showsTheKasperskyCase()
    {
        Fixture f;
        QSignalSpy loaded(&f.pane, &CasePane::caseLoaded);
        const auto shown = f.pane.showCase(u"CASE-2018-0001"_s);
        QVERIFY2(shown.ok(), shown.ok() ? "" : qPrintable(shown.error().message));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toString(), u"CASE-2018-0001"_s);
        QCOMPARE(f.pane.caseRef(), u"CASE-2018-0001"_s);
        QCOMPARE(f.labelText(u"advertiserName"_s), u"Kaspersky Lab"_s);
        QCOMPARE(f.labelText(u"statusBadge"_s), u"Banned"_s);
        QCOMPARE(f.labelText(u"caseRef"_s), u"CASE-2018-0001"_s);
        QVERIFY(!f.labelText(u"sla"_s).contains(u"Overdue"_s)); // decided cases are not overdue
        QCOMPARE(f.pane.evidence().size(), 6);
        QVERIFY(!f.pane.seenHead().isEmpty());
        QCOMPARE(f.pane.seenHead(), f.pane.record().heads.value(0));

        auto *tabs = f.child<QTabWidget>(u"evidenceTabs"_s);
        QCOMPARE(tabs->tabText(0), u"News citations (2)"_s);
        QCOMPARE(tabs->tabText(1), u"Agency advisories (1)"_s);
        QCOMPARE(tabs->tabText(2), u"Other (3)"_s);
        QTreeWidget *advisories = f.list(u"advisoryPanel"_s);
        QCOMPARE(advisories->topLevelItemCount(), 1);
        QCOMPARE(advisories->headerItem()->text(4), u"Reference"_s);
        QCOMPARE(advisories->topLevelItem(0)->text(4), u"BOD 17-01"_s);
        QCOMPARE(advisories->topLevelItem(0)->text(1), u"U.S. Department of Homeland Security"_s);
        QCOMPARE(f.labelText(u"evidenceReference"_s, u"advisoryPanel"_s), u"BOD 17-01"_s);
        QCOMPARE(f.labelText(u"evidenceStatus"_s, u"advisoryPanel"_s), u"in force"_s);
    }

    void historyIsNewestFirstInFoldOrder()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        auto *history = f.child<QTreeWidget>(u"historyList"_s);
        const qint64 events = f.t.count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id "
                                        "WHERE c.ref = 'CASE-2018-0001'"_s);
        QCOMPARE(history->topLevelItemCount(), int(events));
        QCOMPARE(history->topLevelItem(int(events) - 1)->text(1), u"flag"_s);
        for (int i = 1; i < history->topLevelItemCount(); ++i)
            QVERIFY(history->topLevelItem(i - 1)->text(0) >= history->topLevelItem(i)->text(0));
        // The ban row: time, action, reviewer, device, policy, cited evidence, outcome.
        const auto bans = history->findItems(u"ban"_s, Qt::MatchExactly, 1);
        QCOMPARE(bans.size(), 1);
        const QStringList expected{u"2018-01-05 16:00"_s, u"ban"_s,        u"grace.okafor"_s, u"desk-grace"_s,
                                   u"ADS-BIZ-CONFLICT"_s, u"EV-1, EV-2"_s, u"banned"_s};
        for (int c = 0; c < expected.size(); ++c)
            QCOMPARE(bans.first()->text(c), expected[c]);
        QVERIFY(bans.first()->text(7).startsWith(u"Advertising banned under ADS-BIZ-CONFLICT."_s));

        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, history->visualItemRect(bans.first()).center());
        const QString detail = f.child<QPlainTextEdit>(u"historyDetail"_s)->toPlainText();
        QVERIFY(detail.contains(u"The organic account is not affected."_s));
        QVERIFY(detail.contains(u"Evidence cited: EV-1, EV-2"_s));
    }

    // Each signed event carries a small verified mark on its device, the key in its tooltip; an
    // event whose signature was changed in the file shows a warning instead.
    void historyMarksEachSignature()
    {
        Fixture f;
        const QString key = f.t.text(u"SELECT public_key FROM devices WHERE device = 'desk-grace'"_s);
        const QString fingerprint = EventSignature::fingerprint(QByteArray::fromBase64(key.toLatin1()));
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        auto *history = f.child<QTreeWidget>(u"historyList"_s);
        QTreeWidgetItem *ban = history->findItems(u"ban"_s, Qt::MatchExactly, 1).value(0);
        QVERIFY(ban);
        QCOMPARE(ban->toolTip(HistoryView::DeviceColumn), u"Signature verified: key "_s + fingerprint);
        QVERIFY(!ban->icon(HistoryView::DeviceColumn).isNull());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, history->visualItemRect(ban).center());
        QVERIFY(f.child<QPlainTextEdit>(u"historyDetail"_s)->toPlainText().contains(u"Signature verified: key "_s));

        QSqlQuery q(f.t.db().connection());
        QVERIFY(q.exec(u"UPDATE events SET signature = '%1' WHERE action = 'ban' AND device = 'desk-grace'"_s.arg(
            QString::fromLatin1(QByteArray(64, 'x').toBase64()))));
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        ban = history->findItems(u"ban"_s, Qt::MatchExactly, 1).value(0);
        QCOMPARE(ban->toolTip(HistoryView::DeviceColumn), u"Bad signature: does not match key "_s + fingerprint);
    }

    void selectingItemsShowsExcerptAndHash()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        const auto byRef = [&](const QString &ref) {
            for (const Evidence &e : f.pane.evidence())
                if (e.ref == ref)
                    return e;
            return Evidence{};
        };
        auto *excerpt = f.child<QPlainTextEdit>(u"excerpt"_s, f.panel(u"newsPanel"_s));
        QCOMPARE(f.list(u"newsPanel"_s)->topLevelItem(1)->text(0), u"EV-6"_s);
        f.select(u"newsPanel"_s, 0, 1);
        QCOMPARE(excerpt->toPlainText(), byRef(u"EV-6"_s).excerpt);
        QCOMPARE(f.labelText(u"evidenceHash"_s, u"newsPanel"_s), byRef(u"EV-6"_s).contentHash);
        QCOMPARE(f.labelText(u"evidenceSource"_s, u"newsPanel"_s), u"Reuters"_s);

        QTest::keyClick(f.list(u"newsPanel"_s), Qt::Key_Up);
        QCOMPARE(excerpt->toPlainText(), byRef(u"EV-4"_s).excerpt);
        QCOMPARE(f.labelText(u"evidenceHash"_s, u"newsPanel"_s), byRef(u"EV-4"_s).contentHash);
        QCOMPARE(f.labelText(u"evidenceAuthor"_s, u"newsPanel"_s), u"Reuters"_s);
        QCOMPARE(byRef(u"EV-4"_s).contentHash.size(), 64);

        f.select(u"otherPanel"_s, 2, 2);
        const QString third = f.list(u"otherPanel"_s)->topLevelItem(2)->text(0);
        QCOMPARE(f.child<QPlainTextEdit>(u"excerpt"_s, f.panel(u"otherPanel"_s))->toPlainText(), byRef(third).excerpt);
        QCOMPARE(f.labelText(u"evidenceHash"_s, u"otherPanel"_s), byRef(third).contentHash);
    }

    void reloadKeepsTheReviewersPlace()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        f.select(u"newsPanel"_s, 0, 1);
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        QCOMPARE(f.list(u"newsPanel"_s)->currentItem()->text(0), u"EV-6"_s);
        QCOMPARE(f.child<QTabWidget>(u"evidenceTabs"_s)->currentIndex(), 0);
    }

    void hostileTextIsShownLiterally()
    {
        Fixture f;
        f.importHostile();
        QVERIFY(f.pane.showCase(u"CASE-2099-0001"_s).ok());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QCOMPARE(f.labelText(u"advertiserName"_s), hostileName);
        QCOMPARE(f.labelText(u"summary"_s), u"<marquee>summary</marquee>"_s);
        QCOMPARE(f.labelText(u"statusBadge"_s), u"Active"_s);
        QCOMPARE(f.labelText(u"evidenceTitle"_s, u"newsPanel"_s), u"<h1>Title</h1>"_s);
        QCOMPARE(f.labelText(u"evidenceSource"_s, u"newsPanel"_s), u"<font color=red>Daily</font>"_s);
        QCOMPARE(f.labelText(u"evidenceAuthor"_s, u"newsPanel"_s), u"<script>x</script>"_s);
        QCOMPARE(f.child<QPlainTextEdit>(u"excerpt"_s, f.panel(u"newsPanel"_s))->toPlainText(), hostileExcerpt);
        QCOMPARE(f.list(u"newsPanel"_s)->topLevelItem(0)->text(1), u"<font color=red>Daily</font>"_s);
        auto *history = f.child<QTreeWidget>(u"historyList"_s);
        QCOMPARE(history->topLevelItem(0)->text(2), u"<b>mallory</b>"_s);
        QCOMPARE(history->topLevelItem(0)->text(7), hostileRationale);
        QVERIFY(f.child<QPlainTextEdit>(u"historyDetail"_s)->toPlainText().endsWith(hostileRationale));

        const auto labels = f.pane.findChildren<QLabel *>();
        QVERIFY(labels.size() > 40);
        for (const QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName() + u' ' + label->text()));
        // Nothing from outside travels in a tooltip, which Qt would render as rich text.
        for (const QWidget *w : f.pane.findChildren<QWidget *>())
            QVERIFY2(!w->toolTip().contains(u'<'), qPrintable(w->toolTip()));
    }

    void openLinkAsksAndOpensOnlyWhenConfirmed()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        auto *open = f.child<QPushButton>(u"openLink"_s, f.panel(u"newsPanel"_s));
        QVERIFY(open->isEnabled());
        const QString url = f.labelText(u"evidenceUrl"_s, u"newsPanel"_s);
        QVERIFY(url.startsWith(u"https://www.themoscowtimes.com/"_s));

        f.answer = false;
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(f.questions.size(), 1);
        QVERIFY(f.questions.first().contains(url));
        QVERIFY(f.opened.isEmpty());

        f.answer = true;
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(f.questions.size(), 2);
        QCOMPARE(f.opened.size(), 1);
        QCOMPARE(f.opened.first(), QUrl(url));
    }

    void openLinkShowsTheAddressAsSent()
    {
        Fixture f;
        f.importHostile();
        QVERIFY(f.pane.showCase(u"CASE-2099-0001"_s).ok());
        f.answer = true;
        QTest::mouseClick(f.child<QPushButton>(u"openLink"_s, f.panel(u"newsPanel"_s)), Qt::LeftButton);
        QCOMPARE(f.questions.size(), 1);
        QVERIFY(f.questions.first().contains(u"http://news.example/story?a=1&b=%3C2%3E"_s));
        QCOMPARE(f.opened.size(), 1);
        QCOMPARE(f.opened.first().scheme(), u"http"_s);
    }

    void openLinkIsDisabledForOtherSchemes()
    {
        Fixture f;
        auto found = CaseRepository(f.t.db()).findByRef(u"CASE-2018-0012"_s);
        QVERIFY(found.ok() && found->has_value());
        const QStringList urls{u"javascript:alert(document.cookie)"_s, u"file:///etc/passwd"_s, u""_s};
        for (int i = 0; i < urls.size(); ++i) {
            Evidence e;
            e.caseId = (*found)->id;
            e.ref = u"EV-X%1"_s.arg(i);
            e.kind = u"news-citation"_s;
            e.title = u"Injected"_s;
            e.source = u"Nowhere"_s;
            e.date = u"2018-05-05"_s;
            e.url = urls[i];
            e.reliability = u"unknown"_s;
            e.contentHash = EvidenceFields::contentHash(e);
            QVERIFY(EvidenceRepository(f.t.db()).insert(e).ok());
        }
        QVERIFY(f.pane.showCase(u"CASE-2018-0012"_s).ok());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        auto *open = f.child<QPushButton>(u"openLink"_s, f.panel(u"newsPanel"_s));
        const QStringList reasons{u"“javascript”"_s, u"“file”"_s, u"no link"_s};
        for (int i = 0; i < urls.size(); ++i) {
            f.list(u"newsPanel"_s)
                ->setCurrentItem(f.list(u"newsPanel"_s)->findItems(u"EV-X%1"_s.arg(i), Qt::MatchExactly).first());
            QCOMPARE(f.labelText(u"evidenceRef"_s, u"newsPanel"_s), u"EV-X%1"_s.arg(i));
            QVERIFY(!open->isEnabled());
            QVERIFY2(open->toolTip().contains(reasons[i]), qPrintable(open->toolTip()));
            QTest::mouseClick(open, Qt::LeftButton);
        }
        QVERIFY(f.questions.isEmpty());
        QVERIFY(f.opened.isEmpty());
    }

    void imageAttachmentIsPreviewedAndOpenedAfterConfirmation()
    {
        Fixture f;
        f.importHostile();
        QVERIFY(f.pane.showCase(u"CASE-2099-0001"_s).ok());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QWidget *other = f.panel(u"otherPanel"_s);
        f.select(u"otherPanel"_s, 2, 0); // EV-2, the screenshot
        QCOMPARE(f.labelText(u"evidenceRef"_s, u"otherPanel"_s), u"EV-2"_s);
        auto *preview = f.child<QLabel>(u"attachmentPreview"_s, other);
        QVERIFY(preview->isVisible());
        const QPixmap pixmap = preview->pixmap();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), QSize(320, 240));
        QVERIFY(f.labelText(u"attachmentInfo"_s, u"otherPanel"_s).contains(u"image/png"_s));
        QVERIFY(f.labelText(u"attachmentInfo"_s, u"otherPanel"_s).endsWith(u"Saved or opened as: gnp.screen.png"_s));

        auto *open = f.child<QPushButton>(u"openAttachment"_s, other);
        QVERIFY(open->isEnabled());
        f.answer = false;
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(f.questions.size(), 1);
        QVERIFY(f.questions.first().contains(u"gnp.screen.png"_s));
        QVERIFY(f.opened.isEmpty());
        f.answer = true;
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(f.opened.size(), 1);
        QVERIFY(f.opened.first().isLocalFile());
        const QString path = f.opened.first().toLocalFile();
        QCOMPARE(QFileInfo(path).fileName(), u"gnp.screen.png"_s); // no folders, no override character
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pngBytes(640, 480));
    }

    // Saving goes through OutputFile: a FIFO gets the bytes and stays one, a link keeps pointing
    // at the saved file, a full device is reported and stays what it is.
    void attachmentIsSavedWithoutReplacingDevicesOrLinks()
    {
        Fixture f;
        f.importHostile();
        QVERIFY(f.pane.showCase(u"CASE-2099-0001"_s).ok());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QWidget *other = f.panel(u"otherPanel"_s);
        f.select(u"otherPanel"_s, 2, 0); // EV-2, the screenshot
        QTemporaryDir dir;
        QString chosen;
        f.pane.setSaveChooser([&chosen](const QString &) { return chosen; });
        auto *save = f.child<QPushButton>(u"saveAttachment"_s, other);
        const auto typeOf = [](const QString &path) {
            struct stat st = {};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : mode_t(0);
        };

        const QString target = dir.filePath(u"saved.png"_s);
        QVERIFY(QFile(target).open(QIODevice::WriteOnly));
        chosen = dir.filePath(u"link.png"_s);
        QVERIFY(QFile::link(target, chosen));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QFileInfo(chosen).isSymLink());
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), pngBytes(640, 480));

        chosen = dir.filePath(u"pipe"_s);
        QVERIFY(::mkfifo(QFile::encodeName(chosen).constData(), 0600) == 0);
        const int reader = ::open(QFile::encodeName(chosen).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        QTest::mouseClick(save, Qt::LeftButton);
        QByteArray piped(1 << 20, '\0');
        const ssize_t n = ::read(reader, piped.data(), size_t(piped.size()));
        ::close(reader);
        QVERIFY(n > 0);
        piped.truncate(n);
        QCOMPARE(piped, pngBytes(640, 480));
        QCOMPARE(typeOf(chosen), mode_t(S_IFIFO));

        chosen = dir.filePath(u"full"_s);
        if (::mknod(QFile::encodeName(chosen).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0)
            QSKIP("device nodes need root");
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(
            f.labelText(u"attachmentNotice"_s, u"otherPanel"_s).contains(QString::fromLocal8Bit(std::strerror(ENOSPC))),
            qPrintable(f.labelText(u"attachmentNotice"_s, u"otherPanel"_s)));
        QCOMPARE(typeOf(chosen), mode_t(S_IFCHR));
    }

    void hostileImagesAndLaunchersAreNotTrusted()
    {
        Fixture f;
        f.importHostile();
        QVERIFY(f.pane.showCase(u"CASE-2099-0001"_s).ok());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        QWidget *other = f.panel(u"otherPanel"_s);
        f.select(u"otherPanel"_s, 2, 1); // EV-3 claims 100000 × 100000 pixels
        QCOMPARE(f.labelText(u"evidenceRef"_s, u"otherPanel"_s), u"EV-3"_s);
        QVERIFY(!f.child<QLabel>(u"attachmentPreview"_s, other)->isVisible());
        QVERIFY(f.labelText(u"attachmentNotice"_s, u"otherPanel"_s).contains(u"too large"_s));
        QVERIFY(f.child<QPushButton>(u"saveAttachment"_s, other)->isEnabled());

        f.select(u"otherPanel"_s, 2, 2); // EV-4, a .desktop file
        QCOMPARE(f.labelText(u"evidenceRef"_s, u"otherPanel"_s), u"EV-4"_s);
        auto *open = f.child<QPushButton>(u"openAttachment"_s, other);
        QVERIFY(!open->isEnabled());
        QVERIFY(open->toolTip().contains(u"run programs"_s));
        QVERIFY(f.child<QPushButton>(u"saveAttachment"_s, other)->isEnabled());
    }

    void safeFileNames()
    {
        QCOMPARE(AttachmentView::safeFileName(u"../../etc/passwd"_s), u"passwd"_s);
        QCOMPARE(AttachmentView::safeFileName(u"C:\\Users\\x\\report.pdf"_s), u"report.pdf"_s);
        QCOMPARE(AttachmentView::safeFileName(u"\u202Efdp.exe"_s), u"fdp.exe"_s);
        QCOMPARE(AttachmentView::safeFileName(u".bashrc"_s), u"bashrc"_s);
        QCOMPARE(AttachmentView::safeFileName(u"a<b>:c?.txt"_s), u"a_b__c_.txt"_s);
        QCOMPARE(AttachmentView::safeFileName(u"../"_s), u"attachment"_s);
        QCOMPARE(AttachmentView::previewFormat(u"image/svg+xml"_s), QByteArray());
        QCOMPARE(AttachmentView::previewFormat(u"image/png"_s), QByteArray("png"));
    }

    void missingCaseIsAnErrorAndClearsThePane()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        QSignalSpy loaded(&f.pane, &CasePane::caseLoaded);
        const auto shown = f.pane.showCase(u"CASE-1999-9999"_s);
        QVERIFY(!shown.ok());
        QVERIFY(shown.error().message.contains(u"CASE-1999-9999"_s));
        QCOMPARE(loaded.size(), 0);
        QVERIFY(f.pane.caseRef().isEmpty());
        QCOMPARE(f.pane.record().id, 0);
        QVERIFY(f.pane.evidence().isEmpty());
        QVERIFY(f.pane.seenHead().isEmpty());
        QCOMPARE(f.labelText(u"message"_s), shown.error().message);
        QVERIFY(f.labelText(u"advertiserName"_s).isEmpty());
        QCOMPARE(f.list(u"advisoryPanel"_s)->topLevelItemCount(), 0);
        QCOMPARE(f.child<QTreeWidget>(u"historyList"_s)->topLevelItemCount(), 0);

        f.pane.clear();
        QCOMPARE(f.labelText(u"message"_s), u"No case selected"_s);
    }

    void overdueOpenCaseSaysSo()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0012"_s).ok()); // due 2018-05-10 05:55, now 2018-06-01 12:00
        QCOMPARE(f.pane.record().state, u"open"_s);
        QVERIFY2(f.labelText(u"sla"_s).startsWith(u"Overdue by 22 d"_s), qPrintable(f.labelText(u"sla"_s)));
        QVERIFY(f.labelText(u"age"_s).startsWith(u"29 d"_s));
        auto *sla = f.child<QLabel>(u"sla"_s);
        QCOMPARE(sla->palette().color(QPalette::WindowText), QColor(0xb0, 0x00, 0x20));
        f.pane.setPalette(darkPalette());
        QCOMPARE(sla->palette().color(QPalette::WindowText), QColor(0xff, 0x8a, 0x80));
        f.pane.setPalette(QPalette());
        QCOMPARE(sla->palette().color(QPalette::WindowText), QColor(0xb0, 0x00, 0x20));

        f.t.clock().set(QDateTime(QDate(2018, 5, 9), QTime(5, 55), Qt::UTC));
        QVERIFY(f.pane.showCase(u"CASE-2018-0012"_s).ok());
        QCOMPARE(f.labelText(u"sla"_s), u"Due 2018-05-10 05:55 UTC — 1 d left"_s);
    }

    // A time-limited ban: when it ends, when its review comes, and that the advertiser is active
    // again once it has ended, read with the clock.
    void aTimeLimitedBanSaysWhenItEnds()
    {
        Fixture f;
        const QString ref = u"CASE-2018-0013"_s;
        const Command c = f.t.cryptoBan(ref, QDate(2018, 6, 15), QDate(2018, 6, 10));
        QVERIFY(f.t.review().submit(c).ok());
        QVERIFY(f.pane.showCase(ref).ok());
        QCOMPARE(f.labelText(u"outcome"_s), u"banned — restriction ends on 2018-06-15 — review by 2018-06-10"_s);
        QCOMPARE(f.labelText(u"statusBadge"_s), u"Banned"_s);
        f.t.clock().set(QDateTime(QDate(2018, 6, 10), QTime(8, 0), Qt::UTC));
        QVERIFY(f.pane.showCase(ref).ok());
        QCOMPARE(f.labelText(u"outcome"_s), u"banned — restriction ends on 2018-06-15 — review due since 2018-06-10"_s);
        f.t.clock().set(QDateTime(QDate(2018, 6, 15), QTime(0, 0), Qt::UTC));
        QVERIFY(f.pane.showCase(ref).ok());
        QCOMPARE(f.labelText(u"outcome"_s),
                 u"banned — restriction ended on 2018-06-15 — review due since 2018-06-10"_s);
        QCOMPARE(f.labelText(u"statusBadge"_s), u"Active"_s);
    }

    // An appeal names the ban it contests; another case shows no such line.
    void anAppealNamesTheBanItContests()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0008"_s).ok());
        auto *contests = f.child<QLabel>(u"contests"_s);
        QVERIFY(!contests->isHidden());
        QCOMPARE(contests->text(), u"the ban of CASE-2018-0001 on 2018-01-05 16:00 UTC by grace.okafor"_s);
        QVERIFY(!contests->font().bold()); // filed within six months
        QVERIFY(f.pane.showCase(u"CASE-2018-0013"_s).ok());
        QVERIFY(contests->isHidden());
    }

    void everyControlHasAnAccessibleName()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        for (QWidget *w : f.pane.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLabel *>(w) ||
                                 qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTabWidget *>(w) ||
                                 (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w));
            if (!control || qobject_cast<QTabBar *>(w->parentWidget()))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    }

    void tabOrderFollowsReading()
    {
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        QWidget *news = f.panel(u"newsPanel"_s);
        const auto nextStop = [](QWidget *w) {
            do
                w = w->nextInFocusChain();
            while (!(w->focusPolicy() & Qt::TabFocus));
            return w;
        };
        QCOMPARE(nextStop(f.child<QTabWidget>(u"evidenceTabs"_s)->tabBar()), f.list(u"newsPanel"_s));
        QCOMPARE(nextStop(f.list(u"newsPanel"_s)), f.child<QWidget>(u"excerpt"_s, news));
        QCOMPARE(nextStop(f.child<QWidget>(u"excerpt"_s, news)), f.child<QWidget>(u"openLink"_s, news));
        QCOMPARE(nextStop(f.child<QWidget>(u"openAttachment"_s, f.panel(u"otherPanel"_s))),
                 f.child<QWidget>(u"historyList"_s));
    }

    // Three queries per case, none per row. CASEPANE_BENCH_DB names a large database (made with
    // `adreview generate`) to time instead of the demo.
    void loadsQuickly()
    {
        Fixture f;
        const QString benchPath = qEnvironmentVariable("CASEPANE_BENCH_DB");
        std::unique_ptr<Database> bench;
        if (!benchPath.isEmpty()) {
            auto opened = Database::open(benchPath, Database::OpenMode::MustExist);
            QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
            bench = std::move(*opened);
        }
        Database &db = bench ? *bench : f.t.db();
        CasePane pane(db, f.t.clock());
        QStringList refs;
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM cases"_s) && q.next());
        const qint64 cases = q.value(0).toLongLong();
        for (qint64 i = 0; i < 20; ++i) {
            QVERIFY(q.exec(u"SELECT ref FROM cases WHERE id = %1"_s.arg(1 + (i * 7919 * 104729) % cases)) && q.next());
            refs << q.value(0).toString();
        }
        q.finish();
        QVERIFY(pane.showCase(refs.first()).ok());
        qint64 worst = 0;
        QElapsedTimer total;
        total.start();
        for (const QString &ref : std::as_const(refs)) {
            QElapsedTimer one;
            one.start();
            QVERIFY(pane.showCase(ref).ok());
            worst = qMax(worst, one.nsecsElapsed());
        }
        qInfo("showCase over %lld cases: %.2f ms on average, %.2f ms at worst", cases,
              total.nsecsElapsed() / refs.size() / 1e6, worst / 1e6);
        QVERIFY(total.elapsed() / refs.size() <= 30);
    }

    // The picture once pending layout requests have run, as the event loop would run them.
    static QImage grab(QWidget &w)
    {
        QCoreApplication::processEvents();
        return w.grab().toImage();
    }

    // Set CASEPANE_SCREENSHOTS to a folder to look at the pane in light and dark palettes.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("CASEPANE_SCREENSHOTS");
        Fixture f;
        QVERIFY(f.pane.showCase(u"CASE-2018-0001"_s).ok());
        f.pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.pane));
        const QImage light = grab(f.pane);
        // The palette of the window the pane sits in, as when the desktop switches to dark.
        f.pane.setPalette(darkPalette());
        const QImage dark = grab(f.pane);
        QVERIFY(!light.isNull() && !dark.isNull());
        QVERIFY(light != dark);
        if (folder.isEmpty())
            return;
        QVERIFY(light.save(folder + u"/casepane-light.png"_s));
        QVERIFY(dark.save(folder + u"/casepane-dark.png"_s));
        f.importHostile();
        QVERIFY(f.pane.showCase(u"CASE-2099-0001"_s).ok());
        f.child<QTabWidget>(u"evidenceTabs"_s)->setCurrentIndex(2);
        QVERIFY(grab(f.pane).save(folder + u"/casepane-hostile-dark.png"_s));
        auto *scroll = f.panel(u"otherPanel"_s)->findChild<QScrollArea *>();
        QCoreApplication::processEvents();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(grab(f.pane).save(folder + u"/casepane-attachment-dark.png"_s));
        f.pane.setPalette(QPalette());
        f.child<QTabWidget>(u"evidenceTabs"_s)->setCurrentIndex(0);
        QVERIFY(grab(f.pane).save(folder + u"/casepane-hostile-light.png"_s));
        QVERIFY(f.pane.showCase(u"CASE-2018-0012"_s).ok());
        QVERIFY(grab(f.pane).save(folder + u"/casepane-overdue-light.png"_s));
    }
};

QTEST_MAIN(tst_CasePane)
#include "tst_CasePane.moc"
