#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlQuery>

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

} // namespace adreview
