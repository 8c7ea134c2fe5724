#include "import/CaseImporter.h"

#include "files/InputFile.h"
#include "import/CsvImportParser.h"
#include "import/JsonImportParser.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The JSON parser reads a small document in one call: its progress is the start and the end. A
// large one goes to the writer as it is read, and the progress is the writer's.
Result<ImportPlan> parseJson(const QByteArray &bytes, const QString &fileName, const ImportProgress &progress,
                             ImportWriter &writer)
{
    if (progress && !progress(0, bytes.size()))
        return importCancelled(fileName);
    auto plan = JsonImportParser().parse(bytes, fileName, &writer);
    if (plan && !writer.begun() && progress && !progress(bytes.size(), bytes.size()))
        return importCancelled(fileName);
    return plan;
}

} // namespace

Result<ImportReport> CaseImporter::importFile(const QString &path, const ImportProgress &progress)
{
    return run(path, progress, ImportWriter::Mode::Commit);
}

Result<ImportReport> CaseImporter::preview(const QString &path, const ImportProgress &progress)
{
    return run(path, progress, ImportWriter::Mode::DryRun);
}

Result<ImportReport> CaseImporter::importJson(const QByteArray &bytes, const QString &fileName,
                                              const ImportProgress &progress)
{
    return run(Format::Json, bytes, fileName, progress, ImportWriter::Mode::Commit);
}

Result<ImportReport> CaseImporter::importCsv(const QByteArray &bytes, const QString &fileName,
                                             const ImportProgress &progress)
{
    return run(Format::Csv, bytes, fileName, progress, ImportWriter::Mode::Commit);
}

Result<ImportReport> CaseImporter::run(const QString &path, const ImportProgress &progress, ImportWriter::Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::rejected(u"%1: no such file"_s.arg(path));
    const QString suffix = info.suffix().toLower();
    if (suffix != u"json" && suffix != u"csv")
        return Error::rejected(u"%1: unsupported file type; expected a .json or .csv case file"_s.arg(path));
    const Format format = suffix == u"csv" ? Format::Csv : Format::Json;
    const qint64 maxSize = format == Format::Csv ? CsvImportParser::maxFileSize : JsonImportParser::maxFileSize;
    auto bytes = readInputFile(path, maxSize);
    if (!bytes)
        return bytes.error();
    return run(format, *bytes, path, progress, mode);
}

Result<ImportReport> CaseImporter::run(Format format, const QByteArray &bytes, const QString &fileName,
                                       const ImportProgress &progress, ImportWriter::Mode mode)
{
    ImportWriter writer(m_db, m_review);
    writer.setProgress(progress);
    writer.setStableEventIds(m_stableIds);
    writer.setTarget(fileName, mode);
    // A large JSON file's cases are written while the next ones are parsed.
    auto plan = format == Format::Csv ? CsvImportParser().parse(bytes, fileName, progress)
                                      : parseJson(bytes, fileName, progress, writer);
    if (!plan) {
        writer.abandon();
        return plan.error();
    }
    if (writer.begun())
        return writer.finish();
    return writer.write(*plan, fileName, mode);
}

} // namespace adreview
