#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>
#include <functional>

namespace centerdesk::core {

class Store;

// The workstation's identity for sync, kept in the store's meta table
// (sync.workstation_id, sync.center, sync.key_id, sync.secret_key_path,
// sync.public_key); the secret key itself is a file (0600) beside the store.
struct SyncIdentity final
{
    QString workstationId;
    QString centerCode; // a Center's code, or "HQ" for the HQ store
    QString keyId;      // 16 hex digits, as minisign prints it
    QString secretKeyPath;
    QString publicKey; // minisign base64 line
    bool isValid() const { return !workstationId.isEmpty(); }
};

struct SyncExportResult final
{
    bool written = false; // false: nothing changed since the last package
    bool full = false;
    QString packagePath;
    QString signaturePath;
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    qint64 rows = 0;
    QMap<QString, qint64> counts; // lines per table
};

struct SyncImportResult final
{
    bool alreadyImported = false; // the same package was applied before; nothing changed
    QString kind;                 // rows, reference
    QString centerCode;
    QString workstationId;
    qint64 seqFrom = 0;
    qint64 seqTo = 0;
    qint64 rows = 0;
    qint64 unchanged = 0; // lines already at HQ in that version
    QMap<QString, qint64> counts;
};

struct SyncWorkstationInfo final
{
    QString centerCode;
    QString workstationId;
    QString keyId;
    qint64 lastSeq = 0;
    qint64 packages = 0;
    qint64 historyEntries = 0;
    QString lastImportedAt;
};

struct SyncHqInfo final
{
    QList<SyncWorkstationInfo> workstations;
    QMap<QString, qint64> accountsPerCenter;
    QMap<QString, qint64> casesPerCenter;
};

// (done, total) lines; called from the thread that runs the export.
using SyncProgress = std::function<void(qint64, qint64)>;

// Sync-export to HQ (docs/sync-format.md): workstation keys, signed
// incremental packages, their checked import into the HQ store, and signed
// reference packages from HQ back to the workstations.
class SyncService final
{
public:
    explicit SyncService(Store& store);

    static constexpr int formatVersion = 1;
    static constexpr qint64 maxPackageBytes = qint64(1) << 30; // 1 GiB
    static constexpr qint64 maxLineBytes = qint64(4) << 20;    // 4 MiB
    static constexpr qint64 maxSignatureBytes = 4096;
    static constexpr int maxReportedProblems = 20;

    // --- workstation ----------------------------------------------------
    // The default key folder: "<store file>.keys" beside the store.
    static QString defaultKeyFolder(const QString& storePath);
    // Creates the key pair in `folder` (workstation.key 0600, workstation.pub)
    // and records the identity in the store. `centerCode` empty: the one
    // Center the store's accounts and Center staff belong to.
    Result<SyncIdentity> generateKey(const QString& folder, const QString& workstationId,
                                     const QString& centerCode);
    SyncIdentity identity() const;

    // Administrators and the workstation Center's staff may export.
    static Status authorizeExport(const Actor& actor, const SyncIdentity& identity);
    // Writes CENTER-WORKSTATION-FROM-TO.cdpkg and its .minisig into `folder`.
    Result<SyncExportResult> exportPackage(const Actor& actor, const QString& folder, bool full,
                                           const SyncProgress& progress = {});
    QDateTime lastExportAt() const; // invalid when nothing was sent yet
    QString lastExportFile() const;

    // Registers HQ's public key (for import-reference).
    Status setHqKey(const QString& publicKeyText);
    Result<SyncImportResult> importReference(const QString& packagePath);

    // --- HQ -------------------------------------------------------------
    Status registerKey(const QString& centerCode, const QString& workstationId,
                       const QString& publicKeyText);
    Result<SyncImportResult> importPackage(const QString& packagePath);
    Result<SyncHqInfo> hqInfo();
    // A reference package signed with this (HQ) store's key: reference data
    // (the built-in set, or `referenceDataPath`), the store's service levels,
    // and each of `documents` (workflow, statutory-rules or directive JSON).
    Result<SyncExportResult> exportReference(const QString& folder,
                                             const QString& referenceDataPath,
                                             const QStringList& documents);

private:
    Store& m_store;
};

} // namespace centerdesk::core
