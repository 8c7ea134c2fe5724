// ServerConnection's handling of addresses that needs no server: what the window may save of an
// address the user typed (never a password), in both of libpq's forms, and a clear refusal of one
// libpq cannot read.
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
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestServerConnection)
#include "tst_ServerConnection.moc"
