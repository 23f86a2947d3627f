#include "syncpackage.h"

#include "centerdesk/core/clock.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parser.hpp>
#include <optional>
#include <sodium.h>
#include <utility>

namespace centerdesk::core {

namespace {

class SyncPackageText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncPackageText)
};

Error packageError(const QString& rule, const QString& message)
{
    return Error::invalid(QStringLiteral("package"), rule, message);
}

} // namespace

const QList<SyncTable>& syncTables()
{
    static const QList<SyncTable> tables{
        {QStringLiteral("app_user"),
         true,
         true,
         {QStringLiteral("password_hash"), QStringLiteral("failed_attempts"),
          QStringLiteral("locked_until")}},
        {QStringLiteral("role_assignment"), true, true, {}},
        {QStringLiteral("account"), true, true, {}},
        {QStringLiteral("account_contact"), true, true, {}},
        {QStringLiteral("account_certification"), true, true, {}},
        {QStringLiteral("partner_program"), true, true, {}},
        {QStringLiteral("cases"), true, true, {}},
        {QStringLiteral("case_reference"), true, true, {}},
        {QStringLiteral("case_link"), true, true, {}},
        {QStringLiteral("case_field"), false, false, {}},
        {QStringLiteral("clock"), true, true, {}},
        {QStringLiteral("notification"), true, true, {}},
        {QStringLiteral("history"), true, false, {}},
    };
    return tables;
}

const SyncTable* findSyncTable(const QString& name)
{
    for (const SyncTable& table : syncTables()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

Result<QStringList> syncColumns(Store& store, const SyncTable& table)
{
    // The name comes from syncTables(), never from a package.
    Result<QSqlQuery> query = store.run(
        QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table.name});
    if (!query)
        return query.error();
    QStringList columns;
    while (query->next()) {
        const QString column = query->value(0).toString();
        if (!table.excluded.contains(column))
            columns << column;
    }
    return columns;
}

void appendJsonUtf8(QByteArray& out, QByteArrayView utf8)
{
    out.append('"');
    // Runs of bytes that need no escape are copied at once.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        out.append(utf8.sliced(runStart, i - runStart));
        if (byte == '"' || byte == '\\') {
            out.append('\\');
            out.append(static_cast<char>(byte));
        } else {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00", 4);
            out.append(hex[byte >> 4]);
            out.append(hex[byte & 0xf]);
        }
        runStart = i + 1;
    }
    out.append(utf8.sliced(runStart));
    out.append('"');
}

void appendJsonString(QByteArray& out, const QString& text)
{
    appendJsonUtf8(out, text.toUtf8());
}

QByteArrayView jsonText(const boost::json::object& object, std::string_view key)
{
    const boost::json::value* field = object.if_contains(key);
    if (field == nullptr || !field->is_string())
        return {};
    const boost::json::string& text = field->get_string();
    return {text.data(), static_cast<qsizetype>(text.size())};
}

QString jsonString(const boost::json::object& object, std::string_view key)
{
    return QString::fromUtf8(jsonText(object, key));
}

QString storedNow()
{
    return toStoredTime(QDateTime::currentDateTimeUtc());
}

ParsedLines parsePackageLines(const QByteArray& content, qsizetype from, qsizetype to,
                              qint64 lineNumber, const boost::json::storage_ptr& storage)
{
    ParsedLines parsed;
    parsed.lines.reserve(static_cast<std::size_t>(
        std::count(content.constBegin() + from, content.constBegin() + to, '\n') + 1));
    boost::json::parser parser;
    for (qsizetype start = from; start < to; ++lineNumber) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0 || end > to)
            end = to;
        if (end - start > SyncService::maxLineBytes) {
            parsed.error = packageError(QStringLiteral("line-too-long"),
                                        SyncPackageText::tr("Line %1 of the package is longer "
                                                            "than the limit of %2 bytes.")
                                            .arg(lineNumber)
                                            .arg(SyncService::maxLineBytes));
            return parsed;
        }
        const QByteArrayView text(content.constData() + start, end - start);
        boost::system::error_code error;
        parser.reset(storage);
        // One complete JSON text; anything after it is an error.
        parser.write(text.data(), static_cast<std::size_t>(text.size()), error);
        auto notAnObject = [&](const QString& why) {
            parsed.error =
                packageError(QStringLiteral("invalid-json"),
                             SyncPackageText::tr("Line %1 of the package is not a JSON object: %2.")
                                 .arg(lineNumber)
                                 .arg(why));
        };
        if (error) {
            notAnObject(QString::fromStdString(error.message()));
            return parsed;
        }
        // Constructed, not assigned: assigning to a value of other storage
        // would copy it out of the arena.
        boost::json::value value = parser.release();
        if (!value.is_object()) {
            notAnObject(SyncPackageText::tr("not an object"));
            return parsed;
        }
        boost::json::object& object = value.as_object();
        const auto isString = [&object](std::string_view key) {
            const boost::json::value* field = object.if_contains(key);
            return field != nullptr && field->is_string();
        };
        const boost::json::value* version = object.if_contains("version");
        if (!isString("table") || !isString("uuid") || !isString("op") || version == nullptr ||
            !version->is_number()) {
            parsed.error = packageError(QStringLiteral("line-fields"),
                                        SyncPackageText::tr("Line %1 of the package lacks one of "
                                                            "table, uuid, version, op.")
                                            .arg(lineNumber));
            return parsed;
        }
        parsed.lines.push_back({lineNumber, text, std::move(object)});
        start = end + 1;
    }
    return parsed;
}

Result<VerifiedPackage>
openSignedPackage(const QString& path, const QString& kind,
                  const std::function<Result<SyncSigner>(const QString& keyIdHex)>& lookup)
{
    VerifiedPackage package;
    package.fileName = QFileInfo(path).fileName();
    const QString nativePath = QDir::toNativeSeparators(path);

    // 1. Sizes, before reading anything into memory.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(QStringLiteral("cannot-read"),
                         SyncPackageText::tr("The package %1 cannot be read: %2.")
                             .arg(nativePath, file.errorString()));
    }
    if (file.size() > SyncService::maxPackageBytes) {
        return packageError(QStringLiteral("file-too-large"),
                            SyncPackageText::tr("The package %1 is larger than the limit of %2 "
                                                "bytes; it was not read.")
                                .arg(nativePath)
                                .arg(SyncService::maxPackageBytes));
    }
    QFile signatureFile(path + QStringLiteral(".minisig"));
    if (!signatureFile.open(QIODevice::ReadOnly)) {
        return packageError(QStringLiteral("signature-missing"),
                            SyncPackageText::tr("The signature %1.minisig cannot be read: %2. "
                                                "A package is only accepted with its signature.")
                                .arg(nativePath, signatureFile.errorString()));
    }
    if (signatureFile.size() > SyncService::maxSignatureBytes) {
        return packageError(
            QStringLiteral("signature-format"),
            SyncPackageText::tr("The signature %1.minisig is too large.").arg(nativePath));
    }
    const QByteArray signatureText = signatureFile.readAll();
    package.content = file.readAll(); // the lines' texts view it
    const QByteArray& content = package.content;

    // 2. The signature, against the registered key it names.
    const Result<QByteArray> keyId = SyncSignature::signatureKeyId(signatureText);
    if (!keyId)
        return keyId.error();
    const Result<SyncSigner> signer = lookup(SyncPublicKey{*keyId, {}}.keyIdHex());
    if (!signer)
        return signer.error();
    package.signer = *signer;
    if (Result<QString> verified = SyncSignature::verify(signer->key, content, signatureText);
        !verified)
        return verified.error();

    // 3. The manifest.
    const qsizetype manifestEnd = content.indexOf('\n');
    if (manifestEnd < 0 || manifestEnd > SyncService::maxLineBytes) {
        return packageError(QStringLiteral("manifest"),
                            SyncPackageText::tr("The package has no manifest line."));
    }
    QJsonParseError parseError;
    const QJsonDocument manifestDocument =
        QJsonDocument::fromJson(content.left(manifestEnd), &parseError);
    package.manifest = manifestDocument.object();
    const QJsonObject& manifest = package.manifest;
    if (!manifestDocument.isObject() ||
        manifest.value(QLatin1String("format")).toString() != QStringLiteral("centerdesk-sync")) {
        return packageError(QStringLiteral("manifest"),
                            SyncPackageText::tr("The first line of the package is not a "
                                                "CenterDesk sync manifest."));
    }
    if (manifest.value(QLatin1String("formatVersion")).toInt() != SyncService::formatVersion) {
        return packageError(QStringLiteral("format-version"),
                            SyncPackageText::tr("The package has format version %1; this "
                                                "CenterDesk reads version %2.")
                                .arg(manifest.value(QLatin1String("formatVersion")).toInt())
                                .arg(SyncService::formatVersion));
    }
    if (manifest.value(QLatin1String("kind")).toString() != kind) {
        return packageError(QStringLiteral("kind"),
                            SyncPackageText::tr("The package is a '%1' package; a '%2' package "
                                                "is expected here.")
                                .arg(manifest.value(QLatin1String("kind")).toString(), kind));
    }
    if (manifest.value(QLatin1String("center")).toString() != signer->centerCode ||
        manifest.value(QLatin1String("workstation")).toString() != signer->workstationId) {
        return packageError(QStringLiteral("signer"),
                            SyncPackageText::tr("The package says it comes from %1/%2 but is "
                                                "signed with the key registered for %3/%4.")
                                .arg(manifest.value(QLatin1String("center")).toString(),
                                     manifest.value(QLatin1String("workstation")).toString(),
                                     signer->centerCode, signer->workstationId));
    }
    package.payloadStart = manifestEnd + 1;
    return package;
}

Status checkPayloadHashAndSchema(const VerifiedPackage& package, int schemaVersion)
{
    const QJsonObject& manifest = package.manifest;
    // 4. The payload's hash (the signature covers the manifest that names it).
    if (manifest.value(QStringLiteral("payloadSha256")).toString() != package.payloadSha256) {
        return packageError(QStringLiteral("payload-hash"),
                            SyncPackageText::tr("The payload's SHA-256 does not match the "
                                                "manifest."));
    }
    return checkSchema(package, schemaVersion);
}

Status checkSchema(const VerifiedPackage& package, int schemaVersion)
{
    // 5. The schema.
    const int packageSchema = package.manifest.value(QLatin1String("schemaVersion")).toInt();
    if (packageSchema > schemaVersion || packageSchema < 1) {
        return packageError(QStringLiteral("schema-version"),
                            SyncPackageText::tr("The package comes from a store of schema "
                                                "version %1; this store has version %2. Update "
                                                "CenterDesk here first.")
                                .arg(packageSchema)
                                .arg(schemaVersion));
    }
    return {};
}

QString payloadSha256(const VerifiedPackage& package)
{
    const QByteArrayView payload = QByteArrayView(package.content).sliced(package.payloadStart);
    return sha256Hex(QByteArray::fromRawData(payload.data(), payload.size()));
}

Status checkLineCount(const VerifiedPackage& package, qint64 lineCount)
{
    const qint64 announced = package.manifest.value(QLatin1String("rows")).toInteger();
    if (lineCount == announced)
        return {};
    return packageError(QStringLiteral("row-count"),
                        SyncPackageText::tr("The package holds %1 lines; its manifest "
                                            "announces %2.")
                            .arg(lineCount)
                            .arg(announced));
}

Result<VerifiedPackage>
readVerifiedPackage(const QString& path, const QString& kind, int schemaVersion,
                    const std::function<Result<SyncSigner>(const QString& keyIdHex)>& lookup)
{
    Result<VerifiedPackage> opened = openSignedPackage(path, kind, lookup);
    if (!opened)
        return opened.error();
    VerifiedPackage& package = *opened;
    // 4-5. The payload's hash and the schema; only then the lines.
    package.payloadSha256 = payloadSha256(package);
    if (Status checked = checkPayloadHashAndSchema(package, schemaVersion); !checked)
        return checked.error();

    // 6. Each line: size, JSON, fields (the first bad line is reported).
    // Reference packages hold a handful of documents: read on this thread;
    // the HQ import reads its rows while it writes them (synchq.cpp).
    ParsedLines parsed =
        parsePackageLines(package.content, package.payloadStart, package.content.size(), 2,
                          boost::json::make_shared_resource<boost::json::monotonic_resource>());
    if (parsed.error)
        return *parsed.error;
    package.lines = std::move(parsed.lines);
    if (Status counted = checkLineCount(package, static_cast<qint64>(package.lines.size()));
        !counted)
        return counted.error();
    return std::move(package);
}

namespace {

constexpr qsizetype payloadPartBytes = 256 * 1024;

} // namespace

PackagePayload::PackagePayload()
    : m_hasher([this] { hashParts(); })
{
    m_current.reserve(payloadPartBytes + payloadPartBytes / 8);
}

PackagePayload::~PackagePayload()
{
    stopHashing();
}

void PackagePayload::stopHashing()
{
    if (!m_hasher.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_partReady.notify_one();
    m_hasher.join(); // after the parts handed over so far are hashed
}

void PackagePayload::lineAppended()
{
    if (m_current.size() >= payloadPartBytes)
        handOver();
}

void PackagePayload::handOver()
{
    m_parts << m_current;
    {
        const std::lock_guard lock(m_mutex);
        m_toHash.push_back(m_current); // shared, never changed again
    }
    m_partReady.notify_one();
    m_current = QByteArray();
    m_current.reserve(payloadPartBytes + payloadPartBytes / 8);
}

void PackagePayload::hashParts()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_partReady.wait(lock, [this] { return m_finished || !m_toHash.empty(); });
        if (m_toHash.empty())
            return; // finished, everything hashed
        const QByteArray part = std::move(m_toHash.front());
        m_toHash.pop_front();
        lock.unlock();
        m_sha256.add(part);
        lock.lock();
    }
}

QList<QByteArray> PackagePayload::finish(QString* payloadSha256)
{
    if (!m_current.isEmpty())
        handOver();
    stopHashing();
    *payloadSha256 = m_sha256.hex();
    return std::exchange(m_parts, {});
}

Result<QString> writeSignedPackage(const QString& folder, const QString& fileName,
                                   QJsonObject manifest, const QList<QByteArray>& payloadParts,
                                   const QString& payloadSha256, const SyncSecretKey& key)
{
    if (!QDir().mkpath(folder)) {
        return Error::io(QStringLiteral("cannot-write"),
                         SyncPackageText::tr("The folder %1 cannot be created.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    manifest.insert(QStringLiteral("payloadSha256"), payloadSha256);
    const QByteArray manifestLine = QJsonDocument(manifest).toJson(QJsonDocument::Compact) + '\n';
    QList<QByteArrayView> content{manifestLine};
    for (const QByteArray& part : payloadParts)
        content << part;
    const QString packagePath = QDir(folder).filePath(fileName);
    const QString trustedComment = QStringLiteral("timestamp:%1 file:%2 sha256:%3")
                                       .arg(QDateTime::currentSecsSinceEpoch())
                                       .arg(fileName, payloadSha256);
    // The signature's hash of the content runs on a second thread while the
    // content is written (joined however this function ends).
    QByteArray signature;
    std::jthread signer([&] { signature = SyncSignature::sign(key, content, trustedComment); });

    auto cannotWrite = [](const QString& target, const QSaveFile& file) {
        return Error::io(QStringLiteral("cannot-write"),
                         SyncPackageText::tr("The file %1 cannot be written: %2.")
                             .arg(QDir::toNativeSeparators(target), file.errorString()));
    };
    // QSaveFile writes a temporary file and renames it over the target only
    // when everything was written: a package is never seen half-written. Its
    // signature is in place before it is. Unbuffered: Qt 6.4's commit() does
    // not report a failed write of what its buffer still holds (a disk that
    // fills up in a package's last 16 KiB).
    QSaveFile package(packagePath);
    bool written = package.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qsizetype i = 0; written && i < content.size(); ++i)
        written = package.write(content.at(i).data(), content.at(i).size()) == content.at(i).size();
    signer.join();
    if (!written)
        return cannotWrite(packagePath, package);
    const QString signaturePath = packagePath + QStringLiteral(".minisig");
    QSaveFile signatureFile(signaturePath);
    if (!signatureFile.open(QIODevice::WriteOnly | QIODevice::Unbuffered) ||
        signatureFile.write(signature) != signature.size() || !signatureFile.commit())
        return cannotWrite(signaturePath, signatureFile);
    if (!package.commit()) {
        QFile::remove(signaturePath); // it would sign a package that is not there
        return cannotWrite(packagePath, package);
    }
    return packagePath;
}

} // namespace centerdesk::core
