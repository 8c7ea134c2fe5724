#include "HostileText.h"
#include "TestCsv.h"
#include "TestDatabase.h"
#include "import/CaseImporter.h"
#include "reports/ReportWriter.h"
#include "reports/pdf/ReportPdf.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace adreview;
using namespace adreview::test::hostile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a spreadsheet would run as a formula.
bool formulaStart(const QString &cell)
{
    static const QString starts = u"=+-@\t\r"_s;
    return !cell.isEmpty() && starts.contains(cell.front());
}

QString withoutSpace(QString s)
{
    static const QRegularExpression space(u"\\s+"_s);
    return s.remove(space);
}

// One decision and who made it, as it is stored and should come back.
struct Decision {
    QString caseRef;
    QString action;
    QString reviewer;
    QString device;
    QString rationale;
    QString advertiser;
};

} // namespace

// Hostile text in every report format, what the doors let in (NUL characters, a mebibyte) and what
// the command line prints.
class tst_HostileReports : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    QString m_huge = huge();
    QList<Decision> m_decisions;
    // The evidence of the case with the huge name, cited beside other text in the reports.
    const QString signalTitle = u"Signal "_s + bidi;
    const QString signalSource = bidi + u" tooling"_s;

    QString out(const QString &name) const { return m_t->dirPath() + u'/' + name; }

    void decide(const Decision &d, const QString &policy, const QStringList &evidence)
    {
        m_t->clock().advance(3'600'000);
        ReviewService review = m_t->reviewAs(d.reviewer, d.device);
        auto done = review.submit({d.caseRef, d.action, policy, d.rationale, evidence, {}, {}, {}});
        if (!done)
            qFatal("%s refused: %s", qPrintable(d.caseRef), qPrintable(done.error().message));
        m_decisions << d;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        importAll(m_t->db(), m_t->review());
        // A case whose advertiser's name is a mebibyte long, as a sync bundle may bring it (bundles
        // carry text without the importer's limits).
        const QJsonObject file{
            {u"format"_s, u"adreview-cases"_s},
            {u"version"_s, 1},
            {u"advertisers"_s,
             QJsonArray{QJsonObject{{u"ref"_s, u"huge-corp"_s}, {u"name"_s, u"Huge"_s}, {u"country"_s, u"US"_s}}}},
            {u"cases"_s,
             QJsonArray{QJsonObject{{u"ref"_s, u"CASE-HUGE"_s},
                                    {u"advertiser"_s, u"huge-corp"_s},
                                    {u"policy"_s, u"ADS-HOSTILE"_s},
                                    {u"summary"_s, u"Long."_s},
                                    {u"priority"_s, u"low"_s},
                                    {u"source"_s, u"press"_s},
                                    {u"opened"_s, u"2018-05-20T08:00:00Z"_s},
                                    {u"due"_s, u"2018-08-20T08:00:00Z"_s},
                                    {u"evidence"_s, QJsonArray{evidence(u"EV-1"_s, u"internal-signal"_s,
                                                                        {{u"title"_s, signalTitle},
                                                                         {u"source"_s, signalSource},
                                                                         {u"date"_s, u"2018-05-21"_s}})}}}}}};
        QVERIFY(CaseImporter(m_t->db(), m_t->review()).importJson(QJsonDocument(file).toJson(), u"huge.json"_s).ok());
        QSqlQuery q(m_t->db().connection());
        q.prepare(u"UPDATE advertisers SET name = ? WHERE ref = 'huge-corp'"_s);
        q.addBindValue(m_huge);
        QVERIFY(q.exec());

        const QString ban = hyperlink + u'\n' + jsLink + u' ' + image + u' ' + bidi;
        decide({u"CASE-EVIL-1"_s, u"ban"_s, image, bidi, ban, image}, u"ADS-HOSTILE"_s, {u"EV-1"_s, u"EV-2"_s});
        decide({u"CASE-EVIL-1"_s, u"reinstate"_s, u"@admin"_s, minusFormula, atFormula, image}, {}, {});
        // Names cannot hold a tab or line break (the review rules refuse them): a device name that
        // starts like a formula is what a hostile laptop can send.
        decide({u"CASE-CSV-1"_s, u"clear"_s, markup, u"=desk"_s, plusFormula + u' ' + bidi, hyperlink},
               u"ADS-HOSTILE"_s, {});
        decide({u"CASE-HUGE"_s, u"ban"_s, u"tester"_s, u"laptop"_s, u"Long name."_s, m_huge}, u"ADS-HOSTILE"_s,
               {u"EV-1"_s});
    }

    // CSV: every cell a spreadsheet would run gets its apostrophe, the rest is as stored, the file
    // is valid UTF-8 without a NUL byte.
    void csvNeutralisesFormulas()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        QVERIFY(writeCsvReport(engine, {}, out(u"r.csv"_s)).ok());
        const QByteArray bytes = readAll(out(u"r.csv"_s));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!bytes.contains('\0'));
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes.mid(3));
        QVERIFY(!utf8.hasError());
        const auto records = test::parseCsv(text, test::CsvLineEnds::CrlfOnly);
        QVERIFY2(records.has_value(), "not RFC 4180 with CRLF line ends");
        const QStringList header = records->first();
        const QList<QStringList> rows = records->mid(1);
        QCOMPARE(rows.size(), m_decisions.size());
        for (const QStringList &row : rows) {
            for (const QString &cell : row)
                QVERIFY2(!formulaStart(cell), qPrintable(cell.left(80)));
        }
        const auto guarded = [](const QString &s) { return formulaStart(s) ? u'\'' + s : s; };
        const auto column = [&](const QString &name) { return int(header.indexOf(name)); };
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Decision &d = m_decisions[i];
            QCOMPARE(rows[i][column(u"case"_s)], d.caseRef);
            QCOMPARE(rows[i][column(u"advertiser"_s)], guarded(d.advertiser));
            QCOMPARE(rows[i][column(u"reviewer"_s)], guarded(d.reviewer));
            QCOMPARE(rows[i][column(u"device"_s)], guarded(d.device));
            QCOMPARE(rows[i][column(u"rationale"_s)], guarded(d.rationale));
        }
        QVERIFY(rows[0][column(u"cited_evidence"_s)].contains(u"EV-1 news-citation "_s + markup + u' '));
        QVERIFY(rows[0][column(u"cited_evidence"_s)].contains(u"EV-2 agency-advisory "_s + jsLink));
        QCOMPARE(rows[1][column(u"rationale"_s)], u'\'' + atFormula);
        QCOMPARE(rows[2][column(u"device"_s)], u"'=desk"_s);
        // Text that starts with a tab or a carriage return is run by some spreadsheets too.
        for (const QString &start : {u"\tdesk"_s, u"\rdesk"_s}) {
            QByteArray cell;
            appendCsvText(cell, start);
            QVERIFY2(cell.startsWith("\"'") || cell.startsWith('\''), cell.constData());
        }
    }

    // JSON: the text exactly as stored, formulas and all, the mebibyte too.
    void jsonRoundTripsExactly()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        QVERIFY(writeJsonReport(engine, {}, out(u"r.json"_s)).ok());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(out(u"r.json"_s)), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray decisions = doc.object().value(u"decisions"_s).toArray();
        QCOMPARE(decisions.size(), m_decisions.size());
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            const QJsonObject o = decisions[i].toObject();
            const Decision &d = m_decisions[i];
            QCOMPARE(o.value(u"advertiser"_s).toString(), d.advertiser);
            QCOMPARE(o.value(u"reviewer"_s).toString(), d.reviewer);
            QCOMPARE(o.value(u"device"_s).toString(), d.device);
            QCOMPARE(o.value(u"rationale"_s).toString(), d.rationale);
        }
        const QJsonArray cited = decisions[0].toObject().value(u"cited_evidence"_s).toArray();
        QCOMPARE(cited[0].toObject().value(u"title"_s).toString(), image);
        QCOMPARE(cited[1].toObject().value(u"source"_s).toString(), jsLink);
        QCOMPARE(cited[1].toObject().value(u"reference"_s).toString(), plusFormula);
    }

    // HTML: only the report's own tags, no link or source from the data; a browser shows the text.
    void htmlEscapesEverything()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        QVERIFY(writeHtmlReport(engine, {}, out(u"r.html"_s)).ok());
        const QString html = QString::fromUtf8(readAll(out(u"r.html"_s)));
        static const QStringList own{u"html"_s,   u"head"_s,   u"meta"_s,    u"title"_s,   u"style"_s, u"body"_s,
                                     u"header"_s, u"footer"_s, u"section"_s, u"article"_s, u"h1"_s,    u"h2"_s,
                                     u"h3"_s,     u"h4"_s,     u"p"_s,       u"div"_s,     u"span"_s,  u"table"_s,
                                     u"thead"_s,  u"tbody"_s,  u"tr"_s,      u"th"_s,      u"td"_s,    u"br"_s,
                                     u"strong"_s, u"code"_s,   u"ol"_s,      u"li"_s,      u"svg"_s,   u"rect"_s,
                                     u"line"_s,   u"text"_s,   u"bdi"_s};
        static const QRegularExpression tag(u"<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>"_s);
        static const QRegularExpression fetching(u"\\b(src|href|on[a-z]+|xlink:href|action|formaction)\\s*="_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            QVERIFY2(own.contains(m.captured(2).toLower()), qPrintable(m.captured(0).left(120)));
            QVERIFY2(!fetching.match(m.captured(3)).hasMatch(), qPrintable(m.captured(0).left(120)));
        }
        QVERIFY(!html.contains(u"javascript:alert(1)\">"_s));
        QVERIFY(html.contains(u"&lt;img src=file:///etc/passwd&gt;"_s));
        QVERIFY(html.contains(u"&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt;"_s));
        QVERIFY(html.contains(u"&lt;b&gt;bold&lt;/b&gt;"_s));
        // As a reader sees it: the hostile text, literally, and nothing to load or follow.
        QTextDocument doc;
        doc.setHtml(html);
        const QString shown = doc.toPlainText();
        for (const QString &s : {image, jsLink, markup, hyperlink, atFormula, m_huge})
            QVERIFY2(shown.contains(s), qPrintable(s.left(80)));
        QVERIFY2(loadables(doc).isEmpty(), qPrintable(loadables(doc).join(u", "_s)));
    }

    // HTML: a direction override in outside text cannot reorder the text beside it. Wherever an
    // outside text shares a line or a cell with other text, it sits in an isolate of its own
    // (<bdi>); alone in its cell or paragraph, it needs none.
    void htmlIsolatesOutsideText()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        ReportFilter named; // what the filter line names is outside text too
        named.reviewers = {bidi, image};
        named.countries = {u"\u202EGB"_s};
        QStringList outside;
        for (const QString &s :
             {bidi, image + u" policy "_s + bidi, m_huge, signalTitle, signalSource,
              hyperlink + u'\n' + jsLink + u' ' + image + u' ' + bidi, plusFormula + u' ' + bidi, u"\u202EGB"_s,
              jsLink + u' ' + markup + u' ' + bidi /* a case's summary, the rationale of its flag */})
            outside << s.toHtmlEscaped();
        // Each stretch of text between two tags that holds a direction control, with the tags.
        static const QRegularExpression run(u"(<[^>]*>)([^<]*[\u202A-\u202E\u2066-\u2069][^<]*)(?=(<[^>]*>))"_s);
        for (const ReportFilter &filter : {ReportFilter(), named}) {
            QVERIFY(writeHtmlReport(engine, filter, out(u"isolated.html"_s)).ok());
            const QString html = QString::fromUtf8(readAll(out(u"isolated.html"_s)));
            const QString body = html.mid(html.indexOf(u"<body>"_s));
            int runs = 0;
            for (auto it = run.globalMatch(body); it.hasNext(); ++runs) {
                const auto m = it.next();
                const QString open = m.captured(1);
                const QString close = m.captured(3);
                const QString where = m.captured(0).left(100) + u" … "_s + close;
                const bool isolated = open.startsWith(u"<bdi"_s) && close == u"</bdi>";
                const bool alone =
                    (open.startsWith(u"<td"_s) && close == u"</td>") || (open.startsWith(u"<p "_s) && close == u"</p>");
                QVERIFY2(isolated || alone, qPrintable(where));
                QVERIFY2(outside.contains(m.captured(2)), qPrintable(u"not one whole field: "_s + where));
            }
            QVERIFY2(runs >= (filter == named ? 2 : 10), qPrintable(QString::number(runs)));
        }
        QVERIFY(writeHtmlReport(engine, {}, out(u"isolated.html"_s)).ok());
        const QString html = QString::fromUtf8(readAll(out(u"isolated.html"_s)));
        // the statement of reasons: the advertiser's name in its heading, the policy's title
        QVERIFY(html.contains(u"<h3><bdi>"_s + m_huge.toHtmlEscaped() + u"</bdi> <span class=\"sub\">huge-corp"_s));
        QVERIFY(html.contains(u" \u2014 <bdi>"_s + (image + u" policy "_s + bidi).toHtmlEscaped() + u"</bdi>"_s));
    }

    // PDF: the markup is printed as text, nothing is embedded but the two charts, and nothing links
    // or runs; a mebibyte of name does not stall it.
    void pdfPrintsMarkupAsText()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        const QString path = out(u"r.pdf"_s);
        QElapsedTimer timer;
        timer.start();
        const Status written = exportPdfReport(engine, {}, path);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        qInfo("PDF with a mebibyte of name in %lld ms", timer.elapsed());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QProcess text;
        text.start(u"pdftotext"_s, {path, u"-"_s});
        QVERIFY(text.waitForFinished(60000) && text.exitCode() == 0);
        const QString printed = withoutSpace(QString::fromUtf8(text.readAllStandardOutput()));
        for (const QString &s : {image, jsLink, markup, hyperlink, atFormula, plusFormula})
            QVERIFY2(printed.contains(withoutSpace(s)), qPrintable(s));
        QVERIFY(!printed.contains(u"root:x:0:0"_s));

        const QByteArray raw = readAll(path);
        for (const char *action : {"/Link", "/URI", "/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/OpenAction"})
            QVERIFY2(!raw.contains(action), action); // (pages carry empty /Annots lists)
        QProcess images;
        images.start(u"pdfimages"_s, {u"-list"_s, path});
        QVERIFY(images.waitForFinished(60000) && images.exitCode() == 0);
        const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size() - 2, 2); // a header of two lines, then one line per picture: the charts
    }

    // The doors: a NUL character in a JSON escape or a raw CSV byte, in a rationale, and a mebibyte
    // where the importer allows less, are refused at once, with short messages, and write nothing.
    void doorsRefuseNulAndHugeText()
    {
        const QString before = m_t->snapshot();
        CaseImporter importer(m_t->db(), m_t->review());
        QJsonObject root = QJsonDocument::fromJson(caseFile()).object();
        QJsonArray advertisers = root.value(u"advertisers"_s).toArray();
        QJsonObject advertiser = advertisers.first().toObject();
        advertiser.insert(u"name"_s, u"evil"_s + QChar(0) + u"corp"_s);
        advertisers.replace(0, advertiser);
        root.insert(u"advertisers"_s, advertisers);
        const QByteArray json = QJsonDocument(root).toJson();
        QVERIFY(json.contains("evil\\u0000corp"));
        auto refused = importer.importJson(json, u"nul.json"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().details.contains(u"advertisers[0].name: contains a NUL character"_s),
                 qPrintable(refused.error().details.join(u'\n')));

        const QByteArray csv = "ref,name,country\r\nnul-corp,evil" + QByteArray(1, '\0') + "corp,GB\r\n";
        refused = importer.importCsv(csv, u"nul.csv"_s);
        QVERIFY(!refused);
        QVERIFY2((refused.error().message + refused.error().details.join(u'\n')).contains(u"NUL"_s),
                 qPrintable(refused.error().message + u'\n' + refused.error().details.join(u'\n')));

        for (const QString &rationale : {u"a"_s + QChar(0) + u"b"_s, m_huge}) {
            auto note = m_t->review().submit({u"CASE-CSV-1"_s, u"annotate"_s, {}, rationale, {}, {}, {}, {}});
            QVERIFY(!note);
            QVERIFY(note.error().message.size() < 200);
        }

        QJsonArray cases = QJsonDocument::fromJson(caseFile()).object().value(u"cases"_s).toArray();
        QJsonObject kase = cases.first().toObject();
        kase.insert(u"summary"_s, m_huge);
        cases.replace(0, kase);
        root = QJsonDocument::fromJson(caseFile()).object();
        root.insert(u"cases"_s, cases);
        QElapsedTimer timer;
        timer.start();
        refused = importer.importJson(QJsonDocument(root).toJson(), u"huge.json"_s);
        QVERIFY(!refused);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(refused.error().details.contains(u"cases[0].summary: too long (1048576 characters; at most 5000)"_s),
                 qPrintable(refused.error().details.join(u'\n').left(2000)));
        QVERIFY((refused.error().message + refused.error().details.join(u'\n')).size() < 10000);
        QCOMPARE(m_t->snapshot(), before);
    }

    // The command line prints outside text with its controls made visible, never acted on by the
    // terminal; its JSON gives it back exactly.
    void commandLineShowsControlsVisibly()
    {
        const QString bin = qEnvironmentVariable("ADREVIEW_BIN");
        if (bin.isEmpty())
            QSKIP("ADREVIEW_BIN names the program; ctest sets it");
        QProcess show;
        show.start(bin, {u"show"_s, u"--db"_s, m_t->path(), u"CASE-EVIL-1"_s});
        QVERIFY(show.waitForFinished(60000));
        QCOMPARE(show.exitCode(), 0);
        const QString text = QString::fromUtf8(show.readAllStandardOutput());
        QVERIFY2(text.contains(image) && text.contains(jsLink) && text.contains(markup), qPrintable(text));
        for (const char16_t c : {u'\0', u'\x1b', u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066',
                                 u'\u2067', u'\u2068', u'\u2069'})
            QVERIFY2(!text.contains(QChar(c)), qPrintable(QString::number(c, 16)));
        QVERIFY(text.contains(u"\uFFFDgnp.exe"_s));

        show.start(bin, {u"show"_s, u"--db"_s, m_t->path(), u"CASE-EVIL-1"_s, u"--format"_s, u"json"_s});
        QVERIFY(show.waitForFinished(60000));
        const QJsonObject o = QJsonDocument::fromJson(show.readAllStandardOutput()).object();
        QCOMPARE(o.value(u"advertiser_name"_s).toString(), image);
        QCOMPARE(o.value(u"summary"_s).toString(), jsLink + u' ' + markup + u' ' + bidi);

        // The queue as CSV guards formulas as the decision report does.
        QProcess cases;
        cases.start(bin, {u"cases"_s, u"--db"_s, m_t->path(), u"--format"_s, u"csv"_s});
        QVERIFY(cases.waitForFinished(60000));
        QCOMPARE(cases.exitCode(), 0);
        const auto records =
            test::parseCsv(QString::fromUtf8(cases.readAllStandardOutput()), test::CsvLineEnds::CrlfOrLf);
        QVERIFY2(records.has_value(), "cases --format csv is not well-formed CSV");
        int guarded = 0;
        for (const QStringList &row : *records) {
            for (const QString &cell : row) {
                QVERIFY2(!formulaStart(cell), qPrintable(cell.left(80)));
                guarded += cell.startsWith(u'\'') && formulaStart(cell.mid(1));
            }
        }
        QVERIFY2(guarded > 0, "no cell of the hostile cases needed its apostrophe");
    }
};

QTEST_MAIN(tst_HostileReports)
#include "tst_HostileReports.moc"
