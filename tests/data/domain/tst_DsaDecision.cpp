#include "domain/DsaDecision.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

dsa::Decision timeLimitedBan()
{
    dsa::Decision d;
    d.ground = u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s;
    d.groundText = u"Advertising policy ADS-CRYPTO"_s;
    d.explanation = u"The ads promote a cryptocurrency exchange."_s;
    d.category = u"STATEMENT_CATEGORY_CONSUMER_INFORMATION"_s;
    d.contentTypes = {u"CONTENT_TYPE_TEXT"_s, u"CONTENT_TYPE_IMAGE"_s};
    d.visibility = {u"DECISION_VISIBILITY_CONTENT_REMOVED"_s};
    d.account = u"DECISION_ACCOUNT_SUSPENDED"_s;
    d.endAccount = QDate(2025, 6, 30);
    d.territories = {u"MT"_s, u"DE"_s};
    d.reviewBy = QDate(2025, 6, 1);
    d.publicFacts = u"The advertiser's ads were removed: they promote a cryptocurrency exchange. « Ünïcode » 广告"_s;
    return d;
}

QStringList fields(const QList<dsa::Problem> &problems)
{
    QStringList out;
    for (const dsa::Problem &p : problems)
        out << p.field;
    return out;
}

} // namespace

class TestDsaDecision : public QObject {
    Q_OBJECT

private slots:
    void theTextIsCanonicalAndReadsBack()
    {
        const dsa::Decision d = timeLimitedBan();
        const QString text = d.toText();
        QVERIFY(text.startsWith(u"{\"account\":\"DECISION_ACCOUNT_SUSPENDED\",\"category\":"_s));
        QVERIFY(!text.contains(u"\", \""_s) && !text.contains(u"\": \""_s)); // compact
        QVERIFY(text.contains(u"\"end_account\":\"2025-06-30\""_s));
        QVERIFY(!text.contains(u"end_visibility"_s)); // empty fields are left out
        auto back = dsa::Decision::fromText(text);
        QVERIFY(back.ok());
        QCOMPARE(back->toText(), text);
        QCOMPARE(back->endAccount, d.endAccount);
        QCOMPARE(back->territories, d.territories);
        QCOMPARE(back->publicFacts, d.publicFacts);
        QVERIFY(dsa::Decision().isEmpty());
        QCOMPARE(dsa::Decision().toText(), QString());
        QVERIFY(dsa::Decision::fromText(QString()).ok());
    }

    void onlyTheCanonicalTextIsTaken_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not JSON") << u"ground: illegal"_s;
        QTest::newRow("an array") << u"[]"_s;
        QTest::newRow("unknown field") << u"{\"ground\":\"DECISION_GROUND_ILLEGAL_CONTENT\",\"reviewer\":\"ana\"}"_s;
        QTest::newRow("number for text") << u"{\"ground\":4}"_s;
        QTest::newRow("text for a list") << u"{\"content_types\":\"CONTENT_TYPE_TEXT\"}"_s;
        QTest::newRow("number in a list") << u"{\"content_types\":[1]}"_s;
        QTest::newRow("date form") << u"{\"review_by\":\"2025-6-1\"}"_s;
        QTest::newRow("no such day") << u"{\"review_by\":\"2025-02-30\"}"_s;
        QTest::newRow("whitespace") << u"{ \"ground\": \"DECISION_GROUND_ILLEGAL_CONTENT\" }"_s;
        QTest::newRow("empty field written") << u"{\"ground\":\"DECISION_GROUND_ILLEGAL_CONTENT\",\"service\":\"\"}"_s;
        QTest::newRow("keys out of order")
            << u"{\"ground\":\"DECISION_GROUND_ILLEGAL_CONTENT\",\"category\":\"STATEMENT_CATEGORY_VIOLENCE\"}"_s;
        QTest::newRow("empty object") << u"{}"_s;
    }

    void onlyTheCanonicalTextIsTaken()
    {
        QFETCH(QString, text);
        QVERIFY(!dsa::Decision::fromText(text).ok());
    }

    void valuesAreChecked()
    {
        const QDate decided(2025, 3, 4);
        QVERIFY(timeLimitedBan().problems(decided).isEmpty());
        const struct {
            QString field;
            std::function<void(dsa::Decision &)> change;
        } cases[] = {
            {u"ground"_s, [](dsa::Decision &d) { d.ground = u"illegal"_s; }},
            {u"category"_s, [](dsa::Decision &d) { d.category = u"STATEMENT_CATEGORY_SPAM"_s; }},
            {u"content_types"_s, [](dsa::Decision &d) { d.contentTypes << u"CONTENT_TYPE_TEXT"_s; }},
            {u"content_type_other"_s, [](dsa::Decision &d) { d.contentTypes << u"CONTENT_TYPE_OTHER"_s; }},
            {u"visibility_other"_s, [](dsa::Decision &d) { d.visibilityOther = u"stray"_s; }},
            {u"monetary"_s, [](dsa::Decision &d) { d.monetary = u"DECISION_MONETARY_FINE"_s; }},
            {u"monetary_other"_s, [](dsa::Decision &d) { d.monetary = u"DECISION_MONETARY_OTHER"_s; }},
            {u"service"_s, [](dsa::Decision &d) { d.service = u"TOTAL_SUSPENSION"_s; }},
            {u"territories"_s, [](dsa::Decision &d) { d.territories << u"CH"_s; }},
            {u"ground_text"_s, [](dsa::Decision &d) { d.groundText = QString(501, u'g'); }},
            {u"explanation"_s, [](dsa::Decision &d) { d.explanation = QString(2001, u'e'); }},
            {u"public_facts"_s, [](dsa::Decision &d) { d.publicFacts = QString(5001, u'f'); }},
            {u"end_account"_s, [](dsa::Decision &d) { d.endAccount = QDate(2025, 3, 4); }},   // not after
            {u"end_account"_s, [](dsa::Decision &d) { d.endAccount = QDate(2038, 1, 2); }},   // too late
            {u"end_monetary"_s, [](dsa::Decision &d) { d.endMonetary = QDate(2025, 9, 1); }}, // not imposed
            {u"review_by"_s, [](dsa::Decision &d) { d.reviewBy = QDate(2025, 3, 3); }},
        };
        for (const auto &c : cases) {
            dsa::Decision d = timeLimitedBan();
            c.change(d);
            QVERIFY2(fields(d.problems(decided)).contains(c.field), qPrintable(c.field));
        }
    }

    void restrictionsEndOnTheLastEndDateOnlyWhenEachHasOne()
    {
        dsa::Decision d;
        QVERIFY(!d.endsOn().isValid()); // nothing restricted: no end to speak of
        d.account = u"DECISION_ACCOUNT_SUSPENDED"_s;
        QVERIFY(!d.endsOn().isValid()); // a suspension without an end lasts
        d.endAccount = QDate(2027, 1, 10);
        QCOMPARE(d.endsOn(), QDate(2027, 1, 10));
        d.monetary = u"DECISION_MONETARY_SUSPENSION"_s;
        QVERIFY(!d.endsOn().isValid()); // the demonetisation has no end, so the advertiser stays restricted
        d.endMonetary = QDate(2027, 3, 1);
        QCOMPARE(d.endsOn(), QDate(2027, 3, 1));
        d.endAccount = QDate(2027, 4, 1);
        QCOMPARE(d.endsOn(), QDate(2027, 4, 1));
        // The end is the start of that day in UTC, whatever the laptop's time zone.
        QCOMPARE(dsa::Decision::startOf(d.endsOn()), QDateTime(QDate(2027, 4, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(dsa::Decision::startOf(d.endsOn()).timeSpec(), Qt::UTC);
    }

    void whatIsMissingIsNamedAsTheApiNamesIt()
    {
        QCOMPARE(timeLimitedBan().missing(), QStringList());
        QCOMPARE(
            dsa::Decision().missing(),
            (QStringList{u"decision_ground"_s, u"incompatible_content_ground"_s, u"incompatible_content_explanation"_s,
                         u"category"_s, u"content_type"_s, u"decision_visibility"_s, u"decision_facts"_s}));
        dsa::Decision illegal = timeLimitedBan();
        illegal.ground = u"DECISION_GROUND_ILLEGAL_CONTENT"_s;
        illegal.groundText.clear();
        QCOMPARE(illegal.missing(), QStringList{u"illegal_content_legal_ground"_s});
    }

    void aPolicysDefaultsStartTheRecord()
    {
        dsa::PolicyDefaults p;
        p.ground = u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s;
        p.category = u"STATEMENT_CATEGORY_SCAMS_AND_FRAUD"_s;
        p.contentTypes = {u"CONTENT_TYPE_TEXT"_s};
        p.monetary = u"DECISION_MONETARY_TERMINATION"_s;
        p.publicFacts = u"Facts."_s;
        const dsa::Decision d = dsa::Decision::from(p);
        QCOMPARE(d.ground, p.ground);
        QCOMPARE(d.monetary, p.monetary);
        QCOMPARE(d.contentTypes, p.contentTypes);
        QVERIFY(!d.endMonetary.isValid() && !d.reviewBy.isValid() && d.territories.isEmpty());
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDsaDecision)
#include "tst_DsaDecision.moc"
