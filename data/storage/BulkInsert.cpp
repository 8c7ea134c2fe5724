#include "storage/BulkInsert.h"

#include "storage/Database.h"
#include "storage/RawStatement.h"

using namespace Qt::StringLiterals;

namespace adreview {

BulkInsert::BulkInsert(Database &db, const QString &table, const QStringList &columns, QString what, Ids ids,
                       const QString &tuple)
    : m_db(db), m_table(table), m_what(std::move(what)), m_ids(ids == Ids::Given)
{
    QStringList names = columns;
    QString values = tuple.isEmpty() ? placeholders(columns.size()) : tuple;
    if (m_ids) {
        names.prepend(u"id"_s);
        values.insert(1, u"?, "_s);
    }
    m_head = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, names.join(u", "_s));
    m_tuple = values;
    m_width = names.size();
    m_values.reserve(m_width * rowsPerStatement);
}

QString BulkInsert::placeholders(qsizetype columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns; ++i)
        marks << u"?"_s;
    return u'(' + marks.join(u", "_s) + u')';
}

QString BulkInsert::statementFor(int rows) const
{
    QString sql = m_head;
    sql.reserve(m_head.size() + rows * (m_tuple.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += u", "_s;
        sql += m_tuple;
    }
    return sql;
}

Result<qint64> BulkInsert::add(const QVariantList &row, const QString &name)
{
    Q_ASSERT(row.size() + (m_ids ? 1 : 0) == m_width);
    qint64 id = 0;
    if (m_ids) {
        if (m_lastId < 0) {
            RawStatement top(m_db, u"SELECT coalesce(max(id), 0) FROM %1"_s.arg(m_table), {}, m_what);
            if (!top.next())
                return top.failure(m_what);
            m_lastId = top.integer(0);
            top.finish();
        }
        id = ++m_lastId;
        m_values.append(id);
    }
    m_values.append(row);
    for (const QVariant &v : row) {
        if (v.typeId() == QMetaType::QString)
            m_bytes += v.toString().size() * qsizetype(sizeof(QChar));
        else if (v.typeId() == QMetaType::QByteArray)
            m_bytes += v.toByteArray().size();
    }
    if (m_rows == 0)
        m_firstName = name;
    m_lastName = name;
    if (++m_rows == rowsPerStatement || m_bytes >= maxGroupBytes) {
        if (auto written = flush(); !written)
            return written.error();
    }
    return id;
}

Status BulkInsert::flush()
{
    if (m_rows == 0)
        return {};
    const auto run = [this](RawStatement &q) -> Status {
        const bool written = q.bind(m_values) && q.exec();
        const Status status =
            written ? Status()
                    : Status(q.failure(m_rows == 1 ? u"%1 (%2)"_s.arg(m_what, m_firstName)
                                                   : u"%1 (%2 to %3)"_s.arg(m_what, m_firstName, m_lastName)));
        q.release(); // a kept statement lets go of the copies of what was bound (attachments)
        return status;
    };
    Status written;
    if (m_rows == rowsPerStatement) {
        // A full group's statement is kept by the connection; the last, shorter one is not.
        if (m_full.isEmpty())
            m_full = statementFor(m_rows);
        written = run(m_db.statement(m_full));
    } else {
        RawStatement last(m_db, statementFor(m_rows));
        written = run(last);
    }
    m_values.clear();
    m_rows = 0;
    m_bytes = 0;
    return written;
}

} // namespace adreview
