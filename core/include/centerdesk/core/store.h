#pragma once

#include "centerdesk/core/migration.h"
#include "centerdesk/core/result.h"

#include <QByteArrayView>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace centerdesk::core {

class CaseMatchSet;
class Store;
Status useCaseMatchSet(Store& store, std::shared_ptr<CaseMatchSet> set);

struct StoreOptions final
{
    // How long a statement waits for another process's lock before failing.
    std::chrono::milliseconds busyTimeout{5000};
    // Create the file (and its folder) when it does not exist.
    bool createIfMissing = true;
    // Load the built-in reference data when it is newer than the store's.
    bool loadReferenceData = true;
    // The schema ladder; tests pass their own to prove failure handling.
    std::vector<Migration> migrations = builtinMigrations();
};

struct StoreInfo final
{
    QString path;
    int schemaVersion = 0;
    int dataVersion = 0;
    qint64 fileSizeBytes = 0; // main file plus its write-ahead log
    QMap<QString, qint64> rowCounts;
};

// A row of Store::forEachRow, read from SQLite's own buffers (no QVariant
// per column). Valid only inside the call that received it.
class StoreRow final
{
public:
    enum class Type
    {
        Integer = 1,
        Real,
        Text,
        Blob,
        Null,
    }; // SQLite's own numbers
    Type type(int column) const;
    bool isNull(int column) const;
    QString text(int column) const; // a null QString for NULL
    // The column as UTF-8 text in SQLite's buffer, valid until the next row.
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QVariant value(int column) const; // integer, real, text, blob or invalid for NULL

private:
    friend class Store;
    explicit StoreRow(sqlite3_stmt* statement)
        : m_statement(statement)
    {}
    sqlite3_stmt* m_statement;
};

// A value for Store::executeValues, converted by the caller (on any thread):
// text is UTF-8 the caller holds, bound without a copy.
struct StoreValue final
{
    enum class Type : quint8
    {
        Null,
        Integer,
        Real,
        Text,
    };
    static StoreValue fromInteger(qint64 number) { return {Type::Integer, number, 0, {}}; }
    static StoreValue fromReal(double number) { return {Type::Real, 0, number, {}}; }
    // Views `utf8`, which the caller keeps until the statement has run.
    static StoreValue fromUtf8View(QByteArrayView utf8) { return {Type::Text, 0, 0, utf8}; }

    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArrayView text; // bound for Text
};

// One CenterDesk store: a SQLite file in WAL mode with foreign keys on and
// synchronous=FULL. Opening checks the file before writing anything: a file
// that is not SQLite, not CenterDesk's, from a newer CenterDesk, damaged or
// locked is refused with a message that names it, and left untouched.
// A Store (and its connection) belongs to the thread that opened it.
class Store final
{
public:
    static Result<std::unique_ptr<Store>> open(const QString& path, StoreOptions options = {});
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    static int latestSchemaVersion();
    static constexpr int applicationId = 0x43445354; // "CDST" in the file header

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase database() const;

    // Binds `values` positionally. A null QString binds as '' (Qt would bind
    // NULL); a NULL is bound only on purpose, with an invalid QVariant().
    static void bindValues(QSqlQuery& query, const QVariantList& values);
    // Runs an already prepared statement with `values`.
    Result<QSqlQuery*> execPrepared(QSqlQuery& query, const QVariantList& values) const;

    // Prepares, binds positionally and runs one statement.
    Result<QSqlQuery> run(const QString& sql, const QVariantList& bindings = {});

    // The first column of the first row as an integer (0 when there is no
    // row), its statement reset at once: a count or a last number read before
    // a write leaves no read open (see transaction).
    Result<qint64> integer(const QString& sql, const QVariantList& bindings = {});

    // Runs a query, binding like bindValues, and hands each row to `onRow`,
    // which returns false to stop. For queries whose rows cost more to
    // convert through QSqlQuery than to find (the case list's pages): the
    // values are read straight from SQLite, and the statement stays prepared
    // for the next run of the same SQL (the last 32 are kept).
    Status forEachRow(const QString& sql, const QVariantList& bindings,
                      const std::function<bool(const StoreRow&)>& onRow);
    // Runs one statement through forEachRow and ignores any rows.
    Status execute(const QString& sql, const QVariantList& bindings = {});
    // The same with values converted beforehand (on any thread), bound
    // without a copy: for statements of many rows (the HQ import's). Binds
    // the parts' values one after the other.
    Status executeValues(const QString& sql,
                         std::initializer_list<std::span<const StoreValue>> parts);
    Status executeValues(const QString& sql, const std::vector<std::span<const StoreValue>>& parts);
    // Of the last statement run on this connection: SQLite's extended result
    // code and message (to tell a broken constraint from a failing store).
    int lastErrorCode() const;
    QString lastErrorMessage() const;
    // Rows the last INSERT, UPDATE or DELETE wrote itself (not its
    // triggers'), kept even when it failed: an INSERT OR FAIL keeps the rows
    // before the one that broke a constraint.
    qint64 lastChangeCount() const;
    // Whether the open transaction leaves a foreign key unresolved
    // (SQLITE_DBSTATUS_DEFERRED_FKS): a cheap test before the full
    // PRAGMA foreign_key_check, which reads every child row.
    bool foreignKeysPending() const;

    // Runs `work` in one transaction (BEGIN IMMEDIATE, or a savepoint when
    // nested); commits when it succeeds, rolls back when it fails. A read of
    // this connection still open when it begins is warned of (lcStore), with
    // openReadWarning and its SQL: finish a query before writing.
    Status transaction(const std::function<Status()>& work);
    static constexpr const char* openReadWarning =
        "A write began while a read of the same connection was still open:";
    template<typename T> Result<T> transaction(const std::function<Result<T>()>& work)
    {
        std::optional<Result<T>> outcome;
        const Status status = transaction([&]() -> Status {
            outcome.emplace(work());
            if (!outcome->ok())
                return outcome->error();
            return {};
        });
        if (!status.ok())
            return status.error();
        return std::move(*outcome);
    }
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Changes whenever a transaction begins or anything is rolled back, so
    // that a cache of what this connection wrote can tell it is still true.
    quint64 writeEpoch() const { return m_writeEpoch; }
    quint64 bumpWriteEpoch() { return ++m_writeEpoch; }

    QString metaValue(const QString& key, const QString& fallback = {}) const;
    Status setMetaValue(const QString& key, const QString& value);

    Result<StoreInfo> info();
    // PRAGMA integrity_check; returns the problems found (empty when sound).
    Result<QStringList> integrityCheck();

    // A Store error for a failed query, naming the store file.
    Error queryError(const QSqlQuery& query) const;

    // Makes the statement running on this store's connection stop with an
    // "interrupted" error, from any thread (sqlite3_interrupt): a list query
    // that the user has already replaced gives way to the new one.
    void interrupt() const;

private:
    Store(QString path, QString connectionName);
    void warnOfOpenReads();
    Status configureConnection(const StoreOptions& options);
    Status migrate(const std::vector<Migration>& migrations);
    sqlite3* handle() const;
    friend class Generator;    // bulk inserts through the raw SQLite API
    friend class CaseMatchSet; // reads the full-text index through the raw SQLite API
    friend Status useCaseMatchSet(Store& store, std::shared_ptr<CaseMatchSet> set);

    void finalizeKeptStatements();
    // The prepared statement for `sql`, its bindings cleared; kept for the
    // next run when there is room, otherwise `unkept` owns it.
    Result<sqlite3_stmt*>
    keptStatement(const QString& sql,
                  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)>& unkept);
    Status executeValues(const QString& sql, const std::span<const StoreValue>* parts,
                         std::size_t partCount);
    // Steps a bound statement through its rows, then resets it.
    Status stepRows(sqlite3_stmt* statement, const std::function<bool(const StoreRow&)>& onRow);

    // The connection's handle, kept when the store is opened: asking the Qt
    // driver for it takes a lock and a look-up by connection name.
    std::atomic<sqlite3*> m_connection{nullptr};
    // forEachRow's prepared statements, most recently used last.
    std::vector<std::pair<QString, sqlite3_stmt*>> m_keptStatements;
    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    quint64 m_writeEpoch = 0;
};

} // namespace centerdesk::core
