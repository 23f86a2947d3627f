#pragma once

#include "centerdesk/core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace centerdesk::core {

// An Ed25519 public key with minisign's 8-byte key id.
struct SyncPublicKey final
{
    QByteArray keyId;     // 8 bytes
    QByteArray publicKey; // 32 bytes

    // The key id as minisign prints it: 16 upper-case hex digits (little-endian).
    QString keyIdHex() const;
    // base64("Ed" + key id + public key): the second line of a minisign .pub file.
    QString toBase64() const;
    // "untrusted comment: ...\n<base64>\n": a minisign public key file.
    QString toFileText() const;
};

// A secret key (libsodium's 64-byte form) with its public half.
struct SyncSecretKey final
{
    SyncPublicKey publicKey;
    QByteArray secretKey; // 64 bytes
};

// Signatures in minisign's format, made and checked with libsodium, so that
// `minisign -Vm FILE -P PUBKEY` verifies CenterDesk's packages:
//   untrusted comment: <text>
//   base64("ED" + key id + Ed25519(BLAKE2b-512(file)))
//   trusted comment: <text>
//   base64(Ed25519(signature + trusted comment))
// Verification accepts the prehashed "ED" form only.
class SyncSignature final
{
public:
    // A new key pair with a random key id.
    static SyncSecretKey generate();

    // A public key from a minisign .pub file's text or its base64 line.
    static Result<SyncPublicKey> parsePublicKey(const QString& text);

    // The secret key file (CenterDesk's own, unencrypted: "untrusted comment"
    // line, then base64("Ed" + key id + 64-byte secret key)).
    static QByteArray secretKeyFileText(const SyncSecretKey& key);
    static Result<SyncSecretKey> parseSecretKey(const QByteArray& text);
    // Writes a new secret key file readable by its owner only (0600 from its
    // creation, never widened) and the public key beside it (`.pub`).
    static Status writeKeyFiles(const SyncSecretKey& key, const QString& secretKeyPath,
                                const QString& publicKeyPath);
    static Result<SyncSecretKey> readSecretKey(const QString& path);

    // The .minisig text for `data`.
    static QByteArray sign(const SyncSecretKey& key, const QByteArray& data,
                           const QString& trustedComment);
    // The same for data given in parts (signed as if they were one).
    static QByteArray sign(const SyncSecretKey& key, const QList<QByteArrayView>& parts,
                           const QString& trustedComment);
    // The key id a .minisig names (8 bytes), without checking anything else.
    static Result<QByteArray> signatureKeyId(const QByteArray& signatureText);
    // Checks `signatureText` over `data` with `key`; returns the trusted comment.
    static Result<QString> verify(const SyncPublicKey& key, const QByteArray& data,
                                  const QByteArray& signatureText);
};

} // namespace centerdesk::core
