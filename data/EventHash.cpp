#include "EventHash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace adreview {

QString EventHash::genesis()
{
    return QString(64, u'0');
}

QString EventHash::formatTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray EventHash::canonical(const Event &event)
{
    QStringList evidence = event.evidenceRefs;
    evidence.sort();
    QStringList parents = event.parents;
    parents.sort();
    // QJsonObject keeps its keys sorted, and compact output has no optional whitespace, so the
    // same fields always give the same bytes.
    const QJsonObject o{
        {u"id"_s, event.uuid},
        {u"case"_s, event.caseRef},
        {u"action"_s, event.action},
        {u"policy"_s, event.policyCode},
        {u"rationale"_s, event.rationale},
        {u"evidence"_s, QJsonArray::fromStringList(evidence)},
        {u"assignee"_s, event.assignee},
        {u"outcome"_s, event.outcome},
        {u"reviewer"_s, event.reviewer},
        {u"device"_s, event.device},
        {u"seq"_s, QString::number(event.seq)},
        {u"at"_s, formatTime(event.at)},
        {u"parents"_s, QJsonArray::fromStringList(parents)},
        {u"prev"_s, event.prevHash},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString EventHash::compute(const Event &event)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(event), QCryptographicHash::Sha256).toHex());
}

QString EventHash::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace adreview
