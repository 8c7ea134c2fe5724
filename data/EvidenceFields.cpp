#include "EvidenceFields.h"

#include "EventHash.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace adreview {

QString EvidenceFields::sourceKey(const QString &kind)
{
    if (kind == u"news-citation")
        return u"publisher"_s;
    if (kind == u"agency-advisory")
        return u"agency"_s;
    return u"source"_s;
}

QString EvidenceFields::dateKey(const QString &kind)
{
    if (kind == u"news-citation")
        return u"published"_s;
    if (kind == u"agency-advisory")
        return u"issued"_s;
    return u"date"_s;
}

QJsonObject EvidenceFields::content(const Evidence &e)
{
    QJsonObject o{{u"kind"_s, e.kind},       {u"title"_s, e.title}, {sourceKey(e.kind), e.source},
                  {dateKey(e.kind), e.date}, {u"url"_s, e.url},     {u"excerpt"_s, e.excerpt}};
    if (e.kind == u"news-citation") {
        o.insert(u"author"_s, e.author);
    } else if (e.kind == u"agency-advisory") {
        o.insert(u"reference"_s, e.reference);
        o.insert(u"jurisdiction"_s, e.jurisdiction);
        o.insert(u"status"_s, e.status);
    }
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

QString EvidenceFields::contentHash(const Evidence &e)
{
    const QByteArray bytes = QJsonDocument(content(e)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace adreview
