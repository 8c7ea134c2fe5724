// TeamSchema: the team server's schema on a real PostgreSQL, and the rules it enforces by itself,
// tried as a modified client would: plain SQL under a reviewer's own login.
#include "TestPostgres.h"
#include "storage/Migrations.h"
#include "team/ServerConnection.h"
#include "team/TeamAdmin.h"
#include "team/TeamSchema.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestTeamSchema : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestPostgres> m_pg;

    std::unique_ptr<ServerConnection> connect(const QString &database,
                                              const QString &user = test::TestPostgres::superuser())
    {
        auto c = ServerConnection::open(m_pg->address(database, user));
        if (!c)
            qWarning("%s", qPrintable(c.error().message));
        return c ? std::move(*c) : nullptr;
    }

    // The team's admin: not a superuser, the owner of the team's database, allowed to create roles.
    static QString admin() { return u"team-admin"_s; }

    // A database with the schema and three reviewers: ana and ben, and lea, a lead; each has a
    // device registered, and the case CASE-1 exists.
    std::unique_ptr<ServerConnection> team(const QString &database)
    {
        if (!m_pg->createDatabase(database, TestTeamSchema::admin())) {
            qWarning("%s", qPrintable(m_pg->error()));
            return nullptr;
        }
        auto admin = connect(database, TestTeamSchema::admin());
        if (!admin)
            return nullptr;
        if (auto made = TeamSchema::init(*admin); !made) {
            qWarning("%s", qPrintable(made.error().message));
            return nullptr;
        }
        TeamAdmin people(*admin);
        for (const auto &[name, lead] : {std::pair{u"ana-"_s + database, false}, std::pair{u"ben-"_s + database, false},
                                         std::pair{u"lea-"_s + database, true}}) {
            if (auto ok = people.addReviewer(name, lead, {}); !ok) {
                qWarning("%s", qPrintable(ok.error().message));
                return nullptr;
            }
            auto me = connect(database, name);
            if (!me ||
                !sql(*me,
                     u"INSERT INTO adreview.devices (device, role, reviewer) VALUES ('%1-laptop', '%1', '%1')"_s.arg(
                         name)))
                return nullptr;
        }
        auto ana = connect(database, u"ana-"_s + database);
        if (!ana || !sql(*ana, u"INSERT INTO adreview.policies (code, title) VALUES ('P-1', 'A policy')"_s) ||
            !sql(*ana, u"INSERT INTO adreview.advertisers (ref, name, country) VALUES ('ADV-1', 'Acme', 'US')"_s) ||
            !sql(*ana, u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, "
                       "opened_at, due_at) VALUES ('CASE-1', 'ADV-1', 'P-1', 'A case', 'high', 'press', 0, 1)"_s))
            return nullptr;
        return admin;
    }

    static bool sql(ServerConnection &c, const QString &statement, QString *error = nullptr)
    {
        auto r = c.exec(statement, {}, u"test"_s);
        if (!r && error)
            *error = r.error().message;
        else if (!r)
            qWarning("%s", qPrintable(r.error().message));
        return bool(r);
    }

    static QString hash(char c) { return QString(64, QChar::fromLatin1(c)); }

    static QString event(const QString &uuid, const QString &action, const QString &reviewer, const QString &device,
                         int seq, const QString &prev, const QString &hashText)
    {
        return u"INSERT INTO adreview.events (uuid, case_ref, action, reviewer, device, seq, at, prev_hash, hash) "
               "VALUES ('%1', 'CASE-1', '%2', '%3', '%4', %5, 0, '%6', '%7')"_s.arg(uuid, action, reviewer, device)
                   .arg(seq)
                   .arg(prev, hashText);
    }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::TestPostgres>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY2(m_pg->psql(u"postgres"_s, u"CREATE ROLE \"team-admin\" LOGIN CREATEROLE"_s),
                 qPrintable(m_pg->error()));
    }

    // The schema is made once, then `team init` finds it up to date and changes nothing.
    void initMakesTheSchemaOnceAndAgainChangesNothing()
    {
        QVERIFY(m_pg->createDatabase(u"fresh"_s));
        auto admin = connect(u"fresh"_s);
        QVERIFY(admin);
        QVERIFY2(!TeamSchema::check(*admin), "a database without the schema is not a team server");
        auto first = TeamSchema::init(*admin);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(*first, 0);
        QCOMPARE(*TeamSchema::version(*admin), TeamSchema::latest());
        auto second = TeamSchema::init(*admin);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
        QCOMPARE(*second, TeamSchema::latest());
        QVERIFY(TeamSchema::check(*admin));
        auto steps = admin->exec(u"SELECT count(*) FROM adreview.schema_version"_s, {}, u"test"_s);
        QCOMPARE(steps->integer(0, 0), qint64(TeamSchema::latest()));
        // Every table has row-level security enabled and forced, and nobody may truncate it.
        auto loose = admin->exec(u"SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE n.nspname = 'adreview' AND c.relkind = 'r' AND NOT (c.relrowsecurity AND "
                                 "c.relforcerowsecurity)"_s,
                                 {}, u"test"_s);
        QCOMPARE(loose->size(), 0);
        // No check repeats a pattern a number of times (a fifth of the server's time).
        auto patterns = admin->exec(u"SELECT count(*) FROM pg_constraint WHERE connamespace = 'adreview'::regnamespace "
                                    "AND pg_get_constraintdef(oid) ~ '\\{[0-9]+\\}'"_s,
                                    {}, u"test"_s);
        QCOMPARE(patterns->integer(0, 0), qint64(0));
    }

    // A server set up by the first version keeps its record through `team init`'s upgrade, and
    // its reviewers go on writing under the new checks.
    void aVersionOneServerUpgradesWithItsRecord()
    {
        QVERIFY(m_pg->createDatabase(u"upgrade"_s, admin()));
        auto owner = connect(u"upgrade"_s, admin());
        QVERIFY(owner);
        QVERIFY(TeamSchema::init(*owner)); // the groups, once per cluster
        QVERIFY(m_pg->createDatabase(u"upgrade1"_s, admin()));
        auto old = connect(u"upgrade1"_s, admin());
        QVERIFY(old);
        const QList<Migrations::File> steps = Migrations::readFolder(u":/adreview/team-migrations"_s);
        QVERIFY(steps.size() >= 2);
        QString why;
        auto first = old->run(steps.first().text, u"step 1"_s);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(sql(*old, u"INSERT INTO adreview.schema_version (version, name) VALUES (1, 'team')"_s));
        QVERIFY(sql(*old, u"CREATE ROLE \"ana-upgrade\" LOGIN IN ROLE adreview_reviewers"_s));
        QVERIFY(sql(*old, u"INSERT INTO adreview.reviewers (role, reviewer) VALUES ('ana-upgrade', 'ana-upgrade')"_s));
        auto ana = connect(u"upgrade1"_s, u"ana-upgrade"_s);
        QVERIFY(ana);
        for (
            const QString &statement :
            {u"INSERT INTO adreview.devices (device, role, reviewer) VALUES ('ana-up', 'ana-upgrade', 'ana-upgrade')"_s,
             u"INSERT INTO adreview.policies (code, title) VALUES ('P-1', 'A policy')"_s,
             u"INSERT INTO adreview.advertisers (ref, name, country) VALUES ('ADV-1', 'Acme', 'US')"_s,
             u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, opened_at, "
             "due_at) VALUES ('CASE-1', 'ADV-1', 'P-1', 'A case', 'high', 'press', 0, 1)"_s,
             event(u"u1"_s, u"ban"_s, u"ana-upgrade"_s, u"ana-up"_s, 1, hash('0'), hash('1'))})
            QVERIFY2(sql(*ana, statement, &why), qPrintable(statement + u": "_s + why));
        auto before = old->exec(u"SELECT max(srv_seq) FROM adreview.events"_s, {}, u"t"_s);
        QVERIFY(before);

        auto upgraded = TeamSchema::init(*old);
        QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().message));
        QCOMPARE(*upgraded, 1);
        QCOMPARE(*TeamSchema::version(*old), TeamSchema::latest());
        ana = connect(u"upgrade1"_s, u"ana-upgrade"_s);
        QVERIFY2(sql(*ana, event(u"u2"_s, u"annotate"_s, u"ana-upgrade"_s, u"ana-up"_s, 2, hash('1'), hash('2')), &why),
                 qPrintable(why));
        QVERIFY(
            !sql(*ana, event(u"u3"_s, u"annotate"_s, u"ana-upgrade"_s, u"ana-up"_s, 3, hash('9'), hash('3')), &why));
        QVERIFY2(why.contains(u"does not continue the chain"_s), qPrintable(why));
        auto rows = ana->exec(u"SELECT uuid, srv_seq, pushed_by FROM adreview.events ORDER BY srv_seq"_s, {}, u"t"_s);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->text(0, 0), u"u1"_s);
        QVERIFY(rows->integer(1, 1) > before->integer(0, 0)); // numbered after what was there
        QCOMPARE(rows->text(1, 2), u"ana-upgrade"_s);
    }

    void aNewerSchemaIsRefused()
    {
        QVERIFY(m_pg->createDatabase(u"newer"_s));
        auto admin = connect(u"newer"_s);
        QVERIFY(TeamSchema::init(*admin));
        // As a later AdReview would leave it (the superuser passes the admin's policy).
        QVERIFY(m_pg->psql(u"newer"_s, u"INSERT INTO adreview.schema_version (version, name) VALUES (999, 'later')"_s));
        auto again = TeamSchema::init(*admin);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Unusable);
        QVERIFY2(again.error().message.contains(u"newer than this AdReview knows"_s),
                 qPrintable(again.error().message));
        auto checked = TeamSchema::check(*admin);
        QVERIFY(!checked);
        QVERIFY(checked.error().message.contains(u"version 999"_s));
    }

    // A reviewer's login writes its own events from its own devices, and nothing else.
    void aReviewerWritesOnlyAsThemselves()
    {
        auto admin = team(u"rls"_s);
        QVERIFY(admin);
        auto ana = connect(u"rls"_s, u"ana-rls"_s);
        QVERIFY(ana);
        QString why;
        QVERIFY2(sql(*ana, event(u"e1"_s, u"ban"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 1, hash('0'), hash('1')), &why),
                 qPrintable(why));
        // The server numbers the row and records who pushed it: a client may not say either.
        QVERIFY(!sql(*ana,
                     event(u"e2"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 2, hash('1'), hash('2'))
                         .replace(u"(uuid,"_s, u"(srv_seq, pushed_by, uuid,"_s)
                         .replace(u"VALUES ("_s, u"VALUES (1, 'ben-rls', "_s),
                     &why));
        QVERIFY2(why.contains(u"permission denied"_s), qPrintable(why));
        QVERIFY(!sql(*ana,
                     event(u"e2"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 2, hash('1'), hash('2'))
                         .replace(u"(uuid,"_s, u"(pushed_by, uuid,"_s)
                         .replace(u"VALUES ("_s, u"VALUES ('ben-rls', "_s),
                     &why));
        QVERIFY2(why.contains(u"permission denied"_s), qPrintable(why));
        QVERIFY2(
            sql(*ana, event(u"e2"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 2, hash('1'), hash('2')), &why),
            qPrintable(why));
        auto stamped = admin->exec(u"SELECT srv_seq, pushed_by FROM adreview.events ORDER BY srv_seq"_s, {}, u"t"_s);
        QCOMPARE(stamped->size(), 2);
        QVERIFY(stamped->integer(1, 0) > stamped->integer(0, 0));
        QVERIFY(stamped->integer(1, 0) > 1);
        QCOMPARE(stamped->text(1, 1), u"ana-rls"_s);

        const auto refused = [&](const QString &statement, const QString &expected) {
            QString error;
            const bool done = sql(*ana, statement, &error);
            QVERIFY2(!done, qPrintable(statement));
            QVERIFY2(error.contains(expected), qPrintable(error));
        };
        // In another reviewer's name, on another's device, or a device registered for another.
        refused(event(u"e3"_s, u"ban"_s, u"ben-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('3')),
                u"row-level security"_s);
        refused(event(u"e3"_s, u"ban"_s, u"ana-rls"_s, u"ben-rls-laptop"_s, 1, hash('0'), hash('3')),
                u"row-level security"_s);
        refused(u"INSERT INTO adreview.devices (device, role, reviewer) VALUES ('x', 'ben-rls', 'ben-rls')"_s,
                u"row-level security"_s);
        refused(u"INSERT INTO adreview.devices (device, role, reviewer) VALUES ('x', 'ana-rls', 'ben-rls')"_s,
                u"row-level security"_s);
        // A lead's action.
        refused(event(u"e3"_s, u"resolve-conflict"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('3')),
                u"row-level security"_s);
        // Changing or removing the record, by any route.
        refused(u"UPDATE adreview.events SET rationale = 'changed'"_s, u"permission denied"_s);
        refused(u"DELETE FROM adreview.events"_s, u"permission denied"_s);
        refused(u"TRUNCATE adreview.events"_s, u"permission denied"_s);
        refused(u"UPDATE adreview.reviewers SET disabled_at = now()"_s, u"permission denied"_s);
        refused(u"INSERT INTO adreview.reviewers (role, reviewer) VALUES ('ana-rls2', 'x')"_s, u"permission denied"_s);
        refused(u"SET ROLE \"ben-rls\""_s, u"permission denied"_s);
        refused(u"SELECT setval('adreview.srv_seq', 1)"_s, u"permission denied"_s);
        refused(u"CREATE TABLE adreview.mine (x int)"_s, u"permission denied"_s);
        // A chain that does not continue, or skips ahead, or goes unsigned after signed events.
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('9'), hash('3')),
                u"does not continue the chain"_s);
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 5, hash('2'), hash('3')),
                u"comes before the server has #4"_s);
        // Hashes are 64 lower-case hexadecimal digits, signatures 64 bytes in base64.
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('g')),
                u"check constraint"_s);
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('A')),
                u"check constraint"_s);
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('3').left(63)),
                u"check constraint"_s);
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('3'))
                    .replace(u"(uuid,"_s, u"(signature, signed_digest, uuid,"_s)
                    .replace(u"VALUES ("_s, u"VALUES ('%1', '%2', "_s.arg(QString(86, u'-') + u"=="_s, hash('4'))),
                u"check constraint"_s);
        // What a row names is on the server already, or comes in the same statement.
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('3'))
                    .replace(u"'CASE-1'"_s, u"'CASE-9'"_s),
                u"event e3 names case CASE-9, which the server does not hold"_s);
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('3'))
                    .replace(u"(uuid,"_s, u"(policy_code, uuid,"_s)
                    .replace(u"VALUES ("_s, u"VALUES ('P-9', "_s),
                u"names policy P-9"_s);
        refused(
            u"INSERT INTO adreview.evidence (case_ref, ref, kind, title, source, date, reliability, content_hash) "
            "VALUES ('CASE-9', 'EV-1', 'news-citation', 't', 's', '2024-01-01', 'confirmed', '%1')"_s.arg(hash('a')),
            u"evidence EV-1 names case CASE-9"_s);
        refused(u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, opened_at, "
                "due_at) VALUES ('CASE-2', 'ADV-9', 'P-1', 'A case', 'high', 'press', 0, 1)"_s,
                u"case CASE-2 names advertiser ADV-9"_s);
        refused(u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, opened_at, "
                "due_at) VALUES ('CASE-2', 'ADV-1', 'P-9', 'A case', 'high', 'press', 0, 1)"_s,
                u"case CASE-2 names policy P-9"_s);
        // An appeal contests a case of its own advertiser.
        QVERIFY2(
            sql(*ana, u"INSERT INTO adreview.advertisers (ref, name, country) VALUES ('ADV-2', 'Other', 'US')"_s, &why),
            qPrintable(why));
        const auto caseOf = [](const QString &ref, const QString &advertiser, const QString &contests) {
            return u"INSERT INTO adreview.cases (ref, advertiser_ref, policy_code, summary, priority, source, "
                   "opened_at, due_at, contests) VALUES ('%1', '%2', 'P-1', 'A case', 'high', '%3', 0, 1, %4)"_s.arg(
                       ref, advertiser, contests.isEmpty() ? u"press"_s : u"appeal"_s,
                       contests.isEmpty() ? u"NULL"_s : u"'%1'"_s.arg(contests));
        };
        QVERIFY2(sql(*ana, caseOf(u"CASE-3"_s, u"ADV-2"_s, {}), &why), qPrintable(why));
        refused(caseOf(u"APPEAL-1"_s, u"ADV-1"_s, u"CASE-3"_s), u"appeal APPEAL-1 of ADV-1 contests case CASE-3, "
                                                                "which is ADV-2's"_s);
        QVERIFY2(sql(*ana, caseOf(u"APPEAL-1"_s, u"ADV-2"_s, u"CASE-3"_s), &why), qPrintable(why));
        // Writes see what was committed before them: a transaction keeping an older snapshot may not write.
        QVERIFY(sql(*ana, u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s));
        refused(event(u"e3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('3')),
                u"only at READ COMMITTED"_s);
        QVERIFY(sql(*ana, u"ROLLBACK"_s));
        QVERIFY2(sql(*ana,
                     u"INSERT INTO adreview.devices (device, role, reviewer) VALUES ('ana-rls-tablet', "
                     "'ana-rls', 'ana-rls')"_s,
                     &why),
                 qPrintable(why));
        refused(event(u"t1"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-tablet"_s, 1, hash('5'), hash('6')),
                u"does not start its device's chain"_s);
        // The rules hold over a statement's rows together, in whatever order it lists them.
        QVERIFY2(sql(*ana,
                     event(u"t2"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-tablet"_s, 2, hash('6'), hash('7')) +
                         u", ('t1', 'CASE-1', 'annotate', 'ana-rls', 'ana-rls-tablet', 1, 0, '%1', '%2')"_s.arg(
                             hash('0'), hash('6')),
                     &why),
                 qPrintable(why));
        // What an event cites is added by the login that owns the event's device.
        const auto cite = [&](const QString &uuid) {
            return u"INSERT INTO adreview.event_evidence (event_uuid, position, ref, content_hash) "
                   "VALUES ('%1', 0, 'EV-1', '%2')"_s.arg(uuid, hash('a'));
        };
        // With the event, in its transaction; never later, when others may have pulled the event.
        refused(cite(u"e1"_s), u"event e1 is on the server already"_s);
        QVERIFY(sql(*ana, u"BEGIN"_s));
        QVERIFY2(
            sql(*ana, event(u"t3"_s, u"annotate"_s, u"ana-rls"_s, u"ana-rls-tablet"_s, 3, hash('7'), hash('8')), &why),
            qPrintable(why));
        QVERIFY2(sql(*ana, cite(u"t3"_s), &why), qPrintable(why));
        QVERIFY(sql(*ana, u"COMMIT"_s));
        auto ben = connect(u"rls"_s, u"ben-rls"_s);
        QVERIFY(ben);
        QVERIFY(!sql(*ben, cite(u"t1"_s), &why));
        QVERIFY2(why.contains(u"row-level security"_s), qPrintable(why));

        // Nor can the admin, the tables' owner: row-level security is forced on the owner too.
        QString adminError;
        QVERIFY(!sql(*admin, u"UPDATE adreview.events SET rationale = 'changed'"_s, &adminError));
        QVERIFY2(adminError.contains(u"permission denied"_s), qPrintable(adminError));
        QVERIFY(sql(*admin, u"UPDATE adreview.events SET srv_seq = 0"_s)); // the one column it may lock: no row
        QCOMPARE(admin->exec(u"SELECT count(*) FROM adreview.events WHERE srv_seq = 0"_s, {}, u"t"_s)->integer(0, 0),
                 qint64(0));
        QVERIFY(!sql(*admin, u"DELETE FROM adreview.events"_s, &adminError));
        QVERIFY(!sql(*admin, u"TRUNCATE adreview.events CASCADE"_s, &adminError));
        QVERIFY(!sql(*admin, event(u"e9"_s, u"ban"_s, u"ana-rls"_s, u"ana-rls-laptop"_s, 3, hash('2'), hash('3')),
                     &adminError));
        QVERIFY2(adminError.contains(u"row-level security"_s), qPrintable(adminError));
        // A superuser passes every privilege, but not the triggers.
        auto root = connect(u"rls"_s);
        QVERIFY(!sql(*root, u"UPDATE adreview.events SET rationale = 'changed'"_s, &adminError));
        QVERIFY2(adminError.contains(u"append-only"_s), qPrintable(adminError));
        QVERIFY(!sql(*root, u"TRUNCATE adreview.events CASCADE"_s, &adminError));
        QVERIFY2(adminError.contains(u"append-only"_s), qPrintable(adminError));
        auto count = admin->exec(u"SELECT count(*) FROM adreview.events"_s, {}, u"t"_s);
        QCOMPARE(count->integer(0, 0), qint64(5));
    }

    void leadsResolveConflictsAndRevokeOthersDevices()
    {
        auto admin = team(u"leads"_s);
        QVERIFY(admin);
        auto lea = connect(u"leads"_s, u"lea-leads"_s);
        auto ana = connect(u"leads"_s, u"ana-leads"_s);
        QString why;
        QVERIFY2(
            sql(*lea,
                event(u"r1"_s, u"resolve-conflict"_s, u"lea-leads"_s, u"lea-leads-laptop"_s, 1, hash('0'), hash('1')),
                &why),
            qPrintable(why));
        const QString signature = QString(86, u'A') + u"=="_s;
        const auto revoke = [&](const QString &device, const QString &by, const QString &byDevice, int valid = 0) {
            return u"INSERT INTO adreview.revocations (device, last_valid_seq, by_device, by_reviewer, at, signature) "
                   "VALUES ('%1', %5, '%3', '%2', 0, '%4')"_s.arg(device, by, byDevice, signature)
                       .arg(valid);
        };
        // A reviewer may not revoke another's device; a lead may, and the device's later events are refused.
        QVERIFY(!sql(*ana, revoke(u"ben-leads-laptop"_s, u"ana-leads"_s, u"ana-leads-laptop"_s), &why));
        QVERIFY2(why.contains(u"row-level security"_s), qPrintable(why));
        QVERIFY2(sql(*lea, revoke(u"ben-leads-laptop"_s, u"lea-leads"_s, u"lea-leads-laptop"_s), &why),
                 qPrintable(why));
        auto ben = connect(u"leads"_s, u"ben-leads"_s);
        QVERIFY(
            !sql(*ben, event(u"b1"_s, u"ban"_s, u"ben-leads"_s, u"ben-leads-laptop"_s, 1, hash('0'), hash('1')), &why));
        QVERIFY2(why.contains(u"revoked"_s), qPrintable(why));
        // A reviewer revokes their own device, from where its chain on the server ends: not below
        // decisions others may have pulled (a lead may).
        QVERIFY2(sql(*ana,
                     event(u"a1"_s, u"annotate"_s, u"ana-leads"_s, u"ana-leads-laptop"_s, 1, hash('0'), hash('1')),
                     &why),
                 qPrintable(why));
        QVERIFY(!sql(*ana, revoke(u"ana-leads-laptop"_s, u"ana-leads"_s, u"ana-leads-laptop"_s), &why));
        QVERIFY2(why.contains(u"comes below its events on the server (to #1)"_s), qPrintable(why));
        QVERIFY2(sql(*ana, revoke(u"ana-leads-laptop"_s, u"ana-leads"_s, u"ana-leads-laptop"_s, 1), &why),
                 qPrintable(why));
        // One made before that rule (below the tip, as a version-9 server took it) is sent again
        // by every push: the server keeps its copy and refuses nothing.
        auto root = connect(u"leads"_s);
        QVERIFY(root);
        QVERIFY(sql(*root, u"SET session_replication_role = replica"_s));
        QVERIFY(sql(*root, revoke(u"ana-leads-laptop"_s, u"ana-leads"_s, u"ana-leads-laptop"_s)
                               .replace(u"(device,"_s, u"(pushed_by, srv_seq, device,"_s)
                               .replace(u"VALUES ("_s, u"VALUES ('ana-leads', nextval('adreview.srv_seq'), "_s)));
        QVERIFY2(
            sql(*ana,
                revoke(u"ana-leads-laptop"_s, u"ana-leads"_s, u"ana-leads-laptop"_s) + u" ON CONFLICT DO NOTHING"_s,
                &why),
            qPrintable(why));
        QVERIFY2(sql(*lea, revoke(u"ana-leads-laptop"_s, u"lea-leads"_s, u"lea-leads-laptop"_s), &why),
                 qPrintable(why));
    }

    // A login of one team's database reads nothing of another team's on the same server.
    void anotherTeamsLoginReadsNothing()
    {
        auto admin = team(u"teama"_s);
        QVERIFY(admin);
        QVERIFY(team(u"teamb"_s));
        auto outsider = connect(u"teama"_s, u"ana-teamb"_s);
        QVERIFY(outsider);
        auto rows = outsider->exec(u"SELECT count(*) FROM adreview.cases"_s, {}, u"t"_s);
        QVERIFY(rows);
        QCOMPARE(rows->integer(0, 0), qint64(0));
        QString why;
        QVERIFY(!sql(*outsider, u"INSERT INTO adreview.policies (code, title) VALUES ('P-9', 'x')"_s, &why));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestTeamSchema)
#include "tst_TeamSchema.moc"
