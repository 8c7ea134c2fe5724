#include "TestDatabase.h"
#include "domain/DsaDecision.h"
#include "import/CaseImporter.h"
#include "reports/DsaExport.h"
#include "reports/Report.h"
#include "reports/ReportWriter.h"
#include "storage/PolicyRepository.h"
#include "sync/SyncBundle.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const QDateTime spring2026(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);

// A complete statement: the policy's defaults, the account suspended until `ends`, in two
// countries.
QString statementFor(Database &db, const QString &policy, const QDate &ends)
{
    auto defaults = PolicyRepository(db).dsaDefaults(policy);
    if (!defaults || !*defaults)
        qFatal("the policy %s has no defaults", qPrintable(policy));
    dsa::Decision d = dsa::Decision::from(**defaults);
    d.account = u"DECISION_ACCOUNT_SUSPENDED"_s;
    d.endAccount = ends;
    d.territories = {u"DE"_s, u"NL"_s};
    return d.toText();
}

Command ban(const QString &caseRef, const QString &statement)
{
    Command c;
    c.caseRef = caseRef;
    c.action = u"ban"_s;
    c.policyCode = u"ADS-CRYPTO"_s;
    c.rationale = u"Internal note: seen by reviewer Dana Whitfield on the advertiser's landing page"_s;
    c.evidenceRefs = {u"EV-1"_s};
    c.statement = statement;
    return c;
}

// Every statement in the folder's files, after checking each file as the Transparency Database
// would take it.
QList<QJsonObject> readFolder(const QString &folder, int &files)
{
    QList<QJsonObject> out;
    const QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    files = int(names.size());
    for (const QString &name : names) {
        QFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(name));
        const QJsonObject body = QJsonDocument::fromJson(f.readAll()).object();
        const auto problems = dsa::checkSubmission(body);
        if (!problems.isEmpty())
            qFatal("%s breaks the rules: %s", qPrintable(name), qPrintable(dsa::describe(problems)));
        for (const QJsonValue &s : body.value(u"statements"_s).toArray())
            out.append(s.toObject());
    }
    return out;
}

} // namespace

class TestDsaExport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_t;
    QTemporaryDir m_out;
    QString m_complete, m_synced, m_bare; // the three bans of 2026

    QString folder(const QString &name) const { return m_out.filePath(name); }

private slots:
    // The demo (decided in 2017 and 2018, CoinHarbor in conflict), then in 2026: on this laptop
    // a ban with a complete statement and one recorded without any; on another laptop a ban with
    // a statement, brought here by a bundle.
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_t->makeDemo();
        m_t->clock().set(spring2026);
        const QString other = m_out.filePath(u"other.sqlite"_s);
        QFile::remove(other);
        QVERIFY(QFile::copy(m_t->path(), other));

        auto complete = m_t->review().submit(
            ban(u"CASE-2018-0013"_s, statementFor(m_t->db(), u"ADS-CRYPTO"_s, QDate(2026, 9, 30))));
        QVERIFY2(complete, complete ? "" : qPrintable(complete.error().message));
        m_complete = complete->event.uuid;
        m_t->clock().advance(60 * 1000);
        auto bare = m_t->review().submit(ban(u"CASE-2018-0012"_s, {}));
        QVERIFY(bare);
        m_bare = bare->event.uuid;

        auto otherDb = Database::open(other, Database::OpenMode::MustExist);
        QVERIFY(otherDb);
        ReviewService otherReview(**otherDb, m_t->clock(), Identity{u"omar"_s, u"omar-laptop"_s});
        Command c = ban(u"CASE-2018-0011"_s, {});
        dsa::Decision d;
        d.ground = u"DECISION_GROUND_ILLEGAL_CONTENT"_s;
        d.groundText = u"Regulation (EU) 2023/1114 (MiCA), Art. 7"_s;
        d.explanation = u"The ads offer crypto-assets to the public without the white paper the regulation requires."_s;
        d.category = u"STATEMENT_CATEGORY_SCAMS_AND_FRAUD"_s;
        d.contentTypes = {u"CONTENT_TYPE_TEXT"_s, u"CONTENT_TYPE_OTHER"_s};
        d.contentTypeOther = u"Landing page"_s;
        d.visibility = {u"DECISION_VISIBILITY_CONTENT_REMOVED"_s};
        d.monetary = u"DECISION_MONETARY_TERMINATION"_s;
        d.publicFacts = u"The ads offered crypto-assets without the required white paper; they were removed."_s;
        c.statement = d.toText();
        auto synced = otherReview.submit(c);
        QVERIFY2(synced, synced ? "" : qPrintable(synced.error().message));
        m_synced = synced->event.uuid;
        const QString bundle = m_out.filePath(u"omar.adrbundle"_s);
        QVERIFY(SyncBundle::write(**otherDb, otherReview.identity(), m_t->clock(), bundle, {}));
        auto merged = test::mergeTrusting(m_t->db(), bundle);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().message));
    }

    void cleanup() { m_t.reset(); }

    void everyStatementWrittenMeetsTheRules()
    {
        DsaExportOptions options;
        options.skipIncomplete = true;
        auto r = DsaExport(m_t->db(), m_t->clock()).write({}, folder(u"a"_s), options);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY(!r->refused);
        QCOMPARE(r->written, 2);
        int files = 0;
        const QList<QJsonObject> statements = readFolder(folder(u"a"_s), files);
        QCOMPARE(files, 1);
        QCOMPARE(r->files, QStringList{u"statements-0001.json"_s});
        QCOMPARE(statements.size(), 2);
        QHash<QString, QJsonObject> byPuid;
        for (const QJsonObject &s : statements) {
            QVERIFY2(dsa::check(s).isEmpty(), qPrintable(dsa::describe(dsa::check(s))));
            byPuid.insert(s.value(u"puid"_s).toString(), s);
            // Written for publication: neither the internal rationale nor who decided.
            const QString text = QString::fromUtf8(QJsonDocument(s).toJson());
            QVERIFY(!text.contains(u"Dana Whitfield"_s));
            QVERIFY(!text.contains(u"Internal note"_s));
            QVERIFY(!text.contains(m_t->review().identity().reviewer));
            QVERIFY(!text.contains(u"omar"_s));
        }
        const QJsonObject mine = byPuid.value(m_complete), theirs = byPuid.value(m_synced);
        QCOMPARE(mine.value(u"application_date"_s).toString(), u"2026-03-02"_s);
        QCOMPARE(mine.value(u"content_date"_s).toString(), u"2018-05-04"_s); // the case's flag day
        QCOMPARE(mine.value(u"end_date_account_restriction"_s).toString(), u"2026-09-30"_s);
        QCOMPARE(mine.value(u"territorial_scope"_s).toArray(), (QJsonArray{u"DE"_s, u"NL"_s}));
        QCOMPARE(mine.value(u"decision_ground"_s).toString(), u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s);
        QVERIFY(mine.contains(u"incompatible_content_ground"_s));
        QCOMPARE(mine.value(u"automated_decision"_s).toString(), u"AUTOMATED_DECISION_NOT_AUTOMATED"_s);
        QCOMPARE(theirs.value(u"illegal_content_legal_ground"_s).toString(),
                 u"Regulation (EU) 2023/1114 (MiCA), Art. 7"_s);
        QCOMPARE(theirs.value(u"territorial_scope"_s).toArray().size(), dsa::eeaCountries().size());
        QCOMPARE(theirs.value(u"content_type_other"_s).toString(), u"Landing page"_s);

        // Recorded, each with its file.
        QCOMPARE(m_t->count(u"SELECT count(*) FROM dsa_exports"_s), 2);
        QCOMPARE(m_t->text(u"SELECT DISTINCT file FROM dsa_exports"_s), u"statements-0001.json"_s);
        QCOMPARE(m_t->count(u"SELECT count(*) FROM dsa_exports x JOIN events e ON e.id = x.event_id WHERE e.uuid "
                            "IN ('%1', '%2')"_s.arg(m_complete, m_synced)),
                 2);
        // The rest is listed, none dropped unseen.
        QCOMPARE(r->incomplete.size(), 1);
        QCOMPARE(r->incomplete.first().eventId, m_bare);
        QCOMPARE(r->notSubmittable.size(), 6); // the demo's bans of 2017 and 2018
        QCOMPARE(r->disputed.size(), 1);
        QCOMPARE(r->disputed.first().caseRef, u"CASE-2018-0006"_s);
    }

    void anIncompleteDecisionStopsTheWholeExport()
    {
        auto r = DsaExport(m_t->db(), m_t->clock()).write({}, folder(u"b"_s));
        QVERIFY(r);
        QVERIFY(r->refused);
        QCOMPARE(r->written, 0);
        QCOMPARE(r->incomplete.size(), 1);
        QCOMPARE(r->incomplete.first().caseRef, u"CASE-2018-0012"_s);
        QVERIFY(r->incomplete.first().why.contains(u"no statement"_s));
        QVERIFY(!QFileInfo::exists(folder(u"b"_s)));
        QCOMPARE(QDir(m_out.path()).entryList({u".b-*"_s}, QDir::AllEntries | QDir::Hidden).size(), 0);
        QCOMPARE(m_t->count(u"SELECT count(*) FROM dsa_exports"_s), 0);
    }

    void aSecondExportSkipsWhatTheFirstWrote()
    {
        DsaExportOptions options;
        options.skipIncomplete = true;
        QVERIFY(DsaExport(m_t->db(), m_t->clock()).write({}, folder(u"c1"_s), options));
        m_t->clock().advance(3600 * 1000);
        auto again = DsaExport(m_t->db(), m_t->clock()).write({}, folder(u"c2"_s), options);
        QVERIFY(again);
        QCOMPARE(again->written, 0);
        QCOMPARE(again->alreadyExported, 2);
        QCOMPARE(again->lastExported, spring2026.addSecs(60));
        QVERIFY(!QFileInfo::exists(folder(u"c2"_s)));
        options.includeExported = true;
        auto forced = DsaExport(m_t->db(), m_t->clock()).write({}, folder(u"c3"_s), options);
        QVERIFY(forced);
        QCOMPARE(forced->written, 2);
        QCOMPARE(m_t->count(u"SELECT count(*) FROM dsa_exports WHERE folder LIKE '%/c3'"_s), 2);
    }

    void thePeriodChoosesTheDecisions()
    {
        ReportFilter filter;
        filter.to = QDate(2025, 12, 31);
        auto r = DsaExport(m_t->db(), m_t->clock()).write(filter, folder(u"d"_s));
        QVERIFY(r);
        QVERIFY(!r->refused);
        QCOMPARE(r->written, 0);
        QCOMPARE(r->notSubmittable.size(), 6);
        QVERIFY(!QFileInfo::exists(folder(u"d"_s)));
    }

    void aFileHoldsAtMostAHundredStatements()
    {
        QJsonArray advertisers, cases;
        for (int i = 1; i <= 230; ++i) {
            const QString ref = u"bulk-%1"_s.arg(i);
            advertisers.append(QJsonObject{{u"ref"_s, ref}, {u"name"_s, u"Bulk %1"_s.arg(i)}, {u"country"_s, u"DE"_s}});
            cases.append(QJsonObject{{u"ref"_s, u"CASE-BULK-%1"_s.arg(i)},
                                     {u"advertiser"_s, ref},
                                     {u"policy"_s, u"ADS-CRYPTO"_s},
                                     {u"summary"_s, u"Token sale"_s},
                                     {u"priority"_s, u"normal"_s},
                                     {u"source"_s, i % 2 ? u"user-report"_s : u"automated"_s},
                                     {u"opened"_s, u"2026-02-01T10:00:00Z"_s},
                                     {u"due"_s, u"2026-02-03T10:00:00Z"_s},
                                     {u"evidence"_s, QJsonArray{QJsonObject{{u"ref"_s, u"EV-1"_s},
                                                                            {u"kind"_s, u"news-citation"_s},
                                                                            {u"title"_s, u"Token sale %1"_s.arg(i)},
                                                                            {u"publisher"_s, u"Daily Wire"_s},
                                                                            {u"published"_s, u"2026-01-30"_s},
                                                                            {u"reliability"_s, u"confirmed"_s}}}}});
        }
        const QJsonObject doc{{u"format"_s, u"adreview-cases"_s},
                              {u"version"_s, 1},
                              {u"advertisers"_s, advertisers},
                              {u"cases"_s, cases}};
        auto imported = CaseImporter(m_t->db(), m_t->review()).importJson(QJsonDocument(doc).toJson(), u"b.json"_s);
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        const QString statement = statementFor(m_t->db(), u"ADS-CRYPTO"_s, QDate(2027, 1, 31));
        for (int i = 1; i <= 230; ++i)
            QVERIFY(m_t->review().submit(ban(u"CASE-BULK-%1"_s.arg(i), statement)));

        DsaExportOptions options;
        options.skipIncomplete = true;
        auto r = DsaExport(m_t->db(), m_t->clock()).write({}, folder(u"e"_s), options);
        QVERIFY(r);
        QCOMPARE(r->written, 232);
        QCOMPARE(r->files,
                 (QStringList{u"statements-0001.json"_s, u"statements-0002.json"_s, u"statements-0003.json"_s}));
        int files = 0;
        const QList<QJsonObject> statements = readFolder(folder(u"e"_s), files);
        QCOMPARE(files, 3);
        QCOMPARE(statements.size(), 232);
        QSet<QString> puids;
        int notices = 0, automated = 0;
        for (const QJsonObject &s : statements) {
            puids.insert(s.value(u"puid"_s).toString());
            if (s.value(u"puid"_s).toString() == m_complete || s.value(u"puid"_s).toString() == m_synced)
                continue;
            notices += s.value(u"source_type"_s).toString() == u"SOURCE_ARTICLE_16";
            automated += s.value(u"automated_detection"_s).toString() == u"Yes";
        }
        QCOMPARE(puids.size(), 232);
        QCOMPARE(notices, 115); // the odd bulk cases came from user reports, the even ones from a machine
        QCOMPARE(automated, 115);
        QCOMPARE(m_t->count(u"SELECT count(*) FROM dsa_exports"_s), 232);
    }

    // The JSON report carries each decision's statement with the same fields; the HTML report
    // prints them.
    void theReportsCarryTheStatements()
    {
        ReportEngine engine(m_t->db(), m_t->clock());
        const QString path = folder(u"report.json"_s);
        QVERIFY(writeJsonReport(engine, {}, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QHash<QString, QJsonValue> byEvent;
        for (const QJsonValue &d : QJsonDocument::fromJson(f.readAll()).object().value(u"decisions"_s).toArray())
            byEvent.insert(d.toObject().value(u"event_id"_s).toString(), d.toObject().value(u"statement_of_reasons"_s));
        QVERIFY(byEvent.value(m_bare).isNull());
        for (const QString &id : {m_complete, m_synced}) {
            QJsonObject s = byEvent.value(id).toObject();
            QCOMPARE(s.value(u"puid"_s).toString(), id);
            s.remove(u"review_by"_s);
            QVERIFY2(dsa::check(s).isEmpty(), qPrintable(dsa::describe(dsa::check(s))));
        }
        QCOMPARE(byEvent.value(m_complete).toObject().value(u"end_date_account_restriction"_s).toString(),
                 u"2026-09-30"_s);
        // The HTML statement of reasons prints the fields, and says when none was recorded.
        const QString html = folder(u"report.html"_s);
        QVERIFY(writeHtmlReport(engine, {}, html));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(h.readAll());
        QVERIFY(page.contains(u"<th>Where</th><td class=\"text\">DE, NL</td>"_s));
        QVERIFY(page.contains(u"Account suspended until 2026-09-30"_s));
        QVERIFY(page.contains(u"Illegal content: Regulation (EU) 2023/1114 (MiCA), Art. 7"_s));
        QVERIFY(page.contains(u"No statement of reasons under the DSA was recorded with this decision."_s));
        QVERIFY(page.contains(u"out-of-court dispute settlement body"_s));
    }

    void theFolderMustBeNewOrEmpty()
    {
        DsaExport exporter(m_t->db(), m_t->clock());
        DsaExportOptions options;
        options.skipIncomplete = true;
        QDir(m_out.path()).mkpath(u"full"_s);
        QFile stray(folder(u"full/notes.txt"_s));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        auto full = exporter.write({}, folder(u"full"_s), options);
        QVERIFY(!full);
        QCOMPARE(full.error().kind, ErrorKind::Usage);
        QVERIFY(full.error().message.contains(u"not empty"_s));

        auto nowhere = exporter.write({}, folder(u"missing/deeper"_s), options);
        QVERIFY(!nowhere);
        QVERIFY(nowhere.error().message.contains(u"does not exist"_s));

        auto file = exporter.write({}, folder(u"full/notes.txt"_s), options);
        QVERIFY(!file);
        QVERIFY(file.error().message.contains(u"not a folder"_s));
        QCOMPARE(m_t->count(u"SELECT count(*) FROM dsa_exports"_s), 0);

        QDir(m_out.path()).mkpath(u"empty"_s);
        auto empty = exporter.write({}, folder(u"empty"_s), options);
        QVERIFY(empty);
        QCOMPARE(empty->written, 2);
        QCOMPARE(QDir(folder(u"empty"_s)).entryList(QDir::Files), QStringList{u"statements-0001.json"_s});
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDsaExport)
#include "tst_DsaExport.moc"
