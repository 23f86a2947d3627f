#pragma once

#include "centerdesk/core/hashing.h"

// Internal to core: the synced tables and the package file, shared by the
// workstation export, the HQ import and the reference packages.
#include "centerdesk/core/result.h"
#include "centerdesk/core/syncsignature.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>

namespace centerdesk::core {

class Store;

struct SyncTable final
{
    QString name;
    bool hasUuid = true;   // case_field is keyed by (case_uuid, name)
    bool versioned = true; // has a version column
    QStringList excluded;  // columns never exported (app_user's password hash, lockout)
};

// In the order rows are written and applied (parents first).
const QList<SyncTable>& syncTables();
const SyncTable* findSyncTable(const QString& name);
// The table's columns in the store, less the excluded ones.
Result<QStringList> syncColumns(Store& store, const SyncTable& table);
QString storedNow();
// Appends `text` as a JSON string (quoted, escaped).
void appendJsonString(QByteArray& out, const QString& text);
void appendJsonUtf8(QByteArray& out, QByteArrayView utf8);

// What a signature check needs to know of the key that signed a package.
struct SyncSigner final
{
    SyncPublicKey key;
    QString centerCode;
    QString workstationId;
};

struct VerifiedPackage final
{
    QString fileName;
    QJsonObject manifest;
    QList<QJsonObject> lines; // after the manifest, in file order
    QString payloadSha256;
    SyncSigner signer;
};

// Reads `path` and its .minisig and checks, in this order, before anything is
// applied: file size, signature against the key the lookup returns for the
// signature's key id, the manifest (format, kind, signer), payload SHA-256,
// schema version, then each line's size, JSON and fields. The payload's hash
// and the lines are read on two threads at once, after the signature check.
Result<VerifiedPackage>
readVerifiedPackage(const QString& path, const QString& kind, int schemaVersion,
                    const std::function<Result<SyncSigner>(const QString& keyIdHex)>& lookup);

// Writes `folder/fileName` (manifest line + payload) through a temporary file
// and its .minisig; fills in payloadSha256 in the manifest. Returns the package path.
Result<QString> writeSignedPackage(const QString& folder, const QString& fileName,
                                   QJsonObject manifest, const QByteArray& payload,
                                   const SyncSecretKey& key);

} // namespace centerdesk::core
