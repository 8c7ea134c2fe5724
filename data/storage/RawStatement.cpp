#include "storage/RawStatement.h"

#include "storage/Database.h"

#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace adreview {

RawStatement::RawStatement(Database &db, const QString &sql) : m_db(db), m_handle(db.handle())
{
    const QByteArray text = sql.toUtf8();
    if (const int code = sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                            &m_statement, nullptr);
        code != SQLITE_OK)
        fail(code);
}

RawStatement::RawStatement(Database &db, const QString &sql, const QVariantList &values, const QString &what)
    : m_db(db), m_handle(db.handle()), m_what(what)
{
    const QByteArray text = sql.toUtf8();
    if (const int code = sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_statement, nullptr);
        code != SQLITE_OK) {
        fail(code);
        return;
    }
    bind(values);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

int RawStatement::bindValue(int index, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::QString: {
        const QByteArray utf8 = v.toString().toUtf8();
        return sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8);
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        if (bytes.isNull())
            return sqlite3_bind_null(m_statement, index);
        return sqlite3_bind_blob64(m_statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::Double:
        return sqlite3_bind_double(m_statement, index, v.toDouble());
    default:
        break;
    }
    if (v.isNull())
        return sqlite3_bind_null(m_statement, index);
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? sqlite3_bind_int64(m_statement, index, n) : SQLITE_MISMATCH;
}

bool RawStatement::bind(const QVariantList &values)
{
    if (!m_statement)
        return false;
    m_code = 0;
    m_detail.clear();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    for (int i = 0; i < values.size(); ++i) {
        if (const int code = bindValue(i + 1, values.at(i)); code != SQLITE_OK) {
            fail(code);
            return false;
        }
    }
    return true;
}

bool RawStatement::exec()
{
    if (!m_statement || m_code != 0)
        return false;
    int code = sqlite3_step(m_statement);
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    if (code != SQLITE_DONE) {
        fail(code);
        sqlite3_reset(m_statement);
        return false;
    }
    sqlite3_reset(m_statement);
    return true;
}

bool RawStatement::next()
{
    if (!m_statement || m_code != 0)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    sqlite3_reset(m_statement); // ends the read at once; no cursor stays open
    return false;
}

void RawStatement::finish()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

void RawStatement::release()
{
    if (m_statement) {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

void RawStatement::fail(int code)
{
    m_code = code;
    // The connection's message is the statement's only until the next call on the connection.
    m_detail = QString::fromUtf8(code == SQLITE_MISMATCH ? sqlite3_errstr(code) : sqlite3_errmsg(m_handle));
}

Error RawStatement::failure(const QString &what) const
{
    if (m_code == 0 && !m_statement)
        return m_db.errorFrom(QSqlError(QString(), u"statement not prepared"_s, QSqlError::StatementError), what);
    return m_db.errorFrom(QSqlError(QString(), m_detail, QSqlError::StatementError, QString::number(m_code)), what);
}

std::optional<Error> RawStatement::error() const
{
    if (!failed())
        return std::nullopt;
    return failure(m_what);
}

bool RawStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 RawStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView RawStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

QString RawStatement::text(int column) const
{
    return QString::fromUtf8(utf8(column));
}

QByteArray RawStatement::blob(int column) const
{
    if (isNull(column))
        return QByteArray();
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

QDateTime RawStatement::time(int column) const
{
    return isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(integer(column), Qt::UTC);
}

QVariant RawStatement::value(int column) const
{
    switch (m_statement ? sqlite3_column_type(m_statement, column) : SQLITE_NULL) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant();
    }
}

int RawStatement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}

} // namespace adreview
