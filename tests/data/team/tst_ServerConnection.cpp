// ServerConnection: what the window may save of an address the user typed (never a password), in
// both of libpq's forms, and a clear refusal of one libpq cannot read (no server needed); and
// transactions sent ahead of each other's end, against a real server.
#include "TestPostgres.h"
#include "team/ServerConnection.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestServerConnection : public QObject {
    Q_OBJECT

private slots:
    void theSavedAddressHasNoPassword_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("saved");
        QTest::newRow("url") << u"postgresql://ana:s3cret@db.example.org:5433/team?sslmode=verify-full"_s
                             << u"user='ana' dbname='team' host='db.example.org' port='5433' sslmode='verify-full'"_s;
        QTest::newRow("key=value") << u"host=/run/postgresql dbname=team user=ana password='it\\'s'"_s
                                   << u"user='ana' dbname='team' host='/run/postgresql'"_s;
        QTest::newRow("quotes kept") << u"dbname='o\\'brien' user=ana"_s << u"user='ana' dbname='o\\'brien'"_s;
    }

    void theSavedAddressHasNoPassword()
    {
        QFETCH(QString, address);
        QFETCH(QString, saved);
        auto out = ServerConnection::withoutPassword(address);
        QVERIFY2(out, qPrintable(out ? QString() : out.error().message));
        QCOMPARE(*out, saved);
        // What is saved reads back as the same address.
        auto again = ServerConnection::withoutPassword(*out);
        QVERIFY(again);
        QCOMPARE(*again, saved);
    }

    void anAddressLibpqCannotReadIsRefused()
    {
        auto out = ServerConnection::withoutPassword(u"host=db dbname"_s);
        QVERIFY(!out);
        QVERIFY2(out.error().message.contains(u"not one libpq can read"_s), qPrintable(out.error().message));
    }

    // Three transactions go out before the first ends; the second fails on a duplicate key. The
    // first commits, the second is refused with the server's reason, the third never commits,
    // and afterwards the connection answers ordinary statements again.
    void nothingSentAfterAFailedTransactionCommits()
    {
        test::TestPostgres pg;
        QVERIFY2(pg.ok(), qPrintable(pg.error()));
        QVERIFY(pg.createDatabase(u"ahead"_s));
        auto server = ServerConnection::open(pg.address(u"ahead"_s));
        QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
        auto &c = **server;
        QVERIFY(c.exec(u"CREATE TABLE numbers (n integer PRIMARY KEY)"_s, {}, u"t"_s));
        const auto insert = [](int n) {
            return QList<ServerConnection::Statement>{
                {u"INSERT INTO numbers VALUES ($1::integer)"_s, {QString::number(n)}, {}},
                {u"INSERT INTO numbers VALUES ($1::integer + 100)"_s, {QString::number(n)}, {}}};
        };
        QVERIFY(c.send(insert(1), u"first"_s));
        QVERIFY(c.send(insert(1), u"second"_s));
        QVERIFY(c.send(insert(3), u"third"_s));
        QCOMPARE(c.unfinished(), 3);
        QVERIFY(c.finishOldest());
        const Status second = c.finishOldest();
        QVERIFY(!second);
        QCOMPARE(second.error().kind, ErrorKind::Rejected);
        QVERIFY2(second.error().message.contains(u"second: the team server refused it"_s) &&
                     second.error().message.contains(u"duplicate key"_s),
                 qPrintable(second.error().message));
        QVERIFY(!c.finishOldest());
        QCOMPARE(c.unfinished(), 0);
        auto rows = c.exec(u"SELECT string_agg(n::text, ',' ORDER BY n) FROM numbers"_s, {}, u"t"_s);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->text(0, 0), u"1,101"_s);

        // Without a failure, every one commits and the connection leaves pipeline mode by itself.
        // After a failure, abandon() waits out what is still out and the connection works on.
        QVERIFY(c.send(insert(5), u"t"_s));
        QVERIFY(c.send(insert(6), u"t"_s));
        QVERIFY(c.finishOldest());
        QVERIFY(c.finishOldest());
        rows = c.exec(u"SELECT count(*) FROM numbers"_s, {}, u"t"_s);
        QVERIFY(rows);
        QCOMPARE(rows->integer(0, 0), qint64(6));
        QVERIFY(c.send(insert(1), u"t"_s));
        QVERIFY(c.send(insert(7), u"t"_s));
        c.abandon();
        QCOMPARE(c.unfinished(), 0);
        rows = c.exec(u"SELECT count(*) FROM numbers"_s, {}, u"t"_s);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->integer(0, 0), qint64(6));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestServerConnection)
#include "tst_ServerConnection.moc"
