#include "CaseImporter.h"

#include "CsvImportParser.h"
#include "JsonImportParser.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The JSON parser reads the document in one call: its progress is the start and the end.
Result<ImportPlan> parseJson(const QByteArray &bytes, const QString &fileName, const ImportProgress &progress)
{
    if (progress && !progress(0, bytes.size()))
        return importCancelled(fileName);
    auto plan = JsonImportParser().parse(bytes, fileName);
    if (plan && progress && !progress(bytes.size(), bytes.size()))
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
    if (info.size() > maxSize)
        return Error::rejected(u"%1: the file is too large (%2 MB)"_s.arg(path).arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::rejected(u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::rejected(u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    return run(format, bytes, path, progress, mode);
}

Result<ImportReport> CaseImporter::run(Format format, const QByteArray &bytes, const QString &fileName,
                                       const ImportProgress &progress, ImportWriter::Mode mode)
{
    auto plan = format == Format::Csv ? CsvImportParser().parse(bytes, fileName, progress)
                                      : parseJson(bytes, fileName, progress);
    if (!plan)
        return plan.error();
    ImportWriter writer(m_db, m_review);
    writer.setProgress(progress);
    return writer.write(*plan, fileName, mode);
}

} // namespace adreview
