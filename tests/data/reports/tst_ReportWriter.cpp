#include "TestCsv.h"
#include "TestDatabase.h"
#include "demo/Generator.h"
#include "import/CaseImporter.h"
#include "reports/ReportPipeline.h"
#include "reports/ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QString commaQuoteNewline = u"Line one, with a comma and \"quotes\"\nline two"_s;
const QString formula = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s;
const QString scriptAndImage = u"<script>alert(1)</script> <img src=file:///etc/passwd>"_s;
const QString hostileName = u"Quote \"Q\" & Sons <b>"_s;

using Writer = Status (*)(ReportEngine &, const ReportFilter &, const QString &, const ReportProgress &);

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString guarded(const QString &cell)
{
    static const QString starts = u"=+-@\t\r"_s;
    return !cell.isEmpty() && starts.contains(cell.front()) ? u'\'' + cell : cell;
}

} // namespace

class TestReportWriter : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    QTemporaryDir m_out;

    QString out(const QString &name) const { return m_out.filePath(name); }

    void decide(const QString &reviewer, const QString &caseRef, const QString &action, const QString &rationale)
    {
        m_t->clock().advance(3'600'000);
        Command c;
        c.caseRef = caseRef;
        c.action = action;
        c.rationale = rationale;
        if (action == u"ban") {
            c.policyCode = u"ADS-CRYPTO"_s;
            c.evidenceRefs = {u"EV-1"_s};
        }
        ReviewService review = m_t->reviewAs(reviewer, u"laptop <1> of "_s + reviewer);
        auto done = review.submit(c);
        if (!done)
            qFatal("decision refused: %s", qPrintable(done.error().message));
    }

    // The decisions as the database holds them, one CSV record each, oldest first.
    QList<QStringList> expectedRows(const QString &where)
    {
        QList<QStringList> rows;
        QSqlQuery q(m_t->db().connection());
        const bool ok = q.exec(
            u"SELECT e.at, e.uuid, c.ref, a.name, a.ref, a.country, e.action, CASE e.action WHEN 'ban' THEN 'banned' "
            "WHEN 'clear' THEN 'cleared' WHEN 'reinstate' THEN 'reinstated' ELSE e.outcome END, p.code, e.reviewer, "
            "e.device, e.rationale, e.id, c.opened_at, c.due_at FROM events e JOIN cases c ON c.id = e.case_id "
            "JOIN advertisers a ON a.id = c.advertiser_id JOIN policies p ON p.id = e.policy_id WHERE e.action IN "
            "('ban', 'clear', 'reinstate', 'resolve-conflict') %1 ORDER BY e.at, e.id"_s.arg(where));
        if (!ok)
            qFatal("query failed");
        const auto time = [](const QVariant &ms) {
            return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
        };
        while (q.next()) {
            QStringList row{time(q.value(0))};
            for (int i = 1; i <= 11; ++i)
                row << guarded(q.value(i).toString());
            QStringList cited;
            QSqlQuery ev(m_t->db().connection());
            ev.exec(u"SELECT v.ref, v.kind, v.source, v.content_hash FROM event_evidence x JOIN evidence v ON v.id = "
                    "x.evidence_id WHERE x.event_id = %1 ORDER BY x.evidence_id"_s.arg(q.value(12).toLongLong()));
            while (ev.next())
                cited << QStringList{ev.value(0).toString(), ev.value(1).toString(), ev.value(2).toString(),
                                     ev.value(3).toString()}
                             .join(u' ');
            row << guarded(cited.join(u"; "_s)) << time(q.value(13)) << time(q.value(14));
            const qint64 at = q.value(0).toLongLong();
            row << QString::number(double(at - q.value(13).toLongLong()) / 3.6e6, 'f', 2);
            row << (at > q.value(14).toLongLong() ? u"true"_s : u"false"_s);
            // Exact seconds: the milliseconds with the point moved, trailing zeros dropped.
            row << QString::number(double(at - q.value(13).toLongLong()) / 1000.0, 'f', 3)
                       .remove(QRegularExpression(u"\\.?0+$"_s));
            rows << row;
        }
        return rows;
    }

    QString validateJson(const QString &path)
    {
        QFile schema(u":/adreview/report.schema.json"_s);
        if (!schema.open(QIODevice::ReadOnly))
            return u"the schema is not in the resources"_s;
        QFile copy(out(u"report.schema.json"_s));
        if (!copy.open(QIODevice::WriteOnly) || copy.write(schema.readAll()) < 0)
            return u"cannot copy the schema"_s;
        copy.close();
        QProcess python;
        python.start(u"/usr/bin/python3"_s, {u"-c"_s,
                                             u"import json, sys, jsonschema\n"
                                             "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                                             "jsonschema.Draft202012Validator.check_schema(schema)\n"
                                             "doc = json.load(open(sys.argv[2], encoding='utf-8'))\n"
                                             "jsonschema.Draft202012Validator(schema).validate(doc)\n"_s,
                                             copy.fileName(), path});
        if (!python.waitForFinished(60000))
            return u"python did not finish"_s;
        return python.exitCode() == 0 ? QString() : QString::fromUtf8(python.readAllStandardError()).right(600);
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->loadDemo();
        const QJsonObject evidence{{u"ref"_s, u"EV-1"_s},
                                   {u"kind"_s, u"news-citation"_s},
                                   {u"title"_s, u"<img src=x onerror=alert(2)>"_s},
                                   {u"publisher"_s, u"\"Evil\" & Co"_s},
                                   {u"published"_s, u"2018-05-30"_s},
                                   {u"reliability"_s, u"doubtful"_s}};
        const QJsonObject doc{
            {u"format"_s, u"adreview-cases"_s},
            {u"version"_s, 1},
            {u"advertisers"_s,
             QJsonArray{QJsonObject{{u"ref"_s, u"hostile"_s}, {u"name"_s, hostileName}, {u"country"_s, u"GB"_s}}}},
            {u"cases"_s, QJsonArray{QJsonObject{{u"ref"_s, u"H-1"_s},
                                                {u"advertiser"_s, u"hostile"_s},
                                                {u"policy"_s, u"ADS-CRYPTO"_s},
                                                {u"summary"_s, u"Hostile text everywhere"_s},
                                                {u"priority"_s, u"high"_s},
                                                {u"source"_s, u"press"_s},
                                                {u"opened"_s, u"2018-05-31T08:00:00Z"_s},
                                                {u"due"_s, u"2018-06-01T08:00:00Z"_s},
                                                {u"evidence"_s, QJsonArray{evidence}}}}}};
        CaseImporter importer(m_t->db(), m_t->review());
        QVERIFY(importer.importJson(QJsonDocument(doc).toJson(), u"hostile.json"_s).ok());
        decide(u"ana.moreau"_s, u"CASE-2018-0010"_s, u"ban"_s, commaQuoteNewline);
        decide(u"dev.patel"_s, u"CASE-2018-0011"_s, u"clear"_s, formula);
        decide(u"eve & <co>"_s, u"H-1"_s, u"ban"_s, scriptAndImage);
        decide(u"dev.patel"_s, u"CASE-2018-0013"_s, u"clear"_s, u"-2+3 and @SUM(A1)"_s);
    }

    void csvParsesBackToTheDecisions()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        for (const bool filtered : {false, true}) {
            ReportFilter f;
            QString where;
            if (filtered) {
                f.from = QDate(2018, 6, 1);
                f.outcomes = {u"banned"_s, u"cleared"_s};
                where = u"AND e.at >= %1 AND e.action IN ('ban', 'clear')"_s.arg(
                    QDateTime(QDate(2018, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
            }
            QVERIFY(writeCsvReport(engine, f, out(u"r.csv"_s)).ok());
            const QByteArray bytes = readAll(out(u"r.csv"_s));
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
            const auto records = test::parseCsv(QString::fromUtf8(bytes.mid(3)), test::CsvLineEnds::CrlfOnly);
            QVERIFY2(records.has_value(), "not RFC 4180 with CRLF line ends");
            QCOMPARE(
                records->first().join(u','),
                u"time_utc,event_id,case,advertiser,advertiser_ref,country,action,outcome,policy,reviewer,device,"
                "rationale,cited_evidence,opened_utc,due_utc,hours_to_decision,sla_breached,seconds_to_decision"_s);
            const QList<QStringList> rows = records->mid(1);
            const QList<QStringList> expected = expectedRows(where);
            QCOMPARE(rows.size(), filtered ? 4 : 15);
            QCOMPARE(rows.size(), expected.size());
            for (qsizetype i = 0; i < rows.size(); ++i)
                QCOMPARE(rows[i], expected[i]);
        }
        const QString text = QString::fromUtf8(readAll(out(u"r.csv"_s)));
        QVERIFY(text.contains(u"\"Line one, with a comma and \"\"quotes\"\"\nline two\""_s));
        QVERIFY(text.contains(u",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","_s));
        QVERIFY(text.contains(u",'-2+3 and @SUM(A1),"_s));
    }

    void jsonFollowsTheSchemaAndTheDatabase()
    {
        if (QProcess::execute(u"/usr/bin/python3"_s, {u"-c"_s, u"import jsonschema"_s}) != 0)
            QSKIP("/usr/bin/python3 has no jsonschema module");
        ReportEngine engine(m_t->db(), m_t->clock());
        ReportFilter f;
        f.to = QDate(2018, 12, 31);
        QVERIFY(writeJsonReport(engine, f, out(u"r.json"_s)).ok());
        const QString problem = validateJson(out(u"r.json"_s));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const QJsonObject doc = QJsonDocument::fromJson(readAll(out(u"r.json"_s))).object();
        QCOMPARE(doc.value(u"format"_s).toString(), u"adreview-report"_s);
        QCOMPARE(doc.value(u"filter"_s).toObject().value(u"to"_s).toString(), u"2018-12-31"_s);
        QVERIFY(doc.value(u"filter"_s).toObject().value(u"from"_s).isNull());
        const QJsonArray decisions = doc.value(u"decisions"_s).toArray();
        const QList<QStringList> expected = expectedRows({});
        QCOMPARE(decisions.size(), expected.size());
        const QJsonObject summary = doc.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"decisions"_s).toInteger(), expected.size());
        QVERIFY(summary.value(u"median_ms_to_decision"_s).toInteger() > 0);
        QCOMPARE(summary.value(u"median_seconds_to_decision"_s).toDouble(),
                 double(summary.value(u"median_ms_to_decision"_s).toInteger()) / 1000.0);
        QCOMPARE(summary.value(u"p90_seconds_to_decision"_s).toDouble(),
                 double(summary.value(u"p90_ms_to_decision"_s).toInteger()) / 1000.0);
        for (qsizetype i = 0; i < decisions.size(); ++i) {
            const QJsonObject d = decisions[i].toObject();
            QCOMPARE(d.value(u"time_utc"_s).toString(), expected[i][0]);
            QCOMPARE(d.value(u"event_id"_s).toString(), expected[i][1]);
            QCOMPARE(d.value(u"case"_s).toString(), expected[i][2]);
            QCOMPARE(d.value(u"outcome"_s).toString(), expected[i][7]);
            QCOMPARE(d.value(u"sla_breached"_s).toBool(), expected[i][16] == u"true");
            QCOMPARE(d.value(u"seconds_to_decision"_s).toDouble(), expected[i][17].toDouble());
            QCOMPARE(qRound64(d.value(u"seconds_to_decision"_s).toDouble() * 1000 / 36000.0) / 100.0,
                     d.value(u"hours_to_decision"_s).toDouble());
            const QStringList hashes = expected[i][12].split(u"; "_s, Qt::SkipEmptyParts);
            const QJsonArray cited = d.value(u"cited_evidence"_s).toArray();
            QCOMPARE(cited.size(), hashes.size());
            for (qsizetype k = 0; k < cited.size(); ++k)
                QVERIFY(hashes[k].endsWith(cited[k].toObject().value(u"content_hash"_s).toString()));
        }
        // Stored text comes back exactly, without the CSV's formula guard.
        QStringList rationales;
        for (const QJsonValue &d : decisions)
            rationales << d.toObject().value(u"rationale"_s).toString();
        QVERIFY(rationales.contains(commaQuoteNewline));
        QVERIFY(rationales.contains(formula));
        QVERIFY(rationales.contains(scriptAndImage));

        // The check has teeth: a document missing its summary fails it.
        QJsonObject broken = doc;
        broken.remove(u"summary"_s);
        QFile f2(out(u"broken.json"_s));
        QVERIFY(f2.open(QIODevice::WriteOnly));
        f2.write(QJsonDocument(broken).toJson());
        f2.close();
        QVERIFY(!validateJson(out(u"broken.json"_s)).isEmpty());
    }

    void htmlEscapesEveryOutsideText()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        QVERIFY(writeHtmlReport(engine, {}, out(u"r.html"_s)).ok());
        const QString html = QString::fromUtf8(readAll(out(u"r.html"_s)));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                              "style-src 'unsafe-inline'\">"_s));
        for (const QString &raw : {u"<script"_s, u"<img"_s, u"<b>"_s, u"<co>"_s, u"<iframe"_s, u"<link"_s, u"<a "_s,
                                   u"url("_s, u"@import"_s}) {
            QVERIFY2(!html.contains(raw, Qt::CaseInsensitive), qPrintable(raw));
        }
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=file:///etc/passwd&gt;"_s));
        QVERIFY(html.contains(u"Quote &quot;Q&quot; &amp; Sons &lt;b&gt;"_s));
        QVERIFY(html.contains(u"&lt;img src=x onerror=alert(2)&gt;"_s));
        QVERIFY(html.contains(u"&quot;Evil&quot; &amp; Co"_s));
        QVERIFY(html.contains(u"eve &amp; &lt;co&gt;"_s));
        // The statements of reasons: one per banned or reinstated advertiser, the hostile one too.
        const qsizetype reasons = html.indexOf(u"<h2>Statements of reasons</h2>"_s);
        QVERIFY(reasons > 0);
        QCOMPARE(html.mid(reasons).count(u"<article class=\"statement\">"_s),
                 m_t->count(u"SELECT count(DISTINCT c.advertiser_id) FROM events e JOIN cases c ON c.id = e.case_id "
                            "WHERE e.action IN ('ban', 'reinstate')"_s));
        QVERIFY(html.mid(reasons).contains(u"Quote &quot;Q&quot; &amp; Sons &lt;b&gt;"_s));
        QCOMPARE(html.count(u"<tr><td class=\"t\">"_s), 15); // one row per decision
    }

    void htmlShowsACaseInConflictAsDisputed()
    {
        // The demo's CoinHarbor case: banned on one laptop, cleared on another, not resolved.
        ReportEngine engine(m_t->db(), m_t->clock());
        QVERIFY(writeHtmlReport(engine, {}, out(u"r.html"_s)).ok());
        const QString html = QString::fromUtf8(readAll(out(u"r.html"_s)));
        const qsizetype at = html.indexOf(u"<h3><bdi>CoinHarbor Exchange Ltd</bdi>"_s);
        QVERIFY(at > 0);
        const QString article = html.mid(at, html.indexOf(u"</article>"_s, at) - at);
        QVERIFY(article.contains(u"<span class=\"disputed\">Disputed</span>"_s));
        QVERIFY(!article.contains(u">Banned</span> under"_s));
        QVERIFY(!article.contains(u"<h4>Rationale</h4>"_s));
        QVERIFY(article.contains(u"<h4>Decisions in conflict</h4>"_s));
        QVERIFY(article.contains(u"<span class=\"o-banned\">banned</span></td><td>ana.moreau</td>"_s));
        QVERIFY(article.contains(u"<span class=\"o-cleared\">cleared</span></td><td>dev.patel</td>"_s));
    }

    void progressRunsFromZeroToTheTotal()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        QVERIFY(Generator(m_t->db(), m_t->review(), 4).run(3000).ok());
        const qint64 total = *engine.countDecisions({});
        QVERIFY(total > 1500);
        QList<std::pair<qint64, qint64>> calls;
        const auto record = [&](qint64 done, qint64 all) {
            calls.append({done, all});
            return true;
        };
        QVERIFY(writeCsvReport(engine, {}, out(u"p.csv"_s), record).ok());
        QCOMPARE(calls.first(), std::make_pair(qint64(0), total));
        QCOMPARE(calls.last(), std::make_pair(total, total));
        // Rows arrive a slice at a time, in order.
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
            QVERIFY(calls.at(i).first - calls.at(i - 1).first <= ReportPipeline::Options{}.rowsPerSlice);
        }
    }

    void cancellingLeavesNoFileAndTheOldOneAlone_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("csv at once") << 0 << 0;
        QTest::newRow("json at once") << 1 << 0;
        QTest::newRow("html at once") << 2 << 0;
        QTest::newRow("csv midway") << 0 << 1000;
        QTest::newRow("json midway") << 1 << 1000;
        QTest::newRow("html midway") << 2 << 1000;
    }

    void cancellingLeavesNoFileAndTheOldOneAlone()
    {
        QFETCH(int, format);
        QFETCH(int, cancelAt);
        const Writer writers[] = {writeCsvReport, writeJsonReport, writeHtmlReport};
        if (cancelAt > 0)
            QVERIFY(Generator(m_t->db(), m_t->review(), 9).run(2500).ok());
        ReportEngine engine(m_t->db(), m_t->clock());
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"fresh.out"_s);
        const QString existing = dir.filePath(u"existing.out"_s);
        const QByteArray before("an earlier report\r\nwith two lines\r\n");
        QFile old(existing);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(before);
        old.close();
        qint64 calls = 0;
        const auto cancel = [&](qint64 done, qint64) {
            ++calls;
            return done < cancelAt;
        };
        for (const QString &path : {fresh, existing}) {
            const Status s = writers[format](engine, {}, path, cancel);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Rejected);
            QCOMPARE(s.error().message, u"export cancelled"_s);
        }
        QVERIFY(calls >= 2);
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(readAll(existing), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"existing.out"_s}); // no temporary file left behind
    }

    void unwritablePathsAreNamed()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        const QString missing = out(u"no-such-folder/report.csv"_s);
        QFile plain(out(u"plain.txt"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        for (Writer write : {writeCsvReport, writeJsonReport, writeHtmlReport}) {
            for (const QString &path : {missing, out(u"plain.txt/report.csv"_s), m_out.path()}) {
                const Status s = write(engine, {}, path, {});
                QVERIFY2(!s.ok(), qPrintable(path));
                QVERIFY(s.error().kind == ErrorKind::Usage || s.error().kind == ErrorKind::Rejected);
                QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
            }
        }
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(readAll(out(u"plain.txt"_s)), QByteArray());

        // A folder without write permission (not testable as root, who may write anywhere).
        QTemporaryDir locked;
        QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QFile probe(locked.filePath(u"probe"_s));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
        } else {
            const QString path = locked.filePath(u"report.csv"_s);
            const Status s = writeCsvReport(engine, {}, path);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Rejected);
            QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
        }
        QFile::setPermissions(locked.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void badFiltersWriteNothing()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        ReportFilter f;
        f.policies = {u"ADS-NOPE"_s};
        const Status s = writeJsonReport(engine, f, out(u"bad.json"_s));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Usage);
        QVERIFY(!QFile::exists(out(u"bad.json"_s)));
    }

    void formatNames()
    {
        for (const ReportFormat f : {ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html, ReportFormat::Pdf})
            QVERIFY(reportFormatFromName(reportFormatName(f)) == f);
        QVERIFY(!reportFormatFromName(u"xlsx"_s).has_value());
        QVERIFY(!reportFormatFromName(u"CSV "_s).has_value());
        // The table: every format once, each written here but the PDF, which the window draws.
        QStringList names;
        for (const ReportFormatInfo &f : reportFormats()) {
            QVERIFY2(!names.contains(f.name), qPrintable(f.name));
            names << f.name;
            QCOMPARE(&reportFormatInfo(f.format), &f);
            QCOMPARE(f.write == nullptr, f.format == ReportFormat::Pdf);
            QCOMPARE(f.summaryOnly, f.format == ReportFormat::Pdf);
        }
        QCOMPARE(names, (QStringList{u"csv"_s, u"pdf"_s, u"html"_s, u"json"_s}));
        QCOMPARE(reportFormatNames(), u"csv, pdf, html or json"_s);
        QCOMPARE(reportFormatNames(u"|"_s), u"csv|pdf|html|json"_s);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestReportWriter)
#include "tst_ReportWriter.moc"
