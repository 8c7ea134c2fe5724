#include "TestDatabase.h"
#include "demo/Generator.h"
#include "domain/DsaDecision.h"
#include "reports/ReportWriter.h"
#include "reports/pdf/PdfReportDocument.h"
#include "reports/pdf/ReportPdf.h"
#include "review/ReviewService.h"
#include "storage/PolicyRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

const QString decisionSql = u"SELECT count(*) FROM events WHERE action IN ('ban', 'clear', 'reinstate', "
                            u"'resolve-conflict')"_s;
// The outcome each decision led to, computed apart from the report engine.
const QString outcomeSql = u"SELECT count(*) FROM events WHERE CASE action WHEN 'ban' THEN 'banned' WHEN 'clear' "
                           u"THEN 'cleared' WHEN 'reinstate' THEN 'reinstated' WHEN 'resolve-conflict' THEN outcome "
                           u"END = '%1'"_s;
const QString headerRow = u"Time (UTC)"_s;

// The PDF's text as pdftotext lays it out; pages are separated by form feeds.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s: %s", qPrintable(path), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Renders the pages for a person to look at, when ADREVIEW_PDF_PNG names a folder.
void keepPngs(const QString &pdf, const QString &name)
{
    const QString dir = qEnvironmentVariable("ADREVIEW_PDF_PNG");
    if (dir.isEmpty())
        return;
    QProcess::execute(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"60"_s, pdf, dir + u'/' + name});
}

bool hasRow(const QString &text, const QString &label, qint64 count)
{
    return text.contains(QRegularExpression(u"%1\\s+%2\\s"_s.arg(QRegularExpression::escape(label)).arg(count)));
}

} // namespace

class tst_ReportPdf : public QObject {
    Q_OBJECT

private slots:
    void demoReportHoldsTheFigures()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        const QString path = t.dirPath() + u"/demo.pdf"_s;
        const Status written = exportPdfReport(engine, {}, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        keepPngs(path, u"demo"_s);
        const QString text = pdfText(path);
        QVERIFY(text.contains(u"Decision report"_s));
        const qint64 decisions = t.count(decisionSql);
        QVERIFY(decisions > 0);
        QVERIFY2(hasRow(text, u"Total"_s, decisions), qPrintable(text.left(3000)));
        for (const auto &[outcome, label] : {std::pair{u"banned"_s, u"Banned"_s}, std::pair{u"cleared"_s, u"Cleared"_s},
                                             std::pair{u"reinstated"_s, u"Reinstated"_s}})
            QVERIFY2(hasRow(text, label, t.count(outcomeSql.arg(outcome))), qPrintable(label));
        for (const QString &name : {u"Kaspersky Lab"_s, u"Sputnik"_s, u"CASE-2018-0001"_s})
            QVERIFY2(text.contains(name), qPrintable(name));
        QVERIFY(text.contains(QRegularExpression(u"\\bRT\\b"_s)));
        QVERIFY(text.contains(u"Page 1 of "_s));
        QVERIFY(text.contains(headerRow));
        QVERIFY(text.contains(u"Statements of reasons"_s));
        QVERIFY(text.contains(u"SHA-256 "_s));
        // The demo's CoinHarbor case, banned on one laptop and cleared on another, is not settled.
        QVERIFY(text.contains(QRegularExpression(u"CoinHarbor Exchange Ltd — disputed"_s)));
        QVERIFY(!text.contains(QRegularExpression(u"CoinHarbor Exchange Ltd — (Banned|Cleared)"_s)));
        QVERIFY(text.contains(u"Decisions in conflict"_s));
        // Every page is numbered against the same total.
        const qsizetype pages = text.count(u'\f');
        QVERIFY(pages >= 3);
        QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    }

    // Two of the demo's 2018 cases decided years later: the 90th percentile of the time to
    // decision runs to four digits of days, and its key figure is printed whole, not cut.
    void aLongTimeToDecisionIsPrintedWhole()
    {
        test::TestDatabase t;
        t.loadDemo();
        t.clock().set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        ReviewService review = t.reviewAs(u"dev.patel"_s, u"dev-laptop"_s);
        for (const QString &ref : {u"CASE-2018-0012"_s, u"CASE-2018-0013"_s}) {
            Command c;
            c.caseRef = ref;
            c.action = u"clear"_s;
            c.rationale = u"No crypto advertising found on a second look"_s;
            auto done = review.submit(c);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        }
        ReportEngine engine(t.db(), t.clock());
        auto summary = engine.summary({});
        QVERIFY(summary);
        const QString p90 = PdfReportDocument::duration(summary->p90Ms);
        QVERIFY2(p90.size() >= 9, qPrintable(p90)); // "2,515.9 d" and longer
        const QString path = t.dirPath() + u"/late.pdf"_s;
        const Status written = exportPdfReport(engine, {}, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        keepPngs(path, u"late"_s);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(p90), qPrintable(p90 + u"\n"_s + text.left(1500)));
    }

    // The times to decision read the same in the HTML report as in the PDF ("2.9 d", not
    // "69.63 h"); JSON keeps them exact, in milliseconds.
    void theHtmlSaysTimesToDecisionAsThePdfDoes()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        auto summary = engine.summary({});
        QVERIFY(summary);
        QVERIFY(summary->medianMs >= 0 && summary->p90Ms >= 0);
        const QString pdf = t.dirPath() + u"/times.pdf"_s;
        const QString html = t.dirPath() + u"/times.html"_s;
        const QString json = t.dirPath() + u"/times.json"_s;
        QVERIFY(exportPdfReport(engine, {}, pdf).ok());
        QVERIFY(writeHtmlReport(engine, {}, html).ok());
        QVERIFY(writeJsonReport(engine, {}, json).ok());
        const QString printed = pdfText(pdf).simplified();
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(h.readAll());
        for (const qint64 ms : {summary->medianMs, summary->p90Ms}) {
            const QString shown = PdfReportDocument::duration(ms);
            QVERIFY2(QRegularExpression(u"^[0-9,]+\\.[0-9] [hd]$"_s).match(shown).hasMatch(), qPrintable(shown));
            QVERIFY2(printed.contains(shown), qPrintable(shown + u"\n"_s + printed.left(1500)));
            QVERIFY2(htmlText.contains(u">%1<"_s.arg(shown)), qPrintable(shown));
        }
        QVERIFY2(!QRegularExpression(u"[0-9]\\.[0-9]{2} h"_s).match(htmlText).hasMatch(), "hours with two decimals");
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonObject figures = QJsonDocument::fromJson(j.readAll()).object().value(u"summary"_s).toObject();
        QCOMPARE(figures.value(u"median_ms_to_decision"_s).toInteger(), summary->medianMs);
        QCOMPARE(figures.value(u"p90_ms_to_decision"_s).toInteger(), summary->p90Ms);
    }

    // A time-limited ban prints every point of DSA Art. 17(3): what was restricted and until when,
    // where, the facts, how the case came, automated means, the ground and its explanation, and
    // the redress (the policy's own text where it has one); a ban without a statement says so.
    void aTimeLimitedBanPrintsItsStatementOfReasons()
    {
        test::TestDatabase t;
        t.makeDemo();
        t.clock().set(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        PolicyRepository policies(t.db());
        QVERIFY(policies.setRedress(u"ADS-CRYPTO"_s, u"Write to appeals@example.org within six months."_s));
        auto defaults = policies.dsaDefaults(u"ADS-CRYPTO"_s);
        QVERIFY(defaults && *defaults);
        dsa::Decision d = dsa::Decision::from(**defaults);
        d.endVisibility = QDate(2026, 9, 30);
        d.account = u"DECISION_ACCOUNT_SUSPENDED"_s;
        d.endAccount = QDate(2026, 9, 30);
        d.territories = {u"DE"_s, u"AT"_s};
        d.reviewBy = QDate(2026, 6, 1);
        Command ban{
            u"CASE-2018-0013"_s, u"ban"_s, u"ADS-CRYPTO"_s, u"Signals service for a token"_s, {u"EV-1"_s}, {}, {}, {}};
        ban.statement = d.toText();
        QVERIFY(t.review().submit(ban));
        Command bare{u"CASE-2018-0012"_s, u"ban"_s, u"ADS-CRYPTO"_s, u"Mining rig ads"_s, {u"EV-1"_s}, {}, {}, {}};
        QVERIFY(t.review().submit(bare));

        ReportEngine engine(t.db(), t.clock());
        ReportFilter filter;
        filter.from = QDate(2026, 1, 1);
        const QString path = t.dirPath() + u"/limited.pdf"_s;
        QVERIFY(exportPdfReport(engine, filter, path).ok());
        keepPngs(path, u"limited"_s);
        const QString text = pdfText(path).simplified();
        for (const QString &expected :
             {u"Statement of reasons under the Digital Services Act (Art. 17)"_s, u"Content removed until 2026-09-30"_s,
              u"Account suspended until 2026-09-30"_s, u"Where DE, AT"_s, u"Facts The advertiser's ads were removed"_s,
              u"Source The platform's own initiative"_s, u"Automation"_s,
              u"Ground Incompatible with the terms and conditions: Advertising policy ADS-CRYPTO"_s,
              u"Explanation The ads promote cryptocurrencies"_s, u"Category Consumer information"_s,
              u"Review by 2026-06-01"_s, u"Redress Write to appeals@example.org within six months."_s,
              u"No statement of reasons under the DSA was recorded with this decision."_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text.right(4000)));
        // Another policy falls back to the program's text: complaint, out-of-court body, courts.
        QVERIFY(policies.setRedress(u"ADS-CRYPTO"_s, QString()));
        QVERIFY(exportPdfReport(engine, filter, path).ok());
        const QString fallback = pdfText(path).simplified();
        QVERIFY(fallback.contains(u"internal complaint-handling system"_s));
        QVERIFY(fallback.contains(u"out-of-court dispute settlement body"_s));
    }

    void outsideTextIsPrintedLiterally()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString ref = t.text(u"SELECT ref FROM cases WHERE state IN ('open', 'in-review') AND evidence_count > 0 "
                                   u"ORDER BY ref LIMIT 1"_s);
        const QString evidence = t.text(
            u"SELECT e.ref FROM evidence e JOIN cases c ON c.id = e.case_id WHERE c.ref = '%1' LIMIT 1"_s.arg(ref));
        // Markup stays text; a Cyrillic name takes the shaped path, and its lines wrap all the same.
        const QString hostile = u"Banned. <script>alert(1)</script> and <img src=file:///etc/passwd> & more.\n"
                                u"Лаборатория Касперского"_s;
        Command ban{ref, u"ban"_s, u"ADS-CRYPTO"_s, hostile, {evidence}, {}, {}, {}};
        auto event = t.review().submit(ban);
        QVERIFY2(event.ok(), qPrintable(event.ok() ? QString() : event.error().message));

        ReportEngine engine(t.db(), t.clock());
        const QString path = t.dirPath() + u"/hostile.pdf"_s;
        QVERIFY(exportPdfReport(engine, {}, path).ok());
        keepPngs(path, u"hostile"_s);
        const QString text = pdfText(path);
        if (qEnvironmentVariableIsSet("ADREVIEW_PDF_PNG"))
            QFile::copy(path, qEnvironmentVariable("ADREVIEW_PDF_PNG") + u"/hostile.pdf"_s);
        QVERIFY(text.contains(u"<script>alert(1)</script>"_s));
        QVERIFY(text.contains(u"<img src=file:///etc/passwd>"_s));
        QVERIFY(!text.contains(u"root:x:0:0"_s));
        QVERIFY(text.contains(u"Лаборатория Касперского"_s));
    }

    void headerRowRepeatsOnEveryPageOfDecisions()
    {
        test::TestDatabase t;
        auto made = Generator(t.db(), t.review(), 7).run(400);
        QVERIFY(made.ok());
        ReportEngine engine(t.db(), t.clock());
        const QString path = t.dirPath() + u"/generated.pdf"_s;
        QVERIFY(exportPdfReport(engine, {}, path).ok());
        keepPngs(path, u"generated"_s);
        const QStringList pages = pdfText(path).split(u'\f');
        int withHeader = 0;
        int first = -1;
        for (int i = 0; i < pages.size(); ++i) {
            if (pages.at(i).contains(headerRow) && pages.at(i).contains(u"Rationale"_s)) {
                ++withHeader;
                if (first < 0)
                    first = i;
            }
        }
        QVERIFY2(withHeader >= 2, qPrintable(QString::number(withHeader)));
        QVERIFY(pages.at(first + 1).contains(headerRow)); // the page after the table starts
        QVERIFY(pages.first().contains(u"Page 1 of %1"_s.arg(pages.size() - 1)));
        QCOMPARE(t.count(decisionSql) > 0, true);
        QVERIFY(hasRow(pages.first(), u"Total"_s, t.count(decisionSql)));
    }

    void summaryOnlyHasNoDecisionsTable()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        const QString path = t.dirPath() + u"/summary.pdf"_s;
        QVERIFY(exportPdfReport(engine, {}, path, {}, true).ok());
        keepPngs(path, u"summary"_s);
        const QString text = pdfText(path);
        QVERIFY(hasRow(text, u"Total"_s, t.count(decisionSql)));
        QVERIFY(text.contains(u"Decisions by policy"_s));
        QVERIFY(!text.contains(headerRow));
        QVERIFY(!text.contains(u"Statements of reasons"_s));
        QVERIFY(text.contains(u"Page 1 of "_s));
    }

    void filtersNarrowTheReport()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        ReportFilter f;
        f.policies = {u"ADS-NATSEC"_s};
        const QString path = t.dirPath() + u"/natsec.pdf"_s;
        QVERIFY(exportPdfReport(engine, f, path).ok());
        const QString text = pdfText(path);
        const qint64 natsec = t.count(decisionSql + u" AND policy_id = (SELECT id FROM policies WHERE code = "
                                                    u"'ADS-NATSEC')"_s);
        QVERIFY(hasRow(text, u"Total"_s, natsec));
        QVERIFY(text.contains(u"ADS-NATSEC"_s));
        QVERIFY(!text.contains(u"Sputnik"_s));
    }

    void cancelledExportLeavesNoFile()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        const QString path = t.dirPath() + u"/cancelled.pdf"_s;
        int calls = 0;
        const Status status = exportPdfReport(engine, {}, path, [&](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!status.ok());
        QVERIFY(!QFile::exists(path));

        // An earlier file of that name stays as it was.
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("earlier report");
        old.close();
        QVERIFY(!exportPdfReport(engine, {}, path, [](qint64, qint64) { return false; }).ok());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("earlier report"));
    }

    void unwritablePathIsAnError()
    {
        test::TestDatabase t;
        t.loadDemo();
        ReportEngine engine(t.db(), t.clock());
        const QString path = t.dirPath() + u"/no/such/folder/report.pdf"_s;
        const Status status = exportPdfReport(engine, {}, path);
        QVERIFY(!status.ok());
        QVERIFY(status.error().message.contains(path));
    }
};

QTEST_MAIN(tst_ReportPdf)
#include "tst_ReportPdf.moc"
