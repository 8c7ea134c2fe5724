#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include "storage/RawStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>

#include <signal.h>

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

// The meta row that records what a load set aside: {"host", "pid", "indexes": [{"name", "sql"}]}.
const QString asideKey = u"indexes_set_aside"_s;

Result<QJsonObject> recordedAside(Database &db, const QString &what)
{
    RawStatement q(db, u"SELECT value FROM meta WHERE key = ?"_s, {asideKey}, what);
    if (q.next())
        return QJsonDocument::fromJson(q.utf8(0).toByteArray()).object();
    if (auto failed = q.error())
        return *failed;
    return QJsonObject();
}

// Whether the program that set them aside still runs (here, or in another program on this
// machine), so that its load is under way and it builds them itself.
bool loaderRuns(const QJsonObject &record)
{
    const qint64 pid = record[u"pid"_s].toInteger();
    if (pid <= 0 || record[u"host"_s].toString() != QSysInfo::machineHostName())
        return false;
    return pid == QCoreApplication::applicationPid() || ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

IndexesSetAside::~IndexesSetAside()
{
    // A failure here (a full disk) leaves the record, for the next program to open the file.
    if (m_active && !m_db.inTransaction())
        (void)finish();
}

Status IndexesSetAside::setAside(const QString &table, const QStringList &keep)
{
    const QString what = u"setting the indexes of %1 aside"_s.arg(table);
    if (auto begun = m_db.begin(); !begun)
        return begun;
    auto fail = [this](const Error &e) {
        m_db.rollback();
        return e;
    };
    auto record = recordedAside(m_db, what);
    if (!record)
        return fail(record.error());
    QJsonArray indexes = (*record)[u"indexes"_s].toArray();
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
            indexes.append(QJsonObject{{u"name"_s, name}, {u"sql"_s, q.text(1)}});
        }
        if (auto failed = q.error())
            return fail(*failed);
    }
    if (names.isEmpty()) {
        m_db.rollback();
        return {};
    }
    const QJsonObject now{{u"host"_s, QSysInfo::machineHostName()},
                          {u"pid"_s, QCoreApplication::applicationPid()},
                          {u"indexes"_s, indexes}};
    RawStatement write(
        m_db, u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {asideKey, QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact))}, what);
    if (!write.exec())
        return fail(write.failure(what));
    for (const QString &name : std::as_const(names)) {
        if (auto dropped = m_db.exec(u"DROP INDEX \"%1\""_s.arg(name), what); !dropped)
            return fail(dropped.error());
    }
    if (auto committed = m_db.commit(); !committed)
        return committed;
    m_active = true;
    return {};
}

Status IndexesSetAside::finish()
{
    if (!m_active)
        return {};
    if (auto built = build(m_db); !built)
        return built;
    m_active = false;
    return {};
}

Status IndexesSetAside::restore(Database &db)
{
    auto record = recordedAside(db, u"reading the indexes set aside"_s);
    if (!record)
        return record.error();
    if (record->isEmpty() || loaderRuns(*record))
        return {};
    return build(db);
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
    auto record = recordedAside(db, what);
    if (!record)
        return fail(record.error());
    if (record->isEmpty()) {
        db.rollback();
        return {};
    }
    for (const QJsonValue &index : (*record)[u"indexes"_s].toArray()) {
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
