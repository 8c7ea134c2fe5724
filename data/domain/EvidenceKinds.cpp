#include "domain/EvidenceKinds.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

bool EvidenceKindInfo::has(const QString &key) const
{
    return std::any_of(own.cbegin(), own.cend(), [&](const Field &f) { return f.key == key; });
}

namespace evidencekinds {

namespace {

using Panel = EvidenceKindInfo::Panel;
using Value = EvidenceKindInfo::Field::Value;

EvidenceKindInfo generic(EvidenceKind kind, const QString &word)
{
    return {kind, word, u"source"_s, u"date"_s, {}, Panel::Other};
}

} // namespace

const QList<EvidenceKindInfo> &all()
{
    static const QList<EvidenceKindInfo> table{
        {EvidenceKind::NewsCitation,
         u"news-citation"_s,
         u"publisher"_s,
         u"published"_s,
         {{u"author"_s, &Evidence::author, Value::Name}},
         Panel::News},
        {EvidenceKind::AgencyAdvisory,
         u"agency-advisory"_s,
         u"agency"_s,
         u"issued"_s,
         {{u"reference"_s, &Evidence::reference, Value::ShortText},
          {u"jurisdiction"_s, &Evidence::jurisdiction, Value::ShortText},
          {u"status"_s, &Evidence::status, Value::AdvisoryState, true}},
         Panel::Advisories},
        generic(EvidenceKind::CompanyStatement, u"company-statement"_s),
        generic(EvidenceKind::PlatformAction, u"platform-action"_s),
        generic(EvidenceKind::InternalSignal, u"internal-signal"_s),
    };
    return table;
}

const EvidenceKindInfo &of(const QString &word)
{
    for (const EvidenceKindInfo &info : all()) {
        if (info.word == word)
            return info;
    }
    static const EvidenceKindInfo unknown = generic(EvidenceKind::Unknown, QString());
    return unknown;
}

const EvidenceKindInfo &of(EvidenceKind kind)
{
    for (const EvidenceKindInfo &info : all()) {
        if (info.kind == kind)
            return info;
    }
    static const EvidenceKindInfo unknown = generic(EvidenceKind::Unknown, QString());
    return unknown;
}

const QStringList &words()
{
    static const QStringList list = [] {
        QStringList out;
        for (const EvidenceKindInfo &info : all())
            out << info.word;
        return out;
    }();
    return list;
}

} // namespace evidencekinds
} // namespace adreview
