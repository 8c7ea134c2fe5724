#include "review/DeviceKeys.h"

#include "domain/EventSignature.h"
#include "domain/Sha256.h"
#include "review/Identity.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace adreview {

static_assert(DeviceKey::publicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(DeviceKey::signatureBytes == crypto_sign_BYTES);

struct DeviceKey::Secret {
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> bytes{};
    Secret() = default;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    ~Secret() { sodium_memzero(bytes.data(), bytes.size()); }
};

namespace {

constexpr qint64 maxKeyFileBytes = 4096;
const QByteArray magic = "adreview-device-key 1";

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

QString octal(mode_t mode)
{
    return u"0"_s + QString::number(mode & 0777, 8);
}

// The key file's text: the device and reviewer it belongs to, the public key, and the 32-byte
// seed the pair is made from.
QByteArray keyFileText(const QString &device, const QString &reviewer, const QByteArray &publicKey,
                       const QByteArray &seed)
{
    return magic + "\ndevice: " + device.toUtf8() + "\nreviewer: " + reviewer.toUtf8() +
           "\npublic: " + publicKey.toBase64() + "\nseed: " + seed.toBase64() + "\n";
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

DeviceKey::DeviceKey(QString device, QString reviewer, std::shared_ptr<const Secret> secret,
                     const std::array<unsigned char, publicKeyBytes> &publicKey)
    : m_device(std::move(device)), m_reviewer(std::move(reviewer)), m_secret(std::move(secret)), m_public(publicKey)
{}

QByteArray DeviceKey::publicKey() const
{
    return QByteArray(reinterpret_cast<const char *>(m_public.data()), qsizetype(m_public.size()));
}

QString DeviceKey::fingerprint() const
{
    return fingerprintOf(publicKey());
}

QString DeviceKey::fingerprintOf(const QByteArray &publicKey)
{
    return EventSignature::fingerprint(publicKey);
}

DeviceKey DeviceKey::generate(const QString &device, const QString &reviewer)
{
    [[maybe_unused]] const bool ready = Sha256::sodiumReady();
    Q_ASSERT(ready);
    auto secret = std::make_shared<Secret>();
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pub{};
    crypto_sign_keypair(pub.data(), secret->bytes.data());
    return DeviceKey(device, reviewer, std::move(secret), pub);
}

QByteArray DeviceKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), m_secret->bytes.data());
    return signature;
}

bool DeviceKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    return EventSignature::verify(publicKey, message, signature);
}

DeviceKeys::DeviceKeys(QString dir) : m_dir(std::move(dir)) {}

QString DeviceKeys::defaultDir()
{
    const QString given = qEnvironmentVariable("ADREVIEW_KEY_DIR");
    if (!given.isEmpty())
        return given;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/AdReview/keys"_s;
}

QString DeviceKeys::path(const QString &device) const
{
    // Device names are free text up to 200 characters: encoded, one cannot name another folder. A
    // name whose encoding would pass the 255 bytes a file name may have keeps its start and takes
    // a hash of the whole (the file holds the name, and load() checks it).
    QString name = QString::fromLatin1(QUrl::toPercentEncoding(device));
    if (name.size() > 200)
        name = name.left(120) + u'-' + Sha256::hex(device.toUtf8());
    return m_dir + u'/' + name + u".key"_s;
}

Result<std::optional<DeviceKey>> DeviceKeys::load(const QString &device) const
{
    if (!Sha256::sodiumReady())
        return Error::unusable(u"the signature library (libsodium) could not start"_s);
    const QString file = path(device);
    const QByteArray native = QFile::encodeName(file);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        if (errno == ENOENT)
            return std::optional<DeviceKey>();
        return Error::unusable(u"cannot read the key file %1: %2"_s.arg(file, systemError(errno)));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error::unusable(u"the key file %1 is not a regular file"_s.arg(file));
    }
    if (st.st_uid != ::geteuid()) {
        ::close(fd);
        return Error::unusable(u"the key file %1 belongs to another user; a device's key must be your own"_s.arg(file));
    }
    if ((st.st_mode & 077) != 0) {
        ::close(fd);
        return Error::unusable(u"the key file %1 has permissions %2: others could read this device's private key. "
                               "Make it readable by you alone (chmod 600 %1)"_s.arg(file, octal(st.st_mode)));
    }
    QByteArray text(qsizetype(std::min<qint64>(st.st_size, maxKeyFileBytes)) + 1, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < text.size()) {
        const ssize_t n = ::read(fd, text.data() + got, size_t(text.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    text.truncate(got);

    const auto damaged = [&](const QString &why) {
        sodium_memzero(text.data(), size_t(text.size()));
        return Error::unusable(u"the key file %1 %2; a device whose key is lost or damaged cannot sign again: "
                               "give this machine a new device id (Preferences, or --device)"_s.arg(file, why));
    };
    if (got > maxKeyFileBytes)
        return damaged(u"is too large to be a key file"_s);
    const QList<QByteArray> lines = text.split('\n');
    if (lines.size() != 6 || lines[0] != magic || !lines[5].isEmpty())
        return damaged(u"is not an AdReview key file"_s);
    const auto field = [&](int i, const QByteArray &name) -> std::optional<QByteArray> {
        const QByteArray prefix = name + ": ";
        if (!lines[i].startsWith(prefix))
            return std::nullopt;
        return lines[i].mid(prefix.size());
    };
    const auto deviceField = field(1, "device");
    const auto reviewerField = field(2, "reviewer");
    const auto publicField = field(3, "public");
    const auto seedField = field(4, "seed");
    if (!deviceField || !reviewerField || !publicField || !seedField)
        return damaged(u"is not an AdReview key file"_s);
    if (QString::fromUtf8(*deviceField) != device)
        return damaged(u"belongs to device %1"_s.arg(QString::fromUtf8(*deviceField)));
    const auto publicKey = QByteArray::fromBase64Encoding(*publicField, QByteArray::AbortOnBase64DecodingErrors);
    auto seed = QByteArray::fromBase64Encoding(*seedField, QByteArray::AbortOnBase64DecodingErrors);
    if (!publicKey || !seed || publicKey.decoded.size() != crypto_sign_PUBLICKEYBYTES ||
        seed.decoded.size() != crypto_sign_SEEDBYTES) {
        if (seed)
            sodium_memzero(seed.decoded.data(), size_t(seed.decoded.size()));
        return damaged(u"holds no whole key"_s);
    }
    auto secret = std::make_shared<DeviceKey::Secret>();
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> derived{};
    crypto_sign_seed_keypair(derived.data(), secret->bytes.data(),
                             reinterpret_cast<const unsigned char *>(seed.decoded.constData()));
    sodium_memzero(seed.decoded.data(), size_t(seed.decoded.size()));
    if (std::memcmp(derived.data(), publicKey.decoded.constData(), derived.size()) != 0)
        return damaged(u"holds a public key that is not its private key's"_s);
    const QString reviewer = QString::fromUtf8(*reviewerField);
    sodium_memzero(text.data(), size_t(text.size()));
    return std::optional<DeviceKey>(DeviceKey(device, reviewer, std::move(secret), derived));
}

Result<DeviceKey> DeviceKeys::loadOrCreate(const Identity &who) const
{
    const auto bound = [&](const DeviceKey &key) -> Result<DeviceKey> {
        if (key.reviewer() != who.reviewer)
            return Error::rejected(
                u"device %1's key belongs to reviewer %2, not %3: a key is bound to one reviewer. "
                "Use another device id to decide as %3"_s.arg(who.device, key.reviewer(), who.reviewer));
        return key;
    };
    auto existing = load(who.device);
    if (!existing)
        return existing.error();
    if (*existing)
        return bound(**existing);

    if (!QDir().mkpath(m_dir))
        return Error::unusable(u"cannot make the key folder %1"_s.arg(m_dir));
    const QByteArray dir = QFile::encodeName(m_dir);
    struct stat st {};
    if (::stat(dir.constData(), &st) == 0 && st.st_uid == ::geteuid() && (st.st_mode & 077) != 0)
        ::chmod(dir.constData(), 0700);

    std::array<unsigned char, crypto_sign_SEEDBYTES> seed{};
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pub{};
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sec{};
    randombytes_buf(seed.data(), seed.size());
    crypto_sign_seed_keypair(pub.data(), sec.data(), seed.data());
    sodium_memzero(sec.data(), sec.size());
    QByteArray text = keyFileText(who.device, who.reviewer,
                                  QByteArray(reinterpret_cast<const char *>(pub.data()), qsizetype(pub.size())),
                                  QByteArray(reinterpret_cast<const char *>(seed.data()), qsizetype(seed.size())));
    sodium_memzero(seed.data(), seed.size());

    // Written whole under a temporary name, then linked into place: a reader never sees half a
    // key, and of two processes making the key at once the second finds the first's.
    const QString final = path(who.device);
    const QString temporary =
        u"%1.%2-%3.tmp"_s.arg(final).arg(::getpid()).arg(QRandomGenerator::global()->generate64(), 0, 16);
    const QByteArray tmp = QFile::encodeName(temporary);
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        sodium_memzero(text.data(), size_t(text.size()));
        return Error::unusable(u"cannot write a key file in %1: %2"_s.arg(m_dir, systemError(errno)));
    }
    const bool written = writeAll(fd, text) && ::fsync(fd) == 0;
    const int writeError = errno;
    ::close(fd);
    sodium_memzero(text.data(), size_t(text.size()));
    if (!written) {
        ::unlink(tmp.constData());
        return Error::unusable(u"cannot write the key file %1: %2"_s.arg(final, systemError(writeError)));
    }
    const int linked = ::link(tmp.constData(), QFile::encodeName(final).constData());
    const int linkError = errno;
    ::unlink(tmp.constData());
    if (linked != 0 && linkError != EEXIST)
        return Error::unusable(u"cannot put the key file %1 in place: %2"_s.arg(final, systemError(linkError)));
    if (const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    auto made = load(who.device);
    if (!made)
        return made.error();
    if (!*made)
        return Error::unusable(u"the key file %1 vanished as it was made"_s.arg(final));
    return bound(**made);
}

} // namespace adreview
