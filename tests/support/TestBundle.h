#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace adreview::test {

// A sync bundle with its body edited as a forger would: the header's body_bytes and body_sha256
// made to match the edited body, so the edit reaches the checks past the hash.
QByteArray rewrittenBundle(const QByteArray &bundle, const std::function<void(QJsonObject &body)> &edit);

} // namespace adreview::test
