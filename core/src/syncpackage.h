#pragma once

#include "centerdesk/core/hashing.h"

// Internal to core: the synced tables and the package file, shared by the
// workstation export, the HQ import and the reference packages.
#include "centerdesk/core/result.h"
#include "centerdesk/core/syncsignature.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <boost/json/storage_ptr.hpp>
#include <boost/json/value.hpp>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace centerdesk::core {

class Store;

struct SyncTable final
{
    QString name;
    bool hasUuid = true;   // case_field is keyed by (case_uuid, name)
    bool versioned = true; // has a version column
    QStringList excluded;  // columns never exported (app_user's password hash, lockout)
};

// In the order rows are written and applied (parents first).
const QList<SyncTable>& syncTables();
const SyncTable* findSyncTable(const QString& name);
// The table's columns in the store, less the excluded ones.
Result<QStringList> syncColumns(Store& store, const SyncTable& table);
QString storedNow();
// Appends `text` as a JSON string (quoted, escaped).
void appendJsonString(QByteArray& out, const QString& text);
void appendJsonUtf8(QByteArray& out, QByteArrayView utf8);

// What a signature check needs to know of the key that signed a package.
struct SyncSigner final
{
    SyncPublicKey key;
    QString centerCode;
    QString workstationId;
};

// A line after the manifest: a JSON object with at least table, uuid, op
// (strings) and version (a number). Its strings are UTF-8, as in the file.
struct PackageLine final
{
    qint64 number = 0; // in the file; the manifest is line 1
    QByteArrayView text;
    boost::json::object object;
};

struct VerifiedPackage final
{
    QString fileName;
    QJsonObject manifest;
    // The lines, in file order, parsed with Boost.JSON: Qt's JSON parser
    // cost a package of 10^5 rows about twice as much, and converts every
    // string to UTF-16 and back on its way to SQLite. `text` views `content`.
    std::vector<PackageLine> lines;
    QByteArray content;
    qsizetype payloadStart = 0; // in content, after the manifest line
    QString payloadSha256;
    SyncSigner signer;
};

// A string field of a line's JSON object (empty when absent or not a string).
QByteArrayView jsonText(const boost::json::object& object, std::string_view key);
// The same as a QString.
QString jsonString(const boost::json::object& object, std::string_view key);

// The lines of content[from, to), the first of them numbered `lineNumber`,
// or the first bad line's error. Their values are allocated from `storage`.
struct ParsedLines final
{
    std::vector<PackageLine> lines;
    std::optional<Error> error;
};
ParsedLines parsePackageLines(const QByteArray& content, qsizetype from, qsizetype to,
                              qint64 lineNumber, const boost::json::storage_ptr& storage);

// The steps of readVerifiedPackage, for a reader that parses the lines while
// it applies them (the HQ import). Opening checks the file's size, its
// signature and the manifest, and reads no line.
Result<VerifiedPackage>
openSignedPackage(const QString& path, const QString& kind,
                  const std::function<Result<SyncSigner>(const QString& keyIdHex)>& lookup);
QString payloadSha256(const VerifiedPackage& package);
// With package.payloadSha256 computed.
Status checkPayloadHashAndSchema(const VerifiedPackage& package, int schemaVersion);
Status checkSchema(const VerifiedPackage& package, int schemaVersion);
Status checkLineCount(const VerifiedPackage& package, qint64 lineCount);

// Reads `path` and its .minisig and checks, in this order, before anything is
// applied: file size, signature against the key the lookup returns for the
// signature's key id, the manifest (format, kind, signer), payload SHA-256,
// schema version, then each line's size, JSON and fields (the lines only
// once the hash and schema are right).
Result<VerifiedPackage>
readVerifiedPackage(const QString& path, const QString& kind, int schemaVersion,
                    const std::function<Result<SyncSigner>(const QString& keyIdHex)>& lookup);

// A package's payload as its lines are written, kept in parts of about
// 256 KiB. Each full part is hashed (SHA-256, for the manifest) on a second
// thread while the next one is written, and the file is written from the
// parts: a large export neither waits for the hash nor copies its payload.
class PackagePayload final
{
public:
    PackagePayload();
    ~PackagePayload(); // waits for the hashing thread
    PackagePayload(const PackagePayload&) = delete;
    PackagePayload& operator=(const PackagePayload&) = delete;

    // Where the next line goes; call lineAppended() after each line.
    QByteArray& lines() { return m_current; }
    void lineAppended();
    // Ends the payload: its parts in order, and their SHA-256 (hex).
    QList<QByteArray> finish(QString* payloadSha256);

private:
    void handOver();
    void hashParts();
    void stopHashing();

    QByteArray m_current;
    QList<QByteArray> m_parts;
    Sha256 m_sha256;
    std::mutex m_mutex;
    std::condition_variable m_partReady;
    std::deque<QByteArray> m_toHash;
    bool m_finished = false;
    std::thread m_hasher; // last: starts once the members above exist
};

// Writes `folder/fileName` (manifest line + the payload's parts in order)
// through a temporary file and its .minisig; fills in payloadSha256 in the
// manifest. Returns the package path.
Result<QString> writeSignedPackage(const QString& folder, const QString& fileName,
                                   QJsonObject manifest, const QList<QByteArray>& payloadParts,
                                   const QString& payloadSha256, const SyncSecretKey& key);

} // namespace centerdesk::core
