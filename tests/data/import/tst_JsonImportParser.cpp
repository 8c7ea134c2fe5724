#include "LargeCaseFile.h"
#include "domain/EvidenceFields.h"
#include "import/JsonImportParser.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// A small file: one advertiser and two cases, the first with an evidence item. `edit` changes
// its text before it is read, so a test can write what QJsonDocument would never write.
QByteArray smallFile(const std::function<void(QByteArray &)> &edit = {})
{
    QByteArray json = R"({"format": "adreview-cases", "version": 1,
"advertisers": [{"ref": "acme", "name": "Acme", "aliases": ["Acme Inc", "ACME"], "country": "GB"}],
"cases": [
{"ref": "CASE-1", "advertiser": "acme", "policy": "ADS-NATSEC", "summary": "One.", "priority": "high",
 "source": "press", "opened": "2019-01-06T09:00:00Z", "due": "2019-01-07T09:00:00Z",
 "evidence": [{"ref": "EV-1", "kind": "news-citation", "title": "First", "publisher": "The Ledger",
   "published": "2019-01-06", "reliability": "probable"}]},
{"ref": "CASE-2", "advertiser": "acme", "policy": "ADS-NATSEC", "summary": "Two.", "priority": "low",
 "source": "press", "opened": "2019-01-06T09:00:00Z", "due": "2019-01-07T09:00:00Z"}]}
)";
    if (edit)
        edit(json);
    return json;
}

ImportPlan parsed(const QByteArray &json, const QString &name = u"cases.json"_s)
{
    auto plan = JsonImportParser().parse(json, name);
    if (!plan)
        qFatal("refused: %s", qPrintable(plan.error().message));
    return *plan;
}

QString described(const ImportPlan &plan)
{
    return plan.faults.join(u'\n');
}

} // namespace

class TestJsonImportParser : public QObject {
    Q_OBJECT

private slots:
    void aLargeFileReadsEveryCaseInItsPlace()
    {
        const QByteArray json = test::caseFile(test::manyCases(6000));
        QVERIFY(json.size() > JsonImportParser::partsFromSize);
        auto plan = JsonImportParser().parse(json, u"big.json"_s);
        QVERIFY(plan);
        QVERIFY2(plan->faults.isEmpty(), qPrintable(plan->faults.join(u'\n')));
        QCOMPARE(plan->cases.size(), 6000);
        for (int i : {0, 1, 2047, 2048, 4095, 4096, 5999}) {
            const PlannedCase &c = plan->cases[i];
            QCOMPARE(c.record.ref, u"CASE-%1"_s.arg(i));
            QCOMPARE(c.path, u"cases[%1]"_s.arg(i));
            QCOMPARE(c.evidence.size(), 2);
            QCOMPARE(c.evidence[0].title, u"Report %1"_s.arg(i));
            QCOMPARE(c.evidence[1].reference, u"ADV %1"_s.arg(i));
            QCOMPARE(c.evidence[0].contentHash, EvidenceFields::contentHash(c.evidence[0]));
            QCOMPARE(c.evidencePaths[1], u"cases[%1].evidence[1]"_s.arg(i));
            QVERIFY(c.valid);
        }
    }

    void faultsInALargeFileNameTheirCases()
    {
        QList<QByteArray> cases = test::manyCases(6000);
        cases[4500] = test::caseLine(4500, "urgent");
        cases[5000] = test::caseLine(5000, "high", "CASE-10");
        cases[3000] = "[1, 2]";
        auto plan = JsonImportParser().parse(test::caseFile(cases), u"big.json"_s);
        QVERIFY(plan);
        const QString faults = plan->faults.join(u'\n');
        QVERIFY2(faults.contains(u"cases[4500].priority"_s), qPrintable(faults));
        QVERIFY2(faults.contains(u"cases[5000].ref: duplicate case CASE-10 in this file"_s), qPrintable(faults));
        QVERIFY2(faults.contains(u"cases[3000]: expected an object"_s), qPrintable(faults));
        QVERIFY(!plan->cases[4500].valid);
        QVERIFY(!plan->cases[5000].valid);
        QVERIFY(!plan->cases[3000].valid);
        QVERIFY(plan->cases[10].valid);
        QVERIFY(plan->cases[4499].valid);
        // the fault of an earlier case comes first
        QVERIFY(faults.indexOf(u"cases[3000]"_s) < faults.indexOf(u"cases[4500]"_s));
    }

    void aSyntaxErrorInALargeFileIsPlacedInTheFile()
    {
        QList<QByteArray> cases = test::manyCases(6000);
        cases[5500].replace("\"priority\": ", "\"priority\" "); // a missing colon
        const QByteArray json = test::caseFile(cases);
        auto plan = JsonImportParser().parse(json, u"big.json"_s);
        QVERIFY(!plan);
        // the document's first line opens the array; case i is on line i + 2
        QVERIFY2(plan.error().message.contains(u"big.json: not valid JSON at line 5502, column"_s),
                 qPrintable(plan.error().message));
    }

    void aLargeFileWithAnEscapedKeyIsReadWhole()
    {
        QByteArray json = test::caseFile(test::manyCases(5000));
        json.replace("\"cases\": [", "\"ca\\u0073es\": [");
        auto plan = JsonImportParser().parse(json, u"big.json"_s);
        QVERIFY(plan);
        QVERIFY(plan->faults.isEmpty());
        QCOMPARE(plan->cases.size(), 5000);
    }

    void theSmallFileReadsWithoutFaults()
    {
        const ImportPlan plan = parsed(smallFile());
        QVERIFY2(plan.faults.isEmpty(), qPrintable(described(plan)));
        QCOMPARE(plan.cases.size(), 2);
        // a byte-order mark at the very start of the file is allowed
        QVERIFY(parsed("\xEF\xBB\xBF" + smallFile()).faults.isEmpty());
    }

    // QJsonDocument keeps the last of two equal keys; another reader may take the first.
    void aKeyTwiceIsAFaultAtItsObject()
    {
        const ImportPlan plan = parsed(smallFile([](QByteArray &json) {
            json.replace(R"("name": "Acme",)", R"("name": "Acme", "name": "Acme Corp",)");
            json.replace(R"("title": "First",)", R"("title": "First", "\u0074itle": "Second",)");
            json.replace(R"("priority": "low",)", R"("priority": "low", "priority": "high", "priority": "low",)");
        }));
        QCOMPARE(plan.faults, (QStringList{u"advertisers[0]: the key \"name\" appears twice"_s,
                                           u"cases[0].evidence[0]: the key \"title\" appears twice"_s,
                                           u"cases[1]: the key \"priority\" appears twice"_s}));
        QCOMPARE(plan.advertiserValid, QList<bool>{false});
        QVERIFY(!plan.cases[0].valid);
        QVERIFY(!plan.cases[1].valid);

        const ImportPlan twoLists =
            parsed(smallFile([](QByteArray &json) { json.replace(R"("cases": [)", R"("cases": [], "cases": [)"); }));
        QCOMPARE(twoLists.faults, QStringList{u"the key \"cases\" appears twice"_s});
    }

    void aKeyTwiceInALargeFileNamesItsCase()
    {
        QList<QByteArray> cases = test::manyCases(6000);
        cases[4321].replace(R"("title": "Advisory")", R"("title": "Advisory", "title": "Other")");
        cases[10].replace(R"("ref": "CASE-10")", R"("ref": "CASE-10", "r\u0065f": "CASE-10")");
        QByteArray json = test::caseFile(cases, 3);
        json.replace(R"("name": "Advertiser 1")", R"("name": "Advertiser 1", "name": "Advertiser 2")");
        QVERIFY(json.size() > JsonImportParser::partsFromSize);
        const ImportPlan plan = parsed(json, u"big.json"_s);
        QCOMPARE(plan.faults, (QStringList{u"advertisers[1]: the key \"name\" appears twice"_s,
                                           u"cases[10]: the key \"ref\" appears twice"_s,
                                           u"cases[4321].evidence[1]: the key \"title\" appears twice"_s}));
        QCOMPARE(plan.advertiserValid, (QList<bool>{true, false, true}));
        QVERIFY(!plan.cases[10].valid);
        QVERIFY(!plan.cases[4321].valid);
        QVERIFY(plan.cases[11].valid);
    }

    // QJsonDocument keeps a \u escape of half a surrogate pair as it is, and storing it turns it
    // into '?'.
    void aLoneSurrogateIsAFault()
    {
        const ImportPlan plan = parsed(smallFile([](QByteArray &json) {
            json.replace(R"("summary": "One.")", R"("summary": "One \ud800 half.")");
            json.replace(R"("title": "First")", R"("title": "First \uDC00")");
            json.replace(R"("ACME")", R"("\ud83d\ud83d")");
            json.replace(R"("summary": "Two.")", R"("summary": "Two \ud83d\ude00.")"); // a whole pair
        }));
        QCOMPARE(plan.faults,
                 (QStringList{u"advertisers[0].aliases[1]: holds \\ud83d, half of a UTF-16 surrogate pair "
                              "without its other half"_s,
                              u"cases[0].summary: holds \\ud800, half of a UTF-16 surrogate pair without its other "
                              "half"_s,
                              u"cases[0].evidence[0].title: holds \\udc00, half of a UTF-16 surrogate pair without "
                              "its other half"_s}));
        QVERIFY(!plan.cases[0].valid);
        QVERIFY(plan.cases[1].valid);
        QCOMPARE(plan.cases[1].record.summary, u"Two \U0001F600."_s);
        QCOMPARE(plan.advertiserValid, QList<bool>{false});
    }

    void aLoneSurrogateInALargeFileNamesItsCase()
    {
        QList<QByteArray> cases = test::manyCases(6000);
        cases[5000].replace(R"("publisher": "The Ledger")", R"("publisher": "The Ledger \udfff")");
        const ImportPlan plan = parsed(test::caseFile(cases), u"big.json"_s);
        QCOMPARE(plan.faults, QStringList{u"cases[5000].evidence[0].publisher: holds \\udfff, half of a UTF-16 "
                                          "surrogate pair without its other half"_s});
        QVERIFY(!plan.cases[5000].valid);
    }

    // QJsonDocument drops a byte-order mark that opens a string.
    void aByteOrderMarkOpeningATextIsAFault()
    {
        const ImportPlan plan = parsed(smallFile([](QByteArray &json) {
            json.replace(R"("summary": "One.")", "\"summary\": \"\xEF\xBB\xBFOne.\"");
            json.replace(R"("publisher")", "\"\xEF\xBB\xBFpublisher\"");
            json.replace(R"("summary": "Two.")", "\"summary\": \"Two\xEF\xBB\xBF.\""); // kept as it is
        }));
        QCOMPARE(plan.faults,
                 (QStringList{u"cases[0].summary: starts with a byte-order mark (U+FEFF), which would be lost; "
                              "write it as \\ufeff"_s,
                              u"cases[0].evidence[0]: the key \"publisher\" starts with a byte-order mark (U+FEFF), "
                              "which would be lost; write it as \\ufeff"_s,
                              // QJsonDocument lists the key without the mark but looks it up with it
                              u"cases[0].evidence[0].publisher: missing"_s}));
        QCOMPARE(plan.cases[1].record.summary, u"Two\uFEFF."_s);
    }

    // Bytes that are not UTF-8 are refused by the JSON parser itself, with their place.
    void invalidUtf8IsRefusedWithItsPlace()
    {
        for (const QByteArray &bad : {QByteArray("caf\xE9"), QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80")}) {
            auto plan = JsonImportParser().parse(
                smallFile([&](QByteArray &json) { json.replace("Two.", "Two " + bad); }), u"cases.json"_s);
            QVERIFY(!plan);
            QVERIFY2(plan.error().message.startsWith(u"cases.json: not valid JSON at line 8, column"_s),
                     qPrintable(plan.error().message));
        }
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestJsonImportParser)
#include "tst_JsonImportParser.moc"
