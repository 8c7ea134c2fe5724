// Values as the team server reads them: array literals and binary rows carry every value back
// unchanged.
#include "TestPostgres.h"
#include "team/ServerConnection.h"
#include "team/ServerValues.h"

#include <QTest>

#include <limits>

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

    // Rows in binary form, as a push sends them: every text, number, byte and missing value comes
    // back as it went, row by row in order.
    void binaryRowsCarryEveryValueBackUnchanged()
    {
        QVERIFY(m_server->exec(u"CREATE TYPE probe_row AS (t text, n bigint, i integer, b bytea)"_s, {}, u"test"_s));
        auto type = m_server->exec(u"SELECT 'probe_row'::regtype::oid"_s, {}, u"test"_s);
        QVERIFY(type);
        const QStringList texts{u"plain"_s, u"say \"no\" C:\\path\\ {a,b} NULL"_s, QString(), u"line\nbreak\ttab"_s,
                                u"Лаборатория Касперского — 卡巴斯基 🛡"_s};
        const QList<qint64> numbers{0, -1, 1700000000000, std::numeric_limits<qint64>::max(),
                                    std::numeric_limits<qint64>::min()};
        const QByteArray bytes("\x00\x01\xfe\xff\\\"", 6);
        QList<QList<serverValues::Value>> rows;
        for (qsizetype i = 0; i < texts.size(); ++i)
            rows.append({texts[i], serverValues::number(numbers[i]), QString::number(-int(i) * 1000),
                         u"\\x"_s + QString::fromLatin1(bytes.left(i + 1).toHex())});
        rows.append({serverValues::Value(), serverValues::Value(), serverValues::Value(), serverValues::Value()});
        using serverValues::ItemType;
        const ServerConnection::Statement probe{
            u"SELECT u.t, u.t IS NULL, u.n, u.i, encode(u.b, 'hex'), u.b IS NULL FROM "
            "unnest($1::probe_row[]) WITH ORDINALITY AS u(t, n, i, b, ord) ORDER BY ord"_s,
            {},
            {serverValues::binaryRows(quint32(type->integer(0, 0)),
                                      {ItemType::Text, ItemType::BigInt, ItemType::Integer, ItemType::Bytea}, rows)}};
        auto back = m_server->exec(probe, u"test"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->size(), int(rows.size()));
        for (int i = 0; i < int(texts.size()); ++i) {
            QCOMPARE(back->text(i, 0), texts[i]);
            QCOMPARE(back->text(i, 1), u"f"_s);
            QCOMPARE(back->integer(i, 2), numbers[i]);
            QCOMPARE(back->integer(i, 3), qint64(-i * 1000));
            QCOMPARE(back->text(i, 4), QString::fromLatin1(bytes.left(i + 1).toHex()));
        }
        const int last = back->size() - 1;
        QVERIFY(back->isNull(last, 0) && back->isNull(last, 2) && back->isNull(last, 3));
        QCOMPARE(back->text(last, 5), u"t"_s);
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
