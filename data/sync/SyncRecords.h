#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"
#include "import/JsonFields.h"
#include "import/JsonTextCheck.h"
#include "sync/SyncBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

// One record of a bundle's body read field by field, with what an import checks of it.
namespace adreview::syncrecord {

using namespace Qt::StringLiterals;

// Reads the fields of one record and remembers the first fault, with where it is.
class Reader {
public:
    explicit Reader(QString file) : m_file(std::move(file)) {}

    QString text(const QJsonObject &o, const QString &where, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isString() && (!required || !v.toString().isEmpty())) {
            if (v.toString().contains(QChar(0)))
                fault(where, u"\"%1\" contains a NUL character"_s.arg(key));
            return v.toString();
        }
        if (!required && (v.isUndefined() || v.isNull()))
            return {};
        fault(where, u"\"%1\" is missing or not text"_s.arg(key));
        return {};
    }
    // Text that must be one of the words the database's own rules allow, as an import checks it:
    // a bundle put together by hand cannot store what no import could.
    QString word(const QJsonObject &o, const QString &where, const QString &key, const QStringList &allowed,
                 bool required = true)
    {
        const QString s = text(o, where, key, required);
        if (!s.isEmpty() && !allowed.contains(s))
            fault(where, u"\"%1\" is \"%2\", not one of %3"_s.arg(key, s.left(40), allowed.join(u", "_s)));
        return s;
    }
    // An identifier (case, evidence, advertiser, policy), in the import's form.
    QString ref(const QJsonObject &o, const QString &where, const QString &key)
    {
        const QString s = text(o, where, key);
        if (!s.isEmpty() && !JsonFields::isRef(s))
            fault(where, u"\"%1\" is not a valid reference"_s.arg(key));
        return s;
    }
    // An evidence link: only http and https, as an import takes them.
    QString address(const QJsonObject &o, const QString &where, const QString &key)
    {
        const QString s = text(o, where, key, false);
        if (!s.isEmpty() && !JsonFields::isWebAddress(s))
            fault(where, u"\"%1\" is not an http or https address"_s.arg(key));
        return s;
    }
    QDateTime time(const QJsonObject &o, const QString &where, const QString &key, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (!required && (v.isNull() || v.isUndefined()))
            return {};
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            fault(where, u"\"%1\" is not a time"_s.arg(key));
        return t.toUTC();
    }
    QStringList list(const QJsonObject &o, const QString &where, const QString &key)
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (!v.isArray()) {
            fault(where, u"\"%1\" is not a list"_s.arg(key));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                fault(where, u"\"%1\" holds something other than text"_s.arg(key));
            out.append(item.toString());
        }
        return out;
    }
    QList<QJsonObject> objects(const QJsonObject &o, const QString &key)
    {
        QList<QJsonObject> out;
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fault(key, u"missing or not a list"_s);
            return out;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                fault(u"%1[%2]"_s.arg(key).arg(i), u"not an object"_s);
            out.append(array.at(i).toObject());
        }
        return out;
    }
    // What QJsonDocument read without a word in `json` (see JsonTextCheck), the first of it, named
    // by its path in `document`: "the body" or "the header".
    void text(QByteArrayView json, const QString &path, const QString &document)
    {
        if (m_error)
            return;
        QList<JsonTextCheck::Fault> faults;
        JsonTextCheck::check(json, path, faults, 1);
        if (faults.isEmpty())
            return;
        const QString &at = faults.first().path;
        if (at.isEmpty())
            fault(document, faults.first().message);
        else
            fault(document == u"the body" ? at : u"%1's %2"_s.arg(document, at), faults.first().message);
    }
    void fault(const QString &where, const QString &message)
    {
        if (!m_error)
            m_error = Error::rejected(u"%1: %2: %3; nothing was imported"_s.arg(m_file, where, message));
    }
    const std::optional<Error> &error() const { return m_error; }
    void adopt(const std::optional<Error> &error)
    {
        if (!m_error)
            m_error = error;
    }
    const QString &file() const { return m_file; }

private:
    QString m_file;
    std::optional<Error> m_error;
};

QString sha256(QByteArrayView bytes); // hex

// What is wrong with an evidence item against its hashes (its attachment's, its content's), or
// empty: checked of every item a bundle or a team server brings.
QString evidenceHashFault(const Evidence &e);

Event readEvent(Reader &r, const QJsonObject &o, const QString &where);
Evidence readEvidence(Reader &r, const QJsonObject &o, const QString &where);
SyncContents::Case readCase(Reader &r, const QJsonObject &o);
// An event of the body's event list, named by its id and case.
Event readListedEvent(Reader &r, const QJsonObject &o);
// A device's public key and reviewer, and a revocation, as the body's lists hold them.
OfferedKey readKey(Reader &r, const QJsonObject &o);
Revocation readRevocation(Reader &r, const QJsonObject &o);

} // namespace adreview::syncrecord
