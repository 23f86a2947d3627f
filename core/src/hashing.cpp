#include "centerdesk/core/hashing.h"

#include <sodium.h>

namespace centerdesk::core {

namespace {

crypto_hash_sha256_state* stateOf(unsigned char* bytes)
{
    static_assert(sizeof(crypto_hash_sha256_state) <= 128);
    return reinterpret_cast<crypto_hash_sha256_state*>(bytes);
}

} // namespace

Sha256::Sha256()
{
    crypto_hash_sha256_init(stateOf(m_state));
}

void Sha256::add(QByteArrayView part)
{
    crypto_hash_sha256_update(stateOf(m_state), reinterpret_cast<const unsigned char*>(part.data()),
                              static_cast<unsigned long long>(part.size()));
}

QString Sha256::hex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(stateOf(m_state), digest);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

QString sha256Hex(const QByteArray& data)
{
    Sha256 hash;
    hash.add(data);
    return hash.hex();
}

} // namespace centerdesk::core
