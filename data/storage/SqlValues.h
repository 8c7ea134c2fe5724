#pragma once

#include "storage/RawStatement.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace adreview::sql {

// Times are stored as UTC milliseconds; a missing time is NULL.
inline QVariant fromTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

// A day is stored as the time it starts, 00:00 UTC; a missing day is NULL.
inline QVariant fromDay(const QDate &day)
{
    return fromTime(day.isValid() ? day.startOfDay(Qt::UTC) : QDateTime());
}

inline QDateTime toTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// A column of the current row, read the same way from Qt SQL and from SQLite's own interface, so
// one function reads a record from either.
inline qint64 integer(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}
inline qint64 integer(const RawStatement &q, int column)
{
    return q.integer(column);
}
inline QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}
inline QString text(const RawStatement &q, int column)
{
    return q.text(column);
}
inline QDateTime time(const QSqlQuery &q, int column)
{
    return toTime(q.value(column));
}
inline QDateTime time(const RawStatement &q, int column)
{
    return q.time(column);
}

// Binds values by position. A null QString would bind as SQL NULL; text columns hold '' instead.
inline void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
}

} // namespace adreview::sql
