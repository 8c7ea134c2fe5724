#include "domain/DsaDecision.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace adreview::dsa {

namespace {

// The last day the Transparency Database takes for any date.
const QDate lastDay(2038, 1, 1);

// The record's fields as its text names them: a text, a list or a date each.
struct Field {
    const char *key;
    QString Decision::*text = nullptr;
    QStringList Decision::*list = nullptr;
    QDate Decision::*date = nullptr;
};

const QList<Field> &fields()
{
    static const QList<Field> list{
        {"account", &Decision::account},
        {"category", &Decision::category},
        {"content_type_other", &Decision::contentTypeOther},
        {"content_types", nullptr, &Decision::contentTypes},
        {"end_account", nullptr, nullptr, &Decision::endAccount},
        {"end_monetary", nullptr, nullptr, &Decision::endMonetary},
        {"end_service", nullptr, nullptr, &Decision::endService},
        {"end_visibility", nullptr, nullptr, &Decision::endVisibility},
        {"explanation", &Decision::explanation},
        {"ground", &Decision::ground},
        {"ground_text", &Decision::groundText},
        {"monetary", &Decision::monetary},
        {"monetary_other", &Decision::monetaryOther},
        {"public_facts", &Decision::publicFacts},
        {"review_by", nullptr, nullptr, &Decision::reviewBy},
        {"service", &Decision::service},
        {"territories", nullptr, &Decision::territories},
        {"visibility", nullptr, &Decision::visibility},
        {"visibility_other", &Decision::visibilityOther},
    };
    return list;
}

} // namespace

bool Decision::isEmpty() const
{
    return toText().isEmpty();
}

QDate Decision::endsOn() const
{
    if (!restricts())
        return {};
    QDate last;
    const std::pair<bool, QDate> restrictions[] = {{!visibility.isEmpty(), endVisibility},
                                                   {!monetary.isEmpty(), endMonetary},
                                                   {!service.isEmpty(), endService},
                                                   {!account.isEmpty(), endAccount}};
    for (const auto &[imposed, end] : restrictions) {
        if (!imposed)
            continue;
        if (!end.isValid())
            return {};
        last = std::max(last, end);
    }
    return last;
}

QString Decision::toText() const
{
    QJsonObject o;
    for (const Field &f : fields()) {
        const QString key = QString::fromLatin1(f.key);
        if (f.text && !(this->*f.text).isEmpty())
            o.insert(key, this->*f.text);
        else if (f.list && !(this->*f.list).isEmpty())
            o.insert(key, QJsonArray::fromStringList(this->*f.list));
        else if (f.date && (this->*f.date).isValid())
            o.insert(key, (this->*f.date).toString(Qt::ISODate));
    }
    if (o.isEmpty())
        return {};
    // QJsonObject keeps its keys sorted and compact output has no optional whitespace.
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Decision> Decision::fromText(const QString &text)
{
    Decision d;
    if (text.isEmpty())
        return d;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::rejected(u"the statement of reasons is not a JSON object"_s);
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto f = std::find_if(fields().cbegin(), fields().cend(),
                                    [&](const Field &field) { return it.key() == QLatin1String(field.key); });
        if (f == fields().cend())
            return Error::rejected(u"the statement of reasons has an unknown field '%1'"_s.arg(it.key().left(60)));
        const QJsonValue v = it.value();
        if (f->text) {
            if (!v.isString())
                return Error::rejected(u"the statement's %1 is not text"_s.arg(it.key()));
            d.*(f->text) = v.toString();
        } else if (f->list) {
            if (!v.isArray())
                return Error::rejected(u"the statement's %1 is not a list"_s.arg(it.key()));
            for (const QJsonValue &item : v.toArray()) {
                if (!item.isString())
                    return Error::rejected(u"the statement's %1 holds a value that is not text"_s.arg(it.key()));
                (d.*(f->list)).append(item.toString());
            }
        } else {
            const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
            if (!v.isString() || v.toString().size() != 10 || !date.isValid())
                return Error::rejected(u"the statement's %1 is not a date written YYYY-MM-DD"_s.arg(it.key()));
            d.*(f->date) = date;
        }
    }
    if (d.toText() != text)
        return Error::rejected(u"the statement of reasons is not written in its one canonical form"_s);
    return d;
}

Decision Decision::from(const PolicyDefaults &defaults)
{
    Decision d;
    d.ground = defaults.ground;
    d.groundText = defaults.groundText;
    d.explanation = defaults.explanation;
    d.category = defaults.category;
    d.contentTypes = defaults.contentTypes;
    d.visibility = defaults.visibility;
    d.monetary = defaults.monetary;
    d.service = defaults.service;
    d.account = defaults.account;
    d.publicFacts = defaults.publicFacts;
    return d;
}

QList<Problem> Decision::problems(const QDate &decidedOn) const
{
    QList<Problem> out;
    const auto oneOf = [&](const char *field, const QString &value, const QStringList &allowed) {
        if (!value.isEmpty() && !allowed.contains(value))
            out.append({QString::fromLatin1(field), u"%1 is not one of %2"_s.arg(value, allowed.join(u", "_s))});
    };
    const auto allOf = [&](const char *field, const QStringList &values, const QStringList &allowed) {
        for (const QString &value : values)
            oneOf(field, value, allowed);
        if (QStringList(values).removeDuplicates() > 0)
            out.append({QString::fromLatin1(field), u"names a value twice"_s});
    };
    const auto atMost = [&](const char *field, const QString &value, qsizetype max) {
        if (characters(value) > max)
            out.append({QString::fromLatin1(field),
                        u"has %1 characters; at most %2 are allowed"_s.arg(characters(value)).arg(max)});
    };
    const auto otherText = [&](const char *field, bool chosen, const QString &text) {
        if (chosen && text.trimmed().isEmpty())
            out.append({QString::fromLatin1(field), u"is required for the value OTHER"_s});
        if (!chosen && !text.isEmpty())
            out.append({QString::fromLatin1(field), u"is only given with the value OTHER"_s});
        atMost(field, text, 500);
    };
    oneOf("ground", ground, decisionGrounds());
    atMost("ground_text", groundText, 500);
    atMost("explanation", explanation, 2000);
    oneOf("category", category, categories());
    allOf("content_types", contentTypes, dsa::contentTypes());
    otherText("content_type_other", contentTypes.contains(u"CONTENT_TYPE_OTHER"_s), contentTypeOther);
    allOf("visibility", visibility, visibilityRestrictions());
    otherText("visibility_other", visibility.contains(u"DECISION_VISIBILITY_OTHER"_s), visibilityOther);
    oneOf("monetary", monetary, monetaryRestrictions());
    otherText("monetary_other", monetary == u"DECISION_MONETARY_OTHER", monetaryOther);
    oneOf("service", service, serviceRestrictions());
    oneOf("account", account, accountRestrictions());
    allOf("territories", territories, eeaCountries());
    atMost("public_facts", publicFacts, 5000);
    const struct {
        const char *field;
        QDate date;
        bool imposed;
    } ends[] = {{"end_visibility", endVisibility, !visibility.isEmpty()},
                {"end_monetary", endMonetary, !monetary.isEmpty()},
                {"end_service", endService, !service.isEmpty()},
                {"end_account", endAccount, !account.isEmpty()}};
    for (const auto &end : ends) {
        if (!end.date.isValid())
            continue;
        const QString field = QString::fromLatin1(end.field);
        if (!end.imposed)
            out.append({field, u"ends a restriction the decision does not impose"_s});
        if (end.date <= decidedOn)
            out.append({field, u"%1 is not after the decision (%2)"_s.arg(end.date.toString(Qt::ISODate),
                                                                          decidedOn.toString(Qt::ISODate))});
        if (end.date > lastDay)
            out.append({field, u"%1 is after %2, the last day the Transparency Database takes"_s.arg(
                                   end.date.toString(Qt::ISODate), lastDay.toString(Qt::ISODate))});
    }
    if (reviewBy.isValid() && reviewBy < decidedOn)
        out.append({u"review_by"_s, u"%1 is before the decision (%2)"_s.arg(reviewBy.toString(Qt::ISODate),
                                                                            decidedOn.toString(Qt::ISODate))});
    return out;
}

QStringList Decision::missing() const
{
    QStringList out;
    if (ground.isEmpty())
        out << u"decision_ground"_s;
    const bool illegal = ground == u"DECISION_GROUND_ILLEGAL_CONTENT";
    if (groundText.trimmed().isEmpty())
        out << (illegal ? u"illegal_content_legal_ground"_s : u"incompatible_content_ground"_s);
    if (explanation.trimmed().isEmpty())
        out << (illegal ? u"illegal_content_explanation"_s : u"incompatible_content_explanation"_s);
    if (category.isEmpty())
        out << u"category"_s;
    if (contentTypes.isEmpty())
        out << u"content_type"_s;
    if (!restricts())
        out << u"decision_visibility"_s;
    if (publicFacts.trimmed().isEmpty())
        out << u"decision_facts"_s;
    return out;
}

QJsonObject Decision::statementFor(const Occasion &occasion) const
{
    QJsonObject s;
    const auto text = [&s](const QString &field, const QString &value) {
        if (!value.trimmed().isEmpty())
            s.insert(field, value);
    };
    const auto list = [&s](const QString &field, const QStringList &values) {
        if (!values.isEmpty())
            s.insert(field, QJsonArray::fromStringList(values));
    };
    const auto date = [&s](const QString &field, const QDate &value) {
        if (value.isValid())
            s.insert(field, value.toString(Qt::ISODate));
    };
    text(u"decision_ground"_s, ground);
    if (!ground.isEmpty()) {
        const bool illegal = ground == u"DECISION_GROUND_ILLEGAL_CONTENT";
        text(illegal ? u"illegal_content_legal_ground"_s : u"incompatible_content_ground"_s, groundText);
        text(illegal ? u"illegal_content_explanation"_s : u"incompatible_content_explanation"_s, explanation);
    }
    text(u"category"_s, category);
    list(u"content_type"_s, contentTypes);
    text(u"content_type_other"_s, contentTypeOther);
    list(u"decision_visibility"_s, visibility);
    text(u"decision_visibility_other"_s, visibilityOther);
    text(u"decision_monetary"_s, monetary);
    text(u"decision_monetary_other"_s, monetaryOther);
    text(u"decision_provision"_s, service);
    text(u"decision_account"_s, account);
    s.insert(u"account_type"_s, u"ACCOUNT_TYPE_BUSINESS"_s);
    list(u"territorial_scope"_s, territories.isEmpty() ? eeaCountries() : territories);
    date(u"end_date_visibility_restriction"_s, endVisibility);
    date(u"end_date_monetary_restriction"_s, endMonetary);
    date(u"end_date_service_restriction"_s, endService);
    date(u"end_date_account_restriction"_s, endAccount);
    date(u"content_date"_s, occasion.contentDate);
    date(u"application_date"_s, occasion.decided);
    text(u"decision_facts"_s, publicFacts);
    s.insert(u"source_type"_s, sourceTypeOf(occasion.caseSource));
    s.insert(u"automated_detection"_s, detectedAutomatically(occasion.caseSource) ? u"Yes"_s : u"No"_s);
    s.insert(u"automated_decision"_s, u"AUTOMATED_DECISION_NOT_AUTOMATED"_s);
    text(u"puid"_s, occasion.puid);
    return s;
}

QString defaultRedress()
{
    return u"You may contest this decision free of charge through the platform's internal complaint-handling "
           "system within six months of being informed of it (DSA Art. 20), by replying to this statement or "
           "through the advertiser help centre. You may also take the dispute to a certified out-of-court dispute "
           "settlement body (Art. 21), and you may seek redress before a court at any time."_s;
}

Decision::Printed Decision::printed(const QString &caseSource) const
{
    Printed p;
    const auto until = [](const QString &what, const QDate &end) {
        return end.isValid() ? u"%1 until %2"_s.arg(what, end.toString(Qt::ISODate)) : what;
    };
    QStringList restricted;
    for (const QString &v : visibility) {
        restricted << until(v == u"DECISION_VISIBILITY_OTHER" ? visibilityOther : readable(visibilityRestrictions(), v),
                            endVisibility);
    }
    if (!monetary.isEmpty()) {
        restricted << until(u"Monetary payments: %1"_s.arg(monetary == u"DECISION_MONETARY_OTHER"
                                                               ? monetaryOther
                                                               : readable(monetaryRestrictions(), monetary).toLower()),
                            endMonetary);
    }
    if (!service.isEmpty())
        restricted << until(u"Service: %1"_s.arg(readable(serviceRestrictions(), service).toLower()), endService);
    if (!account.isEmpty())
        restricted << until(u"Account %1"_s.arg(readable(accountRestrictions(), account).toLower()), endAccount);
    p.restrictions = restricted.join(u"; "_s);
    p.scope = territories.isEmpty() ? u"The whole European Economic Area"_s : territories.join(u", "_s);
    p.facts = publicFacts;
    const QString source = sourceTypeOf(caseSource);
    p.source = source == u"SOURCE_ARTICLE_16"        ? u"A notice of illegal content under Art. 16"_s
               : source == u"SOURCE_TRUSTED_FLAGGER" ? u"A notice from a trusted flagger"_s
               : source == u"SOURCE_TYPE_OTHER_NOTIFICATION"
                   ? u"A notification other than an Art. 16 notice (an authority's advisory or a partner's signal)"_s
                   : u"The platform's own initiative"_s;
    p.automation = detectedAutomatically(caseSource)
                       ? u"Detected by automated means; decided by a person, without automated decision-making"_s
                       : u"Neither detected nor decided by automated means"_s;
    if (ground == u"DECISION_GROUND_ILLEGAL_CONTENT")
        p.ground = u"Illegal content: %1"_s.arg(groundText);
    else if (ground == u"DECISION_GROUND_INCOMPATIBLE_CONTENT")
        p.ground = u"Incompatible with the terms and conditions: %1"_s.arg(groundText);
    p.explanation = explanation;
    p.category = category.isEmpty() ? QString() : readable(categories(), category);
    QStringList types;
    for (const QString &t : contentTypes)
        types << (t == u"CONTENT_TYPE_OTHER" ? contentTypeOther : readable(dsa::contentTypes(), t));
    p.content = types.join(u", "_s);
    p.reviewBy = reviewBy.isValid() ? reviewBy.toString(Qt::ISODate) : QString();
    return p;
}

} // namespace adreview::dsa
