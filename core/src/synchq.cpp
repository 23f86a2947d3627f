// HQ side of sync: checked, all-or-nothing import of workstation packages.
#include "centerdesk/core/clock.h"
#include "centerdesk/core/hashing.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/logging.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "syncpackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <array>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value.hpp>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <thread> // std::jthread
#include <unordered_map>

namespace centerdesk::core {

namespace {

class SyncImportText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncImportText)
};

const QString zeroHash = QString(64, QLatin1Char('0'));
// Imported users cannot sign in at HQ: their hashes stay on their workstation.
const QString importedPasswordHash = QStringLiteral("$argon2id$imported-no-sign-in");

// A column value from a package line, ready to bind (a string views the
// line's UTF-8); false when the value has no SQLite form.
bool sqlValue(const boost::json::value& value, StoreValue* out)
{
    switch (value.kind()) {
    case boost::json::kind::null:
        *out = StoreValue{};
        return true;
    case boost::json::kind::bool_:
        *out = StoreValue::fromInteger(value.get_bool() ? 1 : 0);
        return true;
    case boost::json::kind::int64:
        *out = StoreValue::fromInteger(value.get_int64());
        return true;
    case boost::json::kind::uint64:
        // Only above the range of int64: kept as a number, as SQLite would.
        *out = StoreValue::fromReal(static_cast<double>(value.get_uint64()));
        return true;
    case boost::json::kind::double_: {
        const double number = value.get_double();
        // Integers as integers (1.0 from another writer); the range check
        // keeps the cast defined.
        if (std::abs(number) < 9.0e15 && number == std::floor(number))
            *out = StoreValue::fromInteger(static_cast<qint64>(number));
        else
            *out = StoreValue::fromReal(number);
        return true;
    }
    case boost::json::kind::string: {
        const boost::json::string& text = value.get_string();
        *out = StoreValue::fromUtf8View({text.data(), static_cast<qsizetype>(text.size())});
        return true;
    }
    default:
        return false;
    }
}

// A whole number field, else 0 (as QJsonValue::toInteger: a fraction or a
// number out of qint64's range is not one).
qint64 jsonInteger(const boost::json::object& object, std::string_view key)
{
    const boost::json::value* field = object.if_contains(key);
    if (field == nullptr)
        return 0;
    if (field->is_int64())
        return field->get_int64();
    if (field->is_double()) {
        const double number = field->get_double();
        if (std::abs(number) < 9.0e18 && number == std::floor(number))
            return static_cast<qint64>(number);
    }
    return 0;
}

// What HQ holds of a row that the package names: its stamp, and which
// workstation's import wrote it (none for a row made at HQ).
struct HeldRow final
{
    QString stamp;
    QString originWorkstation;
    QString originStamp;
};

struct KeyHash final
{
    using is_transparent = void; // finds by std::string_view
    std::size_t operator()(std::string_view key) const
    {
        return std::hash<std::string_view>{}(key);
    }
};

// One table's statements (SQL texts; Store keeps them prepared) and the rows
// of the package that HQ holds already.
struct TableWriter final
{
    const SyncTable* table = nullptr;
    bool isHistory = false; // written to hq_history, append-only
    QByteArray nameUtf8;
    std::vector<std::string> columns; // sorted, for look-ups by a line's UTF-8 names
    QString removeSql;
    QHash<QString, QString> updateSql; // by column list
    QString fullInsertSignature;       // the columns of fullInsertSql
    QString fullInsertSql;             // a batch's INSERT of a full statement's rows
    // By the line's key (UTF-8), looked up without a copy.
    std::unordered_map<std::string, HeldRow, KeyHash, std::equal_to<>> held;
};

// A line of the package, checked on its own and converted for binding on
// the second thread (PackageApplier::produce): the writing thread then only
// decides against HQ's rows and writes.
struct PreparedLine final
{
    const PackageLine* source = nullptr;
    TableWriter* writer = nullptr; // null: a table that is not synced
    QString tableName;             // as the line names it (when not synced)
    QByteArrayView keyUtf8;        // the line's uuid
    bool isDelete = false;
    // What is wrong with the line alone, in the order applyRow reports it
    // among its checks against HQ's rows.
    QString keyProblem;    // before those checks (key, op)
    QString dataProblem;   // after the conflict checks (data, its key)
    QString columnProblem; // after the unchanged check (columns, values)
    qint64 newVersion = 0;
    QByteArrayView updatedAt;
    QString signature;            // the data's column names, comma-separated
    QList<StoreValue> values;     // the data's (then app_user's password hash), or hq_history's
    qsizetype dataValueCount = 0; // of values, the data's
    std::array<StoreValue, 2> keyParts;
    std::size_t keyPartCount = 1;
    std::array<StoreValue, 4> origin; // sync_origin's table, key, workstation, stamp
    // A history entry: its chain fields, and whether its hash is its own.
    qint64 historySeq = 0;
    QString previousHash;
    QString hash;
    bool hashMatches = false;

    qint64 number() const { return source->number; }
    QString key() const { return QString::fromUtf8(keyUtf8); }
    // For look-ups in key sets and maps, without a copy.
    QByteArray keyBytes() const { return QByteArray::fromRawData(keyUtf8.data(), keyUtf8.size()); }
    std::span<const StoreValue> keyValues() const { return {keyParts.data(), keyPartCount}; }
    // Its stamp as HQ's sync_origin keeps it.
    QString newStamp(const SyncTable& table) const
    {
        return table.versioned ? QString::number(newVersion) : QString::fromUtf8(updatedAt);
    }
};

// What a preparing thread keeps from line to line: most lines of a table
// have the same columns.
struct PrepareCache final
{
    const TableWriter* writer = nullptr;
    QByteArray signatureUtf8;
    QString signature;
};

// Lines parsed and prepared together, in file order.
struct LineChunk final
{
    std::vector<PackageLine> lines;
    std::vector<PreparedLine> prepared; // each points into `lines`
};

// The lines, handed from the thread that parses and prepares them to the
// one that writes them, chunk after chunk: the writes of the first lines
// overlap the reading of the rest. The parsing thread also hashes the payload.
class LineFeed final
{
public:
    // The lines' values, allocated from one arena that only this feed's end
    // frees: values of an unshared arena are dropped without a walk.
    boost::json::storage_ptr storage() { return boost::json::storage_ptr(&m_arena); }

    void publish(std::unique_ptr<LineChunk> chunk)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_ready.push_back(std::move(chunk));
        }
        m_changed.notify_all();
    }
    // The end of the payload: its hash, and all the lines (`error` empty) or
    // those up to the first bad one.
    void finish(QString payloadHash, std::optional<Error> error, qint64 lineCount)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_payloadHash = std::move(payloadHash);
            m_error = std::move(error);
            m_lineCount = lineCount;
            m_finished = true;
        }
        m_changed.notify_all();
    }
    // Chunks taken before `inUse`'s (all when null), but for the last one
    // taken, go to the parsing thread to be freed there.
    void retire(const PreparedLine* inUse)
    {
        {
            const std::lock_guard lock(m_mutex);
            while (m_taken.size() > (inUse == nullptr ? 0U : 1U)) {
                const std::vector<PreparedLine>& lines = m_taken.front()->prepared;
                const std::less<const PreparedLine*> before;
                if (inUse != nullptr && !lines.empty() && !before(inUse, lines.data()) &&
                    before(inUse, lines.data() + lines.size()))
                    break;
                m_retired.push_back(std::move(m_taken.front()));
                m_taken.pop_front();
            }
        }
        m_changed.notify_all();
    }
    // On the parsing thread, once it is done: a retired chunk to free, or
    // null when asked to stop.
    std::unique_ptr<LineChunk> takeRetired(const std::stop_token& stop)
    {
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait(lock, stop, [this] { return !m_retired.empty(); }))
            return nullptr;
        std::unique_ptr<LineChunk> chunk = std::move(m_retired.back());
        m_retired.pop_back();
        return chunk;
    }
    // The next chunk (kept alive with the feed), or null when all were taken.
    const LineChunk* next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return nullptr;
        m_taken.push_back(std::move(m_ready.front()));
        m_ready.pop_front();
        return m_taken.back().get();
    }
    // Waits for the end of the payload. Then the verdicts in the order of
    // readVerifiedPackage: the payload's hash (into package), then the
    // schema, then the first bad line or a count other than the manifest's.
    Status verdict(VerifiedPackage& package, int schemaVersion)
    {
        while (next() != nullptr) {
        }
        package.payloadSha256 = m_payloadHash;
        if (Status hashed = checkPayloadHashAndSchema(package, schemaVersion); !hashed)
            return hashed;
        if (m_error)
            return *m_error;
        return checkLineCount(package, m_lineCount);
    }
    qint64 lineCount() const { return m_lineCount; } // after the verdict

private:
    boost::json::monotonic_resource m_arena; // first: freed after the chunks
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<std::unique_ptr<LineChunk>> m_ready;
    std::deque<std::unique_ptr<LineChunk>> m_taken;
    std::vector<std::unique_ptr<LineChunk>> m_retired;
    bool m_finished = false;
    QString m_payloadHash;
    std::optional<Error> m_error;
    qint64 m_lineCount = 0;
};

// New rows of one table and column list, kept to be written together.
struct NewRows final
{
    TableWriter* writer = nullptr;
    QString signature;
    QList<const PreparedLine*> lines;
};

const QString setOriginSql = QStringLiteral(
    "INSERT INTO sync_origin(table_name, row_key, workstation_id, stamp) VALUES(?, ?, ?, ?) ON "
    "CONFLICT(table_name, row_key) DO UPDATE SET workstation_id = excluded.workstation_id, "
    "stamp = excluded.stamp");
const QString deleteOriginSql =
    QStringLiteral("DELETE FROM sync_origin WHERE table_name = ? AND row_key = ?");
const QString historyColumns = QStringLiteral(
    "workstation_id, seq, uuid, subject_kind, subject_uuid, at, actor, kind, detail, prev_hash, "
    "hash");

class PackageApplier final
{
public:
    PackageApplier(Store& store, const VerifiedPackage& package)
        : m_store(store)
        , m_package(package)
        , m_workstation(package.signer.workstationId)
    {}

    QStringList problems;
    QSet<QString> touchedTables; // tables the package has lines for
    bool conflicts = false;
    qint64 unchanged = 0;

    // The synced tables' columns, before any line is prepared.
    Status loadWriters()
    {
        for (const SyncTable& table : syncTables()) {
            auto writer = std::make_unique<TableWriter>();
            writer->table = &table;
            writer->isHistory = table.name == QStringLiteral("history");
            Result<QStringList> columns = syncColumns(m_store, table);
            if (!columns)
                return columns.error();
            writer->nameUtf8 = table.name.toUtf8();
            for (const QString& column : *columns)
                writer->columns.push_back(column.toStdString());
            std::sort(writer->columns.begin(), writer->columns.end());
            writer->removeSql = QStringLiteral("DELETE FROM ") + table.name + keyWhere(table);
            m_owned.push_back(std::move(writer));
        }
        return {};
    }

    // On the second thread: hashes the payload and parses and prepares its
    // lines, a chunk at a time, until the end or `stop`. After a bad line it
    // only hashes. Reads only the package and the writers' names and
    // columns, which no longer change.
    void produce(LineFeed& feed, const std::stop_token& stop) const
    {
        constexpr qsizetype chunkBytes = 256 * 1024;
        const QByteArray& content = m_package.content;
        const boost::json::storage_ptr storage = feed.storage();
        Sha256 hash;
        PrepareCache cache;
        std::optional<Error> badLine;
        qint64 lineNumber = 2;
        for (qsizetype start = m_package.payloadStart; start < content.size();) {
            if (stop.stop_requested())
                break;
            qsizetype end = content.size();
            if (start + chunkBytes < content.size()) {
                if (const qsizetype newline = content.indexOf('\n', start + chunkBytes);
                    newline >= 0)
                    end = newline + 1;
            }
            hash.add(QByteArrayView(content).sliced(start, end - start));
            if (!badLine) {
                ParsedLines parsed = parsePackageLines(content, start, end, lineNumber, storage);
                if (parsed.error) {
                    badLine = std::move(parsed.error);
                } else {
                    auto chunk = std::make_unique<LineChunk>();
                    chunk->lines = std::move(parsed.lines);
                    chunk->prepared.reserve(chunk->lines.size());
                    for (const PackageLine& line : chunk->lines)
                        chunk->prepared.push_back(prepareLine(line, cache));
                    lineNumber += static_cast<qint64>(chunk->lines.size());
                    feed.publish(std::move(chunk));
                }
            }
            start = end;
        }
        feed.finish(hash.hex(), std::move(badLine), lineNumber - 2);
        // Then frees the chunks that were written, while the writes go on.
        while (std::unique_ptr<LineChunk> chunk = feed.takeRetired(stop))
            chunk.reset();
    }

    Status readHistoryHead()
    {
        return m_store.forEachRow(
            QStringLiteral("SELECT seq, hash FROM hq_history WHERE workstation_id = ? ORDER BY seq "
                           "DESC LIMIT 1"),
            {m_workstation}, [this](const StoreRow& row) {
                m_historySeq = row.integer(0);
                m_historyHead = row.text(1);
                return false;
            });
    }

    // Applies every line as the feed gives it; problems are collected (up to
    // a limit) rather than stopping at the first, so the report names them
    // all. Takes every chunk, even past the limit.
    Status apply(LineFeed& feed)
    {
        while (const LineChunk* chunk = feed.next()) {
            feed.retire(m_pending.lines.isEmpty() ? chunk->prepared.data()
                                                  : m_pending.lines.front());
            if (problems.size() >= SyncService::maxReportedProblems)
                continue;
            if (Status read = readHeldRows(chunk->prepared); !read)
                return read;
            for (const PreparedLine& line : chunk->prepared) {
                if (problems.size() >= SyncService::maxReportedProblems)
                    break;
                if (line.writer == nullptr) {
                    problem(line, SyncImportText::tr("unknown table"), false);
                    continue;
                }
                touchedTables.insert(line.writer->table->name);
                if (m_repeatedLines.contains(line.number()))
                    continue; // reported by readHeldRows
                // Lines are applied in the file's order; only a run of new
                // rows of one table is kept to be written together, before
                // any other line: triggers read other tables (a case's
                // account and assignee names).
                const Status applied = line.writer->isHistory ? applyHistory(line) : applyRow(line);
                if (!applied)
                    return applied; // a store error, not a problem of the package
            }
        }
        if (Status flushed = flushBatch(); !flushed)
            return flushed;
        feed.retire(nullptr);
        const QString head = m_package.manifest.value(QLatin1String("historyHead")).toString();
        if (problems.isEmpty() && head != m_historyHead) {
            problems << SyncImportText::tr("the history chain of workstation %1 ends in %2 at HQ "
                                           "after this package, but the package says %3")
                            .arg(m_workstation, m_historyHead.left(12), head.left(12));
        }
        return {};
    }

    // Rows that refer to rows neither the package nor HQ has.
    Status checkForeignKeys(const QSet<QString>& tables)
    {
        for (const QString& table : tables) {
            Status checked = m_store.forEachRow(
                QStringLiteral("SELECT \"table\", parent, count(*) FROM "
                               "pragma_foreign_key_check(?) GROUP BY 1, 2"),
                {table}, [this](const StoreRow& row) {
                    problems << SyncImportText::tr("%1 row(s) of %2 refer to %3 rows that "
                                                   "neither the package nor HQ holds")
                                    .arg(row.integer(2))
                                    .arg(row.text(0), row.text(1));
                    return true;
                });
            if (!checked)
                return checked;
        }
        return {};
    }

private:
    static QString keyWhere(const SyncTable& table)
    {
        return table.hasUuid ? QStringLiteral(" WHERE uuid = ?")
                             : QStringLiteral(" WHERE case_uuid = ? AND name = ?");
    }

    void problem(const PreparedLine& line, const QString& what, bool conflict)
    {
        conflicts = conflicts || conflict;
        problems << SyncImportText::tr("line %1 (%2 %3): %4")
                        .arg(line.number())
                        .arg(line.writer != nullptr ? line.writer->table->name : line.tableName,
                             line.key(), what);
    }

    // Reads only the line and the writers' column lists. The values view the
    // line's strings, which the package keeps.
    PreparedLine prepareLine(const PackageLine& source, PrepareCache& cache) const
    {
        const boost::json::object& line = source.object;
        PreparedLine prepared;
        prepared.source = &source;
        const QByteArrayView keyUtf8 = jsonText(line, "uuid");
        prepared.keyUtf8 = keyUtf8;
        const QByteArrayView tableName = jsonText(line, "table");
        for (const auto& writer : m_owned) {
            if (writer->nameUtf8 == tableName) {
                prepared.writer = writer.get();
                break;
            }
        }
        if (prepared.writer == nullptr) {
            prepared.tableName = QString::fromUtf8(tableName);
            return prepared;
        }
        const TableWriter& writer = *prepared.writer;
        const SyncTable& table = *writer.table;
        const QByteArrayView op = jsonText(line, "op");
        const boost::json::value* dataValue = line.if_contains("data");
        if (writer.isHistory) {
            prepareHistory(prepared, op, dataValue, keyUtf8);
            return prepared;
        }

        prepared.keyParts[0] = StoreValue::fromUtf8View(keyUtf8);
        if (!table.hasUuid) {
            const qsizetype slash = keyUtf8.indexOf('/');
            if (slash <= 0) {
                prepared.keyProblem = SyncImportText::tr("bad key");
                return prepared;
            }
            prepared.keyParts = {StoreValue::fromUtf8View(keyUtf8.first(slash)),
                                 StoreValue::fromUtf8View(keyUtf8.sliced(slash + 1))};
            prepared.keyPartCount = 2;
        }
        prepared.isDelete = op == QByteArrayView("delete");
        if (op != QByteArrayView("upsert") && !prepared.isDelete) {
            prepared.keyProblem = SyncImportText::tr("op must be upsert or delete");
            return prepared;
        }
        if (prepared.isDelete) {
            prepared.origin[0] = StoreValue::fromUtf8View(writer.nameUtf8);
            prepared.origin[1] = StoreValue::fromUtf8View(keyUtf8);
            return prepared;
        }

        if (dataValue == nullptr || !dataValue->is_object()) {
            prepared.dataProblem = SyncImportText::tr("data must be an object");
            return prepared;
        }
        const boost::json::object& data = dataValue->get_object();
        prepared.newVersion = jsonInteger(data, "version");
        prepared.updatedAt = jsonText(data, "updated_at");
        const bool sameKey = table.hasUuid
                                 ? jsonText(data, "uuid") == keyUtf8
                                 : jsonText(data, "case_uuid") == prepared.keyParts[0].text &&
                                       jsonText(data, "name") == prepared.keyParts[1].text;
        if (!sameKey) {
            const QString dataKey = table.hasUuid ? jsonString(data, "uuid")
                                                  : jsonString(data, "case_uuid") +
                                                        QLatin1Char('/') + jsonString(data, "name");
            prepared.dataProblem =
                SyncImportText::tr("the data's key %1 is not the line's").arg(dataKey);
            return prepared;
        }

        QByteArray signature;
        prepared.values.reserve(static_cast<qsizetype>(data.size()) + 1);
        for (const boost::json::key_value_pair& field : data) {
            // Only the store's own column names ever reach the SQL text.
            const std::string_view column = field.key();
            if (!std::binary_search(writer.columns.begin(), writer.columns.end(), column,
                                    std::less<>())) {
                prepared.columnProblem =
                    SyncImportText::tr("unknown column '%1'")
                        .arg(QString::fromUtf8(column.data(),
                                               static_cast<qsizetype>(column.size())));
                return prepared;
            }
            StoreValue value;
            if (!sqlValue(field.value(), &value)) {
                prepared.columnProblem =
                    SyncImportText::tr("column '%1' holds an object or array")
                        .arg(QString::fromUtf8(column.data(),
                                               static_cast<qsizetype>(column.size())));
                return prepared;
            }
            if (!signature.isEmpty())
                signature.append(',');
            signature.append(column.data(), static_cast<qsizetype>(column.size()));
            prepared.values << std::move(value);
        }
        if (prepared.values.isEmpty()) {
            prepared.columnProblem = SyncImportText::tr("data holds no columns");
            return prepared;
        }
        prepared.dataValueCount = prepared.values.size();
        if (table.name == QStringLiteral("app_user"))
            prepared.values << StoreValue::fromUtf8View(m_importedPasswordHash);
        if (cache.writer != &writer || cache.signatureUtf8 != signature) {
            cache.writer = &writer;
            cache.signatureUtf8 = signature;
            cache.signature = QString::fromLatin1(signature); // store column names: ASCII
        }
        prepared.signature = cache.signature;
        // A version binds as a number; the TEXT column keeps it as text.
        prepared.origin = {StoreValue::fromUtf8View(writer.nameUtf8),
                           StoreValue::fromUtf8View(keyUtf8),
                           StoreValue::fromUtf8View(m_workstationUtf8),
                           table.versioned ? StoreValue::fromInteger(prepared.newVersion)
                                           : StoreValue::fromUtf8View(prepared.updatedAt)};
        return prepared;
    }

    void prepareHistory(PreparedLine& prepared, QByteArrayView op,
                        const boost::json::value* dataValue, QByteArrayView keyUtf8) const
    {
        static const boost::json::object noData;
        const boost::json::object& data =
            dataValue != nullptr && dataValue->is_object() ? dataValue->get_object() : noData;
        const QByteArrayView uuid = jsonText(data, "uuid");
        if (op != QByteArrayView("upsert") || uuid != keyUtf8 || dataValue == nullptr ||
            !dataValue->is_object()) {
            prepared.keyProblem = SyncImportText::tr("history entries are only ever added");
            return;
        }
        prepared.historySeq = jsonInteger(data, "seq");
        const QByteArray seq = QByteArray::number(prepared.historySeq);
        const std::array<QByteArrayView, 9> fields{jsonText(data, "prev_hash"),
                                                   seq,
                                                   uuid,
                                                   jsonText(data, "subject_kind"),
                                                   jsonText(data, "subject_uuid"),
                                                   jsonText(data, "at"),
                                                   jsonText(data, "actor"),
                                                   jsonText(data, "kind"),
                                                   jsonText(data, "detail")};
        const QByteArrayView hash = jsonText(data, "hash");
        prepared.hashMatches =
            HistoryLog::hashOfUtf8(fields) == QLatin1String(hash.data(), hash.size());
        prepared.values = {StoreValue::fromUtf8View(m_workstationUtf8),
                           StoreValue::fromInteger(prepared.historySeq)};
        for (std::size_t i = 2; i < fields.size(); ++i)
            prepared.values << StoreValue::fromUtf8View(fields[i]);
        prepared.values << StoreValue::fromUtf8View(fields[0]) << StoreValue::fromUtf8View(hash);
        prepared.signature = historyColumns;
        prepared.previousHash = QString::fromUtf8(fields[0]);
        prepared.hash = QString::fromUtf8(hash);
    }

    // Which of a chunk's rows HQ holds, one query per table instead of one
    // per line. A key twice in one package is a problem: the export
    // never writes one, and the second line would meet the first's row.
    Status readHeldRows(const std::vector<PreparedLine>& lines)
    {
        QHash<TableWriter*, QByteArray> keysByTable; // JSON arrays of the keys
        for (const PreparedLine& line : lines) {
            if (line.writer == nullptr || line.writer->isHistory)
                continue; // unknown tables are reported by apply(); history is append-only
            QByteArray& keys = keysByTable[line.writer];
            QSet<QByteArray>& seen = m_seenKeys[line.writer];
            if (seen.contains(line.keyBytes())) {
                if (problems.size() < SyncService::maxReportedProblems) {
                    problem(line, SyncImportText::tr("the package holds this row more than once"),
                            false);
                }
                m_repeatedLines.insert(line.number());
                continue;
            }
            seen.insert(line.keyBytes()); // views the arena; read only while the feed lives
            keys.append(keys.isEmpty() ? '[' : ',');
            appendJsonUtf8(keys, line.keyUtf8);
        }
        for (auto it = keysByTable.begin(); it != keysByTable.end(); ++it) {
            TableWriter& writer = *it.key();
            const SyncTable& table = *writer.table;
            const QString stamp =
                table.versioned ? QStringLiteral("t.version") : QStringLiteral("t.updated_at");
            const QString join =
                table.hasUuid ? QStringLiteral("t.uuid = j.value")
                              : QStringLiteral("t.case_uuid = substr(j.value, 1, instr(j.value, "
                                               "'/') - 1) AND t.name = substr(j.value, "
                                               "instr(j.value, '/') + 1)");
            Status read = m_store.forEachRow(
                QStringLiteral("SELECT j.value, ") + stamp +
                    QStringLiteral(", o.workstation_id, o.stamp FROM json_each(?) j JOIN ") +
                    table.name + QStringLiteral(" t ON ") + join +
                    QStringLiteral(" LEFT JOIN sync_origin o ON o.table_name = ? AND o.row_key = "
                                   "j.value"),
                {QString::fromUtf8(it.value() + ']'), table.name}, [&writer](const StoreRow& row) {
                    const QByteArrayView key = row.utf8(0);
                    writer.held.insert_or_assign(
                        std::string(key.data(), static_cast<std::size_t>(key.size())),
                        HeldRow{row.text(1), row.text(2), row.text(3)});
                    return true;
                });
            if (!read)
                return read;
        }
        return {};
    }

    // Runs one write of a line. A broken constraint is a problem of the
    // package (`written` false); any other failure is the store's, returned.
    Status write(const QString& sql, std::initializer_list<std::span<const StoreValue>> values,
                 const PreparedLine& line, bool* written)
    {
        *written = false;
        Status done = m_store.executeValues(sql, values);
        if (done) {
            *written = true;
            return {};
        }
        if ((m_store.lastErrorCode() & 0xff) != SQLITE_CONSTRAINT)
            return done;
        const QString text = m_store.lastErrorMessage();
        // A history entry's uuid taken is not a conflict over a row.
        const bool unique = !line.writer->isHistory && text.contains(QStringLiteral("UNIQUE"));
        problem(
            line,
            unique ? SyncImportText::tr("conflict: %1 (another row at HQ has that value)").arg(text)
                   : text,
            unique);
        return {};
    }

    Status applyRow(const PreparedLine& line)
    {
        TableWriter& writer = *line.writer;
        const SyncTable& table = *writer.table;
        if (!line.keyProblem.isEmpty()) {
            problem(line, line.keyProblem, false);
            return {};
        }

        const auto found = writer.held.find(
            std::string_view(line.keyUtf8.data(), static_cast<std::size_t>(line.keyUtf8.size())));
        const bool exists = found != writer.held.end();
        const HeldRow* held = exists ? &found->second : nullptr;
        if (exists && held->originWorkstation != m_workstation) {
            problem(line,
                    held->originWorkstation.isEmpty()
                        ? SyncImportText::tr("conflict: the row exists at HQ and was not sent by "
                                             "this workstation")
                        : SyncImportText::tr("conflict: the row was sent by workstation %1")
                              .arg(held->originWorkstation),
                    true);
            return {};
        }
        if (exists && held->stamp != held->originStamp) {
            problem(line,
                    SyncImportText::tr("conflict: the row was changed at HQ (now %1, imported as "
                                       "%2)")
                        .arg(held->stamp, held->originStamp),
                    true);
            return {};
        }

        bool written = false;
        if (line.isDelete) {
            if (!exists) {
                ++unchanged;
                return {};
            }
            if (Status flushed = flushBatch(); !flushed)
                return flushed;
            if (Status done = write(writer.removeSql, {line.keyValues()}, line, &written);
                !done || !written)
                return done;
            return m_store.executeValues(deleteOriginSql, {std::span(line.origin).first(2)});
        }

        if (!line.dataProblem.isEmpty()) {
            problem(line, line.dataProblem, false);
            return {};
        }
        if (exists) {
            const bool older = table.versioned && line.newVersion <= held->stamp.toLongLong();
            if (older || line.newStamp(table) == held->stamp) {
                ++unchanged;
                return {};
            }
        }
        if (!line.columnProblem.isEmpty()) {
            problem(line, line.columnProblem, false);
            return {};
        }

        if (!exists) {
            // Kept to be written with the new rows that follow it in the
            // file, of the same table and columns (see flushBatch).
            return keepNewRow(line);
        }
        QString& sql = writer.updateSql[line.signature];
        if (sql.isEmpty()) {
            sql = QStringLiteral("UPDATE ") + table.name + QStringLiteral(" SET ") +
                  line.signature.split(QLatin1Char(',')).join(QStringLiteral(" = ?, ")) +
                  QStringLiteral(" = ?") + keyWhere(table);
        }
        if (Status flushed = flushBatch(); !flushed)
            return flushed;
        if (Status done = write(
                sql,
                {std::span(line.values.constData(), static_cast<std::size_t>(line.dataValueCount)),
                 line.keyValues()},
                line, &written);
            !done || !written)
            return done;
        return m_store.executeValues(setOriginSql, {line.origin});
    }

    Status applyHistory(const PreparedLine& line)
    {
        if (!line.keyProblem.isEmpty()) {
            problem(line, line.keyProblem, false);
            return {};
        }
        if (line.historySeq <= m_historySeq) {
            // Sent before (a full package): it must be the very entry HQ
            // has, written already (kept entries of this package included).
            if (Status flushed = flushBatch(); !flushed)
                return flushed;
            QString knownHash;
            if (Status known = m_store.forEachRow(
                    QStringLiteral(
                        "SELECT hash FROM hq_history WHERE workstation_id = ? AND seq = ?"),
                    {m_workstation, line.historySeq},
                    [&knownHash](const StoreRow& row) {
                        knownHash = row.text(0);
                        return false;
                    });
                !known)
                return known;
            if (knownHash.isEmpty() || knownHash != line.hash) {
                problem(line,
                        SyncImportText::tr("history entry %1 differs from the one HQ received "
                                           "before")
                            .arg(line.historySeq),
                        true);
            } else {
                ++unchanged;
            }
            return {};
        }
        if (line.historySeq != m_historySeq + 1 || line.previousHash != m_historyHead ||
            !line.hashMatches) {
            chainProblem(line);
            return {};
        }
        m_historySeq = line.historySeq;
        m_historyHead = line.hash;
        return keepNewRow(line);
    }

    void chainProblem(const PreparedLine& line)
    {
        problem(line,
                SyncImportText::tr("history entry %1 does not continue the workstation's chain "
                                   "(HQ has it up to entry %2)")
                    .arg(line.historySeq)
                    .arg(m_historySeq),
                false);
    }

    // Keeps a new row (or history entry) to be written with the ones that
    // follow it in the file, of the same table and columns.
    Status keepNewRow(const PreparedLine& line)
    {
        if (m_pending.writer != line.writer || m_pending.signature != line.signature) {
            if (Status flushed = flushBatch(); !flushed)
                return flushed;
            m_pending.writer = line.writer;
            m_pending.signature = line.signature;
        }
        m_pending.lines << &line;
        return m_pending.lines.size() >= rowsPerBatch ? flushBatch() : Status();
    }

    // Writes the new rows kept by keepNewRow, up to 2,000 to a statement:
    // a statement per row costs SQLite several times the row's own work (its
    // statement journal, and each CHECK (... IN (...)) list built again).
    // Within the import's transaction SQLite journals, for each statement
    // that may fail part-way, every page the statement changes for the first
    // time, so fewer and larger statements copy fewer pages. hq_history has
    // no insert trigger and no foreign key: OR FAIL spares it that journal
    // and keeps the entries before one that breaks a constraint. A synced
    // table's statement (foreign keys, triggers) that breaks one is undone
    // whole. Either way the batch is then written one by one from the first
    // row not written, so that the problems name their lines. (Not in a
    // savepoint: SQLite walks a savepoint's growing journal at the end of
    // every statement. The origins' upsert keeps its journal: OR FAIL does
    // not reach its DO UPDATE.)
    Status flushBatch()
    {
        const NewRows batch = std::exchange(m_pending, NewRows{});
        if (batch.writer == nullptr)
            return {};
        TableWriter& writer = *batch.writer;
        QString insertColumns = batch.signature;
        if (writer.table->name == QStringLiteral("app_user"))
            insertColumns += QStringLiteral(",password_hash");
        const QString insert =
            (writer.isHistory ? QStringLiteral("INSERT OR FAIL INTO hq_history")
                              : QStringLiteral("INSERT INTO ") + writer.table->name) +
            QLatin1Char('(') + insertColumns + QStringLiteral(") VALUES");
        const qsizetype width = batch.lines.front()->values.size();
        // Within SQLite's 32,766 parameters of a statement.
        const qsizetype rowsPerStatement = std::clamp<qsizetype>(30000 / width, 1, rowsPerBatch);
        // The texts of full statements, made once per table and columns.
        if (writer.fullInsertSignature != batch.signature || writer.fullInsertSql.isEmpty()) {
            writer.fullInsertSignature = batch.signature;
            writer.fullInsertSql = insert + valueRows(rowsPerStatement, width);
        }
        QString& fullOriginsSql = m_originsSql[rowsPerStatement];
        if (fullOriginsSql.isEmpty())
            fullOriginsSql = setOriginsSql(rowsPerStatement);
        const qsizetype rowCount = batch.lines.size();
        std::vector<std::span<const StoreValue>> values;
        std::vector<std::span<const StoreValue>> origins;
        for (qsizetype first = 0; first < rowCount; first += rowsPerStatement) {
            const qsizetype rows = std::min(rowsPerStatement, rowCount - first);
            values.clear();
            origins.clear();
            for (qsizetype i = first; i < first + rows; ++i) {
                values.emplace_back(batch.lines.at(i)->values);
                origins.emplace_back(batch.lines.at(i)->origin);
            }
            if (Status done = m_store.executeValues(rows == rowsPerStatement
                                                        ? writer.fullInsertSql
                                                        : insert + valueRows(rows, width),
                                                    values);
                !done) {
                if ((m_store.lastErrorCode() & 0xff) != SQLITE_CONSTRAINT)
                    return done;
                // OR FAIL kept the entries before the broken one.
                const qsizetype written = writer.isHistory ? m_store.lastChangeCount() : 0;
                return writeOneByOne(batch, insert + valueRows(1, width), first + written);
            }
            if (writer.isHistory)
                continue;
            if (Status done = m_store.executeValues(
                    rows == rowsPerStatement ? fullOriginsSql : setOriginsSql(rows), origins);
                !done)
                return done;
        }
        return {};
    }

    static QString setOriginsSql(qsizetype rows)
    {
        return QStringLiteral("INSERT INTO sync_origin(table_name, row_key, workstation_id, "
                              "stamp) VALUES") +
               valueRows(rows, 4) +
               QStringLiteral(" ON CONFLICT(table_name, row_key) DO UPDATE SET workstation_id = "
                              "excluded.workstation_id, stamp = excluded.stamp");
    }

    // The batch's rows from `first` on, one statement each, for the report.
    Status writeOneByOne(const NewRows& batch, const QString& insert, qsizetype first)
    {
        bool chainBroken = false;
        for (qsizetype i = first; i < batch.lines.size(); ++i) {
            if (problems.size() >= SyncService::maxReportedProblems)
                break;
            const PreparedLine& line = *batch.lines.at(i);
            if (chainBroken) {
                // As if the entries had been checked after the failed one.
                chainProblem(line);
                continue;
            }
            bool written = false;
            if (Status done = write(insert, {line.values}, line, &written); !done)
                return done;
            if (!written && batch.writer->isHistory) {
                // The chain ends before the entry that was not written.
                chainBroken = true;
                m_historySeq = line.historySeq - 1;
                m_historyHead = line.previousHash;
            }
            if (!written || batch.writer->isHistory)
                continue;
            if (Status done = m_store.executeValues(setOriginSql, {line.origin}); !done)
                return done;
        }
        return {};
    }

    // "(?,?),(?,?)..." for `rows` rows of `width` values.
    static QString valueRows(qsizetype rows, qsizetype width)
    {
        const QString row = QLatin1Char('(') +
                            QStringList(width, QStringLiteral("?")).join(QLatin1Char(',')) +
                            QLatin1Char(')');
        return QStringList(rows, row).join(QLatin1Char(','));
    }

    Store& m_store;
    const VerifiedPackage& m_package;
    QString m_workstation;
    std::vector<std::unique_ptr<TableWriter>> m_owned;
    QHash<TableWriter*, QSet<QByteArray>> m_seenKeys; // of the lines so far
    QSet<qint64> m_repeatedLines;                     // a row's second and later lines
    // New rows kept before they are written, and the most rows to one
    // statement (fewer for a table of more than 15 columns).
    static constexpr qsizetype rowsPerBatch = 2000;
    NewRows m_pending;
    QHash<qsizetype, QString> m_originsSql; // by rows per statement
    qint64 m_historySeq = 0;
    QString m_historyHead = zeroHash;
    QByteArray m_workstationUtf8 = m_workstation.toUtf8();
    QByteArray m_importedPasswordHash = importedPasswordHash.toUtf8();
};

} // namespace

Result<SyncImportResult> SyncService::importPackage(const QString& packagePath)
{
    auto lookup = [this](const QString& keyId) -> Result<SyncSigner> {
        Result<QSqlQuery> query = m_store.run(
            QStringLiteral("SELECT public_key, center_code, workstation_id FROM sync_key WHERE "
                           "key_id = ? AND purpose = 'workstation'"),
            {keyId});
        if (!query)
            return query.error();
        if (!query->next()) {
            return Error::invalid(QStringLiteral("signature"), QStringLiteral("unregistered-key"),
                                  SyncImportText::tr("The package is signed with key %1, which is "
                                                     "not registered at HQ. Register the "
                                                     "workstation's key with 'centerdesk-cli hq "
                                                     "register-key' first.")
                                      .arg(keyId));
        }
        const Result<SyncPublicKey> key = SyncSignature::parsePublicKey(query->value(0).toString());
        if (!key)
            return key.error();
        return SyncSigner{*key, query->value(1).toString(), query->value(2).toString()};
    };
    Result<VerifiedPackage> package =
        openSignedPackage(packagePath, QStringLiteral("rows"), lookup);
    if (!package)
        return package.error();
    const QJsonObject& manifest = package->manifest;

    // Once the signature has vouched for every byte, a second thread hashes
    // the payload and parses and prepares its lines while this one writes
    // them. The verdicts keep readVerifiedPackage's order all the same: the
    // payload's hash, the schema, the first bad line or the line count, then
    // the package's place in the sequence, then the rows' problems.
    PackageApplier applier(m_store, *package);
    if (Status loaded = applier.loadWriters(); !loaded)
        return loaded.error();
    LineFeed feed;
    // Declared last: stopped and joined first, however this function ends.
    std::jthread producer([&](std::stop_token stop) { applier.produce(feed, stop); });
    const int schemaVersion = m_store.schemaVersion();
    // A refusal before the writes waits for the verdicts that come first.
    auto refuse = [&](const Error& error) -> Error {
        if (Status lines = feed.verdict(*package, schemaVersion); !lines)
            return lines.error();
        return error;
    };
    if (Status schema = checkSchema(*package, schemaVersion); !schema)
        return refuse(schema.error());

    SyncImportResult result;
    result.kind = QStringLiteral("rows");
    result.centerCode = package->signer.centerCode;
    result.workstationId = package->signer.workstationId;
    result.seqFrom = manifest.value(QLatin1String("seqFrom")).toInteger();
    result.seqTo = manifest.value(QLatin1String("seqTo")).toInteger();
    // Announced; checked against the lines before anything is recorded.
    result.rows = manifest.value(QLatin1String("rows")).toInteger();
    const QJsonObject counts = manifest.value(QLatin1String("counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        result.counts.insert(it.key(), it.value().toInteger());
    if (result.seqFrom < 1 || result.seqTo < result.seqFrom) {
        return refuse(Error::invalid(QStringLiteral("package"), QStringLiteral("sequence"),
                                     SyncImportText::tr("The package's sequence range %1-%2 is not "
                                                        "valid.")
                                         .arg(result.seqFrom)
                                         .arg(result.seqTo)));
    }

    // Continuity with what HQ has from this workstation: checked here, so
    // that a refusal comes before the lines are written, and again once the
    // write has begun, when no other import can commit before this one (the
    // first check reads a snapshot that another import may since have
    // changed, and without the second both could apply).
    const QString payloadSha = manifest.value(QLatin1String("payloadSha256")).toString();
    const bool full = manifest.value(QLatin1String("full")).toBool();
    auto continuity = [&]() -> Result<bool> { // true: this package is the last one imported
        const Result<qint64> last = m_store.integer(
            QStringLiteral("SELECT coalesce(max(seq_to), 0) FROM sync_import WHERE kind = 'rows' "
                           "AND workstation_id = ?"),
            {result.workstationId});
        if (!last)
            return last.error();
        const qint64 lastSeq = *last;
        const Result<qint64> same = m_store.integer(
            QStringLiteral("SELECT 1 FROM sync_import WHERE kind = 'rows' AND workstation_id = ? "
                           "AND seq_from = ? AND seq_to = ? AND payload_sha256 = ?"),
            {result.workstationId, result.seqFrom, result.seqTo, payloadSha});
        if (!same)
            return same.error();
        // The latest package again is harmless; an older one is a replay.
        if (*same == 1 && result.seqTo == lastSeq)
            return true;
        // A full package may end where the last one did: it re-sends a snapshot.
        const bool fullResend = full && result.seqTo == lastSeq;
        if (result.seqTo <= lastSeq && !fullResend) {
            return Error::invalid(QStringLiteral("package"), QStringLiteral("replay"),
                                  SyncImportText::tr("The package holds changes %1-%2 of "
                                                     "workstation %3, but HQ has applied its "
                                                     "changes up to %4 already: an older package "
                                                     "was replayed. Nothing was changed.")
                                      .arg(result.seqFrom)
                                      .arg(result.seqTo)
                                      .arg(result.workstationId)
                                      .arg(lastSeq));
        }
        if (result.seqFrom > lastSeq + 1) {
            return Error::invalid(QStringLiteral("package"), QStringLiteral("gap"),
                                  SyncImportText::tr("Changes %1-%2 of workstation %3 are missing: "
                                                     "import the package that holds them first "
                                                     "(or ask the workstation for a full export).")
                                      .arg(lastSeq + 1)
                                      .arg(result.seqFrom - 1)
                                      .arg(result.workstationId));
        }
        return false;
    };
    const Result<bool> alreadyImported = continuity();
    if (!alreadyImported)
        return alreadyImported.error().kind == ErrorKind::InvalidInput
                   ? refuse(alreadyImported.error())
                   : alreadyImported.error();
    if (*alreadyImported) {
        // The same bytes were read and applied before: its lines are not
        // needed, only the hash, at once on this thread.
        producer.request_stop();
        package->payloadSha256 = payloadSha256(*package);
        if (Status hashed = checkPayloadHashAndSchema(*package, schemaVersion); !hashed)
            return hashed.error();
        result.alreadyImported = true;
        return result;
    }

    const Status applied = m_store.transaction([&]() -> Status {
        if (const Result<bool> again = continuity(); !again || *again) {
            // Another import of this workstation's packages committed since
            // the first check; nothing is written.
            const Status lines = feed.verdict(*package, schemaVersion);
            if (!lines)
                return lines;
            if (!again)
                return again.error();
            result.alreadyImported = true;
            return {};
        }
        // Rows refer to each other in any order within a package.
        if (Result<QSqlQuery> deferred =
                m_store.run(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            !deferred)
            return deferred.error();
        if (Status head = applier.readHistoryHead(); !head)
            return head;
        // A verdict on the package comes before a store error it may cause.
        const Status done = applier.apply(feed);
        if (Status lines = feed.verdict(*package, schemaVersion); !lines)
            return lines;
        if (!done)
            return done;
        result.rows = feed.lineCount();
        // The full check, which reads every row of the touched tables, runs
        // only when SQLite counts a key left unresolved in this transaction.
        // (The count would miss a new orphan only if an orphan HQ held
        // before, which its connections' foreign_keys=ON never write, were
        // resolved by the package.)
        if (applier.problems.isEmpty() && m_store.foreignKeysPending()) {
            QSet<QString> tables = applier.touchedTables;
            tables.remove(QStringLiteral("history"));
            if (Status checked = applier.checkForeignKeys(tables); !checked)
                return checked;
        }
        if (!applier.problems.isEmpty()) {
            const QString message =
                SyncImportText::tr("The package %1 was refused and HQ's store left unchanged:\n%2")
                    .arg(package->fileName, applier.problems.join(QLatin1Char('\n')));
            return applier.conflicts
                       ? Error::conflict(QStringLiteral("package"), QStringLiteral("conflict"),
                                         message)
                       : Error::invalid(QStringLiteral("package"), QStringLiteral("row"), message);
        }
        result.unchanged = applier.unchanged;
        if (Result<QSqlQuery> recorded = m_store.run(
                QStringLiteral("INSERT INTO sync_import(kind, center_code, workstation_id, "
                               "seq_from, seq_to, is_full, payload_sha256, history_head, "
                               "row_count, file_name, imported_at) VALUES('rows', ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?)"),
                {result.centerCode, result.workstationId, result.seqFrom, result.seqTo,
                 manifest.value(QLatin1String("full")).toBool() ? 1 : 0, package->payloadSha256,
                 manifest.value(QLatin1String("historyHead")).toString(), result.rows,
                 package->fileName, storedNow()});
            !recorded)
            return recorded.error();
        return HistoryLog(m_store).append(
            QStringLiteral("store"), QStringLiteral("sync"), QStringLiteral("system"),
            QStringLiteral("sync-imported"),
            {{QStringLiteral("package"), package->fileName},
             {QStringLiteral("center"), result.centerCode},
             {QStringLiteral("workstation"), result.workstationId},
             {QStringLiteral("seqFrom"), result.seqFrom},
             {QStringLiteral("seqTo"), result.seqTo},
             {QStringLiteral("rows"), result.rows},
             {QStringLiteral("payloadSha256"), package->payloadSha256}},
            QDateTime::currentDateTimeUtc());
    });
    if (!applied)
        return applied.error();
    return result;
}

} // namespace centerdesk::core
