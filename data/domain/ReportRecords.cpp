#include "domain/ReportRecords.h"

#include "domain/Vocabulary.h"

using namespace Qt::StringLiterals;

namespace adreview {

Status ReportFilter::validate(const QStringList &known) const
{
    if (from.isValid() && to.isValid() && from > to)
        return Error::usage(u"the report period is backwards: it starts on %1, after it ends on %2"_s.arg(
            from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    for (const QString &outcome : outcomes) {
        if (!vocab::decisionOutcomes().contains(outcome))
            return Error::usage(u"unknown outcome '%1'; use banned, cleared or reinstated"_s.arg(outcome));
    }
    for (const QString &code : policies) {
        if (!known.contains(code))
            return Error::usage(u"unknown policy code '%1' (known: %2)"_s.arg(code, known.join(u", "_s)));
    }
    return {};
}

QString ReportFilter::describe() const
{
    const auto same = [](const QString &s) { return s; };
    return describe(same, same);
}

QString ReportFilter::describe(const std::function<QString(const QString &)> &own,
                               const std::function<QString(const QString &)> &given) const
{
    const auto names = [&](const QStringList &items) {
        QStringList out;
        for (const QString &item : items)
            out << given(item);
        return out.join(own(u", "_s));
    };
    const auto list = [&](const QStringList &items, const QString &one, const QString &many, const QString &all) {
        if (items.isEmpty())
            return own(all);
        return own(items.size() == 1 ? one : many) + u' ' + names(items);
    };
    QStringList parts;
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    if (from.isValid() && to.isValid())
        parts << own(u"%1 to %2"_s).arg(first, last);
    else if (from.isValid())
        parts << own(u"from %1"_s).arg(first);
    else if (to.isValid())
        parts << own(u"up to %1"_s).arg(last);
    else
        parts << own(u"all dates"_s);
    parts << list(policies, u"policy"_s, u"policies"_s, u"all policies"_s);
    parts << (reviewers.isEmpty() ? own(u"all reviewers"_s) : own(u"decided by"_s) + u' ' + names(reviewers));
    parts << list(outcomes, u"outcome"_s, u"outcomes"_s, u"all outcomes"_s);
    parts << list(countries, u"country"_s, u"countries"_s, u"all countries"_s);
    return parts.join(own(u" \u00b7 "_s));
}

} // namespace adreview
