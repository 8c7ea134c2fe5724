#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace adreview {

// Whether `path` may be read as a file that came from outside (a case file, a sync bundle, a
// backup to restore): it must name a regular file, after following symbolic links, of at most
// maxBytes. A FIFO would block the reader and a device such as /dev/zero never ends, so both are
// refused by what they are, before anything opens them. Refusals are Rejected and name the file.
Status checkInputFile(const QString &path, qint64 maxBytes);

// The whole of such a file, after the same checks, made again on the file as opened.
Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes);

} // namespace adreview
