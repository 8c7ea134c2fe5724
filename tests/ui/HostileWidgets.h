#pragma once

// What the hostile-content window and dialog tests share: checks that find whatever interprets
// outside text (a label guessing at markup, a tooltip or document that would load a file or offer a
// link), a stand-in for the user answering a message box, two laptops whose databases hold hostile
// text in every field, and the review window on one of them.

#include "HostileText.h"
#include "TestDatabase.h"
#include "case/CasePane.h"
#include "domain/EvidenceFields.h"
#include "main/MainWindow.h"
#include "queue/CaseQueueModel.h"
#include "queue/FilterBar.h"
#include "storage/CaseRepository.h"
#include "storage/EvidenceRepository.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"

#include <QAbstractButton>
#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <memory>

namespace adreview::test::hostile {

inline const QStringList markers{image, jsLink, u"<b>bold</b>"_s};

inline bool fromOutside(const QString &text)
{
    return std::any_of(markers.cbegin(), markers.cend(), [&](const QString &m) { return text.contains(m); });
}

inline QString nameOf(const QObject *o)
{
    return QString::fromLatin1(o->metaObject()->className()) + u" \""_s + o->objectName() + u'"';
}

// The tooltip a view shows for a cell: its delegate gets the help event, as when the pointer rests.
// A tip is shown first with a mark of our own: a cell without a tooltip leaves it (hiding a tip takes
// a moment), one with a tooltip replaces it.
inline QString toolTipShown(QAbstractItemView *view, const QModelIndex &index)
{
    static const QString none = u"(no tooltip)"_s;
    QStyleOptionViewItem option;
    option.rect = view->visualRect(index);
    const QPoint at = option.rect.center();
    QToolTip::showText(view->viewport()->mapToGlobal(at), none, view->viewport(), option.rect);
    QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
    if (QAbstractItemDelegate *delegate = view->itemDelegateForIndex(index))
        delegate->helpEvent(&help, view, option, index);
    const QString shown = QToolTip::isVisible() ? QToolTip::text() : QString();
    return shown == none ? QString() : shown;
}

// The label Qt shows a tooltip in, while one is shown.
inline QWidget *toolTipLabel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            return w;
    }
    return nullptr;
}

// What is wrong with a tooltip as Qt shows it (as markup when it looks like some): an image or
// link it would load or offer, or outside text that reached it unescaped and was read as markup.
inline QStringList tipFaults(const QString &who, const QString &tip)
{
    QStringList faults;
    const Shown shown = shownAs(tip);
    if (!shown.loadables.isEmpty())
        faults << who + u": "_s + shown.loadables.join(u", "_s);
    for (const QString &m : markers) {
        if (tip.contains(m) && !shown.text.contains(m))
            faults << who + u" reads \""_s + m + u"\" as markup"_s;
    }
    return faults;
}

// Whatever under `root` interprets outside text: a label guessing its format, a tooltip that would
// load an image or offer a link, a text browser following links, a document holding either. One
// line per fault.
inline QStringList interpreted(QWidget *root)
{
    root->grab(); // painted once, so that whatever a document would load is loaded
    QStringList faults;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        // (A tooltip's own label guesses by design: what it shows is checked as shown, below.)
        if (auto *label = qobject_cast<QLabel *>(w); label && !w->inherits("QTipLabel") &&
                                                     label->textFormat() != Qt::PlainText &&
                                                     (fromOutside(label->text()) || Qt::mightBeRichText(label->text())))
            faults << nameOf(w) + u" shows \""_s + label->text().left(80) + u"\" as it guesses"_s;
        if (auto *browser = qobject_cast<QTextBrowser *>(w);
            browser && (browser->openLinks() || browser->openExternalLinks()))
            faults << nameOf(w) + u" follows links"_s;
        for (const QString &tip : {w->toolTip(), w->statusTip(), w->whatsThis()})
            faults += tipFaults(nameOf(w) + u" tooltip"_s, tip);
        auto *view = qobject_cast<QAbstractItemView *>(w);
        if (!view || !view->model() || qobject_cast<QHeaderView *>(w)) // headers: the program's own words
            continue;
        QAbstractItemModel *m = view->model();
        for (int row = 0; row < std::min(m->rowCount(view->rootIndex()), 64); ++row) {
            for (int column = 0; column < m->columnCount(view->rootIndex()); ++column) {
                const QModelIndex index = m->index(row, column, view->rootIndex());
                faults += tipFaults(nameOf(w) + u" cell tooltip"_s, toolTipShown(view, index));
            }
        }
        QToolTip::hideText();
    }
    for (const QString &l : loadablesUnder(root))
        faults << l;
    return faults;
}

// Runs `answer` on the next message box the code under test opens with exec(), keeping what it said.
class BoxWatcher : public QObject {
public:
    explicit BoxWatcher(QMessageBox::StandardButton answer) : m_answer(answer)
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !box->isVisible())
                return;
            ++shown;
            text = box->text();
            format = box->textFormat();
            faults = interpreted(box);
            box->button(m_answer)->click();
        });
        m_timer.start();
    }
    int shown = 0;
    QString text;
    Qt::TextFormat format = Qt::AutoText;
    QStringList faults;

private:
    QMessageBox::StandardButton m_answer;
    QTimer m_timer;
};

// Two laptops. A holds the hostile case files, imported, and decisions with hostile names and
// text; B, a copy, decides the same case differently, adds a case whose advertiser name, summary
// and evidence are a mebibyte long, and reaches A as a sync bundle (which carries text without the
// importer's limits). No import or bundle takes links other than http and https: those are written
// into A directly, as a database made before those checks would hold them.
struct Laptops {
    test::TestDatabase a;
    QString bPath;
    QString hugeText = huge();
    QString aRationale = jsLink + u' ' + image + u'\n' + bidi;
    QString bRationale = hyperlink + u'\n' + markup;

    Laptops() : bPath(a.dirPath() + u"/laptop-b.sqlite"_s)
    {
        importAll(a.db(), a.review());
        ReviewService annotator = a.reviewAs(image, bidi);
        must(annotator.submit({u"CASE-CSV-1"_s, u"annotate"_s, {}, aRationale, {}, {}, {}, {}}));
        a.close();
        if (!QFile::copy(a.path(), bPath))
            qFatal("cannot copy the database");
        a.reopen();
        auto opened = Database::open(bPath);
        if (!opened)
            qFatal("cannot open the copy");
        std::unique_ptr<Database> b = std::move(*opened);
        ManualClock clockB(a.clock().now().addSecs(60));
        const Identity ben{u"<b>ben</b>"_s, u"\u202Elaptop-b"_s};
        ReviewService onB(*b, clockB, ben);

        ReviewService onA = a.reviewAs(jsLink, u"laptop-a"_s);
        must(onA.submit({u"CASE-EVIL-1"_s, u"clear"_s, u"ADS-HOSTILE"_s, aRationale, {}, {}, {}, {}}));
        must(onB.submit({u"CASE-EVIL-1"_s, u"ban"_s, u"ADS-HOSTILE"_s, bRationale, {u"EV-1"_s}, {}, {}, {}}));
        addHuge(*b, onB);
        const QString bundle = a.dirPath() + u"/b.adrbundle"_s;
        if (!SyncBundle::write(*b, ben, clockB, bundle, {}))
            qFatal("no bundle");
        auto merged = test::mergeTrusting(a.db(), bundle);
        if (!merged || merged->newConflicts != QStringList{u"CASE-EVIL-1"_s})
            qFatal("the bundle did not merge as expected: %s",
                   qPrintable(merged ? merged->summary() : merged.error().message));
        addLinks(a.db());
    }
    template <typename T>
    static void must(const Result<T> &r)
    {
        if (!r)
            qFatal("refused: %s", qPrintable(r.error().message));
    }
    void addHuge(Database &b, ReviewService &onB)
    {
        const QJsonObject advertiser{{u"ref"_s, u"huge-corp"_s}, {u"name"_s, u"Huge"_s}, {u"country"_s, u"US"_s}};
        QJsonArray cases;
        for (const QString &ref : {u"CASE-HUGE"_s, u"CASE-LINKS"_s})
            cases << QJsonObject{{u"ref"_s, ref},
                                 {u"advertiser"_s, u"huge-corp"_s},
                                 {u"policy"_s, u"ADS-NATSEC"_s},
                                 {u"summary"_s, u"placeholder"_s},
                                 {u"priority"_s, u"critical"_s},
                                 {u"source"_s, u"press"_s},
                                 {u"opened"_s, u"2018-05-20T08:00:00Z"_s},
                                 {u"due"_s, u"2018-08-20T08:00:00Z"_s}};
        const QJsonObject file{{u"format"_s, u"adreview-cases"_s},
                               {u"version"_s, 1},
                               {u"advertisers"_s, QJsonArray{advertiser}},
                               {u"cases"_s, cases}};
        must(CaseImporter(b, onB).importJson(QJsonDocument(file).toJson(), u"huge.json"_s));
        QSqlQuery q(b.connection());
        q.prepare(u"UPDATE advertisers SET name = ? WHERE ref = 'huge-corp'"_s);
        q.addBindValue(hugeText);
        if (!q.exec())
            qFatal("cannot lengthen the name");
        q.prepare(u"UPDATE cases SET summary = ? WHERE ref = 'CASE-HUGE'"_s);
        q.addBindValue(hugeText);
        if (!q.exec())
            qFatal("cannot lengthen the summary");
        const auto hugeCase = CaseRepository(b).findByRef(u"CASE-HUGE"_s);
        if (!hugeCase || !hugeCase->has_value())
            qFatal("no CASE-HUGE");
        Evidence long_;
        long_.caseId = (*hugeCase)->id;
        long_.ref = u"EV-1"_s;
        long_.kind = u"company-statement"_s;
        long_.title = long_.source = long_.excerpt = hugeText;
        long_.date = u"2018-05-21"_s;
        long_.reliability = u"unknown"_s;
        long_.contentHash = EvidenceFields::contentHash(long_);
        must(EvidenceRepository(b).insert(long_));
    }
    static void addLinks(Database &db)
    {
        const auto found = CaseRepository(db).findByRef(u"CASE-LINKS"_s);
        if (!found || !found->has_value())
            qFatal("no CASE-LINKS");
        const QStringList urls{u"javascript:alert(document.cookie)"_s, u"file:///etc/passwd"_s,
                               u"http://evil.example/a?b=%3Cimg%20src%3Dx%3E&c=%E2%80%AE"_s,
                               u"http://evil.example/a?b=<img src=x>&c=\u202E"_s};
        for (int i = 0; i < urls.size(); ++i) {
            Evidence e;
            e.caseId = (*found)->id;
            e.ref = u"EV-%1"_s.arg(i + 1);
            e.kind = u"news-citation"_s;
            e.title = jsLink;
            e.source = image;
            e.date = u"2018-05-21"_s;
            e.url = urls[i];
            e.reliability = u"unknown"_s;
            e.contentHash = EvidenceFields::contentHash(e);
            must(EvidenceRepository(db).insert(e));
        }
    }
};

// The review window on laptop A, showing every case.
class Window {
public:
    explicit Window(const Laptops &laptops)
    {
        auto db = Database::open(laptops.a.path());
        if (!db)
            qFatal("cannot open A");
        w = std::make_unique<MainWindow>(std::move(*db), Identity{u"tester"_s, u"test-device"_s},
                                         laptops.a.dirPath() + u"/settings.ini"_s);
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qFatal("the window does not show");
        QTabBar *tabs = w->filterBar()->tabs();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(int(QueueFilter::Tab::All)).center());
    }
    MainWindow &operator*() { return *w; }
    int rowOf(const QString &ref) const
    {
        CaseQueueModel *m = w->queueModel();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->refAt(row) == ref)
                return row;
        }
        return -1;
    }
    // Shows the case in the pane, once the queue lists it.
    bool select(const QString &ref)
    {
        return QTest::qWaitFor([&] { return rowOf(ref) >= 0; }) && w->selectCase(ref) &&
               w->casePane()->caseRef() == ref;
    }

private:
    std::unique_ptr<MainWindow> w;
};

} // namespace adreview::test::hostile
