#include "centerdesk/core/store.h"

#include "centerdesk/core/backupservice.h"
#include "centerdesk/core/logging.h"
#include "centerdesk/core/referencedata.h"
#include "centerdesk/core/referenceservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>
#include <algorithm>
#include <memory>
#include <sqlite3.h>

namespace centerdesk::core {

namespace {

// Gives lupdate and QCoreApplication one translation context for this file.
class StoreMessages final
{
    Q_DECLARE_TR_FUNCTIONS(StoreMessages)
};

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error lockedError(const QString& path)
{
    return Error::store(
        QStringLiteral("locked"),
        StoreMessages::tr("The store %1 is locked by another program. Close the other "
                          "CenterDesk window or command that uses it, then try again.")
            .arg(nativePath(path)));
}

Error damagedError(const QString& path, const QString& detail)
{
    return Error::store(
        QStringLiteral("damaged"),
        StoreMessages::tr("The store %1 is damaged (%2). Nothing was written to it. Restore it "
                          "from a backup, or ask an administrator to check it with "
                          "'centerdesk-cli verify'.")
            .arg(nativePath(path), detail));
}

// Classifies a failed SQLite call into the message a user can act on.
Error sqliteError(const QString& path, int code, const QString& detail)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return lockedError(path);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return damagedError(path, detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Error::store(
            QStringLiteral("cannot-write"),
            StoreMessages::tr("The store %1 cannot be opened for writing (%2). Check that the "
                              "file and its folder are writable.")
                .arg(nativePath(path), detail));
    case SQLITE_FULL:
        return Error::store(
            QStringLiteral("disk-full"),
            StoreMessages::tr("The disk holding the store %1 is full. Nothing was written; free "
                              "some space and try again.")
                .arg(nativePath(path)));
    case SQLITE_INTERRUPT:
        return Error::store(
            QStringLiteral("interrupted"),
            StoreMessages::tr("A query of the store %1 was interrupted.").arg(nativePath(path)));
    default:
        return Error::store(QStringLiteral("sqlite"),
                            StoreMessages::tr("The store %1 could not be read or written: %2.")
                                .arg(nativePath(path), detail));
    }
}

// Closes a read-only probe connection however the probe ends.
struct ProbeConnection final
{
    sqlite3* db = nullptr;
    ~ProbeConnection() { sqlite3_close_v2(db); }
};

// Looks at an existing file without writing to it: SQLite's magic header, a
// readable schema, CenterDesk's application id and a schema version this
// build knows. Returns the file's schema version.
Result<int> probeExistingFile(const QString& path, const StoreOptions& options)
{
    if (QFileInfo(path).size() == 0)
        return 0; // SQLite treats an empty file as a new database
    // The header is read through SQLite's own file layer, never with a file
    // descriptor of our own: on POSIX, closing any descriptor of a file drops
    // every lock this process holds on it, including those of the store's
    // open connections, and another process could then take itself for the
    // last user and delete the WAL. SQLite's unix layer keeps such a
    // descriptor open until the file's locks are released.
    QByteArray header(16, '\0');
    {
        const QByteArray encodedPath = QFile::encodeName(path);
        sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
        const std::unique_ptr<const char, void (*)(const char*)> name(
            sqlite3_create_filename(encodedPath.constData(), "", "", 0, nullptr),
            [](const char* created) { sqlite3_free_filename(created); });
        const auto storage = std::make_unique<char[]>(static_cast<std::size_t>(vfs->szOsFile));
        auto* file = reinterpret_cast<sqlite3_file*>(storage.get());
        int flags = 0;
        const int opened =
            vfs->xOpen(vfs, name.get(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags);
        if (opened != SQLITE_OK) {
            if (file->pMethods)
                file->pMethods->xClose(file);
            return Error::io(QStringLiteral("cannot-read"),
                             StoreMessages::tr("The store %1 cannot be read: %2. Check its "
                                               "permissions.")
                                 .arg(nativePath(path), QString::fromUtf8(sqlite3_errstr(opened))));
        }
        // A shorter file reads as SQLITE_IOERR_SHORT_READ, the rest zero-filled.
        const int read = file->pMethods->xRead(file, header.data(), 16, 0);
        file->pMethods->xClose(file);
        if (read != SQLITE_OK && read != SQLITE_IOERR_SHORT_READ) {
            return Error::io(QStringLiteral("cannot-read"),
                             StoreMessages::tr("The store %1 cannot be read: %2. Check its "
                                               "permissions.")
                                 .arg(nativePath(path), QString::fromUtf8(sqlite3_errstr(read))));
        }
    }
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return Error::store(
            QStringLiteral("not-a-database"),
            StoreMessages::tr("The file %1 is not a CenterDesk store: it is not a SQLite "
                              "database. Check the path, or give the name of a file that does "
                              "not exist yet to create a new store there.")
                .arg(nativePath(path)));
    }

    ProbeConnection probe;
    const QByteArray encodedPath = QFile::encodeName(path);
    int rc = sqlite3_open_v2(encodedPath.constData(), &probe.db, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(path, rc, QString::fromUtf8(sqlite3_errmsg(probe.db)));
    sqlite3_busy_timeout(probe.db, static_cast<int>(options.busyTimeout.count()));

    auto readInteger = [&](const char* sql) -> Result<qint64> {
        sqlite3_stmt* statement = nullptr;
        int code = sqlite3_prepare_v2(probe.db, sql, -1, &statement, nullptr);
        if (code == SQLITE_OK)
            code = sqlite3_step(statement);
        qint64 value = 0;
        if (code == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        const QString detail = QString::fromUtf8(sqlite3_errmsg(probe.db));
        sqlite3_finalize(statement);
        if (code != SQLITE_ROW)
            return sqliteError(path, code, detail);
        return value;
    };

    const Result<qint64> tableCount = readInteger("SELECT count(*) FROM sqlite_schema");
    if (!tableCount)
        return tableCount.error();
    const Result<qint64> version = readInteger("PRAGMA user_version");
    if (!version)
        return version.error();
    const Result<qint64> appId = readInteger("PRAGMA application_id");
    if (!appId)
        return appId.error();

    const bool foreign =
        (*version > 0 && *appId != Store::applicationId) || (*version == 0 && *tableCount > 0);
    if (foreign) {
        return Error::store(
            QStringLiteral("foreign-database"),
            StoreMessages::tr("The file %1 is a SQLite database of another program, not a "
                              "CenterDesk store. Nothing was written to it. Choose another "
                              "file.")
                .arg(nativePath(path)));
    }
    const int latest = static_cast<int>(options.migrations.size());
    if (*version > latest) {
        return Error::store(
            QStringLiteral("newer-version"),
            StoreMessages::tr("The store %1 was written by a newer CenterDesk (schema version "
                              "%2; this version knows up to %3). Nothing was written to it. "
                              "Open it with CenterDesk of that version or later.")
                .arg(nativePath(path))
                .arg(*version)
                .arg(latest));
    }
    return static_cast<int>(*version);
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Store::~Store()
{
    finalizeKeptStatements();
    m_connection.store(nullptr);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Store::latestSchemaVersion()
{
    return static_cast<int>(builtinMigrations().size());
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, StoreOptions options)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const QFileInfo fileInfo(absolutePath);
    if (fileInfo.exists()) {
        if (!fileInfo.isFile()) {
            return Error::io(
                QStringLiteral("not-a-file"),
                StoreMessages::tr("The store path %1 is not a file. Give the path of a store file.")
                    .arg(nativePath(absolutePath)));
        }
        const Result<int> probed = probeExistingFile(absolutePath, options);
        if (!probed)
            return probed.error();
    } else {
        if (!options.createIfMissing) {
            return Error::store(QStringLiteral("missing"),
                                StoreMessages::tr("There is no store at %1. Create one with "
                                                  "'centerdesk-cli --store %1 init'.")
                                    .arg(nativePath(absolutePath)));
        }
        if (!QDir().mkpath(fileInfo.absolutePath())) {
            return Error::io(
                QStringLiteral("cannot-create-folder"),
                StoreMessages::tr("The folder %1 for the store cannot be created. Check its "
                                  "permissions.")
                    .arg(nativePath(fileInfo.absolutePath())));
        }
    }

    const QString connectionName =
        QStringLiteral("centerdesk-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Store> store(new Store(absolutePath, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        return Error::store(
            QStringLiteral("driver-missing"),
            StoreMessages::tr("The Qt SQLite driver is not installed (Debian package "
                              "libqt6sql6-sqlite)."));
    }
    db.setDatabaseName(absolutePath);
    db.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeout.count()));
    if (!db.open()) {
        return sqliteError(absolutePath, db.lastError().nativeErrorCode().toInt(),
                           db.lastError().databaseText());
    }
    if (const Status configured = store->configureConnection(options); !configured)
        return configured.error();
    // An existing store gets a backup before its schema changes; no upgrade without one.
    if (store->m_schemaVersion > 0 && !options.migrations.empty() &&
        store->m_schemaVersion < options.migrations.back().version) {
        const Result<BackupEntry> saved = BackupService::backupBeforeMigration(
            absolutePath, store->m_schemaVersion, QDateTime::currentDateTime());
        if (!saved) {
            return Error::store(QStringLiteral("backup-before-migration"),
                                StoreMessages::tr("The store %1 was not upgraded, because the "
                                                  "backup before the upgrade failed: %2")
                                    .arg(nativePath(absolutePath), saved.error().message));
        }
    }
    if (const Status migrated = store->migrate(options.migrations); !migrated)
        return migrated.error();
    // WAL only after the migrations, so that a failed migration of an older
    // file leaves even its header exactly as it was.
    if (Result<QSqlQuery> wal = store->run(QStringLiteral("PRAGMA journal_mode=WAL")); !wal)
        return wal.error();
    if (options.loadReferenceData && store->m_schemaVersion > 0) {
        ReferenceService reference(*store);
        if (const Result<bool> loaded = reference.loadIfNewer(ReferenceData::builtIn()); !loaded)
            return loaded.error();
    }
    qCDebug(lcStore) << "opened" << absolutePath << "schema" << store->m_schemaVersion;
    return store;
}

void Store::interrupt() const
{
    if (sqlite3* raw = m_connection.load())
        sqlite3_interrupt(raw);
}

Status Store::configureConnection(const StoreOptions& options)
{
    Q_UNUSED(options)
    m_connection.store(handle());
    // foreign_keys and synchronous are per connection; cache_size raises
    // Debian's 2 MiB default page cache to 32 MiB for list queries.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA cache_size=-32768"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
    };
    for (const QString& pragma : pragmas) {
        if (Result<QSqlQuery> query = run(pragma); !query)
            return query.error();
    }
    Result<QSqlQuery> version = run(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.error();
    version->next();
    m_schemaVersion = version->value(0).toInt();
    return {};
}

Status Store::migrate(const std::vector<Migration>& migrations)
{
    for (const Migration& migration : migrations) {
        if (migration.version <= m_schemaVersion)
            continue;
        qCInfo(lcStore) << "migrating" << m_path << "to schema" << migration.version
                        << migration.name;
        sqlite3* raw = handle();
        char* message = nullptr;
        int rc = sqlite3_exec(raw, "BEGIN IMMEDIATE", nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(raw));
            sqlite3_free(message);
            return sqliteError(m_path, rc, detail);
        }
        const QByteArray script = migration.sql.toUtf8() + "\n;PRAGMA user_version=" +
                                  QByteArray::number(migration.version) + ";";
        rc = sqlite3_exec(raw, script.constData(), nullptr, nullptr, &message);
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(raw, "COMMIT", nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(raw));
            sqlite3_free(message);
            sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
            if ((rc & 0xff) == SQLITE_BUSY)
                return lockedError(m_path);
            return Error::store(
                QStringLiteral("migration-failed"),
                StoreMessages::tr("The store %1 could not be upgraded to schema version %2 "
                                  "(%3): %4. The file was left as it was.")
                    .arg(nativePath(m_path))
                    .arg(migration.version)
                    .arg(migration.name, detail));
        }
        m_schemaVersion = migration.version;
    }
    return {};
}

sqlite3* Store::handle() const
{
    if (sqlite3* kept = m_connection.load(std::memory_order_relaxed))
        return kept;
    const QVariant driverHandle = database().driver()->handle();
    Q_ASSERT(driverHandle.isValid() && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0);
    return *static_cast<sqlite3* const*>(driverHandle.data());
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Store::queryError(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    return sqliteError(m_path, error.nativeErrorCode().toInt(), error.databaseText());
}

void Store::bindValues(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(static_cast<int>(i), nullText ? QVariant(QLatin1String("")) : value);
    }
}

Result<QSqlQuery*> Store::execPrepared(QSqlQuery& query, const QVariantList& values) const
{
    bindValues(query, values);
    if (!query.exec())
        return queryError(query);
    return &query;
}

Result<QSqlQuery> Store::run(const QString& sql, const QVariantList& bindings)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query);
    bindValues(query, bindings);
    if (!query.exec())
        return queryError(query);
    return query;
}

StoreRow::Type StoreRow::type(int column) const
{
    static_assert(int(Type::Integer) == SQLITE_INTEGER && int(Type::Real) == SQLITE_FLOAT &&
                  int(Type::Text) == SQLITE_TEXT && int(Type::Blob) == SQLITE_BLOB &&
                  int(Type::Null) == SQLITE_NULL);
    return static_cast<Type>(sqlite3_column_type(m_statement, column));
}

QByteArrayView StoreRow::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return {text, text ? sqlite3_column_bytes(m_statement, column) : 0};
}

bool StoreRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString StoreRow::text(int column) const
{
    const auto* utf8 = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!utf8)
        return {};
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

qint64 StoreRow::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double StoreRow::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QVariant StoreRow::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(integer(column));
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

Result<sqlite3_stmt*>
Store::keptStatement(const QString& sql,
                     std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>& unkept)
{
    constexpr std::size_t keptStatements = 32;
    // A statement still running (forEachRow called from within a row, or
    // from an SQL function of its query) is neither reused nor dropped.
    auto kept =
        std::find_if(m_keptStatements.begin(), m_keptStatements.end(), [&sql](const auto& entry) {
            return entry.first == sql && !sqlite3_stmt_busy(entry.second);
        });
    if (kept != m_keptStatements.end()) {
        sqlite3_stmt* statement = kept->second;
        std::rotate(kept, kept + 1, m_keptStatements.end());
        // The last run's values go, and with them any pointer bound without
        // a copy (executeValues).
        sqlite3_clear_bindings(statement);
        return statement;
    }
    sqlite3* db = handle();
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(db, utf8.constData(), static_cast<int>(utf8.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return sqliteError(m_path, sqlite3_extended_errcode(db),
                           QString::fromUtf8(sqlite3_errmsg(db)));
    auto idle = std::find_if(m_keptStatements.begin(), m_keptStatements.end(),
                             [](const auto& entry) { return !sqlite3_stmt_busy(entry.second); });
    if (m_keptStatements.size() >= keptStatements && idle != m_keptStatements.end()) {
        sqlite3_finalize(idle->second);
        m_keptStatements.erase(idle);
    }
    if (m_keptStatements.size() < keptStatements)
        m_keptStatements.emplace_back(sql, statement);
    else
        unkept.reset(statement);
    return statement;
}

Status Store::stepRows(sqlite3_stmt* statement, const std::function<bool(const StoreRow&)>& onRow)
{
    const StoreRow row(statement);
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        if (!onRow(row)) {
            step = SQLITE_DONE;
            break;
        }
    }
    // Reset at once: a statement left active would hold its read transaction.
    const int code = sqlite3_reset(statement);
    if (step != SQLITE_DONE)
        return sqliteError(m_path, code, QString::fromUtf8(sqlite3_errmsg(handle())));
    return {};
}

Status Store::forEachRow(const QString& sql, const QVariantList& bindings,
                         const std::function<bool(const StoreRow&)>& onRow)
{
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> unkept(nullptr, sqlite3_finalize);
    const Result<sqlite3_stmt*> prepared = keptStatement(sql, unkept);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt* statement = *prepared;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QVariant& value = bindings.at(i);
        const int index = static_cast<int>(i) + 1;
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            break; // NULL, on purpose (bindValues)
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob(statement, index, bytes.constData(), static_cast<int>(bytes.size()),
                              SQLITE_TRANSIENT);
            break;
        }
        default: {
            // A null QString binds as '', as in bindValues.
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, index, text.constData(), static_cast<int>(text.size()),
                              SQLITE_TRANSIENT);
            break;
        }
        }
    }
    return stepRows(statement, onRow);
}

Result<qint64> Store::integer(const QString& sql, const QVariantList& bindings)
{
    qint64 value = 0;
    const Status read = forEachRow(sql, bindings, [&value](const StoreRow& row) {
        value = row.integer(0);
        return false;
    });
    if (!read)
        return read.error();
    return value;
}

Status Store::executeValues(const QString& sql,
                            std::initializer_list<std::span<const StoreValue>> parts)
{
    return executeValues(sql, parts.begin(), parts.size());
}

Status Store::executeValues(const QString& sql,
                            const std::vector<std::span<const StoreValue>>& parts)
{
    return executeValues(sql, parts.data(), parts.size());
}

Status Store::executeValues(const QString& sql, const std::span<const StoreValue>* parts,
                            std::size_t partCount)
{
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> unkept(nullptr, sqlite3_finalize);
    const Result<sqlite3_stmt*> prepared = keptStatement(sql, unkept);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt* statement = *prepared;
    int index = 0;
    for (std::size_t part = 0; part < partCount; ++part) {
        for (const StoreValue& value : parts[part]) {
            ++index;
            switch (value.type) {
            case StoreValue::Type::Null:
                break;
            case StoreValue::Type::Integer:
                sqlite3_bind_int64(statement, index, value.integer);
                break;
            case StoreValue::Type::Real:
                sqlite3_bind_double(statement, index, value.real);
                break;
            case StoreValue::Type::Text:
                // No copy: the values outlive the statement's run. An empty
                // text is '' (a null pointer would bind NULL).
                sqlite3_bind_text(statement, index, value.text.isNull() ? "" : value.text.data(),
                                  static_cast<int>(value.text.size()), SQLITE_STATIC);
                break;
            }
        }
    }
    if (index > sqlite3_bind_parameter_count(statement)) {
        sqlite3_reset(statement);
        return sqliteError(m_path, SQLITE_RANGE,
                           QStringLiteral("%1 values for a statement of %2 parameters")
                               .arg(index)
                               .arg(sqlite3_bind_parameter_count(statement)));
    }
    return stepRows(statement, [](const StoreRow&) { return true; });
}

Status Store::execute(const QString& sql, const QVariantList& bindings)
{
    return forEachRow(sql, bindings, [](const StoreRow&) { return true; });
}

bool Store::foreignKeysPending() const
{
    int current = 0;
    int highwater = 0;
    // On failure (no connection) says pending, so that the full check runs.
    if (sqlite3_db_status(handle(), SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highwater, 0) !=
        SQLITE_OK)
        return true;
    return current != 0;
}

int Store::lastErrorCode() const
{
    return sqlite3_extended_errcode(handle());
}

QString Store::lastErrorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(handle()));
}

qint64 Store::lastChangeCount() const
{
    return sqlite3_changes64(handle());
}

void Store::finalizeKeptStatements()
{
    for (const auto& [sql, statement] : m_keptStatements)
        sqlite3_finalize(statement);
    m_keptStatements.clear();
}

void Store::warnOfOpenReads()
{
    // A read left open (a QSqlQuery not finished) keeps this connection's
    // snapshot: if another connection commits before BEGIN IMMEDIATE, SQLite
    // refuses the write at once (SQLITE_BUSY_SNAPSHOT, no busy wait), and the
    // user sees "locked" now and then. Named here so that tests catch it.
    sqlite3* db = handle();
    for (sqlite3_stmt* open = sqlite3_next_stmt(db, nullptr); open;
         open = sqlite3_next_stmt(db, open)) {
        if (sqlite3_stmt_busy(open))
            qCWarning(lcStore).noquote() << openReadWarning << QString::fromUtf8(sqlite3_sql(open));
    }
}

Status Store::transaction(const std::function<Status()>& work)
{
    const QString savepoint = QStringLiteral("level%1").arg(m_transactionDepth);
    const QString begin = m_transactionDepth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                  : QStringLiteral("SAVEPOINT ") + savepoint;
    if (m_transactionDepth == 0)
        warnOfOpenReads();
    if (Result<QSqlQuery> started = run(begin); !started)
        return started.error();
    if (m_transactionDepth == 0)
        ++m_writeEpoch;
    ++m_transactionDepth;
    Status outcome = work();
    --m_transactionDepth;
    if (outcome.ok()) {
        const QString commit = m_transactionDepth == 0 ? QStringLiteral("COMMIT")
                                                       : QStringLiteral("RELEASE ") + savepoint;
        if (Result<QSqlQuery> committed = run(commit); committed)
            return {};
        else
            outcome = committed.error();
    }
    ++m_writeEpoch;
    if (m_transactionDepth == 0) {
        (void)run(QStringLiteral("ROLLBACK"));
    } else {
        (void)run(QStringLiteral("ROLLBACK TO ") + savepoint);
        (void)run(QStringLiteral("RELEASE ") + savepoint);
    }
    return outcome;
}

QString Store::metaValue(const QString& key, const QString& fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Status Store::setMetaValue(const QString& key, const QString& value)
{
    Result<QSqlQuery> query =
        run(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            {key, value});
    if (!query)
        return query.error();
    return {};
}

Result<StoreInfo> Store::info()
{
    StoreInfo info;
    info.path = m_path;
    info.schemaVersion = m_schemaVersion;
    info.dataVersion =
        metaValue(QStringLiteral("reference_data_version"), QStringLiteral("0")).toInt();
    info.fileSizeBytes =
        QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    // table_list tells FTS5's shadow tables apart; the virtual table is counted instead.
    Result<QSqlQuery> tables = run(QStringLiteral(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names << tables->value(0).toString();
    for (const QString& table : names) {
        Result<QSqlQuery> count = run(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
        if (!count)
            return count.error();
        count->next();
        info.rowCounts.insert(table, count->value(0).toLongLong());
    }
    return info;
}

Result<QStringList> Store::integrityCheck()
{
    Result<QSqlQuery> check = run(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    QStringList problems;
    while (check->next()) {
        const QString line = check->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

} // namespace centerdesk::core
