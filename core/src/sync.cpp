#include "centerdesk/core/sync.h"

#include "centerdesk/core/clock.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/store.h"
#include "syncpackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <charconv>

namespace centerdesk::core {

namespace {

class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)
};

const QString metaWorkstation = QStringLiteral("sync.workstation_id");
const QString metaCenter = QStringLiteral("sync.center");
const QString metaKeyId = QStringLiteral("sync.key_id");
const QString metaSecretKeyPath = QStringLiteral("sync.secret_key_path");
const QString metaPublicKey = QStringLiteral("sync.public_key");
const QString metaLastSeq = QStringLiteral("sync.last_exported_seq");
const QString metaLastAt = QStringLiteral("sync.last_export_at");
const QString metaLastFile = QStringLiteral("sync.last_export_file");
const QString metaLastHistory = QStringLiteral("sync.last_exported_history_seq");

Status checkWorkstationId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{1,16}$"));
    if (!pattern.match(id).hasMatch()) {
        return Error::invalid(QStringLiteral("workstation"), QStringLiteral("workstation-id"),
                              SyncText::tr("The workstation id '%1' must be 1 to 16 capital "
                                           "letters or digits.")
                                  .arg(id));
    }
    return {};
}

Status checkCenterCode(Store& store, const QString& code)
{
    if (code == QStringLiteral("HQ"))
        return {};
    Result<QSqlQuery> query =
        store.run(QStringLiteral("SELECT 1 FROM center WHERE code = ?"), {code});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::invalid(
            QStringLiteral("center"), QStringLiteral("unknown-center"),
            SyncText::tr("There is no Center '%1' (or use HQ for the HQ store).").arg(code));
    }
    return {};
}

// How one table's rows, read as (key, exists, columns...), become payload
// lines. Written by hand: QJsonObject's allocations made the export three
// times slower, and the values go from SQLite's UTF-8 to the line unconverted.
class LineWriter final
{
public:
    LineWriter(const SyncTable& table, const QStringList& columns)
        : m_versionColumn(table.versioned
                              ? 2 + static_cast<int>(columns.indexOf(QStringLiteral("version")))
                              : -1)
    {
        m_prefix = "{\"table\":";
        appendJsonString(m_prefix, table.name);
        m_prefix += ",\"uuid\":";
        for (const QString& column : columns) {
            QByteArray name = m_columnNames.isEmpty() ? "" : ",";
            appendJsonString(name, column);
            name += ':';
            m_columnNames << name;
        }
    }

    void append(QByteArray& out, const StoreRow& row) const
    {
        const bool exists = row.integer(1) != 0;
        out += m_prefix;
        appendJsonUtf8(out, row.utf8(0));
        qint64 version = 0;
        if (exists)
            version = m_versionColumn >= 0 ? row.integer(m_versionColumn) : 1;
        out += ",\"version\":";
        appendNumber(out, version);
        if (!exists) {
            out += ",\"op\":\"delete\",\"data\":null}\n";
            return;
        }
        out += ",\"op\":\"upsert\",\"data\":{";
        for (qsizetype i = 0; i < m_columnNames.size(); ++i) {
            out += m_columnNames.at(i);
            const int column = 2 + static_cast<int>(i);
            switch (row.type(column)) {
            case StoreRow::Type::Null:
                out += "null";
                break;
            case StoreRow::Type::Integer:
                appendNumber(out, row.integer(column));
                break;
            case StoreRow::Type::Real:
                out += QByteArray::number(row.real(column), 'g', 17);
                break;
            default:
                appendJsonUtf8(out, row.utf8(column));
            }
        }
        out += "}}\n";
    }

private:
    static void appendNumber(QByteArray& out, qint64 number)
    {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), number).ptr;
        out.append(digits, end - digits);
    }

    int m_versionColumn;
    QByteArray m_prefix;
    QList<QByteArray> m_columnNames; // `"name":`, with the comma before all but the first
};

} // namespace

SyncService::SyncService(Store& store)
    : m_store(store)
{}

QString SyncService::defaultKeyFolder(const QString& storePath)
{
    return QFileInfo(storePath).absoluteFilePath() + QStringLiteral(".keys");
}

SyncIdentity SyncService::identity() const
{
    SyncIdentity identity;
    identity.workstationId = m_store.metaValue(metaWorkstation);
    identity.centerCode = m_store.metaValue(metaCenter);
    identity.keyId = m_store.metaValue(metaKeyId);
    identity.secretKeyPath = m_store.metaValue(metaSecretKeyPath);
    identity.publicKey = m_store.metaValue(metaPublicKey);
    return identity;
}

Result<SyncIdentity> SyncService::generateKey(const QString& folder, const QString& workstationId,
                                              const QString& centerCode)
{
    if (identity().isValid()) {
        return Error::conflict(QStringLiteral("store"), QStringLiteral("key-exists"),
                               SyncText::tr("This store has a sync key already (workstation %1, "
                                            "key %2); a store keeps its key.")
                                   .arg(identity().workstationId, identity().keyId));
    }
    QString center = centerCode.trimmed().toUpper();
    if (center.isEmpty()) {
        Result<QSqlQuery> query = m_store.run(QStringLiteral(
            "SELECT center_code FROM account UNION SELECT center_code FROM role_assignment "
            "WHERE center_code IS NOT NULL"));
        if (!query)
            return query.error();
        QStringList centers;
        while (query->next())
            centers << query->value(0).toString();
        if (centers.size() != 1) {
            return Error::invalid(QStringLiteral("center"), QStringLiteral("center-required"),
                                  SyncText::tr("Name the workstation's Center with --center "
                                               "(the store holds %1 Centers).")
                                      .arg(centers.size()));
        }
        center = centers.first();
    }
    if (Status checked = checkCenterCode(m_store, center); !checked)
        return checked.error();
    const SyncSecretKey key = SyncSignature::generate();
    const QString id =
        workstationId.isEmpty() ? key.publicKey.keyIdHex() : workstationId.trimmed().toUpper();
    if (Status checked = checkWorkstationId(id); !checked)
        return checked.error();

    const QDir dir(folder);
    const QString secretPath = dir.absoluteFilePath(QStringLiteral("workstation.key"));
    if (Status written = SyncSignature::writeKeyFiles(
            key, secretPath, dir.absoluteFilePath(QStringLiteral("workstation.pub")));
        !written)
        return written.error();

    SyncIdentity result{id, center, key.publicKey.keyIdHex(), secretPath, key.publicKey.toBase64()};
    const Status recorded = m_store.transaction([&]() -> Status {
        for (const auto& [metaKey, value] :
             {std::pair{metaWorkstation, result.workstationId},
              std::pair{metaCenter, result.centerCode}, std::pair{metaKeyId, result.keyId},
              std::pair{metaSecretKeyPath, result.secretKeyPath},
              std::pair{metaPublicKey, result.publicKey}}) {
            if (Status set = m_store.setMetaValue(metaKey, value); !set)
                return set;
        }
        return HistoryLog(m_store).append(QStringLiteral("store"), QStringLiteral("sync"),
                                          QStringLiteral("system"),
                                          QStringLiteral("sync-key-created"),
                                          {{QStringLiteral("workstation"), result.workstationId},
                                           {QStringLiteral("center"), result.centerCode},
                                           {QStringLiteral("keyId"), result.keyId}},
                                          QDateTime::currentDateTimeUtc());
    });
    if (!recorded)
        return recorded.error();
    return result;
}

Status SyncService::authorizeExport(const Actor& actor, const SyncIdentity& identity)
{
    if (actor.isAdmin() || actor.centerCodes(Role::CenterStaff).contains(identity.centerCode))
        return {};
    return Error::denied(SyncText::tr("%1 may not send packages to HQ: administrators and the "
                                      "staff of Center %2 may.")
                             .arg(actor.userName, identity.centerCode));
}

Result<SyncExportResult> SyncService::exportPackage(const Actor& actor, const QString& folder,
                                                    bool full, const SyncProgress& progress)
{
    const SyncIdentity me = identity();
    if (!me.isValid()) {
        return Error::invalid(QStringLiteral("store"), QStringLiteral("no-key"),
                              SyncText::tr("This store has no sync key yet. An administrator "
                                           "creates one with 'centerdesk-cli keygen'."));
    }
    if (Status allowed = authorizeExport(actor, me); !allowed)
        return allowed.error();
    const Result<SyncSecretKey> key = SyncSignature::readSecretKey(me.secretKeyPath);
    if (!key)
        return key.error();
    if (key->publicKey.keyIdHex() != me.keyId) {
        return Error::invalid(QStringLiteral("key"), QStringLiteral("wrong-key"),
                              SyncText::tr("The key file %1 is not this store's key %2.")
                                  .arg(QDir::toNativeSeparators(me.secretKeyPath), me.keyId));
    }

    // One transaction: a consistent snapshot, and the last exported sequence
    // recorded only after the package file is complete.
    return m_store.transaction<SyncExportResult>([&]() -> Result<SyncExportResult> {
        SyncExportResult result;
        result.full = full;
        const qint64 lastSeq = m_store.metaValue(metaLastSeq, QStringLiteral("0")).toLongLong();
        const qint64 lastHistory =
            m_store.metaValue(metaLastHistory, QStringLiteral("0")).toLongLong();
        Result<QSqlQuery> historyQuery =
            m_store.run(QStringLiteral("SELECT coalesce(max(seq), 0) FROM history"));
        if (!historyQuery)
            return historyQuery.error();
        historyQuery->next();
        const qint64 maxHistory = historyQuery->value(0).toLongLong();
        // New history alone (no trigger logs it) still needs a sequence number.
        if (maxHistory > lastHistory) {
            if (Result<QSqlQuery> marked = m_store.run(QStringLiteral(
                    "INSERT INTO sync_change(table_name, row_key) VALUES('history', '')"));
                !marked)
                return marked.error();
        }
        Result<QSqlQuery> maxQuery =
            m_store.run(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_change"));
        if (!maxQuery)
            return maxQuery.error();
        maxQuery->next();
        const qint64 maxSeq = maxQuery->value(0).toLongLong();
        result.seqFrom = full ? 1 : lastSeq + 1;
        result.seqTo = maxSeq;
        if (maxSeq < result.seqFrom || maxSeq < 1)
            return result; // nothing changed since the last package

        // Per table, one query joins the changed keys (each once, by its
        // latest change) to the rows' current values; a key without a row
        // is a deletion. A full package reads every row instead.
        // The tables' lines follow each other in the payload, in syncTables()' order.
        PackagePayload payload;
        QJsonObject counts;
        qint64 done = 0;
        // How many lines to expect, for the progress report only.
        QString expectedSql =
            QStringLiteral("SELECT (SELECT count(*) FROM (SELECT DISTINCT table_name, row_key FROM "
                           "sync_change WHERE seq > ?))");
        if (full) {
            for (const SyncTable& table : syncTables())
                expectedSql +=
                    QStringLiteral(" + (SELECT count(*) FROM ") + table.name + QLatin1Char(')');
        }
        expectedSql += QStringLiteral(" + (SELECT count(*) FROM history WHERE seq > ?)");
        Result<QSqlQuery> expectedQuery =
            m_store.run(expectedSql, {lastSeq, full ? qint64(0) : lastHistory});
        if (!expectedQuery)
            return expectedQuery.error();
        const qint64 expected = expectedQuery->next() ? expectedQuery->value(0).toLongLong() : 0;
        for (const SyncTable& table : syncTables()) {
            Result<QStringList> columns = syncColumns(m_store, table);
            if (!columns)
                return columns.error();
            QStringList selected;
            for (const QString& column : *columns)
                selected << QStringLiteral("t.") + column;
            const QString join =
                table.hasUuid ? QStringLiteral("t.uuid = c.row_key")
                              : QStringLiteral(
                                    "t.case_uuid = substr(c.row_key, 1, instr(c.row_key, '/') - "
                                    "1) AND t.name = substr(c.row_key, instr(c.row_key, '/') + 1)");
            const QString firstKey =
                table.hasUuid ? QStringLiteral("t.uuid") : QStringLiteral("t.case_uuid");
            const QString changed =
                QStringLiteral("(SELECT row_key, max(seq) AS latest FROM sync_change WHERE "
                               "table_name = ? AND seq > ? GROUP BY row_key) c LEFT JOIN ") +
                table.name + QStringLiteral(" t ON ") + join;
            qint64 tableLines = 0;
            const LineWriter writer(table, *columns);
            auto emitRows = [&](const QString& sql, const QVariantList& values) -> Status {
                return m_store.forEachRow(sql, values, [&](const StoreRow& row) {
                    writer.append(payload.lines(), row);
                    payload.lineAppended();
                    ++tableLines;
                    if (progress && ++done % 1000 == 0)
                        progress(done, std::max(done, expected));
                    return true;
                });
            };
            if (table.name == QStringLiteral("history")) {
                // Append-only: the entries after the last package, in order.
                if (Status read = emitRows(QStringLiteral("SELECT t.uuid, 1, ") +
                                               selected.join(QStringLiteral(", ")) +
                                               QStringLiteral(" FROM history t WHERE t.seq > ? "
                                                              "ORDER BY t.seq"),
                                           {full ? qint64(0) : lastHistory});
                    !read)
                    return read.error();
            } else if (!full) {
                if (Status read = emitRows(QStringLiteral("SELECT c.row_key, ") + firstKey +
                                               QStringLiteral(" IS NOT NULL, ") +
                                               selected.join(QStringLiteral(", ")) +
                                               QStringLiteral(" FROM ") + changed +
                                               QStringLiteral(" ORDER BY c.latest"),
                                           {table.name, lastSeq});
                    !read)
                    return read.error();
            } else {
                // Deletions since the last package, then every row there is.
                if (Status read = emitRows(QStringLiteral("SELECT c.row_key, 0, ") +
                                               selected.join(QStringLiteral(", ")) +
                                               QStringLiteral(" FROM ") + changed +
                                               QStringLiteral(" WHERE ") + firstKey +
                                               QStringLiteral(" IS NULL ORDER BY c.latest"),
                                           {table.name, lastSeq});
                    !read)
                    return read.error();
                const QString rowKey = table.hasUuid
                                           ? QStringLiteral("t.uuid")
                                           : QStringLiteral("t.case_uuid || '/' || t.name");
                if (Status read =
                        emitRows(QStringLiteral("SELECT ") + rowKey + QStringLiteral(", 1, ") +
                                     selected.join(QStringLiteral(", ")) +
                                     QStringLiteral(" FROM ") + table.name + QStringLiteral(" t"),
                                 {});
                    !read)
                    return read.error();
            }
            if (tableLines > 0) {
                counts.insert(table.name, tableLines);
                result.counts.insert(table.name, tableLines);
                result.rows += tableLines;
            }
        }
        const qint64 total = done;
        QString payloadSha256;
        const QList<QByteArray> payloadParts = payload.finish(&payloadSha256);
        const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("centerdesk-sync")},
                                   {QStringLiteral("formatVersion"), formatVersion},
                                   {QStringLiteral("kind"), QStringLiteral("rows")},
                                   {QStringLiteral("center"), me.centerCode},
                                   {QStringLiteral("workstation"), me.workstationId},
                                   {QStringLiteral("keyId"), me.keyId},
                                   {QStringLiteral("seqFrom"), result.seqFrom},
                                   {QStringLiteral("seqTo"), result.seqTo},
                                   {QStringLiteral("full"), full},
                                   {QStringLiteral("rows"), result.rows},
                                   {QStringLiteral("counts"), counts},
                                   {QStringLiteral("schemaVersion"), m_store.schemaVersion()},
                                   {QStringLiteral("historyHead"), HistoryLog::head(m_store)},
                                   {QStringLiteral("createdAt"), storedNow()}};
        const QString fileName = QStringLiteral("%1-%2-%3-%4.cdpkg")
                                     .arg(me.centerCode, me.workstationId)
                                     .arg(result.seqFrom)
                                     .arg(result.seqTo);
        const Result<QString> written =
            writeSignedPackage(folder, fileName, manifest, payloadParts, payloadSha256, *key);
        if (!written)
            return written.error();
        result.written = true;
        result.packagePath = *written;
        result.signaturePath = *written + QStringLiteral(".minisig");
        if (progress)
            progress(total, total);
        if (!full || result.seqTo > lastSeq) {
            if (Status set = m_store.setMetaValue(metaLastSeq, QString::number(result.seqTo)); !set)
                return set.error();
        }
        if (Status set = m_store.setMetaValue(metaLastAt, storedNow()); !set)
            return set.error();
        if (Status set = m_store.setMetaValue(metaLastFile, result.packagePath); !set)
            return set.error();
        if (maxHistory > lastHistory) {
            if (Status set = m_store.setMetaValue(metaLastHistory, QString::number(maxHistory));
                !set)
                return set.error();
        }
        // What the package before this one covered is not needed any more;
        // this package's own range stays, so that it can be written again,
        // and the last entry always stays, so that numbers keep increasing.
        if (Result<QSqlQuery> pruned =
                m_store.run(QStringLiteral("DELETE FROM sync_change WHERE seq <= ? AND seq < ?"),
                            {lastSeq, result.seqTo});
            !pruned)
            return pruned.error();
        return result;
    });
}

QDateTime SyncService::lastExportAt() const
{
    const QString stored = m_store.metaValue(metaLastAt);
    return stored.isEmpty() ? QDateTime() : fromStoredTime(stored);
}

QString SyncService::lastExportFile() const
{
    return m_store.metaValue(metaLastFile);
}

Status SyncService::setHqKey(const QString& publicKeyText)
{
    const Result<SyncPublicKey> key = SyncSignature::parsePublicKey(publicKeyText);
    if (!key)
        return key.error();
    return m_store.transaction([&]() -> Status {
        if (Result<QSqlQuery> removed =
                m_store.run(QStringLiteral("DELETE FROM sync_key WHERE purpose = 'hq'"));
            !removed)
            return removed.error();
        Result<QSqlQuery> inserted = m_store.run(
            QStringLiteral("INSERT INTO sync_key(key_id, public_key, purpose, center_code, "
                           "workstation_id, registered_at) VALUES(?, ?, 'hq', 'HQ', 'HQ', ?)"),
            {key->keyIdHex(), key->toBase64(), storedNow()});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Status SyncService::registerKey(const QString& centerCode, const QString& workstationId,
                                const QString& publicKeyText)
{
    const QString center = centerCode.trimmed().toUpper();
    const QString workstation = workstationId.trimmed().toUpper();
    if (Status checked = checkWorkstationId(workstation); !checked)
        return checked;
    if (Status checked = checkCenterCode(m_store, center); !checked)
        return checked;
    const Result<SyncPublicKey> key = SyncSignature::parsePublicKey(publicKeyText);
    if (!key)
        return key.error();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> existing = m_store.run(
            QStringLiteral("SELECT key_id, center_code, workstation_id FROM sync_key WHERE "
                           "purpose = 'workstation' AND (key_id = ? OR workstation_id = ?)"),
            {key->keyIdHex(), workstation});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            if (existing->value(0).toString() == key->keyIdHex() &&
                existing->value(1).toString() == center &&
                existing->value(2).toString() == workstation)
                return {}; // registered already
            return Error::conflict(
                QStringLiteral("workstation"), QStringLiteral("key-registered"),
                SyncText::tr("Workstation %1 or key %2 is registered already "
                             "(as %3/%4 with key %5).")
                    .arg(workstation, key->keyIdHex(), existing->value(1).toString(),
                         existing->value(2).toString(), existing->value(0).toString()));
        }
        Result<QSqlQuery> inserted = m_store.run(
            QStringLiteral("INSERT INTO sync_key(key_id, public_key, purpose, center_code, "
                           "workstation_id, registered_at) VALUES(?, ?, 'workstation', ?, ?, ?)"),
            {key->keyIdHex(), key->toBase64(), center, workstation, storedNow()});
        if (!inserted)
            return inserted.error();
        return HistoryLog(m_store).append(QStringLiteral("store"), QStringLiteral("sync"),
                                          QStringLiteral("system"),
                                          QStringLiteral("sync-key-registered"),
                                          {{QStringLiteral("workstation"), workstation},
                                           {QStringLiteral("center"), center},
                                           {QStringLiteral("keyId"), key->keyIdHex()}},
                                          QDateTime::currentDateTimeUtc());
    });
}

Result<SyncHqInfo> SyncService::hqInfo()
{
    SyncHqInfo info;
    Result<QSqlQuery> keys = m_store.run(QStringLiteral(
        "SELECT k.center_code, k.workstation_id, k.key_id, "
        "(SELECT max(seq_to) FROM sync_import i WHERE i.kind = 'rows' AND i.workstation_id = "
        "k.workstation_id), (SELECT count(*) FROM sync_import i WHERE i.kind = 'rows' AND "
        "i.workstation_id = k.workstation_id), (SELECT count(*) FROM hq_history h WHERE "
        "h.workstation_id = k.workstation_id), (SELECT max(imported_at) FROM sync_import i "
        "WHERE i.kind = 'rows' AND i.workstation_id = k.workstation_id) FROM sync_key k WHERE "
        "k.purpose = 'workstation' ORDER BY k.center_code, k.workstation_id"));
    if (!keys)
        return keys.error();
    while (keys->next()) {
        info.workstations.append({keys->value(0).toString(), keys->value(1).toString(),
                                  keys->value(2).toString(), keys->value(3).toLongLong(),
                                  keys->value(4).toLongLong(), keys->value(5).toLongLong(),
                                  keys->value(6).toString()});
    }
    for (const auto& [table, target] :
         {std::pair{QStringLiteral("account"), &info.accountsPerCenter},
          std::pair{QStringLiteral("cases"), &info.casesPerCenter}}) {
        Result<QSqlQuery> counts =
            m_store.run(QStringLiteral("SELECT center_code, count(*) FROM ") + table +
                        QStringLiteral(" GROUP BY center_code"));
        if (!counts)
            return counts.error();
        while (counts->next())
            target->insert(counts->value(0).toString(), counts->value(1).toLongLong());
    }
    return info;
}

} // namespace centerdesk::core
