#include "TestDatabase.h"
#include "TestPaths.h"
#include "demo/DemoDataset.h"
#include "domain/DsaDecision.h"
#include "import/CaseImporter.h"
#include "storage/AuditVerifier.h"

#include <QCryptographicHash>
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

QByteArray fixture(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QJsonObject parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("a test's own JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

// Returns `node` with the value at `path` ("cases.0.evidence.1.published": keys and array
// indices) replaced by `value`. An undefined value removes the key; an index one past the end
// appends.
QJsonValue edited(const QJsonValue &node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (index == array.size())
            array.append(edited(QJsonValue(), path, value));
        else
            array.replace(index, edited(array.at(index), path, value));
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object.insert(step, edited(object.value(step), path, value));
    return object;
}

QJsonObject edited(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return edited(QJsonValue(root), path.split(u'.'), value).toObject();
}

QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue node = root;
    for (const QString &step : path.split(u'.')) {
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        node = isIndex ? node.toArray().at(index) : node.toObject().value(step);
    }
    return node;
}

const QJsonValue removed = QJsonValue(QJsonValue::Undefined);

// base.json: a valid file for a database holding the demo: a new advertiser with a case that has evidence
// of two kinds and a history, and a second case on a demo advertiser. The malformed files are
// this file with one thing wrong, so each refusal is down to that one thing.
QJsonObject baseFile()
{
    return parse(fixture(u"base.json"_s));
}

QString describe(const Error &e)
{
    return e.message + u"\n    "_s + e.details.join(u"\n    "_s);
}

QString describe(const Result<ImportReport> &r)
{
    return r.ok() ? u"imported: "_s + r->summary() : u"refused: "_s + describe(r.error());
}

qint64 msecs(const char *isoTime)
{
    return QDateTime::fromString(QString::fromLatin1(isoTime), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

// A ban of the base file's second case, with `statement` as its statement of reasons.
QJsonObject banWithStatement(const QJsonValue &statement)
{
    return {{u"action"_s, u"ban"_s},
            {u"reviewer"_s, u"dev.patel"_s},
            {u"device"_s, u"laptop-dev"_s},
            {u"at"_s, u"2020-03-06T09:00:00Z"_s},
            {u"policy"_s, u"ADS-BIZ-CONFLICT"_s},
            {u"rationale"_s, u"Security software under a government directive."_s},
            {u"evidence"_s, QJsonArray{u"EV-1"_s}},
            {u"statement"_s, statement}};
}

class TestCaseImporter : public QObject {
    Q_OBJECT

private:
    // The fault at `path` ("cases[1].evidence[0].published") names `words`; an empty path means a
    // fault of the file as a whole, given in the message.
    static bool hasFault(const Error &e, const QString &path, const QString &words)
    {
        if (path.isEmpty())
            return e.message.contains(words);
        const QString prefix = path + u": "_s;
        return std::any_of(e.details.cbegin(), e.details.cend(),
                           [&](const QString &line) { return line.startsWith(prefix) && line.contains(words); });
    }

    static bool verifies(test::TestDatabase &t)
    {
        AuditVerifier verifier(t.db());
        auto report = verifier.run();
        if (!report) {
            qWarning("verify failed: %s", qPrintable(report.error().message));
            return false;
        }
        if (!report->ok())
            qWarning("verify found: %s", qPrintable(report->problems.join(u"\n"_s)));
        return report->ok();
    }

private slots:
    // 1. A good file lands as rows, with the state its history gives.
    void importsGoodFile()
    {
        test::TestDatabase t;
        CaseImporter importer(t.db(), t.review());
        const QString path = fixturePath(u"good.json"_s);
        auto r = importer.importFile(path);
        QVERIFY2(r.ok(), qPrintable(describe(r)));

        QCOMPARE(t.count(u"SELECT count(*) FROM advertisers"_s), 2);
        QCOMPARE(t.count(u"SELECT count(*) FROM cases"_s), 3);
        QCOMPARE(t.count(u"SELECT count(*) FROM evidence"_s), 5);
        QCOMPARE(t.count(u"SELECT count(*) FROM events"_s), 3 + 4); // one flag per case, four history entries
        QCOMPARE(t.count(u"SELECT count(*) FROM event_evidence"_s), 2);
        QCOMPARE(t.count(u"SELECT count(*) FROM policies"_s), 4);

        QCOMPARE(r->policiesAdded, 0);
        QCOMPARE(r->advertisersAdded, 2);
        QCOMPARE(r->advertisersChanged, 0);
        QCOMPARE(r->casesAdded, 3);
        QCOMPARE(r->casesChanged, 0);
        QCOMPARE(r->evidenceAdded, 5);
        QCOMPARE(r->eventsAdded, 7);
        QCOMPARE(r->unchanged, 0);
        QVERIFY(r->changedAnything());
        QCOMPARE(r->summary(),
                 path + u": 2 advertisers added, 3 cases added, 5 evidence items added, 7 events recorded"_s);

        // State, outcome and assignee come from the replayed history.
        const auto derived = [&](const QString &ref) {
            return t.text(u"SELECT state || '/' || outcome || '/' || assignee || '/' || evidence_count "
                          "FROM cases WHERE ref = '%1'"_s.arg(ref));
        };
        QCOMPARE(derived(u"CASE-2019-0001"_s), u"decided/banned/dev.patel/2"_s);
        QCOMPARE(derived(u"CASE-2019-0002"_s), u"open/none//2"_s);
        QCOMPARE(derived(u"CASE-2019-0003"_s), u"escalated/none//1"_s);
        QCOMPARE(t.text(u"SELECT status FROM advertisers WHERE ref = 'orchid-vpn'"_s), u"banned"_s);
        QCOMPARE(t.text(u"SELECT status FROM advertisers WHERE ref = 'quillmark-media'"_s), u"active"_s);

        // Times with an offset are stored as the UTC instant they name.
        QCOMPARE(t.count(u"SELECT opened_at FROM cases WHERE ref = 'CASE-2019-0001'"_s), msecs("2019-02-01T09:00:00Z"));
        QCOMPARE(t.count(u"SELECT decided_at FROM cases WHERE ref = 'CASE-2019-0001'"_s),
                 msecs("2019-02-02T08:15:00Z"));

        // The history is recorded as its authors wrote it; the flag is by the importing reviewer.
        QCOMPARE(t.text(u"SELECT group_concat(x, ' | ') FROM (SELECT e.action || ' ' || e.reviewer || '@' || "
                        "e.device AS x FROM events e JOIN cases c ON c.id = e.case_id "
                        "WHERE c.ref = 'CASE-2019-0001' ORDER BY e.at)"_s),
                 u"flag tester@test-device | assign grace.okafor@desk-grace | annotate dev.patel@laptop-dev | "
                 "ban dev.patel@laptop-dev"_s);
        QCOMPARE(t.text(u"SELECT group_concat(ref, ',') FROM (SELECT ev.ref FROM event_evidence ee "
                        "JOIN evidence ev ON ev.id = ee.evidence_id JOIN events e ON e.id = ee.event_id "
                        "WHERE e.action = 'ban' ORDER BY ev.ref)"_s),
                 u"EV-1,EV-2"_s);

        // Kind-specific keys land in the shared columns.
        QCOMPARE(t.text(u"SELECT ev.source || ' / ' || ev.date || ' / ' || ev.author FROM evidence ev JOIN cases c "
                        "ON c.id = ev.case_id WHERE c.ref = 'CASE-2019-0001' AND ev.ref = 'EV-2'"_s),
                 u"The Daily Ledger / 2019-01-29 / M. Example"_s);
        QCOMPARE(t.text(u"SELECT ev.source || ' / ' || ev.reference || ' / ' || ev.status || ' / ' || ev.jurisdiction "
                        "FROM evidence ev JOIN cases c ON c.id = ev.case_id "
                        "WHERE c.ref = 'CASE-2019-0001' AND ev.ref = 'EV-1'"_s),
                 u"National Cyber Security Centre / ADV 2019-004 / in-force / GB"_s);
        QCOMPARE(t.text(u"SELECT aliases FROM advertisers WHERE ref = 'orchid-vpn'"_s),
                 u"[\"Orchid\",\"OrchidShield\"]"_s);

        // The attachment is kept with its hash.
        const QByteArray attached("Listing removed.\n");
        QCOMPARE(t.text(u"SELECT attachment_name || ' ' || attachment_type || ' ' || hex(attachment) || ' ' || "
                        "attachment_hash FROM evidence WHERE attachment IS NOT NULL"_s),
                 u"notice.txt text/plain %1 %2"_s.arg(
                     QString::fromLatin1(attached.toHex().toUpper()),
                     QString::fromLatin1(QCryptographicHash::hash(attached, QCryptographicHash::Sha256).toHex())));

        QVERIFY(verifies(t));
    }

    // 2. Importing the same file again changes nothing at all.
    void secondImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("records"); // advertisers + cases + evidence items in the file
        QTest::newRow("good.json") << fixture(u"good.json"_s) << 2 + 3 + 5;
        QTest::newRow("demo dataset") << DemoDataset::json() << 13 + 15 + 42;
    }

    void secondImportChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, records);
        test::TestDatabase t;
        CaseImporter importer(t.db(), t.review());
        auto first = importer.importJson(bytes, u"cases.json"_s);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const QString before = t.snapshot();

        t.clock().advance(3'600'000);
        auto second = importer.importJson(bytes, u"cases.json"_s);
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QCOMPARE(t.snapshot(), before);
        QVERIFY2(!second->changedAnything(), qPrintable(second->summary()));
        QCOMPARE(second->unchanged, records);
        QCOMPARE(second->summary(), u"cases.json: nothing new (%1 records already present)"_s.arg(records));

        // Nor does a third time after the database was closed and opened again.
        t.reopen();
        CaseImporter again(t.db(), t.review());
        auto third = again.importJson(bytes, u"cases.json"_s);
        QVERIFY2(third.ok(), qPrintable(describe(third)));
        QVERIFY(!third->changedAnything());
        QCOMPARE(t.snapshot(), before);
        QVERIFY(verifies(t));
    }

    // 3. A later file may add evidence to a case; it may not change evidence already there.
    // A history's ban carries its statement of reasons into the event, in its one canonical text;
    // fields left empty are left out.
    void importsAStatementWithItsBan()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QJsonObject statement{{u"ground"_s, u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s},
                                    {u"ground_text"_s, u"Advertising policy ADS-BIZ-CONFLICT"_s},
                                    {u"explanation"_s, u"The advertiser is subject to a government directive."_s},
                                    {u"category"_s, u"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"_s},
                                    {u"content_types"_s, QJsonArray{u"CONTENT_TYPE_TEXT"_s}},
                                    {u"visibility"_s, QJsonArray{}},
                                    {u"account"_s, u"DECISION_ACCOUNT_SUSPENDED"_s},
                                    {u"end_account"_s, u"2020-09-01"_s},
                                    {u"territories"_s, QJsonArray{u"DE"_s, u"FR"_s}},
                                    {u"monetary_other"_s, u""_s},
                                    {u"public_facts"_s, u"The advertiser's account was suspended."_s}};
        const QJsonObject file = edited(baseFile(), u"cases.1.history.1"_s, banWithStatement(statement));
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importJson(toBytes(file), u"with-statement.json"_s);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        const QString text = t.text(u"SELECT e.statement FROM events e JOIN cases c ON c.id = e.case_id "
                                    "WHERE c.ref = 'CASE-2020-0002' AND e.action = 'ban'"_s);
        auto recorded = dsa::Decision::fromText(text);
        QVERIFY2(recorded.ok(), qPrintable(text));
        QCOMPARE(recorded->endAccount, QDate(2020, 9, 1));
        QCOMPARE(recorded->territories, (QStringList{u"DE"_s, u"FR"_s}));
        QVERIFY(recorded->visibility.isEmpty() && recorded->monetaryOther.isEmpty());
        QVERIFY(recorded->missing().isEmpty());
        QCOMPARE(recorded->toText(), text);
        QVERIFY(verifies(t));
    }

    // An appeal names the case whose decision it contests when it is filed: the case the file
    // names, which must be another case of its advertiser already there; else the case of the
    // advertiser's latest ban until then.
    void anAppealNamesTheCaseItContests_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("contests"); // empty: the key is left out
        QTest::addColumn<QString>("stored");   // what the case records; empty with a fault
        QTest::addColumn<QString>("fault");
        QTest::newRow("named") << u"appeal"_s << u"CASE-2018-0001"_s << u"CASE-2018-0001"_s << QString();
        QTest::newRow("not named: the latest ban") << u"appeal"_s << QString() << u"CASE-2018-0001"_s << QString();
        QTest::newRow("not an appeal: none") << u"press"_s << QString() << QString() << QString();
        QTest::newRow("unknown case") << u"appeal"_s << u"CASE-2099-0001"_s << QString()
                                      << u"no case CASE-2099-0001 in the database or earlier in this file"_s;
        QTest::newRow("another advertiser's")
            << u"appeal"_s << u"CASE-2018-0003"_s << QString()
            << u"case CASE-2018-0003 is advertiser pebblecrest-mining's, not kaspersky-lab's"_s;
        QTest::newRow("not an appeal") << u"press"_s << u"CASE-2018-0001"_s << QString()
                                       << u"only an appeal contests another case's decision"_s;
        QTest::newRow("itself") << u"appeal"_s << u"CASE-2020-0002"_s << QString()
                                << u"an appeal contests the decision of another case, not its own"_s;
    }

    void anAppealNamesTheCaseItContests()
    {
        QFETCH(QString, source);
        QFETCH(QString, contests);
        QFETCH(QString, stored);
        QFETCH(QString, fault);
        test::TestDatabase t;
        t.loadDemo();
        QCOMPARE(t.text(u"SELECT contests FROM cases WHERE ref = 'CASE-2018-0008'"_s), u"CASE-2018-0001"_s);
        const QString before = t.snapshot();
        QJsonObject appeal = at(baseFile(), u"cases.1"_s).toObject();
        appeal.insert(u"source"_s, source);
        appeal.remove(u"history"_s);
        if (!contests.isEmpty())
            appeal.insert(u"contests"_s, contests);
        QJsonObject file = baseFile();
        file.insert(u"cases"_s, QJsonArray{appeal});
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importJson(toBytes(file), u"appeal.json"_s);
        if (!fault.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(hasFault(r.error(), u"cases[0].contests"_s, fault), qPrintable(describe(r)));
            QCOMPARE(t.snapshot(), before);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(t.text(u"SELECT contests FROM cases WHERE ref = 'CASE-2020-0002'"_s), stored);
        QVERIFY(verifies(t));
    }

    // Which decision an appeal contests is fixed when it is filed: a ban dated before the filing
    // that is recorded later (here imported; as well merged from another laptop) changes neither
    // what the appeal names nor who may decide it.
    void aBanRecordedLaterLeavesWhatAnAppealContests()
    {
        test::TestDatabase t;
        t.loadDemo();
        QJsonObject earlier = at(baseFile(), u"cases.1"_s).toObject();
        earlier.insert(u"ref"_s, u"CASE-2018-0100"_s);
        earlier.insert(u"opened"_s, u"2018-03-01T09:00:00Z"_s);
        earlier.insert(u"due"_s, u"2018-03-08T09:00:00Z"_s);
        earlier.insert(u"history"_s, QJsonArray{QJsonObject{{u"action"_s, u"ban"_s},
                                                            {u"reviewer"_s, u"dev.patel"_s},
                                                            {u"device"_s, u"laptop-dev"_s},
                                                            {u"at"_s, u"2018-03-02T09:00:00Z"_s},
                                                            {u"policy"_s, u"ADS-BIZ-CONFLICT"_s},
                                                            {u"rationale"_s, u"Campaign resumed under ban."_s},
                                                            {u"evidence"_s, QJsonArray{u"EV-2"_s}}}});
        QJsonObject file = baseFile();
        file.insert(u"cases"_s, QJsonArray{earlier});
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importJson(toBytes(file), u"earlier-ban.json"_s);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        // The latest ban before the appeal of 2018-04-21 is now dev.patel's, but the appeal names
        // CASE-2018-0001, banned by grace.okafor: she still may not decide it, he may.
        QCOMPARE(t.text(u"SELECT contests FROM cases WHERE ref = 'CASE-2018-0008'"_s), u"CASE-2018-0001"_s);
        const QString heads = t.text(u"SELECT heads FROM cases WHERE ref = 'CASE-2018-0008'"_s);
        Command reinstate{u"CASE-2018-0008"_s, u"reinstate"_s, {}, u"Reconsidered on appeal"_s, {}, {}, {}, {heads}};
        auto refused = t.reviewAs(u"grace.okafor"_s, u"grace-desk"_s).submit(reinstate);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"the ban of CASE-2018-0001"_s), qPrintable(refused.error().message));
        auto decided = t.reviewAs(u"dev.patel"_s, u"laptop-dev"_s).submit(reinstate);
        QVERIFY2(decided.ok(), decided.ok() ? "" : qPrintable(decided.error().message));
        QVERIFY(verifies(t));
    }

    // An appeal contests an earlier decision, and a case does not become an appeal later (nor stop
    // being one): who may decide it would change after the fact.
    void anAppealContestsAnEarlierCaseAndStaysAnAppeal()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString before = t.snapshot();
        QJsonObject early = at(baseFile(), u"cases.1"_s).toObject();
        early.insert(u"source"_s, u"appeal"_s);
        early.insert(u"contests"_s, u"CASE-2018-0001"_s);
        early.insert(u"opened"_s, u"2017-12-01T09:00:00Z"_s);
        early.insert(u"due"_s, u"2017-12-15T09:00:00Z"_s);
        early.remove(u"history"_s);
        QJsonObject file = baseFile();
        file.insert(u"cases"_s, QJsonArray{early});
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importJson(toBytes(file), u"early.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(hasFault(r.error(), u"cases[0].contests"_s,
                          u"case CASE-2018-0001 was opened 2018-01-03T09:00:00.000Z, after this appeal was filed"_s),
                 qPrintable(describe(r)));
        QCOMPARE(t.snapshot(), before);

        // The base file's Kaspersky case, imported as it is, then again as an appeal.
        QVERIFY(importer.importJson(toBytes(baseFile()), u"base.json"_s).ok());
        const QString imported = t.snapshot();
        const QJsonObject asAppeal = edited(baseFile(), u"cases.1.source"_s, u"appeal"_s);
        r = importer.importJson(toBytes(asAppeal), u"as-appeal.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(hasFault(r.error(), u"cases[1].source"_s,
                          u"case CASE-2020-0002 already exists as partner-platform, not appeal"_s),
                 qPrintable(describe(r)));
        QCOMPARE(t.snapshot(), imported);
    }

    void anAppealKeepsTheCaseItContests()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString before = t.snapshot();
        QJsonObject demo = parse(DemoDataset::json());
        QJsonArray cases;
        for (const QJsonValue &c : demo.value(u"cases"_s).toArray()) {
            if (c.toObject().value(u"ref"_s) == u"CASE-2018-0008"_s) {
                QJsonObject changed = c.toObject();
                changed.insert(u"contests"_s, u"CASE-2018-0002"_s);
                cases.append(changed);
            }
        }
        QCOMPARE(cases.size(), 1);
        demo.insert(u"cases"_s, cases);
        demo.remove(u"advertisers"_s);
        demo.remove(u"policies"_s);
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importJson(toBytes(demo), u"changed.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(hasFault(r.error(), u"cases[0].contests"_s,
                          u"case CASE-2018-0008 already exists contesting CASE-2018-0001, not CASE-2018-0002"_s),
                 qPrintable(describe(r)));
        QCOMPARE(t.snapshot(), before);
    }

    void laterFileAddsEvidence()
    {
        test::TestDatabase t;
        CaseImporter importer(t.db(), t.review());
        auto first = importer.importFile(fixturePath(u"good.json"_s));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const qint64 events = t.count(u"SELECT count(*) FROM events"_s);
        const QString advertisers = t.text(u"SELECT group_concat(ref || status) FROM advertisers"_s);

        const QString path = fixturePath(u"later-adds-evidence.json"_s);
        auto later = importer.importFile(path);
        QVERIFY2(later.ok(), qPrintable(describe(later)));
        QCOMPARE(later->evidenceAdded, 1);
        QCOMPARE(later->casesAdded, 0);
        QCOMPARE(later->casesChanged, 0);
        QCOMPARE(later->advertisersAdded, 0);
        QCOMPARE(later->eventsAdded, 0);
        QCOMPARE(later->summary(), path + u": 1 evidence items added"_s);

        QCOMPARE(t.count(u"SELECT count(*) FROM evidence"_s), 6);
        QCOMPARE(t.count(u"SELECT count(*) FROM events"_s), events);
        QCOMPARE(t.text(u"SELECT group_concat(ref || status) FROM advertisers"_s), advertisers);
        QCOMPARE(t.count(u"SELECT evidence_count FROM cases WHERE ref = 'CASE-2019-0002'"_s), 3);
        QCOMPARE(t.text(u"SELECT group_concat(ref, ',') FROM (SELECT ev.ref FROM evidence ev JOIN cases c "
                        "ON c.id = ev.case_id WHERE c.ref = 'CASE-2019-0002' ORDER BY ev.ref)"_s),
                 u"EV-1,EV-2,EV-3"_s);
        QCOMPARE(t.text(u"SELECT source || ' ' || date FROM evidence WHERE ref = 'EV-3'"_s),
                 u"Gaming Compliance Weekly 2019-02-12"_s);
        QCOMPARE(t.count(u"SELECT retrieved_at FROM evidence WHERE ref = 'EV-3'"_s), msecs("2019-02-12T15:45:00Z"));
        // The case is still open: new evidence is not a decision.
        QCOMPARE(t.text(u"SELECT state FROM cases WHERE ref = 'CASE-2019-0002'"_s), u"open"_s);

        // Importing the later file again adds nothing more.
        auto again = importer.importFile(path);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QVERIFY(!again->changedAnything());
        QCOMPARE(t.count(u"SELECT count(*) FROM evidence"_s), 6);
        QVERIFY(verifies(t));
    }

    // A renamed advertiser's cases are found under the new name and no longer under the old, also
    // when one file renames many (their documents are written once, at the end of the import).
    void renamedAdvertiserIsSearchedByItsNewName()
    {
        test::TestDatabase t;
        CaseImporter importer(t.db(), t.review());
        auto first = importer.importFile(fixturePath(u"good.json"_s));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const auto found = [&](const QString &word) {
            return t.text(u"SELECT group_concat(ref, ',') FROM (SELECT c.ref FROM case_search s JOIN cases c "
                          "ON c.id = s.rowid WHERE case_search MATCH '\"%1\"' ORDER BY c.ref)"_s.arg(word));
        };
        QCOMPARE(found(u"OrchidShield"_s), u"CASE-2019-0001,CASE-2019-0002"_s); // an alias, only there
        QVERIFY(found(u"Lanternfish"_s).isEmpty());

        QJsonObject file = QJsonDocument::fromJson(fixture(u"good.json"_s)).object();
        QJsonArray advertisers = file.value(u"advertisers"_s).toArray();
        for (qsizetype i = 0; i < advertisers.size(); ++i) {
            QJsonObject a = advertisers[i].toObject();
            a[u"name"_s] = a.value(u"name"_s).toString().replace(u"Orchid"_s, u"Lanternfish"_s);
            a[u"aliases"_s] = QJsonArray{u"Lanternfish"_s};
            advertisers[i] = a;
        }
        file[u"advertisers"_s] = advertisers;
        auto renamed = importer.importJson(QJsonDocument(file).toJson(), u"renamed.json"_s);
        QVERIFY2(renamed.ok(), qPrintable(describe(renamed)));
        QCOMPARE(renamed->advertisersChanged, 2);
        QCOMPARE(found(u"Lanternfish"_s),
                 t.text(u"SELECT group_concat(ref, ',') FROM (SELECT ref FROM cases ORDER BY ref)"_s));
        QVERIFY(found(u"OrchidShield"_s).isEmpty());
        QCOMPARE(t.text(u"SELECT group_concat(DISTINCT advertiser_name) FROM cases c JOIN advertisers a "
                        "ON a.id = c.advertiser_id WHERE a.ref = 'orchid-vpn'"_s),
                 u"Lanternfish VPN Ltd"_s);
        QVERIFY(verifies(t));
    }

    void laterFileChangingEvidenceIsRefused()
    {
        test::TestDatabase t;
        CaseImporter importer(t.db(), t.review());
        auto first = importer.importFile(fixturePath(u"good.json"_s));
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        const QString before = t.snapshot();

        // The advisory was rescinded later: that is a new item, not an edit of the old one.
        QJsonObject file = parse(fixture(u"good.json"_s));
        file = edited(file, u"cases.0.evidence.0.status"_s, u"rescinded"_s);
        // ... and a new item added next to it in the same file is not written either.
        file = edited(file, u"cases.2.evidence.1"_s,
                      QJsonObject{{u"ref"_s, u"EV-2"_s},
                                  {u"kind"_s, u"news-citation"_s},
                                  {u"title"_s, u"Broadcaster's ads reach voters"_s},
                                  {u"publisher"_s, u"Example Post"_s},
                                  {u"published"_s, u"2019-03-02"_s},
                                  {u"reliability"_s, u"probable"_s}});
        auto r = importer.importJson(toBytes(file), u"later.json"_s);
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QVERIFY(r.error().kind == ErrorKind::Rejected);
        QCOMPARE(r.error().message, u"later.json: 1 fault; nothing was imported"_s);
        QCOMPARE(
            r.error().details,
            QStringList{u"cases[0].evidence[0]: evidence EV-1 of CASE-2019-0001 already exists with different "
                        "content, reliability or attachment; evidence cannot be changed, add it under a new ref"_s});
        QCOMPARE(t.snapshot(), before);

        // Changing the excerpt of a news citation is refused the same way.
        file = parse(fixture(u"good.json"_s));
        file = edited(file, u"cases.0.evidence.1.excerpt"_s, u"A different quote."_s);
        file = edited(file, u"cases.0.evidence.1.sha256"_s, removed);
        r = importer.importJson(toBytes(file), u"later.json"_s);
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QVERIFY2(hasFault(r.error(), u"cases[0].evidence[1]"_s,
                          u"evidence EV-2 of CASE-2019-0001 already exists with different content"_s),
                 qPrintable(describe(r.error())));
        QCOMPARE(t.snapshot(), before);
    }

    // 4. Malformed files are refused whole, naming where the fault is.
    void refusesMalformedFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path"); // the JSON path of the fault; empty: the file as a whole
        QTest::addColumn<QString>("words");

        const QJsonObject base = baseFile();
        const auto row = [&](const char *name, const QString &field, const QJsonValue &value, const QString &path,
                             const QString &words) {
            QTest::newRow(name) << toBytes(edited(base, field, value)) << path << words;
        };

        // Types.
        row("number for a string", u"cases.1.summary"_s, 42, u"cases[1].summary"_s,
            u"expected a string, found a number"_s);
        row("object for an array", u"cases.0.evidence"_s, QJsonObject{{u"EV-1"_s, u"x"_s}}, u"cases[0].evidence"_s,
            u"expected an array"_s);
        row("object for the cases", u"cases"_s, QJsonObject(), u"cases"_s, u"expected an array"_s);
        row("string for a list of strings", u"advertisers.0.aliases"_s, u"Tallow"_s, u"advertisers[0].aliases"_s,
            u"expected an array of strings, found a string"_s);
        row("number in a history", u"cases.0.history.1.reviewer"_s, 7, u"cases[0].history[1].reviewer"_s,
            u"expected a string, found a number"_s);
        row("string for an evidence item", u"cases.1.evidence.1"_s, u"EV-2"_s, u"cases[1].evidence[1]"_s,
            u"expected an object"_s);

        // Missing fields.
        row("missing evidence title", u"cases.0.evidence.1.title"_s, removed, u"cases[0].evidence[1].title"_s,
            u"missing"_s);
        row("missing advisory status", u"cases.0.evidence.1.status"_s, removed, u"cases[0].evidence[1].status"_s,
            u"missing"_s);
        row("missing cases", u"cases"_s, removed, u"cases"_s, u"missing"_s);
        row("missing advertiser name", u"advertisers.0.name"_s, removed, u"advertisers[0].name"_s, u"missing"_s);
        row("empty summary", u"cases.1.summary"_s, u"   "_s, u"cases[1].summary"_s, u"empty"_s);

        // References to things that do not exist.
        row("unknown policy", u"cases.1.policy"_s, u"ADS-GAMBLING"_s, u"cases[1].policy"_s,
            u"unknown policy ADS-GAMBLING"_s);
        row("unknown advertiser", u"cases.1.advertiser"_s, u"acme-nowhere"_s, u"cases[1].advertiser"_s,
            u"unknown advertiser acme-nowhere (not in this file nor in the database)"_s);
        QTest::newRow("unknown advertiser (fixture)")
            << fixture(u"unknown-advertiser.json"_s) << u"cases[1].advertiser"_s
            << u"unknown advertiser nobody-we-know"_s;
        row("history cites missing evidence", u"cases.1.history.1"_s,
            QJsonObject{{u"action"_s, u"ban"_s},
                        {u"reviewer"_s, u"dev.patel"_s},
                        {u"device"_s, u"laptop-dev"_s},
                        {u"at"_s, u"2020-03-06T09:00:00Z"_s},
                        {u"policy"_s, u"ADS-BIZ-CONFLICT"_s},
                        {u"evidence"_s, QJsonArray{u"EV-9"_s}},
                        {u"rationale"_s, u"See EV-9."_s}},
            u"cases[1].history[1]"_s, u"CASE-2020-0002 has no evidence EV-9 (its evidence: EV-1, EV-2)"_s);
        row("existing case under another advertiser", u"cases.1.ref"_s, u"CASE-2018-0005"_s, u"cases[1].advertiser"_s,
            u"case CASE-2018-0005 already exists for advertiser bitmeadow-academy, not kaspersky-lab"_s);

        // Duplicates within the file.
        row("duplicate case ref", u"cases.1.ref"_s, u"CASE-2020-0001"_s, u"cases[1].ref"_s,
            u"duplicate case CASE-2020-0001 in this file"_s);
        row("duplicate evidence ref", u"cases.0.evidence.1.ref"_s, u"EV-1"_s, u"cases[0].evidence[1].ref"_s,
            u"duplicate evidence EV-1 in this case"_s);
        row("duplicate advertiser ref", u"advertisers.1"_s, at(base, u"advertisers.0"_s), u"advertisers[1].ref"_s,
            u"duplicate advertiser tallow-vpn in this file"_s);

        // Dates and times.
        row("month 13", u"cases.0.evidence.0.published"_s, u"2018-13-45"_s, u"cases[0].evidence[0].published"_s,
            u"not a date (expected YYYY-MM-DD, found '2018-13-45')"_s);
        row("yesterday", u"cases.0.evidence.1.issued"_s, u"yesterday"_s, u"cases[0].evidence[1].issued"_s,
            u"not a date (expected YYYY-MM-DD, found 'yesterday')"_s);
        row("30 February", u"cases.1.evidence.0.date"_s, u"2020-02-30"_s, u"cases[1].evidence[0].date"_s,
            u"not a date"_s);
        row("time without offset", u"cases.0.opened"_s, u"2020-03-02T09:00:00"_s, u"cases[0].opened"_s,
            u"not a time (expected YYYY-MM-DDTHH:MM:SSZ, found '2020-03-02T09:00:00')"_s);
        row("history time without offset", u"cases.0.history.0.at"_s, u"2020-03-02 09:30"_s,
            u"cases[0].history[0].at"_s, u"not a time"_s);
        row("retrieved hour 25", u"cases.0.evidence.0.retrieved"_s, u"2020-03-02T25:00:00Z"_s,
            u"cases[0].evidence[0].retrieved"_s, u"not a time"_s);
        row("due before opened", u"cases.0.due"_s, u"2020-03-01T09:00:00Z"_s, u"cases[0].due"_s,
            u"before the case was opened"_s);
        row("history before the case was opened", u"cases.0.history.0.at"_s, u"2020-03-01T09:00:00Z"_s,
            u"cases[0].history[0].at"_s, u"before the case was opened"_s);
        row("history out of order", u"cases.0.history.1.at"_s, u"2020-03-02T09:15:00Z"_s, u"cases[0].history[1].at"_s,
            u"earlier than the entry before it"_s);

        // The file as a whole.
        QTest::newRow("truncated JSON") << fixture(u"truncated.json"_s) << QString()
                                        << u"bad.json: not valid JSON at line 9, column 57: unterminated string"_s;
        QTest::newRow("not JSON at all") << QByteArray("ref,advertiser,policy\nCASE-1,rt,ADS-NATSEC\n") << QString()
                                         << u"bad.json: not valid JSON at line 1, column"_s;
        QTest::newRow("empty file") << QByteArray() << QString() << u"bad.json: not valid JSON at line 1, column 1"_s;
        QTest::newRow("array at the top")
            << QByteArray("[]") << QString() << u"expected a JSON object with \"format\": \"adreview-cases\""_s;
        row("wrong format", u"format"_s, u"adreview-bundle"_s, QString(),
            u"bad.json: format: expected \"adreview-cases\", found \"adreview-bundle\""_s);
        row("no format", u"format"_s, removed, QString(), u"format: expected \"adreview-cases\""_s);
        QTest::newRow("version 2") << fixture(u"version-2.json"_s) << QString()
                                   << u"bad.json: version: format version 2 is newer than this program reads (1)"_s;
        row("version as a string", u"version"_s, u"1"_s, QString(), u"bad.json: version: expected 1"_s);

        // Text that is too long or not text.
        row("1 MB summary", u"cases.0.summary"_s, QString(1024 * 1024, u'x'), u"cases[0].summary"_s,
            u"too long (1048576 characters; at most 5000)"_s);
        row("long advertiser ref", u"advertisers.0.ref"_s, QString(101, u'a'), u"advertisers[0].ref"_s,
            u"not a valid reference"_s);
        {
            QByteArray bytes = toBytes(edited(base, u"cases.0.evidence.0.excerpt"_s, u"NUL-GOES-HERE"_s));
            bytes.replace("NUL-GOES-HERE", "before\\u0000after");
            QTest::newRow("NUL inside a string")
                << bytes << u"cases[0].evidence[0].excerpt"_s << u"contains a NUL character"_s;
        }

        // Keys and values outside the format.
        row("unknown evidence field", u"cases.0.evidence.0.colour"_s, u"red"_s, u"cases[0].evidence[0].colour"_s,
            u"unknown field"_s);
        row("key of another evidence kind", u"cases.0.evidence.0.agency"_s, u"DHS"_s, u"cases[0].evidence[0].agency"_s,
            u"unknown field"_s);
        row("unknown top-level field", u"comment"_s, u"exported by hand"_s, u"comment"_s, u"unknown field"_s);
        row("unknown priority", u"cases.0.priority"_s, u"urgent"_s, u"cases[0].priority"_s,
            u"'urgent' is not one of critical, high, normal, low"_s);
        row("unknown evidence kind", u"cases.1.evidence.1.kind"_s, u"rumour"_s, u"cases[1].evidence[1].kind"_s,
            u"'rumour' is not one of"_s);
        row("flag in a history", u"cases.0.history.0.action"_s, u"flag"_s, u"cases[0].history[0].action"_s,
            u"'flag' is not one of"_s);
        row("javascript url", u"cases.0.evidence.0.url"_s, u"javascript:alert(1)"_s, u"cases[0].evidence[0].url"_s,
            u"not an http or https address: 'javascript:alert(1)'"_s);
        row("file url as a website", u"advertisers.0.website"_s, u"file:///etc/passwd"_s, u"advertisers[0].website"_s,
            u"not an http or https address"_s);
        row("lower-case country", u"advertisers.0.country"_s, u"pa"_s, u"advertisers[0].country"_s,
            u"'pa' is not an ISO 3166 alpha-2 country code"_s);
        row("country name", u"advertisers.0.country"_s, u"Panama"_s, u"advertisers[0].country"_s, u"too long"_s);

        // Histories the review rules refuse.
        row("unassigned country code", u"advertisers.0.country"_s, u"XX"_s, u"advertisers[0].country"_s,
            u"'XX' is not an ISO 3166 alpha-2 country code"_s);
        row("attachment as a string", u"cases.0.evidence.0.attachment"_s, u"file.pdf"_s,
            u"cases[0].evidence[0].attachment"_s, u"expected an object"_s);
        QTest::newRow("ban without evidence (fixture)")
            << fixture(u"ban-without-evidence.json"_s) << u"cases[0].history[1]"_s
            << u"CASE-2020-0201: a ban must cite at least one evidence item of the case"_s;
        row("reinstate an open case", u"cases.1.history.1"_s,
            QJsonObject{{u"action"_s, u"reinstate"_s},
                        {u"reviewer"_s, u"dev.patel"_s},
                        {u"device"_s, u"laptop-dev"_s},
                        {u"at"_s, u"2020-03-06T09:00:00Z"_s},
                        {u"rationale"_s, u"Looks fine."_s}},
            u"cases[1].history[1]"_s, u"only a banned case, or an appeal of a banned advertiser, can be reinstated"_s);
        row("statement not an object", u"cases.1.history.1"_s, banWithStatement(u"ads removed"_s),
            u"cases[1].history[1].statement"_s, u"must be an object"_s);
        row("statement with an unknown field", u"cases.1.history.1"_s,
            banWithStatement(QJsonObject{{u"grund"_s, u"DECISION_GROUND_ILLEGAL_CONTENT"_s}}),
            u"cases[1].history[1].statement"_s, u"unknown field 'grund'"_s);
        row("statement with a category the DSA lacks", u"cases.1.history.1"_s,
            banWithStatement(QJsonObject{{u"category"_s, u"STATEMENT_CATEGORY_SPAM"_s}}), u"cases[1].history[1]"_s,
            u"STATEMENT_CATEGORY_SPAM is not one of"_s);
        row("statement ending before the ban", u"cases.1.history.1"_s,
            banWithStatement(
                QJsonObject{{u"account"_s, u"DECISION_ACCOUNT_SUSPENDED"_s}, {u"end_account"_s, u"2020-03-01"_s}}),
            u"cases[1].history[1]"_s, u"is not after the decision"_s);
        row("clear without rationale", u"cases.0.history.2"_s,
            QJsonObject{{u"action"_s, u"clear"_s},
                        {u"reviewer"_s, u"ana.moreau"_s},
                        {u"device"_s, u"laptop-ana"_s},
                        {u"at"_s, u"2020-03-03T09:00:00Z"_s}},
            u"cases[0].history[2]"_s, u"CASE-2020-0001: a clear needs a rationale"_s);

        // Hashes.
        row("sha256 does not match", u"cases.0.evidence.0.sha256"_s, QString(64, u'0'),
            u"cases[0].evidence[0].sha256"_s, u"does not match the item's content (content hashes to "_s);
        row("attachment hash does not match", u"cases.1.evidence.0.attachment"_s,
            QJsonObject{{u"name"_s, u"statement.txt"_s},
                        {u"type"_s, u"text/plain"_s},
                        {u"data"_s, u"aGVsbG8="_s},
                        {u"sha256"_s, QString(64, u'a')}},
            u"cases[1].evidence[0].attachment.sha256"_s, u"does not match the attached file"_s);
        row("attachment not base64", u"cases.1.evidence.0.attachment"_s,
            QJsonObject{{u"name"_s, u"statement.txt"_s}, {u"type"_s, u"text/plain"_s}, {u"data"_s, u"%%%not"_s}},
            u"cases[1].evidence[0].attachment.data"_s, u"not valid base64"_s);

        // What QJsonDocument would let through silently: the file's text edited in place.
        const QByteArray text = toBytes(base);
        const auto rawRow = [&](const char *name, const QByteArray &from, const QByteArray &to, const QString &path,
                                const QString &words) {
            QByteArray bytes = text;
            bytes.replace(bytes.indexOf(from), from.size(), to);
            QTest::newRow(name) << bytes << path << words;
        };
        rawRow("a key twice", "\"summary\": ", "\"summary\": \"Another.\", \"summary\": ", u"cases[0]"_s,
               u"the key \"summary\" appears twice"_s);
        rawRow("a lone surrogate", "\"summary\": \"", "\"summary\": \"\\ud800", u"cases[0].summary"_s,
               u"half of a UTF-16 surrogate pair without its other half"_s);
    }

    void refusesMalformedFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        QFETCH(QString, words);

        test::TestDatabase t;
        t.loadDemo();
        const QString before = t.snapshot();
        const qint64 rows = t.count(u"SELECT (SELECT count(*) FROM advertisers) + (SELECT count(*) FROM cases) + "
                                    "(SELECT count(*) FROM evidence) + (SELECT count(*) FROM events) + "
                                    "(SELECT count(*) FROM event_evidence)"_s);

        CaseImporter importer(t.db(), t.review());
        auto r = importer.importJson(bytes, u"bad.json"_s);
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QVERIFY(r.error().kind == ErrorKind::Rejected);
        QVERIFY2(r.error().message.startsWith(u"bad.json: "_s), qPrintable(r.error().message));
        if (!r.error().details.isEmpty())
            QVERIFY2(r.error().message.endsWith(u"nothing was imported"_s), qPrintable(r.error().message));
        QVERIFY2(hasFault(r.error(), path, words),
                 qPrintable(u"expected '%1: %2', got %3"_s.arg(path, words, describe(r.error()))));

        // Nothing was written ...
        QCOMPARE(t.count(u"SELECT (SELECT count(*) FROM advertisers) + (SELECT count(*) FROM cases) + "
                         "(SELECT count(*) FROM evidence) + (SELECT count(*) FROM events) + "
                         "(SELECT count(*) FROM event_evidence)"_s),
                 rows);
        QCOMPARE(t.snapshot(), before);
        QVERIFY(!t.db().inTransaction());

        // ... and nothing was left behind: the valid file imports afterwards and the audit chains hold.
        auto valid = importer.importJson(toBytes(baseFile()), u"base.json"_s);
        QVERIFY2(valid.ok(), qPrintable(describe(valid)));
        QCOMPARE(valid->casesAdded, 2);
        QVERIFY(verifies(t));
    }

    // 5. importFile() explains paths it cannot use.
    void importFileRefusesMissingAndForeignFiles()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString before = t.snapshot();
        CaseImporter importer(t.db(), t.review());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const QString missing = dir.filePath(u"no-such-cases.json"_s);
        auto r = importer.importFile(missing);
        QVERIFY(!r.ok());
        QVERIFY(r.error().kind == ErrorKind::Rejected);
        QCOMPARE(r.error().message, missing + u": no such file"_s);

        // A .txt file is refused by its name, even when what it holds is a valid case file.
        const QString text = dir.filePath(u"cases.txt"_s);
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(toBytes(baseFile()));
        }
        r = importer.importFile(text);
        QVERIFY(!r.ok());
        QVERIFY(r.error().kind == ErrorKind::Rejected);
        QCOMPARE(r.error().message, text + u": unsupported file type; expected a .json or .csv case file"_s);

        // A folder named like a case file.
        const QString folder = dir.filePath(u"folder.json"_s);
        QVERIFY(QDir(dir.path()).mkdir(u"folder.json"_s));
        r = importer.importFile(folder);
        QVERIFY2(!r.ok(), qPrintable(describe(r)));
        QVERIFY(r.error().kind == ErrorKind::Rejected);
        QCOMPARE(r.error().message, folder + u": not a regular file (a folder); only regular files are read"_s);

        QCOMPARE(t.snapshot(), before);

        // The same bytes under a .json name import, with the path in the report.
        const QString json = dir.filePath(u"cases.json"_s);
        QVERIFY(QFile::copy(text, json));
        auto ok = importer.importFile(json);
        QVERIFY2(ok.ok(), qPrintable(describe(ok)));
        QVERIFY(ok->summary().startsWith(json + u": "_s));
    }

    // 6. Every fault of a file is reported, one line each.
    void reportsEveryFault()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString before = t.snapshot();
        CaseImporter importer(t.db(), t.review());
        const QString path = fixturePath(u"several-faults.json"_s);
        auto r = importer.importFile(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, path + u": 8 faults; nothing was imported"_s);
        QStringList details = r.error().details;
        details.sort();
        QStringList expected{
            u"advertisers[0].country: 'gb' is not an ISO 3166 alpha-2 country code (two capital letters)"_s,
            u"advertisers[0].website: not an http or https address: 'ftp://hollow-oak.example'"_s,
            u"cases[0].priority: 'urgent' is not one of critical, high, normal, low"_s,
            u"cases[0].opened: not a time (expected YYYY-MM-DDTHH:MM:SSZ, found '2020-07-01T09:00:00')"_s,
            u"cases[0].evidence[0].published: not a date (expected YYYY-MM-DD, found '2020-02-30')"_s,
            u"cases[0].evidence[1].reliability: 'very-high' is not one of confirmed, probable, doubtful, unknown"_s,
            u"cases[1].reviewer-notes: unknown field"_s,
            u"cases[1].summary: missing"_s,
        };
        expected.sort();
        QCOMPARE(details, expected);
        QCOMPARE(t.snapshot(), before);
    }

    // A file with faults of form and faults against the database reports both kinds at once.
    void reportsFormAndDatabaseFaultsTogether()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString before = t.snapshot();
        QJsonObject file = baseFile();
        file = edited(file, u"cases.0.policy"_s, u"ADS-NOPE"_s);
        file = edited(file, u"cases.1.priority"_s, u"urgent"_s);
        CaseImporter importer(t.db(), t.review());
        auto r = importer.importJson(toBytes(file), u"mixed.json"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, u"mixed.json: 2 faults; nothing was imported"_s);
        QStringList details = r.error().details;
        details.sort();
        QCOMPARE(details, (QStringList{u"cases[0].policy: unknown policy ADS-NOPE"_s,
                                       u"cases[1].priority: 'urgent' is not one of critical, high, normal, low"_s}));
        QCOMPARE(t.snapshot(), before);
    }

    // How reliable an item was judged is part of what a decision cited: a later file cannot change it.
    void laterFileChangingReliabilityIsRefused()
    {
        test::TestDatabase t;
        CaseImporter importer(t.db(), t.review());
        QVERIFY(importer.importFile(fixturePath(u"good.json"_s)).ok());
        const QString before = t.snapshot();
        QJsonObject file = parse(fixture(u"good.json"_s));
        const QString current = at(file, u"cases.0.evidence.0.reliability"_s).toString();
        file =
            edited(file, u"cases.0.evidence.0.reliability"_s, current == u"doubtful" ? u"confirmed"_s : u"doubtful"_s);
        auto r = importer.importJson(toBytes(file), u"reassessed.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(hasFault(r.error(), u"cases[0].evidence[0]"_s, u"different content, reliability"_s),
                 qPrintable(describe(r.error())));
        QCOMPARE(t.snapshot(), before);
    }

    // Faults found against the database (unknown references, the review rules) are all reported too.
    void reportsEveryFaultAgainstTheDatabase()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString before = t.snapshot();

        QJsonObject file = baseFile();
        file = edited(file, u"cases.0.policy"_s, u"ADS-NOPE"_s);
        file = edited(file, u"cases.1.advertiser"_s, u"acme-nowhere"_s);
        QJsonObject third = at(baseFile(), u"cases.1"_s).toObject();
        third.insert(u"ref"_s, u"CASE-2020-0003"_s);
        third = edited(third, u"history.1"_s,
                       QJsonObject{{u"action"_s, u"ban"_s},
                                   {u"reviewer"_s, u"dev.patel"_s},
                                   {u"device"_s, u"laptop-dev"_s},
                                   {u"at"_s, u"2020-03-06T09:00:00Z"_s},
                                   {u"policy"_s, u"ADS-BIZ-CONFLICT"_s},
                                   {u"rationale"_s, u"Same business model as before."_s}});
        file = edited(file, u"cases.2"_s, third);

        CaseImporter importer(t.db(), t.review());
        auto r = importer.importJson(toBytes(file), u"three.json"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, u"three.json: 3 faults; nothing was imported"_s);
        QCOMPARE(r.error().details,
                 (QStringList{u"cases[0].policy: unknown policy ADS-NOPE"_s,
                              u"cases[1].advertiser: unknown advertiser acme-nowhere (not in this file nor in the "
                              "database)"_s,
                              u"cases[2].history[1]: CASE-2020-0003: a ban must cite at least one evidence item of "
                              "the case"_s}));
        QCOMPARE(t.snapshot(), before);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestCaseImporter)
#include "tst_CaseImporter.moc"
