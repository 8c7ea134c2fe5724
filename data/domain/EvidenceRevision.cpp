#include "domain/EvidenceRevision.h"

#include "domain/EvidenceFields.h"
#include "domain/EvidenceKinds.h"
#include "domain/Sha256.h"
#include "domain/Vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The import's limits (ImportPlan's), which a revision keeps as the item it revises did.
constexpr int shortTextLength = 200;
constexpr int nameLength = 300;
constexpr int titleLength = 1000;
constexpr int excerptLength = 10000;

const QString contentKey = u"content"_s;
const QString effectiveKey = u"effective"_s;
const QString retractedKey = u"retracted"_s;
const QString supersededKey = u"superseded_by"_s;

Status textProblem(const QString &what, const QString &value, int maxLength, bool required)
{
    if (required && value.trimmed().isEmpty())
        return Error::rejected(u"the revision's %1 is missing"_s.arg(what));
    if (value.size() > maxLength)
        return Error::rejected(
            u"the revision's %1 is too long (%2 characters; at most %3)"_s.arg(what).arg(value.size()).arg(maxLength));
    if (value.contains(QChar(0)))
        return Error::rejected(u"the revision's %1 contains a NUL character"_s.arg(what));
    return {};
}

bool isDay(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isWebAddress(const QString &value)
{
    const QUrl u(value, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https") && !u.host().isEmpty();
}

Status readContent(const QJsonObject &o, Evidence &item)
{
    const QJsonValue kind = o.value(u"kind"_s);
    if (!kind.isString() || !vocab::evidenceKinds().contains(kind.toString()))
        return Error::rejected(u"the revision names no known kind of evidence"_s);
    item.kind = kind.toString();
    const EvidenceKindInfo &info = evidencekinds::of(item.kind);
    struct Slot {
        QString key;
        QString *value;
        int maxLength;
        bool required;
    };
    QList<Slot> fields{{u"title"_s, &item.title, titleLength, true},
                       {info.sourceKey, &item.source, nameLength, true},
                       {info.dateKey, &item.date, 10, true},
                       {u"url"_s, &item.url, 2000, false},
                       {u"excerpt"_s, &item.excerpt, excerptLength, false}};
    for (const EvidenceKindInfo::Field &own : info.own)
        fields.append({own.key, &(item.*own.member),
                       own.value == EvidenceKindInfo::Field::Value::Name ? nameLength : shortTextLength, own.required});
    if (o.size() != fields.size() + 1)
        return Error::rejected(
            u"the revision's content does not hold exactly the fields of %1 evidence"_s.arg(item.kind));
    for (const Slot &slot : std::as_const(fields)) {
        const QJsonValue v = o.value(slot.key);
        if (!v.isString())
            return Error::rejected(u"the revision's %1 is missing or not text"_s.arg(slot.key));
        *slot.value = v.toString();
        if (auto ok = textProblem(slot.key, *slot.value, slot.maxLength, slot.required); !ok)
            return ok;
    }
    if (!isDay(item.date))
        return Error::rejected(u"the revision's %1 is not a date (YYYY-MM-DD)"_s.arg(info.dateKey));
    if (!item.url.isEmpty() && !isWebAddress(item.url))
        return Error::rejected(u"the revision's url is not an http or https address"_s);
    if (info.has(u"status"_s) && !vocab::advisoryStates().contains(item.status))
        return Error::rejected(u"the revision's status '%1' is not one of %2"_s.arg(
            item.status.left(40), vocab::advisoryStates().join(u", "_s)));
    return {};
}

} // namespace

QString EvidenceRevision::contentHash() const
{
    return EvidenceFields::contentHash(item);
}

QString EvidenceRevision::identity() const
{
    EvidenceRevision bare = *this;
    bare.effective = {};
    return Sha256::hex(bare.toText().toUtf8());
}

QString EvidenceRevision::toText() const
{
    QJsonObject o{{contentKey, EvidenceFields::content(item)}};
    if (effective.isValid())
        o.insert(effectiveKey, effective.toString(Qt::ISODate));
    if (retracted)
        o.insert(retractedKey, true);
    if (!supersededBy.isEmpty())
        o.insert(supersededKey, supersededBy);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<EvidenceRevision> EvidenceRevision::fromText(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error::rejected(u"the revision is not a JSON object"_s);
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != contentKey && it.key() != effectiveKey && it.key() != retractedKey && it.key() != supersededKey)
            return Error::rejected(u"the revision has an unknown field '%1'"_s.arg(it.key().left(60)));
    }
    EvidenceRevision r;
    if (!o.value(contentKey).isObject())
        return Error::rejected(u"the revision holds no content"_s);
    if (auto read = readContent(o.value(contentKey).toObject(), r.item); !read)
        return read.error();
    if (o.contains(effectiveKey)) {
        const QJsonValue v = o.value(effectiveKey);
        if (!v.isString() || !isDay(v.toString()))
            return Error::rejected(u"the revision's effective date is not a date (YYYY-MM-DD)"_s);
        r.effective = QDate::fromString(v.toString(), Qt::ISODate);
    }
    if (o.contains(retractedKey)) {
        if (o.value(retractedKey) != QJsonValue(true))
            return Error::rejected(u"the revision's retracted is true or absent"_s);
        r.retracted = true;
    }
    if (o.contains(supersededKey)) {
        if (!o.value(supersededKey).isString())
            return Error::rejected(u"the revision's superseded_by is not text"_s);
        r.supersededBy = o.value(supersededKey).toString();
        if (auto ok = textProblem(u"superseded_by"_s, r.supersededBy, shortTextLength, true); !ok)
            return ok.error();
    }
    const bool superseded = r.item.status == vocab::advisoryStates().value(2);
    if (superseded && r.supersededBy.isEmpty())
        return Error::rejected(u"a superseded advisory's revision names what superseded it (superseded_by)"_s);
    if (!superseded && !r.supersededBy.isEmpty())
        return Error::rejected(u"only a superseded advisory's revision names what superseded it"_s);
    if (r.toText() != text)
        return Error::rejected(u"the revision is not in its canonical form (compact JSON, keys sorted)"_s);
    return r;
}

Evidence EvidenceRevision::applied(const Evidence &original) const
{
    Evidence e = original;
    e.kind = item.kind;
    e.title = item.title;
    e.source = item.source;
    e.date = item.date;
    e.url = item.url;
    e.excerpt = item.excerpt;
    e.author = item.author;
    e.reference = item.reference;
    e.jurisdiction = item.jurisdiction;
    e.status = item.status;
    e.contentHash = contentHash();
    return e;
}

QString EvidenceRevision::change(const Evidence &before) const
{
    QStringList parts;
    if (before.status != item.status) {
        QString part = u"%1 → %2"_s.arg(before.status.isEmpty() ? u"none"_s : before.status, item.status);
        if (!supersededBy.isEmpty())
            part += u" (by %1)"_s.arg(supersededBy);
        parts.append(part);
    }
    if (retracted)
        parts.append(u"retracted"_s);
    QStringList corrected;
    const EvidenceKindInfo &info = evidencekinds::of(item.kind);
    const QList<std::pair<QString, bool>> fields{{u"title"_s, before.title != item.title},
                                                 {info.sourceKey, before.source != item.source},
                                                 {info.dateKey, before.date != item.date},
                                                 {u"url"_s, before.url != item.url},
                                                 {u"excerpt"_s, before.excerpt != item.excerpt},
                                                 {u"author"_s, before.author != item.author},
                                                 {u"reference"_s, before.reference != item.reference},
                                                 {u"jurisdiction"_s, before.jurisdiction != item.jurisdiction}};
    for (const auto &[key, changed] : fields) {
        if (changed)
            corrected.append(key);
    }
    if (!corrected.isEmpty())
        parts.append(corrected.join(u", "_s) + u" corrected"_s);
    return parts.isEmpty() ? u"revised"_s : parts.join(u"; "_s);
}

} // namespace adreview
