#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace centerdesk::core {

class Store;

enum class BackupKind
{
    Daily,        // the automatic start-up backup
    Weekly,       // an automatic backup kept for a week-long slot
    PreMigration, // written before a schema upgrade
    Manual,       // "Back up now" or `centerdesk-cli backup` into the folder
};

QString backupKindName(BackupKind kind);  // daily weekly pre-migration manual
QString backupKindLabel(BackupKind kind); // translated

struct BackupEntry final
{
    QString path;
    QDateTime createdAt; // local time, from the file name
    qint64 sizeBytes = 0;
    BackupKind kind = BackupKind::Manual;
};

// How many automatic backups the folder keeps. Stored in the store's meta
// table (backup.keep_daily, backup.keep_weekly); pre-migration and manual
// backups are never deleted by the rotation.
struct BackupPolicy final
{
    int keepDaily = 7;
    int keepWeekly = 4;
};

struct RestoreReport final
{
    QString storePath;
    QString replacedPath; // where the store that was replaced now is; empty if there was none
    int schemaVersion = 0;
};

// Backups of a store with SQLite's online backup API. Every backup is written
// under a temporary name beside its target, checked (integrity_check,
// CenterDesk's application id, the source's schema version) and only then
// renamed; a backup that fails its check is deleted and reported. Nothing is
// ever written to the store itself, so a full disk or a read-only backup
// folder leaves the store exactly as it was.
//
// Automatic backups live in the folder `<store file>.backups` beside the
// store, named `centerdesk-YYYYMMDD-HHMMSS-<kind>.db`.
class BackupService final
{
public:
    explicit BackupService(Store& store, Clock clock = systemClock());

    static QString folderFor(const QString& storePath);
    QString folder() const;

    // Copies the database at `sourcePath` to `target` (which must not exist):
    // temp name, checks, rename. Works while other connections use the source.
    static Result<BackupEntry> copyDatabase(const QString& sourcePath, const QString& target,
                                            BackupKind kind = BackupKind::Manual);
    // A backup of this store to `target`.
    Result<BackupEntry> backupTo(const QString& target);
    // A backup of this store into the backup folder.
    Result<BackupEntry> backupNow(BackupKind kind = BackupKind::Manual);
    // The start-up backup: at most one a day (by the clock's local date),
    // a weekly one when the newest weekly backup is 7 days old or more, then
    // the rotation. Returns the backup written, or nothing when one was due
    // neither today nor this week. The GUI and the CLI call it after Store::open.
    Result<std::optional<BackupEntry>> runDailyIfDue();

    // The backups in the folder, newest first.
    Result<QList<BackupEntry>> list() const;
    static QList<BackupEntry> listFolder(const QString& folder);

    BackupPolicy policy() const;
    // Administrators only; 0..365 of each.
    Status setPolicy(const Actor& actor, const BackupPolicy& policy);
    // Deletes the automatic backups beyond the policy, oldest first.
    Status rotate();

    // A backup of the store at `storePath` into its backup folder, without a
    // Store object: for a worker thread, which may not use the GUI thread's
    // connection.
    static Result<BackupEntry> backupStoreNow(const QString& storePath, BackupKind kind,
                                              const QDateTime& now);
    // The backup written before a migration of an existing store (Store::open
    // calls it while nothing has been written to the file).
    static Result<BackupEntry> backupBeforeMigration(const QString& storePath, int fromVersion,
                                                     const QDateTime& now);

    // Checks that `path` is a sound CenterDesk store this build can open:
    // SQLite, CenterDesk's application id, integrity_check ok, a schema
    // version between 1 and this build's. Returns its schema version.
    static Result<int> checkBackupFile(const QString& path);

    // Whether `actor` may replace the store with a backup (administrators).
    static Status authorizeRestore(const Actor& actor);
    // Replaces the store at `storePath` with a copy of the backup `from`.
    // Every connection to the store must be closed. The backup is checked,
    // copied beside the store under a temporary name, checked again, then
    // moved over the store in one rename; the replaced store is kept as
    // `<store>.replaced-<timestamp>` (with its -wal when it had one). The
    // caller checks authorizeRestore() on the store before closing it.
    static Result<RestoreReport> restore(const QString& storePath, const QString& from,
                                         const QDateTime& now);

private:
    Store& m_store;
    Clock m_clock;
};

} // namespace centerdesk::core
