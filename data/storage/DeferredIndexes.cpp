#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlValues.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <fcntl.h>
#include <sys/file.h>
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

Status DeferredIndexes::drop(const QString &table, const QStringList &keep)
{
    const QString what = u"setting the indexes of %1 aside"_s.arg(table);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Indexes without SQL belong to UNIQUE and PRIMARY KEY constraints: those stay.
    q.prepare(u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s);
    sql::bindAll(q, {table});
    if (!q.exec())
        return m_db.errorFrom(q, what);
    QStringList names;
    while (q.next()) {
        if (keep.contains(q.value(0).toString()))
            continue;
        names << q.value(0).toString();
        m_definitions << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = m_db.exec(u"DROP INDEX \"%1\""_s.arg(name), what); !dropped)
            return dropped;
    }
    return {};
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
    return QFile::encodeName(db.path() + u"-indexes.lock"_s);
}

// The lock file, locked by this descriptor; -1 when another holds it or it cannot be made.
int takeLock(const QByteArray &path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
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
    ::unlink(lockPathOf(m_db).constData());
    ::close(m_lock);
    m_lock = -1;
}

Status IndexesSetAside::setAside(const QString &table, const QStringList &keep)
{
    if (m_lock < 0) {
        m_lock = takeLock(lockPathOf(m_db), O_CREAT);
        if (m_lock < 0)
            return {};
    }
    const QString what = u"setting the indexes of %1 aside"_s.arg(table);
    if (auto begun = m_db.begin(); !begun)
        return begun;
    auto fail = [this](const Error &e) {
        m_db.rollback();
        if (!m_active)
            unlock();
        return e;
    };
    auto aside = recordedAside(m_db, what);
    if (!aside)
        return fail(aside.error());
    QStringList names;
    {
        RawStatement q(
            m_db, u"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s,
            {table}, what);
        while (q.next()) {
            const QString name = q.text(0);
            if (keep.contains(name))
                continue;
            names << name;
            aside->append(QJsonObject{{u"name"_s, name}, {u"sql"_s, q.text(1)}});
        }
        if (auto failed = q.error())
            return fail(*failed);
    }
    if (names.isEmpty()) {
        m_db.rollback();
        return {};
    }
    RawStatement write(
        m_db, u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {asideKey, QString::fromUtf8(QJsonDocument(*aside).toJson(QJsonDocument::Compact))}, what);
    if (!write.exec())
        return fail(write.failure(what));
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = m_db.exec(u"DROP INDEX \"%1\""_s.arg(name), what); !dropped)
            return fail(dropped.error());
    }
    if (auto committed = m_db.commit(); !committed) {
        if (!m_active)
            unlock();
        return committed;
    }
    m_active = true;
    return {};
}

Status IndexesSetAside::finish()
{
    if (!m_active)
        return {};
    m_active = false;
    const Status built = build(m_db);
    unlock(); // built or not: a failure leaves the record to the next open
    return built;
}

Status IndexesSetAside::restore(Database &db)
{
    auto aside = recordedAside(db, u"reading the indexes set aside"_s);
    if (!aside)
        return aside.error();
    if (aside->isEmpty())
        return {};
    // A load that still runs holds the lock (no lock file: none runs).
    const QByteArray path = lockPathOf(db);
    int lock = -1;
    if (QFile::exists(QFile::decodeName(path))) {
        lock = takeLock(path, 0);
        if (lock < 0)
            return {};
    }
    const Status built = build(db);
    if (lock >= 0) {
        ::unlink(path.constData());
        ::close(lock);
    }
    return built;
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

Status IndexesSetAside::build(Database &db)
{
    const QString what = u"building the indexes set aside again"_s;
    if (auto begun = db.begin(); !begun)
        return begun;
    auto fail = [&db](const Error &e) {
        db.rollback();
        return e;
    };
    // Read under the write lock: another program may have built them meanwhile.
    auto aside = recordedAside(db, what);
    if (!aside)
        return fail(aside.error());
    if (aside->isEmpty()) {
        db.rollback();
        return {};
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
    return db.commit();
}

} // namespace adreview
