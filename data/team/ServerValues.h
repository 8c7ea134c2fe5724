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

// An array parameter, as PostgreSQL reads an array literal: each item quoted, NULL for none.
inline void appendArrayItem(QString &out, const Value &item)
{
    if (out.size() > 1)
        out += u',';
    if (!item) {
        out += QStringLiteral("NULL");
        return;
    }
    // Runs without a quote or backslash go in whole: item by item, a character at a time was a
    // third of a push's time on the laptop.
    const QStringView text(*item);
    out += u'"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' || text[i] == u'"') {
            out += text.sliced(from, i - from);
            out += u'\\';
            from = i;
        }
    }
    out += text.sliced(from);
    out += u'"';
}

inline QString array(const QStringList &items)
{
    QString out = QStringLiteral("{");
    for (const QString &item : items)
        appendArrayItem(out, item);
    return out + u'}';
}

} // namespace adreview::serverValues
