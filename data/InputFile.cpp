#include "InputFile.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace adreview {

Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::rejected(u"%1: no such file"_s.arg(path));
    if (info.size() > maxBytes)
        return Error::rejected(
            u"%1: the file is too large (%2 MB; at most %3 MB)"_s.arg(path).arg(info.size() >> 20).arg(maxBytes >> 20));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::rejected(u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::rejected(u"%1: cannot be read (%2)"_s.arg(path, file.errorString()));
    return bytes;
}

} // namespace adreview
