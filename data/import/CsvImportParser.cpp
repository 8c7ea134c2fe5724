#include "import/CsvImportParser.h"

#include "import/CsvReader.h"
#include "import/ImportRecords.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr qsizetype progressEvery = 1000; // records between progress reports

QString columnList(const QStringList &columns)
{
    return columns.join(u", "_s);
}

const QStringList &requiredAdvertiserKeys()
{
    static const QStringList keys{u"ref"_s, u"name"_s, u"country"_s};
    return keys;
}

QStringList requiredEvidenceColumns()
{
    return QStringList{u"case"_s} + ImportRecords::requiredEvidenceKeys();
}

// Only the very start of a file may hold a byte-order mark: QString::fromUtf8() would drop one that
// opens a field, and one anywhere else is no part of the text either (two files run together).
const QString misplacedMark =
    u"a byte-order mark (U+FEFF) after the start of the file; only the file's very start may hold one"_s;

// The physical line of the first byte that is not UTF-8; line breaks are never part of a
// multi-byte sequence, so each line can be checked alone.
qsizetype firstInvalidLine(QByteArrayView bytes)
{
    qsizetype line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!bytes.sliced(start, end - start).isValidUtf8())
            return line;
        start = end + 1;
        ++line;
    }
    return line;
}

} // namespace

QString CsvImportParser::where(qsizetype line) const
{
    return u"%1:%2"_s.arg(m_name).arg(line);
}

Result<ImportPlan> CsvImportParser::parse(const QByteArray &bytes, const QString &fileName,
                                          const ImportProgress &progress)
{
    m_fields = JsonFields(FieldNames::Csv);
    m_name = QFileInfo(fileName).fileName();
    m_columns.clear();
    m_firstLine.clear();
    m_caseIndex.clear();
    if (bytes.size() > maxFileSize)
        return Error::rejected(u"%1: the file is too large (%2 MB; at most %3 MB)"_s.arg(fileName)
                                   .arg(bytes.size() / (1024 * 1024))
                                   .arg(maxFileSize / (1024 * 1024)));
    QByteArrayView text(bytes);
    m_bomBytes = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    text = text.sliced(m_bomBytes);
    m_laterMarks = text.contains("\xEF\xBB\xBF");
    if (!text.isValidUtf8())
        return Error::rejected(
            u"%1:%2: not valid UTF-8 (save the file as UTF-8 text)"_s.arg(fileName).arg(firstInvalidLine(text)));
    if (progress && !progress(0, bytes.size()))
        return importCancelled(fileName);

    CsvReader reader(text);
    const CsvReader::Step first = reader.next();
    if (first == CsvReader::Step::Fault)
        return Error::rejected(u"%1:%2: %3"_s.arg(fileName).arg(reader.faultLine()).arg(reader.fault()));
    if (first == CsvReader::Step::End || reader.blank()) {
        bool empty = true;
        while (empty && reader.next() == CsvReader::Step::Record)
            empty = reader.blank();
        if (empty)
            return Error::rejected(u"%1: the file is empty; expected a header row naming the columns"_s.arg(fileName));
        return Error::rejected(u"%1:1: expected a header row naming the columns, found an empty line"_s.arg(fileName));
    }
    auto kind = readHeader(reader.fields(), fileName);
    if (!kind)
        return kind.error();
    m_kind = *kind;
    return readRows(reader, bytes.size(), fileName, progress);
}

Result<CsvImportParser::Kind> CsvImportParser::readHeader(const QStringList &names, const QString &fileName)
{
    QStringList faults;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names[i];
        if (name.contains(QChar::ByteOrderMark)) {
            faults << u"%1: column %2: %3"_s.arg(where(1)).arg(i + 1).arg(misplacedMark);
            name.remove(QChar::ByteOrderMark);
        }
        m_columns.append(name.trimmed());
    }
    Kind kind = Kind::Advertisers;
    QStringList allowed = ImportRecords::advertiserKeys();
    QStringList required = requiredAdvertiserKeys();
    if (m_columns.contains(u"case"_s)) {
        kind = Kind::Evidence;
        allowed = QStringList{u"case"_s} + ImportRecords::evidenceKeys();
        required = requiredEvidenceColumns();
    } else if (m_columns.contains(u"advertiser"_s)) {
        kind = Kind::Cases;
        allowed = ImportRecords::caseKeys();
        required = ImportRecords::requiredCaseKeys();
    } else if (!m_columns.contains(u"name"_s)) {
        return Error::rejected(
            u"%1:1: the header row names no known kind of file; expected the columns of advertisers (%2, ...), "
            "of cases (%3, ...) or of evidence (%4, ...)"_s.arg(fileName, columnList(requiredAdvertiserKeys()),
                                                                columnList(ImportRecords::requiredCaseKeys()),
                                                                columnList(requiredEvidenceColumns())));
    }

    const QString line1 = where(1);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QString &name = m_columns[i];
        const QString column = fieldPath(FieldNames::Csv, line1, name.left(60));
        if (name.isEmpty())
            faults << u"%1: column %2 has no name"_s.arg(line1).arg(i + 1);
        else if (m_columns.indexOf(name) < i)
            faults << column + u": named twice"_s;
        else if (name == u"attachment" && kind == Kind::Evidence)
            faults << column + u": a CSV file cannot carry attachments; import items with attachments from a JSON "
                               "file"_s;
        else if ((name == u"evidence" || name == u"history") && kind == Kind::Cases)
            faults << column + u": unknown column; evidence comes in its own CSV file keyed by case, and a history "
                               "only in a JSON file"_s;
        else if (!allowed.contains(name))
            faults << column + u": unknown column (expected %1)"_s.arg(columnList(allowed));
    }
    for (const QString &name : required) {
        if (!m_columns.contains(name))
            faults << fieldPath(FieldNames::Csv, line1, name) + u": missing"_s;
    }
    if (!faults.isEmpty())
        return importFaults(fileName, faults);
    return kind;
}

Result<ImportPlan> CsvImportParser::readRows(CsvReader &reader, qint64 total, const QString &fileName,
                                             const ImportProgress &progress)
{
    ImportPlan plan;
    plan.fieldNames = FieldNames::Csv;
    QList<qsizetype> blankLines;
    for (qsizetype records = 1;; ++records) {
        const CsvReader::Step step = reader.next();
        if (step == CsvReader::Step::End)
            break;
        if (step == CsvReader::Step::Fault) {
            m_fields.fault(where(reader.faultLine()), reader.fault());
            break;
        }
        if (progress && records % progressEvery == 0 && !progress(m_bomBytes + reader.offset(), total))
            return importCancelled(fileName);
        if (reader.blank()) {
            blankLines.append(reader.line()); // ignored at the end of the file, a fault before a row
            continue;
        }
        for (const qsizetype line : std::as_const(blankLines))
            m_fields.fault(where(line), u"an empty line between the rows"_s);
        blankLines.clear();
        m_line = reader.line();
        m_rowFaults = m_fields.faults().size();
        const QString path = where(m_line);
        QStringList cells = reader.fields();
        if (m_laterMarks)
            dropMarks(cells, path);
        if (cells.size() != m_columns.size()) {
            m_fields.fault(path, u"%1 fields, but the header has %2"_s.arg(cells.size()).arg(m_columns.size()));
            continue;
        }
        const QJsonObject o = row(cells);
        if (m_kind == Kind::Advertisers)
            readAdvertiser(o, path, plan);
        else if (m_kind == Kind::Cases)
            readCase(o, path, plan);
        else
            readEvidence(o, path, plan);
    }
    if (progress && !progress(total, total))
        return importCancelled(fileName);
    plan.faults = m_fields.faults();
    return plan;
}

// The row's non-empty cells by column name: an empty cell is a missing value, as an absent key
// is in JSON. Aliases are one cell, separated by semicolons.
QJsonObject CsvImportParser::row(const QStringList &cells) const
{
    QJsonObject o;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (cells[i].isEmpty())
            continue;
        if (m_kind == Kind::Advertisers && m_columns[i] == u"aliases") {
            QJsonArray aliases;
            for (const QString &alias : cells[i].split(u';')) {
                if (!alias.trimmed().isEmpty())
                    aliases.append(alias.trimmed());
            }
            o.insert(m_columns[i], aliases);
            continue;
        }
        o.insert(m_columns[i], cells[i]);
    }
    return o;
}

void CsvImportParser::dropMarks(QStringList &cells, const QString &path)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (!cells[i].contains(QChar::ByteOrderMark))
            continue;
        m_fields.fault(i < m_columns.size() ? m_fields.at(path, m_columns[i]) : u"%1: column %2"_s.arg(path).arg(i + 1),
                       misplacedMark);
        cells[i].remove(QChar::ByteOrderMark);
    }
}

void CsvImportParser::duplicate(const QString &path, const QString &key, const QString &what)
{
    const auto it = m_firstLine.constFind(key);
    if (it != m_firstLine.cend())
        m_fields.fault(m_fields.at(path, u"ref"_s),
                       u"%1 is in this file twice (first on line %2)"_s.arg(what).arg(*it));
    else
        m_firstLine.insert(key, m_line);
}

void CsvImportParser::readAdvertiser(const QJsonObject &o, const QString &path, ImportPlan &plan)
{
    const Advertiser a = ImportRecords::advertiser(m_fields, o, path);
    if (!a.ref.isEmpty())
        duplicate(path, a.ref, u"advertiser %1"_s.arg(a.ref));
    plan.advertisers.append(a);
    plan.advertiserPaths.append(path);
    plan.advertiserValid.append(m_fields.faults().size() == m_rowFaults);
}

void CsvImportParser::readCase(const QJsonObject &o, const QString &path, ImportPlan &plan)
{
    PlannedCase c;
    c.path = path;
    c.record = ImportRecords::caseRecord(m_fields, o, path);
    if (!c.record.ref.isEmpty())
        duplicate(path, c.record.ref, u"case %1"_s.arg(c.record.ref));
    c.valid = m_fields.faults().size() == m_rowFaults;
    plan.cases.append(std::move(c));
}

// Items are grouped by case, one PlannedCase per case ref, named by the line of its first item.
void CsvImportParser::readEvidence(QJsonObject o, const QString &path, ImportPlan &plan)
{
    const QString caseRef = m_fields.ref(o, path, u"case"_s);
    o.remove(u"case"_s);
    const Evidence ev = ImportRecords::evidence(m_fields, o, path);
    if (caseRef.isEmpty())
        return; // reported; an item of no case cannot be checked against one
    if (!ev.ref.isEmpty())
        duplicate(path, caseRef + u'\n' + ev.ref, u"evidence %1 of %2"_s.arg(ev.ref, caseRef));
    qsizetype index = m_caseIndex.value(caseRef, -1);
    if (index < 0) {
        PlannedCase c;
        c.path = path;
        c.evidenceOnly = true;
        c.record.ref = caseRef;
        index = plan.cases.size();
        plan.cases.append(std::move(c));
        m_caseIndex.insert(caseRef, index);
    }
    PlannedCase &c = plan.cases[index];
    c.evidence.append(ev);
    c.evidencePaths.append(path);
    if (m_fields.faults().size() != m_rowFaults)
        c.valid = false;
}

} // namespace adreview
