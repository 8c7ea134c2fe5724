#include "domain/NaturalOrder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

class TestNaturalOrder : public QObject {
    Q_OBJECT

private slots:
    void numbersByValue()
    {
        QStringList refs{u"EV-10"_s, u"EV-2"_s, u"EV-1"_s, u"EV-100"_s, u"EV-9"_s, u"EV-2a"_s, u"EV"_s};
        std::sort(refs.begin(), refs.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
        QCOMPARE(refs, (QStringList{u"EV"_s, u"EV-1"_s, u"EV-2"_s, u"EV-2a"_s, u"EV-9"_s, u"EV-10"_s, u"EV-100"_s}));
    }

    void strictWeakOrder()
    {
        // Irreflexive, and of two different strings exactly one is less, leading zeros included.
        const QStringList samples{u""_s,
                                  u"a"_s,
                                  u"a1"_s,
                                  u"a01"_s,
                                  u"a001"_s,
                                  u"a1b"_s,
                                  u"a10"_s,
                                  u"A1"_s,
                                  u"1"_s,
                                  u"01"_s,
                                  u"0"_s,
                                  u"00"_s,
                                  u"EV-٣"_s,
                                  u"b2c3"_s,
                                  u"b2c03"_s,
                                  u"b02c3"_s,
                                  u"9999999999999999999999"_s};
        for (const QString &a : samples) {
            QVERIFY(!naturalLess(a, a));
            for (const QString &b : samples) {
                if (a != b)
                    QVERIFY2(naturalLess(a, b) != naturalLess(b, a), qPrintable(a + u" / "_s + b));
                for (const QString &c : samples) {
                    if (naturalLess(a, b) && naturalLess(b, c))
                        QVERIFY2(naturalLess(a, c), qPrintable(a + u" < "_s + b + u" < "_s + c));
                }
            }
        }
    }

    void referencesByPrefixThenNumber()
    {
        // References as imports write them: a prefix and a number, in any locale (a collator's
        // numeric mode does nothing in the C locale).
        auto *rng = QRandomGenerator::global();
        QList<std::pair<QString, int>> parts;
        for (int i = 0; i < 500; ++i)
            parts.append({rng->bounded(2) ? u"EV-"_s : u"DOC-"_s, int(rng->bounded(100000))});
        QStringList natural;
        for (const auto &[prefix, number] : std::as_const(parts))
            natural << prefix + QString::number(number);
        std::sort(natural.begin(), natural.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
        std::sort(parts.begin(), parts.end());
        QStringList expected;
        for (const auto &[prefix, number] : std::as_const(parts))
            expected << prefix + QString::number(number);
        QCOMPARE(natural, expected);
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestNaturalOrder)
#include "tst_NaturalOrder.moc"
