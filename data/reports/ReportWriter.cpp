#include "reports/ReportWriter.h"

#include "domain/DsaDecision.h"

#include "reports/OrderedJson.h"
#include "reports/ReportOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace adreview {

// Spreadsheets (Excel, LibreOffice, Google Sheets) run a cell that begins with = + - or @ as a
// formula, and some do the same after a leading tab or carriage return: a hostile rationale could
// then compute or fetch things on the reader's machine. Such a cell gets a leading apostrophe,
// which the spreadsheet shows as plain text. Numbers and times are written as they are.
void appendCsvText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bool quoted = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quoted = true;
            break;
        }
    }
    const char first = utf8.isEmpty() ? '\0' : utf8.front();
    const bool formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    if (quoted)
        out += '"';
    if (formula)
        out += '\'';
    if (quoted) {
        for (const char c : utf8) {
            if (c == '"')
                out += '"';
            out += c;
        }
        out += '"';
    } else {
        out += utf8;
    }
}

namespace {

using Out = ReportOutput;

// ---- CSV

void appendCsvRow(QByteArray &out, const DecisionRow &r)
{
    Out::appendTime(out, r.at);
    for (const QString *text : {&r.eventId, &r.caseRef, &r.advertiser, &r.advertiserRef, &r.country, &r.action,
                                &r.outcome, &r.policy, &r.reviewer, &r.device, &r.rationale}) {
        out += ',';
        appendCsvText(out, *text);
    }
    out += ',';
    QStringList cited;
    cited.reserve(r.evidence.size());
    for (const CitedEvidence &e : r.evidence)
        cited.append(Out::evidenceLine(e));
    appendCsvText(out, cited.join(u"; "_s));
    out += ',';
    Out::appendTime(out, r.opened);
    out += ',';
    Out::appendTime(out, r.due);
    out += ',';
    if (const auto ms = r.msToDecision())
        Out::appendHours(out, *ms);
    out += ',';
    out += r.slaBreached() ? "true" : "false";
    out += ',';
    if (const auto ms = r.msToDecision())
        Out::appendSeconds(out, *ms);
    out += "\r\n";
}

// ---- JSON

void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    qsizetype run = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = uchar(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        }
    }
    out.append(utf8.constData() + run, utf8.size() - run);
    out += '"';
}

void appendJsonTime(QByteArray &out, const QDateTime &t)
{
    if (!t.isValid()) {
        out += "null";
        return;
    }
    out += '"';
    Out::appendTime(out, t);
    out += '"';
}

// A decision's statement of reasons as the Transparency Database takes it, with its review date;
// null when none was recorded.
void appendJsonStatement(QByteArray &out, const DecisionRow &r)
{
    const auto decision = dsa::Decision::fromText(r.statement);
    if (r.statement.isEmpty() || !decision) {
        out += "null";
        return;
    }
    QJsonObject s = decision->statementFor({r.eventId, r.at.date(), r.opened.date(), r.caseSource});
    if (decision->reviewBy.isValid())
        s.insert(u"review_by"_s, decision->reviewBy.toString(Qt::ISODate));
    out += QJsonDocument(s).toJson(QJsonDocument::Compact);
}

void appendJsonRow(QByteArray &out, const DecisionRow &r)
{
    const auto field = [&out](const char *key, const QString &value) {
        out += ",\"";
        out += key;
        out += "\":";
        appendJsonString(out, value);
    };
    out += "{\"time_utc\":";
    appendJsonTime(out, r.at);
    field("event_id", r.eventId);
    field("case", r.caseRef);
    field("advertiser", r.advertiser);
    field("advertiser_ref", r.advertiserRef);
    field("country", r.country);
    field("action", r.action);
    field("outcome", r.outcome);
    field("policy", r.policy);
    field("reviewer", r.reviewer);
    field("device", r.device);
    field("rationale", r.rationale);
    out += ",\"cited_evidence\":[";
    for (qsizetype i = 0; i < r.evidence.size(); ++i) {
        const CitedEvidence &e = r.evidence[i];
        out += i == 0 ? "{\"ref\":" : ",{\"ref\":";
        appendJsonString(out, e.ref);
        field("kind", e.kind);
        field("title", e.title);
        field("source", e.source);
        field("reference", e.reference);
        field("date", e.date);
        field("content_hash", e.hash);
        out += '}';
    }
    out += "],\"opened_utc\":";
    appendJsonTime(out, r.opened);
    out += ",\"due_utc\":";
    appendJsonTime(out, r.due);
    out += ",\"hours_to_decision\":";
    if (const auto ms = r.msToDecision())
        Out::appendHours(out, *ms);
    else
        out += "null";
    out += ",\"seconds_to_decision\":";
    if (const auto ms = r.msToDecision())
        Out::appendSeconds(out, *ms);
    else
        out += "null";
    out += ",\"sla_breached\":";
    out += r.slaBreached() ? "true" : "false";
    out += ",\"statement_of_reasons\":";
    appendJsonStatement(out, r);
    out += '}';
}

QString jsonCounts(const QList<ReportCount> &counts, const QString &keyName)
{
    QStringList items;
    for (const ReportCount &c : counts)
        items << OrderedJson().add(keyName, c.key).add(u"count"_s, c.count).toString();
    return u'[' + items.join(u',') + u']';
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue msOrNull(qint64 ms)
{
    return ms >= 0 ? QJsonValue(ms) : QJsonValue(QJsonValue::Null);
}

QJsonValue secondsOrNull(qint64 ms)
{
    return ms >= 0 ? QJsonValue(double(ms) / 1000.0) : QJsonValue(QJsonValue::Null);
}

QString jsonHead(const ReportSummary &s)
{
    const ReportFilter &f = s.filter;
    const OrderedJson filter = OrderedJson()
                                   .add(u"from"_s, dateOrNull(f.from))
                                   .add(u"to"_s, dateOrNull(f.to))
                                   .add(u"policies"_s, QJsonArray::fromStringList(f.policies))
                                   .add(u"reviewers"_s, QJsonArray::fromStringList(f.reviewers))
                                   .add(u"outcomes"_s, QJsonArray::fromStringList(f.outcomes))
                                   .add(u"countries"_s, QJsonArray::fromStringList(f.countries))
                                   .add(u"description"_s, f.describe());
    QStringList policyOutcomes;
    for (const PolicyOutcomeCount &p : s.byPolicyOutcome)
        policyOutcomes << OrderedJson()
                              .add(u"policy"_s, p.policy)
                              .add(u"banned"_s, p.banned)
                              .add(u"cleared"_s, p.cleared)
                              .add(u"reinstated"_s, p.reinstated)
                              .toString();
    QStringList weeks;
    for (const WeekCount &w : s.perWeek)
        weeks << OrderedJson()
                     .add(u"week"_s, w.week.toString(Qt::ISODate))
                     .add(u"banned"_s, w.banned)
                     .add(u"cleared"_s, w.cleared)
                     .add(u"reinstated"_s, w.reinstated)
                     .toString();
    const OrderedJson backlog = OrderedJson()
                                    .add(u"total"_s, s.backlog)
                                    .addRaw(u"by_state"_s, jsonCounts(s.backlogByState, u"state"_s))
                                    .addRaw(u"by_age"_s, jsonCounts(s.backlogByAge, u"age"_s));
    const OrderedJson summary =
        OrderedJson()
            .add(u"decisions"_s, s.decisions)
            .addRaw(u"by_outcome"_s, jsonCounts(s.byOutcome, u"outcome"_s))
            .addRaw(u"by_policy"_s, jsonCounts(s.byPolicy, u"policy"_s))
            .addRaw(u"by_reviewer"_s, jsonCounts(s.byReviewer, u"reviewer"_s))
            .addRaw(u"by_policy_outcome"_s, u'[' + policyOutcomes.join(u',') + u']')
            .addRaw(u"per_week"_s, u'[' + weeks.join(u',') + u']')
            .add(u"median_ms_to_decision"_s, msOrNull(s.medianMs))
            .add(u"p90_ms_to_decision"_s, msOrNull(s.p90Ms))
            .add(u"median_seconds_to_decision"_s, secondsOrNull(s.medianMs))
            .add(u"p90_seconds_to_decision"_s, secondsOrNull(s.p90Ms))
            .add(u"sla_breaches"_s, s.slaBreaches)
            .add(u"bans"_s, s.bans)
            .add(u"reinstatements"_s, s.reinstatements)
            .add(u"reinstatement_rate"_s,
                 s.reinstatementRate >= 0 ? QJsonValue(s.reinstatementRate) : QJsonValue(QJsonValue::Null))
            .add(u"appeals"_s, OrderedJson()
                                   .add(u"filed"_s, s.appealsFiled)
                                   .add(u"filed_late"_s, s.appealsFiledLate)
                                   .add(u"decided"_s, s.appealsDecided)
                                   .add(u"reversed"_s, s.appealsReversed)
                                   .add(u"reversal_rate"_s, s.appealReversalRate >= 0 ? QJsonValue(s.appealReversalRate)
                                                                                      : QJsonValue(QJsonValue::Null))
                                   .add(u"median_ms_to_decision"_s, msOrNull(s.appealMedianMs))
                                   .add(u"median_seconds_to_decision"_s, secondsOrNull(s.appealMedianMs)))
            .add(u"backlog"_s, backlog);
    const QString head = OrderedJson()
                             .add(u"format"_s, u"adreview-report"_s)
                             .add(u"version"_s, 1)
                             .add(u"generated_at"_s, Out::isoTime(s.generatedAt))
                             .add(u"database"_s, s.database)
                             .add(u"filter"_s, filter)
                             .add(u"summary"_s, summary)
                             .toString();
    // Opens the decisions array in place of the closing brace.
    return head.left(head.size() - 1) + u",\"decisions\":[\n"_s;
}

} // namespace

const QList<ReportFormatInfo> &reportFormats()
{
    static const QList<ReportFormatInfo> table{
        {ReportFormat::Csv, u"csv"_s, writeCsvReport},
        {ReportFormat::Pdf, u"pdf"_s, nullptr, true},
        {ReportFormat::Html, u"html"_s, writeHtmlReport},
        {ReportFormat::Json, u"json"_s, writeJsonReport},
    };
    return table;
}

const ReportFormatInfo &reportFormatInfo(ReportFormat format)
{
    const QList<ReportFormatInfo> &all = reportFormats();
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&](const ReportFormatInfo &f) { return f.format == format; });
    Q_ASSERT(it != all.cend());
    return *it;
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    for (const ReportFormatInfo &f : reportFormats()) {
        if (f.name == name)
            return f.format;
    }
    return std::nullopt;
}

QString reportFormatName(ReportFormat format)
{
    return reportFormatInfo(format).name;
}

QString reportFormatNames(const QString &separator)
{
    QStringList names;
    for (const ReportFormatInfo &f : reportFormats())
        names << f.name;
    if (!separator.isEmpty())
        return names.join(separator);
    const QString last = names.takeLast();
    return names.isEmpty() ? last : names.join(u", "_s) + u" or "_s + last;
}

Status writeCsvReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                      const ReportProgress &progress)
{
    ReportOutput::Layout layout;
    layout.head = [](QByteArray &out) -> Status {
        out += "\xEF\xBB\xBF"; // the BOM tells spreadsheets the file is UTF-8
        out += "time_utc,event_id,case,advertiser,advertiser_ref,country,action,outcome,policy,reviewer,device,"
               "rationale,cited_evidence,opened_utc,due_utc,hours_to_decision,sla_breached,seconds_to_decision\r\n";
        return {};
    };
    layout.row = appendCsvRow;
    layout.tail = [](QByteArray &, const std::function<bool()> &) -> Status { return {}; };
    return ReportOutput::write(engine, filter, path, progress, layout);
}

Status writeJsonReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                       const ReportProgress &progress)
{
    ReportOutput::Layout layout;
    layout.head = [&](QByteArray &out) -> Status {
        auto summary = engine.summary(filter);
        if (!summary)
            return summary.error();
        out += jsonHead(*summary).toUtf8();
        return {};
    };
    // One decision a line, written as it is read: never the whole document in memory.
    layout.row = appendJsonRow;
    layout.separator = ",\n";
    layout.tail = [](QByteArray &out, const std::function<bool()> &) -> Status {
        out += "\n]}\n";
        return {};
    };
    return ReportOutput::write(engine, filter, path, progress, layout);
}

} // namespace adreview
