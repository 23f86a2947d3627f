#include "centerdesk/core/hashing.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/store.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <array>
#include <sqlite3.h>

using namespace centerdesk::core;
using centerdesk::test::fileBytes;
using centerdesk::test::writeFile;

namespace {

// Runs SQL on a file with the raw SQLite API, as another program would.
bool execRaw(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

QString pragmaText(Store& store, const QString& pragma)
{
    Result<QSqlQuery> query = store.run(QStringLiteral("PRAGMA ") + pragma);
    if (!query || !query->next())
        return {};
    return query->value(0).toString();
}

// The call must succeed; the failure shows the store's message.
#define QVERIFY_OK(expression)                                                                     \
    do {                                                                                           \
        const auto& outcome_ = (expression);                                                       \
        QVERIFY2(outcome_.ok(), outcome_.ok() ? "" : qPrintable(outcome_.error().message));        \
    } while (false)

StoreOptions fastOptions()
{
    StoreOptions options;
    options.busyTimeout = std::chrono::milliseconds(100);
    return options;
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void open_newFile_createsCurrentSchemaWithSafePragmas()
    {
        const QString path = m_dir.filePath(QStringLiteral("sub/folder/new.db"));
        auto store = Store::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(pragmaText(**store, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragmaText(**store, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragmaText(**store, QStringLiteral("synchronous")), QStringLiteral("2"));
        QCOMPARE(pragmaText(**store, QStringLiteral("application_id")),
                 QString::number(Store::applicationId));
        QCOMPARE(pragmaText(**store, QStringLiteral("user_version")),
                 QString::number(Store::latestSchemaVersion()));
        QVERIFY(QFileInfo::exists(path));
    }

    void open_newFile_loadsReferenceData()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("ref.db")));
        QVERIFY(store.ok());
        ReferenceService reference(**store);
        QCOMPARE(reference.centers().size(), 10);
        QCOMPARE(reference.dataVersion(), ReferenceData::builtIn().dataVersion);
        QVERIFY(reference.portCodes().contains(QStringLiteral("0101")));
        QCOMPARE(reference.pgas().size(), ReferenceData::builtIn().pgas.size());
    }

    void open_missingFileWithoutCreate_refusedAndNothingCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("absent.db"));
        StoreOptions options = fastOptions();
        options.createIfMissing = false;
        auto store = Store::open(path, options);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().rule, QStringLiteral("missing"));
        QVERIFY(store.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFileInfo::exists(path));
    }

    void migrate_fromEveryFixture_reachesLatestAndKeepsData_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir fixtures(QStringLiteral(CENTERDESK_FIXTURES_DIR));
        const QStringList files = fixtures.entryList({QStringLiteral("store-v*.sql")}, QDir::Files);
        QVERIFY2(!files.isEmpty(),
                 "a fixture per earlier schema version is kept in tests/fixtures");
        for (const QString& file : files)
            QTest::addRow("%s", qPrintable(file)) << fixtures.filePath(file);
    }
    void migrate_fromEveryFixture_reachesLatestAndKeepsData()
    {
        QFETCH(QString, fixture);
        const QString path = m_dir.filePath(QFileInfo(fixture).baseName() + QStringLiteral(".db"));
        QVERIFY(execRaw(path, fileBytes(fixture)));
        auto store = Store::open(path, fastOptions());
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        QCOMPARE((*store)->schemaVersion(), Store::latestSchemaVersion());
        // Every fixture carries a marker row that migrations must keep.
        QCOMPARE((*store)->metaValue(QStringLiteral("fixture_marker")), QStringLiteral("kept"));
        QCOMPARE(ReferenceService(**store).centers().size(), 10);
        const Result<ChainCheck> chain = HistoryLog::verifyChain(**store);
        QVERIFY(chain.ok());
        QCOMPARE(chain->firstBrokenSeq, 0);
        const Result<QStringList> problems = (*store)->integrityCheck();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    // Migration 0006 fills the list's sort keys from the clocks and the
    // account, renumbers the full-text rows by case, and sends nothing new.
    void migrate_fromV5_sortKeysFilledAndNothingToSend()
    {
        const QString path = m_dir.filePath(QStringLiteral("keys.db"));
        QVERIFY(execRaw(path, fileBytes(QStringLiteral(CENTERDESK_FIXTURES_DIR "/store-v5.sql"))));
        auto count = [](Store& store, const QString& sql) {
            Result<QSqlQuery> query = store.run(sql);
            return query && query->next() ? query->value(0).toLongLong() : -1;
        };
        qint64 changesBefore = 0;
        {
            StoreOptions v5 = fastOptions();
            v5.migrations = builtinMigrations();
            v5.migrations.resize(5);
            auto store = Store::open(path, v5);
            QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
            changesBefore = count(**store, QStringLiteral("SELECT count(*) FROM sync_change"));
        }
        auto store = Store::open(path, fastOptions());
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        Result<QSqlQuery> keys =
            (*store)->run(QStringLiteral("SELECT due_key, clock_rank, account_name FROM cases"));
        QVERIFY(keys.ok() && keys->next());
        QCOMPARE(keys->value(0).toString(), QStringLiteral("2026-12-01T21:00:00.000Z"));
        QCOMPARE(keys->value(1).toInt(), 3);
        QCOMPARE(keys->value(2).toString(), QStringLiteral("Fixture Pharma Inc."));
        QCOMPARE(count(**store, QStringLiteral("SELECT count(*) FROM case_search s JOIN cases c "
                                               "ON c.uuid = s.case_uuid WHERE s.rowid = c.rowid "
                                               "<< 24")),
                 count(**store, QStringLiteral("SELECT count(*) FROM cases")));
        QCOMPARE(count(**store, QStringLiteral("SELECT count(*) FROM sync_change")), changesBefore);
    }

    // Opening a store that this process already has open must not drop the
    // open connections' locks (closing any descriptor of the file would):
    // another program closing the file would then delete the WAL in use.
    void open_againWhileOpen_anotherProgramClosingKeepsTheWal()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.db"));
        auto first = Store::open(path, fastOptions());
        QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().message));
        QVERIFY((*first)->setMetaValue(QStringLiteral("marker"), QStringLiteral("one")).ok());
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        {
            auto second = Store::open(path, fastOptions()); // reads the file's header
            QVERIFY(second.ok());
        }
        const QString sqliteTool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqliteTool.isEmpty(),
                 "sqlite3 (Debian package sqlite3) is installed by the setup");
        QProcess other;
        other.start(sqliteTool, {path, QStringLiteral("SELECT count(*) FROM meta;")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
                 "another program's close deleted the WAL of a store open here");
        QVERIFY((*first)->setMetaValue(QStringLiteral("marker"), QStringLiteral("two")).ok());
        auto third = Store::open(path, fastOptions());
        QVERIFY2(third.ok(), qPrintable(third ? QString() : third.error().message));
        QCOMPARE((*third)->metaValue(QStringLiteral("marker")), QStringLiteral("two"));
    }

    void migrate_failingStep_leavesFileExactlyAsItWas()
    {
        const QString path = m_dir.filePath(QStringLiteral("fails.db"));
        StoreOptions firstOnly = fastOptions();
        firstOnly.migrations = {builtinMigrations().front()};
        firstOnly.loadReferenceData = false;
        {
            auto store = Store::open(path, firstOnly);
            QVERIFY(store.ok());
            QVERIFY(
                (*store)->setMetaValue(QStringLiteral("marker"), QStringLiteral("before")).ok());
        }
        // A rollback-journal file, as an older CenterDesk might leave it.
        QVERIFY(execRaw(path, "PRAGMA journal_mode=DELETE;"));
        const QByteArray before = fileBytes(path);

        StoreOptions failing = fastOptions();
        failing.migrations = {
            builtinMigrations().front(),
            Migration{2, QStringLiteral("half_done"),
                      QStringLiteral("CREATE TABLE half(x);"
                                     "INSERT INTO meta(key, value) VALUES('marker', 'again');")}};
        auto store = Store::open(path, failing);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().rule, QStringLiteral("migration-failed"));
        QVERIFY(store.error().message.contains(QStringLiteral("half_done")));
        QCOMPARE(fileBytes(path), before);
    }

    void open_newerSchema_refusedAndUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        QVERIFY(Store::open(path).ok());
        const int future = Store::latestSchemaVersion() + 5;
        QVERIFY(execRaw(path, QByteArray("PRAGMA user_version=") + QByteArray::number(future)));
        const QByteArray before = fileBytes(path);
        auto store = Store::open(path, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().rule, QStringLiteral("newer-version"));
        QCOMPARE(store.error().kind, ErrorKind::Store);
        QVERIFY(store.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(store.error().message.contains(QString::number(future)));
        QCOMPARE(fileBytes(path), before);
    }

    void open_notSqlite_refusedAndUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        const QByteArray content("Meeting notes: not a database at all.\n");
        QVERIFY(writeFile(path, content));
        auto store = Store::open(path, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().rule, QStringLiteral("not-a-database"));
        QVERIFY(store.error().message.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(fileBytes(path), content);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void open_otherProgramsDatabase_refusedAndUnchanged()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
        QVERIFY(
            execRaw(path, "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES('soup');"));
        const QByteArray before = fileBytes(path);
        auto store = Store::open(path, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().rule, QStringLiteral("foreign-database"));
        QCOMPARE(fileBytes(path), before);
    }

    void open_damagedFile_refusedWithRestoreAdvice()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
        }
        QVERIFY(execRaw(path, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;"));
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 200);
        // Keep the 100-byte header, overwrite the schema page's b-tree header.
        for (qsizetype i = 100; i < 140; ++i)
            bytes[i] = char(0x5a);
        QVERIFY(writeFile(path, bytes));
        auto store = Store::open(path, fastOptions());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().rule, QStringLiteral("damaged"));
        QVERIFY(store.error().message.contains(QDir::toNativeSeparators(path)));
        QCOMPARE(fileBytes(path), bytes);
    }

    void open_lockedByAnotherProgram_refusedAsLocked()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.db"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
        }
        QVERIFY(execRaw(path, "PRAGMA journal_mode=DELETE;"));
        sqlite3* holder = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        auto store = Store::open(path, fastOptions());
        sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().rule, QStringLiteral("locked"));
        QVERIFY(store.error().message.contains(QDir::toNativeSeparators(path)));
        // Once the other program lets go, the store opens.
        QVERIFY(Store::open(path, fastOptions()).ok());
    }

    void transaction_failingWork_rollsBackEverything()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("tx.db")));
        QVERIFY(store.ok());
        Store& s = **store;
        const Status outcome = s.transaction([&]() -> Status {
            if (Status set = s.setMetaValue(QStringLiteral("a"), QStringLiteral("1")); !set)
                return set;
            return Error::invalid(QStringLiteral("b"), QStringLiteral("test"),
                                  QStringLiteral("no"));
        });
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().rule, QStringLiteral("test"));
        QCOMPARE(s.metaValue(QStringLiteral("a"), QStringLiteral("absent")),
                 QStringLiteral("absent"));
        QVERIFY(!s.inTransaction());
    }

    void transaction_nestedFailure_rollsBackOnlyInnerPart()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("nested.db")));
        QVERIFY(store.ok());
        Store& s = **store;
        const Status outer = s.transaction([&]() -> Status {
            if (Status set = s.setMetaValue(QStringLiteral("outer"), QStringLiteral("1")); !set)
                return set;
            const Status inner = s.transaction([&]() -> Status {
                (void)s.setMetaValue(QStringLiteral("inner"), QStringLiteral("1"));
                return Error::invalid({}, QStringLiteral("inner"), QStringLiteral("inner fails"));
            });
            return inner.ok() ? Status(Error::invalid({}, QStringLiteral("x"), QStringLiteral("x")))
                              : Status();
        });
        QVERIFY(outer.ok());
        QCOMPARE(s.metaValue(QStringLiteral("outer")), QStringLiteral("1"));
        QCOMPARE(s.metaValue(QStringLiteral("inner"), QStringLiteral("absent")),
                 QStringLiteral("absent"));
    }

    void forEachRow_bindingsAndColumns_readAsSqliteHasThem()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("rows.db")), fastOptions());
        QVERIFY_OK(store);
        Store& s = **store;
        QVERIFY_OK(s.run(QStringLiteral("CREATE TABLE t(a, b, c, d, e)")));
        QVERIFY_OK(s.forEachRow(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?)"),
                                {QString(), 42, 2.5, QByteArray("\x00\x01", 2), QVariant()},
                                [](const StoreRow&) { return true; }));
        QStringList seen;
        QVERIFY_OK(s.forEachRow(
            QStringLiteral("SELECT a, b, c, d, e, typeof(a), typeof(e) FROM t WHERE b = ?"),
            {qint64{42}}, [&seen](const StoreRow& row) {
                seen << row.text(0) << QString::number(row.integer(1)) << row.value(2).toString()
                     << QString::number(row.value(3).toByteArray().size())
                     << (row.isNull(4) && row.text(4).isNull() && !row.value(4).isValid()
                             ? QStringLiteral("null")
                             : QStringLiteral("not null"))
                     << row.text(5) << row.text(6);
                return true;
            }));
        // A null QString binds as '' and an invalid QVariant as NULL (bindValues).
        QCOMPARE(seen, (QStringList{QString(), QStringLiteral("42"), QStringLiteral("2.5"),
                                    QStringLiteral("2"), QStringLiteral("null"),
                                    QStringLiteral("text"), QStringLiteral("null")}));
        QCOMPARE(s.run(QStringLiteral("SELECT count(*) FROM t"))->next(), true);
    }

    void executeValues_partsInOrder_boundAsGivenEmptyTextNotNull()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("values.db")), fastOptions());
        QVERIFY_OK(store);
        Store& s = **store;
        QVERIFY_OK(s.run(QStringLiteral("CREATE TABLE t(a, b, c, d, e, f)")));
        const QByteArray viewed = "viewed text";
        const QByteArray accented = QStringLiteral("é owned").toUtf8();
        const std::array<StoreValue, 2> first{StoreValue::fromInteger(42),
                                              StoreValue::fromReal(2.5)};
        // A null view is an empty text, not NULL.
        const std::array<StoreValue, 4> second{
            StoreValue::fromUtf8View(viewed), StoreValue::fromUtf8View(accented),
            StoreValue::fromUtf8View(QByteArrayView()), StoreValue{}};
        const QString insert = QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)");
        QVERIFY_OK(s.executeValues(insert, {first, second}));
        // The same statement again with fewer values: the rest are NULL,
        // not the earlier run's.
        QVERIFY_OK(s.executeValues(insert, {first}));
        QStringList seen;
        QVERIFY_OK(s.forEachRow(
            QStringLiteral("SELECT typeof(a), a, typeof(b), b, c, d, typeof(e), e, typeof(f), "
                           "typeof(c) FROM t ORDER BY rowid"),
            {}, [&seen](const StoreRow& row) {
                QStringList values;
                for (int column = 0; column < 10; ++column)
                    values << row.text(column);
                seen << values.join(QLatin1Char('|'));
                return true;
            }));
        QCOMPARE(seen, (QStringList{QStringLiteral("integer|42|real|2.5|viewed text|é "
                                                   "owned|text||null|text"),
                                    QStringLiteral("integer|42|real|2.5|||null||null|null")}));
        // A broken constraint is reported, and the statement can run again.
        QVERIFY_OK(s.run(QStringLiteral("CREATE TABLE u(a TEXT NOT NULL)")));
        const std::array<StoreValue, 1> nothing{StoreValue{}};
        QVERIFY(!s.executeValues(QStringLiteral("INSERT INTO u VALUES (?)"), {nothing}).ok());
        QCOMPARE(s.lastErrorCode() & 0xff, 19); // SQLITE_CONSTRAINT
        const std::array<StoreValue, 1> something{StoreValue::fromUtf8View("x")};
        QVERIFY_OK(s.executeValues(QStringLiteral("INSERT INTO u VALUES (?)"), {something}));
        // More values than parameters: refused, nothing written.
        QVERIFY(!s.executeValues(QStringLiteral("INSERT INTO u VALUES (?)"), {something, something})
                     .ok());
        Result<QSqlQuery> count = s.run(QStringLiteral("SELECT count(*) FROM u"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 1);
    }

    // Why Store::transaction names a read left open: once another connection
    // has committed, SQLite refuses this connection's write at once
    // (SQLITE_BUSY_SNAPSHOT, no busy wait), and the user reads "locked".
    void transaction_readLeftOpen_warnedAndRefusedAfterAnotherCommit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("reads.db"));
        auto first = Store::open(path);
        QVERIFY(first);
        auto second = Store::open(path);
        QVERIFY(second);
        const auto write = [](Store& store) {
            return store.transaction([&store]() -> Status {
                Result<QSqlQuery> done = store.run(
                    QStringLiteral("INSERT INTO meta(key, value) VALUES(?, 'x') ON CONFLICT(key) "
                                   "DO UPDATE SET value = value || 'x'"),
                    {QStringLiteral("reads-test")});
                return done ? Status() : done.error();
            });
        };
        Result<QSqlQuery> open = (*first)->run(QStringLiteral("SELECT key FROM meta"));
        QVERIFY(open && open->next());
        QVERIFY(write(**second).ok());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QRegularExpression::escape(
                                                    QString::fromLatin1(Store::openReadWarning)) +
                                                QStringLiteral(".*SELECT key FROM meta")));
        QElapsedTimer timer;
        timer.start();
        const Status refused = write(**first);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().rule, QStringLiteral("locked"));
        QVERIFY2(timer.elapsed() < 4000, "refused at once, not after the busy timeout");
        // Finished, the same write goes through.
        open->finish();
        QVERIFY(write(**first).ok());
    }

    // What the HQ import relies on to go on after a failed batch: OR FAIL
    // keeps the rows before the broken one and says how many; a plain
    // INSERT undoes them all and says none. Foreign keys are checked when
    // the transaction ends, so SQLite's count of unresolved keys is what
    // tells whether any is left.
    void lastChangeCountAndPendingKeys_afterFailedStatements()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("changes.db")), fastOptions());
        QVERIFY_OK(store);
        Store& s = **store;
        QVERIFY_OK(s.run(QStringLiteral("CREATE TABLE p(k TEXT PRIMARY KEY)")));
        QVERIFY_OK(s.run(QStringLiteral("CREATE TABLE c(k TEXT UNIQUE NOT NULL, p TEXT "
                                        "REFERENCES p(k))")));
        const QByteArray a = "a", b = "b", taken = "taken", z = "z";
        const std::array<StoreValue, 1> takenRow{StoreValue::fromUtf8View(taken)};
        QVERIFY_OK(s.executeValues(QStringLiteral("INSERT INTO c(k) VALUES (?)"), {takenRow}));
        const std::array<StoreValue, 4> rows{
            StoreValue::fromUtf8View(a), StoreValue::fromUtf8View(b),
            StoreValue::fromUtf8View(taken), StoreValue::fromUtf8View(z)};
        bool plainFailed = false;
        bool orFailFailed = false;
        qint64 keptByPlain = -1;
        qint64 keptByOrFail = -1;
        bool pendingAtFirst = true;
        bool pendingWithOrphan = false;
        bool pendingWithParent = true;
        QVERIFY_OK(s.transaction([&]() -> Status {
            plainFailed =
                !s.executeValues(QStringLiteral("INSERT INTO c(k) VALUES (?), (?), (?), (?)"),
                                 {rows})
                     .ok();
            keptByPlain = s.lastChangeCount();
            orFailFailed = !s.executeValues(QStringLiteral("INSERT OR FAIL INTO c(k) VALUES (?), "
                                                           "(?), (?), (?)"),
                                            {rows})
                                .ok();
            keptByOrFail = s.lastChangeCount();
            pendingAtFirst = s.foreignKeysPending();
            if (Status deferred = s.execute(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
                !deferred)
                return deferred;
            if (Status orphan =
                    s.execute(QStringLiteral("UPDATE c SET p = 'missing' WHERE k = 'a'"));
                !orphan)
                return orphan;
            pendingWithOrphan = s.foreignKeysPending();
            if (Status parent = s.execute(QStringLiteral("INSERT INTO p VALUES ('missing')"));
                !parent)
                return parent;
            pendingWithParent = s.foreignKeysPending();
            return {};
        }));
        QVERIFY(plainFailed);
        QCOMPARE(keptByPlain, qint64(0));
        QVERIFY(orFailFailed);
        QCOMPARE(keptByOrFail, qint64(2));
        QVERIFY(!pendingAtFirst);
        QVERIFY(pendingWithOrphan);
        QVERIFY(!pendingWithParent);
        Result<QSqlQuery> kept = s.run(QStringLiteral("SELECT group_concat(k) FROM (SELECT k FROM "
                                                      "c ORDER BY k)"));
        QVERIFY(kept && kept->next());
        QCOMPARE(kept->value(0).toString(), QStringLiteral("a,b,taken"));
    }

    void historyHash_ofUtf8Fields_sameAsOfEntry()
    {
        HistoryEntry entry;
        entry.previousHash = QString(64, QLatin1Char('0'));
        entry.seq = 12;
        entry.uuid = QStringLiteral("a-uuid");
        entry.subjectKind = QStringLiteral("account");
        entry.subjectUuid = QStringLiteral("s-uuid");
        entry.storedAt = QStringLiteral("2026-11-28T10:00:00.000Z");
        entry.actor = QStringLiteral("zoë");
        entry.kind = QStringLiteral("changed");
        entry.storedDetail = QStringLiteral("{\"name\":\"Ünïcode ☃\"}");
        const QByteArray seq = "12";
        const std::array<QByteArray, 9> fields{
            entry.previousHash.toUtf8(), seq,
            entry.uuid.toUtf8(),         entry.subjectKind.toUtf8(),
            entry.subjectUuid.toUtf8(),  entry.storedAt.toUtf8(),
            entry.actor.toUtf8(),        entry.kind.toUtf8(),
            entry.storedDetail.toUtf8()};
        std::array<QByteArrayView, 9> views;
        std::copy(fields.begin(), fields.end(), views.begin());
        QCOMPARE(HistoryLog::hashOfUtf8(views), HistoryLog::hashOf(entry));
        // The fields joined by U+001F, hashed as UTF-8 (the stored chain's rule).
        QCOMPARE(HistoryLog::hashOf(entry),
                 sha256Hex(QStringList{entry.previousHash, QStringLiteral("12"), entry.uuid,
                                       entry.subjectKind, entry.subjectUuid, entry.storedAt,
                                       entry.actor, entry.kind, entry.storedDetail}
                               .join(QChar(0x1f))
                               .toUtf8()));
        views[6] = QByteArrayView("zoe");
        QVERIFY(HistoryLog::hashOfUtf8(views) != HistoryLog::hashOf(entry));
    }

    void forEachRow_sameQueryWithinARowAndAfterSchemaChange_eachRightly()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("nest.db")), fastOptions());
        QVERIFY_OK(store);
        Store& s = **store;
        QVERIFY_OK(s.run(QStringLiteral("CREATE TABLE n(x)")));
        QVERIFY_OK(s.run(QStringLiteral("INSERT INTO n VALUES (1), (2), (3)")));
        const QString sql = QStringLiteral("SELECT * FROM n WHERE x >= ? ORDER BY x");
        QStringList pairs;
        QVERIFY_OK(s.forEachRow(sql, {1}, [&](const StoreRow& outer) {
            // The same statement is running: the inner run gets its own.
            int inner = 0;
            const Status ok = s.forEachRow(sql, {outer.integer(0)}, [&inner](const StoreRow&) {
                ++inner;
                return true;
            });
            pairs << QStringLiteral("%1:%2").arg(outer.integer(0)).arg(ok ? inner : -1);
            return true;
        }));
        QCOMPARE(pairs, (QStringList{QStringLiteral("1:3"), QStringLiteral("2:2"),
                                     QStringLiteral("3:1")}));
        // The kept statement follows a change of the table.
        QVERIFY_OK(s.run(QStringLiteral("ALTER TABLE n ADD COLUMN y DEFAULT 'new'")));
        QString y;
        QVERIFY_OK(s.forEachRow(sql, {3}, [&y](const StoreRow& row) {
            y = row.text(1);
            return true;
        }));
        QCOMPARE(y, QStringLiteral("new"));
        const Status bad = s.forEachRow(QStringLiteral("SELECT nothing FROM n"), {},
                                        [](const StoreRow&) { return true; });
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("nothing")));
    }

    void forEachRow_stoppedEarly_holdsNoReadTransaction()
    {
        const QString path = m_dir.filePath(QStringLiteral("stop.db"));
        auto reader = Store::open(path, fastOptions());
        QVERIFY_OK(reader);
        QVERIFY_OK((*reader)->run(QStringLiteral("CREATE TABLE r(x)")));
        QVERIFY_OK((*reader)->run(QStringLiteral("INSERT INTO r VALUES (1), (2), (3)")));
        int seen = 0;
        QVERIFY_OK(
            (*reader)->forEachRow(QStringLiteral("SELECT x FROM r"), {}, [&seen](const StoreRow&) {
                ++seen;
                return false;
            }));
        QCOMPARE(seen, 1);
        // Another connection's commit can be checkpointed completely only
        // when no reader still holds an older snapshot.
        auto writer = Store::open(path, fastOptions());
        QVERIFY_OK(writer);
        QVERIFY_OK((*writer)->run(QStringLiteral("INSERT INTO r VALUES (4)")));
        auto checkpoint = (*writer)->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY_OK(checkpoint);
        QVERIFY(checkpoint->next());
        QCOMPARE(checkpoint->value(0).toInt(), 0); // not busy
    }

    void info_newStore_countsReferenceTables()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("info.db")));
        QVERIFY(store.ok());
        const Result<StoreInfo> info = (*store)->info();
        QVERIFY(info.ok());
        QCOMPARE(info->rowCounts.value(QStringLiteral("center")), 10);
        QCOMPARE(info->rowCounts.value(QStringLiteral("port")),
                 ReferenceData::builtIn().ports.size());
        QVERIFY(info->fileSizeBytes > 0);
        QCOMPARE(info->dataVersion, ReferenceData::builtIn().dataVersion);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
