#include "centerdesk/core/hashing.h"

#include <sodium.h>

namespace centerdesk::core {

QString sha256Hex(const QByteArray& data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

} // namespace centerdesk::core
