#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace adreview::canonicaljson {

// Writers for hashed JSON that spell text exactly as QJsonDocument's compact output does, without
// building a QJsonObject. They handle only text that writer leaves unescaped apart from '"' and
// '\\'; for anything else they return false (with part of the text appended) and the caller
// writes the whole document through Qt instead.
bool appendPlainJsonString(QByteArray &out, const QString &text);
bool appendPlainJsonArray(QByteArray &out, const QStringList &items);

} // namespace adreview::canonicaljson
