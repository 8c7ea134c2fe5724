#include "domain/DsaRules.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace adreview::dsa {

namespace {

QStringList prefixed(const QString &prefix, const QString &names)
{
    QStringList out;
    for (const QString &name : names.split(u' ', Qt::SkipEmptyParts))
        out.append(prefix + name);
    return out;
}

} // namespace

QString describe(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.text();
    return lines.join(u"; "_s);
}

const QStringList &decisionGrounds()
{
    static const QStringList list = prefixed(u"DECISION_GROUND_"_s, u"ILLEGAL_CONTENT INCOMPATIBLE_CONTENT"_s);
    return list;
}

const QStringList &contentTypes()
{
    static const QStringList list =
        prefixed(u"CONTENT_TYPE_"_s, u"APP AUDIO IMAGE PRODUCT SYNTHETIC_MEDIA TEXT VIDEO OTHER"_s);
    return list;
}

const QStringList &categories()
{
    static const QStringList list = prefixed(
        u"STATEMENT_CATEGORY_"_s,
        u"ANIMAL_WELFARE CONSUMER_INFORMATION CYBER_VIOLENCE CYBER_VIOLENCE_AGAINST_WOMEN "
        "DATA_PROTECTION_AND_PRIVACY_VIOLATIONS ILLEGAL_OR_HARMFUL_SPEECH INTELLECTUAL_PROPERTY_INFRINGEMENTS "
        "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS NOT_SPECIFIED_NOTICE OTHER_VIOLATION_TC PROTECTION_OF_MINORS "
        "RISK_FOR_PUBLIC_SECURITY SCAMS_AND_FRAUD SELF_HARM UNSAFE_AND_PROHIBITED_PRODUCTS VIOLENCE"_s);
    return list;
}

const QStringList &keywords()
{
    static const QStringList list = prefixed(
        u"KEYWORD_"_s,
        u"ADULT_SEXUAL_MATERIAL AGE_SPECIFIC_RESTRICTIONS AGE_SPECIFIC_RESTRICTIONS_MINORS ANIMAL_HARM "
        "BIOMETRIC_DATA_BREACH BULLYING_AGAINST_GIRLS CHILD_SEXUAL_ABUSE_MATERIAL CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE "
        "CONTENT_PROMOTING_EATING_DISORDERS COORDINATED_HARM COPYRIGHT_INFRINGEMENT CYBER_BULLYING_INTIMIDATION "
        "CYBER_HARASSMENT CYBER_HARASSMENT_AGAINST_WOMEN CYBER_INCITEMENT CYBER_STALKING CYBER_STALKING_AGAINST_WOMEN "
        "DATA_FALSIFICATION DEFAMATION DESIGN_INFRINGEMENT DISCRIMINATION FEMALE_GENDERED_DISINFORMATION "
        "GEOGRAPHIC_INDICATIONS_INFRINGEMENT GEOGRAPHICAL_REQUIREMENTS GOODS_SERVICES_NOT_PERMITTED "
        "GROOMING_SEXUAL_ENTICEMENT_MINORS HATE_SPEECH HIDDEN_ADVERTISEMENT HUMAN_EXPLOITATION HUMAN_TRAFFICKING "
        "ILLEGAL_ORGANIZATIONS IMPERSONATION_ACCOUNT_HIJACKING INAUTHENTIC_ACCOUNTS INAUTHENTIC_LISTINGS "
        "INAUTHENTIC_USER_REVIEWS INCITEMENT_AGAINST_WOMEN INCITEMENT_VIOLENCE_HATRED "
        "INSUFFICIENT_INFORMATION_ON_TRADERS LANGUAGE_REQUIREMENTS MISINFORMATION_DISINFORMATION "
        "MISLEADING_INFO_CONSUMER_RIGHTS MISLEADING_INFO_GOODS_SERVICES MISSING_PROCESSING_GROUND "
        "NON_CONSENSUAL_IMAGE_SHARING NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN NON_CONSENSUAL_MATERIAL_DEEPFAKE "
        "NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN NONCOMPLIANCE_PRICING NUDITY PATENT_INFRINGEMENT PHISHING "
        "PROHIBITED_PRODUCTS PYRAMID_SCHEMES RIGHT_TO_BE_FORGOTTEN RISK_ENVIRONMENTAL_DAMAGE RISK_PUBLIC_HEALTH "
        "SELF_MUTILATION STALKING SUICIDE TERRORIST_CONTENT TRADE_SECRET_INFRINGEMENT TRADEMARK_INFRINGEMENT "
        "TRAFFICKING_WOMEN_GIRLS UNLAWFUL_SALE_ANIMALS UNSAFE_CHALLENGES UNSAFE_PRODUCTS VIOLATION_EU_LAW "
        "VIOLATION_NATIONAL_LAW OTHER"_s);
    return list;
}

const QStringList &sourceTypes()
{
    static const QStringList list{u"SOURCE_ARTICLE_16"_s, u"SOURCE_TRUSTED_FLAGGER"_s,
                                  u"SOURCE_TYPE_OTHER_NOTIFICATION"_s, u"SOURCE_VOLUNTARY"_s};
    return list;
}

const QStringList &automatedDecisions()
{
    static const QStringList list = prefixed(u"AUTOMATED_DECISION_"_s, u"FULLY PARTIALLY NOT_AUTOMATED"_s);
    return list;
}

const QStringList &visibilityRestrictions()
{
    static const QStringList list =
        prefixed(u"DECISION_VISIBILITY_"_s, u"CONTENT_REMOVED CONTENT_DISABLED CONTENT_DEMOTED CONTENT_AGE_RESTRICTED "
                                            "CONTENT_INTERACTION_RESTRICTED CONTENT_LABELLED OTHER"_s);
    return list;
}

const QStringList &monetaryRestrictions()
{
    static const QStringList list = prefixed(u"DECISION_MONETARY_"_s, u"SUSPENSION TERMINATION OTHER"_s);
    return list;
}

const QStringList &serviceRestrictions()
{
    static const QStringList list =
        prefixed(u"DECISION_PROVISION_"_s, u"PARTIAL_SUSPENSION TOTAL_SUSPENSION PARTIAL_TERMINATION "
                                           "TOTAL_TERMINATION"_s);
    return list;
}

const QStringList &accountRestrictions()
{
    static const QStringList list = prefixed(u"DECISION_ACCOUNT_"_s, u"SUSPENDED TERMINATED"_s);
    return list;
}

const QStringList &accountTypes()
{
    static const QStringList list = prefixed(u"ACCOUNT_TYPE_"_s, u"BUSINESS PRIVATE"_s);
    return list;
}

const QStringList &euCountries()
{
    static const QStringList list =
        u"AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK"_s.split(u' ');
    return list;
}

const QStringList &eeaCountries()
{
    static const QStringList list = euCountries() + QStringList{u"IS"_s, u"LI"_s, u"NO"_s};
    return list;
}

const QStringList &languages()
{
    static const QStringList list =
        u"AB AA AF AK SQ AM AR AN HY AS AV AE AY AZ BM BA EU BE BN BH BI BS BR BG MY CA KM CH CE NY ZH CU CV KW CO CR "
        "HR CS DA DV NL DZ EN EO ET EE FO FJ FI FR FF GD GL LG KA DE KI EL KL GN GU HT HA HE HZ HI HO HU IS IO IG ID "
        "IA "
        "IE IU IK GA IT JA JV KN KR KS KK RW KV KG KO KJ KU KY LO LA LV LB LI LN LT LU MK MG MS ML MT GV MI MR MH RO "
        "MN "
        "NA NV ND NG NE SE NO NB NN II OC OJ OR OM OS PI PA PS FA PL PT QU RM RN RU SM SG SA SC SR SN SD SI SK SL SO "
        "ST "
        "NR ES SU SW SS SV TL TY TG TA TT TE TH BO TI TO TS TN TR TK TW UG UK UR UZ VE VI VO WA CY FY WO XH YI YO ZA ZU"_s
            .split(u' ');
    return list;
}

QString sourceTypeOf(const QString &caseSource)
{
    if (caseSource == u"user-report")
        return u"SOURCE_ARTICLE_16"_s;
    if (caseSource == u"government-advisory" || caseSource == u"partner-platform")
        return u"SOURCE_TYPE_OTHER_NOTIFICATION"_s;
    return u"SOURCE_VOLUNTARY"_s; // press, automated, appeal: found or reopened by the platform itself
}

bool detectedAutomatically(const QString &caseSource)
{
    return caseSource == u"automated";
}

namespace {

// The prefix every key of the list shares, up to an underscore ("STATEMENT_CATEGORY_").
QString sharedPrefix(const QStringList &allowed)
{
    QString prefix = allowed.value(0);
    for (const QString &key : allowed) {
        while (!key.startsWith(prefix))
            prefix.chop(1);
    }
    prefix.truncate(prefix.lastIndexOf(u'_') + 1);
    return prefix;
}

} // namespace

QString expandKey(const QStringList &allowed, const QString &given)
{
    const QString upper = given.trimmed().toUpper();
    if (upper.isEmpty())
        return {};
    if (allowed.contains(upper))
        return upper;
    const QString prefix = sharedPrefix(allowed);
    return allowed.contains(prefix + upper) ? prefix + upper : QString();
}

qsizetype characters(const QString &text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))
            ++n;
    }
    return n;
}

QString readable(const QStringList &allowed, const QString &key)
{
    const QString prefix = sharedPrefix(allowed);
    QString words = (key.startsWith(prefix) ? key.mid(prefix.size()) : key).toLower().replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

namespace {

// The fields the API takes; anything else in a statement is a mistake of whoever wrote it.
const QSet<QString> &knownFields()
{
    static const QSet<QString> set{
        u"decision_visibility"_s,
        u"decision_visibility_other"_s,
        u"decision_monetary"_s,
        u"decision_monetary_other"_s,
        u"decision_provision"_s,
        u"decision_account"_s,
        u"account_type"_s,
        u"category_specification"_s,
        u"category_specification_other"_s,
        u"decision_ground"_s,
        u"decision_ground_reference_url"_s,
        u"illegal_content_legal_ground"_s,
        u"illegal_content_explanation"_s,
        u"incompatible_content_ground"_s,
        u"incompatible_content_explanation"_s,
        u"incompatible_content_illegal"_s,
        u"content_type"_s,
        u"content_type_other"_s,
        u"category"_s,
        u"category_addition"_s,
        u"territorial_scope"_s,
        u"content_language"_s,
        u"content_date"_s,
        u"application_date"_s,
        u"end_date_account_restriction"_s,
        u"end_date_monetary_restriction"_s,
        u"end_date_service_restriction"_s,
        u"end_date_visibility_restriction"_s,
        u"decision_facts"_s,
        u"source_type"_s,
        u"source_identity"_s,
        u"automated_detection"_s,
        u"automated_decision"_s,
        u"puid"_s,
        u"content_id"_s,
    };
    return set;
}

class Checker {
public:
    explicit Checker(const QJsonObject &s) : m_s(s) {}

    QList<Problem> run();

private:
    void add(const QString &field, const QString &message) { m_problems.append({field, message}); }
    bool has(const QString &field) const { return m_s.contains(field) && !m_s.value(field).isNull(); }

    // A text field: a string of at most `max` characters; `required` also non-empty.
    void text(const QString &field, qsizetype max, bool required);
    // One of `allowed`.
    void oneOf(const QString &field, const QStringList &allowed, bool required);
    // An array of values from `allowed`; `required` also non-empty.
    void arrayOf(const QString &field, const QStringList &allowed, bool required);
    // A YYYY-MM-DD date within [from, to].
    std::optional<QDate> date(const QString &field, const QDate &from, const QDate &to, bool required);
    // A field only `when` allows: required then (if `required`), absent otherwise.
    void onlyWhen(const QString &field, bool when, const QString &why, qsizetype max, bool required);
    bool arrayHas(const QString &field, const QString &value) const
    {
        return m_s.value(field).toArray().contains(QJsonValue(value));
    }

    const QJsonObject &m_s;
    QList<Problem> m_problems;
};

void Checker::text(const QString &field, qsizetype max, bool required)
{
    if (!has(field)) {
        if (required)
            add(field, u"is required"_s);
        return;
    }
    const QJsonValue v = m_s.value(field);
    if (!v.isString()) {
        add(field, u"must be text"_s);
        return;
    }
    const QString s = v.toString();
    if (required && s.trimmed().isEmpty())
        add(field, u"is required"_s);
    if (characters(s) > max)
        add(field, u"has %1 characters; at most %2 are allowed"_s.arg(characters(s)).arg(max));
}

void Checker::oneOf(const QString &field, const QStringList &allowed, bool required)
{
    if (!has(field)) {
        if (required)
            add(field, u"is required"_s);
        return;
    }
    const QJsonValue v = m_s.value(field);
    if (!v.isString() || !allowed.contains(v.toString()))
        add(field, u"must be one of %1"_s.arg(allowed.join(u", "_s)));
}

void Checker::arrayOf(const QString &field, const QStringList &allowed, bool required)
{
    if (!has(field)) {
        if (required)
            add(field, u"is required"_s);
        return;
    }
    const QJsonValue v = m_s.value(field);
    if (!v.isArray()) {
        add(field, u"must be a list"_s);
        return;
    }
    const QJsonArray items = v.toArray();
    if (required && items.isEmpty())
        add(field, u"must name at least one value"_s);
    for (const QJsonValue &item : items) {
        if (!item.isString() || !allowed.contains(item.toString())) {
            add(field, u"holds %1, which is not one of %2"_s.arg(
                           item.isString() ? item.toString() : u"a value that is not text"_s, allowed.join(u", "_s)));
        }
    }
}

std::optional<QDate> Checker::date(const QString &field, const QDate &from, const QDate &to, bool required)
{
    if (!has(field)) {
        if (required)
            add(field, u"is required"_s);
        return std::nullopt;
    }
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString s = m_s.value(field).toString();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!m_s.value(field).isString() || !shape.match(s).hasMatch() || !d.isValid()) {
        add(field, u"must be a date written YYYY-MM-DD"_s);
        return std::nullopt;
    }
    if (d < from || d > to) {
        add(field,
            u"is %1; it must lie between %2 and %3"_s.arg(s, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        return std::nullopt;
    }
    return d;
}

void Checker::onlyWhen(const QString &field, bool when, const QString &why, qsizetype max, bool required)
{
    if (when) {
        text(field, max, required);
        if (required && !has(field))
            m_problems.last().message = u"is required when %1"_s.arg(why);
    } else if (has(field)) {
        add(field, u"is only given when %1"_s.arg(why));
    }
}

QList<Problem> Checker::run()
{
    for (auto it = m_s.begin(); it != m_s.end(); ++it) {
        if (!knownFields().contains(it.key()))
            add(it.key(), u"is not a field of a statement of reasons"_s);
    }
    const QDate first(2000, 1, 1), last(2038, 1, 1);

    // The ground, and what it makes required.
    oneOf(u"decision_ground"_s, decisionGrounds(), true);
    const QString ground = m_s.value(u"decision_ground"_s).toString();
    const bool illegal = ground == u"DECISION_GROUND_ILLEGAL_CONTENT";
    const bool incompatible = ground == u"DECISION_GROUND_INCOMPATIBLE_CONTENT";
    const QString ifIllegal = u"the ground is illegal content"_s;
    const QString ifIncompatible = u"the ground is content incompatible with the terms and conditions"_s;
    onlyWhen(u"illegal_content_legal_ground"_s, illegal, ifIllegal, 500, true);
    onlyWhen(u"illegal_content_explanation"_s, illegal, ifIllegal, 2000, true);
    onlyWhen(u"incompatible_content_ground"_s, incompatible, ifIncompatible, 500, true);
    onlyWhen(u"incompatible_content_explanation"_s, incompatible, ifIncompatible, 2000, true);
    if (incompatible)
        oneOf(u"incompatible_content_illegal"_s, {u"Yes"_s, u"No"_s}, false);
    else if (has(u"incompatible_content_illegal"_s))
        add(u"incompatible_content_illegal"_s, u"is only given when %1"_s.arg(ifIncompatible));
    if (has(u"decision_ground_reference_url"_s)) {
        text(u"decision_ground_reference_url"_s, 500, false);
        const QUrl url(m_s.value(u"decision_ground_reference_url"_s).toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            add(u"decision_ground_reference_url"_s, u"must be an http or https address"_s);
    }

    // What was restricted: at least one kind.
    const bool visibility = has(u"decision_visibility"_s), monetary = has(u"decision_monetary"_s),
               service = has(u"decision_provision"_s), account = has(u"decision_account"_s);
    if (!visibility && !monetary && !service && !account)
        add(u"decision_visibility"_s, u"no restriction is given: at least one of decision_visibility, "
                                      "decision_monetary, decision_provision and decision_account is required"_s);
    arrayOf(u"decision_visibility"_s, visibilityRestrictions(), false);
    if (visibility && m_s.value(u"decision_visibility"_s).toArray().isEmpty())
        add(u"decision_visibility"_s, u"must name at least one value, or be left out"_s);
    onlyWhen(u"decision_visibility_other"_s, arrayHas(u"decision_visibility"_s, u"DECISION_VISIBILITY_OTHER"_s),
             u"decision_visibility holds DECISION_VISIBILITY_OTHER"_s, 500, true);
    oneOf(u"decision_monetary"_s, monetaryRestrictions(), false);
    onlyWhen(u"decision_monetary_other"_s, m_s.value(u"decision_monetary"_s).toString() == u"DECISION_MONETARY_OTHER",
             u"decision_monetary is DECISION_MONETARY_OTHER"_s, 500, true);
    oneOf(u"decision_provision"_s, serviceRestrictions(), false);
    oneOf(u"decision_account"_s, accountRestrictions(), false);
    oneOf(u"account_type"_s, accountTypes(), false);

    // What the content was.
    arrayOf(u"content_type"_s, contentTypes(), true);
    onlyWhen(u"content_type_other"_s, arrayHas(u"content_type"_s, u"CONTENT_TYPE_OTHER"_s),
             u"content_type holds CONTENT_TYPE_OTHER"_s, 500, true);
    oneOf(u"category"_s, categories(), true);
    arrayOf(u"category_addition"_s, categories(), false);
    arrayOf(u"category_specification"_s, keywords(), false);
    text(u"category_specification_other"_s, 500, false);
    arrayOf(u"territorial_scope"_s, eeaCountries(), false);
    oneOf(u"content_language"_s, languages(), false);

    // When.
    date(u"content_date"_s, first, last, true);
    const auto applied = date(u"application_date"_s, QDate(2020, 1, 1), last, true);
    for (const QString &field : {u"end_date_visibility_restriction"_s, u"end_date_monetary_restriction"_s,
                                 u"end_date_service_restriction"_s, u"end_date_account_restriction"_s}) {
        const auto ends = date(field, first, last, false);
        if (ends && applied && *ends < *applied)
            add(field, u"comes before the application date %1"_s.arg(applied->toString(Qt::ISODate)));
    }

    // Why and how it was decided, and the platform's own identifier.
    text(u"decision_facts"_s, 5000, true);
    oneOf(u"source_type"_s, sourceTypes(), true);
    if (m_s.value(u"source_type"_s).toString() == u"SOURCE_VOLUNTARY") {
        if (has(u"source_identity"_s))
            add(u"source_identity"_s, u"is not given for a decision taken on the platform's own initiative"_s);
    } else {
        text(u"source_identity"_s, 500, false);
    }
    oneOf(u"automated_detection"_s, {u"Yes"_s, u"No"_s}, true);
    oneOf(u"automated_decision"_s, automatedDecisions(), true);
    text(u"puid"_s, 500, true);
    static const QRegularExpression puid(u"^[a-zA-Z0-9_-]+$"_s);
    if (has(u"puid"_s) && !puid.match(m_s.value(u"puid"_s).toString()).hasMatch())
        add(u"puid"_s, u"may hold only letters A-Z and a-z, digits, - and _"_s);
    if (has(u"content_id"_s)) {
        static const QRegularExpression ean(u"^[0-9]{13}$"_s);
        const QJsonValue id = m_s.value(u"content_id"_s);
        if (!id.isObject() ||
            (id.toObject().contains(u"EAN-13"_s) && !ean.match(id.toObject().value(u"EAN-13"_s).toString()).hasMatch()))
            add(u"content_id"_s, u"must be an object whose EAN-13 is 13 digits"_s);
    }
    return m_problems;
}

} // namespace

QList<Problem> check(const QJsonObject &statement)
{
    return Checker(statement).run();
}

QList<Problem> checkSubmission(const QJsonObject &body)
{
    QList<Problem> problems;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"statements")
            problems.append({it.key(), u"is not a field of a submission"_s});
    }
    const QJsonValue list = body.value(u"statements"_s);
    if (!list.isArray()) {
        problems.append({u"statements"_s, u"is required: a list of statements"_s});
        return problems;
    }
    const QJsonArray statements = list.toArray();
    if (statements.isEmpty() || statements.size() > maxPerSubmission)
        problems.append(
            {u"statements"_s,
             u"holds %1 statements; a submission carries 1 to %2"_s.arg(statements.size()).arg(maxPerSubmission)});
    QSet<QString> puids;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString at = u"statements[%1]"_s.arg(i);
        if (!statements.at(i).isObject()) {
            problems.append({at, u"must be an object"_s});
            continue;
        }
        const QJsonObject s = statements.at(i).toObject();
        for (const Problem &p : check(s))
            problems.append({at + u'.' + p.field, p.message});
        const QString puid = s.value(u"puid"_s).toString();
        if (!puid.isEmpty() && puids.contains(puid))
            problems.append({at + u".puid"_s, u"%1 is given twice in this submission"_s.arg(puid)});
        puids.insert(puid);
    }
    return problems;
}

} // namespace adreview::dsa
