#include "import/JsonSplit.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestJsonSplit : public QObject {
    Q_OBJECT

private:
    static QList<QByteArray> elementsOf(const QByteArray &json, const JsonSplit::Span &span)
    {
        QList<QByteArray> out;
        for (const auto &[from, to] : span.elements)
            out << json.mid(from, to - from);
        return out;
    }

private slots:
    void findsTheElementsOfTheArraysAsked()
    {
        const QByteArray json =
            " { \"format\" : \"x\", \"cases\" : [ {\"a\": \"],}\\\"{[\"}, [1, [2]] ,\"s\\\\\\\"\",-1.5e3,\n            "
            "                         true, null ], \"events\":[], \"other\": {\"cases\": [9]} } ";
        const auto spans = JsonSplit::topLevelArrays(json, {"cases", "events", "absent"});
        QVERIFY(spans);
        QCOMPARE(spans->size(), 2);
        const JsonSplit::Span cases = spans->value("cases");
        QCOMPARE(json.at(cases.begin), '[');
        QCOMPARE(json.at(cases.end - 1), ']');
        QCOMPARE(elementsOf(json, cases),
                 (QList<QByteArray>{"{\"a\": \"],}\\\"{[\"}", "[1, [2]]", "\"s\\\\\\\"\"", "-1.5e3", "true", "null"}));
        QVERIFY(spans->value("events").elements.isEmpty());
        // the rest parses, with the arrays emptied and everything else as it was
        const QJsonObject rest = QJsonDocument::fromJson(JsonSplit::withoutArrays(json, *spans)).object();
        QCOMPARE(rest.value(u"cases"_s).toArray().size(), 0);
        QCOMPARE(rest.value(u"events"_s).toArray().size(), 0);
        QCOMPARE(rest.value(u"other"_s).toObject().value(u"cases"_s).toArray().size(), 1);
        QCOMPARE(rest.value(u"format"_s).toString(), u"x"_s);
    }

    void refusesWhatItCannotSplitSafely_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not an object") << QByteArray("[{\"cases\": []}]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("the key twice") << QByteArray("{\"cases\": [1], \"cases\": [2]}");
        QTest::newRow("an escaped key") << QByteArray("{\"ca\\u0073es\": [1]}");
        QTest::newRow("not an array") << QByteArray("{\"cases\": {\"a\": 1}}");
        QTest::newRow("unterminated string") << QByteArray("{\"cases\": [\"abc]}");
        QTest::newRow("unbalanced") << QByteArray("{\"cases\": [[1, 2], {\"a\": [}]}");
        QTest::newRow("two values without a comma") << QByteArray("{\"cases\": [1 2]}");
        QTest::newRow("missing colon") << QByteArray("{\"cases\" [1]}");
        QTest::newRow("trailing text") << QByteArray("{\"cases\": [1]} x");
        QTest::newRow("unclosed") << QByteArray("{\"cases\": [1]");
        QTest::newRow("nothing") << QByteArray();
    }

    void refusesWhatItCannotSplitSafely()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!JsonSplit::topLevelArrays(json, {"cases"}));
    }

    void readsEveryElementOnceInParts()
    {
        const int count = 10'007;
        QByteArray json = "{\"n\": [";
        for (int i = 0; i < count; ++i)
            json += QByteArray(i ? ",\n" : "") + "{\"i\":" + QByteArray::number(i) + "}";
        json += "]}";
        const auto spans = JsonSplit::topLevelArrays(json, {"n"});
        QVERIFY(spans);
        const JsonSplit::Span span = spans->value("n");
        QCOMPARE(JsonSplit::partCount(span, 100), 101);
        QList<int> seen(count, 0);
        QMutex mutex;
        bool inOrder = true;
        const bool valid =
            JsonSplit::readInParts(json, span, 100, [&](qsizetype part, qsizetype first, const QJsonArray &array) {
                QMutexLocker lock(&mutex);
                inOrder = inOrder && first == part * 100;
                for (qsizetype i = 0; i < array.size(); ++i) {
                    const int value = array.at(i).toObject().value(u"i"_s).toInt(-1);
                    inOrder = inOrder && value == first + i;
                    if (value >= 0 && value < count)
                        ++seen[value];
                }
            });
        QVERIFY(valid);
        QVERIFY(inOrder);
        QCOMPARE(seen, QList<int>(count, 1));
    }

    void aPartTooDeepForTheWholeDocumentIsTooDeepAlone()
    {
        // Qt refuses nesting deeper than 1024; an element is two levels down in the document.
        const QByteArray deep = QByteArray(1023, '[') + QByteArray(1023, ']');
        const QByteArray json = "{\"n\": [1, " + deep + "]}";
        QVERIFY(QJsonDocument::fromJson(json).isNull());
        const auto spans = JsonSplit::topLevelArrays(json, {"n"});
        QVERIFY(spans);
        QVERIFY(!JsonSplit::readInParts(json, spans->value("n"), 1, [](qsizetype, qsizetype, const QJsonArray &) {}));
        const QByteArray shallower = "{\"n\": [1, " + QByteArray(1022, '[') + QByteArray(1022, ']') + "]}";
        QVERIFY(!QJsonDocument::fromJson(shallower).isNull());
        QVERIFY(JsonSplit::readInParts(shallower, JsonSplit::topLevelArrays(shallower, {"n"})->value("n"), 1,
                                       [](qsizetype, qsizetype, const QJsonArray &) {}));
    }

    void aPartThatIsNotJsonIsReported()
    {
        const QByteArray json = "{\"n\": [1, 2, 3, {\"a\": tru}, 5, 6]}";
        const auto spans = JsonSplit::topLevelArrays(json, {"n"});
        QVERIFY(spans); // the walk only balances brackets; the parser finds the fault
        QVERIFY(!JsonSplit::readInParts(json, spans->value("n"), 2, [](qsizetype, qsizetype, const QJsonArray &) {}));
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestJsonSplit)
#include "tst_JsonSplit.moc"
