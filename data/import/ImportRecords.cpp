#include "import/ImportRecords.h"

#include "domain/EvidenceFields.h"
#include "domain/EvidenceKinds.h"
#include "domain/Sha256.h"
#include "domain/Vocabulary.h"
#include "import/ImportPlan.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace adreview {

const QStringList &ImportRecords::advertiserKeys()
{
    static const QStringList keys{u"ref"_s,          u"name"_s,     u"aliases"_s, u"country"_s,
                                  u"headquarters"_s, u"industry"_s, u"website"_s};
    return keys;
}

const QStringList &ImportRecords::requiredCaseKeys()
{
    static const QStringList keys{u"ref"_s,      u"advertiser"_s, u"policy"_s, u"summary"_s,
                                  u"priority"_s, u"source"_s,     u"opened"_s, u"due"_s};
    return keys;
}

const QStringList &ImportRecords::caseKeys()
{
    static const QStringList keys = requiredCaseKeys() + QStringList{u"contests"_s};
    return keys;
}

const QStringList &ImportRecords::requiredEvidenceKeys()
{
    static const QStringList keys{u"ref"_s, u"kind"_s, u"title"_s, u"reliability"_s};
    return keys;
}

const QStringList &ImportRecords::evidenceKeys()
{
    static const QStringList keys = [] {
        QStringList out = requiredEvidenceKeys();
        for (const QString &kind : vocab::evidenceKinds()) {
            for (const QString &key : {EvidenceFields::sourceKey(kind), EvidenceFields::dateKey(kind)}) {
                if (!out.contains(key))
                    out << key;
            }
        }
        out << u"url"_s << u"excerpt"_s;
        for (const EvidenceKindInfo &kind : evidencekinds::all()) {
            for (const EvidenceKindInfo::Field &own : kind.own) {
                if (!out.contains(own.key))
                    out << own.key;
            }
        }
        out << u"retrieved"_s << u"sha256"_s << u"attachment"_s;
        return out;
    }();
    return keys;
}

Advertiser ImportRecords::advertiser(JsonFields &fields, const QJsonObject &o, const QString &path)
{
    fields.onlyKeys(o, path, advertiserKeys());
    Advertiser a;
    a.ref = fields.ref(o, path, u"ref"_s);
    a.name = fields.text(o, path, u"name"_s, true, limits::name);
    a.aliases = fields.textList(o, path, u"aliases"_s, limits::name);
    a.country = fields.text(o, path, u"country"_s, true, 2);
    static const QRegularExpression iso(u"^[A-Z]{2}$"_s);
    if (!a.country.isEmpty() &&
        (!iso.match(a.country).hasMatch() || QLocale::codeToTerritory(a.country) == QLocale::AnyTerritory))
        fields.fault(fields.at(path, u"country"_s),
                     u"'%1' is not an ISO 3166 alpha-2 country code (two capital letters)"_s.arg(a.country));
    a.headquarters = fields.text(o, path, u"headquarters"_s, false, limits::shortText);
    a.industry = fields.text(o, path, u"industry"_s, false, limits::shortText);
    a.website = fields.url(o, path, u"website"_s);
    return a;
}

CaseRecord ImportRecords::caseRecord(JsonFields &fields, const QJsonObject &o, const QString &path)
{
    CaseRecord r;
    r.ref = fields.ref(o, path, u"ref"_s);
    r.advertiserRef = fields.ref(o, path, u"advertiser"_s);
    r.policyCode = fields.ref(o, path, u"policy"_s);
    r.summary = fields.text(o, path, u"summary"_s, true, limits::summary);
    r.priority = fields.oneOf(o, path, u"priority"_s, vocab::priorities(), true);
    r.source = fields.oneOf(o, path, u"source"_s, vocab::sources(), true);
    r.opened = fields.time(o, path, u"opened"_s, true);
    r.due = fields.time(o, path, u"due"_s, true);
    if (r.opened.isValid() && r.due.isValid() && r.due < r.opened)
        fields.fault(fields.at(path, u"due"_s), u"before the case was opened"_s);
    // An appeal may name the case whose decision it contests (an empty CSV cell names none).
    if (const QJsonValue contests = o.value(u"contests"_s); !contests.isUndefined() && contests != QJsonValue(u""_s)) {
        r.contests = fields.ref(o, path, u"contests"_s);
        if (!r.source.isEmpty() && r.source != u"appeal")
            fields.fault(fields.at(path, u"contests"_s), u"only an appeal contests another case's decision; this "
                                                         "case's source is %1"_s.arg(r.source));
        else if (!r.contests.isEmpty() && r.contests == r.ref)
            fields.fault(fields.at(path, u"contests"_s), u"an appeal contests the decision of another case, not "
                                                         "its own"_s);
    }
    return r;
}

namespace {

// The keys an item of a kind may have, made once per kind.
const QStringList &keysOf(const QString &kind)
{
    static const QHash<QString, QStringList> keys = [] {
        QHash<QString, QStringList> out;
        for (const EvidenceKindInfo &k : evidencekinds::all()) {
            QStringList allowed{u"ref"_s,     u"kind"_s,        u"title"_s,     k.sourceKey, k.dateKey,      u"url"_s,
                                u"excerpt"_s, u"reliability"_s, u"retrieved"_s, u"sha256"_s, u"attachment"_s};
            for (const EvidenceKindInfo::Field &own : k.own)
                allowed << own.key;
            out.insert(k.word, allowed);
        }
        return out;
    }();
    static const QStringList none;
    const auto it = keys.constFind(kind);
    return it == keys.cend() ? none : *it;
}

} // namespace

Evidence ImportRecords::evidence(JsonFields &fields, const QJsonObject &e, const QString &path)
{
    Evidence ev;
    ev.ref = fields.ref(e, path, u"ref"_s);
    ev.kind = fields.oneOf(e, path, u"kind"_s, vocab::evidenceKinds(), true);
    if (ev.kind.isEmpty())
        return ev;
    const QString sourceKey = EvidenceFields::sourceKey(ev.kind);
    const QString dateKey = EvidenceFields::dateKey(ev.kind);
    const QStringList &allowed = keysOf(ev.kind);
    for (auto it = e.begin(); it != e.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        // A key of another kind (an agency on a news citation) is named as such.
        fields.fault(fields.at(path, it.key().left(60)), evidenceKeys().contains(it.key())
                                                             ? u"unknown field for %1 evidence"_s.arg(ev.kind)
                                                             : u"unknown field"_s);
    }
    ev.title = fields.text(e, path, u"title"_s, true, limits::title);
    ev.source = fields.text(e, path, sourceKey, true, limits::name);
    ev.date = fields.date(e, path, dateKey, true);
    ev.url = fields.url(e, path, u"url"_s);
    ev.excerpt = fields.text(e, path, u"excerpt"_s, false, limits::excerpt);
    // The kind's own fields (others were refused above).
    const EvidenceKindInfo &kind = evidencekinds::of(ev.kind);
    for (const EvidenceKindInfo::Field &own : kind.own) {
        QString &value = ev.*own.member;
        switch (own.value) {
        case EvidenceKindInfo::Field::Value::Name:
            value = fields.text(e, path, own.key, own.required, limits::name);
            break;
        case EvidenceKindInfo::Field::Value::ShortText:
            value = fields.text(e, path, own.key, own.required, limits::shortText);
            break;
        case EvidenceKindInfo::Field::Value::AdvisoryState:
            value = fields.oneOf(e, path, own.key, vocab::advisoryStates(), own.required);
            break;
        }
    }
    ev.reliability = fields.oneOf(e, path, u"reliability"_s, vocab::reliabilities(), true);
    ev.retrieved = fields.time(e, path, u"retrieved"_s, false);
    ev.contentHash = EvidenceFields::contentHash(ev);
    const QString given = fields.text(e, path, u"sha256"_s, false, 64);
    if (!given.isEmpty() && given.compare(ev.contentHash, Qt::CaseInsensitive) != 0)
        fields.fault(fields.at(path, u"sha256"_s),
                     u"does not match the item's content (content hashes to %1)"_s.arg(ev.contentHash));
    readAttachment(fields, e, path, ev);
    return ev;
}

void ImportRecords::readAttachment(JsonFields &fields, const QJsonObject &e, const QString &path, Evidence &ev)
{
    if (!e.contains(u"attachment"_s))
        return;
    const QString apath = fields.at(path, u"attachment"_s);
    if (!e.value(u"attachment"_s).isObject()) {
        fields.fault(apath, u"expected an object with name, type and data"_s);
        return;
    }
    const QJsonObject a = e.value(u"attachment"_s).toObject();
    fields.onlyKeys(a, apath, {u"name"_s, u"type"_s, u"data"_s, u"sha256"_s});
    ev.attachmentName = fields.text(a, apath, u"name"_s, true, limits::shortText);
    ev.attachmentType = fields.text(a, apath, u"type"_s, true, limits::shortText);
    const QString data = fields.text(a, apath, u"data"_s, true, limits::attachment * 4 / 3 + 8);
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!data.isEmpty() && !decoded)
        fields.fault(apath + u".data"_s, u"not valid base64"_s);
    ev.attachment = decoded.decoded;
    ev.attachmentHash = Sha256::hex(ev.attachment);
    const QString ahash = fields.text(a, apath, u"sha256"_s, false, 64);
    if (!ahash.isEmpty() && ahash.compare(ev.attachmentHash, Qt::CaseInsensitive) != 0)
        fields.fault(apath + u".sha256"_s, u"does not match the attached file"_s);
}

} // namespace adreview
