#pragma once

#include "domain/Result.h"
#include "import/ImportPlan.h"
#include "import/JsonFields.h"
#include "import/JsonSplit.h"

#include <QSet>

#include <vector>

namespace adreview {

// Reads the JSON import format, version 1 (see README), into an ImportPlan. Every fault in the
// file is reported, each with its JSON path; a file with any fault gives no plan.
class JsonImportParser {
public:
    static constexpr qint64 maxFileSize = 1024LL * 1024 * 1024;
    // Files from this size on have their cases parsed in parts on several threads.
    static constexpr qint64 partsFromSize = 4 * 1024 * 1024;

    // With a sink, a large file's cases go to the sink part by part while the rest are still
    // being parsed, and the plan returned holds everything else; a small file's come in the plan.
    Result<ImportPlan> parse(const QByteArray &bytes, const QString &fileName, ImportSink *sink = nullptr);

private:
    Result<ImportPlan> parse(const QByteArray &bytes, const QString &fileName, bool inParts, ImportSink *sink);
    void readPolicies(const QJsonValue &v, ImportPlan &plan);
    void readAdvertisers(const QJsonValue &v, ImportPlan &plan);
    void readCases(const QJsonValue &v, ImportPlan &plan);
    // The cases of a large file, parsed in parts on several threads; false when a part is not
    // valid JSON (then the whole document is parsed again for the message).
    bool readCasesInParts(const QByteArray &bytes, const JsonSplit::Span &span, ImportPlan &plan);
    // False when a part is not valid JSON.
    bool streamCases(const QByteArray &bytes, const JsonSplit::Span &span, ImportSink &sink);
    struct CasePart;
    static JsonSplit::PartReader caseReader(std::vector<CasePart> &parts, QByteArrayView bytes,
                                            const JsonSplit::Span &span);
    // `text` is the case's own text when it was read apart from the rest of the file.
    void readCaseValue(const QJsonValue &v, qsizetype index, ImportPlan &plan, QByteArrayView text = {});
    void markDuplicateCases(QList<PlannedCase> &cases, QSet<QString> &seen);
    void readCase(const QJsonObject &o, const QString &path, ImportPlan &plan);
    void readEvidence(const QJsonObject &o, const QString &path, PlannedCase &c);
    // Takes an item's revision keys out of it; a revision is planned for an item marked so.
    void readRevision(QJsonObject &o, const QString &path, PlannedCase &c, qsizetype index);
    void readHistory(const QJsonObject &o, const QString &path, PlannedCase &c);
    // A history entry's statement of reasons as its one canonical text; a fault when it is not one.
    QString statementText(const QJsonValue &v, const QString &path);
    QList<QJsonObject> objects(const QJsonValue &v, const QString &path, bool required);

    JsonFields m_fields;
};

} // namespace adreview
