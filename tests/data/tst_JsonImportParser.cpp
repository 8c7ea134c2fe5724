#include "EvidenceFields.h"
#include "JsonImportParser.h"
#include "LargeCaseFile.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

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
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestJsonImportParser)
#include "tst_JsonImportParser.moc"
