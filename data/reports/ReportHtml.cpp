#include "reports/ReportOutput.h"
#include "reports/ReportWords.h"
#include "reports/ReportWriter.h"

#include "domain/DsaDecision.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// The HTML report: one self-contained file a manager can open, print or send on. No scripts and
// nothing fetched (the Content-Security-Policy forbids both); charts are CSS bars and inline SVG
// drawn from numbers only; every text that came from outside is escaped.

namespace adreview {

namespace {

using Out = ReportOutput;

const char *const styleSheet = R"(
:root { --ink: #1b1f24; --muted: #5c6670; --line: #d5dae0; --banned: #b3261e; --cleared: #4f7a28;
  --reinstated: #1f5fa8; --bar: #5b6b7c; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 24px auto;
  max-width: 1200px; padding: 0 16px; }
h1 { font-size: 20pt; margin: 0 0 4px; } h2 { font-size: 14pt; margin: 28px 0 8px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 12pt; margin: 0 0 4px; } h4 { font-size: 10pt; margin: 12px 0 4px; color: var(--muted); }
.filter { font-size: 11pt; margin: 0 0 8px; } .sub { color: var(--muted); font-size: 9pt; }
table.meta { width: auto; margin: 0; font-size: 9.5pt; } table.meta th, table.meta td { border: 0; padding: 1px 12px 1px 0; }
table.meta td { overflow-wrap: anywhere; }
.figures { margin: 8px 0 16px; font-size: 0; }
.figure { display: inline-block; vertical-align: top; width: 24%; margin: 0 1% 8px 0; font-size: 10.5pt;
  border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px; }
.figure .value { font-size: 16pt; font-weight: 600; } .figure .label { color: var(--muted); font-size: 9pt; }
.parts { font-size: 0; } .part { font-size: 10.5pt; display: inline-block; vertical-align: top; width: 48%; margin-right: 2%; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
th, td { text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid var(--line); }
th { font-size: 9pt; color: var(--muted); font-weight: 600; } td.n, th.n { text-align: right; white-space: nowrap; }
td.t, td.nw { white-space: nowrap; } td.t { font-variant-numeric: tabular-nums; } td.barcell { width: 40%; }
.bar { display: block; height: 10px; background: var(--bar); }
.bar.banned { background: var(--banned); } .bar.cleared { background: var(--cleared); }
.bar.reinstated { background: var(--reinstated); }
.o-banned { color: var(--banned); font-weight: 600; } .o-cleared { color: var(--cleared); font-weight: 600; }
.o-reinstated { color: var(--reinstated); font-weight: 600; } .disputed { color: #8a5a00; font-weight: 600; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; } code { font-size: 8pt; overflow-wrap: anywhere; }
table.decisions { font-size: 8.5pt; } table.decisions td.text { min-width: 16em; }
.legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; }
svg.weeks { width: 100%; height: 170px; display: block; }
article.statement { border: 1px solid var(--line); border-radius: 4px; padding: 12px 14px; margin: 12px 0; }
ol.history { margin: 0; padding-left: 20px; font-size: 9pt; }
footer { margin-top: 32px; color: var(--muted); font-size: 8.5pt; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9pt; }
  h2 { break-after: avoid; } section.rows, section.reasons { break-before: page; }
  thead { display: table-header-group; } tr, article.statement, .figure, .part { break-inside: avoid; }
}
)";

void text(QByteArray &out, const QString &s)
{
    out += s.toHtmlEscaped().toUtf8();
}

// Outside text that shares a line or a cell with other text sits in an isolate of its own, so
// that a direction override in it (U+202E and the like) cannot reorder the text beside it. A
// <bdi> element isolates it whatever it holds; isolate characters could be closed early by a
// stray U+2069 in the text itself.
// A fixed text of the report between markup, in the words given.
void tagged(QByteArray &out, const char *open, const QString &words, const char *close)
{
    out += open;
    text(out, words);
    out += close;
}

void isolated(QByteArray &out, const QString &s, const char *open = "<bdi>")
{
    out += open;
    text(out, s);
    out += "</bdi>";
}

// The class for an outcome is picked from a fixed list, never copied from the data.
const char *outcomeClass(const QString &outcome)
{
    if (outcome == u"banned")
        return "o-banned";
    if (outcome == u"cleared")
        return "o-cleared";
    if (outcome == u"reinstated")
        return "o-reinstated";
    return "o-other";
}

const char *barClass(const QString &outcome)
{
    return outcomeClass(outcome) + 2; // the same name without "o-"
}

void percentWidth(QByteArray &out, qint64 part, qint64 whole)
{
    const double percent = whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
    out += QByteArray::number(percent, 'f', 1);
    out += '%';
}

void figure(QByteArray &out, const QString &value, const QString &label)
{
    out += "<div class=\"figure\"><div class=\"value\">";
    text(out, value);
    out += "</div><div class=\"label\">";
    text(out, label);
    out += "</div></div>\n";
}

// A table's keys are names from outside (policy codes, reviewers), shown as they are, or the
// report's own words (outcomes, states, age buckets), shown as ReportWords words them.
enum class Keys { Names, Words, Outcomes };

void barTable(QByteArray &out, const ReportWords &w, const QString &title, const QString &heading,
              const QList<ReportCount> &counts, Keys keys)
{
    qint64 most = 0;
    for (const ReportCount &c : counts)
        most = std::max(most, c.count);
    out += "<div class=\"part\"><h3>";
    text(out, title);
    out += "</h3><table><thead><tr><th>";
    text(out, heading);
    tagged(out, "</th><th class=\"n\">", w.text("Count"), "</th><th></th></tr></thead><tbody>\n");
    for (const ReportCount &c : counts) {
        out += "<tr><td>";
        text(out, keys == Keys::Names ? c.key : w.word(c.key));
        out += "</td><td class=\"n\">";
        Out::appendNumber(out, c.count);
        out += "</td><td class=\"barcell\">";
        if (c.count > 0) {
            out += "<span class=\"bar ";
            out += keys == Keys::Outcomes ? barClass(c.key) : "";
            out += "\" style=\"width:";
            percentWidth(out, c.count, most);
            out += "\"></span>";
        }
        out += "</td></tr>\n";
    }
    out += "</tbody></table></div>\n";
}

void policyOutcomeTable(QByteArray &out, const ReportWords &w, const QList<PolicyOutcomeCount> &rows)
{
    tagged(out, "<div class=\"part\"><h3>", w.text("Policy by outcome"), "</h3><table><thead><tr><th>");
    text(out, w.text("Policy"));
    for (const char *outcome : {"banned", "cleared", "reinstated"}) {
        out += "</th><th class=\"n\">";
        text(out, w.word(QString::fromLatin1(outcome)));
    }
    out += "</th></tr></thead><tbody>\n";
    for (const PolicyOutcomeCount &p : rows) {
        out += "<tr><td>";
        text(out, p.policy);
        for (const qint64 n : {p.banned, p.cleared, p.reinstated}) {
            out += "</td><td class=\"n\">";
            Out::appendNumber(out, n);
        }
        out += "</td></tr>\n";
    }
    out += "</tbody></table></div>\n";
}

// Stacked columns, one a week, drawn from the counts alone.
void weekChart(QByteArray &out, const ReportWords &w, const QList<WeekCount> &weeks)
{
    tagged(out, "<h3>", w.text("Decisions per week"), "</h3>\n");
    if (weeks.isEmpty()) {
        tagged(out, "<p class=\"sub\">", w.text("No decisions in this period."), "</p>\n");
        return;
    }
    qint64 most = 1;
    for (const WeekCount &week : weeks)
        most = std::max(most, week.banned + week.cleared + week.reinstated);
    const qint64 width = 1000;
    const qint64 height = 150;
    const double step = double(width) / double(weeks.size());
    out += "<svg class=\"weeks\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1000 170\" "
           "preserveAspectRatio=\"none\" role=\"img\" aria-label=\"";
    text(out, w.text("Decisions per week"));
    out += "\">\n";
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const WeekCount &week = weeks[i];
        double bottom = double(height);
        const std::pair<qint64, const char *> parts[] = {
            {week.banned, "#b3261e"}, {week.cleared, "#4f7a28"}, {week.reinstated, "#1f5fa8"}};
        for (const auto &[n, colour] : parts) {
            if (n == 0)
                continue;
            const double h = double(height) * double(n) / double(most);
            bottom -= h;
            out += "<rect x=\"" + QByteArray::number(double(i) * step, 'f', 2) + "\" y=\"" +
                   QByteArray::number(bottom, 'f', 2) + "\" width=\"" +
                   QByteArray::number(std::max(step * 0.8, 0.5), 'f', 2) + "\" height=\"" +
                   QByteArray::number(h, 'f', 2) + "\" fill=\"" + colour + "\"/>\n";
        }
    }
    out += "<line x1=\"0\" y1=\"150\" x2=\"1000\" y2=\"150\" stroke=\"#5c6670\" stroke-width=\"1\"/>\n";
    out += "<text x=\"0\" y=\"166\" font-size=\"12\" fill=\"#5c6670\">" +
           weeks.first().week.toString(Qt::ISODate).toLatin1() + "</text>\n";
    out += "<text x=\"1000\" y=\"166\" font-size=\"12\" fill=\"#5c6670\" text-anchor=\"end\">" +
           weeks.last().week.toString(Qt::ISODate).toLatin1() + "</text>\n";
    out += "</svg>\n<p class=\"legend sub\">";
    text(out, w.text("Weeks start on Monday; tallest week: %1 decisions.").arg(most));
    const std::pair<const char *, const char *> legend[] = {
        {"#b3261e", "banned"}, {"#4f7a28", "cleared"}, {"#1f5fa8", "reinstated"}};
    for (const auto &[colour, outcome] : legend) {
        out += "<span style=\"background:";
        out += colour;
        out += "\"></span>";
        text(out, w.word(QString::fromLatin1(outcome)));
    }
    out += "</p>\n";
}

void head(QByteArray &out, const ReportWords &w, const ReportSummary &s)
{
    out += "<!DOCTYPE html>\n<html lang=\"";
    text(out, w.language());
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"AdReview\">\n<title>";
    text(out, w.text("Decision report: "));
    // A title holds no elements: the names the filter was given are isolated by characters there.
    const auto escaped = [&w](const QString &t) { return w.text(t.toUtf8().constData()).toHtmlEscaped(); };
    out += s.filter.describe(escaped, [](const QString &name) { return u'\u2068' + name.toHtmlEscaped() + u'\u2069'; })
               .toUtf8();
    out += "</title>\n<style>";
    out += styleSheet;
    tagged(out, "</style>\n</head>\n<body>\n<header>\n<h1>", w.text("Decision report"), "</h1>\n<p class=\"filter\">");
    out +=
        s.filter.describe(escaped, [](const QString &name) { return u"<bdi>"_s + name.toHtmlEscaped() + u"</bdi>"_s; })
            .toUtf8();
    tagged(out, "</p>\n<table class=\"meta\"><tr><th>", w.text("Generated"), "</th><td>");
    Out::appendTime(out, s.generatedAt, Out::TimeStyle::Readable);
    tagged(out, " UTC</td></tr><tr><th>", w.text("Database"), "</th><td>");
    text(out, s.database);
    out += "</td></tr></table>\n</header>\n";
}

void summarySection(QByteArray &out, const ReportWords &w, const ReportSummary &s)
{
    const auto number = [](qint64 n) { return QString::number(n); };
    const auto tag = [&out, &w](const char *open, const char *english, const char *close) {
        tagged(out, open, w.text(english), close);
    };
    tag("<section class=\"summary\">\n<h2>", "Summary", "</h2>\n<div class=\"figures\">\n");
    figure(out, number(s.decisions), w.text("decisions"));
    figure(out, number(s.bans), w.text("bans"));
    figure(out, number(s.reinstatements), w.text("reinstatements"));
    figure(out, s.reinstatementRate < 0 ? u"\u2013"_s : w.percent(s.reinstatementRate),
           w.text("reinstatements per ban"));
    figure(out, w.duration(s.medianMs), w.text("median time from flag to decision"));
    figure(out, w.duration(s.p90Ms), w.text("90th percentile time from flag to decision"));
    figure(out, number(s.slaBreaches), w.text("decisions after the case's due time"));
    figure(out, number(s.backlog), w.text("open cases now (policy and country filters only)"));
    figure(out, number(s.appealsFiled),
           w.text("appeals filed (%1 more than six months after the ban)").arg(s.appealsFiledLate));
    figure(out, s.appealReversalRate < 0 ? u"\u2013"_s : w.percent(s.appealReversalRate),
           w.text("appeals reversed (%1 of %2 decided)").arg(s.appealsReversed).arg(s.appealsDecided));
    figure(out, w.duration(s.appealMedianMs), w.text("median time from appeal to decision"));
    out += "</div>\n<div class=\"parts\">\n";
    barTable(out, w, w.text("By outcome"), w.text("Outcome"), s.byOutcome, Keys::Outcomes);
    barTable(out, w, w.text("By policy"), w.text("Policy"), s.byPolicy, Keys::Names);
    policyOutcomeTable(out, w, s.byPolicyOutcome);
    barTable(out, w, w.text("By reviewer"), w.text("Reviewer"), s.byReviewer, Keys::Names);
    barTable(out, w, w.text("Open cases by state"), w.text("State"), s.backlogByState, Keys::Words);
    barTable(out, w, w.text("Open cases by age"), w.text("Age"), s.backlogByAge, Keys::Words);
    out += "</div>\n";
    weekChart(out, w, s.perWeek);
    tag("</section>\n<section class=\"rows\">\n<h2>", "Decisions", "</h2>\n");
    if (s.decisions == 0)
        tag("<p class=\"sub\">", "No decisions match this filter.", "</p>\n");
    out += "<table class=\"decisions\"><thead><tr>";
    const char *const columns[] = {"Time (UTC)", "Case",      "Advertiser",     "Decision", "Policy",
                                   "Reviewer",   "Rationale", "Cited evidence", "Opened",   "Due"};
    for (const char *column : columns)
        tag("<th>", column, "</th>");
    tag("<th class=\"n\">", "Hours", "</th>");
    tag("<th>", "SLA", "</th>");
    out += "</tr></thead><tbody>\n";
}

void evidenceCell(QByteArray &out, const ReportWords &w, const QList<CitedEvidence> &evidence)
{
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const CitedEvidence &e = evidence[i];
        if (i > 0)
            out += "<br>";
        out += "<strong>";
        text(out, e.ref);
        out += "</strong>";
        const char *separator = " ";
        const QString kind = w.word(e.kind);
        for (const QString *detail : {&kind, &e.title, &e.source, &e.reference, &e.date}) {
            if (detail->isEmpty())
                continue;
            out += separator;
            separator = " \xC2\xB7 ";
            isolated(out, *detail);
        }
        out += " <code>";
        text(out, e.hash);
        out += "</code>";
    }
}

void decisionRow(QByteArray &out, const ReportWords &w, const DecisionRow &r)
{
    out += "<tr><td class=\"t\">";
    Out::appendTime(out, r.at, Out::TimeStyle::Readable);
    out += "</td><td class=\"nw\">";
    text(out, r.caseRef);
    out += "</td><td>";
    isolated(out, r.advertiser);
    out += "<br><span class=\"sub\">";
    text(out, r.advertiserRef);
    out += " \xC2\xB7 ";
    isolated(out, r.country);
    out += "</span></td><td><span class=\"";
    out += outcomeClass(r.outcome);
    tagged(out, "\">", w.word(r.outcome), "</span><br><span class=\"sub\">");
    text(out, w.word(r.action));
    out += "</span></td><td class=\"nw\">";
    text(out, r.policy);
    out += "</td><td>";
    isolated(out, r.reviewer);
    out += "<br><span class=\"sub\">";
    isolated(out, r.device);
    out += "</span></td><td class=\"text\">";
    text(out, r.rationale);
    out += "</td><td>";
    evidenceCell(out, w, r.evidence);
    out += "</td><td class=\"t\">";
    Out::appendTime(out, r.opened, Out::TimeStyle::Readable);
    out += "</td><td class=\"t\">";
    Out::appendTime(out, r.due, Out::TimeStyle::Readable);
    out += "</td><td class=\"n\">";
    if (const auto ms = r.msToDecision())
        Out::appendHours(out, *ms);
    out += "</td><td>";
    text(out, r.slaBreached() ? w.text("late") : w.text("on time"));
    out += "</td></tr>\n";
}

// A settled decision: its outcome, policy, rationale and the evidence it cites.
void decision(QByteArray &out, const ReportWords &w, const StatementOfReasons &s)
{
    out += "<p><span class=\"";
    out += outcomeClass(s.outcome);
    out += "\">";
    text(out, s.outcome == u"banned" ? w.text("Banned") : w.text("Reinstated"));
    out += "</span> ";
    text(out, w.text("under"));
    out += ' ';
    isolated(out, s.policy); // a bundle's policy codes are not held to the import's form
    out += " \xE2\x80\x94 ";
    isolated(out, s.policyTitle);
    tagged(out, "</p>\n<table class=\"meta\"><tr><th>", w.text("Case"), "</th><td>");
    text(out, s.caseRef);
    tagged(out, "</td></tr><tr><th>", w.text("Decided"), "</th><td>");
    Out::appendTime(out, s.at, Out::TimeStyle::Readable);
    out += " UTC ";
    text(out, w.text("by"));
    out += ' ';
    isolated(out, s.reviewer);
    tagged(out, "</td></tr></table>\n<h4>", w.text("Rationale"), "</h4>\n<p class=\"text\">");
    text(out, s.rationale);
    tagged(out, "</p>\n<h4>", w.text("Evidence cited"), "</h4>\n");
    if (s.evidence.isEmpty()) {
        tagged(out, "<p class=\"sub\">", w.text("No evidence cited."), "</p>\n");
    } else {
        out += "<table><thead><tr>";
        for (const char *column : {"Ref", "Kind", "Title", "Source", "Reference", "Date"}) {
            tagged(out, "<th>", w.text(column), "</th>");
        }
        out += "<th>SHA-256</th></tr></thead><tbody>\n";
        for (const CitedEvidence &e : s.evidence) {
            out += "<tr>";
            const QString kind = w.word(e.kind);
            for (const QString *field : {&e.ref, &kind, &e.title, &e.source, &e.reference, &e.date}) {
                out += field == &e.ref || field == &e.date ? "<td class=\"nw\">" : "<td>";
                text(out, *field);
                out += "</td>";
            }
            out += "<td><code>";
            text(out, e.hash);
            out += "</code></td></tr>\n";
        }
        out += "</tbody></table>\n";
    }
}

// The statement of reasons under the DSA, by the points of Art. 17(3): what was restricted, where
// and until when, the facts, how the case came and whether machines found or decided it, the
// ground with its explanation, and what the advertiser can do about it.
void dsaStatement(QByteArray &out, const ReportWords &w, const StatementOfReasons &s)
{
    tagged(out, "<h4>", w.text("Statement of reasons under the Digital Services Act (Art. 17)"), "</h4>\n");
    const auto decision = dsa::Decision::fromText(s.statement);
    if (s.statement.isEmpty() || !decision) {
        tagged(out, "<p class=\"sub\">",
               w.text("No statement of reasons under the DSA was recorded with this decision."), "</p>\n");
    } else {
        const dsa::Decision::Printed p = decision->printed(s.caseSource);
        out += "<table class=\"meta\">";
        const auto row = [&out, &w](const char *label, const QString &value) {
            if (value.trimmed().isEmpty())
                return;
            tagged(out, "<tr><th>", w.text(label), "</th><td class=\"text\">");
            text(out, value);
            out += "</td></tr>";
        };
        row("Restrictions", p.restrictions);
        row("Where", p.scope);
        row("Facts", p.facts);
        row("Source", p.source);
        row("Automation", p.automation);
        row("Ground", p.ground);
        row("Explanation", p.explanation);
        row("Category", p.category);
        row("Content", p.content);
        row("Review by", p.reviewBy);
        out += "</table>\n";
    }
    tagged(out, "<h4>", w.text("Redress"), "</h4>\n<p class=\"text\">");
    text(out, s.redress);
    out += "</p>\n";
}

// A case in conflict: no statement, the decisions made apart instead.
void disputedSides(QByteArray &out, const ReportWords &w, const StatementOfReasons &s)
{
    tagged(out, "<p><span class=\"disputed\">", w.text("Disputed"), "</span> \xE2\x80\x94 ");
    text(out, w.text("decided apart with different outcomes; no statement of reasons is issued until a lead "
                     "resolves the conflict."));
    tagged(out, "</p>\n<table class=\"meta\"><tr><th>", w.text("Case"), "</th><td>");
    text(out, s.caseRef);
    tagged(out, "</td></tr></table>\n<h4>", w.text("Decisions in conflict"), "</h4>\n<table><thead><tr>");
    for (const char *column : {"Decided (UTC)", "Outcome", "Reviewer", "Device", "Policy", "Rationale"}) {
        tagged(out, "<th>", w.text(column), "</th>");
    }
    out += "</tr></thead><tbody>\n";
    for (const StatementOfReasons::Side &side : s.disputedBy) {
        out += "<tr><td class=\"nw\">";
        Out::appendTime(out, side.at, Out::TimeStyle::Readable);
        out += "</td><td><span class=\"";
        out += outcomeClass(side.outcome);
        tagged(out, "\">", w.word(side.outcome), "</span></td>");
        for (const QString *field : {&side.reviewer, &side.device, &side.policy, &side.rationale}) {
            out += field == &side.rationale ? "<td class=\"text\">" : "<td>";
            text(out, *field);
            out += "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody></table>\n";
}

void statement(QByteArray &out, const ReportWords &w, const StatementOfReasons &s)
{
    out += "<article class=\"statement\">\n<h3>";
    isolated(out, s.advertiser);
    out += " <span class=\"sub\">";
    text(out, s.advertiserRef);
    out += " \xC2\xB7 ";
    isolated(out, s.country);
    out += "</span></h3>\n";
    if (s.disputed()) {
        disputedSides(out, w, s);
    } else {
        decision(out, w, s);
        dsaStatement(out, w, s);
    }
    tagged(out, "<h4>", w.text("History of the case"), "</h4>\n<ol class=\"history\">\n");
    for (const StatementOfReasons::Step &step : s.history) {
        out += "<li><span class=\"sub\">";
        Out::appendTime(out, step.at, Out::TimeStyle::Readable);
        tagged(out, "</span> <strong>", w.word(step.action), "</strong> ");
        text(out, w.text("by"));
        out += ' ';
        isolated(out, step.reviewer);
        if (!step.policy.isEmpty()) {
            out += " (";
            isolated(out, step.policy);
            out += ')';
        }
        if (!step.rationale.isEmpty()) {
            out += ": ";
            isolated(out, step.rationale, "<bdi class=\"text\">");
        }
        out += "</li>\n";
    }
    out += "</ol>\n</article>\n";
}

} // namespace

Status writeHtmlReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                       const ReportProgress &progress)
{
    return writeHtmlReport(engine, filter, path, progress, ReportWords::english());
}

Status writeHtmlReport(ReportEngine &engine, const ReportFilter &filter, const QString &path,
                       const ReportProgress &progress, const ReportWords &w)
{
    ReportOutput::Layout layout;
    layout.head = [&](QByteArray &out) -> Status {
        auto summary = engine.summary(filter);
        if (!summary)
            return summary.error();
        head(out, w, *summary);
        summarySection(out, w, *summary);
        return {};
    };
    layout.row = [&w](QByteArray &out, const DecisionRow &row) { decisionRow(out, w, row); };
    layout.tail = [&](QByteArray &out, const std::function<bool()> &flush) -> Status {
        out += "</tbody></table>\n</section>\n";
        auto reasons = engine.statements(filter);
        if (!reasons)
            return reasons.error();
        tagged(out, "<section class=\"reasons\">\n<h2>", w.text("Statements of reasons"), "</h2>\n<p class=\"sub\">");
        text(out, w.text("For each advertiser banned or reinstated in the period: the latest such decision, its "
                         "evidence and the case's whole history. A case whose decisions are in conflict is shown as "
                         "disputed, with both sides, and gets no statement until a lead resolves it."));
        out += "</p>\n";
        if (reasons->isEmpty()) {
            tagged(out, "<p class=\"sub\">", w.text("No advertiser was banned or reinstated in this period."),
                   "</p>\n");
        }
        for (const StatementOfReasons &s : std::as_const(*reasons)) {
            statement(out, w, s);
            if (!flush())
                return Error::rejected(u"writing the statements of reasons failed"_s);
        }
        tagged(out, "</section>\n<footer>",
               w.text("Written by AdReview. Times are UTC. Hours run from the flag to the decision."),
               "</footer>\n</body>\n</html>\n");
        return {};
    };
    return ReportOutput::write(engine, filter, path, progress, layout);
}

} // namespace adreview
