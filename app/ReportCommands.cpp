#include "ReportCommands.h"

#include "CommandContext.h"
#include "domain/Vocabulary.h"
#include "reports/Report.h"
#include "reports/ReportWriter.h"
#include "reports/pdf/ReportPdf.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview::cli {

namespace {

// Options that may be repeated or hold a comma-separated list.
QStringList listOption(const QCommandLineParser &p, const QString &name)
{
    QStringList items;
    for (const QString &value : p.values(name)) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
            items << item.trimmed();
    }
    items.removeAll(QString());
    items.removeDuplicates();
    return items;
}

std::optional<QDate> dateOption(const QCommandLineParser &p, const QString &name, QString &problem)
{
    if (!p.isSet(name))
        return QDate();
    const QString text = p.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        problem = u"--%1 '%2' is not a date; write it as YYYY-MM-DD"_s.arg(name, text);
        return std::nullopt;
    }
    return date;
}

} // namespace

int runReport(const QStringList &arguments)
{
    CommandContext ctx(u"report"_s, u"Write a decision report: a summary, one row per decision and, in PDF and "
                                    "HTML, a statement of reasons per banned or reinstated advertiser."_s);
    QCommandLineParser &p = ctx.parser();
    p.addOption(
        {u"format"_s, u"%1 (default: from the output file's extension)."_s.arg(reportFormatNames()), u"format"_s});
    p.addOption({{u"o"_s, u"output"_s}, u"The file to write; replaced only once complete."_s, u"file"_s});
    p.addOption({u"from"_s, u"First day of decisions (YYYY-MM-DD, UTC)."_s, u"date"_s});
    p.addOption({u"to"_s, u"Last day of decisions (YYYY-MM-DD, UTC), inclusive."_s, u"date"_s});
    p.addOption({u"policy"_s, u"Only decisions under this policy code (repeat or use commas)."_s, u"code"_s});
    p.addOption({u"decided-by"_s, u"Only decisions by this reviewer (repeat or use commas)."_s, u"name"_s});
    p.addOption({u"outcome"_s, u"banned, cleared or reinstated (repeat or use commas)."_s, u"outcome"_s});
    p.addOption({u"country"_s, u"Only advertisers of this ISO 3166 country code (repeat or use commas)."_s, u"code"_s});
    p.addOption({u"summary-only"_s, u"PDF: the summary and charts without the decision rows."_s});
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    if (!p.isSet(u"db"_s))
        return ctx.usage(u"report needs --db PATH"_s);
    const QString output = p.value(u"output"_s);
    if (output.isEmpty())
        return ctx.usage(u"report needs -o FILE"_s);
    const QString formatName =
        p.isSet(u"format"_s) ? p.value(u"format"_s).toLower() : QFileInfo(output).suffix().toLower();
    const std::optional<ReportFormat> format = reportFormatFromName(formatName);
    if (!format) {
        return ctx.usage(
            p.isSet(u"format"_s)
                ? u"unknown format '%1'; use %2"_s.arg(p.value(u"format"_s), reportFormatNames())
                : u"cannot tell the format from '%1'; add --format %2"_s.arg(output, reportFormatNames(u"|"_s)));
    }

    ReportFilter filter;
    QString problem;
    const auto from = dateOption(p, u"from"_s, problem);
    const auto to = dateOption(p, u"to"_s, problem);
    if (!from || !to)
        return ctx.usage(problem);
    filter.from = *from;
    filter.to = *to;
    filter.policies = listOption(p, u"policy"_s);
    filter.reviewers = listOption(p, u"decided-by"_s);
    filter.outcomes = listOption(p, u"outcome"_s);
    filter.countries = listOption(p, u"country"_s);
    for (QString &country : filter.countries)
        country = country.toUpper();

    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    SystemClock clock;
    ReportEngine engine(**db, clock);
    if (auto valid = engine.validate(filter); !valid)
        return ctx.fail(valid.error());
    const ReportFormatInfo &info = reportFormatInfo(*format);
    const Status written = info.write ? info.write(engine, filter, output, {})
                                      : exportPdfReport(engine, filter, output, {}, p.isSet(u"summary-only"_s));
    if (!written)
        return ctx.fail(written.error());
    auto decisions = engine.countDecisions(filter);
    ctx.out() << "wrote " << output << " (" << reportFormatName(*format) << ", "
              << (decisions ? QString::number(*decisions) : u"?"_s) << " decisions)\n";
    return ctx.done();
}

} // namespace adreview::cli
