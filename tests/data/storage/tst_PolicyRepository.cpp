#include "TestDatabase.h"
#include "domain/DsaDecision.h"
#include "domain/DsaRules.h"
#include "storage/PolicyRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// A statement of reasons made of a policy's defaults and what the decision itself adds.
QJsonObject statementFrom(const dsa::PolicyDefaults &d, const QString &caseSource)
{
    QJsonObject s{
        {u"decision_ground"_s, d.ground},
        {u"category"_s, d.category},
        {u"content_type"_s, QJsonArray::fromStringList(d.contentTypes)},
        {u"decision_facts"_s, d.publicFacts},
        {u"content_date"_s, u"2024-03-01"_s},
        {u"application_date"_s, u"2024-03-04"_s},
        {u"source_type"_s, dsa::sourceTypeOf(caseSource)},
        {u"automated_detection"_s, dsa::detectedAutomatically(caseSource) ? u"Yes"_s : u"No"_s},
        {u"automated_decision"_s, u"AUTOMATED_DECISION_NOT_AUTOMATED"_s},
        {u"puid"_s, u"event-1"_s},
    };
    const bool illegal = d.ground == u"DECISION_GROUND_ILLEGAL_CONTENT";
    s.insert(illegal ? u"illegal_content_legal_ground"_s : u"incompatible_content_ground"_s, d.groundText);
    s.insert(illegal ? u"illegal_content_explanation"_s : u"incompatible_content_explanation"_s, d.explanation);
    if (!d.visibility.isEmpty())
        s.insert(u"decision_visibility"_s, QJsonArray::fromStringList(d.visibility));
    for (const auto &[field, value] :
         {std::pair{u"decision_monetary"_s, d.monetary}, std::pair{u"decision_provision"_s, d.service},
          std::pair{u"decision_account"_s, d.account}}) {
        if (!value.isEmpty())
            s.insert(field, value);
    }
    return s;
}

} // namespace

class TestPolicyRepository : public QObject {
    Q_OBJECT

private slots:
    void theCataloguesPoliciesCarryDsaDefaults()
    {
        test::TestDatabase t;
        PolicyRepository policies(t.db());
        const QHash<QString, QString> categories{
            {u"ADS-NATSEC"_s, u"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"_s},
            {u"ADS-STATE-MEDIA"_s, u"STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"_s},
            {u"ADS-CRYPTO"_s, u"STATEMENT_CATEGORY_CONSUMER_INFORMATION"_s},
            {u"ADS-BIZ-CONFLICT"_s, u"STATEMENT_CATEGORY_OTHER_VIOLATION_TC"_s},
        };
        auto all = policies.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), categories.size());
        for (const Policy &p : std::as_const(*all)) {
            auto d = policies.dsaDefaults(p.code);
            QVERIFY(d.ok());
            QVERIFY2(d->has_value(), qPrintable(p.code));
            QCOMPARE((*d)->category, categories.value(p.code));
            QVERIFY((*d)->groundText.contains(p.code));
            // With the decision's own fields, the defaults make a statement the API takes,
            // whatever the case's source.
            for (const QString &source : {u"government-advisory"_s, u"user-report"_s, u"automated"_s}) {
                const auto problems = dsa::check(statementFrom(**d, source));
                QVERIFY2(problems.isEmpty(), qPrintable(p.code + u": "_s + dsa::describe(problems)));
            }
        }
    }

    void defaultsAreSetAndReadBack()
    {
        test::TestDatabase t;
        PolicyRepository policies(t.db());
        QVERIFY(policies.insert({0, u"ADS-TEST"_s, u"Test policy"_s, u"For tests."_s}).ok());
        auto none = policies.dsaDefaults(u"ADS-TEST"_s);
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        QVERIFY(policies.dsaDefaults(u"NO-SUCH-POLICY"_s).ok());
        const dsa::PolicyDefaults d{u"DECISION_GROUND_ILLEGAL_CONTENT"_s,
                                    u"Council Regulation (EU) 2022/350"_s,
                                    u"Broadcasting of the listed outlets' content is prohibited in the Union."_s,
                                    u"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"_s,
                                    {u"CONTENT_TYPE_VIDEO"_s, u"CONTENT_TYPE_TEXT"_s},
                                    {},
                                    u"DECISION_MONETARY_TERMINATION"_s,
                                    u"DECISION_PROVISION_TOTAL_TERMINATION"_s,
                                    {},
                                    u"The advertiser's ads were removed."_s};
        QVERIFY(policies.setDsaDefaults(u"ADS-TEST"_s, d).ok());
        auto back = policies.dsaDefaults(u"ADS-TEST"_s);
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE((*back)->ground, d.ground);
        QCOMPARE((*back)->groundText, d.groundText);
        QCOMPARE((*back)->contentTypes, d.contentTypes);
        QVERIFY((*back)->visibility.isEmpty());
        QCOMPARE((*back)->service, d.service);
        QCOMPARE((*back)->publicFacts, d.publicFacts);
        QVERIFY2(dsa::check(statementFrom(**back, u"press"_s)).isEmpty(),
                 qPrintable(dsa::describe(dsa::check(statementFrom(**back, u"press"_s)))));
        // The database refuses a ground that is not one of the API's.
        dsa::PolicyDefaults wrong = d;
        wrong.ground = u"illegal"_s;
        QVERIFY(!policies.setDsaDefaults(u"ADS-TEST"_s, wrong).ok());
        QVERIFY(!policies.setDsaDefaults(u"NO-SUCH-POLICY"_s, d).ok());

        // Redress: the program's text, the database's, the policy's own; setting the defaults
        // again keeps the policy's text.
        auto redress = policies.redress(u"ADS-TEST"_s);
        QVERIFY(redress.ok());
        QCOMPARE(*redress, dsa::defaultRedress());
        QVERIFY(policies.setRedress(QString(), u"Appeal at help.example.org/appeals."_s).ok());
        QCOMPARE(*policies.redress(u"ADS-TEST"_s), u"Appeal at help.example.org/appeals."_s);
        QVERIFY(policies.setRedress(u"ADS-TEST"_s, u"Write to the sanctions desk."_s).ok());
        QVERIFY(policies.setDsaDefaults(u"ADS-TEST"_s, d).ok());
        QCOMPARE(*policies.redress(u"ADS-TEST"_s), u"Write to the sanctions desk."_s);
        QVERIFY(policies.setRedress(u"ADS-TEST"_s, QString()).ok());
        QCOMPARE(*policies.redress(u"ADS-TEST"_s), u"Appeal at help.example.org/appeals."_s);
        QVERIFY(policies.setRedress(QString(), QString()).ok());
        QCOMPARE(*policies.redress(u"ADS-TEST"_s), dsa::defaultRedress());
        QVERIFY(!policies.setRedress(u"NO-SUCH-POLICY"_s, u"x"_s).ok());
    }
};

} // namespace adreview

QTEST_GUILESS_MAIN(adreview::TestPolicyRepository)
#include "tst_PolicyRepository.moc"
