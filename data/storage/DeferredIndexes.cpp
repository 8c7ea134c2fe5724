#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlValues.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

Result<bool> DeferredIndexes::worthwhile(const QString &table, qint64 rows)
{
    if (rows < minimumRows)
        return false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table)) || !q.next())
        return m_db.errorFrom(q, u"counting the rows of %1"_s.arg(table));
    return rows >= q.value(0).toLongLong();
}

namespace {

struct Index {
    QString name;
    QString sql;
};

// The indexes of `table` one may drop and make again from their SQL, but those in `keep`. Indexes
// without SQL belong to UNIQUE and PRIMARY KEY constraints: those stay.
Result<QList<Index>> droppableIndexes(Database &db, const QString &table, const QStringList &keep, const QString &what)
{
    RawStatement q(db,
                   u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s,
                   {table}, what);
    QList<Index> out;
    while (q.next()) {
        const QString name = q.text(0);
        if (!keep.contains(name))
            out.append({name, q.text(1)});
    }
    if (auto failed = q.error())
        return *failed;
    return out;
}

// Drops each index, in the transaction under way if there is one.
Status dropIndexes(Database &db, const QList<Index> &indexes, const QString &what)
{
    for (const Index &index : indexes) {
        if (auto dropped = db.exec(u"DROP INDEX \"%1\""_s.arg(index.name), what); !dropped)
            return dropped;
    }
    return {};
}

} // namespace

Status DeferredIndexes::drop(const QString &table, const QStringList &keep)
{
    const QString what = u"setting the indexes of %1 aside"_s.arg(table);
    auto indexes = droppableIndexes(m_db, table, keep, what);
    if (!indexes)
        return indexes.error();
    for (const Index &index : std::as_const(*indexes))
        m_definitions << index.sql;
    return dropIndexes(m_db, *indexes, what);
}

Status DeferredIndexes::deferFor(const QString &table, qint64 rows, const QStringList &keep)
{
    auto worth = worthwhile(table, rows);
    if (!worth)
        return worth.error();
    return *worth ? drop(table, keep) : Status();
}

Status DeferredIndexes::rebuild()
{
    for (const QString &definition : std::as_const(m_definitions)) {
        if (auto made = m_db.exec(definition, u"building an index again"_s); !made)
            return made;
    }
    m_definitions.clear();
    return {};
}

namespace {

// The meta row that records the indexes a load set aside: a JSON array of {"name", "sql"}.
const QString asideKey = u"indexes_set_aside"_s;

Result<QJsonArray> recordedAside(Database &db, const QString &what)
{
    RawStatement q(db, u"SELECT value FROM meta WHERE key = ?"_s, {asideKey}, what);
    if (q.next())
        return QJsonDocument::fromJson(q.utf8(0).toByteArray()).array();
    if (auto failed = q.error())
        return *failed;
    return QJsonArray();
}

QByteArray lockPathOf(const Database &db)
{
    // One file for every path that reaches the database (links included).
    const QString canonical = QFileInfo(db.path()).canonicalFilePath();
    return QFile::encodeName((canonical.isEmpty() ? db.path() : canonical) + u"-indexes.lock"_s);
}

// The lock file, and whether this program holds it.
struct Lock {
    enum Outcome { Taken, Held, Absent, Unknown } outcome = Unknown;
    int fd = -1;
    int error = 0; // for Unknown
};

// Takes the lock on the file at `path`, made when `create`; Held when a load holds it.
Lock takeLock(const QByteArray &path, bool create)
{
    // A lock taken on a file its holder removed meanwhile (as it ended) is let go and taken again
    // on the file the path names now, if any.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const int fd = ::open(path.constData(), (create ? O_CREAT : 0) | O_RDONLY | O_CLOEXEC, 0600);
        if (fd < 0)
            return {errno == ENOENT ? Lock::Absent : Lock::Unknown, -1, errno};
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int why = errno;
            ::close(fd);
            return {why == EWOULDBLOCK ? Lock::Held : Lock::Unknown, -1, why};
        }
        struct stat locked {};
        struct stat named {};
        if (::fstat(fd, &locked) == 0 && ::stat(path.constData(), &named) == 0 && locked.st_dev == named.st_dev &&
            locked.st_ino == named.st_ino)
            return {Lock::Taken, fd, 0};
        ::close(fd);
    }
    return {Lock::Unknown, -1, EAGAIN};
}

Status unknownLock(const Database &db, const QByteArray &path, int error)
{
    return Error::unusable(u"%1: cannot tell whether a team server sync that set its indexes aside is under way (%2: "
                           "%3); if no AdReview is running, remove that file"_s.arg(
                               db.path(), QFile::decodeName(path), QString::fromLocal8Bit(strerror(error))));
}

void letGo(const QByteArray &path, int fd)
{
    // Removed while still held: whoever opens the path next makes a new file.
    ::unlink(path.constData());
    ::close(fd);
}

} // namespace

IndexesSetAside::~IndexesSetAside()
{
    if (m_active && !m_db.inTransaction()) {
        if (auto built = finish(); !built)
            qWarning("%s", qPrintable(built.error().message));
    }
    unlock(); // what is left recorded is built by the next open
}

void IndexesSetAside::unlock()
{
    if (m_lock < 0)
        return;
    letGo(lockPathOf(m_db), m_lock);
    m_lock = -1;
}

Status IndexesSetAside::setAside(const QString &table, const QStringList &keep)
{
    if (m_lock < 0) {
        const Lock lock = takeLock(lockPathOf(m_db), true);
        if (lock.outcome != Lock::Taken)
            return {};
        m_lock = lock.fd;
    }
    const QString what = u"setting the indexes of %1 aside"_s.arg(table);
    auto fail = [this](const Error &e) {
        if (m_db.inTransaction())
            m_db.rollback();
        if (!m_active)
            unlock();
        return e;
    };
    if (auto begun = m_db.begin(); !begun)
        return fail(begun.error());
    auto aside = recordedAside(m_db, what);
    if (!aside)
        return fail(aside.error());
    auto indexes = droppableIndexes(m_db, table, keep, what);
    if (!indexes)
        return fail(indexes.error());
    for (const Index &index : std::as_const(*indexes))
        aside->append(QJsonObject{{u"name"_s, index.name}, {u"sql"_s, index.sql}});
    if (indexes->isEmpty()) {
        m_db.rollback();
        if (!m_active)
            unlock();
        return {};
    }
    RawStatement write(
        m_db, u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {asideKey, QString::fromUtf8(QJsonDocument(*aside).toJson(QJsonDocument::Compact))}, what);
    if (!write.exec())
        return fail(write.failure(what));
    if (auto dropped = dropIndexes(m_db, *indexes, what); !dropped)
        return fail(dropped.error());
    if (auto committed = m_db.commit(); !committed)
        return fail(committed.error());
    m_active = true;
    return {};
}

Status IndexesSetAside::finish()
{
    const bool active = std::exchange(m_active, false);
    // Built or not, the lock goes: a failure leaves the record to the next open.
    const Status built = active ? build(m_db, -1, false) : Status();
    unlock();
    return built;
}

Status IndexesSetAside::restore(Database &db)
{
    auto aside = recordedAside(db, u"reading the indexes set aside"_s);
    if (!aside)
        return aside.error();
    if (aside->isEmpty())
        return {};
    // A load under way holds the lock, and builds them itself: asked before waiting for the
    // database's write lock, which the load takes chunk after chunk.
    const QByteArray path = lockPathOf(db);
    const Lock lock = takeLock(path, false);
    if (lock.outcome == Lock::Held)
        return {};
    if (lock.outcome == Lock::Unknown)
        return unknownLock(db, path, lock.error);
    return build(db, lock.outcome == Lock::Taken ? lock.fd : -1, true);
}

Result<QStringList> IndexesSetAside::recorded(Database &db)
{
    auto aside = recordedAside(db, u"reading the indexes set aside"_s);
    if (!aside)
        return aside.error();
    QStringList names;
    for (const QJsonValue &index : std::as_const(*aside))
        names.append(index[u"name"_s].toString());
    return names;
}

Status IndexesSetAside::build(Database &db, int heldLock, bool unlessLoading)
{
    const QString what = u"building the indexes set aside again"_s;
    const QByteArray path = lockPathOf(db);
    Lock lock{heldLock >= 0 ? Lock::Taken : Lock::Absent, heldLock, 0};
    auto end = [&] {
        if (db.inTransaction())
            db.rollback();
        if (lock.outcome == Lock::Taken)
            letGo(path, lock.fd);
    };
    auto fail = [&](const Error &e) {
        end();
        return e;
    };
    if (auto begun = db.begin(); !begun)
        return fail(begun.error());
    // Read under the write lock: another program may have built them meanwhile.
    auto aside = recordedAside(db, what);
    if (!aside)
        return fail(aside.error());
    if (aside->isEmpty()) {
        end();
        return {};
    }
    if (unlessLoading && lock.outcome != Lock::Taken) {
        // No lock file when asked: a load may have begun since, and holds it now.
        lock = takeLock(path, false);
        if (lock.outcome == Lock::Held) {
            end();
            return {};
        }
        if (lock.outcome == Lock::Unknown)
            return fail(unknownLock(db, path, lock.error).error());
    }
    for (const QJsonValue &index : std::as_const(*aside)) {
        const QString name = index[u"name"_s].toString();
        RawStatement present(db, u"SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?"_s, {name}, what);
        const bool there = present.next();
        if (auto failed = present.error())
            return fail(*failed);
        present.finish();
        if (there)
            continue;
        if (auto made = db.exec(index[u"sql"_s].toString(), what); !made)
            return fail(made.error());
    }
    RawStatement forget(db, u"DELETE FROM meta WHERE key = ?"_s, {asideKey}, what);
    if (!forget.exec())
        return fail(forget.failure(what));
    const Status committed = db.commit();
    end();
    return committed;
}

} // namespace adreview
