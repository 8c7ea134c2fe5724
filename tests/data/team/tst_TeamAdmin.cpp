// TeamAdmin: the team's logins on a real PostgreSQL server, made and ended by a non-superuser admin.
#include "TestPostgres.h"
#include "team/ServerConnection.h"
#include "team/TeamAdmin.h"
#include "team/TeamSchema.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestTeamAdmin : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestPostgres> m_pg;
    std::unique_ptr<ServerConnection> m_admin;

    Result<std::unique_ptr<ServerConnection>> as(const QString &user)
    {
        return ServerConnection::open(m_pg->address(u"team"_s, user));
    }

    static QString message(const Status &s) { return s ? QString() : s.error().message; }

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::TestPostgres>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->psql(u"postgres"_s, u"CREATE ROLE admin LOGIN CREATEROLE IN ROLE pg_signal_backend"_s));
        QVERIFY(m_pg->createDatabase(u"team"_s, u"admin"_s));
        auto admin = as(u"admin"_s);
        QVERIFY(admin);
        m_admin = std::move(*admin);
        QVERIFY(TeamSchema::init(*m_admin));
    }

    void namesArePostgresLoginsAndReviewerNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("dotted") << u"ana.moreau"_s << true;
        QTest::newRow("quotes and spaces") << u"o'brien \"the\" reviewer"_s << true;
        QTest::newRow("accents") << u"zoë.müller"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("64 bytes") << QString(64, u'a') << false;
        QTest::newRow("63 bytes") << QString(63, u'a') << true;
        QTest::newRow("control character") << u"ana\nmoreau"_s << false;
        QTest::newRow("leading space") << u" ana"_s << false;
        QTest::newRow("PostgreSQL's own") << u"pg_monitor"_s << false;
        QTest::newRow("the groups") << u"adreview_leads"_s << false;
    }
    void namesArePostgresLoginsAndReviewerNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, accepted);
        QCOMPARE(bool(TeamAdmin::checkName(name)), accepted);
        if (!accepted)
            return;
        // The name reaches the server's DDL quoted, whatever it holds, and the login works.
        TeamAdmin admin(*m_admin);
        const Status added = admin.addReviewer(name, false, {});
        QVERIFY2(added, qPrintable(message(added)));
        auto login = as(name);
        QVERIFY2(login, qPrintable(login ? QString() : login.error().message));
        auto me = (*login)->exec(u"SELECT adreview.my_reviewer(), adreview.i_am_lead()"_s, {}, u"t"_s);
        QVERIFY(me);
        QCOMPARE(me->text(0, 0), name);
        QCOMPARE(me->text(0, 1), u"f"_s);
        // The login has no power beyond its group.
        auto powers = (*login)->exec(u"SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles "
                                     "WHERE rolname = current_user"_s,
                                     {}, u"t"_s);
        QCOMPARE(powers->text(0, 0), u"f"_s);
    }

    void anExistingRoleIsNotTakenOver()
    {
        QVERIFY(m_pg->psql(u"postgres"_s, u"CREATE ROLE someone LOGIN"_s));
        TeamAdmin admin(*m_admin);
        const Status added = admin.addReviewer(u"someone"_s, true, {});
        QVERIFY(!added);
        QVERIFY2(message(added).contains(u"exists on the server already"_s), qPrintable(message(added)));
        auto listed = admin.reviewers();
        QVERIFY(listed);
        for (const TeamAdmin::Reviewer &r : std::as_const(*listed))
            QVERIFY(r.role != u"someone");
    }

    // A password goes to the server hashed; over TCP the right one logs in and a wrong one is
    // refused with a message that says so (not "cannot reach").
    void passwordsAreTheServersAlone()
    {
        TeamAdmin admin(*m_admin);
        QVERIFY(admin.addReviewer(u"lea"_s, true, u"correct horse"_s));
        auto stored = m_pg->psql(u"postgres"_s,
                                 u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_authid WHERE rolname = 'lea' "
                                 "AND rolpassword LIKE 'SCRAM-SHA-256$%') THEN RAISE 'not hashed'; END IF; END $$"_s);
        QVERIFY2(stored, qPrintable(m_pg->error()));
        auto right = ServerConnection::open(m_pg->tcpAddress(u"team"_s, u"lea"_s), u"correct horse"_s);
        QVERIFY2(right, qPrintable(right ? QString() : right.error().message));
        QCOMPARE((*right)->exec(u"SELECT adreview.i_am_lead()"_s, {}, u"t"_s)->text(0, 0), u"t"_s);
        auto wrong = ServerConnection::open(m_pg->tcpAddress(u"team"_s, u"lea"_s), u"wrong"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::Rejected);
        QVERIFY2(wrong.error().message.contains(u"did not accept the login"_s), qPrintable(wrong.error().message));
        QVERIFY(!ServerConnection::needsPassword(wrong.error()));
        auto none = ServerConnection::open(m_pg->tcpAddress(u"team"_s, u"lea"_s));
        QVERIFY(!none);
        QVERIFY(ServerConnection::needsPassword(none.error()));
        // The address shown in messages never holds the password.
        auto url = ServerConnection::open(u"postgresql://lea:correct%20horse@127.0.0.1:%1/team"_s.arg(m_pg->port()));
        QVERIFY(url);
        QCOMPARE((*url)->displayAddress(), u"lea@127.0.0.1:%1/team"_s.arg(m_pg->port()));
    }

    // Disabling ends the login and keeps what the reviewer wrote.
    void aDisabledReviewerCannotLogInAndTheirRecordStays()
    {
        TeamAdmin admin(*m_admin);
        QVERIFY(admin.addReviewer(u"ben"_s, false, {}));
        {
            auto ben = as(u"ben"_s);
            QVERIFY(ben);
            QVERIFY((*ben)->exec(
                u"INSERT INTO adreview.devices (device, role, reviewer) VALUES ('ben-laptop', 'ben', 'ben')"_s, {},
                u"t"_s));
        }
        auto open = as(u"ben"_s); // a session open when the admin disables the login is ended
        QVERIFY(open);
        const Status disabled = admin.disableReviewer(u"ben"_s);
        QVERIFY2(disabled, qPrintable(message(disabled)));
        QVERIFY(!(*open)->exec(u"SELECT 1"_s, {}, u"t"_s));
        auto again = as(u"ben"_s);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(u"disabled"_s), qPrintable(again.error().message));
        auto devices = m_admin->exec(u"SELECT count(*) FROM adreview.devices WHERE role = 'ben'"_s, {}, u"t"_s);
        QCOMPARE(devices->integer(0, 0), qint64(1));
        auto listed = admin.reviewers();
        QVERIFY(listed);
        bool found = false;
        for (const TeamAdmin::Reviewer &r : std::as_const(*listed)) {
            if (r.role == u"ben") {
                found = true;
                QVERIFY(r.disabledAt.isValid());
            }
        }
        QVERIFY(found);
        // Disabling twice changes nothing; an unknown name is an error.
        QVERIFY(admin.disableReviewer(u"ben"_s));
        QVERIFY(!admin.disableReviewer(u"nobody-here"_s));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestTeamAdmin)
#include "tst_TeamAdmin.moc"
