#include "domain/EventHash.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

class TestEventHash : public QObject {
    Q_OBJECT

private:
    // Text a hostile or merely international file may hold: quotes, backslashes, accents, CJK,
    // right-to-left overrides, line separators, DEL, emoji (surrogate pairs), a lone surrogate,
    // control characters and NUL.
    static QStringList pieces()
    {
        return {u""_s,
                u"ban"_s,
                u"ADS-CRYPTO"_s,
                u"He said \"no\""_s,
                u"C:\\path\\to"_s,
                u"</script><img src=x>"_s,
                u"Zürich café"_s,
                u"卡巴斯基实验室"_s,
                u"\u202Egnp.exe"_s,
                u"line\u2028separator"_s,
                QString(QChar(0x7f)),
                u"rocket 🚀"_s,
                QString(QChar(0xd800)),
                u"tab\there"_s,
                u"new\nline"_s,
                QString(QChar(0)) + u"nul"_s,
                u"\u00a0non-breaking"_s,
                u"{\"json\": [1, 2]}"_s};
    }

    static QString randomText(QRandomGenerator &rng)
    {
        const QStringList p = pieces();
        QString s;
        for (int i = 0, n = rng.bounded(4); i < n; ++i)
            s += p.at(rng.bounded(int(p.size())));
        return s;
    }

    static QStringList randomList(QRandomGenerator &rng)
    {
        QStringList list;
        for (int i = 0, n = rng.bounded(4); i < n; ++i)
            list << randomText(rng);
        return list;
    }

private slots:
    void writesTheBytesQtWrites()
    {
        QRandomGenerator rng(42);
        int direct = 0;
        for (int i = 0; i < 20000; ++i) {
            Event e;
            e.uuid = randomText(rng);
            e.caseRef = randomText(rng);
            e.action = randomText(rng);
            e.policyCode = randomText(rng);
            e.rationale = randomText(rng);
            e.evidenceRefs = randomList(rng);
            e.assignee = randomText(rng);
            e.outcome = randomText(rng);
            e.reviewer = randomText(rng);
            e.device = randomText(rng);
            e.seq = rng.bounded(1, 1000000);
            if (rng.bounded(10) > 0)
                e.at =
                    QDateTime::fromMSecsSinceEpoch(qint64(rng.bounded(2000000000)) * 1000 + rng.bounded(1000), Qt::UTC);
            e.parents = randomList(rng);
            e.prevHash = rng.bounded(2) ? EventHash::genesis() : randomText(rng);
            if (rng.bounded(3) == 0)
                e.statement = randomText(rng);
            const QByteArray expected = EventHash::canonicalThroughQt(e);
            QCOMPARE(EventHash::canonical(e), expected);
            direct += expected.contains("\\u") ? 0 : 1;
        }
        QVERIFY(direct > 1000); // many events hold no text that Qt escapes, so most go the direct way
    }

    void timesAreWrittenAsQtWritesThem()
    {
        // Every event's hash spells its time: the direct writer must give Qt's text for every time,
        // whatever its zone, and hand those outside the years 1 to 9999 to Qt.
        const auto check = [](const QDateTime &t) {
            QCOMPARE(EventHash::formatTime(t), t.toUTC().toString(Qt::ISODateWithMs));
        };
        check(QDateTime());
        check(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
        check(QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC));
        check(QDateTime(QDate(2018, 1, 5), QTime(9, 0), Qt::OffsetFromUTC, 5 * 3600 + 1800));
        check(QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::LocalTime));
        for (const QDate &d :
             {QDate(1, 1, 1), QDate(1, 12, 31), QDate(9999, 12, 31), QDate(-1, 12, 31), QDate(10000, 1, 1),
              QDate(1600, 2, 29), QDate(1900, 3, 1), QDate(2000, 2, 29), QDate(2100, 2, 28), QDate(1969, 12, 31)}) {
            check(QDateTime(d, QTime(0, 0), Qt::UTC));
            check(QDateTime(d, QTime(23, 59, 59, 999), Qt::UTC));
        }
        QRandomGenerator rng(7);
        constexpr qint64 span = 400'000'000'000'000; // about 12,700 years either side of 1970
        for (int i = 0; i < 200'000; ++i) {
            const qint64 ms = qint64(rng.generate64() % quint64(2 * span)) - span;
            check(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        }
    }

    void aTypicalEventIsWrittenDirectly()
    {
        Event e;
        e.uuid = u"01a22b2c-4f66-7a0e-886c-a569ae0cc983"_s;
        e.caseRef = u"CASE-2018-0001"_s;
        e.action = u"ban"_s;
        e.policyCode = u"ADS-NATSEC"_s;
        e.rationale = u"Kaspersky Lab \"products\" per BOD 17-01 \\ DHS"_s;
        e.evidenceRefs = {u"EV-2"_s, u"EV-1"_s};
        e.reviewer = u"ana.moreau"_s;
        e.device = u"laptop-1"_s;
        e.seq = 7;
        e.at = QDateTime(QDate(2018, 1, 5), QTime(9, 0), Qt::UTC);
        e.parents = {u"b"_s, u"a"_s};
        e.prevHash = EventHash::genesis();
        QCOMPARE(EventHash::canonical(e), EventHash::canonicalThroughQt(e));
        QVERIFY(EventHash::canonical(e).contains(R"("evidence":["EV-1","EV-2"])"));
        QCOMPARE(EventHash::compute(e).size(), 64);
        // An event without a statement of reasons hashes as events did before there were any.
        QVERIFY(!EventHash::canonical(e).contains("statement"));
        const QByteArray plainEnd = "\"reviewer\":\"ana.moreau\",\"seq\":\"7\"}";
        QVERIFY(EventHash::canonical(e).endsWith(plainEnd));
        const QString before = EventHash::compute(e);
        e.statement = u"{\"account\":\"DECISION_ACCOUNT_SUSPENDED\"}"_s;
        QCOMPARE(EventHash::canonical(e), EventHash::canonicalThroughQt(e));
        const QByteArray statementEnd =
            "\"seq\":\"7\",\"statement\":\"{\\\"account\\\":\\\"DECISION_ACCOUNT_SUSPENDED\\\"}\"}";
        QVERIFY2(EventHash::canonical(e).endsWith(statementEnd), EventHash::canonical(e).constData());
        QVERIFY(EventHash::compute(e) != before);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestEventHash)
#include "tst_EventHash.moc"
