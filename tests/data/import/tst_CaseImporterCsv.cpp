#include "TestDatabase.h"
#include "TestPaths.h"
#include "import/CaseImporter.h"
#include "storage/AuditVerifier.h"
#include "storage/DeferredIndexes.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString fixturePath(const QString &name)
{
    return test::importFile(name);
}

QString describe(const Result<ImportReport> &r)
{
    if (r.ok())
        return u"imported: "_s + r->summary();
    return u"refused: "_s + r.error().message + u"\n    "_s + r.error().details.join(u"\n    "_s);
}

bool verifies(test::TestDatabase &t)
{
    auto report = AuditVerifier(t.db()).run();
    return report.ok() && report->ok();
}

QString counts(const ImportReport &r)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(r.policiesAdded)
        .arg(r.advertisersAdded)
        .arg(r.advertisersChanged)
        .arg(r.casesAdded)
        .arg(r.casesChanged)
        .arg(r.evidenceAdded)
        .arg(r.eventsAdded)
        .arg(r.unchanged);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

const QStringList csvFiles{u"advertisers.csv"_s, u"cases.csv"_s, u"evidence.csv"_s};

} // namespace

// CaseImporter with CSV files, progress and cancel, and previews.
class TestCaseImporterCsv : public QObject {
    Q_OBJECT

private:
    static void importAll(test::TestDatabase &t, const QStringList &files)
    {
        CaseImporter importer(t.db(), t.review());
        for (const QString &name : files) {
            auto r = importer.importFile(fixturePath(name));
            if (!r)
                qFatal("%s", qPrintable(describe(r)));
        }
    }

private slots:
    void importsAdvertisersCasesAndEvidence()
    {
        test::TestDatabase t;
        CaseImporter importer(t.db(), t.review());
        QStringList summaries;
        for (const QString &name : csvFiles) {
            auto r = importer.importFile(fixturePath(name));
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            summaries << r->summary().mid(fixturePath(QString()).size());
        }
        QCOMPARE(summaries, (QStringList{u"advertisers.csv: 2 advertisers added"_s,
                                         u"cases.csv: 3 cases added, 3 events recorded"_s,
                                         u"evidence.csv: 6 evidence items added"_s}));

        QCOMPARE(t.text(u"SELECT aliases || ' ' || country || ' ' || website FROM advertisers "
                        "WHERE ref = 'orchid-vpn'"_s),
                 u"[\"Orchid\",\"OrchidShield\"] CY https://www.orchid-vpn.example"_s);
        QCOMPARE(t.text(u"SELECT '[' || website || ']' FROM advertisers WHERE ref = 'quillmark-media'"_s),
                 u"[]"_s); // an empty cell is no value, as a missing key is in JSON
        QCOMPARE(t.count(u"SELECT opened_at FROM cases WHERE ref = 'CASE-2019-0001'"_s),
                 QDateTime(QDate(2019, 2, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(t.text(u"SELECT group_concat(ref || ':' || evidence_count || ':' || state, ' ') FROM "
                        "(SELECT * FROM cases ORDER BY ref)"_s),
                 u"CASE-2019-0001:2:open CASE-2019-0002:2:open CASE-2019-0003:2:open"_s);
        QCOMPARE(t.text(u"SELECT ev.source || ' / ' || ev.reference || ' / ' || ev.status || ' / ' || ev.date "
                        "FROM evidence ev JOIN cases c ON c.id = ev.case_id "
                        "WHERE c.ref = 'CASE-2019-0001' AND ev.ref = 'EV-1'"_s),
                 u"National Cyber Security Centre / ADV 2019-004 / in-force / 2019-01-28"_s);
        // Quoted commas, doubled quotes and a line break inside a field arrive as written.
        QCOMPARE(t.text(u"SELECT title || '|' || excerpt FROM evidence ev JOIN cases c ON c.id = ev.case_id "
                        "WHERE c.ref = 'CASE-2019-0003' AND ev.ref = 'EV-2'"_s),
                 u"Broadcaster \"boosts\" election videos, again|Spend rose \"tenfold\", then fell.\nA second "
                 "line, with a comma."_s);
        QCOMPARE(t.count(u"SELECT retrieved_at FROM evidence WHERE ref = 'EV-3'"_s),
                 QDateTime(QDate(2019, 2, 12), QTime(15, 45), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(verifies(t));

        // Importing the files again changes nothing.
        const QString before = t.snapshot();
        t.clock().advance(3'600'000);
        QStringList again;
        for (const QString &name : csvFiles) {
            auto r = importer.importFile(fixturePath(name));
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            QVERIFY(!r->changedAnything());
            again << QString::number(r->unchanged);
        }
        QCOMPARE(again, (QStringList{u"2"_s, u"3"_s, u"6"_s}));
        QCOMPARE(t.snapshot(), before);
    }

    // The CSV files describe good.json's records (bar its history and attachment) and
    // later-adds-evidence.json's item, plus one item more: read by the same rules, they are the same.
    void csvAndJsonReadTheSame()
    {
        test::TestDatabase t;
        importAll(t, {u"good.json"_s, u"later-adds-evidence.json"_s});
        CaseImporter importer(t.db(), t.review());
        QStringList results;
        for (const QString &name : csvFiles) {
            auto r = importer.importFile(fixturePath(name));
            QVERIFY2(r.ok(), qPrintable(describe(r)));
            results << counts(*r);
        }
        QCOMPARE(results, (QStringList{u"0 0 0 0 0 0 0 2"_s, u"0 0 0 0 0 0 0 3"_s, u"0 0 0 0 0 1 0 5"_s}));
        QVERIFY(verifies(t));
    }

    void fileWithOneBadRowWritesNothing()
    {
        test::TestDatabase t;
        importAll(t, {u"advertisers.csv"_s});
        const QString before = t.snapshot();
        const QString path = fixturePath(u"cases-bad-row.csv"_s);
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importFile(path);
        QVERIFY(!r.ok());
        QVERIFY(r.error().kind == ErrorKind::Rejected);
        QCOMPARE(r.error().message, path + u": 1 fault; nothing was imported"_s);
        // The record starts on line 4: the quoted line break above it counts.
        QCOMPARE(r.error().details, QStringList{u"cases-bad-row.csv:4: column \"opened\": not a time (expected "
                                                "YYYY-MM-DDTHH:MM:SSZ, found '2019-04-02')"_s});
        QCOMPARE(t.snapshot(), before);
        QVERIFY(!t.db().inTransaction());
    }

    void refusesRowsTheDatabaseContradicts()
    {
        test::TestDatabase t;
        importAll(t, {u"advertisers.csv"_s, u"cases.csv"_s, u"evidence.csv"_s});
        const QString before = t.snapshot();
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importCsv(
            "case,ref,kind,title,source,date,reliability\n"
            "CASE-2019-9999,EV-1,internal-signal,Spend spike,Classifier,2019-02-28,unknown\n"
            "CASE-2019-0003,EV-1,internal-signal,Spend spike on election-related keywords,Ads integrity "
            "classifier,2019-02-28,doubtful\n"
            "CASE-2019-0003,EV-9,internal-signal,A new item,Classifier,2019-03-01,unknown\n",
            u"/in/evidence.csv"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, u"/in/evidence.csv: 2 faults; nothing was imported"_s);
        QCOMPARE(r.error().details,
                 (QStringList{u"evidence.csv:2: column \"case\": no case CASE-2019-9999 in the database; import the "
                              "case before its evidence"_s,
                              u"evidence.csv:3: evidence EV-1 of CASE-2019-0003 already exists with different "
                              "content, reliability or attachment; evidence cannot be changed, add it under a new "
                              "ref"_s}));

        r = importer.importCsv("ref,advertiser,policy,summary,priority,source,opened,due\n"
                               "CASE-2019-0001,quillmark-media,ADS-NATSEC,A national CERT advises against installing "
                               "Orchid VPN on government devices.,high,government-advisory,2019-02-01T09:00:00Z,"
                               "2019-02-08T09:00:00Z\n"
                               "CASE-2019-0200,nobody,ADS-NOPE,New.,low,press,2019-02-01T09:00:00Z,"
                               "2019-02-08T09:00:00Z\n",
                               u"/in/cases.csv"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().details,
                 (QStringList{u"cases.csv:2: column \"advertiser\": case CASE-2019-0001 already exists for "
                              "advertiser orchid-vpn, not quillmark-media"_s,
                              u"cases.csv:3: column \"advertiser\": unknown advertiser nobody (not in this file nor "
                              "in the database)"_s,
                              u"cases.csv:3: column \"policy\": unknown policy ADS-NOPE"_s}));
        QCOMPARE(t.snapshot(), before);
    }

    // A cases file may name, in an optional column, the case each appeal contests; an empty cell
    // names none.
    void anAppealRowNamesTheCaseItContests()
    {
        test::TestDatabase t;
        importAll(t, {u"advertisers.csv"_s, u"cases.csv"_s});
        const QString before = t.snapshot();
        const QByteArray header = "ref,advertiser,policy,summary,priority,source,opened,due,contests\n";
        const QByteArray rows = "CASE-2019-0300,orchid-vpn,ADS-NATSEC,Appeal.,normal,appeal,2019-05-01T09:00:00Z,"
                                "2019-05-15T09:00:00Z,CASE-2019-0001\n"
                                "CASE-2019-0301,orchid-vpn,ADS-NATSEC,Not one.,low,press,2019-05-01T09:00:00Z,"
                                "2019-05-08T09:00:00Z,\n";
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importCsv(header + rows +
                                        "CASE-2019-0302,orchid-vpn,ADS-NATSEC,Bad.,low,press,2019-05-01T09:00:00Z,"
                                        "2019-05-08T09:00:00Z,CASE-2019-0001\n",
                                    u"/in/cases.csv"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().details,
                 QStringList{u"cases.csv:4: column \"contests\": only an appeal contests another case's decision; "
                             "this case's source is press"_s});
        QCOMPARE(t.snapshot(), before);
        r = importer.importCsv(header + rows, u"/in/cases.csv"_s);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().details.join(u'\n')));
        QCOMPARE(t.text(u"SELECT group_concat(ref || '>' || contests, ' ') FROM (SELECT ref, contests FROM cases "
                        "WHERE ref >= 'CASE-2019-0300' ORDER BY ref)"_s),
                 u"CASE-2019-0300>CASE-2019-0001 CASE-2019-0301>"_s);
    }

    void routesFilesBySuffix()
    {
        test::TestDatabase t;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile advertisers(fixturePath(u"advertisers.csv"_s));
        QVERIFY(advertisers.open(QIODevice::ReadOnly));
        const QByteArray bytes = advertisers.readAll();
        CaseImporter importer(t.db(), t.review());

        const QString text = dir.filePath(u"advertisers.txt"_s);
        writeFile(text, bytes);
        auto r = importer.importFile(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, text + u": unsupported file type; expected a .json or .csv case file"_s);

        // A CSV file under a .json name is read as JSON, and refused as such.
        const QString json = dir.filePath(u"advertisers.json"_s);
        writeFile(json, bytes);
        r = importer.importFile(json);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(json + u": not valid JSON"_s), qPrintable(r.error().message));

        const QString upper = dir.filePath(u"ADVERTISERS.CSV"_s);
        writeFile(upper, bytes);
        r = importer.importFile(upper);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r->advertisersAdded, 2);
    }

    void cancelWritesNothing_data()
    {
        QTest::addColumn<QStringList>("before"); // imported first
        QTest::addColumn<QString>("file");
        QTest::newRow("cases.csv") << QStringList{u"advertisers.csv"_s} << u"cases.csv"_s;
        QTest::newRow("evidence.csv") << QStringList{u"advertisers.csv"_s, u"cases.csv"_s} << u"evidence.csv"_s;
        QTest::newRow("good.json") << QStringList() << u"good.json"_s;
    }

    void cancelWritesNothing()
    {
        QFETCH(QStringList, before);
        QFETCH(QString, file);
        test::TestDatabase t;
        importAll(t, before);
        const QString snapshot = t.snapshot();
        const QString path = fixturePath(file);
        CaseImporter importer(t.db(), t.review());
        int calls = 0;
        QVERIFY(importer.preview(path, [&](qint64, qint64) { return ++calls > 0; }).ok());
        QVERIFY(calls >= 4); // the start and end of parsing, then of writing
        // Cancelled at each report in turn, the last one after every record was written: nothing stays.
        for (int stopAt = 1; stopAt <= calls; ++stopAt) {
            int call = 0;
            auto r = importer.importFile(path, [&](qint64, qint64) { return ++call < stopAt; });
            QVERIFY2(!r.ok(), qPrintable(describe(r)));
            QCOMPARE(r.error().message, path + u": import cancelled; nothing was written"_s);
            QCOMPARE(call, stopAt);
            QCOMPARE(t.snapshot(), snapshot);
            QVERIFY(!t.db().inTransaction());
        }
        auto r = importer.importFile(path, [](qint64, qint64) { return true; });
        QVERIFY2(r.ok() && r->changedAnything(), qPrintable(describe(r)));
        QVERIFY(verifies(t));
    }

    void reportsBytesThenRecords()
    {
        test::TestDatabase t;
        importAll(t, {u"advertisers.csv"_s});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"many.csv"_s);
        QByteArray bytes = "ref,advertiser,policy,summary,priority,source,opened,due\n";
        for (int i = 0; i < 1500; ++i)
            bytes += "CASE-" + QByteArray::number(i) +
                     ",orchid-vpn,ADS-NATSEC,Generated.,low,automated,2019-04-01T09:00:00Z,2019-04-08T09:00:00Z\n";
        writeFile(path, bytes);
        QList<std::pair<qint64, qint64>> seen;
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importFile(path, [&](qint64 done, qint64 total) {
            seen.append({done, total});
            return true;
        });
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r->casesAdded, 1500);
        const auto split = std::find_if(seen.cbegin(), seen.cend(), [](const auto &p) { return p.second == 1500; });
        QVERIFY(split != seen.cbegin() && split != seen.cend());
        QList<std::pair<qint64, qint64>> parsing(seen.cbegin(), split);
        QList<std::pair<qint64, qint64>> writing(split, seen.cend());
        QVERIFY(parsing.size() >= 3);
        QVERIFY(writing.size() >= 3);
        QCOMPARE(parsing.first(), (std::pair<qint64, qint64>(0, bytes.size())));
        QCOMPARE(parsing.last(), (std::pair<qint64, qint64>(bytes.size(), bytes.size())));
        QCOMPARE(writing.first(), (std::pair<qint64, qint64>(0, 1500)));
        QCOMPARE(writing.last(), (std::pair<qint64, qint64>(1500, 1500)));
        for (const auto &phase : {parsing, writing}) {
            QVERIFY(std::is_sorted(phase.cbegin(), phase.cend()));
            QVERIFY(
                std::all_of(phase.cbegin(), phase.cend(), [&](const auto &p) { return p.second == phase[0].second; }));
        }
    }

    // Many new cases are written without the queue's indexes, which are built again at the end;
    // a preview or a cancel leaves them as they were, and so does the import itself.
    void bulkImportKeepsTheIndexes()
    {
        test::TestDatabase t;
        importAll(t, {u"advertisers.csv"_s});
        const auto indexes = [&] {
            return t.text(u"SELECT group_concat(name || ' ' || coalesce(sql, ''), '; ') FROM "
                          "(SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name)"_s);
        };
        const QString before = indexes();
        QVERIFY(before.contains(u"cases_tabs"_s));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bulk.csv"_s);
        QByteArray bytes = "ref,advertiser,policy,summary,priority,source,opened,due\n";
        const int n = int(DeferredIndexes::minimumRows);
        for (int i = 0; i < n; ++i)
            bytes += "CASE-" + QByteArray::number(i) + (i % 2 ? ",orchid-vpn," : ",quillmark-media,") +
                     "ADS-NATSEC,Generated.,low,automated,2019-04-01T09:00:00Z,2019-04-08T09:00:00Z\n";
        writeFile(path, bytes);
        CaseImporter importer(t.db(), t.review());
        auto preview = importer.preview(path);
        QVERIFY2(preview.ok(), qPrintable(describe(preview)));
        QCOMPARE(preview->casesAdded, n);
        QCOMPARE(indexes(), before);
        // Cancelled at the last report, after the indexes were built again.
        auto cancelled =
            importer.importFile(path, [](qint64 done, qint64 total) { return done < total || total != n; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(indexes(), before);
        QCOMPARE(t.count(u"SELECT count(*) FROM cases"_s), 0);
        auto r = importer.importFile(path);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(indexes(), before);
        QCOMPARE(t.count(u"SELECT count(*) FROM cases INDEXED BY cases_tabs WHERE state = 'open'"_s), n);
        QCOMPARE(t.text(u"PRAGMA integrity_check"_s), u"ok"_s);
        QVERIFY(verifies(t));
    }

    void previewCountsWhatImportDoes_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::addColumn<QStringList>("files");
        QTest::newRow("CSV files") << false << csvFiles;
        QTest::newRow("CSV files again") << false << csvFiles + csvFiles;
        QTest::newRow("JSON, then CSV") << true
                                        << QStringList{u"good.json"_s, u"later-adds-evidence.json"_s,
                                                       u"advertisers.csv"_s, u"evidence.csv"_s, u"good.json"_s};
    }

    void previewCountsWhatImportDoes()
    {
        QFETCH(bool, demo);
        QFETCH(QStringList, files);
        test::TestDatabase t;
        if (demo)
            t.loadDemo();
        CaseImporter importer(t.db(), t.review());
        for (const QString &name : files) {
            const QString path = fixturePath(name);
            const QString before = t.snapshot();
            auto preview = importer.preview(path);
            QVERIFY2(preview.ok(), qPrintable(describe(preview)));
            QCOMPARE(t.snapshot(), before);
            QVERIFY(!t.db().inTransaction());
            auto imported = importer.importFile(path);
            QVERIFY2(imported.ok(), qPrintable(describe(imported)));
            QCOMPARE(counts(*preview), counts(*imported));
            QCOMPARE(preview->summary(), imported->summary());
        }
        QVERIFY(verifies(t));
    }

    void previewReportsFaultsAsImportDoes()
    {
        test::TestDatabase t;
        importAll(t, {u"advertisers.csv"_s});
        const QString before = t.snapshot();
        CaseImporter importer(t.db(), t.review());
        for (const QString &name : {u"cases-bad-row.csv"_s, u"evidence.csv"_s, u"several-faults.json"_s}) {
            auto preview = importer.preview(fixturePath(name));
            QVERIFY(!preview.ok());
            auto imported = importer.importFile(fixturePath(name));
            QVERIFY(!imported.ok());
            QCOMPARE(preview.error().message, imported.error().message);
            QCOMPARE(preview.error().details, imported.error().details);
            QVERIFY(!preview.error().details.isEmpty());
        }
        QCOMPARE(t.snapshot(), before);
    }

    // A policy a preview added and rolled back must not be remembered: the next import may give
    // its id to another policy.
    void previewLeavesNothingRemembered()
    {
        QFile file(fixturePath(u"good.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject good = QJsonDocument::fromJson(file.readAll()).object();
        const auto withPolicies = [&](const QStringList &codes) {
            QJsonObject o = good;
            QJsonArray policies;
            for (const QString &code : codes)
                policies.append(QJsonObject{{u"code"_s, code}, {u"title"_s, u"Policy "_s + code}});
            o.insert(u"policies"_s, policies);
            QJsonArray cases = o.value(u"cases"_s).toArray();
            QJsonObject first = cases[0].toObject();
            first.insert(u"policy"_s, u"ADS-NEW-A"_s);
            QJsonArray history = first.value(u"history"_s).toArray();
            QJsonObject ban = history[2].toObject();
            ban.insert(u"policy"_s, u"ADS-NEW-A"_s);
            history[2] = ban;
            first.insert(u"history"_s, history);
            cases[0] = first;
            o.insert(u"cases"_s, cases);
            return QJsonDocument(o).toJson();
        };
        test::TestDatabase t;
        QTemporaryDir dir;
        const QString previewed = dir.filePath(u"a.json"_s);
        const QString imported = dir.filePath(u"b.json"_s);
        writeFile(previewed, withPolicies({u"ADS-NEW-A"_s}));
        writeFile(imported, withPolicies({u"ADS-NEW-B"_s, u"ADS-NEW-A"_s}));
        CaseImporter importer(t.db(), t.review());
        auto p = importer.preview(previewed);
        QVERIFY2(p.ok(), qPrintable(describe(p)));
        QCOMPARE(p->policiesAdded, 1);
        auto r = importer.importFile(imported);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(t.text(u"SELECT group_concat(e.action || ' ' || p.code, ', ') FROM events e JOIN cases c "
                        "ON c.id = e.case_id JOIN policies p ON p.id = e.policy_id WHERE c.ref = 'CASE-2019-0001' "
                        "AND e.action IN ('flag', 'ban')"_s),
                 u"flag ADS-NEW-A, ban ADS-NEW-A"_s);
        QVERIFY(verifies(t));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestCaseImporterCsv)
#include "tst_CaseImporterCsv.moc"
