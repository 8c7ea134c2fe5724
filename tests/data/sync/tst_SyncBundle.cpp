#include "TestDatabase.h"
#include "sync/SyncBundle.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A body that is read in parts: a key the reader does not know, as a newer exporter might add,
// makes it larger than the size from which the lists are read on every core.
QByteArray padded(const QByteArray &body)
{
    QByteArray out = body;
    out.insert(1, "\"padding\":\"" + QByteArray(5 * 1024 * 1024, 'x') + "\",");
    return out;
}

} // namespace

// The reading of a sync bundle's form: the header's fields and what QJsonDocument would let
// through silently in the header and the body.
class TestSyncBundle : public QObject {
    Q_OBJECT

    QByteArray m_header; // the header line, without its line break
    QByteArray m_body;

    QJsonObject header() const { return QJsonDocument::fromJson(m_header).object(); }

    // The bundle with this body and a header that gives its true length and hash.
    QByteArray withBody(const QByteArray &body) const
    {
        QJsonObject h = header();
        h.insert(u"body_bytes"_s, body.size());
        h.insert(u"body_sha256"_s, sha256(body));
        return QJsonDocument(h).toJson(QJsonDocument::Compact) + '\n' + body;
    }

    QByteArray withHeader(const QJsonObject &h) const
    {
        return QJsonDocument(h).toJson(QJsonDocument::Compact) + '\n' + m_body;
    }

    static QString refusal(const QByteArray &bytes)
    {
        auto read = SyncBundle::parse(bytes, u"b.adrbundle"_s);
        if (read)
            return u"accepted"_s;
        return read.error().message;
    }

private slots:
    void initTestCase()
    {
        test::TestDatabase t;
        t.loadDemo();
        const QString path = t.dirPath() + u"/all.adrbundle"_s;
        auto written = SyncBundle::write(t.db(), Identity{u"ana"_s, u"laptop-a"_s}, t.clock(), path, {});
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const qsizetype newline = bytes.indexOf('\n');
        m_header = bytes.left(newline);
        m_body = bytes.mid(newline + 1);
        auto read = SyncBundle::parse(bytes, u"b.adrbundle"_s);
        QVERIFY2(read, read ? "" : qPrintable(read.error().message));
        QVERIFY(read->events.size() > 10);
        auto large = SyncBundle::parse(withBody(padded(m_body)), u"b.adrbundle"_s);
        QVERIFY2(large, large ? "" : qPrintable(large.error().message));
        QCOMPARE(large->events.size(), read->events.size());
    }

    void whatTheBodyCannotHold_data()
    {
        QTest::addColumn<QByteArray>("from"); // the first place in the body where this is
        QTest::addColumn<QByteArray>("to");   // is written as this
        QTest::addColumn<QString>("message");
        for (const bool large : {false, true}) {
            const char *size = large ? ", large" : "";
            QTest::addRow("a case's key twice%s", size)
                << QByteArray("\"summary\":\"") << QByteArray("\"summary\":\"Another.\",\"summary\":\"")
                << u"b.adrbundle: cases[0]: the key \"summary\" appears twice; nothing was imported"_s;
            // The same rationale twice: the event still matches its hash.
            QTest::addRow("an event's key twice%s", size)
                << QByteArray("\"rationale\":") << QByteArray("\"rationale\":\"\",\"rationale\":")
                << u"b.adrbundle: events[0]: the key \"rationale\" appears twice; nothing was imported"_s;
            QTest::addRow("a list twice%s", size)
                << QByteArray("\"policies\":") << QByteArray("\"policies\":[],\"policies\":")
                << u"b.adrbundle: the body: the key \"policies\" appears twice; nothing was imported"_s;
            QTest::addRow("a lone surrogate%s", size)
                << QByteArray("\"summary\":\"") << QByteArray("\"summary\":\"\\ud800")
                << u"b.adrbundle: cases[0].summary: holds \\ud800, half of a UTF-16 surrogate pair without its "
                   "other half; nothing was imported"_s;
            QTest::addRow("a byte-order mark opening a text%s", size)
                << QByteArray("\"summary\":\"") << QByteArray("\"summary\":\"\xEF\xBB\xBF")
                << u"b.adrbundle: cases[0].summary: starts with a byte-order mark (U+FEFF), which would be "
                   "lost; write it as \\ufeff; nothing was imported"_s;
            QTest::addRow("bytes that are not UTF-8%s", size)
                << QByteArray("\"summary\":\"") << QByteArray("\"summary\":\"\xE9")
                << (large ? u"b.adrbundle: cases: the list is not valid JSON; nothing was imported"_s
                          : u"b.adrbundle: the body is not valid JSON (invalid UTF8 string); nothing was imported"_s);
        }
    }

    void whatTheBodyCannotHold()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray body = m_body;
        const qsizetype at = body.indexOf(from);
        QVERIFY(at > 0);
        body.replace(at, from.size(), to);
        if (QByteArrayView(QTest::currentDataTag()).endsWith(", large"))
            body = padded(body);
        QCOMPARE(refusal(withBody(body)), message);
    }

    void whatTheHeaderCannotHold_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("a key twice") << QByteArray("\"device\":\"laptop-a\"")
                                     << QByteArray("\"device\":\"laptop-a\",\"device\":\"laptop-b\"")
                                     << u"b.adrbundle: the header: the key \"device\" appears twice; nothing was "
                                        "imported"_s;
        QTest::newRow("a lone surrogate")
            << QByteArray("\"reviewer\":\"ana\"") << QByteArray("\"reviewer\":\"ana\\udc00\"")
            << u"b.adrbundle: the header's reviewer: holds \\udc00, half of a UTF-16 surrogate pair without its "
               "other half; nothing was imported"_s;
    }

    void whatTheHeaderCannotHold()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, message);
        QByteArray head = m_header;
        QVERIFY(head.contains(from));
        head.replace(from, to);
        QCOMPARE(refusal(head + '\n' + m_body), message);
    }

    // A header field of the wrong kind is named, not taken for a changed body.
    void headerFieldsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value"); // undefined: the key is left out
        QTest::addColumn<QString>("message");
        const QJsonValue missing(QJsonValue::Undefined);
        const QString bytes = u"\"body_bytes\" must be a whole number of bytes"_s;
        QTest::newRow("negative length") << u"body_bytes"_s << QJsonValue(-1) << bytes;
        QTest::newRow("fractional length") << u"body_bytes"_s << QJsonValue(10.5) << bytes;
        QTest::newRow("length as text") << u"body_bytes"_s << QJsonValue(u"100"_s) << bytes;
        QTest::newRow("no length") << u"body_bytes"_s << missing << bytes;
        QTest::newRow("a length no bundle has")
            << u"body_bytes"_s << QJsonValue(1e300) << u"\"body_bytes\" is larger than a bundle can be"_s;
        QTest::newRow("a length one short")
            << u"body_bytes"_s << QJsonValue(m_body.size() - 1)
            << u"the body is longer than the header says (%1 bytes, not %2): the file was changed or damaged"_s
                   .arg(m_body.size())
                   .arg(m_body.size() - 1);
        const QString version = u"\"version\" must be a whole number"_s;
        QTest::newRow("version as text") << u"version"_s << QJsonValue(u"1"_s) << version;
        QTest::newRow("fractional version") << u"version"_s << QJsonValue(1.5) << version;
        QTest::newRow("no version") << u"version"_s << missing << version;
        const QString hash = u"\"body_sha256\" must be 64 hexadecimal digits"_s;
        QTest::newRow("no hash") << u"body_sha256"_s << missing << hash;
        QTest::newRow("hash as a number") << u"body_sha256"_s << QJsonValue(12345) << hash;
        QTest::newRow("short hash") << u"body_sha256"_s << QJsonValue(u"abc"_s) << hash;
        QTest::newRow("hash not hexadecimal") << u"body_sha256"_s << QJsonValue(QString(64, u'g')) << hash;
        const QString time = u"\"created_at\" is not a time"_s;
        QTest::newRow("no time") << u"created_at"_s << missing << time;
        QTest::newRow("time in words") << u"created_at"_s << QJsonValue(u"yesterday"_s) << time;
        QTest::newRow("time as a number") << u"created_at"_s << QJsonValue(5) << time;
    }

    void headerFieldsSayWhatIsWrong()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject h = header();
        if (value.isUndefined())
            h.remove(key);
        else
            h.insert(key, value);
        QCOMPARE(refusal(withHeader(h)), u"b.adrbundle: "_s + message + u"; nothing was imported"_s);
    }

    void aHashInCapitalsIsTheSameHash()
    {
        QJsonObject h = header();
        h.insert(u"body_sha256"_s, h.value(u"body_sha256"_s).toString().toUpper());
        QCOMPARE(refusal(withHeader(h)), u"accepted"_s);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestSyncBundle)
#include "tst_SyncBundle.moc"
