// ServerSync: laptops and a real PostgreSQL team server, each laptop a database of its own.
#include "TestDatabase.h"
#include "TestPostgres.h"
#include "demo/DemoDataset.h"
#include "domain/DsaDecision.h"
#include "domain/EventHash.h"
#include "domain/ManualClock.h"
#include "import/CaseImporter.h"
#include "review/DeviceKeys.h"
#include "storage/AuditVerifier.h"
#include "storage/EventRepository.h"
#include "storage/Quarantine.h"
#include "storage/ServerMarks.h"
#include "sync/SyncBundle.h"
#include "team/ServerConnection.h"
#include "team/ServerSync.h"
#include "team/TeamAdmin.h"
#include "team/TeamSchema.h"

#include <QTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <functional>
#include <future>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace adreview {

class TestServerSync : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestPostgres> m_pg;

    struct Laptop {
        std::unique_ptr<test::TestDatabase> file = std::make_unique<test::TestDatabase>();
        std::unique_ptr<ServerConnection> server;
        QString reviewer;
        QString device;
    };

    // A team database with the reviewers ana and ben (and lea, a lead), and a laptop for each name
    // given, started from the demo.
    std::vector<Laptop> team(const QString &database, const QStringList &names)
    {
        std::vector<Laptop> out;
        if (!m_pg->createDatabase(database, u"admin"_s))
            return out;
        auto admin = ServerConnection::open(m_pg->address(database, u"admin"_s));
        if (!admin || !TeamSchema::init(**admin))
            return out;
        TeamAdmin people(**admin);
        for (const QString &name : names) {
            const QString role = name + u'-' + database;
            if (!people.addReviewer(role, name == u"lea", {}))
                return {};
            // Laptops that joined the team from the same demo, as `adreview demo` makes it on each.
            Laptop l;
            l.file->makeDemo();
            l.reviewer = role;
            l.device = role + u"-laptop"_s;
            auto login = ServerConnection::open(m_pg->address(database, role));
            if (!login)
                return {};
            l.server = std::move(*login);
            out.push_back(std::move(l));
        }
        return out;
    }

    static Status decide(Laptop &l, const QString &caseRef, const QString &action, const QString &rationale)
    {
        Command c;
        c.caseRef = caseRef;
        c.action = action;
        c.rationale = rationale;
        if (action == u"ban") {
            c.policyCode = u"ADS-CRYPTO"_s;
            c.evidenceRefs = {u"EV-1"_s};
        }
        auto done = l.file->reviewAs(l.reviewer, l.device).submit(c);
        if (!done)
            return done.error();
        return {};
    }

    static Result<ServerSync::Report> sync(Laptop &l, int pushBatch = 1000, int pullBatch = 20000)
    {
        ServerSync s(l.file->db(), *l.server);
        if (auto ok = s.connect(); !ok)
            return ok.error();
        auto pushed = s.push(pushBatch);
        if (!pushed)
            return pushed.error();
        auto pulled = s.pull(pullBatch);
        if (!pulled)
            return pulled.error();
        pulled->eventsPushed = pushed->eventsPushed;
        pulled->casesPushed = pushed->casesPushed;
        return pulled;
    }

    // The first value a query gives on the server, read as its superuser.
    QString serverText(const QString &database, const QString &sql)
    {
        auto su = ServerConnection::open(m_pg->address(database));
        if (!su)
            return su.error().message;
        auto rows = (*su)->exec(sql, {}, u"a test's query"_s);
        return rows ? (rows->size() ? rows->text(0, 0) : QString()) : rows.error().message;
    }

    static QString events(test::TestDatabase &d)
    {
        return test::rows(d.db(), u"SELECT uuid, hash FROM events ORDER BY uuid"_s);
    }
    static QString derived(test::TestDatabase &d)
    {
        return test::rows(d.db(), u"SELECT c.ref, c.state, c.outcome, c.assignee, c.heads, a.status FROM cases c JOIN "
                                  "advertisers a ON a.id = c.advertiser_id ORDER BY c.ref"_s);
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::TestPostgres>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->psql(u"postgres"_s, u"CREATE ROLE admin LOGIN CREATEROLE"_s));
    }

    // A decision made on one laptop reaches another through the server, and both end alike.
    void aDecisionReachesTheOtherLaptop()
    {
        auto l = team(u"two"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Checked the directive"_s));
        QVERIFY(decide(l[1], u"CASE-2018-0013"_s, u"annotate"_s, u"Asked the company"_s));
        QCOMPARE(*ServerSync::toSend(l[0].file->db(), l[0].reviewer), qint64(1));
        auto first = sync(l[0]);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->eventsPushed, qint64(1));
        QCOMPARE(*ServerSync::toSend(l[0].file->db(), l[0].reviewer), qint64(0));
        auto second = sync(l[1]);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(second->eventsPulled, qint64(1));
        auto third = sync(l[0]);
        QVERIFY2(third, qPrintable(third ? QString() : third.error().message));
        QCOMPARE(third->eventsPulled, qint64(1));
        QCOMPARE(third->eventsPushed, qint64(0));
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        QCOMPARE(derived(*l[0].file), derived(*l[1].file));
        for (Laptop &x : l) {
            auto report = AuditVerifier(x.file->db()).run();
            QVERIFY(report);
            QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        }
        // Again: nothing moves.
        auto again = sync(l[1]);
        QVERIFY(again);
        QCOMPARE(again->eventsPushed + again->eventsPulled, qint64(0));
    }

    // A ban's statement of reasons is part of its event: the server holds it as sent, the other
    // laptop merges it with the same hash.
    void aStatementOfReasonsTravelsWithItsBan()
    {
        auto l = team(u"statement"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        dsa::Decision d;
        d.ground = u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s;
        d.groundText = u"Advertising policy ADS-CRYPTO"_s;
        d.explanation = u"The ads promote a «crypto» exchange; 广告 \"quoted\" \\ back-slashed"_s;
        d.category = u"STATEMENT_CATEGORY_CONSUMER_INFORMATION"_s;
        d.contentTypes = {u"CONTENT_TYPE_TEXT"_s};
        d.account = u"DECISION_ACCOUNT_SUSPENDED"_s;
        d.endAccount = QDate(2037, 6, 30);
        d.territories = {u"DE"_s, u"MT"_s};
        d.publicFacts = u"The ads were removed."_s;
        Command c;
        c.caseRef = u"CASE-2018-0013"_s;
        c.action = u"ban"_s;
        c.policyCode = u"ADS-CRYPTO"_s;
        c.evidenceRefs = {u"EV-1"_s};
        c.rationale = u"Promotes an exchange"_s;
        c.statement = d.toText();
        auto done = l[0].file->reviewAs(l[0].reviewer, l[0].device).submit(c);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QVERIFY(sync(l[0]));
        QCOMPARE(serverText(u"statement"_s,
                            u"SELECT statement FROM adreview.events WHERE uuid = '%1'"_s.arg(done->event.uuid)),
                 d.toText());
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(1));
        QCOMPARE(test::rows(l[1].file->db(), u"SELECT statement FROM events WHERE statement <> ''"_s).trimmed(),
                 test::rows(l[0].file->db(), u"SELECT statement FROM events WHERE statement <> ''"_s).trimmed());
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        auto report = AuditVerifier(l[1].file->db()).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }

    // A revision of BOD 17-01 made on one laptop reaches the other through the server and puts the
    // same decided case into re-review there; the re-affirmation made there ends it on both.
    void aRevisionAndItsReaffirmationTravelThroughTheServer()
    {
        auto l = team(u"revision"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        EvidenceChange change;
        change.status = u"superseded"_s;
        change.supersededBy = u"Commerce Final Determination"_s;
        change.effective = QDate(2024, 6, 24);
        change.rationale = u"The Commerce Department's determination"_s;
        auto revised = l[0].file->reviewAs(l[0].reviewer, l[0].device).revise(u"CASE-2018-0001"_s, u"EV-1"_s, change);
        QVERIFY2(revised, qPrintable(revised ? QString() : revised.error().message));
        auto pushed = sync(l[0]);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(serverText(u"revision"_s,
                            u"SELECT action FROM adreview.events WHERE uuid = '%1'"_s.arg(revised->event.uuid)),
                 u"revise"_s);
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        const QString rereview = u"SELECT ref || ': ' || rereview FROM cases WHERE rereview IS NOT NULL"_s;
        QCOMPARE(test::rows(l[1].file->db(), rereview), test::rows(l[0].file->db(), rereview));
        QVERIFY(test::rows(l[1].file->db(), rereview).startsWith(u"CASE-2018-0001: EV-1 "_s));
        QVERIFY(decide(l[1], u"CASE-2018-0001"_s, u"reaffirm"_s, u"The ban rests on more than the directive"_s));
        QVERIFY(sync(l[1]));
        QVERIFY(sync(l[0]));
        for (Laptop &x : l) {
            QCOMPARE(test::rows(x.file->db(), rereview), QString());
            auto report = AuditVerifier(x.file->db()).run();
            QVERIFY(report);
            QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        }
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        QCOMPARE(derived(*l[0].file), derived(*l[1].file));
    }

    // An appeal filed on one laptop reaches the others naming the case it contests, which goes to
    // the server with it (the server holds none of the demo's cases before).
    void anAppealReachesTheOtherLaptopWithTheCaseItContests()
    {
        auto l = team(u"appeal"_s, {u"ana"_s, u"ben"_s, u"lea"_s});
        QCOMPARE(l.size(), size_t(3));
        const QByteArray file = R"({"format": "adreview-cases", "version": 1, "cases": [
            {"ref": "CASE-2020-0100", "advertiser": "kaspersky-lab", "policy": "ADS-NATSEC",
             "summary": "A second appeal against the 2018 ban.", "priority": "normal", "source": "appeal",
             "contests": "CASE-2018-0001", "opened": "2020-03-02T09:00:00Z", "due": "2020-03-16T09:00:00Z",
             "evidence": [{"ref": "EV-1", "kind": "company-statement", "title": "Appeal letter",
                           "source": "Kaspersky Lab", "date": "2020-03-01", "reliability": "confirmed"}]}]})";
        ReviewService ana = l[0].file->reviewAs(l[0].reviewer, l[0].device);
        auto imported = CaseImporter(l[0].file->db(), ana).importJson(file, u"appeal.json"_s);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        auto pushed = sync(l[0]);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->casesPushed, qint64(2));
        QCOMPARE(serverText(u"appeal"_s, u"SELECT string_agg(ref || '>' || coalesce(contests, ''), ' ' ORDER BY "
                                         "srv_seq) FROM adreview.cases"_s),
                 u"CASE-2018-0001> CASE-2020-0100>CASE-2018-0001"_s);
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(l[1].file->text(u"SELECT contests FROM cases WHERE ref = 'CASE-2020-0100'"_s), u"CASE-2018-0001"_s);
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        auto report = AuditVerifier(l[1].file->db()).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        // A new laptop, holding neither case, pulls a row a batch: the contested case comes in a
        // batch before the appeal's.
        l[2].file = std::make_unique<test::TestDatabase>();
        auto apart = sync(l[2], 1000, 1);
        QVERIFY2(apart, qPrintable(apart ? QString() : apart.error().message));
        QVERIFY(apart->batchesPulled > 2);
        QCOMPARE(l[2].file->text(u"SELECT group_concat(ref || '>' || contests, ' ') FROM (SELECT ref, contests FROM "
                                 "cases ORDER BY ref)"_s),
                 u"CASE-2018-0001> CASE-2020-0100>CASE-2018-0001"_s);
        QCOMPARE(l[2].file->count(u"SELECT count(*) FROM events e JOIN cases c ON c.id = e.case_id WHERE c.ref = "
                                  "'CASE-2020-0100'"_s),
                 qint64(1));
        // A reviewer role may not name a case the server lacks.
        auto forged = l[1].server->exec(
            u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, opened_at, "
            "due_at, contests) VALUES ('CASE-2020-0101', 'kaspersky-lab', 'ADS-NATSEC', 's', 'low', 'appeal', 0, 1, "
            "'CASE-1999-0001')"_s,
            {}, u"a forged case"_s);
        QVERIFY(!forged);
        QVERIFY2(forged.error().message.contains(u"foreign key"_s), qPrintable(forged.error().message));
    }

    // Text in any script, quotes, backslashes, an attachment's bytes and missing values reach
    // another laptop through the server exactly as written.
    void textAndAttachmentsTravelIntact()
    {
        auto l = team(u"bytes"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QByteArray attachment;
        for (int i = 0; i < 256; ++i)
            attachment.append(char(i));
        const QString summary =
            u"Лаборатория Касперского — Überprüfung «A» \"B\" back\\slash, tab\tand\nline 🛡"_s;
        QJsonObject item{{u"ref"_s, u"EV-1"_s},
                         {u"kind"_s, u"company-statement"_s},
                         {u"title"_s, summary},
                         {u"source"_s, u"Kaspersky Lab {curly} (round) ,comma"_s},
                         {u"date"_s, u"2020-03-01"_s},
                         {u"reliability"_s, u"confirmed"_s},
                         {u"attachment"_s, QJsonObject{{u"name"_s, u"bytes.bin"_s},
                                                       {u"type"_s, u"application/octet-stream"_s},
                                                       {u"data"_s, QString::fromLatin1(attachment.toBase64())}}}};
        QJsonObject plain{
            {u"ref"_s, u"EV-2"_s},      {u"kind"_s, u"news-citation"_s},   {u"title"_s, u"NULL"_s},
            {u"publisher"_s, u"\\N"_s}, {u"published"_s, u"2020-03-02"_s}, {u"reliability"_s, u"unknown"_s}};
        QJsonObject c{{u"ref"_s, u"CASE-2020-0200"_s},
                      {u"advertiser"_s, u"kaspersky-lab"_s},
                      {u"policy"_s, u"ADS-NATSEC"_s},
                      {u"summary"_s, summary},
                      {u"priority"_s, u"normal"_s},
                      {u"source"_s, u"press"_s},
                      {u"opened"_s, u"2020-03-02T09:00:00Z"_s},
                      {u"due"_s, u"2020-03-16T09:00:00Z"_s},
                      {u"evidence"_s, QJsonArray{item, plain}}};
        const QByteArray file =
            QJsonDocument(
                QJsonObject{{u"format"_s, u"adreview-cases"_s}, {u"version"_s, 1}, {u"cases"_s, QJsonArray{c}}})
                .toJson();
        ReviewService ana = l[0].file->reviewAs(l[0].reviewer, l[0].device);
        auto imported = CaseImporter(l[0].file->db(), ana).importJson(file, u"bytes.json"_s);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().details.join(u'\n')));
        QVERIFY(decide(l[0], u"CASE-2020-0200"_s, u"annotate"_s, summary));
        auto pushed = sync(l[0]);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(serverText(u"bytes"_s, u"SELECT summary FROM adreview.cases WHERE ref = 'CASE-2020-0200'"_s), summary);
        QCOMPARE(serverText(u"bytes"_s, u"SELECT encode(attachment, 'hex') FROM adreview.evidence WHERE case_ref = "
                                        "'CASE-2020-0200' AND ref = 'EV-1'"_s),
                 QString::fromLatin1(attachment.toHex()));
        QCOMPARE(serverText(u"bytes"_s, u"SELECT (attachment IS NULL)::text || ' ' || (retrieved_at IS NULL)::text "
                                        "FROM adreview.evidence WHERE case_ref = 'CASE-2020-0200' AND ref = 'EV-2'"_s),
                 u"true true"_s);
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        const QString evidence = u"SELECT v.ref, v.title, v.source, v.content_hash, hex(v.attachment), "
                                 "v.attachment_name, v.retrieved_at IS NULL FROM evidence v JOIN cases c ON c.id = "
                                 "v.case_id WHERE c.ref = 'CASE-2020-0200' ORDER BY v.ref"_s;
        QCOMPARE(test::rows(l[1].file->db(), evidence), test::rows(l[0].file->db(), evidence));
        QCOMPARE(l[1].file->text(u"SELECT summary FROM cases WHERE ref = 'CASE-2020-0200'"_s), summary);
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        auto report = AuditVerifier(l[1].file->db()).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }

    // Small batches on both sides give the same result, a batch a transaction.
    void batchesOfOneGiveTheSameRecord()
    {
        auto l = team(u"batches"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        for (const QString &ref : {u"CASE-2018-0012"_s, u"CASE-2018-0013"_s, u"CASE-2017-0001"_s})
            QVERIFY(decide(l[0], ref, u"annotate"_s, u"note on "_s + ref));
        auto pushed = sync(l[0], 1, 1);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->eventsPushed, qint64(3));
        auto pulled = sync(l[1], 1, 1);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(3));
        QVERIFY(pulled->batchesPulled > 3);
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        QCOMPARE(derived(*l[0].file), derived(*l[1].file));
    }

    // Two reviewers decide the same case apart; after both sync, both laptops show the conflict,
    // found by the same fold as a bundle's.
    void decisionsMadeApartBecomeAConflictEverywhere()
    {
        auto l = team(u"apart"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QVERIFY(decide(l[0], u"CASE-2018-0013"_s, u"ban"_s, u"Banned on the advisory"_s));
        QVERIFY(decide(l[1], u"CASE-2018-0013"_s, u"clear"_s, u"Cleared on the statement"_s));
        QVERIFY(sync(l[0]));
        auto b = sync(l[1]);
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
        QCOMPARE(b->newConflicts, QStringList{u"CASE-2018-0013"_s});
        QVERIFY(sync(l[0]));
        QCOMPARE(l[0].file->text(u"SELECT state FROM cases WHERE ref = 'CASE-2018-0013'"_s), u"conflict"_s);
        QCOMPARE(derived(*l[0].file), derived(*l[1].file));
    }

    // Twenty laptops push at once, in many small transactions, while another laptop pulls over
    // and over: server numbers are taken one writing transaction at a time, so the puller, which
    // moves its mark past every number it saw, never skips a row that commits after a larger one.
    void twentyLaptopsPushAtOnceAndAPullerMissesNothing()
    {
        const QString database = u"twenty"_s;
        QVERIFY(m_pg->createDatabase(database, u"admin"_s));
        auto admin = ServerConnection::open(m_pg->address(database, u"admin"_s));
        QVERIFY(admin);
        QVERIFY(TeamSchema::init(**admin));
        TeamAdmin people(**admin);
        QTemporaryDir dir;
        constexpr int laptops = 20;
        constexpr int perLaptop = 25;
        QStringList paths;
        for (int i = 0; i <= laptops; ++i) {
            const QString name = u"r%1"_s.arg(i, 2, 10, QChar(u'0'));
            QVERIFY(people.addReviewer(name, false, {}));
            const QString path = dir.filePath(name + u".sqlite"_s);
            QVERIFY(DemoDataset::create(path, true));
            paths.append(path);
            if (i == 0)
                continue; // r00 only pulls
            auto db = Database::open(path);
            QVERIFY(db);
            ManualClock clock(QDateTime::currentDateTimeUtc());
            ReviewService review(**db, clock, Identity{name, name + u"-laptop"_s});
            for (int n = 0; n < perLaptop; ++n) {
                Command c;
                c.caseRef = n % 2 ? u"CASE-2018-0012"_s : u"CASE-2018-0013"_s;
                c.action = u"annotate"_s;
                c.rationale = u"note %1 of %2"_s.arg(n).arg(name);
                QVERIFY(review.submit(c));
            }
        }
        std::atomic<int> pushing = laptops;
        std::vector<QString> errors(laptops + 1);
        std::vector<std::thread> threads;
        for (int i = 1; i <= laptops; ++i) {
            threads.emplace_back([&, i] {
                auto db = Database::open(paths[i]);
                auto login = ServerConnection::open(m_pg->address(database, u"r%1"_s.arg(i, 2, 10, QChar(u'0'))));
                if (!db || !login) {
                    errors[size_t(i)] = u"cannot open"_s;
                } else {
                    ServerSync s(**db, **login);
                    auto pushed = s.push(3);
                    if (!pushed)
                        errors[size_t(i)] = pushed.error().message;
                }
                --pushing;
            });
        }
        // The puller, on its own thread as the window's worker would be.
        qint64 pulls = 0;
        threads.emplace_back([&] {
            auto db = Database::open(paths[0]);
            auto login = ServerConnection::open(m_pg->address(database, u"r00"_s));
            if (!db || !login) {
                errors[0] = u"cannot open"_s;
                return;
            }
            ServerSync s(**db, **login);
            bool last = false;
            while (!last) {
                last = pushing.load() == 0;
                auto pulled = s.pull(7);
                if (!pulled) {
                    errors[0] = pulled.error().message;
                    return;
                }
                ++pulls;
            }
        });
        for (std::thread &t : threads)
            t.join();
        for (const QString &e : errors)
            QVERIFY2(e.isEmpty(), qPrintable(e));
        QVERIFY(pulls > 1);
        auto onServer = (*admin)->exec(u"SELECT count(*), count(DISTINCT uuid) FROM adreview.events"_s, {}, u"t"_s);
        QCOMPARE(onServer->integer(0, 0), qint64(laptops * perLaptop));
        QCOMPARE(onServer->integer(0, 1), qint64(laptops * perLaptop));
        auto puller = Database::open(paths[0]);
        QVERIFY(puller);
        QCOMPARE(test::rows(**puller, u"SELECT count(*) FROM events WHERE device LIKE 'r%-laptop'"_s),
                 QString::number(laptops * perLaptop));
    }

    // The hazard itself, made to happen: a writer takes a server number and waits before its
    // commit while another writer pushes. The second must wait its turn; otherwise a laptop that
    // pulled between the two commits would move its mark past the first writer's row and never
    // take it.
    void aRowThatCommitsLateIsNotSkipped()
    {
        auto l = team(u"late"_s, {u"ana"_s, u"ben"_s, u"lea"_s});
        QCOMPARE(l.size(), size_t(3));
        QVERIFY(decide(l[1], u"CASE-2018-0012"_s, u"annotate"_s, u"Pushed while another waits"_s));
        auto slow = ServerConnection::open(m_pg->address(u"late"_s, l[0].reviewer));
        QVERIFY(slow);
        QVERIFY((*slow)->begin(u"t"_s));
        QVERIFY((*slow)->exec(u"INSERT INTO adreview.policies (code, title) VALUES ('P-LATE', 'Committed late')"_s, {},
                              u"t"_s));
        const QString benPath = l[1].file->path();
        const QString benRole = l[1].reviewer;
        l[1].file->close();
        std::atomic<bool> benDone = false;
        QString benError;
        std::thread ben([&] {
            auto db = Database::open(benPath);
            auto login = ServerConnection::open(m_pg->address(u"late"_s, benRole));
            if (!db || !login) {
                benError = u"cannot open"_s;
            } else {
                ServerSync s(**db, **login);
                auto pushed = s.push();
                if (!pushed)
                    benError = pushed.error().message;
            }
            benDone = true;
        });
        // On a failed check below, the waiting writer gives up so that the push can end.
        const auto join = qScopeGuard([&] {
            if (ben.joinable()) {
                (*slow)->rollback();
                ben.join();
            }
        });
        QTest::qWait(1500);
        QVERIFY2(!benDone, "a push went ahead of a writer that had taken an earlier number");
        QVERIFY(sync(l[2])); // lea pulls while the first writer still waits
        QVERIFY((*slow)->commit(u"t"_s));
        ben.join();
        QVERIFY2(benError.isEmpty(), qPrintable(benError));
        QVERIFY(sync(l[2]));
        QCOMPARE(l[2].file->text(u"SELECT title FROM policies WHERE code = 'P-LATE'"_s), u"Committed late"_s);
        QCOMPARE(l[2].file->count(u"SELECT count(*) FROM events WHERE reviewer = '%1'"_s.arg(benRole)), qint64(1));
    }

    // The server goes away before, during and after a push and a pull (stopped, or its postmaster
    // killed): the laptop says it cannot reach the server, keeps everything, and the next sync
    // completes with every event on the server once.
    void theServerGoingAwayMidSyncLosesNothing()
    {
        auto l = team(u"faults"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        constexpr int total = 80;
        for (int n = 0; n < total; ++n)
            QVERIFY(
                decide(l[0], n % 2 ? u"CASE-2018-0012"_s : u"CASE-2018-0013"_s, u"annotate"_s, u"note %1"_s.arg(n)));
        const QString anaPath = l[0].file->path();
        const QString benPath = l[1].file->path();
        const QString ana = l[0].reviewer;
        const QString ben = l[1].reviewer;
        l[0].file->close();
        l[1].file->close();
        l[0].server.reset();
        l[1].server.reset();
        const auto countOnServer = [&]() -> qint64 {
            auto admin = ServerConnection::open(m_pg->address(u"faults"_s, u"admin"_s));
            if (!admin)
                return -1;
            auto rows = (*admin)->exec(u"SELECT count(*), count(DISTINCT uuid) FROM adreview.events"_s, {}, u"t"_s);
            return rows && rows->integer(0, 0) == rows->integer(0, 1) ? rows->integer(0, 0) : -2;
        };
        // One sync on its own thread while the main thread takes the server away once some of its
        // batches are in; `kill` picks SIGKILL of the postmaster over a fast stop.
        const auto interrupted = [&](const QString &path, const QString &role, bool push, bool kill,
                                     const std::function<bool()> &under_way) -> Error {
            std::optional<Error> error;
            std::atomic<bool> done = false;
            std::thread worker([&] {
                auto db = Database::open(path);
                auto login = ServerConnection::open(m_pg->address(u"faults"_s, role));
                if (!db || !login) {
                    error = Error::rejected(u"cannot open"_s);
                } else {
                    ServerSync s(**db, **login);
                    if (push) {
                        if (auto r = s.push(1); !r)
                            error = r.error();
                    } else if (auto r = s.pull(3); !r) {
                        error = r.error();
                    }
                }
                done = true;
            });
            for (int i = 0; i < 400 && !done && !under_way(); ++i)
                QTest::qWait(10);
            if (kill)
                m_pg->killPostmaster();
            else
                m_pg->stop();
            worker.join();
            if (!m_pg->start())
                qWarning("%s", qPrintable(m_pg->error()));
            return error.value_or(Error::rejected(u"it ended before the server went away"_s));
        };

        // Before: the server is down when the sync starts.
        QVERIFY(m_pg->stop());
        {
            auto db = Database::open(anaPath);
            QVERIFY(db);
            auto login = ServerConnection::open(m_pg->address(u"faults"_s, ana));
            QVERIFY(!login);
            QCOMPARE(login.error().kind, ErrorKind::Unusable);
            QVERIFY2(login.error().message.contains(u"cannot reach the team server"_s),
                     qPrintable(login.error().message));
            QCOMPARE(*ServerSync::toSend(**db, ana), qint64(total));
        }
        QVERIFY(m_pg->start());

        // During a push: stopped, then killed.
        const Error stopped = interrupted(anaPath, ana, true, false, [&] { return countOnServer() >= 10; });
        QVERIFY2(stopped.kind == ErrorKind::Unusable || stopped.message.contains(u"ended before"_s),
                 qPrintable(stopped.message));
        const qint64 afterStop = countOnServer();
        QVERIFY(afterStop >= 0);
        const Error killed = interrupted(anaPath, ana, true, true, [&] { return countOnServer() >= afterStop + 10; });
        QVERIFY2(killed.kind == ErrorKind::Unusable || killed.message.contains(u"ended before"_s),
                 qPrintable(killed.message));
        {
            auto db = Database::open(anaPath);
            auto login = ServerConnection::open(m_pg->address(u"faults"_s, ana));
            QVERIFY2(login, qPrintable(login ? QString() : login.error().message));
            ServerSync s(**db, **login);
            auto rest = s.push();
            QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
            QCOMPARE(*ServerSync::toSend(**db, ana), qint64(0));
        }
        QCOMPARE(countOnServer(), qint64(total));

        // During a pull: the mark stays at what was committed, and the next pull takes the rest.
        const Error pullStopped = interrupted(benPath, ben, false, false, [&] {
            auto db = Database::open(benPath);
            return db && test::rows(**db, u"SELECT count(*) FROM events WHERE reviewer = '%1'"_s.arg(ana)).toInt() >= 5;
        });
        QVERIFY2(pullStopped.kind == ErrorKind::Unusable || pullStopped.message.contains(u"ended before"_s),
                 qPrintable(pullStopped.message));
        {
            auto db = Database::open(benPath);
            auto login = ServerConnection::open(m_pg->address(u"faults"_s, ben));
            QVERIFY(login);
            ServerSync s(**db, **login);
            QVERIFY(s.connect());
            const qint64 here =
                test::rows(**db, u"SELECT count(*) FROM events WHERE reviewer = '%1'"_s.arg(ana)).toLongLong();
            QVERIFY(here >= 5);
            // The round it was in stays recorded, its events begun: the next pull goes on from
            // there, reading only what it had not merged (three events a chunk).
            auto round = ServerMarks(**db).round(s.teamId());
            QVERIFY(round);
            if (here < total) {
                QVERIFY(round->top > 0);
                QVERIFY(round->eventsBegun);
            }
            auto rest = s.pull(3);
            QVERIFY2(rest, qPrintable(rest ? QString() : rest.error().message));
            QCOMPARE(rest->eventsPulled, total - here);
            QVERIFY2(rest->batchesPulled <= (total - here) / 3 + 2, qPrintable(QString::number(rest->batchesPulled)));
            QCOMPARE(ServerMarks(**db).round(s.teamId())->top, qint64(0));
            QCOMPARE(test::rows(**db, u"SELECT count(*) FROM events WHERE reviewer = '%1'"_s.arg(ana)),
                     QString::number(total));
            auto report = AuditVerifier(**db).run();
            QVERIFY(report);
            QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        }
    }

    // A laptop that received another's decision by bundle decides after it and pushes first: its
    // event follows one the server gets later. A third laptop, pulling in small batches, still
    // holds every parent when it merges.
    void anEventPushedBeforeItsParentStillPulls()
    {
        auto l = team(u"order"_s, {u"ana"_s, u"ben"_s, u"lea"_s});
        QCOMPARE(l.size(), size_t(3));
        QVERIFY(decide(l[1], u"CASE-2018-0012"_s, u"annotate"_s, u"Ben first"_s));
        const QString bundle = l[1].file->dirPath() + u"/ben.adrbundle"_s;
        QVERIFY(
            SyncBundle::write(l[1].file->db(), Identity{l[1].reviewer, l[1].device}, l[1].file->clock(), bundle, {}));
        QVERIFY(test::mergeTrusting(l[0].file->db(), bundle));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Ana after Ben"_s));
        QVERIFY(sync(l[0])); // ana's event names ben's, which the server does not hold yet
        QVERIFY(sync(l[1]));
        auto pulled = sync(l[2], 1000, 1);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(2));
        QCOMPARE(derived(*l[2].file), derived(*l[0].file));
    }

    // A new laptop pulls a case whose events all wait for events no one has sent (here the demo's,
    // which every laptop has of its own): verify tells it, but as a note, not a fault.
    void aCaseWhoseEventsWaitIsANoteOfVerifyNotAFault()
    {
        auto l = team(u"waits"_s, {u"ana"_s});
        QCOMPARE(l.size(), size_t(1));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"On the demo's flag"_s));
        QVERIFY(sync(l[0]));
        test::TestDatabase fresh;
        auto pulled = ServerSync(fresh.db(), *l[0].server).pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsWaiting, qint64(1));
        QCOMPARE(fresh.text(u"SELECT count(*) FROM cases WHERE ref = 'CASE-2018-0012'"_s), u"1"_s);
        auto report = AuditVerifier(fresh.db()).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->notes.size(), 1);
        QVERIFY2(
            report->notes.first().startsWith(u"case CASE-2018-0012 has no events here yet: 1 pulled event waits"_s),
            qPrintable(report->notes.first()));
    }

    // Ana and Ben pass bundles back and forth, each noting on top of the other's latest note; Ana
    // pushes her whole history first, each of her events after one of Ben's the server does not
    // hold yet. A new laptop pulling two rows a chunk merges every event, none left waiting, in
    // chunks of that size: a chunk is not stretched to take in the parents its events name (which
    // here would be the whole record).
    void interleavedHistoriesPullInChunksOfTheirSize()
    {
        auto l = team(u"interleaved"_s, {u"ana"_s, u"ben"_s, u"lea"_s});
        QCOMPARE(l.size(), size_t(3));
        const auto pass = [](Laptop &from, Laptop &to, const QString &name) {
            const QString bundle = from.file->dirPath() + u"/%1.adrbundle"_s.arg(name);
            return SyncBundle::write(from.file->db(), Identity{from.reviewer, from.device}, from.file->clock(), bundle,
                                     {}) &&
                   test::mergeTrusting(to.file->db(), bundle);
        };
        constexpr int rounds = 4;
        for (int n = 0; n < rounds; ++n) {
            QVERIFY(decide(l[1], u"CASE-2018-0012"_s, u"annotate"_s, u"Ben, note %1"_s.arg(n)));
            QVERIFY(pass(l[1], l[0], u"ben-%1"_s.arg(n)));
            QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Ana, note %1"_s.arg(n)));
            QVERIFY(pass(l[0], l[1], u"ana-%1"_s.arg(n)));
        }
        QVERIFY(sync(l[0]));
        QVERIFY(sync(l[1]));
        auto pulled = sync(l[2], 1000, 2);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(2 * rounds));
        QCOMPARE(pulled->eventsWaiting, qint64(0));
        QVERIFY2(pulled->batchesPulled >= rounds, qPrintable(QString::number(pulled->batchesPulled)));
        QCOMPARE(derived(*l[2].file), derived(*l[1].file));
        QCOMPARE(events(*l[2].file), events(*l[1].file));
    }

    // A modified client pushes a ban with no rationale and no evidence, signed with its own key:
    // the server takes it, since its login may write for that device, but the other laptop sets it
    // aside with the events that follow it and merges everything else; both go on syncing.
    void aPulledEventBreakingARuleIsSetAsideWithWhatFollowsIt()
    {
        auto l = team(u"quarantine"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Sound, before"_s));
        Database &db = l[0].file->db();
        auto key = DeviceKeys().load(l[0].device);
        QVERIFY(key && *key);
        Event bad;
        bad.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bad.caseRef = u"CASE-2018-0013"_s;
        bad.caseId = l[0].file->text(u"SELECT id FROM cases WHERE ref = 'CASE-2018-0013'"_s).toLongLong();
        bad.action = u"ban"_s;
        bad.policyCode = u"ADS-CRYPTO"_s;
        bad.reviewer = l[0].reviewer;
        bad.device = l[0].device;
        bad.at = QDateTime::currentDateTimeUtc();
        bad.parents = l[0].file->text(u"SELECT heads FROM cases WHERE ref = 'CASE-2018-0013'"_s).split(u' ');
        const qint64 policy = l[0].file->text(u"SELECT id FROM policies WHERE code = 'ADS-CRYPTO'"_s).toLongLong();
        QVERIFY(db.begin());
        const Status appended = EventRepository(db).append(bad, policy, {}, [k = **key](const QByteArray &digest) {
            return QString::fromLatin1(k.sign(digest).toBase64());
        });
        QVERIFY2(appended, qPrintable(appended ? QString() : appended.error().message));
        QVERIFY(db.commit());
        QVERIFY(decide(l[0], u"CASE-2017-0001"_s, u"annotate"_s, u"Sound, but after the bad one"_s));
        const QString before = derived(*l[1].file);
        const QString state13 = l[1].file->text(u"SELECT state, heads FROM cases WHERE ref = 'CASE-2018-0013'"_s);

        auto pushed = sync(l[0]);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->eventsPushed, qint64(3));
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(1));
        QCOMPARE(pulled->eventsHeld, qint64(2));
        QCOMPARE(pulled->heldNow, QStringList{bad.uuid});
        QVERIFY(pulled->summary().contains(u"set aside 2 events"_s));
        auto held = Quarantine(l[1].file->db()).all();
        QVERIFY(held);
        QCOMPARE(held->size(), 2);
        QCOMPARE(held->at(0).event.uuid, bad.uuid);
        QVERIFY2(held->at(0).reason.contains(u"breaks a review rule"_s), qPrintable(held->at(0).reason));
        QCOMPARE(held->at(1).cause, bad.uuid);
        QCOMPARE(held->at(1).event.caseRef, u"CASE-2017-0001"_s);
        // Only the sound event before it changed anything.
        QCOMPARE(l[1].file->text(u"SELECT state, heads FROM cases WHERE ref = 'CASE-2018-0013'"_s), state13);
        QVERIFY(derived(*l[1].file) != before);
        QCOMPARE(l[1].file->text(u"SELECT count(*) FROM events WHERE uuid = '%1'"_s.arg(bad.uuid)), u"0"_s);

        // Again: nothing is held twice; and ben's decisions still reach ana.
        auto again = sync(l[1]);
        QVERIFY(again);
        QCOMPARE(again->eventsHeld + again->eventsPulled, qint64(0));
        QVERIFY(decide(l[1], u"CASE-2018-0012"_s, u"annotate"_s, u"Ben goes on"_s));
        QVERIFY(sync(l[1]));
        auto back = sync(l[0]);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->eventsPulled, qint64(1));
        QCOMPARE(*Quarantine(l[1].file->db()).count(), qint64(2));
    }

    // What a reviewer can write on the server with plain SQL but no laptop would take (an event
    // that does not match its hash, an evidence item that does not match its content hash, a
    // revocation without a valid signature) is left out by the laptops that pull it, each named,
    // and the rest merges: one reviewer cannot stop the others' syncs.
    void whatThisLaptopRefusesIsLeftOutAndTheRestMerges()
    {
        auto l = team(u"forged"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Sound"_s));
        QVERIFY(sync(l[0]));
        ServerConnection &ana = *l[0].server;
        const QString device = l[0].device;
        for (const QString &statement :
             {u"INSERT INTO adreview.events (uuid, case_ref, action, rationale, reviewer, device, seq, at, parents, "
              "prev_hash, hash, signature, signed_digest) SELECT 'forged-1', case_ref, 'annotate', 'Not what was "
              "signed', reviewer, device, seq + 1, at + 1, uuid, hash, repeat('b', 64), repeat('A', 86) || '==', "
              "repeat('c', 64) FROM adreview.events WHERE device = '%1' ORDER BY seq DESC LIMIT 1"_s.arg(device),
              u"INSERT INTO adreview.evidence (case_ref, ref, kind, title, source, date, reliability, content_hash) "
              "VALUES ('CASE-2018-0012', 'EV-99', 'agency-advisory', 'Forged', 'Nobody', '2018-05-01', 'confirmed', "
              "repeat('0', 64))"_s,
              u"INSERT INTO adreview.revocations (device, last_valid_seq, by_device, by_reviewer, at, signature) "
              "VALUES ('%1', 2, '%1', '%2', 1, repeat('A', 86) || '==')"_s.arg(device, l[0].reviewer),
              u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, opened_at, "
              "due_at) SELECT 'CASE-BARE', advertiser_ref, policy_code, 'No event names it', priority, source, "
              "opened_at, due_at FROM adreview.cases LIMIT 1"_s}) {
            auto done = ana.exec(statement, {}, u"a reviewer's own SQL"_s);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        }
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(1));
        QCOMPARE(pulled->heldNow, QStringList{u"forged-1"_s});
        const QString summary = pulled->summary();
        QVERIFY2(summary.contains(u"set aside 1 event "_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"evidence EV-99 of case CASE-2018-0012: does not match its content hash"_s),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"the revocation of device %1 by device %1: "_s.arg(device)), qPrintable(summary));
        QVERIFY2(summary.contains(u"valid signature"_s), qPrintable(summary));
        auto held = Quarantine(l[1].file->db()).all();
        QVERIFY(held && held->size() == 1);
        QVERIFY2(held->at(0).reason.contains(u"does not match its hash"_s), qPrintable(held->at(0).reason));
        QCOMPARE(l[1].file->text(u"SELECT count(*) FROM evidence WHERE ref = 'EV-99'"_s), u"0"_s);
        QCOMPARE(l[1].file->text(u"SELECT count(*) FROM revocations"_s), u"0"_s);
        QCOMPARE(l[1].file->text(u"SELECT count(*) FROM events WHERE rationale = 'Sound'"_s), u"1"_s);
        // A case no event names yet is a note of verify, not a fault.
        auto verified = AuditVerifier(l[1].file->db()).run();
        QVERIFY(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
        QVERIFY2(verified->notes.join(u'\n').contains(u"case CASE-BARE has no events here"_s),
                 qPrintable(verified->notes.join(u'\n')));

        // Ben goes on, and a new laptop pulling everything gets the same.
        QVERIFY(decide(l[1], u"CASE-2017-0001"_s, u"annotate"_s, u"Ben goes on"_s));
        auto again = sync(l[1]);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->eventsPushed, qint64(1));
        QCOMPARE(again->eventsHeld + again->eventsPulled, qint64(0));
        QVERIFY(again->refused.isEmpty());

        // A new laptop pulling one row a chunk meets the forged event alone in a chunk, and goes on
        // past it.
        test::TestDatabase fresh;
        fresh.makeDemo();
        auto one = ServerSync(fresh.db(), *l[1].server).pull(1);
        QVERIFY2(one, qPrintable(one ? QString() : one.error().message));
        QCOMPARE(one->heldNow, QStringList{u"forged-1"_s});
        QCOMPARE(one->eventsPulled, qint64(2));
    }

    // A server of an older schema may hold an appeal of another advertiser's case (version 10 refuses
    // one): a laptop pulling it leaves that case out, named, and merges the rest.
    void anAppealOfAnotherAdvertisersCaseIsLeftOut()
    {
        auto l = team(u"appeals"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Sound"_s));
        QVERIFY(sync(l[0]));
        auto su = ServerConnection::open(m_pg->address(u"appeals"_s));
        QVERIFY(su);
        for (const QString &statement :
             {u"SET session_replication_role = replica"_s,
              u"INSERT INTO adreview.advertisers (ref, name, country) VALUES ('ADV-OTHER', 'Another', 'US')"_s,
              u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, opened_at, "
              "due_at, contests) SELECT 'APPEAL-X', 'ADV-OTHER', policy_code, 'Not its case', priority, 'appeal', "
              "opened_at, due_at, ref FROM adreview.cases WHERE ref = 'CASE-2018-0012'"_s}) {
            auto done = (*su)->exec(statement, {}, u"an older server's row"_s);
            QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        }
        QCOMPARE(serverText(u"appeals"_s, u"SELECT count(*) FROM adreview.cases WHERE ref = 'APPEAL-X'"_s), u"1"_s);
        QVERIFY(decide(l[0], u"CASE-2017-0001"_s, u"annotate"_s, u"After it"_s));
        QVERIFY(sync(l[0]));
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(2));
        QVERIFY2(pulled->summary().contains(u"case APPEAL-X: appeal APPEAL-X of "_s), qPrintable(pulled->summary()));
        QVERIFY2(pulled->summary().contains(u"contests case CASE-2018-0012, which is "_s),
                 qPrintable(pulled->summary()));
        QCOMPARE(l[1].file->text(u"SELECT count(*) FROM cases WHERE ref = 'APPEAL-X'"_s), u"0"_s);
    }

    // A file that went on apart from what the server took of its device (restored from a backup, or
    // a copy written on) is told so by name when it pushes, and sends nothing of that device; its
    // pull sets the server's side of the fork aside and merges the rest.
    void aChainThatPartedFromTheServersIsNamedAndTheRestStillPulls()
    {
        auto l = team(u"fork"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Sent"_s));
        QVERIFY(sync(l[0]));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Made here after the copy"_s));
        // The other copy's second event, as its push left it on the server.
        const QString first = l[0].file->text(
            u"SELECT uuid || ' ' || hash FROM events WHERE device = '%1' AND seq = 1"_s.arg(l[0].device));
        Event other;
        other.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        other.caseRef = u"CASE-2018-0012"_s;
        other.action = u"annotate"_s;
        other.rationale = u"Made on the other copy"_s;
        other.reviewer = l[0].reviewer;
        other.device = l[0].device;
        other.seq = 2;
        other.at = QDateTime::currentDateTimeUtc();
        other.parents = {first.section(u' ', 0, 0)};
        other.prevHash = first.section(u' ', 1, 1);
        other.hash = EventHash::compute(other);
        auto put = l[0].server->exec(
            u"INSERT INTO adreview.events (uuid, case_ref, action, rationale, reviewer, device, seq, at, parents, "
            "prev_hash, hash, signature, signed_digest) VALUES ($1, $2, $3, $4, $5, $6, 2, $7, $8, $9, $10, "
            "repeat('A', 86) || '==', repeat('c', 64))"_s,
            {other.uuid, other.caseRef, other.action, other.rationale, other.reviewer, other.device,
             QString::number(other.at.toMSecsSinceEpoch()), other.parents.first(), other.prevHash, other.hash},
            u"the other copy's push"_s);
        QVERIFY2(put, qPrintable(put ? QString() : put.error().message));
        QVERIFY(decide(l[1], u"CASE-2017-0001"_s, u"annotate"_s, u"Ben's note"_s));
        QVERIFY(sync(l[1]));
        // Ana's other device in this file (her desk machine's events, brought by a bundle) goes on.
        const QString desk = l[0].device + u"-desk"_s;
        Command note;
        note.caseRef = u"CASE-2017-0001"_s;
        note.action = u"annotate"_s;
        note.rationale = u"From the desk"_s;
        QVERIFY(l[0].file->reviewAs(l[0].reviewer, desk).submit(note));

        ServerSync s(l[0].file->db(), *l[0].server);
        QVERIFY(s.connect());
        auto pushed = s.push();
        QVERIFY(!pushed);
        QVERIFY2(pushed.error().message.contains(
                     u"device %1's history here and on the team server part at #2"_s.arg(l[0].device)),
                 qPrintable(pushed.error().message));
        QCOMPARE(serverText(u"fork"_s, u"SELECT count(*) FROM adreview.events WHERE device = '%1'"_s.arg(l[0].device)),
                 u"2"_s);
        // What the refused push still sent is counted.
        QCOMPARE(serverText(u"fork"_s, u"SELECT count(*) FROM adreview.events WHERE device = '%1'"_s.arg(desk)),
                 u"1"_s);
        QCOMPARE(s.lastPush().eventsPushed, qint64(1));
        auto pulled = s.pull();
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->heldNow, QStringList{other.uuid});
        QCOMPARE(l[0].file->text(u"SELECT count(*) FROM events WHERE rationale = 'Ben''s note'"_s), u"1"_s);
        auto held = Quarantine(l[0].file->db()).all();
        QVERIFY(held && held->size() == 1);
        QVERIFY2(held->at(0).reason.contains(u"different event at seq 2"_s), qPrintable(held->at(0).reason));
    }

    // A revocation travels: ana revokes her own lost laptop and every laptop learns it; ben, no
    // lead, may not revoke ana's device, which the server refuses whatever his client does.
    void revocationsTravelAndOnlyTheirOwnersOrALeadMayMakeThem()
    {
        auto l = team(u"revoke"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        const QString lost = l[0].device + u"-old"_s;
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"From the new laptop"_s));
        QVERIFY(l[0].file->reviewAs(l[0].reviewer, lost).submit([] {
            Command c;
            c.caseRef = u"CASE-2018-0013"_s;
            c.action = u"annotate"_s;
            c.rationale = u"From the old laptop"_s;
            return c;
        }()));
        QVERIFY(l[0].file->reviewAs(l[0].reviewer, l[0].device).revoke(lost, 1, u"lost on a train"_s));
        auto pushed = sync(l[0]);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(serverText(u"revoke"_s, u"SELECT device || ' after ' || last_valid_seq FROM adreview.revocations"_s),
                 lost + u" after 1"_s);
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(l[1].file->text(u"SELECT device || ' after ' || last_valid_seq FROM revocations"_s),
                 lost + u" after 1"_s);

        QVERIFY(decide(l[1], u"CASE-2017-0001"_s, u"annotate"_s, u"Ben's note"_s));
        QVERIFY(l[1].file->reviewAs(l[1].reviewer, l[1].device).revoke(l[0].device, 0, u"not his to revoke"_s));
        auto refused = sync(l[1]);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"row-level security"_s), qPrintable(refused.error().message));
        // His own event went before the revocation was refused; the server holds one revocation still.
        QCOMPARE(*ServerSync::toSend(l[1].file->db(), l[1].reviewer), qint64(0));
        QCOMPARE(serverText(u"revoke"_s, u"SELECT count(*) FROM adreview.revocations"_s), u"1"_s);
    }

    // A file that synced with one team does not take in another's record (a mistyped database
    // name, another team on the same server).
    void aFileSyncsWithOneTeamOnly()
    {
        auto a = team(u"teama"_s, {u"ana"_s});
        auto b = team(u"teamb"_s, {u"ana"_s});
        QCOMPARE(a.size() + b.size(), size_t(2));
        QVERIFY(decide(a[0], u"CASE-2018-0012"_s, u"annotate"_s, u"For team a"_s));
        QVERIFY(sync(a[0]));
        const QString before = events(*a[0].file);
        ServerSync other(a[0].file->db(), *b[0].server);
        auto refused = other.connect();
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"holds the record of another team"_s),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(a[0].server->displayAddress()), qPrintable(refused.error().message));
        QVERIFY(!other.pull());
        QCOMPARE(events(*a[0].file), before);
        QCOMPARE(serverText(u"teamb"_s, u"SELECT count(*) FROM adreview.events"_s), u"0"_s);
    }

    // A session that holds the server's numbering lock (one left idle in a transaction) ends a push
    // with a message, not a hang; the next push, once it is gone, sends everything.
    void aPushWaitingOnAnotherSessionEndsWithAMessage()
    {
        auto l = team(u"busy"_s, {u"ana"_s});
        QCOMPARE(l.size(), size_t(1));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Waits"_s));
        auto holder = ServerConnection::open(m_pg->address(u"busy"_s));
        QVERIFY(holder);
        QVERIFY((*holder)->exec(u"SELECT pg_advisory_lock(hashtext('adreview.srv_seq'))"_s, {}, u"t"_s));
        ServerSync s(l[0].file->db(), *l[0].server);
        QVERIFY(s.connect());
        QVERIFY(l[0].server->exec(u"SET lock_timeout = '1s'"_s, {}, u"a shorter wait"_s));
        auto pushed = s.push();
        QVERIFY(!pushed);
        QCOMPARE(pushed.error().kind, ErrorKind::Unusable);
        QVERIFY2(pushed.error().message.contains(u"is busy"_s), qPrintable(pushed.error().message));
        QVERIFY((*holder)->exec(u"SELECT pg_advisory_unlock_all()"_s, {}, u"t"_s));
        auto again = s.push();
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->eventsPushed, qint64(1));
    }

    // A case the server lacked when the push asked, which another laptop sends before the push's
    // own insert, is kept as that laptop sent it, and the push still goes through.
    void aCaseAnotherLaptopSendsMeanwhileIsKept()
    {
        auto l = team(u"meanwhile"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        // Ana's device is on the server already: her next push takes no lock before its first batch.
        QVERIFY(decide(l[0], u"CASE-2017-0001"_s, u"annotate"_s, u"Registers the device"_s));
        QVERIFY(sync(l[0]));
        QVERIFY(decide(l[0], u"CASE-2018-0012"_s, u"annotate"_s, u"Pushed while ben sends the case"_s));
        // Ben's laptop sends the case and what it rests on, not committed yet: it holds the
        // server's numbering lock until it does.
        test::TestDatabase &ana = *l[0].file;
        const auto field = [&](const QString &sql) { return ana.text(sql); };
        const QString caseRow = u"FROM cases c JOIN advertisers a ON a.id = c.advertiser_id JOIN policies p ON p.id = "
                                "c.policy_id WHERE c.ref = 'CASE-2018-0012'"_s;
        ServerConnection &ben = *l[1].server;
        QVERIFY(ben.begin(u"t"_s));
        auto sent = ben.exec(u"INSERT INTO adreview.policies (code, title, description) VALUES ($1, $2, $3) "
                             "ON CONFLICT DO NOTHING"_s,
                             {field(u"SELECT p.code "_s + caseRow), field(u"SELECT p.title "_s + caseRow),
                              field(u"SELECT p.description "_s + caseRow)},
                             u"ben's policy"_s);
        if (sent)
            sent = ben.exec(u"INSERT INTO adreview.advertisers (ref, name, aliases, country, headquarters, industry, "
                            "website) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING"_s,
                            {field(u"SELECT a.ref "_s + caseRow), field(u"SELECT a.name "_s + caseRow),
                             field(u"SELECT a.aliases "_s + caseRow), field(u"SELECT a.country "_s + caseRow),
                             field(u"SELECT a.headquarters "_s + caseRow), field(u"SELECT a.industry "_s + caseRow),
                             field(u"SELECT a.website "_s + caseRow)},
                            u"ben's advertiser"_s);
        if (sent)
            sent = ben.exec(u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, "
                            "opened_at, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)"_s,
                            {u"CASE-2018-0012"_s, field(u"SELECT a.ref "_s + caseRow),
                             field(u"SELECT p.code "_s + caseRow), field(u"SELECT c.summary "_s + caseRow),
                             field(u"SELECT c.priority "_s + caseRow), field(u"SELECT c.source "_s + caseRow),
                             field(u"SELECT c.opened_at "_s + caseRow), field(u"SELECT c.due_at "_s + caseRow)},
                            u"ben's case"_s);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));

        ServerSync s(ana.db(), *l[0].server);
        QVERIFY(s.connect());
        const QString anaPid = l[0].server->exec(u"SELECT pg_backend_pid()"_s, {}, u"t"_s)->text(0, 0);
        // Once ana's push waits for ben's transaction (it asked before ben's case was there), ben
        // commits.
        auto committing = std::async(std::launch::async, [&] {
            bool waits = false;
            for (int i = 0; i < 500 && !waits; ++i) {
                waits = serverText(u"meanwhile"_s, u"SELECT count(*) FROM pg_stat_activity WHERE pid = %1 AND "
                                                   "wait_event_type = 'Lock'"_s.arg(anaPid)) == u"1"_s;
                if (!waits)
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            return waits && ben.commit(u"t"_s);
        });
        auto pushed = s.push();
        QVERIFY(committing.get());
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->eventsPushed, qint64(1));
        QCOMPARE(serverText(u"meanwhile"_s, u"SELECT count(*) FROM adreview.cases"_s), u"2"_s);
        QCOMPARE(serverText(u"meanwhile"_s, u"SELECT count(*) FROM adreview.events"_s), u"2"_s);
        // Ben's laptop pulls ana's decisions on the cases as it holds them.
        auto pulled = sync(l[1]);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->eventsPulled, qint64(2));
        auto report = AuditVerifier(l[1].file->db()).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }

    // A case an appeal contests that this push did not ask about (its events are another's) may
    // itself contest a case the push sends: the server gets the contested case first.
    void anAppealOfAnAppealGoesWithTheCasesItRestsOn()
    {
        auto l = team(u"chain"_s, {u"ana"_s, u"ben"_s});
        QCOMPARE(l.size(), size_t(2));
        const QByteArray file = R"({"format": "adreview-cases", "version": 1, "cases": [
            {"ref": "CASE-2020-0100", "advertiser": "kaspersky-lab", "policy": "ADS-NATSEC",
             "summary": "An appeal against the 2018 ban.", "priority": "normal", "source": "appeal",
             "contests": "CASE-2018-0001", "opened": "2020-03-02T09:00:00Z", "due": "2020-03-16T09:00:00Z",
             "evidence": [{"ref": "EV-1", "kind": "company-statement", "title": "Appeal letter",
                           "source": "Kaspersky Lab", "date": "2020-03-01", "reliability": "confirmed"}]},
            {"ref": "CASE-2020-0101", "advertiser": "kaspersky-lab", "policy": "ADS-NATSEC",
             "summary": "An appeal against the appeal's outcome.", "priority": "normal", "source": "appeal",
             "contests": "CASE-2020-0100", "opened": "2020-04-02T09:00:00Z", "due": "2020-04-16T09:00:00Z",
             "evidence": [{"ref": "EV-1", "kind": "company-statement", "title": "Second letter",
                           "source": "Kaspersky Lab", "date": "2020-04-01", "reliability": "confirmed"}]}]})";
        // Ben imports both appeals; ana has them by bundle, and decides on the second appeal and on
        // the case the first contests, never on the first: her push asks about those two only.
        ReviewService ben = l[1].file->reviewAs(l[1].reviewer, l[1].device);
        auto imported = CaseImporter(l[1].file->db(), ben).importJson(file, u"appeals.json"_s);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        const QString bundle = l[1].file->dirPath() + u"/ben.adrbundle"_s;
        QVERIFY(
            SyncBundle::write(l[1].file->db(), Identity{l[1].reviewer, l[1].device}, l[1].file->clock(), bundle, {}));
        QVERIFY(test::mergeTrusting(l[0].file->db(), bundle));
        QVERIFY(decide(l[0], u"CASE-2018-0001"_s, u"annotate"_s, u"The case first contested"_s));
        QVERIFY(decide(l[0], u"CASE-2020-0101"_s, u"annotate"_s, u"The second appeal"_s));
        auto pushed = sync(l[0]);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->eventsPushed, qint64(2));
        QCOMPARE(serverText(u"chain"_s, u"SELECT string_agg(ref || '>' || coalesce(contests, ''), ' ' ORDER BY "
                                        "srv_seq) FROM adreview.cases"_s),
                 u"CASE-2018-0001> CASE-2020-0100>CASE-2018-0001 CASE-2020-0101>CASE-2020-0100"_s);
        // Ben's own push then sends his events on the appeals, the cases being there already.
        auto his = sync(l[1]);
        QVERIFY2(his, qPrintable(his ? QString() : his.error().message));
        QCOMPARE(his->eventsPulled, qint64(2));
        QVERIFY(sync(l[0]));
        QCOMPARE(events(*l[0].file), events(*l[1].file));
        auto report = AuditVerifier(l[1].file->db()).run();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }

    // A login that is not a reviewer of this team is told so before anything moves.
    void aLoginOutsideTheTeamIsRefused()
    {
        QVERIFY(m_pg->createDatabase(u"other"_s, u"admin"_s));
        auto admin = ServerConnection::open(m_pg->address(u"other"_s, u"admin"_s));
        QVERIFY(admin);
        QVERIFY(TeamSchema::init(**admin));
        test::TestDatabase laptop;
        laptop.loadDemo();
        ServerSync s(laptop.db(), **admin);
        const Status connected = s.connect();
        QVERIFY(!connected);
        QVERIFY2(connected.error().message.contains(u"not an enabled reviewer"_s),
                 qPrintable(connected.error().message));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestServerSync)
#include "tst_ServerSync.moc"
