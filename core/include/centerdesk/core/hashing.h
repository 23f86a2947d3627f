#pragma once

#include <QByteArray>
#include <QString>

namespace centerdesk::core {

// The SHA-256 of `data` as 64 lowercase hex digits (libsodium): history
// entries, sync payloads and attachments.
QString sha256Hex(const QByteArray& data);

} // namespace centerdesk::core
