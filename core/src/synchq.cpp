// HQ side of sync: checked, all-or-nothing import of workstation packages.
#include "centerdesk/core/clock.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/logging.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "syncpackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <cmath>
#include <memory>
#include <sqlite3.h>

namespace centerdesk::core {

namespace {

class SyncImportText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncImportText)
};

const QString zeroHash = QString(64, QLatin1Char('0'));
// Imported users cannot sign in at HQ: their hashes stay on their workstation.
const QString importedPasswordHash = QStringLiteral("$argon2id$imported-no-sign-in");

// A column value from JSON; false when the value has no SQLite form.
bool sqlValue(const QJsonValue& value, QVariant* out)
{
    switch (value.type()) {
    case QJsonValue::Null:
        *out = QVariant();
        return true;
    case QJsonValue::Bool:
        *out = value.toBool() ? 1 : 0;
        return true;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // Integers as integers; the range check keeps the cast defined.
        if (std::abs(number) < 9.0e15 && number == std::floor(number))
            *out = static_cast<qint64>(number);
        else
            *out = number;
        return true;
    }
    case QJsonValue::String:
        *out = value.toString();
        return true;
    default:
        return false;
    }
}

// What HQ holds of a row that the package names: its stamp, and which
// workstation's import wrote it (none for a row made at HQ).
struct HeldRow final
{
    QString stamp;
    QString originWorkstation;
    QString originStamp;
};

// One table's statements (SQL texts; Store keeps them prepared) and the rows
// of the package that HQ holds already.
struct TableWriter final
{
    const SyncTable* table = nullptr;
    QSet<QString> columns;
    QString removeSql;
    QHash<QString, QString> insertSql; // by column list
    QHash<QString, QString> updateSql;
    QHash<QString, HeldRow> held; // by the line's key
};

// New rows of one table and column list, kept to be written together.
struct NewRows final
{
    TableWriter* writer = nullptr;
    QStringList columns;
    QVariantList values;  // row after row
    QVariantList origins; // sync_origin's (table, key, workstation, stamp) of each
    QList<qint64> lineNumbers;
    QList<QJsonObject> lines;
};

const QString setOriginSql = QStringLiteral(
    "INSERT INTO sync_origin(table_name, row_key, workstation_id, stamp) VALUES(?, ?, ?, ?) ON "
    "CONFLICT(table_name, row_key) DO UPDATE SET workstation_id = excluded.workstation_id, "
    "stamp = excluded.stamp");
const QString deleteOriginSql =
    QStringLiteral("DELETE FROM sync_origin WHERE table_name = ? AND row_key = ?");
const QString insertHistorySql = QStringLiteral(
    "INSERT INTO hq_history(workstation_id, seq, uuid, subject_kind, subject_uuid, at, actor, "
    "kind, detail, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

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

    Status prepare()
    {
        for (const SyncTable& table : syncTables()) {
            auto writer = std::make_unique<TableWriter>();
            writer->table = &table;
            Result<QStringList> columns = syncColumns(m_store, table);
            if (!columns)
                return columns.error();
            writer->columns = QSet<QString>(columns->begin(), columns->end());
            writer->removeSql = QStringLiteral("DELETE FROM ") + table.name + keyWhere(table);
            m_writers.insert(table.name, writer.get());
            m_owned.push_back(std::move(writer));
        }
        Status head = m_store.forEachRow(
            QStringLiteral("SELECT seq, hash FROM hq_history WHERE workstation_id = ? ORDER BY seq "
                           "DESC LIMIT 1"),
            {m_workstation}, [this](const StoreRow& row) {
                m_historySeq = row.integer(0);
                m_historyHead = row.text(1);
                return false;
            });
        if (!head)
            return head;
        return readHeldRows();
    }

    // Applies every line; problems are collected (up to a limit) rather than
    // stopping at the first, so the report names them all.
    Status apply()
    {
        qint64 lineNumber = 1;
        for (const QJsonObject& line : m_package.lines) {
            ++lineNumber;
            if (problems.size() >= SyncService::maxReportedProblems)
                break;
            const QString tableName = line.value(QLatin1String("table")).toString();
            TableWriter* writer = m_writers.value(tableName);
            if (writer == nullptr) {
                problem(lineNumber, tableName, line.value(QLatin1String("uuid")).toString(),
                        SyncImportText::tr("unknown table"), false);
                continue;
            }
            touchedTables.insert(writer->table->name);
            if (m_repeatedLines.contains(lineNumber))
                continue; // reported by readHeldRows
            // Lines are applied in the file's order, the kept new rows of
            // earlier lines first: triggers read other tables (a case's
            // account and assignee names).
            Status applied;
            if (writer->table->name == QStringLiteral("history")) {
                applied = flushBatch();
                if (applied)
                    applied = applyHistory(lineNumber, line);
            } else {
                applied = applyRow(lineNumber, *writer, line);
            }
            if (!applied)
                return applied; // a store error, not a problem of the package
        }
        if (Status flushed = flushBatch(); !flushed)
            return flushed;
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

    void problem(qint64 lineNumber, const QString& table, const QString& key, const QString& what,
                 bool conflict)
    {
        conflicts = conflicts || conflict;
        problems << SyncImportText::tr("line %1 (%2 %3): %4").arg(lineNumber).arg(table, key, what);
    }

    // Which of the package's rows HQ holds, one query per table instead of
    // one per line. A key twice in one package is a problem: the export
    // never writes one, and the second line would meet the first's row.
    Status readHeldRows()
    {
        QHash<TableWriter*, QByteArray> keysByTable; // JSON arrays of the keys
        qint64 lineNumber = 1;
        for (const QJsonObject& line : m_package.lines) {
            ++lineNumber;
            TableWriter* writer = m_writers.value(line.value(QLatin1String("table")).toString());
            if (writer == nullptr || writer->table->name == QStringLiteral("history"))
                continue; // unknown tables are reported by apply(); history is append-only
            const QString key = line.value(QLatin1String("uuid")).toString();
            QByteArray& keys = keysByTable[writer];
            QSet<QString>& seen = m_seenKeys[writer];
            if (seen.contains(key)) {
                if (problems.size() < SyncService::maxReportedProblems) {
                    problem(lineNumber, writer->table->name, key,
                            SyncImportText::tr("the package holds this row more than once"), false);
                }
                m_repeatedLines.insert(lineNumber);
                continue;
            }
            seen.insert(key);
            keys.append(keys.isEmpty() ? '[' : ',');
            appendJsonString(keys, key);
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
                    writer.held.insert(row.text(0), {row.text(1), row.text(2), row.text(3)});
                    return true;
                });
            if (!read)
                return read;
        }
        m_seenKeys.clear();
        return {};
    }

    // Runs one write of a line. A broken constraint is a problem of the
    // package (`written` false); any other failure is the store's, returned.
    Status write(const QString& sql, const QVariantList& values, qint64 lineNumber,
                 const QString& table, const QString& key, bool* written,
                 bool uniqueIsConflict = true)
    {
        *written = false;
        Status done = m_store.execute(sql, values);
        if (done) {
            *written = true;
            return {};
        }
        if ((m_store.lastErrorCode() & 0xff) != SQLITE_CONSTRAINT)
            return done;
        const QString text = m_store.lastErrorMessage();
        const bool unique = uniqueIsConflict && text.contains(QStringLiteral("UNIQUE"));
        problem(
            lineNumber, table, key,
            unique ? SyncImportText::tr("conflict: %1 (another row at HQ has that value)").arg(text)
                   : text,
            unique);
        return {};
    }

    Status applyRow(qint64 lineNumber, TableWriter& writer, const QJsonObject& line)
    {
        const SyncTable& table = *writer.table;
        const QString key = line.value(QLatin1String("uuid")).toString();
        const QString op = line.value(QLatin1String("op")).toString();
        QVariantList keyValues{key};
        if (!table.hasUuid) {
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            if (slash <= 0) {
                problem(lineNumber, table.name, key, SyncImportText::tr("bad key"), false);
                return {};
            }
            keyValues = {key.left(slash), key.mid(slash + 1)};
        }
        if (op != QStringLiteral("upsert") && op != QStringLiteral("delete")) {
            problem(lineNumber, table.name, key, SyncImportText::tr("op must be upsert or delete"),
                    false);
            return {};
        }

        const auto held = writer.held.constFind(key);
        const bool exists = held != writer.held.constEnd();
        if (exists && held->originWorkstation != m_workstation) {
            problem(lineNumber, table.name, key,
                    held->originWorkstation.isEmpty()
                        ? SyncImportText::tr("conflict: the row exists at HQ and was not sent by "
                                             "this workstation")
                        : SyncImportText::tr("conflict: the row was sent by workstation %1")
                              .arg(held->originWorkstation),
                    true);
            return {};
        }
        if (exists && held->stamp != held->originStamp) {
            problem(lineNumber, table.name, key,
                    SyncImportText::tr("conflict: the row was changed at HQ (now %1, imported as "
                                       "%2)")
                        .arg(held->stamp, held->originStamp),
                    true);
            return {};
        }

        bool written = false;
        if (op == QStringLiteral("delete")) {
            if (!exists) {
                ++unchanged;
                return {};
            }
            if (Status flushed = flushBatch(); !flushed)
                return flushed;
            if (Status done =
                    write(writer.removeSql, keyValues, lineNumber, table.name, key, &written);
                !done || !written)
                return done;
            return m_store.execute(deleteOriginSql, {table.name, key});
        }

        const QJsonValue dataValue = line.value(QLatin1String("data"));
        if (!dataValue.isObject()) {
            problem(lineNumber, table.name, key, SyncImportText::tr("data must be an object"),
                    false);
            return {};
        }
        const QJsonObject data = dataValue.toObject();
        const QString newStamp =
            table.versioned ? QString::number(data.value(QLatin1String("version")).toInteger())
                            : data.value(QLatin1String("updated_at")).toString();
        const QString dataKey = table.hasUuid ? data.value(QLatin1String("uuid")).toString()
                                              : data.value(QLatin1String("case_uuid")).toString() +
                                                    QLatin1Char('/') +
                                                    data.value(QLatin1String("name")).toString();
        if (dataKey != key) {
            problem(lineNumber, table.name, key,
                    SyncImportText::tr("the data's key %1 is not the line's").arg(dataKey), false);
            return {};
        }
        if (exists) {
            const bool older = table.versioned && newStamp.toLongLong() <= held->stamp.toLongLong();
            if (older || newStamp == held->stamp) {
                ++unchanged;
                return {};
            }
        }

        QStringList columns;
        QVariantList values;
        values.reserve(data.size() + 2);
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            // Only the store's own column names ever reach the SQL text.
            const QString column = it.key();
            if (!writer.columns.contains(column)) {
                problem(lineNumber, table.name, key,
                        SyncImportText::tr("unknown column '%1'").arg(column), false);
                return {};
            }
            QVariant value;
            if (!sqlValue(it.value(), &value)) {
                problem(lineNumber, table.name, key,
                        SyncImportText::tr("column '%1' holds an object or array").arg(column),
                        false);
                return {};
            }
            columns << column;
            values << value;
        }
        const QString signature = columns.join(QLatin1Char(','));
        if (exists) {
            QString& sql = writer.updateSql[signature];
            if (sql.isEmpty()) {
                sql = QStringLiteral("UPDATE ") + table.name + QStringLiteral(" SET ") +
                      columns.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?") +
                      keyWhere(table);
            }
            values << keyValues;
            if (Status flushed = flushBatch(); !flushed)
                return flushed;
            if (Status done = write(sql, values, lineNumber, table.name, key, &written);
                !done || !written)
                return done;
        } else {
            if (!m_writingOneByOne) {
                // Kept to be written with the new rows that follow it in the
                // file, of the same table and columns (see flushBatch).
                if (m_pending.writer != &writer || m_pending.columns != columns) {
                    if (Status flushed = flushBatch(); !flushed)
                        return flushed;
                    m_pending.writer = &writer;
                    m_pending.columns = columns;
                }
                m_pending.values << values;
                if (table.name == QStringLiteral("app_user"))
                    m_pending.values << importedPasswordHash;
                m_pending.origins << table.name << key << m_workstation << newStamp;
                m_pending.lineNumbers << lineNumber;
                m_pending.lines << line;
                return m_pending.lineNumbers.size() >= rowsPerBatch ? flushBatch() : Status();
            }
            QString& sql = writer.insertSql[signature];
            if (sql.isEmpty()) {
                QStringList insertColumns = columns;
                if (table.name == QStringLiteral("app_user"))
                    insertColumns << QStringLiteral("password_hash");
                sql = QStringLiteral("INSERT INTO ") + table.name + QLatin1Char('(') +
                      insertColumns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES(") +
                      QStringList(insertColumns.size(), QStringLiteral("?"))
                          .join(QStringLiteral(", ")) +
                      QLatin1Char(')');
            }
            if (table.name == QStringLiteral("app_user"))
                values << importedPasswordHash;
            if (Status done = write(sql, values, lineNumber, table.name, key, &written);
                !done || !written)
                return done;
        }
        return m_store.execute(setOriginSql, {table.name, key, m_workstation, newStamp});
    }

    // Writes the new rows kept by applyRow (consecutive lines of one table
    // and column list), 100 to a statement: a statement per row costs SQLite
    // several times the row's own work (its statement journal, and each
    // CHECK (... IN (...)) list built again). A statement that breaks a
    // constraint is undone by SQLite, and its rows and the rest of the batch
    // are written one by one, so that the problems name their lines. (Not in
    // a savepoint: SQLite walks a savepoint's growing journal at the end of
    // every statement.)
    Status flushBatch()
    {
        constexpr qsizetype rowsPerStatement = 100;
        NewRows batch = std::exchange(m_pending, NewRows{});
        if (batch.writer == nullptr)
            return {};
        const SyncTable& table = *batch.writer->table;
        QStringList insertColumns = batch.columns;
        if (table.name == QStringLiteral("app_user"))
            insertColumns << QStringLiteral("password_hash");
        const qsizetype width = insertColumns.size();
        const qsizetype rowCount = batch.lineNumbers.size();
        for (qsizetype first = 0; first < rowCount; first += rowsPerStatement) {
            const qsizetype rows = std::min(rowsPerStatement, rowCount - first);
            const QString insert = QStringLiteral("INSERT INTO ") + table.name + QLatin1Char('(') +
                                   insertColumns.join(QStringLiteral(", ")) +
                                   QStringLiteral(") VALUES") + valueRows(rows, width);
            if (Status done =
                    m_store.execute(insert, batch.values.mid(first * width, rows * width));
                !done) {
                if ((m_store.lastErrorCode() & 0xff) != SQLITE_CONSTRAINT)
                    return done;
                m_writingOneByOne = true;
                Status replayed;
                for (qsizetype i = first; i < rowCount && replayed; ++i) {
                    if (problems.size() >= SyncService::maxReportedProblems)
                        break;
                    replayed = applyRow(batch.lineNumbers.at(i), *batch.writer, batch.lines.at(i));
                }
                m_writingOneByOne = false;
                return replayed;
            }
            const QString origins =
                QStringLiteral("INSERT INTO sync_origin(table_name, row_key, workstation_id, "
                               "stamp) VALUES") +
                valueRows(rows, 4) +
                QStringLiteral(" ON CONFLICT(table_name, row_key) DO UPDATE SET workstation_id = "
                               "excluded.workstation_id, stamp = excluded.stamp");
            if (Status done = m_store.execute(origins, batch.origins.mid(first * 4, rows * 4));
                !done)
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

    Status applyHistory(qint64 lineNumber, const QJsonObject& line)
    {
        const QJsonObject data = line.value(QLatin1String("data")).toObject();
        HistoryEntry entry;
        entry.seq = data.value(QLatin1String("seq")).toInteger();
        entry.uuid = data.value(QLatin1String("uuid")).toString();
        entry.subjectKind = data.value(QLatin1String("subject_kind")).toString();
        entry.subjectUuid = data.value(QLatin1String("subject_uuid")).toString();
        entry.storedAt = data.value(QLatin1String("at")).toString();
        entry.actor = data.value(QLatin1String("actor")).toString();
        entry.kind = data.value(QLatin1String("kind")).toString();
        entry.storedDetail = data.value(QLatin1String("detail")).toString();
        entry.previousHash = data.value(QLatin1String("prev_hash")).toString();
        entry.hash = data.value(QLatin1String("hash")).toString();
        const QString key = line.value(QLatin1String("uuid")).toString();
        if (line.value(QLatin1String("op")).toString() != QStringLiteral("upsert") ||
            entry.uuid != key) {
            problem(lineNumber, QStringLiteral("history"), key,
                    SyncImportText::tr("history entries are only ever added"), false);
            return {};
        }
        if (entry.seq <= m_historySeq) {
            // Sent before (a full package): it must be the very entry HQ has.
            QString knownHash;
            if (Status known = m_store.forEachRow(
                    QStringLiteral(
                        "SELECT hash FROM hq_history WHERE workstation_id = ? AND seq = ?"),
                    {m_workstation, entry.seq},
                    [&knownHash](const StoreRow& row) {
                        knownHash = row.text(0);
                        return false;
                    });
                !known)
                return known;
            if (knownHash.isEmpty() || knownHash != entry.hash) {
                problem(lineNumber, QStringLiteral("history"), key,
                        SyncImportText::tr("history entry %1 differs from the one HQ received "
                                           "before")
                            .arg(entry.seq),
                        true);
            } else {
                ++unchanged;
            }
            return {};
        }
        if (entry.seq != m_historySeq + 1 || entry.previousHash != m_historyHead ||
            HistoryLog::hashOf(entry) != entry.hash) {
            problem(lineNumber, QStringLiteral("history"), key,
                    SyncImportText::tr("history entry %1 does not continue the workstation's "
                                       "chain (HQ has it up to entry %2)")
                        .arg(entry.seq)
                        .arg(m_historySeq),
                    false);
            return {};
        }
        bool written = false;
        if (Status done = write(insertHistorySql,
                                {m_workstation, entry.seq, entry.uuid, entry.subjectKind,
                                 entry.subjectUuid, entry.storedAt, entry.actor, entry.kind,
                                 entry.storedDetail, entry.previousHash, entry.hash},
                                lineNumber, QStringLiteral("history"), key, &written, false);
            !done || !written)
            return done;
        m_historySeq = entry.seq;
        m_historyHead = entry.hash;
        return {};
    }

    Store& m_store;
    const VerifiedPackage& m_package;
    QString m_workstation;
    QHash<QString, TableWriter*> m_writers;
    std::vector<std::unique_ptr<TableWriter>> m_owned;
    QHash<TableWriter*, QSet<QString>> m_seenKeys;
    QSet<qint64> m_repeatedLines; // a row's second and later lines
    // New rows kept before they are written (bounds the memory).
    static constexpr qsizetype rowsPerBatch = 1000;
    NewRows m_pending;
    bool m_writingOneByOne = false; // a batch's rows again, for the report
    qint64 m_historySeq = 0;
    QString m_historyHead = zeroHash;
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
    const Result<VerifiedPackage> package =
        readVerifiedPackage(packagePath, QStringLiteral("rows"), m_store.schemaVersion(), lookup);
    if (!package)
        return package.error();
    const QJsonObject& manifest = package->manifest;

    SyncImportResult result;
    result.kind = QStringLiteral("rows");
    result.centerCode = package->signer.centerCode;
    result.workstationId = package->signer.workstationId;
    result.seqFrom = manifest.value(QLatin1String("seqFrom")).toInteger();
    result.seqTo = manifest.value(QLatin1String("seqTo")).toInteger();
    result.rows = package->lines.size();
    const QJsonObject counts = manifest.value(QLatin1String("counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        result.counts.insert(it.key(), it.value().toInteger());
    if (result.seqFrom < 1 || result.seqTo < result.seqFrom) {
        return Error::invalid(QStringLiteral("package"), QStringLiteral("sequence"),
                              SyncImportText::tr("The package's sequence range %1-%2 is not "
                                                 "valid.")
                                  .arg(result.seqFrom)
                                  .arg(result.seqTo));
    }

    // Continuity with what HQ has from this workstation.
    Result<QSqlQuery> last = m_store.run(
        QStringLiteral("SELECT coalesce(max(seq_to), 0) FROM sync_import WHERE kind = 'rows' AND "
                       "workstation_id = ?"),
        {result.workstationId});
    if (!last)
        return last.error();
    last->next();
    const qint64 lastSeq = last->value(0).toLongLong();
    Result<QSqlQuery> same = m_store.run(
        QStringLiteral("SELECT 1 FROM sync_import WHERE kind = 'rows' AND workstation_id = ? AND "
                       "seq_from = ? AND seq_to = ? AND payload_sha256 = ?"),
        {result.workstationId, result.seqFrom, result.seqTo, package->payloadSha256});
    if (!same)
        return same.error();
    // The latest package again is harmless; an older one is a replay.
    if (same->next() && result.seqTo == lastSeq) {
        result.alreadyImported = true;
        return result;
    }
    // A full package may end where the last one did: it re-sends a snapshot.
    const bool fullResend =
        manifest.value(QLatin1String("full")).toBool() && result.seqTo == lastSeq;
    if (result.seqTo <= lastSeq && !fullResend) {
        return Error::invalid(QStringLiteral("package"), QStringLiteral("replay"),
                              SyncImportText::tr("The package holds changes %1-%2 of workstation "
                                                 "%3, but HQ has applied its changes up to %4 "
                                                 "already: an older package was replayed. "
                                                 "Nothing was changed.")
                                  .arg(result.seqFrom)
                                  .arg(result.seqTo)
                                  .arg(result.workstationId)
                                  .arg(lastSeq));
    }
    if (result.seqFrom > lastSeq + 1) {
        return Error::invalid(QStringLiteral("package"), QStringLiteral("gap"),
                              SyncImportText::tr("Changes %1-%2 of workstation %3 are missing: "
                                                 "import the package that holds them first (or "
                                                 "ask the workstation for a full export).")
                                  .arg(lastSeq + 1)
                                  .arg(result.seqFrom - 1)
                                  .arg(result.workstationId));
    }

    const Status applied = m_store.transaction([&]() -> Status {
        // Rows refer to each other in any order within a package.
        if (Result<QSqlQuery> deferred =
                m_store.run(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            !deferred)
            return deferred.error();
        PackageApplier applier(m_store, *package);
        if (Status prepared = applier.prepare(); !prepared)
            return prepared;
        if (Status done = applier.apply(); !done)
            return done;
        if (applier.problems.isEmpty()) {
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
