#pragma once

#include "import/ImportPlan.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace adreview {

// Reads typed fields out of JSON objects and collects every fault with its path
// ("cases[3].evidence[0].published: not a date"), so one pass reports all of them. A CSV row is
// read the same way, as an object of its non-empty cells, so both formats accept the same values.
class JsonFields {
public:
    explicit JsonFields(FieldNames names = FieldNames::Json) : m_names(names) {}

    QStringList &faults() { return m_faults; }
    const QStringList &faults() const { return m_faults; }
    void fault(const QString &path, const QString &message);
    QString at(const QString &path, const QString &key) const { return fieldPath(m_names, path, key); }
    QString item(const QString &listPath, qsizetype i) const; // "aliases[0]" or "aliases", item 1

    // Each reader records a fault and returns an empty value when the field is wrong.
    QString text(const QJsonObject &o, const QString &path, const QString &key, bool required, int maxLength);
    QString ref(const QJsonObject &o, const QString &path, const QString &key); // required identifier
    QString oneOf(const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed,
                  bool required);
    QString date(const QJsonObject &o, const QString &path, const QString &key, bool required);   // YYYY-MM-DD
    QDateTime time(const QJsonObject &o, const QString &path, const QString &key, bool required); // ISO 8601
    QString url(const QJsonObject &o, const QString &path, const QString &key);                   // http(s), optional
    QStringList textList(const QJsonObject &o, const QString &path, const QString &key, int maxLength);
    std::optional<int> integer(const QJsonObject &o, const QString &path, const QString &key);
    void onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed);

    // Checks a string that came from a file of another kind (CSV) with the same rules.
    bool checkText(const QString &value, const QString &path, int maxLength);
    static bool isRef(const QString &value);
    static bool isDate(const QString &value);
    static bool isWebAddress(const QString &value); // http or https, with a host
    static QDateTime parseTime(const QString &value);

private:
    static QString textFault(const QString &value, int maxLength); // empty when the value is fine

    FieldNames m_names;
    QStringList m_faults;
};

} // namespace adreview
