// Reference packages: HQ signs reference data, service levels and rule
// documents; a workstation checks and applies them.
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/referencedata.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/servicelevels.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "syncpackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace centerdesk::core {

namespace {

class SyncReferenceText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncReferenceText)
};

const QString hqCode = QStringLiteral("HQ");
const QString metaReferenceSeq = QStringLiteral("sync.reference_seq");
const QStringList documentKinds{QStringLiteral("workflow"), QStringLiteral("statutory-rules"),
                                QStringLiteral("directive")};

QByteArray lineOf(const QString& table, const QString& key, qint64 version, const QJsonObject& data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("table"), table},
                                     {QStringLiteral("uuid"), key},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("op"), QStringLiteral("upsert")},
                                     {QStringLiteral("data"), data}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

Result<QJsonObject> readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(QStringLiteral("cannot-read"),
                         SyncReferenceText::tr("%1 cannot be read: %2.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        return Error::invalid(QStringLiteral("document"), QStringLiteral("invalid-json"),
                              SyncReferenceText::tr("%1 is not a JSON object: %2.")
                                  .arg(QDir::toNativeSeparators(path), error.errorString()));
    }
    return document.object();
}

} // namespace

Result<SyncExportResult> SyncService::exportReference(const QString& folder,
                                                      const QString& referenceDataPath,
                                                      const QStringList& documents)
{
    const SyncIdentity me = identity();
    if (!me.isValid() || me.centerCode != hqCode || me.workstationId != hqCode) {
        return Error::invalid(QStringLiteral("store"), QStringLiteral("not-hq"),
                              SyncReferenceText::tr("Reference packages are signed with the HQ "
                                                    "store's key: create it with "
                                                    "'centerdesk-cli keygen --center HQ "
                                                    "--workstation HQ' on the HQ store."));
    }
    const Result<SyncSecretKey> key = SyncSignature::readSecretKey(me.secretKeyPath);
    if (!key)
        return key.error();

    SyncExportResult result;
    QByteArray payload;
    auto count = [&](const QString& table) {
        result.counts[table] += 1;
        ++result.rows;
    };

    // Reference data, checked as a workstation will check it.
    QJsonObject reference;
    if (referenceDataPath.isEmpty()) {
        QFile builtIn(QStringLiteral(":/centerdesk/reference/reference-data.json"));
        if (!builtIn.open(QIODevice::ReadOnly))
            return Error::io(QStringLiteral("cannot-read"), builtIn.errorString());
        reference = QJsonDocument::fromJson(builtIn.readAll()).object();
    } else {
        Result<QJsonObject> read = readJsonFile(referenceDataPath);
        if (!read)
            return read.error();
        reference = *read;
    }
    const Result<ReferenceData> parsed =
        ReferenceData::fromJson(QJsonDocument(reference).toJson(QJsonDocument::Compact));
    if (!parsed)
        return parsed.error();
    payload += lineOf(QStringLiteral("reference-data"), QStringLiteral("reference-data"),
                      parsed->dataVersion, reference);
    count(QStringLiteral("reference-data"));

    if (Status defaults = ServiceLevels(m_store).ensureDefaults(); !defaults)
        return defaults.error();
    Result<QSqlQuery> levels = m_store.run(QStringLiteral(
        "SELECT case_type, tier, first_response_minutes, resolution_minutes, auto_escalate, "
        "updated_at FROM service_level ORDER BY case_type, tier"));
    if (!levels)
        return levels.error();
    while (levels->next()) {
        const QJsonObject data{
            {QStringLiteral("case_type"), levels->value(0).toString()},
            {QStringLiteral("tier"), levels->value(1).toString()},
            {QStringLiteral("first_response_minutes"), levels->value(2).toLongLong()},
            {QStringLiteral("resolution_minutes"), levels->value(3).toLongLong()},
            {QStringLiteral("auto_escalate"), levels->value(4).toLongLong()},
            {QStringLiteral("updated_at"), levels->value(5).toString()}};
        payload += lineOf(
            QStringLiteral("service_level"),
            levels->value(0).toString() + QLatin1Char('/') + levels->value(1).toString(), 1, data);
        count(QStringLiteral("service_level"));
    }

    const qint64 seq = m_store.metaValue(metaReferenceSeq, QStringLiteral("0")).toLongLong() + 1;
    for (const QString& document : documents) {
        // KIND:FILE
        const qsizetype colon = document.indexOf(QLatin1Char(':'));
        const QString kind = document.left(colon);
        if (colon <= 0 || !documentKinds.contains(kind)) {
            return Error::invalid(QStringLiteral("document"), QStringLiteral("document-kind"),
                                  SyncReferenceText::tr("A document is given as KIND:FILE with "
                                                        "KIND one of %1.")
                                      .arg(documentKinds.join(QStringLiteral(", "))));
        }
        Result<QJsonObject> body = readJsonFile(document.mid(colon + 1));
        if (!body)
            return body.error();
        const QString name = QFileInfo(document.mid(colon + 1)).completeBaseName();
        payload += lineOf(QStringLiteral("document"), name, seq,
                          {{QStringLiteral("kind"), kind},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("body"), *body}});
        count(QStringLiteral("document"));
    }

    QJsonObject counts;
    for (auto it = result.counts.constBegin(); it != result.counts.constEnd(); ++it)
        counts.insert(it.key(), it.value());
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("centerdesk-sync")},
                               {QStringLiteral("formatVersion"), formatVersion},
                               {QStringLiteral("kind"), QStringLiteral("reference")},
                               {QStringLiteral("center"), hqCode},
                               {QStringLiteral("workstation"), hqCode},
                               {QStringLiteral("keyId"), me.keyId},
                               {QStringLiteral("seqFrom"), seq},
                               {QStringLiteral("seqTo"), seq},
                               {QStringLiteral("full"), true},
                               {QStringLiteral("rows"), result.rows},
                               {QStringLiteral("counts"), counts},
                               {QStringLiteral("schemaVersion"), m_store.schemaVersion()},
                               {QStringLiteral("historyHead"), HistoryLog::head(m_store)},
                               {QStringLiteral("createdAt"), storedNow()}};
    const QString fileName = QStringLiteral("HQ-REFERENCE-%1-%1.cdpkg").arg(seq);
    const Status done = m_store.transaction([&]() -> Status {
        const Result<QString> written =
            writeSignedPackage(folder, fileName, manifest, {payload}, sha256Hex(payload), *key);
        if (!written)
            return written.error();
        result.packagePath = *written;
        return m_store.setMetaValue(metaReferenceSeq, QString::number(seq));
    });
    if (!done)
        return done.error();
    result.written = true;
    result.full = true;
    result.seqFrom = seq;
    result.seqTo = seq;
    result.signaturePath = result.packagePath + QStringLiteral(".minisig");
    return result;
}

Result<SyncImportResult> SyncService::importReference(const QString& packagePath)
{
    auto lookup = [this](const QString& keyId) -> Result<SyncSigner> {
        Result<QSqlQuery> query = m_store.run(
            QStringLiteral("SELECT public_key, key_id FROM sync_key WHERE purpose = 'hq'"));
        if (!query)
            return query.error();
        if (!query->next()) {
            return Error::invalid(QStringLiteral("signature"), QStringLiteral("no-hq-key"),
                                  SyncReferenceText::tr("No HQ key is registered in this store. "
                                                        "Register it with 'centerdesk-cli hq-key "
                                                        "set --public KEY'."));
        }
        if (query->value(1).toString() != keyId) {
            return Error::invalid(QStringLiteral("signature"), QStringLiteral("unregistered-key"),
                                  SyncReferenceText::tr("The package is signed with key %1, not "
                                                        "with the registered HQ key %2.")
                                      .arg(keyId, query->value(1).toString()));
        }
        const Result<SyncPublicKey> key = SyncSignature::parsePublicKey(query->value(0).toString());
        if (!key)
            return key.error();
        return SyncSigner{*key, hqCode, hqCode};
    };
    const Result<VerifiedPackage> package = readVerifiedPackage(
        packagePath, QStringLiteral("reference"), m_store.schemaVersion(), lookup);
    if (!package)
        return package.error();

    SyncImportResult result;
    result.kind = QStringLiteral("reference");
    result.centerCode = hqCode;
    result.workstationId = hqCode;
    result.seqFrom = package->manifest.value(QStringLiteral("seqFrom")).toInteger();
    result.seqTo = result.seqFrom;
    result.rows = static_cast<qint64>(package->lines.size());

    // Its place after the last reference package: checked before the write,
    // so that a replay is refused without waiting for the store, and again
    // once the write has begun, when another import that committed
    // meanwhile is seen (an older package is never applied over a newer one).
    auto place = [&]() -> Result<bool> { // true: this package is the last one applied
        Result<QSqlQuery> last = m_store.run(
            QStringLiteral("SELECT seq_to, payload_sha256 FROM sync_import WHERE kind = "
                           "'reference' ORDER BY seq_to DESC LIMIT 1"));
        if (!last)
            return last.error();
        const bool anyBefore = last->next();
        const qint64 lastSeq = anyBefore ? last->value(0).toLongLong() : 0;
        const QString lastSha256 = anyBefore ? last->value(1).toString() : QString();
        last->finish(); // no read left open when the write begins (Store::transaction)
        if (!anyBefore)
            return false;
        if (lastSeq == result.seqTo && lastSha256 == package->payloadSha256)
            return true;
        if (result.seqTo <= lastSeq) {
            return Error::invalid(QStringLiteral("package"), QStringLiteral("replay"),
                                  SyncReferenceText::tr("Reference package %1 is older than "
                                                        "the one applied here (%2): an old "
                                                        "package was replayed. Nothing was "
                                                        "changed.")
                                      .arg(result.seqTo)
                                      .arg(lastSeq));
        }
        return false;
    };
    const Result<bool> appliedBefore = place();
    if (!appliedBefore)
        return appliedBefore.error();
    if (*appliedBefore) {
        result.alreadyImported = true;
        return result;
    }

    const Status applied = m_store.transaction([&]() -> Status {
        const Result<bool> again = place();
        if (!again)
            return again.error();
        if (*again) {
            result.alreadyImported = true;
            return {};
        }
        for (const PackageLine& packageLine : package->lines) {
            const qint64 lineNumber = packageLine.number;
            // A handful of documents: read through Qt's JSON, as the
            // services that store them take it.
            const QJsonObject line =
                QJsonDocument::fromJson(packageLine.text.toByteArray()).object();
            const QString table = line.value(QStringLiteral("table")).toString();
            const QJsonObject data = line.value(QStringLiteral("data")).toObject();
            result.counts[table] += 1;
            auto lineError = [&](const QString& why) {
                return Error::invalid(QStringLiteral("package"), QStringLiteral("row"),
                                      SyncReferenceText::tr("Line %1 (%2) of the reference "
                                                            "package was refused: %3. Nothing "
                                                            "was changed.")
                                          .arg(lineNumber)
                                          .arg(table, why));
            };
            if (table == QStringLiteral("reference-data")) {
                const Result<ReferenceData> reference =
                    ReferenceData::fromJson(QJsonDocument(data).toJson(QJsonDocument::Compact));
                if (!reference)
                    return lineError(reference.error().message);
                if (Result<bool> loaded = ReferenceService(m_store).loadIfNewer(*reference);
                    !loaded)
                    return lineError(loaded.error().message);
            } else if (table == QStringLiteral("service_level")) {
                Result<QSqlQuery> upserted = m_store.run(
                    QStringLiteral(
                        "INSERT INTO service_level(case_type, tier, first_response_minutes, "
                        "resolution_minutes, auto_escalate, updated_at) VALUES(?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT(case_type, tier) DO UPDATE SET first_response_minutes = "
                        "excluded.first_response_minutes, resolution_minutes = "
                        "excluded.resolution_minutes, auto_escalate = excluded.auto_escalate, "
                        "updated_at = excluded.updated_at"),
                    {data.value(QStringLiteral("case_type")).toString(),
                     data.value(QStringLiteral("tier")).toString(),
                     data.value(QStringLiteral("first_response_minutes")).toInteger(),
                     data.value(QStringLiteral("resolution_minutes")).toInteger(),
                     data.value(QStringLiteral("auto_escalate")).toInteger(),
                     data.value(QStringLiteral("updated_at")).toString()});
                if (!upserted)
                    return lineError(upserted.error().message);
            } else if (table == QStringLiteral("document")) {
                Result<QSqlQuery> upserted = m_store.run(
                    QStringLiteral("INSERT INTO sync_document(name, kind, version, body, "
                                   "received_at) VALUES(?, ?, ?, ?, ?) ON CONFLICT(name) DO "
                                   "UPDATE SET kind = excluded.kind, version = excluded.version, "
                                   "body = excluded.body, received_at = excluded.received_at"),
                    {data.value(QStringLiteral("name")).toString(),
                     data.value(QStringLiteral("kind")).toString(),
                     line.value(QStringLiteral("version")).toInteger(),
                     QString::fromUtf8(QJsonDocument(data.value(QStringLiteral("body")).toObject())
                                           .toJson(QJsonDocument::Compact)),
                     storedNow()});
                if (!upserted)
                    return lineError(upserted.error().message);
            } else {
                return lineError(SyncReferenceText::tr("unknown table"));
            }
        }
        if (Result<QSqlQuery> recorded = m_store.run(
                QStringLiteral("INSERT INTO sync_import(kind, center_code, workstation_id, "
                               "seq_from, seq_to, is_full, payload_sha256, history_head, "
                               "row_count, file_name, imported_at) VALUES('reference', 'HQ', "
                               "'HQ', ?, ?, 1, ?, ?, ?, ?, ?)"),
                {result.seqFrom, result.seqTo, package->payloadSha256,
                 package->manifest.value(QStringLiteral("historyHead")).toString(), result.rows,
                 package->fileName, storedNow()});
            !recorded)
            return recorded.error();
        return HistoryLog(m_store).append(QStringLiteral("store"), QStringLiteral("sync"),
                                          QStringLiteral("system"),
                                          QStringLiteral("reference-imported"),
                                          {{QStringLiteral("package"), package->fileName},
                                           {QStringLiteral("seq"), result.seqTo},
                                           {QStringLiteral("rows"), result.rows}},
                                          QDateTime::currentDateTimeUtc());
    });
    if (!applied)
        return applied.error();
    return result;
}

} // namespace centerdesk::core
