#include "centerdesk/core/syncsignature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <sodium.h>

namespace centerdesk::core {

namespace {

class SignatureText final
{
    Q_DECLARE_TR_FUNCTIONS(SignatureText)
};

const QByteArray legacyAlgorithm("Ed", 2);
const QByteArray prehashedAlgorithm("ED", 2);
constexpr qsizetype keyIdBytes = 8;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned long long length(const QByteArray& data)
{
    return static_cast<unsigned long long>(data.size());
}

QByteArray blake2b512(const QList<QByteArrayView>& parts)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES_MAX);
    for (const QByteArrayView part : parts) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(part.data()),
                                  static_cast<unsigned long long>(part.size()));
    }
    QByteArray digest(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(digest.data()),
                             static_cast<size_t>(digest.size()));
    return digest;
}

QByteArray blake2b512(const QByteArray& data)
{
    return blake2b512(QList<QByteArrayView>{data});
}

QByteArray signDetached(const QByteArray& secretKey, const QByteArray& message)
{
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         bytes(message), length(message), bytes(secretKey));
    return signature;
}

bool verifyDetached(const QByteArray& publicKey, const QByteArray& message,
                    const QByteArray& signature)
{
    return signature.size() == crypto_sign_BYTES &&
           publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
           crypto_sign_verify_detached(bytes(signature), bytes(message), length(message),
                                       bytes(publicKey)) == 0;
}

Error badSignatureFile(const QString& why)
{
    return Error::invalid(
        QStringLiteral("signature"), QStringLiteral("signature-format"),
        SignatureText::tr("The signature file is not a minisign signature: %1.").arg(why));
}

// The non-empty lines of a small text file.
QList<QByteArray> linesOf(const QByteArray& text)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines << trimmed;
    }
    return lines;
}

QByteArray decodeBase64(const QByteArray& text, bool* ok)
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    *ok = decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return decoded.decoded;
}

} // namespace

QString SyncPublicKey::keyIdHex() const
{
    QByteArray reversed = keyId;
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex()).toUpper();
}

QString SyncPublicKey::toBase64() const
{
    return QString::fromLatin1(QByteArray(legacyAlgorithm + keyId + publicKey).toBase64());
}

QString SyncPublicKey::toFileText() const
{
    return QStringLiteral("untrusted comment: minisign public key ") + keyIdHex() +
           QLatin1Char('\n') + toBase64() + QLatin1Char('\n');
}

SyncSecretKey SyncSignature::generate()
{
    SyncSecretKey key;
    key.publicKey.keyId = QByteArray(keyIdBytes, Qt::Uninitialized);
    key.publicKey.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    key.secretKey = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    randombytes_buf(key.publicKey.keyId.data(), static_cast<size_t>(keyIdBytes));
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.publicKey.publicKey.data()),
                        reinterpret_cast<unsigned char*>(key.secretKey.data()));
    return key;
}

Result<SyncPublicKey> SyncSignature::parsePublicKey(const QString& text)
{
    const QList<QByteArray> lines = linesOf(text.toUtf8());
    QByteArray base64;
    for (const QByteArray& line : lines) {
        if (!line.startsWith("untrusted comment:"))
            base64 = line;
    }
    bool ok = false;
    const QByteArray decoded = decodeBase64(base64, &ok);
    if (!ok || decoded.size() != 2 + keyIdBytes + crypto_sign_PUBLICKEYBYTES ||
        !decoded.startsWith(legacyAlgorithm)) {
        return Error::invalid(QStringLiteral("public"), QStringLiteral("public-key-format"),
                              SignatureText::tr("The public key is not a minisign Ed25519 public "
                                                "key (base64 of 42 bytes starting with \"Ed\")."));
    }
    return SyncPublicKey{decoded.mid(2, keyIdBytes), decoded.mid(2 + keyIdBytes)};
}

QByteArray SyncSignature::secretKeyFileText(const SyncSecretKey& key)
{
    return QByteArray("untrusted comment: CenterDesk secret key ") +
           key.publicKey.keyIdHex().toLatin1() + " (unencrypted; keep this file private)\n" +
           QByteArray(legacyAlgorithm + key.publicKey.keyId + key.secretKey).toBase64() + '\n';
}

Result<SyncSecretKey> SyncSignature::parseSecretKey(const QByteArray& text)
{
    const QList<QByteArray> lines = linesOf(text);
    bool ok = false;
    const QByteArray decoded = lines.isEmpty() ? QByteArray() : decodeBase64(lines.last(), &ok);
    if (!ok || decoded.size() != 2 + keyIdBytes + crypto_sign_SECRETKEYBYTES ||
        !decoded.startsWith(legacyAlgorithm)) {
        return Error::invalid(QStringLiteral("key"), QStringLiteral("secret-key-format"),
                              SignatureText::tr("The secret key file is not a CenterDesk secret "
                                                "key."));
    }
    SyncSecretKey key;
    key.publicKey.keyId = decoded.mid(2, keyIdBytes);
    key.secretKey = decoded.mid(2 + keyIdBytes);
    // libsodium's secret key ends with the public key.
    key.publicKey.publicKey = key.secretKey.right(crypto_sign_PUBLICKEYBYTES);
    return key;
}

Status SyncSignature::writeKeyFiles(const SyncSecretKey& key, const QString& secretKeyPath,
                                    const QString& publicKeyPath)
{
    const QString folder = QFileInfo(secretKeyPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error::io(QStringLiteral("cannot-write"),
                         SignatureText::tr("The folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    for (const QString& path : {secretKeyPath, publicKeyPath}) {
        if (QFileInfo::exists(path)) {
            return Error::conflict(QStringLiteral("out"), QStringLiteral("key-exists"),
                                   SignatureText::tr("%1 exists already; a key is never "
                                                     "overwritten. Move it away first.")
                                       .arg(QDir::toNativeSeparators(path)));
        }
    }
    // Created with owner-only permissions, so the secret is never readable by others.
    QFile secret(secretKeyPath);
    if (!secret.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error::io(QStringLiteral("cannot-write"),
                         SignatureText::tr("The key file %1 cannot be written: %2.")
                             .arg(QDir::toNativeSeparators(secretKeyPath), secret.errorString()));
    }
    const QByteArray secretText = secretKeyFileText(key);
    if (secret.write(secretText) != secretText.size() || !secret.flush()) {
        secret.close();
        secret.remove();
        return Error::io(QStringLiteral("cannot-write"),
                         SignatureText::tr("The key file %1 cannot be written.")
                             .arg(QDir::toNativeSeparators(secretKeyPath)));
    }
    secret.close();
    QFile publicFile(publicKeyPath);
    const QByteArray publicText = key.publicKey.toFileText().toUtf8();
    if (!publicFile.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        publicFile.write(publicText) != publicText.size()) {
        return Error::io(QStringLiteral("cannot-write"),
                         SignatureText::tr("The key file %1 cannot be written.")
                             .arg(QDir::toNativeSeparators(publicKeyPath)));
    }
    return {};
}

Result<SyncSecretKey> SyncSignature::readSecretKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(QStringLiteral("cannot-read"),
                         SignatureText::tr("The workstation key %1 cannot be read: %2. Create one "
                                           "with 'centerdesk-cli keygen'.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return parseSecretKey(file.read(4096));
}

QByteArray SyncSignature::sign(const SyncSecretKey& key, const QByteArray& data,
                               const QString& trustedComment)
{
    return sign(key, QList<QByteArrayView>{data}, trustedComment);
}

QByteArray SyncSignature::sign(const SyncSecretKey& key, const QList<QByteArrayView>& parts,
                               const QString& trustedComment)
{
    const QByteArray signature = signDetached(key.secretKey, blake2b512(parts));
    const QByteArray comment = trustedComment.toUtf8();
    const QByteArray globalSignature = signDetached(key.secretKey, signature + comment);
    return QByteArray("untrusted comment: signature from CenterDesk key ") +
           key.publicKey.keyIdHex().toLatin1() + '\n' +
           QByteArray(prehashedAlgorithm + key.publicKey.keyId + signature).toBase64() + '\n' +
           "trusted comment: " + comment + '\n' + globalSignature.toBase64() + '\n';
}

Result<QByteArray> SyncSignature::signatureKeyId(const QByteArray& signatureText)
{
    const QList<QByteArray> lines = linesOf(signatureText);
    if (lines.size() != 4 || !lines[0].startsWith("untrusted comment:") ||
        !lines[2].startsWith("trusted comment: "))
        return badSignatureFile(SignatureText::tr("it must have four lines"));
    bool ok = false;
    const QByteArray decoded = decodeBase64(lines[1], &ok);
    if (!ok || decoded.size() != 2 + keyIdBytes + crypto_sign_BYTES)
        return badSignatureFile(SignatureText::tr("its second line is not a signature"));
    if (!decoded.startsWith(prehashedAlgorithm))
        return badSignatureFile(
            SignatureText::tr("only prehashed (\"ED\") signatures are accepted"));
    return decoded.mid(2, keyIdBytes);
}

Result<QString> SyncSignature::verify(const SyncPublicKey& key, const QByteArray& data,
                                      const QByteArray& signatureText)
{
    const Result<QByteArray> keyId = signatureKeyId(signatureText);
    if (!keyId)
        return keyId.error();
    if (*keyId != key.keyId) {
        return Error::invalid(QStringLiteral("signature"), QStringLiteral("wrong-key"),
                              SignatureText::tr("The package is signed with another key than the "
                                                "one registered."));
    }
    const QList<QByteArray> lines = linesOf(signatureText);
    bool ok = false;
    const QByteArray signature = decodeBase64(lines[1], &ok).mid(2 + keyIdBytes);
    const QByteArray comment = lines[2].mid(qsizetype(sizeof "trusted comment: ") - 1);
    const QByteArray globalSignature = decodeBase64(lines[3], &ok);
    if (!ok || !verifyDetached(key.publicKey, blake2b512(data), signature)) {
        return Error::invalid(QStringLiteral("signature"), QStringLiteral("bad-signature"),
                              SignatureText::tr("The signature does not match the package: the "
                                                "file was changed or damaged after it was "
                                                "signed."));
    }
    if (!verifyDetached(key.publicKey, signature + comment, globalSignature)) {
        return Error::invalid(QStringLiteral("signature"), QStringLiteral("bad-trusted-comment"),
                              SignatureText::tr("The signature's trusted comment was changed."));
    }
    return QString::fromUtf8(comment);
}

} // namespace centerdesk::core
