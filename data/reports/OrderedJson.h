#pragma once

#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace adreview {

// A JSON object that keeps its keys in the order they were added (QJsonObject sorts them), for
// output that people read: the ref first, then the rest.
class OrderedJson {
public:
    OrderedJson &add(const QString &key, const QJsonValue &value);
    OrderedJson &add(const QString &key, const OrderedJson &object);
    OrderedJson &addRaw(const QString &key, const QString &json); // already-serialised JSON
    QString toString() const;

    static QString quote(const QString &text);
    static QString serialise(const QJsonValue &value);

private:
    std::vector<std::pair<QString, QString>> m_members;
};

} // namespace adreview
