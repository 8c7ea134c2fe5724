#include "import/JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"missing"_s;
}

} // namespace

QString fieldPath(FieldNames names, const QString &record, const QString &key)
{
    if (names == FieldNames::Csv) {
        const QString column = u"column \"%1\""_s.arg(key);
        return record.isEmpty() ? column : record + u": "_s + column;
    }
    return record.isEmpty() ? key : record + u'.' + key;
}

QString JsonFields::item(const QString &listPath, qsizetype i) const
{
    if (m_names == FieldNames::Csv)
        return u"%1, item %2"_s.arg(listPath).arg(i + 1);
    return u"%1[%2]"_s.arg(listPath).arg(i);
}

void JsonFields::fault(const QString &path, const QString &message)
{
    m_faults.append(path.isEmpty() ? message : path + u": "_s + message);
}

QString JsonFields::textFault(const QString &value, int maxLength)
{
    if (value.contains(QChar(0)))
        return u"contains a NUL character"_s;
    if (value.size() > maxLength)
        return u"too long (%1 characters; at most %2)"_s.arg(value.size()).arg(maxLength);
    return {};
}

bool JsonFields::checkText(const QString &value, const QString &path, int maxLength)
{
    const QString problem = textFault(value, maxLength);
    if (!problem.isEmpty())
        fault(path, problem);
    return problem.isEmpty();
}

QString JsonFields::text(const QJsonObject &o, const QString &path, const QString &key, bool required, int maxLength)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fault(at(path, key), u"missing"_s);
        return {};
    }
    if (!v.isString()) {
        fault(at(path, key), u"expected a string, found %1"_s.arg(typeName(v)));
        return {};
    }
    const QString s = v.toString();
    // The path is only spelled out for a fault: most fields have none.
    if (const QString problem = textFault(s, maxLength); !problem.isEmpty()) {
        fault(at(path, key), problem);
        return {};
    }
    if (required && s.trimmed().isEmpty()) {
        fault(at(path, key), u"empty"_s);
        return {};
    }
    return s;
}

bool JsonFields::isRef(const QString &value)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$"_s);
    return pattern.match(value).hasMatch();
}

QString JsonFields::ref(const QJsonObject &o, const QString &path, const QString &key)
{
    const QString s = text(o, path, key, true, 1000);
    if (!s.isEmpty() && !isRef(s)) {
        fault(at(path, key),
              u"'%1' is not a valid reference (letters, digits and . _ : -, at most 100)"_s.arg(s.left(40)));
        return {};
    }
    return s;
}

QString JsonFields::oneOf(const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed,
                          bool required)
{
    const QString s = text(o, path, key, required, 100);
    if (!s.isEmpty() && !allowed.contains(s)) {
        fault(at(path, key), u"'%1' is not one of %2"_s.arg(s.left(40), allowed.join(u", "_s)));
        return {};
    }
    return s;
}

bool JsonFields::isDate(const QString &value)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return pattern.match(value).hasMatch() && QDate::fromString(value, Qt::ISODate).isValid();
}

QString JsonFields::date(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QString s = text(o, path, key, required, 100);
    if (!s.isEmpty() && !isDate(s)) {
        fault(at(path, key), u"not a date (expected YYYY-MM-DD, found '%1')"_s.arg(s.left(40)));
        return {};
    }
    return s;
}

QDateTime JsonFields::parseTime(const QString &value)
{
    // A time must say its offset: "Z" or "+02:00". A bare local time would mean different
    // moments on different laptops.
    static const QRegularExpression pattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    if (!pattern.match(value).hasMatch())
        return {};
    const QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime JsonFields::time(const QJsonObject &o, const QString &path, const QString &key, bool required)
{
    const QString s = text(o, path, key, required, 100);
    if (s.isEmpty())
        return {};
    const QDateTime t = parseTime(s);
    if (!t.isValid())
        fault(at(path, key), u"not a time (expected YYYY-MM-DDTHH:MM:SSZ, found '%1')"_s.arg(s.left(40)));
    return t;
}

QString JsonFields::url(const QJsonObject &o, const QString &path, const QString &key)
{
    const QString s = text(o, path, key, false, 2048);
    if (s.isEmpty())
        return {};
    if (!isWebAddress(s)) {
        fault(at(path, key), u"not an http or https address: '%1'"_s.arg(s.left(80)));
        return {};
    }
    return s;
}

bool JsonFields::isWebAddress(const QString &value)
{
    const QUrl u(value, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https") && !u.host().isEmpty();
}

QStringList JsonFields::textList(const QJsonObject &o, const QString &path, const QString &key, int maxLength)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fault(at(path, key), u"expected an array of strings, found %1"_s.arg(typeName(v)));
        return {};
    }
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = item(at(path, key), i);
        if (!array[i].isString()) {
            fault(where, u"expected a string, found %1"_s.arg(typeName(array[i])));
            continue;
        }
        if (checkText(array[i].toString(), where, maxLength))
            out.append(array[i].toString());
    }
    return out;
}

std::optional<int> JsonFields::integer(const QJsonObject &o, const QString &path, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(0.5);
    if (!v.isDouble() || !(d > -1e9 && d < 1e9) || d != static_cast<double>(static_cast<int>(d))) {
        fault(at(path, key), u"expected a whole number, found %1"_s.arg(typeName(v)));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

void JsonFields::onlyKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            fault(at(path, it.key().left(60)), u"unknown field"_s);
    }
}

} // namespace adreview
