// libFuzzer harness for the HQ import of sync packages. Each input is a
// package file; the first byte chooses its signature: even, a valid
// signature by the registered workstation key (so the checks behind the
// signature, manifest, payload hash, line sizes, JSON, rows and conflicts,
// see the bytes), odd, the input's last 256 bytes as the .minisig text (the
// signature parser itself). Whatever the input: no crash, a refusal says
// why, and a refused package leaves the HQ store unchanged.
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "centerdesk/core/syncsignature.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace centerdesk::core;

namespace {

QTemporaryDir* folder = nullptr;
Store* hq = nullptr;
SyncSecretKey* key = nullptr;

int changeCount()
{
    Result<QSqlQuery> query = hq->run(QStringLiteral("SELECT count(*) FROM sync_import"));
    return query && query->next() ? query->value(0).toInt() : -1;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    folder = new QTemporaryDir;
    auto opened = Store::open(folder->filePath(QStringLiteral("hq.db")));
    if (!opened)
        std::abort();
    hq = std::move(opened).value().release();
    (void)hq->run(QStringLiteral("PRAGMA synchronous=OFF"));
    key = new SyncSecretKey(SyncSignature::generate());
    // The seed corpus was exported by workstation WS1 of PHC.
    if (!SyncService(*hq).registerKey(QStringLiteral("PHC"), QStringLiteral("WS1"),
                                      key->publicKey.toBase64()))
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray package(reinterpret_cast<const char*>(data + 1),
                             static_cast<qsizetype>(size - 1));
    const QString path = folder->filePath(QStringLiteral("PHC-WS1-1-1.cdpkg"));
    const QByteArray signature = (data[0] & 1) == 0
                                     ? SyncSignature::sign(*key, package, QStringLiteral("fuzz"))
                                     : package.right(256);
    if (!writeFile(path, package) || !writeFile(path + QStringLiteral(".minisig"), signature))
        std::abort();
    const int before = changeCount();
    const Result<SyncImportResult> imported = SyncService(*hq).importPackage(path);
    if (!imported) {
        if (imported.error().message.isEmpty())
            std::abort();
        if (changeCount() != before)
            std::abort(); // a refused package changed the store
    }
    return 0;
}
