#pragma once

#include "domain/Result.h"
#include "import/ImportPlan.h"
#include "import/JsonFields.h"

#include <QHash>

namespace adreview {

class CsvReader;

// Reads a CSV file (RFC 4180, UTF-8) into an ImportPlan. The header row names the columns as the
// JSON format names the keys, in any order, and tells the kind of file: a `case` column makes an
// evidence file (items added to cases the database holds), an `advertiser` column a cases file,
// a `name` column an advertisers file. Values are checked by the same rules as JSON; every fault
// is named by file, line and column ("cases.csv:12: column \"opened\": not a time ...").
class CsvImportParser {
public:
    static constexpr qint64 maxFileSize = 1024LL * 1024 * 1024;

    Result<ImportPlan> parse(const QByteArray &bytes, const QString &fileName, const ImportProgress &progress = {});

private:
    enum class Kind { Advertisers, Cases, Evidence };

    Result<Kind> readHeader(const QStringList &names, const QString &fileName);
    Result<ImportPlan> readRows(CsvReader &reader, qint64 total, const QString &fileName,
                                const ImportProgress &progress);
    QJsonObject row(const QStringList &cells) const;
    void readAdvertiser(const QJsonObject &o, const QString &path, ImportPlan &plan);
    void readCase(const QJsonObject &o, const QString &path, ImportPlan &plan);
    void readEvidence(QJsonObject o, const QString &path, ImportPlan &plan);
    void dropMarks(QStringList &cells, const QString &path); // a fault for each byte-order mark
    void duplicate(const QString &path, const QString &key, const QString &what);
    QString where(qsizetype line) const; // "cases.csv:12"

    JsonFields m_fields{FieldNames::Csv};
    Kind m_kind = Kind::Cases;
    QString m_name; // the file's name without its folder, for the fault lines
    QStringList m_columns;
    qsizetype m_line = 0;
    qint64 m_bomBytes = 0;
    bool m_laterMarks = false;             // a byte-order mark after the file's start
    qsizetype m_rowFaults = 0;             // the faults before the row being read
    QHash<QString, qsizetype> m_firstLine; // ref (or case ref + evidence ref) -> line it was first on
    QHash<QString, qsizetype> m_caseIndex; // evidence file: case ref -> index in plan.cases
};

} // namespace adreview
