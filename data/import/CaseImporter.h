#pragma once

#include "domain/Result.h"
#include "import/ImportPlan.h"
#include "import/ImportWriter.h"

namespace adreview {

class Database;
class ReviewService;

// Imports case files into the database: JSON (format "adreview-cases", version 1) or CSV (see
// CsvImportParser), told apart by the file's suffix. Each file is all or nothing. The progress
// callback is told bytes while the file is parsed, then records while they are written; returning
// false cancels, and nothing is written.
class CaseImporter {
public:
    CaseImporter(Database &db, ReviewService &review) : m_db(db), m_review(review) {}
    // See ImportWriter::setStableEventIds: for the demo, which every laptop makes for itself.
    void setStableEventIds(bool stable) { m_stableIds = stable; }

    Result<ImportReport> importFile(const QString &path, const ImportProgress &progress = {});
    // What importing the file would add, change and leave unchanged, or every fault it would
    // report; writes nothing.
    Result<ImportReport> preview(const QString &path, const ImportProgress &progress = {});

    Result<ImportReport> importJson(const QByteArray &bytes, const QString &fileName,
                                    const ImportProgress &progress = {});
    Result<ImportReport> importCsv(const QByteArray &bytes, const QString &fileName,
                                   const ImportProgress &progress = {});

private:
    enum class Format { Json, Csv };
    Result<ImportReport> run(const QString &path, const ImportProgress &progress, ImportWriter::Mode mode);
    Result<ImportReport> run(Format format, const QByteArray &bytes, const QString &fileName,
                             const ImportProgress &progress, ImportWriter::Mode mode);

    Database &m_db;
    ReviewService &m_review;
    bool m_stableIds = false;
};

} // namespace adreview
