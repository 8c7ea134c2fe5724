#include "TestBundle.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace adreview::test {

QByteArray rewrittenBundle(const QByteArray &bundle, const std::function<void(QJsonObject &body)> &edit)
{
    const qsizetype newline = bundle.indexOf('\n');
    QJsonObject header = QJsonDocument::fromJson(bundle.left(newline)).object();
    QJsonObject body = QJsonDocument::fromJson(bundle.mid(newline + 1)).object();
    edit(body);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    header.insert(u"body_bytes"_s, bytes.size());
    header.insert(u"body_sha256"_s,
                  QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + bytes;
}

} // namespace adreview::test
