#include "storage/Backups.h"

#include "files/InputFile.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>

#include <sqlite3.h>

#include <limits>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

namespace {

constexpr auto stampFormat = "yyyyMMdd-HHmmsszzz"; // sorts in the order made

// Data and the directory entry on disk before a rename is relied on.
bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// Whether another process has the database open. Every connection to a database in WAL mode holds
// a read lock on one byte of its shared-memory file (SQLite's "dead man switch", byte 128) for as
// long as it is open; a restore under it would leave that program writing to the file moved aside.
bool openElsewhere(const QString &database)
{
    const int fd = ::open(QFile::encodeName(database + u"-shm"_s).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    struct flock probe = {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = 128;
    probe.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

// VACUUM INTO is one statement: its progress is the size of the copy so far, read from SQLite's
// progress handler every few hundred thousand instructions (a stat call, not a row's cost).
class CopyProgress {
public:
    CopyProgress(sqlite3 *h, QString copy, qint64 total, const WorkProgress &progress)
        : m_handle(h), m_copy(std::move(copy)), m_total(total), m_progress(progress)
    {
        if (!m_progress || !m_handle)
            return;
        m_progress(0, m_total);
        sqlite3_progress_handler(m_handle, 200'000, &CopyProgress::step, this);
    }
    ~CopyProgress()
    {
        if (!m_progress || !m_handle)
            return;
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    CopyProgress(const CopyProgress &) = delete;
    CopyProgress &operator=(const CopyProgress &) = delete;

private:
    static int step(void *self)
    {
        auto *p = static_cast<CopyProgress *>(self);
        const qint64 written = QFileInfo(p->m_copy).size();
        return p->m_progress(std::min(written, p->m_total), p->m_total) ? 0 : 1; // non-zero interrupts
    }

    sqlite3 *m_handle;
    QString m_copy;
    qint64 m_total;
    const WorkProgress &m_progress;
};

QString sqliteMessage(sqlite3 *h, int code)
{
    return h ? QString::fromUtf8(sqlite3_errmsg(h)) : QString::fromUtf8(sqlite3_errstr(code));
}

// What a backup must be before it replaces anything.
Status checkBackup(const QString &path)
{
    // Immutable: read as it lies, with no journal or shared-memory file made beside it.
    sqlite3 *h = nullptr;
    int rc =
        sqlite3_open_v2(Database::immutableUri(path).constData(), &h, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    QString problem;
    const auto value = [&](const char *sql) -> QString {
        sqlite3_stmt *st = nullptr;
        QString v;
        if (rc == SQLITE_OK && (rc = sqlite3_prepare_v2(h, sql, -1, &st, nullptr)) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW)
                v = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            else
                rc = sqlite3_errcode(h);
            if (rc == SQLITE_ROW || rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        sqlite3_finalize(st);
        return v;
    };
    const QString check = value("PRAGMA quick_check(1)"); // the first fault is enough to refuse
    const int version = value("PRAGMA user_version").toInt();
    const int appId = value("PRAGMA application_id").toInt();
    if (rc != SQLITE_OK)
        problem = u"it cannot be read (%1)"_s.arg(sqliteMessage(h, rc));
    else if (check != u"ok"_s)
        problem = u"it is damaged itself (%1)"_s.arg(check);
    else if (version < 1 || appId != Database::applicationId)
        problem = u"it is not an AdReview database"_s;
    else if (version > Database::latestSchemaVersion())
        problem = u"it was written by a newer AdReview (schema version %1)"_s.arg(version);
    sqlite3_close(h);
    if (!problem.isEmpty())
        return Error::unusable(u"%1: not restored: %2"_s.arg(path, problem));
    return {};
}

} // namespace

Backups::Backups(const QString &databasePath, int keep)
    : m_database(QFileInfo(databasePath).absoluteFilePath()), m_keep(std::max(1, keep))
{}

QString Backups::folder() const
{
    return m_database + u".backups"_s;
}

QList<Backups::Copy> Backups::list() const
{
    static const QRegularExpression name(u"^.+-(\\d{8}-\\d{9})-([a-z0-9-]+)\\.sqlite$"_s);
    QList<Copy> copies;
    const QFileInfoList files = QDir(folder()).entryInfoList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo &f : files) {
        const auto m = name.match(f.fileName());
        if (!m.hasMatch())
            continue;
        QDateTime made = QDateTime::fromString(m.captured(1), QString::fromLatin1(stampFormat));
        made.setTimeSpec(Qt::UTC);
        copies.append({f.absoluteFilePath(), made, m.captured(2)});
    }
    std::sort(copies.begin(), copies.end(),
              [](const Copy &a, const Copy &b) { return a.made != b.made ? a.made > b.made : a.path > b.path; });
    return copies;
}

std::optional<Backups::Copy> Backups::latest() const
{
    const QList<Copy> copies = list();
    if (copies.isEmpty())
        return std::nullopt;
    return copies.first();
}

bool Backups::dailyDue(const QDateTime &now) const
{
    const auto newest = latest();
    return !newest || newest->made.secsTo(now) >= 24 * 3600;
}

Result<QString> Backups::make(Database &db, const QString &reason, const WorkProgress &progress) const
{
    if (!QDir().mkpath(folder()))
        return Error::unusable(u"%1: cannot create the backup folder %2"_s.arg(m_database, folder()));
    const QString base = QFileInfo(m_database).completeBaseName();
    QString target;
    do { // a new millisecond for each copy, so that names sort in the order made
        if (!target.isEmpty())
            QThread::msleep(1);
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QString::fromLatin1(stampFormat));
        target = QDir(folder()).filePath(u"%1-%2-%3.sqlite"_s.arg(base, stamp, reason));
    } while (QFileInfo::exists(target));
    // Another program upgrading the same file may make its copy in the same millisecond.
    const QString part =
        target + u".part-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(QRandomGenerator::global()->generate());
    QFile::remove(part);

    // A consistent snapshot, whatever other connections are doing, written outside the file.
    RawStatement vacuum(db, u"VACUUM INTO ?"_s, {part}, u"making a backup"_s);
    CopyProgress watch(db.handle(), part, QFileInfo(m_database).size(), progress);
    if (vacuum.error() || !vacuum.exec()) {
        const Error e = vacuum.failure(u"making a backup in %1"_s.arg(folder()));
        QFile::remove(part);
        return e;
    }
    if (!syncPath(part, false) ||
        ::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) ||
        !syncPath(folder(), true)) {
        QFile::remove(part);
        return Error::unusable(u"%1: the backup could not be written to disk in %2"_s.arg(m_database, folder()));
    }
    prune();
    return target;
}

void Backups::prune() const
{
    const QList<Copy> copies = list();
    for (qsizetype i = m_keep; i < copies.size(); ++i)
        QFile::remove(copies[i].path);
}

namespace {

// Copies what `from` holds, byte for byte, into a new file at `to`, on disk.
bool copyOut(sqlite3_file *from, const QString &to)
{
    sqlite3_int64 size = 0;
    if (!from || !from->pMethods || from->pMethods->xFileSize(from, &size) != SQLITE_OK)
        return false;
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (sqlite3_int64 at = 0; at < size;) {
        const int n = int(std::min<sqlite3_int64>(buffer.size(), size - at));
        if (from->pMethods->xRead(from, buffer.data(), n, at) != SQLITE_OK || out.write(buffer.constData(), n) != n)
            return false;
        at += n;
    }
    return out.flush() && syncPath(to, false);
}

// The database file and its write-ahead log, byte for byte, beside it under `kept`: the file a
// restore replaces, kept (never deleted) whatever state it is in. Both are read through the files
// SQLite has open for `h`: a lock on a file belongs to the process, and closing any other
// descriptor of the database file in this process would give up the exclusive lock `h` holds.
Status keepCopy(sqlite3 *h, const QString &database, const QString &kept)
{
    sqlite3_file *file = nullptr;
    sqlite3_file *log = nullptr;
    bool ok = sqlite3_file_control(h, "main", SQLITE_FCNTL_FILE_POINTER, &file) == SQLITE_OK && copyOut(file, kept);
    if (ok && QFileInfo::exists(database + u"-wal"_s)) {
        // In exclusive mode SQLite keeps the log open; the log holds no lock of this process.
        if (sqlite3_file_control(h, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log) == SQLITE_OK && log && log->pMethods)
            ok = copyOut(log, kept + u"-wal"_s);
        else
            ok = QFile::copy(database + u"-wal"_s, kept + u"-wal"_s) && syncPath(kept + u"-wal"_s, false);
    }
    if (!ok) {
        QFile::remove(kept);
        QFile::remove(kept + u"-wal"_s);
        return Error::unusable(u"%1: could not keep a copy of it at %2; nothing was restored"_s.arg(database, kept));
    }
    return {};
}

// The backup, whole and on disk, in place of the file at `database` (the folder's entry replaced):
// for a file that does not exist yet, or one too damaged for SQLite to lock.
Result<QString> replaceFile(const QString &database, const QString &backup, const QString &kept)
{
    const QString part = database + u".restoring"_s;
    QFile::remove(part);
    if (!QFile::copy(backup, part) || !syncPath(part, false)) {
        QFile::remove(part);
        return Error::unusable(u"%1: could not copy the backup %2 beside it"_s.arg(database, backup));
    }
    QString moved;
    if (QFileInfo::exists(database)) {
        moved = kept;
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(database + suffix) && !QFile::rename(database + suffix, kept + suffix)) {
                QFile::remove(part);
                return Error::unusable(u"%1: could not move %2 aside"_s.arg(database, database + suffix));
            }
        }
        if (!QFile::rename(database, kept)) {
            QFile::remove(part);
            return Error::unusable(u"%1: could not move the database aside to %2"_s.arg(database, kept));
        }
    }
    if (!QFile::rename(part, database) || !syncPath(QFileInfo(database).absolutePath(), true))
        return Error::unusable(u"%1: could not put the backup in place; it is at %2%3"_s.arg(
            database, part, moved.isEmpty() ? QString() : u", the old file at "_s + moved));
    return moved;
}

} // namespace

Result<QString> Backups::restore(const QString &databasePath, const QString &backup)
{
    if (!QFileInfo::exists(backup) && !QFileInfo(backup).isSymLink())
        return Error::usage(u"%1: no such backup"_s.arg(backup));
    // A backup is read whole by SQLite's check and the copy: a FIFO or a device is refused first.
    if (auto readable = checkInputFile(backup, std::numeric_limits<qint64>::max()); !readable)
        return readable.error();
    if (auto ok = checkBackup(backup); !ok)
        return ok.error();

    // Through a symbolic link, the file it points to is restored and the link kept.
    const QFileInfo given(QFileInfo(databasePath).absoluteFilePath());
    const QString database = given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
    if (given.exists() && !given.isFile())
        return Error::unusable(u"%1: not a regular file, so not a database; nothing was restored"_s.arg(database));
    const QString kept =
        database + u".replaced-"_s + QDateTime::currentDateTimeUtc().toString(QString::fromLatin1(stampFormat));
    if (!given.exists())
        return replaceFile(database, backup, kept);

    const auto busy = [&] {
        return Error::unusable(
            u"%1: another program has the database open; close it (and any AdReview window on it), then restore"_s.arg(
                database));
    };
    if (openElsewhere(database))
        return busy();

    // The restore happens inside the file, under an exclusive lock held from before the old
    // content is copied aside until the backup's pages are in: no other program can open the
    // file meanwhile, so none can write a decision to a file moved aside or to content about to
    // be replaced, and the file (and any link to it) stays where it is. SQLite's exclusive
    // locking mode cannot be had while another connection has the file open.
    sqlite3 *h = nullptr;
    const auto closeLive = qScopeGuard([&h] { sqlite3_close(h); });
    int rc = sqlite3_open_v2(QFile::encodeName(database).constData(), &h, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(h, 2000); // a program closing the file at this moment is waited for
        rc = sqlite3_exec(h, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return busy();
    if (rc != SQLITE_OK) {
        // Too damaged for SQLite to lock (which is what a restore is for): nothing can be using
        // it, so the backup takes its place in the folder.
        sqlite3_close(h);
        h = nullptr;
        if (openElsewhere(database))
            return busy();
        return replaceFile(database, backup, kept);
    }
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr); // the lock stays: exclusive mode

    if (auto copied = keepCopy(h, database, kept); !copied)
        return copied.error();
    sqlite3 *source = nullptr;
    const auto closeSource = qScopeGuard([&source] { sqlite3_close(source); });
    rc = sqlite3_open_v2(Database::immutableUri(backup).constData(), &source, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                         nullptr);
    QString why;
    if (rc != SQLITE_OK) {
        why = sqliteMessage(source, rc);
    } else if (sqlite3_backup *copy = sqlite3_backup_init(h, "main", source, "main"); !copy) {
        rc = sqlite3_errcode(h);
        why = sqliteMessage(h, rc);
    } else {
        rc = sqlite3_backup_step(copy, -1);
        const int finished = sqlite3_backup_finish(copy);
        if (rc == SQLITE_DONE)
            rc = finished;
        if (rc != SQLITE_OK)
            why = sqliteMessage(h, rc);
    }
    if (rc != SQLITE_OK) {
        // The copy runs as one transaction of the live file: a failed one leaves it as it was.
        QFile::remove(kept);
        QFile::remove(kept + u"-wal"_s);
        return Error::unusable(
            u"%1: the backup %2 could not be copied in (%3); the database is as it was"_s.arg(database, backup, why));
    }
    // Closing the last connection moves the log into the file; then it is on disk.
    sqlite3_close(h);
    h = nullptr;
    if (!syncPath(database, false))
        return Error::unusable(u"%1: the backup was copied in but could not be written to disk"_s.arg(database));
    return kept;
}

} // namespace adreview
