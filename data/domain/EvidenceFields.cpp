#include "domain/EvidenceFields.h"

#include "domain/CanonicalJson.h"
#include "domain/EventHash.h"
#include "domain/EvidenceKinds.h"
#include "domain/Sha256.h"

#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

struct ContentField {
    QString key;
    const QString *value;
    int order; // position in content()'s list, so that a later field of the same key wins
};

// The fields of content() in the order it inserts them, shared by content() and canonical() so
// that both always cover the same keys.
QVarLengthArray<ContentField, 9> contentFields(const Evidence &e)
{
    const EvidenceKindInfo &kind = evidencekinds::of(e.kind);
    QVarLengthArray<ContentField, 9> fields{{u"kind"_s, &e.kind, 0},        {u"title"_s, &e.title, 1},
                                            {kind.sourceKey, &e.source, 2}, {kind.dateKey, &e.date, 3},
                                            {u"url"_s, &e.url, 4},          {u"excerpt"_s, &e.excerpt, 5}};
    for (const EvidenceKindInfo::Field &own : kind.own)
        fields.append({own.key, &(e.*own.member), int(fields.size())});
    return fields;
}

} // namespace

QString EvidenceFields::sourceKey(const QString &kind)
{
    return evidencekinds::of(kind).sourceKey;
}

QString EvidenceFields::dateKey(const QString &kind)
{
    return evidencekinds::of(kind).dateKey;
}

QJsonObject EvidenceFields::content(const Evidence &e)
{
    QJsonObject o;
    for (const ContentField &f : contentFields(e))
        o.insert(f.key, *f.value);
    return o;
}

QJsonObject EvidenceFields::toJson(const Evidence &e)
{
    QJsonObject o = content(e);
    o.insert(u"ref"_s, e.ref);
    o.insert(u"reliability"_s, e.reliability);
    if (e.retrieved.isValid())
        o.insert(u"retrieved"_s, EventHash::formatTime(e.retrieved));
    o.insert(u"sha256"_s, e.contentHash);
    if (!e.attachmentName.isEmpty()) {
        o.insert(
            u"attachment"_s,
            QJsonObject{{u"name"_s, e.attachmentName}, {u"type"_s, e.attachmentType}, {u"sha256"_s, e.attachmentHash}});
    }
    return o;
}

QByteArray EvidenceFields::canonical(const Evidence &e)
{
    // The same bytes as canonicalThroughQt(), written directly: an import hashes every item, and
    // building a QJsonObject for each costs several times as much. QJsonObject keeps one value
    // per key (the last inserted) in key order; text the direct writer would not spell as Qt
    // does goes the long way.
    QVarLengthArray<ContentField, 9> fields = contentFields(e);
    std::sort(fields.begin(), fields.end(), [](const ContentField &a, const ContentField &b) {
        return a.key != b.key ? a.key < b.key : a.order < b.order;
    });
    QByteArray out;
    out.reserve(256 + e.title.size() + e.excerpt.size() + e.url.size());
    out += '{';
    bool first = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const ContentField &f = fields.at(i);
        if (i + 1 < fields.size() && fields.at(i + 1).key == f.key)
            continue; // replaced by a later insert
        if (!first)
            out += ',';
        first = false;
        if (!canonicaljson::appendPlainJsonString(out, f.key))
            return canonicalThroughQt(e);
        out += ':';
        if (!canonicaljson::appendPlainJsonString(out, *f.value))
            return canonicalThroughQt(e);
    }
    out += '}';
    return out;
}

QByteArray EvidenceFields::canonicalThroughQt(const Evidence &e)
{
    return QJsonDocument(content(e)).toJson(QJsonDocument::Compact);
}

QString EvidenceFields::contentHash(const Evidence &e)
{
    return Sha256::hex(canonical(e));
}

} // namespace adreview
