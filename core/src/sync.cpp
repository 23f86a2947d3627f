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
#include <QSqlRecord>

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

// A JSON value of a column as SQLite holds it.
QJsonValue jsonOf(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

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
        // sqlite_sequence keeps the last number even when the log was pruned.
        Result<QSqlQuery> maxQuery = m_store.run(QStringLiteral(
            "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sync_change'), 0)"));
        if (!maxQuery)
            return maxQuery.error();
        maxQuery->next();
        const qint64 maxSeq = maxQuery->value(0).toLongLong();
        result.seqFrom = full ? 1 : lastSeq + 1;
        result.seqTo = maxSeq;
        if (maxSeq < result.seqFrom || maxSeq < 1)
            return result; // nothing changed since the last package

        // Prepared lookups of the latest version of each table's rows.
        struct TableReader
        {
            const SyncTable* table = nullptr;
            QStringList columns;
            QSqlQuery select;
            QList<QByteArray> lines;
        };
        std::vector<std::unique_ptr<TableReader>> readers;
        QHash<QString, TableReader*> byName;
        for (const SyncTable& table : syncTables()) {
            auto reader = std::make_unique<TableReader>();
            reader->table = &table;
            Result<QStringList> columns = syncColumns(m_store, table);
            if (!columns)
                return columns.error();
            reader->columns = *columns;
            reader->select = QSqlQuery(m_store.database());
            reader->select.setForwardOnly(true);
            const QString where = table.hasUuid
                                      ? QStringLiteral(" WHERE uuid = ?")
                                      : QStringLiteral(" WHERE case_uuid = ? AND name = ?");
            reader->select.prepare(QStringLiteral("SELECT ") + columns->join(QStringLiteral(", ")) +
                                   QStringLiteral(" FROM ") + table.name + where);
            byName.insert(table.name, reader.get());
            readers.push_back(std::move(reader));
        }

        // The rows changed since the last package, each once (its latest
        // change decides the order); a full package adds every other row.
        QList<std::pair<TableReader*, QString>> keys;
        QSet<QString> seen;
        auto addKey = [&](const QString& tableName, const QString& rowKey) {
            TableReader* reader = byName.value(tableName);
            if (reader != nullptr && !seen.contains(tableName + QLatin1Char(' ') + rowKey)) {
                seen.insert(tableName + QLatin1Char(' ') + rowKey);
                keys.append({reader, rowKey});
            }
        };
        Result<QSqlQuery> changes = m_store.run(
            QStringLiteral("SELECT table_name, row_key, max(seq) AS latest FROM sync_change WHERE "
                           "seq > ? GROUP BY table_name, row_key ORDER BY latest"),
            {lastSeq});
        if (!changes)
            return changes.error();
        while (changes->next())
            addKey(changes->value(0).toString(), changes->value(1).toString());
        if (full) {
            for (const SyncTable& table : syncTables()) {
                Result<QSqlQuery> all =
                    m_store.run(QStringLiteral("SELECT ") +
                                (table.hasUuid ? QStringLiteral("uuid")
                                               : QStringLiteral("case_uuid || '/' || name")) +
                                QStringLiteral(" FROM ") + table.name);
                if (!all)
                    return all.error();
                while (all->next())
                    addKey(table.name, all->value(0).toString());
            }
        }
        const qint64 total = keys.size();
        qint64 done = 0;
        for (const auto& [reader, rowKey] : keys) {
            QVariantList keyValues{rowKey};
            if (!reader->table->hasUuid) {
                const qsizetype slash = rowKey.indexOf(QLatin1Char('/'));
                keyValues = {rowKey.left(slash), rowKey.mid(slash + 1)};
            }
            if (Result<QSqlQuery*> found = m_store.execPrepared(reader->select, keyValues); !found)
                return found.error();
            QJsonObject line{{QStringLiteral("table"), reader->table->name},
                             {QStringLiteral("uuid"), rowKey}};
            if (reader->select.next()) {
                QJsonObject data;
                for (qsizetype i = 0; i < reader->columns.size(); ++i)
                    data.insert(reader->columns[i], jsonOf(reader->select.value(int(i))));
                line.insert(QStringLiteral("op"), QStringLiteral("upsert"));
                line.insert(QStringLiteral("version"),
                            reader->table->versioned
                                ? data.value(QStringLiteral("version")).toInteger()
                                : qint64(1));
                line.insert(QStringLiteral("data"), data);
            } else {
                line.insert(QStringLiteral("op"), QStringLiteral("delete"));
                line.insert(QStringLiteral("version"), qint64(0));
                line.insert(QStringLiteral("data"), QJsonValue(QJsonValue::Null));
            }
            reader->select.finish();
            reader->lines.append(QJsonDocument(line).toJson(QJsonDocument::Compact));
            ++done;
            if (progress && done % 1000 == 0)
                progress(done, total);
        }

        QByteArray payload;
        QJsonObject counts;
        for (const auto& reader : readers) {
            if (reader->lines.isEmpty())
                continue;
            counts.insert(reader->table->name, reader->lines.size());
            result.counts.insert(reader->table->name, reader->lines.size());
            result.rows += reader->lines.size();
            for (const QByteArray& line : reader->lines) {
                payload.append(line);
                payload.append('\n');
            }
        }
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
            writeSignedPackage(folder, fileName, manifest, payload, *key);
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
        // What the package before this one covered is not needed any more;
        // this package's own range stays, so that it can be written again.
        if (Result<QSqlQuery> pruned =
                m_store.run(QStringLiteral("DELETE FROM sync_change WHERE seq <= ?"), {lastSeq});
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
