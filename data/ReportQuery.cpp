#include "ReportQuery.h"

#include "Database.h"
#include "SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The condition of the partial indexes in migration 0003, repeated here: SQLite uses a partial
// index only for a query that states its condition.
const QString isDecision = u"e.action IN ('ban', 'clear', 'reinstate', 'resolve-conflict')"_s;

QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? u"?"_s : u", ?"_s;
    return s;
}

qint64 startOfDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

void addCountries(ReportQuery::Clause &w, const QStringList &countries)
{
    if (countries.isEmpty())
        return;
    w.sql += u" AND c.advertiser_id IN (SELECT id FROM advertisers WHERE country IN (%1))"_s.arg(
        placeholders(countries.size()));
    for (const QString &country : countries)
        w.values << country.trimmed().toUpper();
    w.needsCase = true;
}

// Reads one JSON string as SQLite's json_quote() writes it; false on anything else.
bool readString(QStringView json, qsizetype &i, QString &out)
{
    if (i >= json.size() || json[i] != u'"')
        return false;
    const qsizetype start = ++i;
    while (i < json.size() && json[i] != u'"' && json[i] != u'\\')
        ++i;
    out = json.mid(start, i - start).toString();
    while (i < json.size()) {
        const QChar c = json[i++];
        if (c == u'"')
            return true;
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (i >= json.size())
            return false;
        switch (json[i++].unicode()) {
        case u'"':
            out += u'"';
            break;
        case u'\\':
            out += u'\\';
            break;
        case u'/':
            out += u'/';
            break;
        case u'b':
            out += u'\b';
            break;
        case u'f':
            out += u'\f';
            break;
        case u'n':
            out += u'\n';
            break;
        case u'r':
            out += u'\r';
            break;
        case u't':
            out += u'\t';
            break;
        case u'u': {
            bool ok = false;
            const uint code = i + 4 <= json.size() ? json.mid(i, 4).toUInt(&ok, 16) : 0;
            if (!ok)
                return false;
            out += QChar(char16_t(code));
            i += 4;
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

bool expect(QStringView json, qsizetype &i, QChar c)
{
    if (i >= json.size() || json[i] != c)
        return false;
    ++i;
    return true;
}

// The arrays citedEvidenceJson builds, read without a JSON document per row.
bool readEvidence(QStringView json, QList<CitedEvidence> &list)
{
    qsizetype i = 0;
    if (!expect(json, i, u'['))
        return false;
    if (expect(json, i, u']'))
        return i == json.size();
    do {
        CitedEvidence e;
        QString *const fields[] = {&e.ref, &e.kind, &e.title, &e.source, &e.reference, &e.date, &e.hash};
        if (!expect(json, i, u'['))
            return false;
        for (size_t f = 0; f < std::size(fields); ++f) {
            if ((f > 0 && !expect(json, i, u',')) || !readString(json, i, *fields[f]))
                return false;
        }
        if (!expect(json, i, u']'))
            return false;
        list.append(std::move(e));
    } while (expect(json, i, u','));
    return expect(json, i, u']') && i == json.size();
}

} // namespace

const QString ReportQuery::outcomeOfDecision = u"CASE e.action WHEN 'ban' THEN 'banned' WHEN 'clear' THEN 'cleared' "
                                               "WHEN 'reinstate' THEN 'reinstated' ELSE e.outcome END"_s;

const QString ReportQuery::citedEvidenceJson =
    u"(SELECT json_group_array(json_array(ev.ref, ev.kind, ev.title, ev.source, ev.reference, ev.date, "
    "ev.content_hash)) FROM event_evidence ee JOIN evidence ev ON ev.id = ee.evidence_id WHERE ee.event_id = e.id)"_s;

Result<ReportQuery> ReportQuery::prepare(Database &db, const ReportFilter &filter)
{
    if (auto valid = filter.validate(db); !valid)
        return valid.error();
    ReportQuery query(db);
    query.m_filter = filter;
    QSqlQuery &q = db.prepared(u"SELECT id, code, title FROM policies"_s);
    if (!q.exec())
        return db.errorFrom(q, u"reading the policies"_s);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString code = q.value(1).toString();
        query.m_codeById.insert(id, code);
        query.m_idByCode.insert(code, id);
        query.m_titleByCode.insert(code, q.value(2).toString());
    }
    q.finish();

    Clause &w = query.m_decisions;
    w.sql = isDecision;
    if (filter.from.isValid()) {
        w.sql += u" AND e.at >= ?"_s;
        w.values << startOfDay(filter.from);
    }
    if (filter.to.isValid()) {
        w.sql += u" AND e.at < ?"_s;
        w.values << startOfDay(filter.to.addDays(1));
    }
    if (!filter.policies.isEmpty()) {
        w.sql += u" AND e.policy_id IN (%1)"_s.arg(placeholders(filter.policies.size()));
        for (const QString &code : filter.policies)
            w.values << query.m_idByCode.value(code);
    }
    if (!filter.reviewers.isEmpty()) {
        w.sql += u" AND e.reviewer IN (%1)"_s.arg(placeholders(filter.reviewers.size()));
        for (const QString &reviewer : filter.reviewers)
            w.values << reviewer;
    }
    if (!filter.outcomes.isEmpty()) {
        w.sql += u" AND (%1) IN (%2)"_s.arg(outcomeOfDecision, placeholders(filter.outcomes.size()));
        for (const QString &outcome : filter.outcomes)
            w.values << outcome;
    }
    addCountries(w, filter.countries);
    return query;
}

ReportQuery::Clause ReportQuery::cases() const
{
    Clause w;
    if (!m_filter.policies.isEmpty()) {
        w.sql += u" AND c.policy_id IN (%1)"_s.arg(placeholders(m_filter.policies.size()));
        for (const QString &code : m_filter.policies)
            w.values << m_idByCode.value(code);
    }
    addCountries(w, m_filter.countries);
    return w;
}

Result<QSqlQuery> ReportQuery::run(const QString &sql, const QVariantList &values, const QString &what) const
{
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_db->errorFrom(q, what);
    sql::bindAll(q, values);
    if (!q.exec())
        return m_db->errorFrom(q, what);
    return q;
}

Error ReportQuery::failed(const QSqlQuery &query, const QString &what) const
{
    return m_db->errorFrom(query, what);
}

QList<CitedEvidence> ReportQuery::parseCitedEvidence(QStringView json)
{
    QList<CitedEvidence> list;
    if (json.isEmpty() || json == u"[]")
        return list;
    if (readEvidence(json, list))
        return list;
    // Not the shape SQLite writes: read it the slow, general way.
    list.clear();
    const QJsonArray items = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &item : items) {
        const QJsonArray f = item.toArray();
        list.append({f.at(0).toString(), f.at(1).toString(), f.at(2).toString(), f.at(3).toString(), f.at(4).toString(),
                     f.at(5).toString(), f.at(6).toString()});
    }
    return list;
}

} // namespace adreview
