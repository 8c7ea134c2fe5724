#include "LargeCaseFile.h"
#include "TestDatabase.h"
#include "import/CaseImporter.h"
#include "import/JsonImportParser.h"
#include "storage/AuditVerifier.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr int cases = 6000; // about 5 MB: written part by part while the rest are parsed

QString describe(const Result<ImportReport> &r)
{
    return r ? r->summary() : r.error().message + u"\n    "_s + r.error().details.join(u"\n    "_s);
}

} // namespace

// A case file large enough to be written while it is still being parsed: what lands, what a
// fault or a broken part leaves behind (nothing), and that a preview counts the same.
class TestCaseImporterLarge : public QObject {
    Q_OBJECT

private slots:
    void aLargeFileLandsWholeAndOnlyOnce()
    {
        test::TestDatabase t;
        const QByteArray json = test::caseFile(test::manyCases(cases), cases);
        QVERIFY(json.size() > JsonImportParser::partsFromSize);
        QList<qint64> progress;
        auto r = CaseImporter(t.db(), t.review()).importJson(json, u"big.json"_s, [&](qint64 done, qint64 total) {
            progress << done << total;
            return true;
        });
        QVERIFY2(r, qPrintable(describe(r)));
        QCOMPARE(r->casesAdded, cases);
        QCOMPARE(r->evidenceAdded, 2 * cases);
        QCOMPARE(t.count(u"SELECT count(*) FROM cases"_s), cases);
        QCOMPARE(t.count(u"SELECT count(*) FROM evidence"_s), 2 * cases);
        QCOMPARE(t.count(u"SELECT count(*) FROM events WHERE action = 'flag'"_s), cases);
        QCOMPARE(t.count(u"SELECT count(*) FROM case_search WHERE case_search MATCH 'ledger'"_s), cases);
        QCOMPARE(t.count(u"SELECT evidence_count FROM cases WHERE ref = 'CASE-4321'"_s), 2);
        QCOMPARE(t.text(u"SELECT state FROM cases WHERE ref = 'CASE-5999'"_s), u"open"_s);
        QCOMPARE(t.text(u"SELECT advertiser_name FROM cases WHERE ref = 'CASE-17'"_s), u"Advertiser 17"_s);
        // the queue's indexes, set aside during the load, are back
        QVERIFY(t.count(u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'cases_tabs'"_s) == 1);
        QVERIFY(t.count(u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'events_decided_at'"_s) ==
                1);
        auto verified = AuditVerifier(t.db()).run();
        QVERIFY(verified && verified->ok());
        QVERIFY(progress.size() >= 4);
        QCOMPARE(progress.at(progress.size() - 2), progress.last()); // it ends at its total

        auto again = CaseImporter(t.db(), t.review()).importJson(json, u"big.json"_s);
        QVERIFY2(again, qPrintable(describe(again)));
        QVERIFY(!again->changedAnything());
        QCOMPARE(again->unchanged, 4 * cases); // every advertiser, case and evidence item
        QCOMPARE(t.count(u"SELECT count(*) FROM events"_s), cases);
    }

    void aFaultLateInALargeFileWritesNothing()
    {
        test::TestDatabase t;
        const QString before = t.snapshot();
        QList<QByteArray> lines = test::manyCases(cases);
        lines[5900] = test::caseLine(5900, "urgent");
        lines[5950] = test::caseLine(5950, "high", "CASE-3");
        auto r = CaseImporter(t.db(), t.review()).importJson(test::caseFile(lines, cases), u"big.json"_s);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"big.json: 2 faults; nothing was imported"_s), qPrintable(describe(r)));
        const QString details = r.error().details.join(u'\n');
        QVERIFY2(details.contains(u"cases[5900].priority"_s), qPrintable(details));
        QVERIFY2(details.contains(u"cases[5950].ref: duplicate case CASE-3 in this file"_s), qPrintable(details));
        QCOMPARE(t.snapshot(), before);
        // the indexes set aside came back with the rollback
        QVERIFY(t.count(u"SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'cases_tabs'"_s) == 1);
    }

    // A key twice or half a surrogate pair is found in the part where it is, while the parts
    // before it are already being written.
    void aKeyTwiceLateInALargeFileWritesNothing()
    {
        test::TestDatabase t;
        const QString before = t.snapshot();
        QList<QByteArray> lines = test::manyCases(cases);
        lines[5900].replace(R"("status": "in-force")", R"("status": "rescinded", "status": "in-force")");
        lines[5950].replace(R"("summary": "Case 5950: )", R"("summary": "Case 5950 \udbff: )");
        auto r = CaseImporter(t.db(), t.review()).importJson(test::caseFile(lines, cases), u"big.json"_s);
        QVERIFY(!r);
        QCOMPARE(r.error().message, u"big.json: 2 faults; nothing was imported"_s);
        QCOMPARE(r.error().details,
                 (QStringList{u"cases[5900].evidence[1]: the key \"status\" appears twice"_s,
                              u"cases[5950].summary: holds \\udbff, half of a UTF-16 surrogate pair without its "
                              "other half"_s}));
        QCOMPARE(t.snapshot(), before);
    }

    void aBrokenPartLateInALargeFileWritesNothing()
    {
        test::TestDatabase t;
        const QString before = t.snapshot();
        QList<QByteArray> lines = test::manyCases(cases);
        lines[5800].replace("\"source\": ", "\"source\" ");
        auto r = CaseImporter(t.db(), t.review()).importJson(test::caseFile(lines, cases), u"big.json"_s);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"big.json: not valid JSON at line 5802, column"_s),
                 qPrintable(describe(r)));
        QCOMPARE(t.snapshot(), before);
        QVERIFY(!t.db().inTransaction());
    }

    void cancellingALargeImportWritesNothing()
    {
        test::TestDatabase t;
        const QString before = t.snapshot();
        int calls = 0;
        auto r = CaseImporter(t.db(), t.review())
                     .importJson(test::caseFile(test::manyCases(cases), cases), u"big.json"_s,
                                 [&](qint64 done, qint64) { return ++calls < 5 || done == 0; });
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"cancelled"_s), qPrintable(describe(r)));
        QCOMPARE(t.snapshot(), before);
    }

    void aPreviewOfALargeFileCountsWhatAnImportDoes()
    {
        test::TestDatabase t;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::caseFile(test::manyCases(cases), cases));
        file.close();
        const QString before = t.snapshot();
        auto preview = CaseImporter(t.db(), t.review()).preview(path);
        QVERIFY2(preview, qPrintable(describe(preview)));
        QCOMPARE(t.snapshot(), before);
        auto imported = CaseImporter(t.db(), t.review()).importFile(path);
        QVERIFY2(imported, qPrintable(describe(imported)));
        QCOMPARE(preview->summary(), imported->summary());
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestCaseImporterLarge)
#include "tst_CaseImporterLarge.moc"
