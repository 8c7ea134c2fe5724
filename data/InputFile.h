#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace adreview {

// The whole of a file that came from outside (a case file, a sync bundle), refused with a message
// naming it when it is missing, unreadable or larger than maxBytes.
Result<QByteArray> readInputFile(const QString &path, qint64 maxBytes);

} // namespace adreview
