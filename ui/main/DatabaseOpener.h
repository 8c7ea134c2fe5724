#pragma once

#include "domain/Result.h"
#include "storage/Database.h"

#include <memory>

class QWidget;

namespace adreview {

// Opens the database for the window. When the file is damaged and backups of it are kept, asks
// whether to put the latest in its place (the damaged file is kept beside it) and opens that.
Result<std::unique_ptr<Database>> openOfferingBackup(const QString &path, QWidget *parent = nullptr);

} // namespace adreview
