#pragma once

#include "ImportPlan.h"
#include "JsonFields.h"
#include "Result.h"

namespace adreview {

// Reads the JSON import format, version 1 (see README), into an ImportPlan. Every fault in the
// file is reported, each with its JSON path; a file with any fault gives no plan.
class JsonImportParser {
public:
    static constexpr qint64 maxFileSize = 1024LL * 1024 * 1024;

    Result<ImportPlan> parse(const QByteArray &bytes, const QString &fileName);

private:
    void readPolicies(const QJsonValue &v, ImportPlan &plan);
    void readAdvertisers(const QJsonValue &v, ImportPlan &plan);
    void readCases(const QJsonValue &v, ImportPlan &plan);
    void readCase(const QJsonObject &o, const QString &path, ImportPlan &plan);
    void readEvidence(const QJsonObject &o, const QString &path, PlannedCase &c);
    void readHistory(const QJsonObject &o, const QString &path, PlannedCase &c);
    QList<QJsonObject> objects(const QJsonValue &v, const QString &path, bool required);

    JsonFields m_fields;
};

} // namespace adreview
