#pragma once

#include "team/ServerConnection.h"

#include <QDateTime>
#include <QStringEncoder>
#include <QStringList>
#include <QtEndian>

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

// The type of a value sent in binary form, by PostgreSQL's type id.
enum class ItemType : quint32 { Text = 25, BigInt = 20, Integer = 23, Bytea = 17 };

// Rows as one array parameter of the server's row type `rowType` (its id), in PostgreSQL's binary
// form (what array_recv and record_recv read): no text to escape here and none to parse there.
// `types` gives each column's type, in the row type's order. Numbers come as decimal text and
// bytea as `\x` and hexadecimal, as in the text form.
template <typename Rows>
QByteArray binaryRows(quint32 rowType, const QList<ItemType> &types, const Rows &rows)
{
    QByteArray out;
    const auto put32 = [&out](quint32 n) {
        const quint32 big = qToBigEndian(n);
        out.append(reinterpret_cast<const char *>(&big), sizeof big);
    };
    // A length written once what it measures is in place.
    const auto lengthAt = [&out](qsizetype at) { qToBigEndian(quint32(out.size() - at - 4), out.data() + at); };
    put32(1); // one dimension
    put32(0); // no NULL rows
    put32(rowType);
    put32(quint32(rows.size()));
    put32(1); // numbered from 1
    QStringEncoder utf8(QStringEncoder::Utf8);
    for (const auto &row : rows) {
        const qsizetype rowAt = out.size();
        put32(0);
        put32(quint32(types.size()));
        for (qsizetype c = 0; c < types.size(); ++c) {
            const ItemType type = types[c];
            const Value &item = row.at(c);
            put32(quint32(type));
            if (!item) {
                put32(0xffffffffu); // -1: NULL
                continue;
            }
            const qsizetype at = out.size();
            put32(0);
            switch (type) {
            case ItemType::BigInt:
                put32(quint32(quint64(item->toLongLong()) >> 32));
                put32(quint32(quint64(item->toLongLong())));
                break;
            case ItemType::Integer:
                put32(quint32(item->toInt()));
                break;
            case ItemType::Bytea:
                out.append(QByteArray::fromHex(item->mid(2).toLatin1()));
                break;
            case ItemType::Text: {
                // Encoded in place: UTF-8 takes at most three bytes for each UTF-16 unit. Each
                // text on its own (a lone surrogate at the end of one does not pair with the next).
                utf8.resetState();
                out.resize(at + 4 + 3 * item->size());
                char *end = utf8.appendToBuffer(out.data() + at + 4, *item);
                out.resize(end - out.constData());
                break;
            }
            }
            lengthAt(at);
        }
        lengthAt(rowAt);
    }
    return out;
}

inline QString array(const QStringList &items)
{
    QString out = QStringLiteral("{");
    for (const QString &item : items)
        appendArrayItem(out, item);
    return out + u'}';
}

} // namespace adreview::serverValues
