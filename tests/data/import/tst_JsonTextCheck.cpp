#include "import/JsonTextCheck.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QStringList faultsIn(const QByteArray &json, const QString &path = {},
                     qsizetype limit = std::numeric_limits<qsizetype>::max())
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("a test's own JSON does not parse: %s", qPrintable(error.errorString()));
    QList<JsonTextCheck::Fault> faults;
    JsonTextCheck::check(json, path, faults, limit);
    QStringList out;
    for (const JsonTextCheck::Fault &f : faults)
        out << (f.path.isEmpty() ? f.message : f.path + u": "_s + f.message);
    return out;
}

} // namespace

class TestJsonTextCheck : public QObject {
    Q_OBJECT

private slots:
    void aSoundTextHasNoFault()
    {
        const QByteArray json1 = "{\"a\": [1, {\"b\": \"x\\\"y\\\\\", \"c\": null}, \"\\ud83d\\ude00\"], \"b\": "
                                 "{\"a\": true}, \"c\": [[], {}]}";
        QCOMPARE(faultsIn(json1), QStringList());
        // the same key in two objects, or as a value, is no fault
        const QByteArray json2 = "[{\"ref\": \"ref\"}, {\"ref\": \"ref\"}, {\"x\": {\"ref\": 1}, \"ref\": 2}]";
        QCOMPARE(faultsIn(json2), QStringList());
    }

    void keysAreComparedAsTheyAreRead()
    {
        const QByteArray json3 = "{\"title\": 1, \"ti\\u0074le\": 2, \"t\\u0069tle\": 3}";
        QCOMPARE(faultsIn(json3), QStringList{u"the key \"title\" appears twice"_s});
        const QByteArray json4 = "{\"a\\\"b\": 1, \"a\\u0022b\": 2, \"\\ud83d\\ude00\": 3, \"\\uD83D\\uDE00\": 4}";
        QCOMPARE(faultsIn(json4),
                 (QStringList{u"the key \"a\"b\" appears twice"_s, u"the key \"\U0001F600\" appears twice"_s}));
        const QByteArray json5 = "{\"a\\nb\": 1, \"a\\u000ab\": 2, \"a/b\": 3, \"a\\/b\": 4}";
        QCOMPARE(faultsIn(json5),
                 (QStringList{u"the key \"a\nb\" appears twice"_s, u"the key \"a/b\" appears twice"_s}));
    }

    void pathsNameTheObjectOrTheValue()
    {
        const QByteArray json = "{\"cases\": [{\"ref\": \"A\"}, {\"ref\": \"B\", \"evidence\": [{\"x\": 1},\n"
                                "            {\"title\": \"t\", \"title\": \"u\", \"tags\": [\"a\", \"\\udead\"]}]}], "
                                "\"n\": {\"deep\": {\"k\": 1, \"k\": 2}}}";
        QCOMPARE(faultsIn(json), (QStringList{u"cases[1].evidence[1]: the key \"title\" appears twice"_s,
                                              u"cases[1].evidence[1].tags[1]: holds \\udead, half of a UTF-16 "
                                              "surrogate pair without its other half"_s,
                                              u"n.deep: the key \"k\" appears twice"_s}));
        const QByteArray json6 = "{\"k\": 1, \"k\": 2}";
        QCOMPARE(faultsIn(json6, u"cases[7]"_s), QStringList{u"cases[7]: the key \"k\" appears twice"_s});
        const QByteArray json7 = "{\"k\": {\"k\": \"\\ud800\"}}";
        QCOMPARE(faultsIn(json7, u"cases[7]"_s),
                 QStringList{u"cases[7].k.k: holds \\ud800, half of a UTF-16 surrogate pair without its other half"_s});
    }

    void loneSurrogates()
    {
        const QString high = u"holds \\ud800, half of a UTF-16 surrogate pair without its other half"_s;
        const QByteArray json8 = "[\"\\ud800\"]";
        QCOMPARE(faultsIn(json8), QStringList{u"[0]: "_s + high});
        const QByteArray json9 = "[\"x\\ud800x\\udc00\"]";
        QCOMPARE(faultsIn(json9), QStringList{u"[0]: "_s + high}); // one per string
        const QByteArray json10 = "[\"\\ud800\\u0041\"]";
        QCOMPARE(faultsIn(json10), QStringList{u"[0]: "_s + high});
        const QByteArray json11 = "[\"\\\\ud800\"]";
        QCOMPARE(faultsIn(json11), QStringList()); // an escaped backslash, then text
        const QByteArray json12 = "[\"\\udbff\\udfff\", \"\\ud800\\udc00\"]";
        QCOMPARE(faultsIn(json12), QStringList());
        const QByteArray json13 = "{\"\\ud800\": 1}";
        QCOMPARE(faultsIn(json13),
                 QStringList{u"the key \"\\ud800\" holds \\ud800, half of a UTF-16 surrogate pair without its other "
                             "half"_s});
    }

    void aByteOrderMarkOpeningAString()
    {
        const QString lost = u"starts with a byte-order mark (U+FEFF), which would be lost; write it as \\ufeff"_s;
        QCOMPARE(faultsIn("\xEF\xBB\xBF{\"a\": \"\xEF\xBB\xBFx\", \"b\": \"x\xEF\xBB\xBF\", \"c\": \"\\ufeffx\"}"),
                 QStringList{u"a: "_s + lost});
        QCOMPARE(faultsIn("{\"\xEF\xBB\xBF"
                          "a\": 1}"),
                 QStringList{u"the key \"a\" "_s + lost});
    }

    // A crafted object with a great many keys costs no more than a few ordinary ones a key.
    void anObjectWithManyKeys()
    {
        QByteArray json = "{";
        for (int i = 0; i < 100000; ++i)
            json += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ',';
        json += "\"k17\": 0, \"k99999\": 0, \"k17\": 1, \"inner\": {\"k17\": 1, \"k17\": 2}}";
        QCOMPARE(faultsIn(json), (QStringList{u"the key \"k17\" appears twice"_s, u"the key \"k99999\" appears twice"_s,
                                              u"inner: the key \"k17\" appears twice"_s}));
    }

    void atMostTheLimit()
    {
        const QByteArray json14 = "{\"a\": 1, \"a\": 2, \"b\": \"\\ud800\", \"c\": 1, \"c\": 2}";
        QCOMPARE(faultsIn(json14, {}, 1), QStringList{u"the key \"a\" appears twice"_s});
    }
};

} // namespace adreview

QTEST_APPLESS_MAIN(adreview::TestJsonTextCheck)
#include "tst_JsonTextCheck.moc"
