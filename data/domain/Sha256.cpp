#include "domain/Sha256.h"

#include <sodium.h>

#include <new>

namespace adreview {

static_assert(sizeof(crypto_hash_sha256_state) <= 104);
static_assert(alignof(crypto_hash_sha256_state) <= 8);

namespace {

auto *stateOf(unsigned char *storage)
{
    return std::launder(reinterpret_cast<crypto_hash_sha256_state *>(storage));
}

void ready()
{
    const bool ok = Sha256::sodiumReady();
    Q_ASSERT(ok);
    Q_UNUSED(ok);
}

const auto *bytesOf(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char *>(data.data());
}

} // namespace

bool Sha256::sodiumReady()
{
    // sodium_init() picks the fastest code paths once; libsodium allows calling it from any thread.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Sha256::Sha256()
{
    ready();
    crypto_hash_sha256_init(new (m_state) crypto_hash_sha256_state);
}

void Sha256::add(QByteArrayView data)
{
    crypto_hash_sha256_update(stateOf(m_state), bytesOf(data), static_cast<unsigned long long>(data.size()));
}

void Sha256::add(char c)
{
    const unsigned char byte = static_cast<unsigned char>(c);
    crypto_hash_sha256_update(stateOf(m_state), &byte, 1);
}

Sha256::Digest Sha256::finish()
{
    Digest out;
    crypto_hash_sha256_final(stateOf(m_state), out.data());
    return out;
}

Sha256::Digest Sha256::of(QByteArrayView data)
{
    ready();
    Digest out;
    crypto_hash_sha256(out.data(), bytesOf(data), static_cast<unsigned long long>(data.size()));
    return out;
}

QByteArray Sha256::raw(QByteArrayView data)
{
    const Digest d = of(data);
    return QByteArray(reinterpret_cast<const char *>(d.data()), bytes);
}

QString Sha256::hex(QByteArrayView data)
{
    return hex(of(data));
}

QString Sha256::hex(const Digest &digest)
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString out(bytes * 2, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    for (const unsigned char b : digest) {
        *p++ = digits[b >> 4];
        *p++ = digits[b & 0xf];
    }
    return out;
}

} // namespace adreview
