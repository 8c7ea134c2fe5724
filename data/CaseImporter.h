#pragma once

#include "ImportPlan.h"
#include "Result.h"

namespace adreview {

class Database;
class ReviewService;

// Imports case files into the database: JSON (format "adreview-cases", version 1). Each file is
// all or nothing.
class CaseImporter {
public:
    CaseImporter(Database &db, ReviewService &review) : m_db(db), m_review(review) {}

    Result<ImportReport> importFile(const QString &path);
    Result<ImportReport> importJson(const QByteArray &bytes, const QString &fileName);

private:
    Database &m_db;
    ReviewService &m_review;
};

} // namespace adreview
