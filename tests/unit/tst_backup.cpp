// BackupService: checked copies with the SQLite backup API, the daily and
// weekly rotation, the backup before a migration, restore, and the failures
// (read-only folder, full disk) that must leave the store as it was.
#include "centerdesk/core/backupservice.h"
#include "centerdesk/core/store.h"
#include "testsupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace centerdesk::core;
using centerdesk::test::fileBytes;
using centerdesk::test::writeFile;

namespace {

bool execRaw(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QString rawValue(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    QString value;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            value =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return value;
}

Actor actorWith(Role role)
{
    Actor actor;
    actor.userName = QStringLiteral("someone");
    actor.roles = {RoleAssignment{role, QStringLiteral("PHC"), {}}};
    return actor;
}

// The result of copyDatabase run in a child process, so that a lowered file
// size limit or a dropped privilege cannot touch the test process.
struct ChildOutcome
{
    bool ok = false;
    QString rule;
    QString message;
};

ChildOutcome copyInChild(const QString& source, const QString& target,
                         const std::function<void()>& prepare)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {false, QStringLiteral("pipe"), {}};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        prepare();
        const Result<BackupEntry> entry = BackupService::copyDatabase(source, target);
        const QByteArray text =
            entry ? QByteArray("ok\n")
                  : (entry.error().rule + QLatin1Char('\n') + entry.error().message).toUtf8();
        const ssize_t written = write(fds[1], text.constData(), static_cast<size_t>(text.size()));
        _exit(written == text.size() ? 0 : 1);
    }
    close(fds[1]);
    QByteArray text;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = read(fds[0], buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<qsizetype>(got));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    const qsizetype newline = text.indexOf('\n');
    ChildOutcome outcome;
    outcome.ok = text == "ok\n";
    outcome.rule = QString::fromUtf8(text.left(newline));
    outcome.message = QString::fromUtf8(text.mid(newline + 1));
    return outcome;
}

} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now{QDate(2026, 3, 2), QTime(9, 0)};

    std::unique_ptr<Store> openStore(const QString& name)
    {
        auto store = Store::open(m_dir.filePath(name));
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return {};
        }
        return std::move(store).value();
    }
    Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void backupTo_store_writesCheckedCopyWithTheSameData()
    {
        auto store = openStore(QStringLiteral("copy.db"));
        QVERIFY(store);
        QVERIFY(store->setMetaValue(QStringLiteral("marker"), QStringLiteral("kept")).ok());
        BackupService backups(*store);
        const QString target = m_dir.filePath(QStringLiteral("copy-backup.db"));
        const Result<BackupEntry> entry = backups.backupTo(target);
        QVERIFY2(entry.ok(), qPrintable(entry.ok() ? QString() : entry.error().message));
        QCOMPARE(entry->path, target);
        QVERIFY(entry->sizeBytes > 0);
        QCOMPARE(rawValue(target, "SELECT value FROM meta WHERE key = 'marker'"),
                 QStringLiteral("kept"));
        QCOMPARE(BackupService::checkBackupFile(target).value(), Store::latestSchemaVersion());
        // A plain file: no -wal or -shm beside it, and no temporary left.
        QCOMPARE(rawValue(target, "PRAGMA journal_mode"), QStringLiteral("delete"));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
    }

    void backupTo_existingFile_refusedAndFileUntouched()
    {
        auto store = openStore(QStringLiteral("exists.db"));
        QVERIFY(store);
        const QString target = m_dir.filePath(QStringLiteral("exists-target.db"));
        QVERIFY(writeFile(target, "precious"));
        const Result<BackupEntry> entry = BackupService(*store).backupTo(target);
        QVERIFY(!entry.ok());
        QCOMPARE(entry.error().rule, QStringLiteral("exists"));
        QCOMPARE(fileBytes(target), QByteArray("precious"));
    }

    void backupTo_readOnlyFolder_messageNamesFolderAndStoreUnchanged()
    {
        auto store = openStore(QStringLiteral("ro.db"));
        QVERIFY(store);
        const QString storePath = store->path();
        store.reset();
        const QByteArray before = fileBytes(storePath);
        const QString folder = m_dir.filePath(QStringLiteral("read-only"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        // Root writes into any folder: the child gives up root first.
        QVERIFY(chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
        QVERIFY(chmod(QFile::encodeName(storePath).constData(), 0644) == 0);
        const ChildOutcome outcome =
            copyInChild(storePath, QDir(folder).filePath(QStringLiteral("b.db")), [] {
                if (geteuid() == 0) {
                    if (setgid(65534) != 0 || setuid(65534) != 0)
                        _exit(2);
                }
            });
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.rule, QStringLiteral("cannot-write"));
        QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(outcome.message));
        QCOMPARE(fileBytes(storePath), before);
        QVERIFY(QDir(folder).isEmpty());
    }

    void backupTo_diskFull_messageNamesFolderAndStoreUnchanged()
    {
        auto store = openStore(QStringLiteral("full.db"));
        QVERIFY(store);
        const QString storePath = store->path();
        store.reset();
        const QByteArray before = fileBytes(storePath);
        QVERIFY(before.size() > 96 * 1024);
        const QString folder = m_dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        // A file size limit makes write() fail as a full disk does (EFBIG).
        const ChildOutcome outcome =
            copyInChild(storePath, QDir(folder).filePath(QStringLiteral("b.db")), [] {
                std::signal(SIGXFSZ, SIG_IGN);
                rlimit limit{};
                getrlimit(RLIMIT_FSIZE, &limit);
                limit.rlim_cur = 64 * 1024;
                setrlimit(RLIMIT_FSIZE, &limit);
            });
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.rule == QLatin1String("disk-full") ||
                     outcome.rule == QLatin1String("write-failed"),
                 qPrintable(outcome.rule));
        QVERIFY2(outcome.message.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(outcome.message));
        QCOMPARE(fileBytes(storePath), before);
        QVERIFY2(QDir(folder).isEmpty(), "the half-written backup is deleted");
    }

    void runDailyIfDue_twiceTheSameDay_writesOneWeeklyThenNothing()
    {
        auto store = openStore(QStringLiteral("daily.db"));
        QVERIFY(store);
        BackupService backups(*store, clock());
        QCOMPARE(backups.folder(), store->path() + QStringLiteral(".backups"));
        const auto first = backups.runDailyIfDue();
        QVERIFY(first.ok());
        QVERIFY(first->has_value());
        QCOMPARE((*first)->kind, BackupKind::Weekly); // the first ever also starts the weeks
        m_now = m_now.addSecs(3600);
        const auto second = backups.runDailyIfDue();
        QVERIFY(second.ok());
        QVERIFY(!second->has_value());
        QCOMPARE(backups.list()->size(), 1);
        m_now = m_now.addDays(1);
        const auto third = backups.runDailyIfDue();
        QVERIFY(third.ok() && third->has_value());
        QCOMPARE((*third)->kind, BackupKind::Daily);
        QCOMPARE(backups.list()->size(), 2);
        QCOMPARE(backups.list()->front().kind, BackupKind::Daily); // newest first
    }

    void runDailyIfDue_sixtyDays_keepsSevenDailyAndFourWeekly()
    {
        auto store = openStore(QStringLiteral("rotation.db"));
        QVERIFY(store);
        BackupService backups(*store, clock());
        QVERIFY(backups.backupNow(BackupKind::Manual).ok());
        for (int day = 0; day < 60; ++day) {
            QVERIFY(backups.runDailyIfDue().ok());
            m_now = m_now.addDays(1);
        }
        const QList<BackupEntry> entries = backups.list().value();
        int daily = 0, weekly = 0, manual = 0;
        for (const BackupEntry& entry : entries) {
            daily += entry.kind == BackupKind::Daily;
            weekly += entry.kind == BackupKind::Weekly;
            manual += entry.kind == BackupKind::Manual;
        }
        QCOMPARE(daily, 7);
        QCOMPARE(weekly, 4);
        QCOMPARE(manual, 1); // the rotation never deletes what a user asked for
        // The newest daily is from the last day run.
        QCOMPARE(entries.front().createdAt.date(), m_now.addDays(-1).date());
    }

    void setPolicy_admin_changesRotation_othersDenied()
    {
        auto store = openStore(QStringLiteral("policy.db"));
        QVERIFY(store);
        BackupService backups(*store, clock());
        const Status denied = backups.setPolicy(actorWith(Role::CenterStaff), BackupPolicy{2, 1});
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().kind, ErrorKind::PermissionDenied);
        QCOMPARE(backups.policy().keepDaily, 7);
        const Status invalid = backups.setPolicy(actorWith(Role::Admin), BackupPolicy{-1, 1});
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().field, QStringLiteral("keep-daily"));
        QVERIFY(backups.setPolicy(actorWith(Role::Admin), BackupPolicy{2, 1}).ok());
        QCOMPARE(backups.policy().keepDaily, 2);
        for (int day = 0; day < 20; ++day) {
            QVERIFY(backups.runDailyIfDue().ok());
            m_now = m_now.addDays(1);
        }
        QCOMPARE(backups.list()->size(), 3);
    }

    void open_olderSchema_writesPreMigrationBackupAtTheOldVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        QVERIFY(execRaw(path, fileBytes(QStringLiteral(CENTERDESK_FIXTURES_DIR "/store-v1.sql"))));
        {
            auto store = Store::open(path);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
            QCOMPARE((*store)->schemaVersion(), Store::latestSchemaVersion());
        }
        const QList<BackupEntry> entries =
            BackupService::listFolder(BackupService::folderFor(path));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.front().kind, BackupKind::PreMigration);
        QCOMPARE(rawValue(entries.front().path, "PRAGMA user_version"), QStringLiteral("1"));
        QCOMPARE(rawValue(entries.front().path, "SELECT value FROM meta WHERE key = "
                                                "'fixture_marker'"),
                 QStringLiteral("kept"));
        // A store already at the latest version is opened without a backup.
        {
            QVERIFY(Store::open(path).ok());
        }
        QCOMPARE(BackupService::listFolder(BackupService::folderFor(path)).size(), 1);
    }

    void open_olderSchemaWithUnwritableBackupFolder_refusedAndFileUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-blocked.db"));
        QVERIFY(execRaw(path, fileBytes(QStringLiteral(CENTERDESK_FIXTURES_DIR "/store-v1.sql"))));
        QVERIFY(execRaw(path, "PRAGMA journal_mode=DELETE;"));
        const QByteArray before = fileBytes(path);
        // A plain file where the backup folder should be.
        QVERIFY(writeFile(BackupService::folderFor(path), "in the way"));
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().rule, QStringLiteral("backup-before-migration"));
        QCOMPARE(fileBytes(path), before);
    }

    void checkBackupFile_badFiles_refusedWithRule_data()
    {
        QTest::addColumn<QByteArray>("setup");
        QTest::addColumn<QString>("rule");
        QTest::addRow("text file") << QByteArray("text") << QStringLiteral("not-a-database");
        QTest::addRow("other program")
            << QByteArray("sql:CREATE TABLE t(x);") << QStringLiteral("foreign-database");
        QTest::addRow("newer version")
            << QByteArray("sql:PRAGMA application_id=1128551252;PRAGMA user_version=999;"
                          "CREATE TABLE t(x);")
            << QStringLiteral("newer-version");
    }
    void checkBackupFile_badFiles_refusedWithRule()
    {
        QFETCH(QByteArray, setup);
        QFETCH(QString, rule);
        const QString path = m_dir.filePath(QStringLiteral("bad-%1.db").arg(rule));
        if (setup.startsWith("sql:"))
            QVERIFY(execRaw(path, setup.mid(4)));
        else
            QVERIFY(writeFile(path, setup));
        const Result<int> checked = BackupService::checkBackupFile(path);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().rule, rule);
        QCOMPARE(checked.error().field, QStringLiteral("from"));
    }

    void checkBackupFile_damagedStore_refused()
    {
        auto store = openStore(QStringLiteral("damaged-source.db"));
        QVERIFY(store);
        const QString target = m_dir.filePath(QStringLiteral("damaged.db"));
        QVERIFY(BackupService(*store).backupTo(target).ok());
        // Overwrite a page in the middle of the file with garbage.
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        file.seek(5 * 4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        const Result<int> checked = BackupService::checkBackupFile(target);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().rule, QStringLiteral("damaged"));
    }

    void restore_validBackup_replacesStoreAndKeepsTheOldAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("restore.db"));
        const QString backup = m_dir.filePath(QStringLiteral("restore-backup.db"));
        {
            auto store = openStore(QStringLiteral("restore.db"));
            QVERIFY(store);
            QVERIFY(store->setMetaValue(QStringLiteral("marker"), QStringLiteral("old")).ok());
            QVERIFY(BackupService(*store).backupTo(backup).ok());
            QVERIFY(store->setMetaValue(QStringLiteral("marker"), QStringLiteral("new")).ok());
        }
        const QByteArray replacedBytes = fileBytes(path);
        const QDateTime at(QDate(2026, 3, 2), QTime(9, 0));
        const Result<RestoreReport> report = BackupService::restore(path, backup, at);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->replacedPath, path + QStringLiteral(".replaced-20260302-090000"));
        QCOMPARE(fileBytes(report->replacedPath), replacedBytes);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->metaValue(QStringLiteral("marker")), QStringLiteral("old"));
    }

    void restore_notAStore_refusedAndStoreUnchanged()
    {
        auto store = openStore(QStringLiteral("keep.db"));
        QVERIFY(store);
        const QString path = store->path();
        store.reset();
        const QByteArray before = fileBytes(path);
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.db"));
        QVERIFY(execRaw(bogus, "CREATE TABLE t(x);"));
        const Result<RestoreReport> report = BackupService::restore(path, bogus, m_now);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().rule, QStringLiteral("foreign-database"));
        QCOMPARE(fileBytes(path), before);
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("keep.db*")});
        QCOMPARE(left, QStringList{QStringLiteral("keep.db")});
    }

    void restore_storeStillOpen_refusedAsLocked()
    {
        auto store = openStore(QStringLiteral("open.db"));
        QVERIFY(store);
        const QString backup = m_dir.filePath(QStringLiteral("open-backup.db"));
        QVERIFY(BackupService(*store).backupTo(backup).ok());
        QVERIFY(store->setMetaValue(QStringLiteral("marker"), QStringLiteral("x")).ok());
        const Result<RestoreReport> report = BackupService::restore(store->path(), backup, m_now);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().rule, QStringLiteral("locked"));
        QCOMPARE(store->metaValue(QStringLiteral("marker")), QStringLiteral("x"));
    }

    void authorizeRestore_nonAdmin_denied()
    {
        QVERIFY(BackupService::authorizeRestore(actorWith(Role::Admin)).ok());
        const Status denied = BackupService::authorizeRestore(actorWith(Role::HqAnalyst));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().kind, ErrorKind::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
