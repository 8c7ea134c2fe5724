#include "reports/OrderedJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace adreview {

QString OrderedJson::serialise(const QJsonValue &value)
{
    // QJsonDocument only takes arrays and objects; wrap the value and strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString OrderedJson::quote(const QString &text)
{
    return serialise(QJsonValue(text));
}

OrderedJson &OrderedJson::add(const QString &key, const QJsonValue &value)
{
    m_members.emplace_back(key, serialise(value));
    return *this;
}

OrderedJson &OrderedJson::add(const QString &key, const OrderedJson &object)
{
    m_members.emplace_back(key, object.toString());
    return *this;
}

OrderedJson &OrderedJson::addRaw(const QString &key, const QString &json)
{
    m_members.emplace_back(key, json);
    return *this;
}

QString OrderedJson::toString() const
{
    QString out = u"{"_s;
    bool first = true;
    for (const auto &[key, value] : m_members) {
        if (!first)
            out += u',';
        first = false;
        out += quote(key);
        out += u':';
        out += value;
    }
    out += u'}';
    return out;
}

} // namespace adreview
