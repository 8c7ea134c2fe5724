#include "import/CsvImportParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QByteArray casesHeader = "ref,advertiser,policy,summary,priority,source,opened,due";

QByteArray caseRow(const QByteArray &ref, const QByteArray &summary = "A summary.",
                   const QByteArray &opened = "2020-01-01T09:00:00Z")
{
    return ref + ",acme," + "ADS-NATSEC," + summary + ",high,press," + opened + ",2020-01-08T09:00:00Z";
}

QByteArray lines(const QList<QByteArray> &rows, const char *end = "\n")
{
    QByteArray out;
    for (const QByteArray &row : rows)
        out += row + end;
    return out;
}

QString describe(const Error &e)
{
    return e.message + u"\n    "_s + e.details.join(u"\n    "_s);
}

} // namespace

class TestCsvImportParser : public QObject {
    Q_OBJECT

private:
    static ImportPlan parsed(const QByteArray &bytes, const QString &name = u"cases.csv"_s)
    {
        auto plan = CsvImportParser().parse(bytes, name);
        if (!plan)
            qFatal("does not parse: %s", qPrintable(describe(plan.error())));
        return *plan;
    }

    static Error refused(const QByteArray &bytes, const QString &name = u"cases.csv"_s)
    {
        auto plan = CsvImportParser().parse(bytes, name);
        if (plan)
            qFatal("parses, with faults: %s", qPrintable(plan->faults.join(u"; "_s)));
        return plan.error();
    }

private slots:
    void readsCasesFile()
    {
        // Columns in another order than the JSON keys; quoted commas, quotes and line breaks.
        const QByteArray bytes = lines({
            "due,opened,source,priority,summary,policy,advertiser,ref",
            "2020-01-08T09:00:00Z,2020-01-01T11:00:00+02:00,press,high,\"Says \"\"free\"\", then\nasks, twice\",ADS-"
            "NATSEC,acme,CASE-1",
            "2020-01-09T09:00:00Z,2020-01-02T09:00:00Z,automated,low,Plain.,ADS-CRYPTO,acme,CASE-2",
        });
        const ImportPlan plan = parsed(bytes);
        QVERIFY2(plan.faults.isEmpty(), qPrintable(plan.faults.join(u'\n')));
        QVERIFY(plan.fieldNames == FieldNames::Csv);
        QCOMPARE(plan.cases.size(), 2);
        const PlannedCase &c = plan.cases.first();
        QCOMPARE(c.path, u"cases.csv:2"_s);
        QVERIFY(c.valid);
        QVERIFY(!c.evidenceOnly);
        QCOMPARE(c.record.ref, u"CASE-1"_s);
        QCOMPARE(c.record.advertiserRef, u"acme"_s);
        QCOMPARE(c.record.policyCode, u"ADS-NATSEC"_s);
        QCOMPARE(c.record.summary, u"Says \"free\", then\nasks, twice"_s);
        QCOMPARE(c.record.opened, QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC));
        // The second record starts on line 4: the quoted line break counts.
        QCOMPARE(plan.cases[1].path, u"cases.csv:4"_s);
        QCOMPARE(plan.cases[1].record.priority, u"low"_s);
    }

    void quotedLineBreaksCountInLineNumbers()
    {
        const QByteArray bytes = lines({
            casesHeader,
            caseRow("CASE-1", "\"one\ntwo\r\nthree\""),
            caseRow("CASE-2", "\"\"", "yesterday"),
            caseRow("CASE-3", "\"a\n\nb\""),
            caseRow("CASE-4", "ok", "2020-13-01T00:00:00Z"),
        });
        const ImportPlan plan = parsed(bytes);
        QCOMPARE(plan.cases[0].record.summary, u"one\ntwo\nthree"_s); // CRLF inside a field reads as LF
        QCOMPARE(plan.cases[1].path, u"cases.csv:5"_s);
        QCOMPARE(plan.cases[2].path, u"cases.csv:6"_s);
        QCOMPARE(plan.cases[3].path, u"cases.csv:9"_s);
        QCOMPARE(plan.faults,
                 (QStringList{u"cases.csv:5: column \"summary\": missing"_s,
                              u"cases.csv:5: column \"opened\": not a time (expected YYYY-MM-DDTHH:MM:SSZ, found "
                              "'yesterday')"_s,
                              u"cases.csv:9: column \"opened\": not a time (expected YYYY-MM-DDTHH:MM:SSZ, found "
                              "'2020-13-01T00:00:00Z')"_s}));
        QVERIFY(plan.cases[0].valid);
        QVERIFY(!plan.cases[1].valid);
        QVERIFY(plan.cases[2].valid);
        QVERIFY(!plan.cases[3].valid);
    }

    void bomAndLineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QList<QByteArray> rows{casesHeader, caseRow("CASE-1", "\"two\nlines\""), caseRow("CASE-2")};
        QTest::newRow("LF") << lines(rows);
        QTest::newRow("CRLF") << lines(rows, "\r\n");
        QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBF" + lines(rows, "\r\n");
        QTest::newRow("BOM and LF") << "\xEF\xBB\xBF" + lines(rows);
        QTest::newRow("no final line break") << lines(rows).chopped(1);
        QTest::newRow("empty lines at the end") << lines(rows, "\r\n") + "\r\n\r\n\n";
    }

    void bomAndLineEnds()
    {
        QFETCH(QByteArray, bytes);
        const ImportPlan plan = parsed(bytes);
        QVERIFY2(plan.faults.isEmpty(), qPrintable(plan.faults.join(u'\n')));
        QCOMPARE(plan.cases.size(), 2);
        QCOMPARE(plan.cases[0].record.ref, u"CASE-1"_s); // the BOM is not part of the first column's name
        QCOMPARE(plan.cases[0].record.summary, u"two\nlines"_s);
        QCOMPARE(plan.cases[1].path, u"cases.csv:4"_s);
        QCOMPARE(plan.cases[1].record.summary, u"A summary."_s);
    }

    // QString::fromUtf8() drops a byte-order mark that opens a field; only the file's very start
    // may hold one.
    void byteOrderMarksAfterTheStartAreFaults()
    {
        const QByteArray bom = "\xEF\xBB\xBF";
        const ImportPlan plan = parsed(bom + lines({casesHeader, caseRow("CASE-1"), bom + caseRow("CASE-2"),
                                                    caseRow("CASE-3", "\"" + bom + "Quoted.\""),
                                                    caseRow("CASE-4", "Mid" + bom + "dle."), caseRow("CASE-5")}));
        const QString why = u"a byte-order mark (U+FEFF) after the start of the file; only the file's very start "
                            "may hold one"_s;
        QCOMPARE(plan.faults,
                 (QStringList{u"cases.csv:3: column \"ref\": "_s + why, u"cases.csv:4: column \"summary\": "_s + why,
                              u"cases.csv:5: column \"summary\": "_s + why}));
        QCOMPARE(plan.cases.size(), 5);
        QVERIFY(plan.cases[0].valid);
        QVERIFY(!plan.cases[1].valid);
        QVERIFY(!plan.cases[2].valid);
        QVERIFY(!plan.cases[3].valid);
        QVERIFY(plan.cases[4].valid);

        const Error header =
            refused(lines({"ref,advertiser,policy," + bom + "summary,priority,source,opened,due", caseRow("CASE-1")}));
        QCOMPARE(header.message, u"cases.csv: 1 fault; nothing was imported"_s);
        QCOMPARE(header.details, QStringList{u"cases.csv:1: column 4: "_s + why});
    }

    void refusesHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("details");
        const QString known = u"/in/cases.csv:1: the header row names no known kind of file; expected the columns of "
                              "advertisers (ref, name, country, ...), of cases (ref, advertiser, policy, summary, "
                              "priority, source, opened, due, ...) or of evidence (case, ref, kind, title, "
                              "reliability, ...)"_s;
        QTest::newRow("missing column") << QByteArray("ref,advertiser,policy,summary,priority,source,opened")
                                        << u"/in/cases.csv: 1 fault; nothing was imported"_s
                                        << QStringList{u"cases.csv:1: column \"due\": missing"_s};
        QTest::newRow("unknown column")
            << casesHeader + ",colour" << u"/in/cases.csv: 1 fault; nothing was imported"_s
            << QStringList{u"cases.csv:1: column \"colour\": unknown column (expected ref, advertiser, policy, "
                           "summary, priority, source, opened, due, contests)"_s};
        QTest::newRow("duplicate column")
            << casesHeader + ",summary" << u"/in/cases.csv: 1 fault; nothing was imported"_s
            << QStringList{u"cases.csv:1: column \"summary\": named twice"_s};
        QTest::newRow("unnamed column") << casesHeader + ",," << u"/in/cases.csv: 2 faults; nothing was imported"_s
                                        << QStringList{u"cases.csv:1: column 9 has no name"_s,
                                                       u"cases.csv:1: column 10 has no name"_s};
        QTest::newRow("history column")
            << casesHeader + ",history" << u"/in/cases.csv: 1 fault; nothing was imported"_s
            << QStringList{u"cases.csv:1: column \"history\": unknown column; evidence comes in its own CSV file "
                           "keyed by case, and a history only in a JSON file"_s};
        QTest::newRow("attachment column")
            << QByteArray("case,ref,kind,title,reliability,attachment")
            << u"/in/cases.csv: 1 fault; nothing was imported"_s
            << QStringList{u"cases.csv:1: column \"attachment\": a CSV file cannot carry attachments; import items "
                           "with attachments from a JSON file"_s};
        QTest::newRow("evidence without its required columns")
            << QByteArray("case,ref,title") << u"/in/cases.csv: 2 faults; nothing was imported"_s
            << QStringList{u"cases.csv:1: column \"kind\": missing"_s,
                           u"cases.csv:1: column \"reliability\": missing"_s};
        QTest::newRow("names in capitals") << QByteArray("Ref,Name,Country") << known << QStringList();
        QTest::newRow("no known column") << QByteArray("id,title,body") << known << QStringList();
    }

    void refusesHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, message);
        QFETCH(QStringList, details);
        const Error e = refused(lines({header, caseRow("CASE-1")}), u"/in/cases.csv"_s);
        QVERIFY(e.kind == ErrorKind::Rejected);
        QCOMPARE(e.message, message);
        QCOMPARE(e.details, details);
    }

    void refusesRowsOfTheWrongLength()
    {
        const ImportPlan plan = parsed(lines({casesHeader, caseRow("CASE-1") + ",extra", caseRow("CASE-2"),
                                              "CASE-3,acme,ADS-NATSEC", "", caseRow("CASE-4")}));
        QCOMPARE(plan.faults, (QStringList{u"cases.csv:2: 9 fields, but the header has 8"_s,
                                           u"cases.csv:4: 3 fields, but the header has 8"_s,
                                           u"cases.csv:5: an empty line between the rows"_s}));
        QCOMPARE(plan.cases.size(), 2); // the sound rows are still checked
        QCOMPARE(plan.cases[1].path, u"cases.csv:6"_s);
    }

    void namesEveryBadValue()
    {
        const QByteArray bytes = lines({
            casesHeader,
            "CASE 1,acme,ADS-NATSEC,Fine.,urgent,press,2020-01-01T09:00:00,2019-01-08T09:00:00Z",
            caseRow("CASE-2", QByteArray(5001, 'x')),
            "CASE-3,acme,ADS-NATSEC,Fine.,high,press,2020-01-02T09:00:00Z,2020-01-01T09:00:00Z",
            caseRow("CASE-3"),
        });
        const ImportPlan plan = parsed(bytes);
        QCOMPARE(plan.faults,
                 (QStringList{
                     u"cases.csv:2: column \"ref\": 'CASE 1' is not a valid reference (letters, digits and . _ : -, "
                     "at most 100)"_s,
                     u"cases.csv:2: column \"priority\": 'urgent' is not one of critical, high, normal, low"_s,
                     u"cases.csv:2: column \"opened\": not a time (expected YYYY-MM-DDTHH:MM:SSZ, found "
                     "'2020-01-01T09:00:00')"_s,
                     u"cases.csv:3: column \"summary\": too long (5001 characters; at most 5000)"_s,
                     u"cases.csv:4: column \"due\": before the case was opened"_s,
                     u"cases.csv:5: column \"ref\": case CASE-3 is in this file twice (first on line 4)"_s,
                 }));
    }

    void refusesMalformedText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid UTF-8") << lines({casesHeader, caseRow("CASE-1"), caseRow("CASE-2", "caf\xE9")})
                                       << u"cases.csv:3: not valid UTF-8 (save the file as UTF-8 text)"_s;
        QTest::newRow("invalid UTF-8 after a quoted line break")
            << lines({casesHeader, caseRow("CASE-1", "\"a\nb\""), caseRow("CASE-2", "\xC3\x28")})
            << u"cases.csv:4: not valid UTF-8 (save the file as UTF-8 text)"_s;
        QTest::newRow("overlong UTF-8") << lines({casesHeader, caseRow("CASE-1", "\xC0\xAF")})
                                        << u"cases.csv:2: not valid UTF-8 (save the file as UTF-8 text)"_s;
        QTest::newRow("empty file") << QByteArray()
                                    << u"cases.csv: the file is empty; expected a header row naming the columns"_s;
        QTest::newRow("empty lines only")
            << QByteArray("\r\n\n") << u"cases.csv: the file is empty; expected a header row naming the columns"_s;
        QTest::newRow("empty first line") << lines({"", casesHeader})
                                          << u"cases.csv:1: expected a header row naming the columns, found an "
                                             "empty line"_s;
        QTest::newRow("quote in the header")
            << QByteArray("ref,\"advertiser\"x\n")
            << u"cases.csv:1: text after the closing quote of a field (a quote inside a quoted field is written "
               "twice: \"\")"_s;
    }

    void refusesMalformedText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const Error e = refused(bytes);
        QCOMPARE(e.message, message);
    }

    void namesMalformedRows()
    {
        const ImportPlan plan = parsed(lines({casesHeader, caseRow("CASE-1", "5\" screen")}));
        QCOMPARE(plan.faults, QStringList{u"cases.csv:2: a quote inside an unquoted field (quote the whole field "
                                          "and write the quote twice: \"\")"_s});
        // A fault in the CSV text itself ends the reading; what came before is still reported.
        const ImportPlan unclosed = parsed(lines(
            {casesHeader, caseRow("CASE-1", "ok", "never"), caseRow("CASE-2", "\"never\nclosed"), caseRow("CASE-3")}));
        QCOMPARE(unclosed.faults,
                 (QStringList{u"cases.csv:2: column \"opened\": not a time (expected YYYY-MM-DDTHH:MM:SSZ, found "
                              "'never')"_s,
                              u"cases.csv:3: a quoted field is never closed (its quote opens on this line)"_s}));
        const ImportPlan crOnly = parsed(casesHeader + "\n" + caseRow("CASE-1") + "\r" + caseRow("CASE-2"));
        QCOMPARE(crOnly.faults, QStringList{u"cases.csv:2: a carriage return without a line feed (lines must end "
                                            "with CRLF or LF)"_s});
        QCOMPARE(refused(casesHeader + "\r" + caseRow("CASE-1")).message,
                 u"cases.csv:1: a carriage return without a line feed (lines must end with CRLF or LF)"_s);
    }

    void groupsEvidencePerCase()
    {
        const QByteArray bytes = lines({
            "case,ref,kind,title,publisher,published,agency,issued,status,source,date,reliability,excerpt",
            "CASE-A,EV-1,news-citation,Title one,The Ledger,2020-01-02,,,,,,confirmed,\"Quoted, with a\nbreak\"",
            "CASE-B,EV-1,agency-advisory,Title two,,,NCSC,2020-01-03,in-force,,,probable,",
            "CASE-A,EV-2,company-statement,Title three,,,,,,Press office,2020-01-04,unknown,",
            "CASE-A,EV-1,internal-signal,Same ref again,,,,,,Classifier,2020-01-05,unknown,",
            "CASE-C,EV-1,news-citation,Wrong keys,The Ledger,2020-01-02,NCSC,,,,,doubtful,",
            ",EV-9,news-citation,No case,The Ledger,2020-01-02,,,,,,doubtful,",
        });
        const ImportPlan plan = parsed(bytes, u"evidence.csv"_s);
        QCOMPARE(plan.faults,
                 (QStringList{u"evidence.csv:6: column \"ref\": evidence EV-1 of CASE-A is in this file twice (first "
                              "on line 2)"_s,
                              u"evidence.csv:7: column \"agency\": unknown field for news-citation evidence"_s,
                              u"evidence.csv:8: column \"case\": missing"_s}));
        QCOMPARE(plan.cases.size(), 3);
        const PlannedCase &a = plan.cases[0];
        QCOMPARE(a.record.ref, u"CASE-A"_s);
        QCOMPARE(a.path, u"evidence.csv:2"_s);
        QVERIFY(a.evidenceOnly);
        QVERIFY(!a.valid);
        QCOMPARE(a.evidence.size(), 3);
        QCOMPARE(a.evidencePaths, (QStringList{u"evidence.csv:2"_s, u"evidence.csv:5"_s, u"evidence.csv:6"_s}));
        QCOMPARE(a.evidence[0].source, u"The Ledger"_s);
        QCOMPARE(a.evidence[0].date, u"2020-01-02"_s);
        QCOMPARE(a.evidence[0].excerpt, u"Quoted, with a\nbreak"_s);
        QCOMPARE(a.evidence[1].kind, u"company-statement"_s);
        QCOMPARE(a.evidence[1].source, u"Press office"_s);
        QVERIFY(!a.evidence[0].contentHash.isEmpty());

        const PlannedCase &b = plan.cases[1];
        QCOMPARE(b.record.ref, u"CASE-B"_s);
        QVERIFY(b.valid);
        QCOMPARE(b.evidence.size(), 1);
        QCOMPARE(b.evidence[0].source, u"NCSC"_s);
        QCOMPARE(b.evidence[0].status, u"in-force"_s);
        QVERIFY(!plan.cases[2].valid);
    }

    void readsAdvertisersFile()
    {
        const QByteArray bytes = lines(
            {
                "\xEF\xBB\xBFname,ref,country,aliases,website",
                "Acme Corp,acme,US,\"Acme; ACME Inc ;;\",https://acme.example",
                "Zed,zed,Germany,,ftp://zed.example",
            },
            "\r\n");
        const ImportPlan plan = parsed(bytes, u"advertisers.csv"_s);
        QCOMPARE(plan.advertisers.size(), 2);
        QCOMPARE(plan.advertisers[0].name, u"Acme Corp"_s);
        QCOMPARE(plan.advertisers[0].aliases, (QStringList{u"Acme"_s, u"ACME Inc"_s}));
        QCOMPARE(plan.advertisers[0].website, u"https://acme.example"_s);
        QCOMPARE(plan.advertiserValid, (QList<bool>{true, false}));
        QCOMPARE(plan.advertiserPaths, (QStringList{u"advertisers.csv:2"_s, u"advertisers.csv:3"_s}));
        QCOMPARE(plan.faults,
                 (QStringList{u"advertisers.csv:3: column \"country\": too long (7 characters; at most 2)"_s,
                              u"advertisers.csv:3: column \"website\": not an http or https address: "
                              "'ftp://zed.example'"_s}));
        QVERIFY(plan.cases.isEmpty());
    }

    void reportsProgressInBytes()
    {
        QList<QByteArray> rows{casesHeader};
        for (int i = 0; i < 2500; ++i)
            rows << caseRow("CASE-" + QByteArray::number(i));
        const QByteArray bytes = "\xEF\xBB\xBF" + lines(rows);
        QList<qint64> done;
        auto plan = CsvImportParser().parse(bytes, u"cases.csv"_s, [&](qint64 d, qint64 total) {
            if (total != bytes.size())
                qFatal("progress total %lld, not the file's size", total);
            done << d;
            return true;
        });
        QVERIFY(plan.ok());
        QCOMPARE(plan->cases.size(), 2500);
        QVERIFY2(done.size() >= 4, qPrintable(QString::number(done.size())));
        QCOMPARE(done.first(), 0);
        QCOMPARE(done.last(), bytes.size());
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));

        int calls = 0;
        auto cancelled =
            CsvImportParser().parse(bytes, u"/in/cases.csv"_s, [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().message, u"/in/cases.csv: import cancelled; nothing was written"_s);
        QCOMPARE(calls, 3);
    }
};

} // namespace adreview

QTEST_APPLESS_MAIN(adreview::TestCsvImportParser)
#include "tst_CsvImportParser.moc"
