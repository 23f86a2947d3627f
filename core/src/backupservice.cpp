#include "centerdesk/core/backupservice.h"

#include "centerdesk/core/logging.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <filesystem>
#include <sqlite3.h>

namespace centerdesk::core {

namespace {

// Gives lupdate and QCoreApplication one translation context for this file.
class BackupMessages final
{
    Q_DECLARE_TR_FUNCTIONS(BackupMessages)
};

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmss");

// Closes a raw connection however the function that opened it ends.
struct Connection final
{
    sqlite3* db = nullptr;
    Connection() = default;
    Q_DISABLE_COPY_MOVE(Connection)
    ~Connection() { sqlite3_close_v2(db); }
    QString message() const
    {
        return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
    }
};

int openRaw(Connection& connection, const QString& path, int flags)
{
    const QByteArray encoded = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(encoded.constData(), &connection.db, flags, nullptr);
    if (connection.db)
        sqlite3_busy_timeout(connection.db, 5000);
    return rc;
}

// Runs a one-value query; the value as text, or nothing when it fails.
std::optional<QString> readValue(sqlite3* db, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    std::optional<QString> value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        value = QString::fromUtf8(text ? text : "");
    }
    sqlite3_finalize(statement);
    return value;
}

void removeWithCompanions(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// Why a backup could not be written into `folder`, in words a user can act on.
Error writeError(const QString& folder, int code, const QString& detail)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Error::io(
            QStringLiteral("disk-full"),
            BackupMessages::tr("The backup could not be written: the disk holding the folder %1 "
                               "is full (%2). The store was not changed; free some space and "
                               "try again.")
                .arg(nativePath(folder), detail));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Error::io(
            QStringLiteral("cannot-write"),
            BackupMessages::tr("The backup could not be written: the folder %1 is not writable "
                               "(%2). The store was not changed; choose another folder or fix "
                               "its permissions.")
                .arg(nativePath(folder), detail));
    default:
        return Error::io(
            QStringLiteral("write-failed"),
            BackupMessages::tr("The backup could not be written into the folder %1 (%2). The "
                               "store was not changed; check the free space and the folder's "
                               "permissions.")
                .arg(nativePath(folder), detail));
    }
}

const QRegularExpression& backupNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^centerdesk-(\\d{8}-\\d{6})-(daily|weekly|pre-migration|manual)(?:-\\d+)?\\.db$"));
    return pattern;
}

std::optional<BackupKind> kindFromName(const QString& name)
{
    for (BackupKind kind :
         {BackupKind::Daily, BackupKind::Weekly, BackupKind::PreMigration, BackupKind::Manual}) {
        if (backupKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

// A free name for a backup of `kind` taken at `now` in `folder`.
QString backupPath(const QString& folder, BackupKind kind, const QDateTime& now)
{
    const QString stem = QStringLiteral("centerdesk-%1-%2")
                             .arg(now.toLocalTime().toString(timeFormat), backupKindName(kind));
    QString path = QDir(folder).filePath(stem + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(stem + QStringLiteral("-%1.db").arg(n));
    return path;
}

Status makeFolder(const QString& folder)
{
    if (QDir().mkpath(folder))
        return {};
    return Error::io(QStringLiteral("cannot-create-folder"),
                     BackupMessages::tr("The backup folder %1 cannot be created. The store was "
                                        "not changed; check the permissions of its parent folder.")
                         .arg(nativePath(folder)));
}

} // namespace

QString backupKindName(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("daily");
    case BackupKind::Weekly:
        return QStringLiteral("weekly");
    case BackupKind::PreMigration:
        return QStringLiteral("pre-migration");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

QString backupKindLabel(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return BackupMessages::tr("Daily");
    case BackupKind::Weekly:
        return BackupMessages::tr("Weekly");
    case BackupKind::PreMigration:
        return BackupMessages::tr("Before upgrade");
    case BackupKind::Manual:
        return BackupMessages::tr("Manual");
    }
    return {};
}

BackupService::BackupService(Store& store, Clock clock)
    : m_store(store)
    , m_clock(std::move(clock))
{}

QString BackupService::folderFor(const QString& storePath)
{
    return QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".backups");
}

QString BackupService::folder() const
{
    return folderFor(m_store.path());
}

Result<int> BackupService::checkBackupFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto notAStore = [&](const QString& rule, const QString& why) {
        return Error::invalid(QStringLiteral("from"), rule,
                              BackupMessages::tr("The file %1 cannot be used as a CenterDesk "
                                                 "store: %2. Nothing was changed.")
                                  .arg(nativePath(absolute), why));
    };
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(QStringLiteral("cannot-read"),
                         BackupMessages::tr("The file %1 cannot be read: %2.")
                             .arg(nativePath(absolute), file.errorString()));
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return notAStore(QStringLiteral("not-a-database"),
                         BackupMessages::tr("it is not a SQLite database"));

    Connection connection;
    if (const int rc = openRaw(connection, absolute, SQLITE_OPEN_READONLY); rc != SQLITE_OK)
        return notAStore(QStringLiteral("damaged"), connection.message());
    const std::optional<QString> appId = readValue(connection.db, "PRAGMA application_id");
    const std::optional<QString> version = readValue(connection.db, "PRAGMA user_version");
    if (!appId || !version)
        return notAStore(QStringLiteral("damaged"), connection.message());
    if (appId->toInt() != Store::applicationId || version->toInt() < 1)
        return notAStore(QStringLiteral("foreign-database"),
                         BackupMessages::tr("it is a SQLite database of another program"));
    if (version->toInt() > Store::latestSchemaVersion())
        return notAStore(QStringLiteral("newer-version"),
                         BackupMessages::tr("it was written by a newer CenterDesk (schema version "
                                            "%1; this version knows up to %2)")
                             .arg(version->toInt())
                             .arg(Store::latestSchemaVersion()));
    sqlite3_stmt* statement = nullptr;
    QStringList problems;
    int rc = sqlite3_prepare_v2(connection.db, "PRAGMA integrity_check", -1, &statement, nullptr);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        const QString line = QString::fromUtf8(text ? text : "");
        if (line != QLatin1String("ok"))
            problems << line;
        rc = SQLITE_OK;
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        problems << connection.message();
    if (!problems.isEmpty())
        return notAStore(QStringLiteral("damaged"),
                         BackupMessages::tr("it is damaged (%1)")
                             .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
    return version->toInt();
}

Result<BackupEntry> BackupService::copyDatabase(const QString& sourcePath, const QString& target,
                                                BackupKind kind)
{
    const QString source = QFileInfo(sourcePath).absoluteFilePath();
    const QString destination = QFileInfo(target).absoluteFilePath();
    const QString folder = QFileInfo(destination).absolutePath();
    if (QFileInfo::exists(destination)) {
        return Error::invalid(QStringLiteral("out"), QStringLiteral("exists"),
                              BackupMessages::tr("The file %1 exists already; a backup never "
                                                 "writes over a file. Choose another name.")
                                  .arg(nativePath(destination)));
    }
    if (!QFileInfo(folder).isDir()) {
        return Error::io(
            QStringLiteral("no-folder"),
            BackupMessages::tr("The folder %1 does not exist.").arg(nativePath(folder)));
    }
    const QString partial = destination + QStringLiteral(".partial");
    removeWithCompanions(partial);

    int expectedVersion = 0;
    {
        Connection from;
        if (const int rc = openRaw(from, source, SQLITE_OPEN_READONLY); rc != SQLITE_OK) {
            return Error::store(QStringLiteral("cannot-read"),
                                BackupMessages::tr("The store %1 cannot be read for a backup: %2.")
                                    .arg(nativePath(source), from.message()));
        }
        Connection to;
        int rc = openRaw(to, partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        const std::optional<QString> version = readValue(from.db, "PRAGMA user_version");
        expectedVersion = version ? version->toInt() : -1;
        sqlite3_backup* backup = nullptr;
        if (rc == SQLITE_OK) {
            backup = sqlite3_backup_init(to.db, "main", from.db, "main");
            if (!backup)
                rc = sqlite3_errcode(to.db);
        }
        if (backup) {
            // -1 copies every page in one step; a writer elsewhere may keep
            // the source busy for a moment.
            for (int attempt = 0; attempt < 100; ++attempt) {
                rc = sqlite3_backup_step(backup, -1);
                if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                    break;
                sqlite3_sleep(50);
            }
            sqlite3_backup_finish(backup);
            if (rc == SQLITE_DONE)
                rc = sqlite3_errcode(to.db);
        }
        // A backup is a plain rollback-journal file: no -wal or -shm beside it.
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(to.db, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            const QString detail = to.message();
            const int code = to.db ? sqlite3_extended_errcode(to.db) : rc;
            sqlite3_close_v2(to.db);
            to.db = nullptr;
            removeWithCompanions(partial);
            qCWarning(lcStore) << "backup of" << source << "to" << destination
                               << "failed:" << detail;
            return writeError(folder, code == SQLITE_OK ? rc : code, detail);
        }
        if (sqlite3_close(to.db) != SQLITE_OK) {
            const QString detail = to.message();
            removeWithCompanions(partial);
            return writeError(folder, SQLITE_IOERR, detail);
        }
        to.db = nullptr;
    }

    const Result<int> checked = checkBackupFile(partial);
    if (!checked || *checked != expectedVersion) {
        removeWithCompanions(partial);
        const QString why = checked ? BackupMessages::tr("schema version %1 instead of %2")
                                          .arg(*checked)
                                          .arg(expectedVersion)
                                    : checked.error().message;
        qCWarning(lcStore) << "backup" << destination << "failed its check:" << why;
        return Error::store(QStringLiteral("backup-check-failed"),
                            BackupMessages::tr("The backup %1 failed its check after it was "
                                               "written and was deleted: %2")
                                .arg(nativePath(destination), why));
    }
    if (!QFile::rename(partial, destination)) {
        removeWithCompanions(partial);
        return writeError(folder, SQLITE_CANTOPEN,
                          BackupMessages::tr("cannot rename %1").arg(nativePath(partial)));
    }
    qCInfo(lcStore) << "backed up" << source << "to" << destination;
    const QFileInfo written(destination);
    return BackupEntry{destination, written.lastModified(), written.size(), kind};
}

Result<BackupEntry> BackupService::backupTo(const QString& target)
{
    return copyDatabase(m_store.path(), target, BackupKind::Manual);
}

Result<BackupEntry> BackupService::backupNow(BackupKind kind)
{
    return backupStoreNow(m_store.path(), kind, m_clock());
}

Result<BackupEntry> BackupService::backupStoreNow(const QString& storePath, BackupKind kind,
                                                  const QDateTime& now)
{
    const QString backups = folderFor(storePath);
    if (const Status made = makeFolder(backups); !made)
        return made.error();
    Result<BackupEntry> entry = copyDatabase(storePath, backupPath(backups, kind, now), kind);
    if (entry)
        entry->createdAt = now.toLocalTime();
    return entry;
}

Result<BackupEntry> BackupService::backupBeforeMigration(const QString& storePath, int fromVersion,
                                                         const QDateTime& now)
{
    qCInfo(lcStore) << "backing up" << storePath << "at schema" << fromVersion
                    << "before migrating";
    return backupStoreNow(storePath, BackupKind::PreMigration, now);
}

Result<std::optional<BackupEntry>> BackupService::runDailyIfDue()
{
    const QDateTime now = m_clock().toLocalTime();
    // What a backup killed half-way left behind (another process may be
    // writing one right now, so only old ones).
    const QFileInfoList partials = QDir(folder()).entryInfoList(
        {QStringLiteral("*.partial"), QStringLiteral("*.partial-journal")}, QDir::Files);
    for (const QFileInfo& stale : partials) {
        if (stale.lastModified().secsTo(QDateTime::currentDateTime()) > 600)
            QFile::remove(stale.absoluteFilePath());
    }
    const QList<BackupEntry> entries = listFolder(folder());
    bool doneToday = false;
    bool weeklyRecent = false;
    for (const BackupEntry& entry : entries) {
        const bool automatic = entry.kind == BackupKind::Daily || entry.kind == BackupKind::Weekly;
        if (automatic && entry.createdAt.date() == now.date())
            doneToday = true;
        if (entry.kind == BackupKind::Weekly && entry.createdAt.daysTo(now) < 7)
            weeklyRecent = true;
    }
    if (doneToday)
        return std::optional<BackupEntry>();
    Result<BackupEntry> entry = backupNow(weeklyRecent ? BackupKind::Daily : BackupKind::Weekly);
    if (!entry)
        return entry.error();
    if (const Status rotated = rotate(); !rotated)
        return rotated.error();
    return std::optional<BackupEntry>(*entry);
}

QList<BackupEntry> BackupService::listFolder(const QString& folder)
{
    QList<BackupEntry> entries;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("centerdesk-*.db")}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = backupNamePattern().match(file.fileName());
        if (!match.hasMatch())
            continue;
        const std::optional<BackupKind> kind = kindFromName(match.captured(2));
        QDateTime created = QDateTime::fromString(match.captured(1), timeFormat);
        if (!kind || !created.isValid())
            continue;
        entries.append({file.absoluteFilePath(), created, file.size(), *kind});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const BackupEntry& a, const BackupEntry& b) {
                         if (a.createdAt != b.createdAt)
                             return a.createdAt > b.createdAt;
                         return a.path > b.path;
                     });
    return entries;
}

Result<QList<BackupEntry>> BackupService::list() const
{
    return listFolder(folder());
}

BackupPolicy BackupService::policy() const
{
    BackupPolicy policy;
    bool ok = false;
    const int daily = m_store.metaValue(QStringLiteral("backup.keep_daily")).toInt(&ok);
    if (ok)
        policy.keepDaily = daily;
    const int weekly = m_store.metaValue(QStringLiteral("backup.keep_weekly")).toInt(&ok);
    if (ok)
        policy.keepWeekly = weekly;
    return policy;
}

Status BackupService::setPolicy(const Actor& actor, const BackupPolicy& policy)
{
    if (!actor.isAdmin()) {
        return Error::denied(BackupMessages::tr("%1 may not change how many backups are kept: "
                                                "only an administrator can.")
                                 .arg(actor.userName));
    }
    for (const auto& [field, value] :
         {std::pair{QStringLiteral("keep-daily"), policy.keepDaily},
          std::pair{QStringLiteral("keep-weekly"), policy.keepWeekly}}) {
        if (value < 0 || value > 365) {
            return Error::invalid(
                field, QStringLiteral("range"),
                BackupMessages::tr("%1 must be between 0 and 365, not %2.").arg(field).arg(value));
        }
    }
    return m_store.transaction([&]() -> Status {
        if (const Status daily = m_store.setMetaValue(QStringLiteral("backup.keep_daily"),
                                                      QString::number(policy.keepDaily));
            !daily)
            return daily;
        return m_store.setMetaValue(QStringLiteral("backup.keep_weekly"),
                                    QString::number(policy.keepWeekly));
    });
}

Status BackupService::rotate()
{
    const BackupPolicy keep = policy();
    int daily = 0;
    int weekly = 0;
    for (const BackupEntry& entry : listFolder(folder())) {
        bool remove = false;
        if (entry.kind == BackupKind::Daily)
            remove = ++daily > keep.keepDaily;
        else if (entry.kind == BackupKind::Weekly)
            remove = ++weekly > keep.keepWeekly;
        if (remove && !QFile::remove(entry.path)) {
            return Error::io(QStringLiteral("cannot-delete"),
                             BackupMessages::tr("The old backup %1 cannot be deleted. Check the "
                                                "permissions of the folder %2.")
                                 .arg(nativePath(entry.path), nativePath(folder())));
        }
    }
    return {};
}

Status BackupService::authorizeRestore(const Actor& actor)
{
    if (actor.isAdmin())
        return {};
    return Error::denied(BackupMessages::tr("%1 may not restore a backup: only an administrator "
                                            "can replace the store.")
                             .arg(actor.userName));
}

Result<RestoreReport> BackupService::restore(const QString& storePath, const QString& from,
                                             const QDateTime& now)
{
    const QString store = QFileInfo(storePath).absoluteFilePath();
    const QString source = QFileInfo(from).absoluteFilePath();
    if (store == source) {
        return Error::invalid(
            QStringLiteral("from"), QStringLiteral("same-file"),
            BackupMessages::tr("The file %1 is the store itself.").arg(nativePath(source)));
    }
    const Result<int> version = checkBackupFile(source);
    if (!version)
        return version.error();
    const QString wal = store + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        return Error::store(QStringLiteral("locked"),
                            BackupMessages::tr("The store %1 is still open in another CenterDesk "
                                               "window or command. Close it, then restore again.")
                                .arg(nativePath(store)));
    }

    // The copy is checked beside the store, so that the last step is one rename.
    const QString incoming = store + QStringLiteral(".restoring");
    removeWithCompanions(incoming);
    const Result<BackupEntry> copied = copyDatabase(source, incoming);
    if (!copied)
        return copied.error();

    RestoreReport report;
    report.storePath = store;
    report.schemaVersion = *version;
    namespace fs = std::filesystem;
    const fs::path storeFile(QFile::encodeName(store).toStdString());
    const fs::path incomingFile(QFile::encodeName(incoming).toStdString());
    std::error_code ec;
    if (QFileInfo::exists(store)) {
        QString replaced =
            store + QStringLiteral(".replaced-") + now.toLocalTime().toString(timeFormat);
        for (int n = 2; QFileInfo::exists(replaced); ++n)
            replaced = store + QStringLiteral(".replaced-%1-%2")
                                   .arg(now.toLocalTime().toString(timeFormat))
                                   .arg(n);
        // A hard link keeps the old store aside while the store's own name
        // goes on pointing at it until the rename below swaps it atomically.
        fs::create_hard_link(storeFile, fs::path(QFile::encodeName(replaced).toStdString()), ec);
        if (ec && !QFile::copy(store, replaced)) {
            removeWithCompanions(incoming);
            return Error::io(QStringLiteral("cannot-keep-replaced"),
                             BackupMessages::tr("The store %1 cannot be kept aside as %2, so it "
                                                "was not replaced. Check the folder's free space "
                                                "and permissions.")
                                 .arg(nativePath(store), nativePath(replaced)));
        }
        report.replacedPath = replaced;
    }
    fs::rename(incomingFile, storeFile, ec);
    if (ec) {
        removeWithCompanions(incoming);
        if (!report.replacedPath.isEmpty())
            QFile::remove(report.replacedPath);
        return Error::io(QStringLiteral("cannot-replace"),
                         BackupMessages::tr("The store %1 could not be replaced (%2); it was left "
                                            "as it was.")
                             .arg(nativePath(store), QString::fromStdString(ec.message())));
    }
    // An empty -wal or a stale -shm belonged to the replaced file.
    QFile::remove(wal);
    QFile::remove(store + QStringLiteral("-shm"));
    qCInfo(lcStore) << "restored" << store << "from" << source;
    return report;
}

} // namespace centerdesk::core
