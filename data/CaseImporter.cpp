#include "CaseImporter.h"

#include "ImportWriter.h"
#include "JsonImportParser.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview {

Result<ImportReport> CaseImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::rejected(u"%1: no such file"_s.arg(path));
    if (info.suffix().compare(u"json"_s, Qt::CaseInsensitive) != 0)
        return Error::rejected(u"%1: unsupported file type; expected a .json case file"_s.arg(path));
    if (info.size() > JsonImportParser::maxFileSize)
        return Error::rejected(u"%1: the file is too large (%2 MB)"_s.arg(path).arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::rejected(u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::rejected(u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    return importJson(bytes, path);
}

Result<ImportReport> CaseImporter::importJson(const QByteArray &bytes, const QString &fileName)
{
    JsonImportParser parser;
    auto plan = parser.parse(bytes, fileName);
    if (!plan)
        return plan.error();
    ImportWriter writer(m_db, m_review);
    return writer.write(*plan, fileName);
}

} // namespace adreview
