#include "domain/DsaRules.h"
#include "domain/Vocabulary.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// A statement the Transparency Database takes: a ban for content incompatible with the terms.
QJsonObject valid()
{
    return {
        {u"decision_ground"_s, u"DECISION_GROUND_INCOMPATIBLE_CONTENT"_s},
        {u"incompatible_content_ground"_s, u"Advertising policy ADS-CRYPTO"_s},
        {u"incompatible_content_explanation"_s, u"The ads promote a cryptocurrency exchange."_s},
        {u"content_type"_s, QJsonArray{u"CONTENT_TYPE_TEXT"_s, u"CONTENT_TYPE_IMAGE"_s}},
        {u"category"_s, u"STATEMENT_CATEGORY_SCAMS_AND_FRAUD"_s},
        {u"content_date"_s, u"2024-03-01"_s},
        {u"application_date"_s, u"2024-03-04"_s},
        {u"decision_facts"_s, u"The advertiser's ads link to a cryptocurrency exchange."_s},
        {u"source_type"_s, u"SOURCE_VOLUNTARY"_s},
        {u"automated_detection"_s, u"No"_s},
        {u"automated_decision"_s, u"AUTOMATED_DECISION_NOT_AUTOMATED"_s},
        {u"puid"_s, u"3f9c2a4e-1b7d-4c55-9e0a-2d6f8b1c7a90"_s},
        {u"decision_monetary"_s, u"DECISION_MONETARY_SUSPENSION"_s},
        {u"end_date_monetary_restriction"_s, u"2024-09-04"_s},
        {u"territorial_scope"_s, QJsonArray{u"DE"_s, u"MT"_s}},
    };
}

QStringList fields(const QList<dsa::Problem> &problems)
{
    QStringList out;
    for (const dsa::Problem &p : problems)
        out << p.field;
    return out;
}

} // namespace

class TestDsaRules : public QObject {
    Q_OBJECT

private slots:
    void aCompleteStatementPasses()
    {
        QVERIFY2(dsa::check(valid()).isEmpty(), qPrintable(dsa::describe(dsa::check(valid()))));
        QJsonObject illegal = valid();
        illegal.remove(u"incompatible_content_ground"_s);
        illegal.remove(u"incompatible_content_explanation"_s);
        illegal[u"decision_ground"_s] = u"DECISION_GROUND_ILLEGAL_CONTENT"_s;
        illegal[u"illegal_content_legal_ground"_s] = u"Council Regulation (EU) 2022/350"_s;
        illegal[u"illegal_content_explanation"_s] = u"Broadcasting content of the named outlets is prohibited."_s;
        illegal[u"source_type"_s] = u"SOURCE_TYPE_OTHER_NOTIFICATION"_s;
        illegal[u"source_identity"_s] = u"Council of the European Union"_s;
        QVERIFY2(dsa::check(illegal).isEmpty(), qPrintable(dsa::describe(dsa::check(illegal))));
    }

    void everyRequiredFieldIsNamedWhenMissing_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"decision_ground", "content_type", "category", "content_date", "application_date",
                                  "decision_facts", "source_type", "automated_detection", "automated_decision", "puid",
                                  "incompatible_content_ground", "incompatible_content_explanation"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void everyRequiredFieldIsNamedWhenMissing()
    {
        QFETCH(QString, field);
        QJsonObject s = valid();
        s.remove(field);
        QVERIFY2(fields(dsa::check(s)).contains(field), qPrintable(dsa::describe(dsa::check(s))));
        s[field] = QJsonValue::Null; // null is no value
        QVERIFY2(fields(dsa::check(s)).contains(field), qPrintable(dsa::describe(dsa::check(s))));
    }

    void atLeastOneRestriction()
    {
        QJsonObject s = valid();
        s.remove(u"decision_monetary"_s);
        s.remove(u"end_date_monetary_restriction"_s);
        QVERIFY(fields(dsa::check(s)).contains(u"decision_visibility"_s));
        s[u"decision_account"_s] = u"DECISION_ACCOUNT_SUSPENDED"_s;
        QVERIFY2(dsa::check(s).isEmpty(), qPrintable(dsa::describe(dsa::check(s))));
        s[u"decision_visibility"_s] = QJsonArray{};
        QVERIFY(fields(dsa::check(s)).contains(u"decision_visibility"_s)); // an empty list names nothing
    }

    void valuesComeFromTheApiLists_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("label, not key") << u"decision_ground"_s << QJsonValue(u"Illegal Content"_s);
        QTest::newRow("category") << u"category"_s << QJsonValue(u"STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE"_s);
        QTest::newRow("content type") << u"content_type"_s << QJsonValue(QJsonArray{u"CONTENT_TYPE_BANNER"_s});
        QTest::newRow("content type not a list") << u"content_type"_s << QJsonValue(u"CONTENT_TYPE_TEXT"_s);
        QTest::newRow("source") << u"source_type"_s << QJsonValue(u"SOURCE_GOVERNMENT"_s);
        QTest::newRow("detection") << u"automated_detection"_s << QJsonValue(true);
        QTest::newRow("decision") << u"automated_decision"_s << QJsonValue(u"AUTOMATED_DECISION_NONE"_s);
        QTest::newRow("monetary") << u"decision_monetary"_s << QJsonValue(u"DECISION_MONETARY_FINE"_s);
        QTest::newRow("provision") << u"decision_provision"_s << QJsonValue(u"DECISION_PROVISION_BAN"_s);
        QTest::newRow("account") << u"decision_account"_s << QJsonValue(u"DECISION_ACCOUNT_DELETED"_s);
        QTest::newRow("account type") << u"account_type"_s << QJsonValue(u"ACCOUNT_TYPE_GOVERNMENT"_s);
        QTest::newRow("not EEA") << u"territorial_scope"_s << QJsonValue(QJsonArray{u"DE"_s, u"CH"_s});
        QTest::newRow("EL is GR") << u"territorial_scope"_s << QJsonValue(QJsonArray{u"EL"_s});
        QTest::newRow("lower-case language") << u"content_language"_s << QJsonValue(u"en"_s);
        QTest::newRow("keyword") << u"category_specification"_s << QJsonValue(QJsonArray{u"KEYWORD_DANGEROUS_TOYS"_s});
        QTest::newRow("addition") << u"category_addition"_s << QJsonValue(QJsonArray{u"STATEMENT_CATEGORY_SPAM"_s});
        QTest::newRow("puid with a space") << u"puid"_s << QJsonValue(u"ban 42"_s);
        QTest::newRow("puid with a slash") << u"puid"_s << QJsonValue(u"ban/42"_s);
        QTest::newRow("facts not text") << u"decision_facts"_s << QJsonValue(42);
        QTest::newRow("blank facts") << u"decision_facts"_s << QJsonValue(u"   "_s);
        QTest::newRow("unknown field") << u"reviewer"_s << QJsonValue(u"ana.moreau"_s);
        QTest::newRow("reference url") << u"decision_ground_reference_url"_s << QJsonValue(u"not a url"_s);
        QTest::newRow("EAN") << u"content_id"_s << QJsonValue(QJsonObject{{u"EAN-13"_s, u"12345"_s}});
    }

    void valuesComeFromTheApiLists()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject s = valid();
        s[field] = value;
        QVERIFY2(fields(dsa::check(s)).contains(field), qPrintable(dsa::describe(dsa::check(s))));
    }

    void lengthsAreCountedInCharacters()
    {
        QJsonObject s = valid();
        s[u"decision_facts"_s] = QString(5000, u'x');
        QVERIFY(dsa::check(s).isEmpty());
        s[u"decision_facts"_s] = QString(5001, u'x');
        QVERIFY(fields(dsa::check(s)).contains(u"decision_facts"_s));
        // 500 characters outside the BMP are 1000 UTF-16 units but 500 characters.
        QString wide;
        for (int i = 0; i < 500; ++i)
            wide += QString::fromUcs4(U"\U0001F4B0", 1);
        s = valid();
        s[u"incompatible_content_ground"_s] = wide;
        QVERIFY2(dsa::check(s).isEmpty(), qPrintable(dsa::describe(dsa::check(s))));
        s[u"incompatible_content_ground"_s] = wide + u'x';
        QVERIFY(fields(dsa::check(s)).contains(u"incompatible_content_ground"_s));
        s = valid();
        s[u"incompatible_content_explanation"_s] = QString(2001, u'y');
        QVERIFY(fields(dsa::check(s)).contains(u"incompatible_content_explanation"_s));
        s = valid();
        s[u"puid"_s] = QString(501, u'a');
        QVERIFY(fields(dsa::check(s)).contains(u"puid"_s));
    }

    void theGroundDecidesWhichFieldsBelong()
    {
        // An illegal-content ground needs its legal ground and explanation, and takes no
        // incompatible-content fields.
        QJsonObject s = valid();
        s[u"decision_ground"_s] = u"DECISION_GROUND_ILLEGAL_CONTENT"_s;
        const QStringList named = fields(dsa::check(s));
        for (const QString &field : {u"illegal_content_legal_ground"_s, u"illegal_content_explanation"_s,
                                     u"incompatible_content_ground"_s, u"incompatible_content_explanation"_s})
            QVERIFY2(named.contains(field), qPrintable(field));
        s = valid();
        s[u"incompatible_content_illegal"_s] = u"Yes"_s;
        QVERIFY(dsa::check(s).isEmpty());
        s[u"incompatible_content_illegal"_s] = u"Maybe"_s;
        QVERIFY(fields(dsa::check(s)).contains(u"incompatible_content_illegal"_s));
    }

    void anOtherValueNeedsItsText()
    {
        const struct {
            QString field;
            QJsonValue value;
            QString other;
        } cases[] = {
            {u"decision_visibility"_s, QJsonArray{u"DECISION_VISIBILITY_OTHER"_s}, u"decision_visibility_other"_s},
            {u"decision_monetary"_s, u"DECISION_MONETARY_OTHER"_s, u"decision_monetary_other"_s},
            {u"content_type"_s, QJsonArray{u"CONTENT_TYPE_OTHER"_s}, u"content_type_other"_s},
        };
        for (const auto &c : cases) {
            QJsonObject s = valid();
            s[c.field] = c.value;
            QVERIFY2(fields(dsa::check(s)).contains(c.other), qPrintable(c.other));
            s[c.other] = u"Landing pages withheld from the ad network"_s;
            QVERIFY2(dsa::check(s).isEmpty(), qPrintable(dsa::describe(dsa::check(s))));
            s[c.other] = QString(501, u'z');
            QVERIFY2(fields(dsa::check(s)).contains(c.other), qPrintable(c.other));
            // Without the other value, the text does not belong.
            s = valid();
            s[c.other] = u"stray"_s;
            QVERIFY2(fields(dsa::check(s)).contains(c.other), qPrintable(c.other));
        }
    }

    void datesHaveTheirFormAndRange()
    {
        const struct {
            QString field;
            QString value;
            bool ok;
        } cases[] = {
            {u"application_date"_s, u"2020-01-01"_s, true},  {u"application_date"_s, u"2019-12-31"_s, false},
            {u"application_date"_s, u"2038-01-02"_s, false}, {u"application_date"_s, u"2024-3-4"_s, false},
            {u"application_date"_s, u"2024-02-30"_s, false}, {u"application_date"_s, u"04.03.2024"_s, false},
            {u"content_date"_s, u"2000-01-01"_s, true},      {u"content_date"_s, u"1999-12-31"_s, false},
            {u"content_date"_s, u"2018-04-09"_s, true},
        };
        for (const auto &c : cases) {
            QJsonObject s = valid();
            s[c.field] = c.value;
            if (c.field == u"application_date" && c.ok)
                s[u"end_date_monetary_restriction"_s] = c.value;
            QCOMPARE(fields(dsa::check(s)).contains(c.field), !c.ok);
        }
        // An end date is no earlier than the application and no later than the API's last day.
        QJsonObject s = valid();
        s[u"end_date_monetary_restriction"_s] = u"2024-03-03"_s;
        QVERIFY(fields(dsa::check(s)).contains(u"end_date_monetary_restriction"_s));
        s[u"end_date_monetary_restriction"_s] = u"2038-01-02"_s;
        QVERIFY(fields(dsa::check(s)).contains(u"end_date_monetary_restriction"_s));
        s[u"end_date_monetary_restriction"_s] = QJsonValue::Null; // indefinite
        QVERIFY(dsa::check(s).isEmpty());
    }

    void ownInitiativeNamesNoSource()
    {
        QJsonObject s = valid();
        s[u"source_identity"_s] = u"A user"_s;
        QVERIFY(fields(dsa::check(s)).contains(u"source_identity"_s));
        s[u"source_type"_s] = u"SOURCE_ARTICLE_16"_s;
        QVERIFY(dsa::check(s).isEmpty());
    }

    void theCountryListsAreTheEeaAndTheEu()
    {
        QCOMPARE(dsa::euCountries().size(), 27);
        QCOMPARE(dsa::eeaCountries().size(), 30);
        QCOMPARE(QSet<QString>(dsa::eeaCountries().cbegin(), dsa::eeaCountries().cend()).size(), 30);
        QVERIFY(dsa::eeaCountries().contains(u"NO"_s) && !dsa::euCountries().contains(u"NO"_s));
        QVERIFY(dsa::euCountries().contains(u"GR"_s) && !dsa::euCountries().contains(u"EL"_s));
        QCOMPARE(dsa::categories().size(), 16);
        QCOMPARE(dsa::keywords().size(), 69);
        QCOMPARE(dsa::languages().size(), 184);
    }

    void aCasesSourceGivesTheSourceType()
    {
        QCOMPARE(dsa::sourceTypeOf(u"user-report"_s), u"SOURCE_ARTICLE_16"_s);
        QCOMPARE(dsa::sourceTypeOf(u"government-advisory"_s), u"SOURCE_TYPE_OTHER_NOTIFICATION"_s);
        QCOMPARE(dsa::sourceTypeOf(u"partner-platform"_s), u"SOURCE_TYPE_OTHER_NOTIFICATION"_s);
        for (const QString &own : {u"press"_s, u"automated"_s, u"appeal"_s})
            QCOMPARE(dsa::sourceTypeOf(own), u"SOURCE_VOLUNTARY"_s);
        QVERIFY(dsa::detectedAutomatically(u"automated"_s));
        QVERIFY(!dsa::detectedAutomatically(u"user-report"_s));
        for (const QString &source : vocab::sources())
            QVERIFY(dsa::sourceTypes().contains(dsa::sourceTypeOf(source)));
    }

    void keysMayBeGivenWithoutTheirPrefix()
    {
        QCOMPARE(dsa::expandKey(dsa::categories(), u"scams_and_fraud"_s), u"STATEMENT_CATEGORY_SCAMS_AND_FRAUD"_s);
        QCOMPARE(dsa::expandKey(dsa::categories(), u"VIOLENCE"_s), u"STATEMENT_CATEGORY_VIOLENCE"_s);
        QCOMPARE(dsa::expandKey(dsa::categories(), u"STATEMENT_CATEGORY_VIOLENCE"_s), u"STATEMENT_CATEGORY_VIOLENCE"_s);
        QCOMPARE(dsa::expandKey(dsa::contentTypes(), u"text"_s), u"CONTENT_TYPE_TEXT"_s);
        QCOMPARE(dsa::expandKey(dsa::accountRestrictions(), u"suspended"_s), u"DECISION_ACCOUNT_SUSPENDED"_s);
        QCOMPARE(dsa::expandKey(dsa::visibilityRestrictions(), u"content_removed"_s),
                 u"DECISION_VISIBILITY_CONTENT_REMOVED"_s);
        QCOMPARE(dsa::expandKey(dsa::decisionGrounds(), u"illegal_content"_s), u"DECISION_GROUND_ILLEGAL_CONTENT"_s);
        QCOMPARE(dsa::expandKey(dsa::categories(), u"spam"_s), QString());
        QCOMPARE(dsa::expandKey(dsa::categories(), u"CATEGORY_VIOLENCE"_s), QString());
        QCOMPARE(dsa::expandKey(dsa::categories(), QString()), QString());
    }

    void aSubmissionCarriesOneToAHundredDistinctStatements()
    {
        QJsonArray list;
        for (int i = 0; i < dsa::maxPerSubmission; ++i) {
            QJsonObject s = valid();
            s[u"puid"_s] = u"ban-%1"_s.arg(i);
            list.append(s);
        }
        QVERIFY2(dsa::checkSubmission({{u"statements"_s, list}}).isEmpty(),
                 qPrintable(dsa::describe(dsa::checkSubmission({{u"statements"_s, list}}))));
        QJsonArray tooMany = list;
        QJsonObject extra = valid();
        extra[u"puid"_s] = u"ban-extra"_s;
        tooMany.append(extra);
        QVERIFY(fields(dsa::checkSubmission({{u"statements"_s, tooMany}})).contains(u"statements"_s));
        QVERIFY(fields(dsa::checkSubmission({{u"statements"_s, QJsonArray{}}})).contains(u"statements"_s));
        QVERIFY(fields(dsa::checkSubmission({})).contains(u"statements"_s));
        QJsonArray twice{list.at(0), list.at(1), list.at(0)};
        QCOMPARE(fields(dsa::checkSubmission({{u"statements"_s, twice}})), QStringList{u"statements[2].puid"_s});
        QJsonObject broken = valid();
        broken.remove(u"category"_s);
        QCOMPARE(fields(dsa::checkSubmission({{u"statements"_s, QJsonArray{list.at(0), broken}}})),
                 QStringList{u"statements[1].category"_s});
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestDsaRules)
#include "tst_DsaRules.moc"
