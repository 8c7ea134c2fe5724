// libFuzzer target: a sync bundle, as `adreview sync import` and the window's Sync read it. An
// input that starts with '{' is a whole bundle file (header line and body). Any other input is
// a body: its first byte is dropped and a header with the body's true length and hash is put in
// front, so the fuzzer explores the body's reader instead of stopping at the hash. A bundle the
// reader accepts is merged into a fresh copy of the demo database, which must then verify; a
// bundle the merge refuses must have written nothing.
#include "FuzzDatabase.h"
#include "sync/SyncBundle.h"
#include "sync/SyncMerge.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace adreview;

namespace {

QByteArray withHeader(QByteArrayView body)
{
    const QJsonObject header{
        {u"format"_s, u"adreview-sync"_s},
        {u"version"_s, SyncBundle::formatVersion},
        {u"device"_s, u"fuzz-laptop"_s},
        {u"reviewer"_s, u"fuzz"_s},
        {u"created_at"_s, u"2019-01-01T09:00:00.000Z"_s},
        {u"since"_s, QString()},
        {u"events"_s, 0},
        {u"cases"_s, 0},
        {u"body_bytes"_s, body.size()},
        {u"body_sha256"_s, QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())}};
    return QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + body.toByteArray();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QByteArray bytes = input.startsWith('{') ? input.toByteArray() : withHeader(input.sliced(size > 0 ? 1 : 0));
    auto bundle = SyncBundle::parse(bytes, u"fuzz.adrbundle"_s);
    if (!bundle)
        return 0;
    auto &fuzz = fuzz::FuzzDatabase::instance();
    auto db = fuzz.fresh();
    SyncMerge merge(*db);
    merge.trustNewDevices(u"fuzz"_s);
    auto merged = merge.merge(*bundle, u"fuzz.adrbundle"_s);
    if (merged)
        fuzz.expectVerified(*db, "a merged bundle leaves a database that does not verify");
    else if (merged.error().kind != ErrorKind::Rejected)
        fuzz::fail("a bundle made the database unusable", merged.error().message);
    else
        fuzz.expectUnchanged(*db, "a refused bundle wrote something");
    return 0;
}
