// Values as the team server reads them: array literals carry every text back unchanged.
#include "TestPostgres.h"
#include "team/ServerConnection.h"
#include "team/ServerValues.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestServerValues : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestPostgres> m_pg;
    std::unique_ptr<ServerConnection> m_server;

private slots:
    void initTestCase()
    {
        m_pg = std::make_unique<test::TestPostgres>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        auto c = ServerConnection::open(m_pg->address(u"postgres"_s));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        m_server = std::move(*c);
    }

    // Quotes, backslashes, braces, commas, the word NULL, spaces, line breaks and other scripts
    // come back as they went, in order, and a missing value comes back as NULL.
    void anArrayCarriesEveryTextBackUnchanged()
    {
        const QList<serverValues::Value> items{
            u"plain"_s,
            u"say \"no\""_s,
            u"C:\\path\\"_s,
            u"\\\"\\\\\""_s,
            u"{a,b}"_s,
            u"NULL"_s,
            QString(),
            u"  spaced  "_s,
            u"line\nbreak\ttab"_s,
            u"Лаборатория Касперского — 卡巴斯基"_s,
            serverValues::Value(),
            u"\\x0102"_s,
        };
        QString literal = u"{"_s;
        for (const serverValues::Value &item : items)
            serverValues::appendArrayItem(literal, item);
        literal += u'}';
        auto rows = m_server->exec(u"SELECT item, item IS NULL FROM unnest($1::text[]) WITH ORDINALITY AS t(item, n) "
                                   "ORDER BY n"_s,
                                   {literal}, u"test"_s);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->size(), int(items.size()));
        for (int i = 0; i < rows->size(); ++i) {
            QCOMPARE(rows->text(i, 1) == u"t"_s, !items[i].has_value());
            if (items[i])
                QCOMPARE(rows->text(i, 0), *items[i]);
        }
        // The plain form for lists of texts.
        auto refs = m_server->exec(u"SELECT array_length($1::text[], 1), ($1::text[])[2]"_s,
                                   {serverValues::array({u"CASE-1"_s, u"CASE \"2\""_s})}, u"test"_s);
        QVERIFY(refs);
        QCOMPARE(refs->integer(0, 0), qint64(2));
        QCOMPARE(refs->text(0, 1), u"CASE \"2\""_s);
        // An empty list is an empty array.
        auto none = m_server->exec(u"SELECT cardinality($1::text[])"_s, {serverValues::array({})}, u"test"_s);
        QVERIFY(none);
        QCOMPARE(none->integer(0, 0), qint64(0));
    }

    // Bytes as bytea's hex input, inside an array: the backslash survives the array's quoting.
    void bytesGoThroughAnArrayAsHex()
    {
        const QByteArray bytes("\x00\x01\xfe\xff\\\"", 6);
        QString literal = u"{"_s;
        serverValues::appendArrayItem(literal, u"\\x"_s + QString::fromLatin1(bytes.toHex()));
        literal += u'}';
        auto rows = m_server->exec(u"SELECT encode(b, 'hex') FROM unnest($1::bytea[]) AS t(b)"_s, {literal}, u"test"_s);
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        QCOMPARE(rows->text(0, 0), QString::fromLatin1(bytes.toHex()));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestServerValues)
#include "tst_ServerValues.moc"
