#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace centerdesk::core {

// The SHA-256 of `data` as 64 lowercase hex digits (libsodium): history
// entries, sync payloads and attachments.
QString sha256Hex(const QByteArray& data);

// The same, of data given in parts (a payload read chunk by chunk).
class Sha256 final
{
public:
    Sha256();
    void add(QByteArrayView part);
    QString hex(); // ends the hash

private:
    alignas(16) unsigned char m_state[128]; // libsodium's crypto_hash_sha256_state
};

} // namespace centerdesk::core
