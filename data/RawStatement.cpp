#include "RawStatement.h"

#include "Database.h"

#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace adreview {

RawStatement::RawStatement(Database &db, const QString &sql, const QVariantList &values, const QString &what)
    : m_db(db), m_handle(db.handle()), m_what(what)
{
    const QByteArray text = sql.toUtf8();
    if (const int code = sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_statement, nullptr);
        code != SQLITE_OK) {
        fail(code);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        int code = SQLITE_OK;
        if (v.typeId() == QMetaType::QString) {
            // a null QString binds as '' (text columns hold '', never NULL)
            const QByteArray utf8 = v.toString().toUtf8();
            code = sqlite3_bind_text64(m_statement, i + 1, utf8.constData(), sqlite3_uint64(utf8.size()),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
        } else if (v.isNull()) {
            code = sqlite3_bind_null(m_statement, i + 1);
        } else {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            code = ok ? sqlite3_bind_int64(m_statement, i + 1, n) : SQLITE_MISMATCH;
        }
        if (code != SQLITE_OK) {
            fail(code);
            return;
        }
    }
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

bool RawStatement::next()
{
    if (m_error || !m_statement)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE)
        fail(code);
    sqlite3_reset(m_statement); // ends the read at once; no cursor stays open
    return false;
}

void RawStatement::fail(int code)
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_handle));
    m_error = m_db.errorFrom(QSqlError(QString(), detail, QSqlError::StatementError, QString::number(code)), m_what);
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

} // namespace adreview
