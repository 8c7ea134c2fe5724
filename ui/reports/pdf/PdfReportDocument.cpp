#include "reports/pdf/PdfReportDocument.h"

#include "domain/DsaDecision.h"
#include "reports/ReportCharts.h"
#include "reports/ReportOutput.h"
#include "reports/ReportText.h"
#include "reports/pdf/PdfCanvas.h"
#include "widgets/DisplayText.h"
#include "widgets/VocabularyText.h"

#include <QLocale>

#include <array>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

const double gap = PdfCanvas::mm(6);
const double bodyPoints = 8.5;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 1) + u" %"_s : u"—"_s;
}

// A small titled table, for the summary's side-by-side blocks.
struct Block {
    QString title;
    QList<PdfTable::Column> columns;
    QList<QStringList> rows;
};

QList<QStringList> countRows(const QList<ReportCount> &counts, qint64 whole, bool withShare,
                             const std::function<QString(const QString &)> &name = {})
{
    QList<QStringList> rows;
    qint64 total = 0;
    for (const ReportCount &c : counts) {
        QStringList row{PdfCanvas::oneLine(name ? name(c.key) : c.key), number(c.count)};
        if (withShare)
            row << share(c.count, whole);
        rows << row;
        total += c.count;
    }
    QStringList sum{PdfReportDocument::tr("Total"), number(total)};
    if (withShare)
        sum << share(total, whole);
    rows << sum;
    return rows;
}

} // namespace

PdfReportDocument::PdfReportDocument(const ReportSummary &summary, const PdfCharts &charts, bool summaryOnly)
    : m_summary(summary), m_charts(charts), m_summaryOnly(summaryOnly)
{}

QString PdfReportDocument::duration(qint64 ms)
{
    return ReportOutput::durationText(ms, tr("%1 h"), tr("%1 d"), QLocale());
}

PdfTable PdfReportDocument::decisionTable(double x) const
{
    return PdfTable({{tr("Time (UTC)"), 10},
                     {tr("Case"), 10.5},
                     {tr("Advertiser"), 12},
                     {tr("Action"), 7},
                     {tr("Policy"), 10.5},
                     {tr("Reviewer"), 9},
                     {tr("Rationale"), 29.5},
                     {tr("Evidence"), 11.5}},
                    x, PdfCanvas::contentWidth(QPageLayout::Landscape));
}

void PdfReportDocument::addDecision(const PdfCanvas &canvas, const DecisionRow &row)
{
    QStringList refs;
    for (const CitedEvidence &e : row.evidence)
        refs << PdfCanvas::oneLine(e.ref);
    Row r;
    r.cells = {DisplayText::utc(row.at),
               PdfCanvas::oneLine(row.caseRef),
               PdfCanvas::oneLine(row.advertiser),
               PdfCanvas::oneLine(VocabularyText::action(row.action)),
               PdfCanvas::oneLine(row.policy),
               PdfCanvas::oneLine(row.reviewer),
               PdfCanvas::paragraphText(row.rationale),
               refs.join(u", "_s)};
    PdfTable table = decisionTable(canvas.left());
    table.setMaxLines(maxRowLines);
    r.height = table.rowHeight(canvas, r.cells);
    m_rows.push_back(std::move(r));
}

bool PdfReportDocument::layout(PdfCanvas &c, const std::function<bool(qint64 rows)> &rowDone)
{
    c.setRunningText(tr("Decision report · %1").arg(ReportText::describe(m_summary.filter)),
                     tr("AdReview · generated %1 UTC").arg(DisplayText::utc(m_summary.generatedAt)));
    // Page one is the overview: figures, outcomes, backlog and the charts, all of a known size.
    title(c);
    keyFigures(c);
    tables(c, true);
    charts(c);
    tables(c, false);
    if (!m_summaryOnly) {
        if (!decisions(c, rowDone))
            return false;
        statements(c);
    }
    c.finish();
    return true;
}

void PdfReportDocument::heading(PdfCanvas &c, const QString &text) const
{
    const PdfFont &f = c.font(12.5, true);
    c.ensure(f.lineHeight * 3); // keeps a heading with what follows it
    c.advance(c.text(text, f, c.left(), c.y(), c.width(), PdfCanvas::accent));
    c.line(c.left(), c.y() + PdfCanvas::mm(0.8), c.left() + c.width(), c.y() + PdfCanvas::mm(0.8), PdfCanvas::rule);
    c.advance(PdfCanvas::mm(3));
}

void PdfReportDocument::title(PdfCanvas &c) const
{
    const double x = c.left();
    const double w = c.width();
    c.advance(c.text(tr("Decision report"), c.font(22, true), x, c.y(), w, PdfCanvas::accent));
    c.advance(PdfCanvas::mm(1.5));
    c.advance(
        c.text(PdfCanvas::oneLine(ReportText::describe(m_summary.filter)), c.font(10.5), x, c.y(), w, PdfCanvas::ink));
    c.advance(PdfCanvas::mm(1));
    const QString generated = tr("Generated %1 UTC from %2")
                                  .arg(DisplayText::utc(m_summary.generatedAt), PdfCanvas::oneLine(m_summary.database));
    c.advance(c.text(generated, c.font(8), x, c.y(), w, PdfCanvas::muted));
    c.advance(PdfCanvas::mm(6));
}

void PdfReportDocument::keyFigures(PdfCanvas &c) const
{
    const ReportSummary &s = m_summary;
    const QString rate =
        s.reinstatementRate < 0 ? u"—"_s : QLocale().toString(s.reinstatementRate * 100, 'f', 1) + u" %"_s;
    const QList<std::array<QString, 3>> tiles{
        {tr("Decisions"), number(s.decisions), tr("ban, clear and reinstate")},
        {tr("Median time to decision"), duration(s.medianMs), tr("from flag to decision")},
        {tr("90th percentile"), duration(s.p90Ms), tr("9 in 10 decided within")},
        {tr("SLA breaches"), number(s.slaBreaches), tr("%1 of decisions").arg(share(s.slaBreaches, s.decisions))},
        {tr("Reinstatement rate"), rate,
         tr("%1 reinstated of %2 banned").arg(number(s.reinstatements), number(s.bans))},
    };
    const double tileGap = PdfCanvas::mm(3);
    const double pad = PdfCanvas::mm(2.5);
    const double w = (c.width() - tileGap * double(tiles.size() - 1)) / double(tiles.size());
    const PdfFont &caption = c.font(7.5, true);
    // The values at one size, the largest up to 16 pt at which the widest fits its tile (a
    // four-digit day count in German or Russian would otherwise be cut).
    double valuePoints = 16;
    const auto widest = [&](double points) {
        double most = 0;
        for (const auto &t : tiles)
            most = std::max(most, c.font(points, true).width(t[1]));
        return most;
    };
    while (valuePoints > 9 && widest(valuePoints) > w - 2 * pad)
        valuePoints -= 1;
    const PdfFont &value = c.font(valuePoints, true);
    const PdfFont &detail = c.font(7);
    // Captions may take two lines; the values line up across the tiles all the same.
    double captionHeight = 0;
    double detailHeight = 0;
    for (const auto &t : tiles) {
        captionHeight = std::max(captionHeight, c.textHeight(t[0], caption, w - 2 * pad, 2));
        detailHeight = std::max(detailHeight, c.textHeight(t[2], detail, w - 2 * pad, 2));
    }
    const double h = 2 * pad + captionHeight + value.lineHeight + PdfCanvas::mm(0.5) + detailHeight;
    c.ensure(h);
    const double y = c.y();
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        const auto &t = tiles.at(i);
        const double x = c.left() + double(i) * (w + tileGap);
        c.fillRect(QRectF(x, y, w, h), PdfCanvas::shade);
        c.fillRect(QRectF(x, y, PdfCanvas::mm(0.8), h), PdfCanvas::accent);
        c.text(t[0], caption, x + pad, y + pad, w - 2 * pad, PdfCanvas::muted, 2);
        const double valueY = y + pad + captionHeight;
        c.text(t[1], value, x + pad, valueY, w - 2 * pad, PdfCanvas::ink, 1);
        c.text(t[2], detail, x + pad, valueY + value.lineHeight + PdfCanvas::mm(0.5), w - 2 * pad, PdfCanvas::muted, 2);
    }
    c.moveTo(y + h + PdfCanvas::mm(3));
    // Appeals (DSA Art. 20) in one line under the tiles.
    const QString reversed =
        s.appealReversalRate < 0 ? u"—"_s : QLocale().toString(s.appealReversalRate * 100, 'f', 1) + u" %"_s;
    const QString appeals =
        tr("Appeals: %1 filed (%2 more than six months after the ban) · %3 decided, %4 reversed (%5) · median %6 "
           "from appeal to decision")
            .arg(number(s.appealsFiled), number(s.appealsFiledLate), number(s.appealsDecided),
                 number(s.appealsReversed), reversed, duration(s.appealMedianMs));
    c.advance(c.text(appeals, c.font(8.5), c.left(), c.y(), c.width(), PdfCanvas::ink));
    c.advance(PdfCanvas::mm(5));
}

void PdfReportDocument::tables(PdfCanvas &c, bool overview) const
{
    const ReportSummary &s = m_summary;
    using Col = PdfTable::Column;
    const auto numbers = [](const QString &key, bool withShare) {
        QList<Col> cols{{key, 1.6}, {tr("Decisions"), 1.3, Qt::AlignRight}};
        if (withShare)
            cols << Col{tr("Share"), 1.15, Qt::AlignRight};
        return cols;
    };
    const QList<Col> backlogCols{{tr("State"), 2}, {tr("Cases"), 1, Qt::AlignRight}};
    const QList<Col> ageCols{{tr("Age"), 2}, {tr("Cases"), 1, Qt::AlignRight}};
    const auto outcomeName = [](const QString &o) { return ReportCharts::outcomeName(o); };
    QList<QList<Block>> rowsOfBlocks;
    if (overview) {
        rowsOfBlocks << QList<Block>{
            {tr("Decisions by outcome"), numbers(tr("Outcome"), true),
             countRows(s.byOutcome, s.decisions, true, outcomeName)},
            {tr("Backlog now, by state"), backlogCols,
             countRows(s.backlogByState, s.backlog, false, &VocabularyText::state)},
            {tr("Backlog now, by age"), ageCols, countRows(s.backlogByAge, s.backlog, false, &ReportCharts::ageName)}};
    } else {
        rowsOfBlocks << QList<Block>{
            {tr("Decisions by policy"), numbers(tr("Policy"), true), countRows(s.byPolicy, s.decisions, true)},
            {tr("Decisions by reviewer"), numbers(tr("Reviewer"), true), countRows(s.byReviewer, s.decisions, true)}};
    }
    const PdfFont &titleFont = c.font(9.5, true);
    const double titleHeight = titleFont.lineHeight + PdfCanvas::mm(1.2);
    for (const QList<Block> &blocks : rowsOfBlocks) {
        const double n = double(blocks.size());
        const double w = (c.width() - gap * (n - 1)) / n;
        double tallest = 0;
        for (const Block &b : blocks)
            tallest = std::max(tallest, titleHeight + PdfTable(b.columns, 0, w).height(c, b.rows));
        if (tallest > c.room() && tallest <= c.bottom() - c.top())
            c.newPage();
        if (tallest <= c.room()) {
            const double y = c.y();
            for (qsizetype i = 0; i < blocks.size(); ++i) {
                const Block &b = blocks.at(i);
                const double x = c.left() + double(i) * (w + gap);
                c.moveTo(y);
                c.text(b.title, titleFont, x, y, w, PdfCanvas::accent, 1);
                c.advance(titleHeight);
                PdfTable(b.columns, x, w).draw(c, b.rows);
            }
            c.moveTo(y + tallest + PdfCanvas::mm(7));
            continue;
        }
        // Too long to stand side by side (hundreds of reviewers): one after the other, full width.
        for (const Block &b : blocks) {
            c.ensure(titleHeight * 3);
            c.advance(c.text(b.title, titleFont, c.left(), c.y(), c.width(), PdfCanvas::accent, 1));
            c.advance(PdfCanvas::mm(1.2));
            PdfTable(b.columns, c.left(), c.width()).draw(c, b.rows);
            c.advance(PdfCanvas::mm(7));
        }
    }
}

void PdfReportDocument::charts(PdfCanvas &c) const
{
    QList<QImage> images;
    for (const QImage &image : {m_charts.policyOutcome, m_charts.perWeek}) {
        if (!image.isNull())
            images << image;
    }
    if (images.isEmpty()) {
        c.advance(c.text(tr("No decisions to chart in this period."), c.font(bodyPoints), c.left(), c.y(), c.width(),
                         PdfCanvas::muted));
        return;
    }
    const auto heightOf = [&](const QImage &image) {
        return c.width() * double(image.height()) / double(image.width());
    };
    const double space = PdfCanvas::mm(5);
    double together = space * double(images.size() - 1);
    for (const QImage &image : std::as_const(images))
        together += heightOf(image);
    c.ensure(together); // the charts stay on one page together
    for (const QImage &image : std::as_const(images)) {
        const double h = heightOf(image);
        c.ensure(h);
        c.image(QRectF(c.left(), c.y(), c.width(), h), image);
        c.advance(h + space);
    }
}

bool PdfReportDocument::decisions(PdfCanvas &c, const std::function<bool(qint64 rows)> &rowDone)
{
    c.newPage(QPageLayout::Landscape);
    heading(c, tr("Decisions"));
    const QString caption = m_rows.empty() ? tr("No decisions match the filters.")
                                           : tr("%1 decisions, oldest first; times in UTC.").arg(number(rowCount()));
    c.advance(c.text(caption, c.font(bodyPoints), c.left(), c.y(), c.width(), PdfCanvas::muted));
    c.advance(PdfCanvas::mm(2));
    if (m_rows.empty())
        return true;
    PdfTable table = decisionTable(c.left());
    table.setMaxLines(maxRowLines);
    c.ensure(table.headerHeight(c) + m_rows.front().height);
    table.header(c);
    qint64 done = 0;
    for (const Row &r : m_rows) {
        table.row(c, r.cells, r.height);
        if (rowDone && !rowDone(++done))
            return false;
    }
    return true;
}

void PdfReportDocument::statements(PdfCanvas &c) const
{
    if (m_statements.isEmpty())
        return;
    c.newPage(QPageLayout::Portrait);
    heading(c, tr("Statements of reasons"));
    c.paragraph(tr("For each advertiser banned or reinstated in the period: the latest such decision, the policy and "
                   "rationale it rests on, the evidence it cites with the SHA-256 of each item as stored, and the "
                   "case's history. A case whose decisions are in conflict is shown as disputed, with both sides, and "
                   "gets no statement until a lead resolves it."),
                c.font(bodyPoints), c.left(), c.width(), PdfCanvas::muted);
    c.advance(PdfCanvas::mm(4));
    for (const StatementOfReasons &s : m_statements)
        statement(c, s);
}

void PdfReportDocument::keyValue(PdfCanvas &c, const QString &key, const QString &value) const
{
    const PdfFont &keyFont = c.font(bodyPoints, true);
    const PdfFont &valueFont = c.font(bodyPoints);
    const double keyWidth = PdfCanvas::mm(30);
    c.ensure(valueFont.lineHeight);
    c.text(key, keyFont, c.left(), c.y(), keyWidth - PdfCanvas::mm(2), PdfCanvas::muted, 1);
    c.paragraph(value.isEmpty() ? u"—"_s : value, valueFont, c.left() + keyWidth, c.width() - keyWidth, PdfCanvas::ink);
    c.advance(PdfCanvas::mm(1));
}

void PdfReportDocument::decision(PdfCanvas &c, const StatementOfReasons &s) const
{
    const PdfFont &small = c.font(9, true);
    const QString outcome = ReportCharts::outcomeName(s.outcome);
    keyValue(c, tr("Decision"),
             tr("%1 on %2 UTC by %3").arg(outcome, DisplayText::utc(s.at), PdfCanvas::oneLine(s.reviewer)));
    keyValue(c, tr("Policy"),
             s.policyTitle.isEmpty()
                 ? PdfCanvas::oneLine(s.policy)
                 : tr("%1 — %2").arg(PdfCanvas::oneLine(s.policy), PdfCanvas::oneLine(s.policyTitle)));
    keyValue(c, tr("Rationale"), PdfCanvas::paragraphText(s.rationale));
    c.advance(PdfCanvas::mm(1.5));
    c.ensure(small.lineHeight * 3);
    c.advance(c.text(tr("Evidence cited"), small, c.left(), c.y(), c.width(), PdfCanvas::accent, 1));
    c.advance(PdfCanvas::mm(1));
    if (s.evidence.isEmpty())
        keyValue(c, QString(), tr("No evidence cited."));
    for (const CitedEvidence &e : s.evidence) {
        QStringList facts{VocabularyText::kind(e.kind), PdfCanvas::oneLine(e.source)};
        if (!e.reference.isEmpty())
            facts << PdfCanvas::oneLine(e.reference);
        if (!e.date.isEmpty())
            facts << PdfCanvas::oneLine(e.date);
        keyValue(c, PdfCanvas::oneLine(e.ref),
                 facts.join(u" · "_s) + QChar::LineSeparator + PdfCanvas::oneLine(e.title) + QChar::LineSeparator +
                     tr("SHA-256 %1").arg(PdfCanvas::oneLine(e.hash)));
    }
}

void PdfReportDocument::dsaStatement(PdfCanvas &c, const StatementOfReasons &s) const
{
    const PdfFont &small = c.font(9, true);
    c.advance(PdfCanvas::mm(1.5));
    c.ensure(small.lineHeight * 4);
    c.advance(c.text(tr("Statement of reasons under the Digital Services Act (Art. 17)"), small, c.left(), c.y(),
                     c.width(), PdfCanvas::accent, 1));
    c.advance(PdfCanvas::mm(1));
    const auto decision = dsa::Decision::fromText(s.statement);
    if (s.statement.isEmpty() || !decision) {
        keyValue(c, QString(), tr("No statement of reasons under the DSA was recorded with this decision."));
    } else {
        const dsa::Decision::Printed p = decision->printed(s.caseSource);
        const QList<std::pair<QString, QString>> rows{{tr("Restrictions"), p.restrictions},
                                                      {tr("Where"), p.scope},
                                                      {tr("Facts"), p.facts},
                                                      {tr("Source"), p.source},
                                                      {tr("Automation"), p.automation},
                                                      {tr("Ground"), p.ground},
                                                      {tr("Explanation"), p.explanation},
                                                      {tr("Category"), p.category},
                                                      {tr("Content"), p.content},
                                                      {tr("Review by"), p.reviewBy}};
        for (const auto &[label, value] : rows) {
            if (!value.trimmed().isEmpty())
                keyValue(c, label, PdfCanvas::paragraphText(value));
        }
    }
    keyValue(c, tr("Redress"), PdfCanvas::paragraphText(s.redress));
}

void PdfReportDocument::disputedSides(PdfCanvas &c, const StatementOfReasons &s) const
{
    const PdfFont &small = c.font(9, true);
    keyValue(c, tr("Decision"),
             tr("Disputed: decided apart with different outcomes. No statement of reasons is issued until a lead "
                "resolves the conflict."));
    c.advance(PdfCanvas::mm(1.5));
    c.ensure(small.lineHeight * 4);
    c.advance(c.text(tr("Decisions in conflict"), small, c.left(), c.y(), c.width(), PdfCanvas::accent, 1));
    c.advance(PdfCanvas::mm(1));
    QList<QStringList> rows;
    for (const StatementOfReasons::Side &side : s.disputedBy)
        rows << QStringList{DisplayText::utc(side.at),         ReportCharts::outcomeName(side.outcome),
                            PdfCanvas::oneLine(side.reviewer), PdfCanvas::oneLine(side.device),
                            PdfCanvas::oneLine(side.policy),   PdfCanvas::paragraphText(side.rationale)};
    PdfTable sides({{tr("Time (UTC)"), 16},
                    {tr("Outcome"), 11},
                    {tr("Reviewer"), 14},
                    {tr("Device"), 14},
                    {tr("Policy"), 14},
                    {tr("Rationale"), 31}},
                   c.left(), c.width(), 7);
    sides.setMaxLines(maxRowLines);
    sides.draw(c, rows);
}

void PdfReportDocument::statement(PdfCanvas &c, const StatementOfReasons &s) const
{
    const PdfFont &titleFont = c.font(11, true);
    const PdfFont &sub = c.font(7.5);
    const PdfFont &small = c.font(9, true);
    c.ensure(titleFont.lineHeight * 2 + sub.lineHeight * 6);
    const QString outcome = s.disputed() ? tr("disputed") : ReportCharts::outcomeName(s.outcome);
    c.advance(c.text(tr("%1 — %2").arg(PdfCanvas::oneLine(s.advertiser), outcome), titleFont, c.left(), c.y(),
                     c.width(), PdfCanvas::ink));
    const QString ids = tr("Advertiser %1 · country %2 · case %3")
                            .arg(PdfCanvas::oneLine(s.advertiserRef),
                                 DisplayText::orDash(PdfCanvas::oneLine(s.country)), PdfCanvas::oneLine(s.caseRef));
    c.advance(c.text(ids, sub, c.left(), c.y(), c.width(), PdfCanvas::muted));
    c.advance(PdfCanvas::mm(2));
    if (s.disputed()) {
        disputedSides(c, s);
    } else {
        decision(c, s);
        dsaStatement(c, s);
    }
    c.advance(PdfCanvas::mm(1.5));
    c.ensure(small.lineHeight * 4);
    c.advance(c.text(tr("History"), small, c.left(), c.y(), c.width(), PdfCanvas::accent, 1));
    c.advance(PdfCanvas::mm(1));
    QList<QStringList> rows;
    for (const StatementOfReasons::Step &step : s.history) {
        // The deciding event's rationale is printed in full above.
        const bool deciding =
            !s.disputed() && step.at == s.at && step.rationale == s.rationale && !s.rationale.isEmpty();
        rows << QStringList{DisplayText::utc(step.at), PdfCanvas::oneLine(VocabularyText::action(step.action)),
                            PdfCanvas::oneLine(step.reviewer), PdfCanvas::oneLine(step.policy),
                            deciding ? tr("(the rationale above)") : PdfCanvas::paragraphText(step.rationale)};
    }
    PdfTable history(
        {{tr("Time (UTC)"), 16}, {tr("Action"), 12}, {tr("Reviewer"), 14}, {tr("Policy"), 17}, {tr("Note"), 41}},
        c.left(), c.width(), 7);
    history.setMaxLines(maxRowLines);
    history.draw(c, rows);
    c.advance(PdfCanvas::mm(4));
    c.line(c.left(), c.y(), c.left() + c.width(), c.y(), PdfCanvas::accent, 0.3);
    c.advance(PdfCanvas::mm(5));
}

} // namespace adreview
