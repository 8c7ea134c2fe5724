#include "domain/EventHash.h"

#include "domain/CanonicalJson.h"
#include "domain/Sha256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace adreview {

QString EventHash::genesis()
{
    return QString(64, u'0');
}

QString EventHash::formatTime(const QDateTime &t)
{
    // Every event's hash spells its time: written here directly, in the form Qt writes
    // (yyyy-MM-ddTHH:mm:ss.zzzZ), for the years 1 to 9999; any other goes through Qt.
    if (!t.isValid())
        return t.toUTC().toString(Qt::ISODateWithMs);
    constexpr qint64 msPerDay = 86'400'000;
    const qint64 ms = t.toMSecsSinceEpoch();
    qint64 day = ms / msPerDay;
    if (ms % msPerDay < 0)
        --day; // days before 1970 count down from the one that holds the time
    qint64 inDay = ms - day * msPerDay;
    // The civil date of a day count from 1970-01-01, in 400-year eras of the Gregorian calendar.
    const qint64 z = day + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 ofEra = z - era * 146'097;
    const qint64 yearOfEra = (ofEra - ofEra / 1460 + ofEra / 36'524 - ofEra / 146'096) / 365;
    const qint64 ofYear = ofEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * ofYear + 2) / 153; // months from March
    const qint64 dayOfMonth = ofYear - (153 * shifted + 2) / 5 + 1;
    const qint64 month = shifted < 10 ? shifted + 3 : shifted - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return t.toUTC().toString(Qt::ISODateWithMs);
    char text[24];
    const auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, dayOfMonth, 2);
    text[10] = 'T';
    put(11, inDay / 3'600'000, 2);
    inDay %= 3'600'000;
    text[13] = ':';
    put(14, inDay / 60'000, 2);
    inDay %= 60'000;
    text[16] = ':';
    put(17, inDay / 1000, 2);
    text[19] = '.';
    put(20, inDay % 1000, 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, sizeof text);
}

QByteArray EventHash::canonical(const Event &event)
{
    using canonicaljson::appendPlainJsonArray;
    using canonicaljson::appendPlainJsonString;
    // The same bytes as canonicalThroughQt(), written directly: an import or merge hashes every
    // event, and building a QJsonObject for each costs ten times as much. Keys in QJsonObject's
    // (sorted) order; text that the direct writer would not spell the same goes the long way.
    QStringList evidence = event.evidenceRefs;
    evidence.sort();
    QStringList parents = event.parents;
    parents.sort();
    QByteArray out;
    out.reserve(512 + event.rationale.size());
    const auto field = [&out](const char *key, const QString &value) {
        out += key;
        return appendPlainJsonString(out, value);
    };
    const auto list = [&out](const char *key, const QStringList &items) {
        out += key;
        return appendPlainJsonArray(out, items);
    };
    const bool plain = field("{\"action\":", event.action) && field(",\"assignee\":", event.assignee) &&
                       field(",\"at\":", formatTime(event.at)) && field(",\"case\":", event.caseRef) &&
                       field(",\"device\":", event.device) && list(",\"evidence\":", evidence) &&
                       field(",\"id\":", event.uuid) && field(",\"outcome\":", event.outcome) &&
                       list(",\"parents\":", parents) && field(",\"policy\":", event.policyCode) &&
                       field(",\"prev\":", event.prevHash) && field(",\"rationale\":", event.rationale) &&
                       field(",\"reviewer\":", event.reviewer) && field(",\"seq\":", QString::number(event.seq)) &&
                       (event.statement.isEmpty() || field(",\"statement\":", event.statement));
    if (!plain)
        return canonicalThroughQt(event);
    out += '}';
    return out;
}

QByteArray EventHash::canonicalThroughQt(const Event &event)
{
    QStringList evidence = event.evidenceRefs;
    evidence.sort();
    QStringList parents = event.parents;
    parents.sort();
    // QJsonObject keeps its keys sorted, and compact output has no optional whitespace, so the
    // same fields always give the same bytes.
    QJsonObject o{
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
    if (!event.statement.isEmpty()) // events from before statements keep their hashes
        o.insert(u"statement"_s, event.statement);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString EventHash::compute(const Event &event)
{
    return Sha256::hex(canonical(event));
}

QString EventHash::newUuid()
{
    return uuidV7(QDateTime::currentMSecsSinceEpoch(), QRandomGenerator::system()->generate64());
}

QString EventHash::uuidV7(qint64 unixMs, quint64 random)
{
    // 48 bits of milliseconds, the version, 12 random bits, the variant, 62 random bits; the
    // last 6 bytes take more randomness from a second draw of the same generator's output.
    QByteArray b(16, Qt::Uninitialized);
    const quint64 ms = quint64(unixMs) & 0xffffffffffffULL;
    for (int i = 0; i < 6; ++i)
        b[i] = char((ms >> (8 * (5 - i))) & 0xff);
    for (int i = 6; i < 16; ++i)
        b[i] = char((random >> (8 * ((i - 6) % 8))) & 0xff);
    const quint64 more = random * 0x9e3779b97f4a7c15ULL;
    b[14] = char(more >> 40);
    b[15] = char(more >> 48);
    b[6] = char((b[6] & 0x0f) | 0x70); // version 7
    b[8] = char((b[8] & 0x3f) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(b).toString(QUuid::WithoutBraces);
}

} // namespace adreview
