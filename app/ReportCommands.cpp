#include "ReportCommands.h"

#include "CommandContext.h"
#include "domain/Vocabulary.h"
#include "reports/DsaExport.h"
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

void listLeftOut(QTextStream &out, const QString &label, const QList<DsaLeftOut> &list)
{
    for (const DsaLeftOut &d : list) {
        out << label << ": " << d.caseRef << " (" << d.advertiser << "), ban of "
            << d.at.toString(u"yyyy-MM-dd HH:mm"_s) << " UTC, event " << d.eventId << ": " << d.why << "\n";
    }
}

// report --format dsa: the period's statements of reasons for the Transparency Database.
int exportStatements(CommandContext &ctx, ReportEngine &engine, const ReportFilter &filter, const QString &folder)
{
    const QCommandLineParser &p = ctx.parser();
    DsaExportOptions options;
    options.skipIncomplete = p.isSet(u"skip-incomplete"_s);
    options.includeExported = p.isSet(u"include-exported"_s);
    auto result = DsaExport(engine.database(), engine.clock()).write(filter, folder, options);
    if (!result)
        return ctx.fail(result.error());
    QTextStream &err = ctx.err();
    listLeftOut(err, u"disputed"_s, result->disputed);
    listLeftOut(err, u"not submittable"_s, result->notSubmittable);
    listLeftOut(err, u"incomplete"_s, result->incomplete);
    if (result->refused) {
        return ctx.fail(Error::rejected(
            u"bans without what a statement of reasons needs: %1 (listed above); nothing was written. "
            "Record a decision with a complete statement, or add --skip-incomplete to write the others"_s.arg(
                result->incomplete.size())));
    }
    QTextStream &out = ctx.out();
    if (result->written > 0) {
        out << "wrote " << result->written << (result->written == 1 ? " statement" : " statements") << " in "
            << result->files.size() << (result->files.size() == 1 ? " file" : " files") << " to " << result->folder
            << "\n";
    } else {
        out << "no statement to write; " << folder << " was not created\n";
    }
    if (!result->incomplete.isEmpty())
        out << "left out " << result->incomplete.size() << " incomplete\n";
    if (!result->notSubmittable.isEmpty())
        out << "left out " << result->notSubmittable.size() << " decided before "
            << DsaExport::firstDay().toString(Qt::ISODate) << "\n";
    if (!result->disputed.isEmpty())
        out << "left out " << result->disputed.size() << " disputed\n";
    if (result->alreadyExported > 0)
        out << "left out " << result->alreadyExported << " written by an earlier export (the last on "
            << result->lastExported.toString(u"yyyy-MM-dd HH:mm"_s) << " UTC); --include-exported writes them again\n";
    return ctx.done();
}

} // namespace

int runReport(const QStringList &arguments)
{
    CommandContext ctx(u"report"_s, u"Write a decision report: a summary, one row per decision and, in PDF and "
                                    "HTML, a statement of reasons per banned or reinstated advertiser."_s);
    QCommandLineParser &p = ctx.parser();
    p.addOption({u"format"_s,
                 u"%1 (default: from the output file's extension), or dsa: the statements of reasons of the "
                 "period's bans for the EU's DSA Transparency Database, as files of at most 100 in a folder."_s.arg(
                     reportFormatNames()),
                 u"format"_s});
    p.addOption({{u"o"_s, u"output"_s},
                 u"The file to write; replaced only once complete. For dsa: a new or empty folder."_s,
                 u"file"_s});
    p.addOption({u"from"_s, u"First day of decisions (YYYY-MM-DD, UTC)."_s, u"date"_s});
    p.addOption({u"to"_s, u"Last day of decisions (YYYY-MM-DD, UTC), inclusive."_s, u"date"_s});
    p.addOption({u"policy"_s, u"Only decisions under this policy code (repeat or use commas)."_s, u"code"_s});
    p.addOption({u"decided-by"_s, u"Only decisions by this reviewer (repeat or use commas)."_s, u"name"_s});
    p.addOption({u"outcome"_s, u"banned, cleared or reinstated (repeat or use commas)."_s, u"outcome"_s});
    p.addOption({u"country"_s, u"Only advertisers of this ISO 3166 country code (repeat or use commas)."_s, u"code"_s});
    p.addOption({u"summary-only"_s, u"PDF: the summary and charts without the decision rows."_s});
    p.addOption({u"skip-incomplete"_s, u"dsa: write the complete statements and count the incomplete ones, "
                                       "instead of writing nothing."_s});
    p.addOption({u"include-exported"_s, u"dsa: write again the statements an earlier export wrote."_s});
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
    const bool dsa = formatName == u"dsa";
    if (!dsa && (p.isSet(u"skip-incomplete"_s) || p.isSet(u"include-exported"_s)))
        return ctx.usage(u"--skip-incomplete and --include-exported go with --format dsa"_s);
    const std::optional<ReportFormat> format = reportFormatFromName(formatName);
    if (!format && !dsa) {
        return ctx.usage(
            p.isSet(u"format"_s)
                ? u"unknown format '%1'; use %2 or dsa"_s.arg(p.value(u"format"_s), reportFormatNames())
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
    if (dsa)
        return exportStatements(ctx, engine, filter, output);
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
