#include "DatabaseCommands.h"

#include "CommandContext.h"
#include "ProgressLine.h"
#include "demo/DemoDataset.h"
#include "demo/Generator.h"
#include "import/CaseImporter.h"
#include "storage/AuditVerifier.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview::cli {

int runDemo(const QStringList &arguments)
{
    CommandContext ctx(u"demo"_s, u"Create a database holding the demo cases."_s);
    ctx.parser().addOption({u"force"_s, u"Replace the file if it exists."_s});
    if (auto stop = ctx.parse(arguments))
        return *stop;
    if (!ctx.positional().isEmpty())
        return ctx.usage(u"unexpected argument '%1'"_s.arg(ctx.positional().first()));
    if (!ctx.parser().isSet(u"db"_s))
        return ctx.usage(u"demo needs --db PATH"_s);
    const QString path = ctx.parser().value(u"db"_s);
    // --force replaces a file, never a device, FIFO or folder that happens to be at the path.
    if (const QFileInfo info(path); info.exists() && !info.isFile())
        return ctx.fail(
            Error::unusable(u"%1: not a regular file, so not a database; it was left as it is"_s.arg(path)));
    auto report = DemoDataset::create(path, ctx.parser().isSet(u"force"_s));
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << report->summary() << '\n';
    return ctx.done();
}

int runImport(const QStringList &arguments)
{
    CommandContext ctx(u"import"_s, u"Import case files: .json, or .csv with a header row (advertisers, cases, or "
                                    "evidence keyed by case). Each file is imported whole or not at all."_s);
    ctx.addQuietOption();
    if (auto stop = ctx.parse(arguments, u"FILE..."_s))
        return *stop;
    if (ctx.positional().isEmpty())
        return ctx.usage(u"import needs at least one file"_s);
    auto db = ctx.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    SystemClock clock;
    ReviewService review(**db, clock, ctx.identity());
    CaseImporter importer(**db, review);
    const int status = ctx.forEachFile([&](const QString &file) -> Result<QString> {
        ProgressLine line(u"importing %1"_s.arg(QFileInfo(file).fileName()), ctx.quiet());
        // The counts are the file's bytes while it is read, then the records written.
        const qint64 size = QFileInfo(file).size();
        const ImportProgress progress = [&](qint64 done, qint64 total) {
            line.setUnit(total == size ? ProgressLine::Unit::Bytes : ProgressLine::Unit::Records);
            return line.update(done, total);
        };
        auto report = importer.importFile(file, line.enabled() ? progress : ImportProgress());
        line.finish();
        if (!report)
            return report.error();
        return report->summary();
    });
    return ctx.discardIfNothingStored(*db, status);
}

int runVerify(const QStringList &arguments)
{
    CommandContext ctx(u"verify"_s, u"Check the database's integrity and every device's audit chain."_s);
    ctx.addQuietOption();
    if (auto stop = ctx.parse(arguments))
        return *stop;
    auto db = ctx.openDatabase(Database::OpenMode::MustExist);
    if (!db)
        return ctx.fail(db.error());
    AuditVerifier verifier(**db);
    ProgressLine progress(u"verifying %1"_s.arg(QFileInfo((*db)->path()).fileName()), ctx.quiet());
    if (progress.enabled())
        verifier.setProgress(progress.callback());
    auto report = verifier.run();
    progress.finish();
    if (!report)
        return ctx.fail(report.error());
    const auto devices = [&] {
        for (const QString &line : report->devicesSigning)
            ctx.out() << "device " << line << '\n';
        for (const QString &line : report->notes)
            ctx.out() << "note " << line << '\n';
    };
    if (!report->ok()) {
        for (const QString &line : report->problems)
            ctx.out() << "FAIL " << line << '\n';
        devices();
        ctx.out().flush();
        return ctx.fail(Error::rejected(u"%1: verification failed: %2 problem%3 found"_s.arg((*db)->path())
                                            .arg(report->problems.size())
                                            .arg(report->problems.size() == 1 ? QString() : u"s"_s)));
    }
    ctx.out() << "ok: " << (*db)->path() << ": integrity and foreign keys ok, " << report->events << " events in "
              << report->devices << (report->devices == 1 ? " audit chain" : " audit chains") << " intact, "
              << report->cases << " cases match their events, " << report->signedEvents
              << " events signed (one signature checked a device), " << report->unsignedEvents
              << " unsigned from before signing\n";
    devices();
    return ctx.done();
}

int runGenerate(const QStringList &arguments)
{
    CommandContext ctx(u"generate"_s, u"Add synthetic cases, evidence and histories (for load tests)."_s);
    ctx.parser().addOption({u"cases"_s, u"How many cases."_s, u"n"_s});
    ctx.parser().addOption(
        {u"seed"_s, u"Random seed; the same seed gives the same data (default 1)."_s, u"s"_s, u"1"_s});
    ctx.parser().addOption({u"quiet"_s, u"No progress lines."_s});
    if (auto stop = ctx.parse(arguments))
        return *stop;
    bool ok = false;
    const qint64 cases = ctx.parser().value(u"cases"_s).toLongLong(&ok);
    if (!ok || cases < 1 || cases > 100'000'000)
        return ctx.usage(u"generate needs --cases N (1 to 100000000)"_s);
    const quint64 seed = ctx.parser().value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        return ctx.usage(u"--seed must be a whole number"_s);
    auto db = ctx.openDatabase(Database::OpenMode::CreateIfMissing);
    if (!db)
        return ctx.fail(db.error());
    SystemClock clock;
    // Its devices sign with keys made for it in memory, never saved: no one signs more as them.
    ReviewService review(**db, clock, ctx.identity(), std::make_shared<GeneratedSigningKeys>());
    Generator generator(**db, review, seed);
    QElapsedTimer timer;
    timer.start();
    const bool quiet = ctx.parser().isSet(u"quiet"_s);
    auto report = generator.run(cases, [&](qint64 done, qint64 total) {
        if (!quiet && (done % 100000 == 0 || done == total)) {
            ctx.err() << "generated " << done << " of " << total << " cases\n";
            ctx.err().flush();
        }
    });
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << "generated " << report->cases << " cases, " << report->advertisers << " advertisers, "
              << report->evidence << " evidence items and " << report->events << " events in "
              << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    return ctx.done();
}

} // namespace adreview::cli
