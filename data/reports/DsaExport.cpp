#include "reports/DsaExport.h"

#include "domain/CaseFold.h"
#include "domain/DsaDecision.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/DsaExportLog.h"
#include "storage/EventRepository.h"
#include "storage/ReportRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

// The statements written so far, a file of at most dsa::maxPerSubmission at a time, into a
// temporary folder beside the one asked for.
class Files {
public:
    explicit Files(const QString &folder) : m_folder(folder) {}

    Status add(const QString &eventId, const QJsonObject &statement)
    {
        m_batch.append(statement);
        m_ids.append(eventId);
        return m_batch.size() == dsa::maxPerSubmission ? flush() : Status();
    }

    Status flush()
    {
        if (m_batch.isEmpty())
            return {};
        if (!m_temp) {
            const QFileInfo target(m_folder);
            m_temp =
                std::make_unique<QTemporaryDir>(target.absolutePath() + u"/."_s + target.fileName() + u"-XXXXXX"_s);
            if (!m_temp->isValid())
                return Error::unusable(u"cannot make a folder beside %1: %2"_s.arg(m_folder, m_temp->errorString()));
        }
        const QJsonObject body{{u"statements"_s, m_batch}};
        // Each file is checked whole, as the Transparency Database will: a file it would refuse
        // is never written.
        if (const auto problems = dsa::checkSubmission(body); !problems.isEmpty())
            return Error::rejected(
                u"a statement does not meet the Transparency Database's rules: %1"_s.arg(dsa::describe(problems)));
        const QString name =
            QString::fromLatin1(DsaExport::filePattern).arg(qlonglong(m_files.size() + 1), 4, 10, QChar(u'0'));
        QSaveFile file(m_temp->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(body).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit())
            return Error::unusable(
                u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        m_files.append(name);
        for (const QString &id : std::as_const(m_ids))
            m_fileOf.insert(id, name);
        m_written += m_batch.size();
        m_batch = {};
        m_ids.clear();
        return {};
    }

    qint64 written() const { return m_written; }
    const QStringList &files() const { return m_files; }
    const QHash<QString, QString> &fileOf() const { return m_fileOf; }
    QString tempPath() const { return m_temp ? m_temp->path() : QString(); }
    void keep() { m_temp->setAutoRemove(false); }

private:
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_temp;
    QJsonArray m_batch;
    QStringList m_ids;
    QStringList m_files;
    QHash<QString, QString> m_fileOf; // event id -> file
    qint64 m_written = 0;
};

DsaLeftOut leftOut(const DecisionRow &row, const QString &why)
{
    return {row.eventId, row.at, row.caseRef, row.advertiser, why};
}

Status checkFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (folder.isEmpty())
        return Error::usage(u"no folder given for the statements"_s);
    if (info.exists()) {
        if (!info.isDir())
            return Error::usage(u"%1 is not a folder; the statements go into a new or empty folder"_s.arg(folder));
        if (!QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Error::usage(
                u"%1 is not empty; the statements go into a new or empty folder, so that every file in it "
                "belongs to one export"_s.arg(folder));
        return {};
    }
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error::usage(u"cannot write into %1: the folder %2 does not exist"_s.arg(folder, info.absolutePath()));
    return {};
}

} // namespace

DsaExport::DsaExport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<DsaExportResult> DsaExport::write(const ReportFilter &filter, const QString &folder,
                                         const DsaExportOptions &options)
{
    if (auto usable = checkFolder(folder); !usable)
        return usable.error();

    // What earlier exports wrote, by event id.
    auto written = DsaExportLog(m_db).written();
    if (!written)
        return written.error();
    const QHash<QString, qint64> &exported = *written;

    DsaExportResult result;
    Files files(folder);
    // A decision's statement, or why it has none the Transparency Database would take.
    const auto statementOf = [](const DecisionRow &row, QString &why) -> std::optional<QJsonObject> {
        if (row.statement.isEmpty()) {
            why = u"no statement of reasons was recorded with this decision"_s;
            return std::nullopt;
        }
        auto decision = dsa::Decision::fromText(row.statement);
        if (!decision) {
            why = decision.error().message;
            return std::nullopt;
        }
        const QJsonObject s = decision->statementFor({row.eventId, row.at.date(), row.opened.date(), row.caseSource});
        if (const auto problems = dsa::check(s); !problems.isEmpty()) {
            why = dsa::describe(problems);
            return std::nullopt;
        }
        return s;
    };
    // A ban that stands: written, or listed with why it cannot be.
    const auto place = [&](const DecisionRow &row) -> Status {
        if (row.at.date() < firstDay()) {
            result.notSubmittable.append(
                leftOut(row, u"decided on %1; the Transparency Database takes no decision before %2"_s.arg(
                                 row.at.date().toString(Qt::ISODate), firstDay().toString(Qt::ISODate))));
            return {};
        }
        QString why;
        const auto statement = statementOf(row, why);
        if (!statement) {
            result.incomplete.append(leftOut(row, why));
            return {};
        }
        return files.add(row.eventId, *statement);
    };
    QList<DecisionRow> inConflict; // placed later, once their cases are folded
    Status failed;
    const Status read = ReportRepository(m_db).forEachDecision(filter, [&](const DecisionRow &row) {
        if (row.outcome != u"banned")
            return true; // only a restriction gets a statement
        if (const auto it = exported.constFind(row.eventId); it != exported.cend() && !options.includeExported) {
            ++result.alreadyExported;
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(*it, Qt::UTC);
            if (!result.lastExported.isValid() || when > result.lastExported)
                result.lastExported = when;
            return true;
        }
        if (row.caseState == u"conflict") {
            inConflict.append(row);
            return true;
        }
        failed = place(row);
        return bool(failed);
    });
    if (!failed)
        return failed.error();
    if (!read)
        return read.error();

    // A decision in a case in conflict is disputed while it is one of the decisions made apart;
    // one the conflict came after stands.
    QHash<QString, QSet<QString>> contestedByCase;
    for (const DecisionRow &row : std::as_const(inConflict)) {
        if (!contestedByCase.contains(row.caseRef)) {
            auto found = CaseRepository(m_db).findByRef(row.caseRef);
            if (!found)
                return found.error();
            if (!*found)
                return Error::rejected(u"case %1 is gone"_s.arg(row.caseRef));
            auto events = EventRepository(m_db).forCase((*found)->id);
            if (!events)
                return events.error();
            QSet<QString> contested;
            for (const QStringList &ids : CaseFold::fold(*events).conflicts)
                contested.unite(QSet<QString>(ids.cbegin(), ids.cend()));
            contestedByCase.insert(row.caseRef, contested);
        }
        if (contestedByCase.value(row.caseRef).contains(row.eventId))
            result.disputed.append(leftOut(row, u"the case is in conflict; a lead must resolve it first"_s));
        else if (auto placed = place(row); !placed)
            return placed.error();
    }
    if (auto flushed = files.flush(); !flushed)
        return flushed.error();

    if (!result.incomplete.isEmpty() && !options.skipIncomplete) {
        result.refused = true;
        return result;
    }
    if (files.written() == 0)
        return result;

    // The folder and its record in one step: the record is written, the folder renamed into
    // place, then the record committed; a failure undoes whichever came first.
    const QString target = QFileInfo(folder).absoluteFilePath();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (auto begun = m_db.begin(); !begun)
        return begun.error();
    if (auto recorded = DsaExportLog(m_db).record(files.fileOf(), target, now); !recorded) {
        m_db.rollback();
        return recorded.error();
    }
    const bool emptyFolder = QFileInfo::exists(target);
    if (emptyFolder && !QDir().rmdir(target)) {
        m_db.rollback();
        return Error::unusable(u"cannot replace the empty folder %1"_s.arg(QDir::toNativeSeparators(target)));
    }
    if (!QDir().rename(files.tempPath(), target)) {
        if (emptyFolder)
            QDir().mkdir(target);
        m_db.rollback();
        return Error::unusable(u"cannot move the statements into %1"_s.arg(QDir::toNativeSeparators(target)));
    }
    if (auto committed = m_db.commit(); !committed) {
        QDir(target).removeRecursively();
        return committed.error();
    }
    files.keep();
    result.written = files.written();
    result.files = files.files();
    result.folder = target;
    return result;
}

} // namespace adreview
