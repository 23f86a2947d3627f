// HQ side of sync: checked, all-or-nothing import of workstation packages.
#include "centerdesk/core/clock.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/logging.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "syncpackage.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <cmath>
#include <map>
#include <memory>

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

// Prepared statements of one table, made once per import.
struct TableWriter final
{
    const SyncTable* table = nullptr;
    QSet<QString> columns;
    QSqlQuery existing;
    QSqlQuery remove;
    std::map<QString, std::unique_ptr<QSqlQuery>> inserts; // by column list
    std::map<QString, std::unique_ptr<QSqlQuery>> updates;
};

class PackageApplier final
{
public:
    PackageApplier(Store& store, const VerifiedPackage& package)
        : m_store(store)
        , m_package(package)
        , m_workstation(package.signer.workstationId)
        , m_origin(store.database())
        , m_setOrigin(store.database())
        , m_deleteOrigin(store.database())
        , m_insertHistory(store.database())
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
            const QString stamp =
                table.versioned ? QStringLiteral("version") : QStringLiteral("updated_at");
            writer->existing = QSqlQuery(m_store.database());
            writer->existing.setForwardOnly(true);
            writer->existing.prepare(QStringLiteral("SELECT ") + stamp + QStringLiteral(" FROM ") +
                                     table.name + keyWhere(table));
            writer->remove = QSqlQuery(m_store.database());
            writer->remove.prepare(QStringLiteral("DELETE FROM ") + table.name + keyWhere(table));
            m_writers.insert(table.name, writer.get());
            m_owned.push_back(std::move(writer));
        }
        m_origin.setForwardOnly(true);
        m_origin.prepare(QStringLiteral("SELECT workstation_id, stamp FROM sync_origin WHERE "
                                        "table_name = ? AND row_key = ?"));
        m_setOrigin.prepare(QStringLiteral(
            "INSERT INTO sync_origin(table_name, row_key, workstation_id, stamp) VALUES(?, ?, ?, "
            "?) ON CONFLICT(table_name, row_key) DO UPDATE SET workstation_id = "
            "excluded.workstation_id, stamp = excluded.stamp"));
        m_deleteOrigin.prepare(
            QStringLiteral("DELETE FROM sync_origin WHERE table_name = ? AND row_key = ?"));
        m_insertHistory.prepare(QStringLiteral(
            "INSERT INTO hq_history(workstation_id, seq, uuid, subject_kind, subject_uuid, at, "
            "actor, kind, detail, prev_hash, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        Result<QSqlQuery> head = m_store.run(
            QStringLiteral("SELECT seq, hash FROM hq_history WHERE workstation_id = ? ORDER BY seq "
                           "DESC LIMIT 1"),
            {m_workstation});
        if (!head)
            return head.error();
        if (head->next()) {
            m_historySeq = head->value(0).toLongLong();
            m_historyHead = head->value(1).toString();
        }
        return {};
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
            const QString tableName = line.value(QStringLiteral("table")).toString();
            TableWriter* writer = m_writers.value(tableName);
            if (writer == nullptr) {
                problem(lineNumber, tableName, line.value(QStringLiteral("uuid")).toString(),
                        SyncImportText::tr("unknown table"), false);
                continue;
            }
            touchedTables.insert(writer->table->name);
            const Status applied = writer->table->name == QStringLiteral("history")
                                       ? applyHistory(lineNumber, line)
                                       : applyRow(lineNumber, *writer, line);
            if (!applied)
                return applied; // a store error, not a problem of the package
        }
        const QString head = m_package.manifest.value(QStringLiteral("historyHead")).toString();
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
            Result<QSqlQuery> check =
                m_store.run(QStringLiteral("SELECT \"table\", parent, count(*) FROM "
                                           "pragma_foreign_key_check(?) GROUP BY 1, 2"),
                            {table});
            if (!check)
                return check.error();
            while (check->next()) {
                problems << SyncImportText::tr("%1 row(s) of %2 refer to %3 rows that neither "
                                               "the package nor HQ holds")
                                .arg(check->value(2).toLongLong())
                                .arg(check->value(0).toString(), check->value(1).toString());
            }
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

    Status applyRow(qint64 lineNumber, TableWriter& writer, const QJsonObject& line)
    {
        const SyncTable& table = *writer.table;
        const QString key = line.value(QStringLiteral("uuid")).toString();
        const QString op = line.value(QStringLiteral("op")).toString();
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

        if (Result<QSqlQuery*> found = m_store.execPrepared(writer.existing, keyValues); !found)
            return found.error();
        const bool exists = writer.existing.next();
        const QString currentStamp = exists ? writer.existing.value(0).toString() : QString();
        writer.existing.finish();
        // Where an existing row came from (a new row needs no look-up).
        QString originWorkstation;
        QString originStamp;
        if (exists) {
            if (Result<QSqlQuery*> found = m_store.execPrepared(m_origin, {table.name, key});
                !found)
                return found.error();
            if (m_origin.next()) {
                originWorkstation = m_origin.value(0).toString();
                originStamp = m_origin.value(1).toString();
            }
            m_origin.finish();
        }

        if (exists && originWorkstation != m_workstation) {
            problem(lineNumber, table.name, key,
                    originWorkstation.isEmpty()
                        ? SyncImportText::tr("conflict: the row exists at HQ and was not sent by "
                                             "this workstation")
                        : SyncImportText::tr("conflict: the row was sent by workstation %1")
                              .arg(originWorkstation),
                    true);
            return {};
        }
        if (exists && currentStamp != originStamp) {
            problem(lineNumber, table.name, key,
                    SyncImportText::tr("conflict: the row was changed at HQ (now %1, imported as "
                                       "%2)")
                        .arg(currentStamp, originStamp),
                    true);
            return {};
        }

        if (op == QStringLiteral("delete")) {
            if (!exists) {
                ++unchanged;
                return {};
            }
            if (Result<QSqlQuery*> done = m_store.execPrepared(writer.remove, keyValues); !done) {
                problem(lineNumber, table.name, key, writer.remove.lastError().databaseText(),
                        false);
                return {};
            }
            if (Result<QSqlQuery*> done = m_store.execPrepared(m_deleteOrigin, {table.name, key});
                !done)
                return done.error();
            return {};
        }

        const QJsonValue dataValue = line.value(QStringLiteral("data"));
        if (!dataValue.isObject()) {
            problem(lineNumber, table.name, key, SyncImportText::tr("data must be an object"),
                    false);
            return {};
        }
        const QJsonObject data = dataValue.toObject();
        const QString newStamp =
            table.versioned ? QString::number(data.value(QStringLiteral("version")).toInteger())
                            : data.value(QStringLiteral("updated_at")).toString();
        const QString dataKey = table.hasUuid ? data.value(QStringLiteral("uuid")).toString()
                                              : data.value(QStringLiteral("case_uuid")).toString() +
                                                    QLatin1Char('/') +
                                                    data.value(QStringLiteral("name")).toString();
        if (dataKey != key) {
            problem(lineNumber, table.name, key,
                    SyncImportText::tr("the data's key %1 is not the line's").arg(dataKey), false);
            return {};
        }
        if (exists) {
            const bool older =
                table.versioned && newStamp.toLongLong() <= currentStamp.toLongLong();
            if (older || newStamp == currentStamp) {
                ++unchanged;
                return {};
            }
        }

        QStringList columns;
        QVariantList values;
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            // Only the store's own column names ever reach the SQL text.
            if (!writer.columns.contains(it.key())) {
                problem(lineNumber, table.name, key,
                        SyncImportText::tr("unknown column '%1'").arg(it.key()), false);
                return {};
            }
            QVariant value;
            if (!sqlValue(it.value(), &value)) {
                problem(lineNumber, table.name, key,
                        SyncImportText::tr("column '%1' holds an object or array").arg(it.key()),
                        false);
                return {};
            }
            columns << it.key();
            values << value;
        }
        const QString signature = columns.join(QLatin1Char(','));
        QSqlQuery* statement = nullptr;
        if (exists) {
            std::unique_ptr<QSqlQuery>& found = writer.updates[signature];
            if (!found) {
                found = std::make_unique<QSqlQuery>(m_store.database());
                found->prepare(QStringLiteral("UPDATE ") + table.name + QStringLiteral(" SET ") +
                               columns.join(QStringLiteral(" = ?, ")) + QStringLiteral(" = ?") +
                               keyWhere(table));
            }
            statement = found.get();
            values << keyValues;
        } else {
            std::unique_ptr<QSqlQuery>& found = writer.inserts[signature];
            if (!found) {
                QStringList insertColumns = columns;
                if (table.name == QStringLiteral("app_user"))
                    insertColumns << QStringLiteral("password_hash");
                found = std::make_unique<QSqlQuery>(m_store.database());
                found->prepare(QStringLiteral("INSERT INTO ") + table.name + QLatin1Char('(') +
                               insertColumns.join(QStringLiteral(", ")) +
                               QStringLiteral(") VALUES(") +
                               QStringList(insertColumns.size(), QStringLiteral("?"))
                                   .join(QStringLiteral(", ")) +
                               QLatin1Char(')'));
            }
            statement = found.get();
            if (table.name == QStringLiteral("app_user"))
                values << importedPasswordHash;
        }
        if (Result<QSqlQuery*> done = m_store.execPrepared(*statement, values); !done) {
            const QString text = statement->lastError().databaseText();
            const bool unique = text.contains(QStringLiteral("UNIQUE"));
            problem(lineNumber, table.name, key,
                    unique ? SyncImportText::tr("conflict: %1 (another row at HQ has that value)")
                                 .arg(text)
                           : text,
                    unique);
            return {};
        }
        if (Result<QSqlQuery*> done =
                m_store.execPrepared(m_setOrigin, {table.name, key, m_workstation, newStamp});
            !done)
            return done.error();
        return {};
    }

    Status applyHistory(qint64 lineNumber, const QJsonObject& line)
    {
        const QJsonObject data = line.value(QStringLiteral("data")).toObject();
        HistoryEntry entry;
        entry.seq = data.value(QStringLiteral("seq")).toInteger();
        entry.uuid = data.value(QStringLiteral("uuid")).toString();
        entry.subjectKind = data.value(QStringLiteral("subject_kind")).toString();
        entry.subjectUuid = data.value(QStringLiteral("subject_uuid")).toString();
        entry.storedAt = data.value(QStringLiteral("at")).toString();
        entry.actor = data.value(QStringLiteral("actor")).toString();
        entry.kind = data.value(QStringLiteral("kind")).toString();
        entry.storedDetail = data.value(QStringLiteral("detail")).toString();
        entry.previousHash = data.value(QStringLiteral("prev_hash")).toString();
        entry.hash = data.value(QStringLiteral("hash")).toString();
        const QString key = line.value(QStringLiteral("uuid")).toString();
        if (line.value(QStringLiteral("op")).toString() != QStringLiteral("upsert") ||
            entry.uuid != key) {
            problem(lineNumber, QStringLiteral("history"), key,
                    SyncImportText::tr("history entries are only ever added"), false);
            return {};
        }
        if (entry.seq <= m_historySeq) {
            // Sent before (a full package): it must be the very entry HQ has.
            Result<QSqlQuery> known = m_store.run(
                QStringLiteral("SELECT hash FROM hq_history WHERE workstation_id = ? AND seq = ?"),
                {m_workstation, entry.seq});
            if (!known)
                return known.error();
            if (!known->next() || known->value(0).toString() != entry.hash) {
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
        if (Result<QSqlQuery*> done = m_store.execPrepared(
                m_insertHistory, {m_workstation, entry.seq, entry.uuid, entry.subjectKind,
                                  entry.subjectUuid, entry.storedAt, entry.actor, entry.kind,
                                  entry.storedDetail, entry.previousHash, entry.hash});
            !done) {
            problem(lineNumber, QStringLiteral("history"), key,
                    m_insertHistory.lastError().databaseText(), false);
            return {};
        }
        m_historySeq = entry.seq;
        m_historyHead = entry.hash;
        return {};
    }

    Store& m_store;
    const VerifiedPackage& m_package;
    QString m_workstation;
    QHash<QString, TableWriter*> m_writers;
    std::vector<std::unique_ptr<TableWriter>> m_owned;
    QSqlQuery m_origin;
    QSqlQuery m_setOrigin;
    QSqlQuery m_deleteOrigin;
    QSqlQuery m_insertHistory;
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
    result.seqFrom = manifest.value(QStringLiteral("seqFrom")).toInteger();
    result.seqTo = manifest.value(QStringLiteral("seqTo")).toInteger();
    result.rows = package->lines.size();
    const QJsonObject counts = manifest.value(QStringLiteral("counts")).toObject();
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
        manifest.value(QStringLiteral("full")).toBool() && result.seqTo == lastSeq;
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
                 manifest.value(QStringLiteral("full")).toBool() ? 1 : 0, package->payloadSha256,
                 manifest.value(QStringLiteral("historyHead")).toString(), result.rows,
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
