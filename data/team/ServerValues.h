#pragma once

#include "team/ServerConnection.h"

#include <QDateTime>
#include <QStringList>

namespace adreview::serverValues {

// Values as sent to and read from the team server, in text: numbers, and times as UTC
// milliseconds (the laptops' own form), NULL for none.
using Value = ServerConnection::Value;

inline Value number(qint64 n)
{
    return QString::number(n);
}

inline Value ms(const QDateTime &t)
{
    return t.isValid() ? Value(QString::number(t.toMSecsSinceEpoch())) : Value();
}

inline QDateTime time(const ServerRows &r, int row, int column)
{
    return r.isNull(row, column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(r.integer(row, column), Qt::UTC);
}

// A text[] parameter, as PostgreSQL reads an array literal.
inline QString array(const QStringList &items)
{
    QStringList quoted;
    quoted.reserve(items.size());
    for (QString item : items)
        quoted.append(u'"' + item.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"');
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace adreview::serverValues
