#include "decision/DsaText.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

struct Words {
    const char *key;
    const char *text;
};

// The words the Transparency Database's own forms use, shortened where the form says the rest
// (the row "Monetary" needs no "monetary" in each of its values).
const Words valueWords[] = {
    {"DECISION_GROUND_ILLEGAL_CONTENT", QT_TRANSLATE_NOOP("adreview::DsaText", "Illegal content")},
    {"DECISION_GROUND_INCOMPATIBLE_CONTENT",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Incompatible with the terms and conditions")},
    {"STATEMENT_CATEGORY_ANIMAL_WELFARE", QT_TRANSLATE_NOOP("adreview::DsaText", "Animal welfare")},
    {"STATEMENT_CATEGORY_CONSUMER_INFORMATION",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Consumer information infringements")},
    {"STATEMENT_CATEGORY_CYBER_VIOLENCE", QT_TRANSLATE_NOOP("adreview::DsaText", "Cyber violence")},
    {"STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Cyber violence against women")},
    {"STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Data protection and privacy violations")},
    {"STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Illegal or harmful speech")},
    {"STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Intellectual property infringements")},
    {"STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Negative effects on civic discourse or elections")},
    {"STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE", QT_TRANSLATE_NOOP("adreview::DsaText", "Not specified in the notice")},
    {"STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Other violation of the terms and conditions")},
    {"STATEMENT_CATEGORY_PROTECTION_OF_MINORS", QT_TRANSLATE_NOOP("adreview::DsaText", "Protection of minors")},
    {"STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY", QT_TRANSLATE_NOOP("adreview::DsaText", "Risk for public security")},
    {"STATEMENT_CATEGORY_SCAMS_AND_FRAUD", QT_TRANSLATE_NOOP("adreview::DsaText", "Scams and fraud")},
    {"STATEMENT_CATEGORY_SELF_HARM", QT_TRANSLATE_NOOP("adreview::DsaText", "Self-harm")},
    {"STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Unsafe or prohibited products")},
    {"STATEMENT_CATEGORY_VIOLENCE", QT_TRANSLATE_NOOP("adreview::DsaText", "Violence")},
    {"CONTENT_TYPE_APP", QT_TRANSLATE_NOOP("adreview::DsaText", "App")},
    {"CONTENT_TYPE_AUDIO", QT_TRANSLATE_NOOP("adreview::DsaText", "Audio")},
    {"CONTENT_TYPE_IMAGE", QT_TRANSLATE_NOOP("adreview::DsaText", "Image")},
    {"CONTENT_TYPE_PRODUCT", QT_TRANSLATE_NOOP("adreview::DsaText", "Product")},
    {"CONTENT_TYPE_SYNTHETIC_MEDIA", QT_TRANSLATE_NOOP("adreview::DsaText", "Synthetic media")},
    {"CONTENT_TYPE_TEXT", QT_TRANSLATE_NOOP("adreview::DsaText", "Text")},
    {"CONTENT_TYPE_VIDEO", QT_TRANSLATE_NOOP("adreview::DsaText", "Video")},
    {"CONTENT_TYPE_OTHER", QT_TRANSLATE_NOOP("adreview::DsaText", "Other")},
    {"DECISION_VISIBILITY_CONTENT_REMOVED", QT_TRANSLATE_NOOP("adreview::DsaText", "Removed")},
    {"DECISION_VISIBILITY_CONTENT_DISABLED", QT_TRANSLATE_NOOP("adreview::DsaText", "Access disabled")},
    {"DECISION_VISIBILITY_CONTENT_DEMOTED", QT_TRANSLATE_NOOP("adreview::DsaText", "Demoted")},
    {"DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED", QT_TRANSLATE_NOOP("adreview::DsaText", "Age-restricted")},
    {"DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
     QT_TRANSLATE_NOOP("adreview::DsaText", "Interaction restricted")},
    {"DECISION_VISIBILITY_CONTENT_LABELLED", QT_TRANSLATE_NOOP("adreview::DsaText", "Labelled")},
    {"DECISION_VISIBILITY_OTHER", QT_TRANSLATE_NOOP("adreview::DsaText", "Other")},
    {"DECISION_MONETARY_SUSPENSION", QT_TRANSLATE_NOOP("adreview::DsaText", "Payments suspended")},
    {"DECISION_MONETARY_TERMINATION", QT_TRANSLATE_NOOP("adreview::DsaText", "Payments terminated")},
    {"DECISION_MONETARY_OTHER", QT_TRANSLATE_NOOP("adreview::DsaText", "Other")},
    {"DECISION_PROVISION_PARTIAL_SUSPENSION", QT_TRANSLATE_NOOP("adreview::DsaText", "Partly suspended")},
    {"DECISION_PROVISION_TOTAL_SUSPENSION", QT_TRANSLATE_NOOP("adreview::DsaText", "Wholly suspended")},
    {"DECISION_PROVISION_PARTIAL_TERMINATION", QT_TRANSLATE_NOOP("adreview::DsaText", "Partly terminated")},
    {"DECISION_PROVISION_TOTAL_TERMINATION", QT_TRANSLATE_NOOP("adreview::DsaText", "Wholly terminated")},
    {"DECISION_ACCOUNT_SUSPENDED", QT_TRANSLATE_NOOP("adreview::DsaText", "Suspended")},
    {"DECISION_ACCOUNT_TERMINATED", QT_TRANSLATE_NOOP("adreview::DsaText", "Terminated")},
};

// The longest text Decision::problems() lets each field hold, for the message that says so.
int longest(const QString &field)
{
    if (field == u"explanation")
        return 2000;
    if (field == u"public_facts")
        return 5000;
    return 500;
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

QString DsaText::value(const QString &key)
{
    static const QHash<QString, const char *> texts = [] {
        QHash<QString, const char *> out;
        for (const Words &w : valueWords)
            out.insert(QString::fromLatin1(w.key), w.text);
        return out;
    }();
    const char *text = texts.value(key);
    return text ? tr(text) : key;
}

QString DsaText::missing(const QString &field)
{
    if (field == u"decision_ground")
        return tr("the ground");
    if (field == u"illegal_content_legal_ground")
        return tr("the legal ground");
    if (field == u"incompatible_content_ground")
        return tr("the terms and conditions clause");
    if (field == u"illegal_content_explanation" || field == u"incompatible_content_explanation")
        return tr("the explanation");
    if (field == u"category")
        return tr("the category");
    if (field == u"content_type")
        return tr("the type of content");
    if (field == u"decision_visibility")
        return tr("a restriction");
    if (field == u"decision_facts")
        return tr("the public facts");
    return field;
}

QString DsaText::problem(const dsa::Problem &problem, const dsa::Decision &d, const QDate &decidedOn)
{
    const QString &field = problem.field;
    const auto tooLong = [&](const QString &name, const QString &text) {
        return tr("%1: too long, %L2 characters where at most %L3 are allowed.")
            .arg(name)
            .arg(text.toUcs4().size())
            .arg(longest(field));
    };
    const auto other = [&](const QString &name, bool chosen, const QString &text) {
        if (chosen && text.trimmed().isEmpty())
            return tr("%1: say what it is.").arg(name);
        return tooLong(name, text);
    };
    const struct {
        const char *field;
        QString name;
        QDate end;
        bool imposed;
    } ends[] = {{"end_visibility", tr("Visibility restriction"), d.endVisibility, !d.visibility.isEmpty()},
                {"end_monetary", tr("Monetary restriction"), d.endMonetary, !d.monetary.isEmpty()},
                {"end_service", tr("Restriction of the service"), d.endService, !d.service.isEmpty()},
                {"end_account", tr("Account restriction"), d.endAccount, !d.account.isEmpty()}};
    for (const auto &end : ends) {
        if (field != QLatin1String(end.field))
            continue;
        if (end.end <= decidedOn)
            return tr("%1: the end date must come after %2.").arg(end.name, iso(decidedOn));
        if (!end.imposed)
            return tr("%1: an end date for a restriction not imposed.").arg(end.name);
        return tr("%1: the end date cannot be after %2.").arg(end.name, iso(QDate(2038, 1, 1)));
    }
    if (field == u"ground_text") {
        return tooLong(d.ground == u"DECISION_GROUND_ILLEGAL_CONTENT" ? tr("Legal ground")
                                                                      : tr("Terms and conditions clause"),
                       d.groundText);
    }
    if (field == u"explanation")
        return tooLong(tr("Explanation"), d.explanation);
    if (field == u"public_facts")
        return tooLong(tr("Public facts"), d.publicFacts);
    if (field == u"content_type_other")
        return other(tr("Other type of content"), d.contentTypes.contains(u"CONTENT_TYPE_OTHER"_s), d.contentTypeOther);
    if (field == u"visibility_other")
        return other(tr("Other visibility restriction"), d.visibility.contains(u"DECISION_VISIBILITY_OTHER"_s),
                     d.visibilityOther);
    if (field == u"monetary_other")
        return other(tr("Other monetary restriction"), d.monetary == u"DECISION_MONETARY_OTHER", d.monetaryOther);
    if (field == u"review_by")
        return tr("Review date: it cannot come before %1.").arg(iso(decidedOn));
    if (field == u"territories") {
        QStringList unknown;
        for (const QString &code : d.territories) {
            if (!dsa::eeaCountries().contains(code) && !unknown.contains(code))
                unknown << code;
        }
        if (!unknown.isEmpty())
            return tr("Territorial scope: not the code of an EU or EEA country: %1.").arg(unknown.join(u", "_s));
        return tr("Territorial scope: a country is named twice.");
    }
    return problem.text(); // a value the form cannot choose: shown as the rules word it
}

} // namespace adreview
