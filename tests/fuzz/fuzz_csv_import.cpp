// libFuzzer harness for the account CSV import: CsvReader on the raw bytes,
// then AccountImporter's checks and writes on a real store, inside a
// transaction that is always rolled back so that every input meets the same
// store. Every problem must have a message and a line (0: the whole file).
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/csvreader.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

using namespace centerdesk::core;

namespace {

Store* store = nullptr;
Actor admin;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("fuzz.db")));
    if (!opened)
        std::abort();
    store = std::move(opened).value().release();
    // Nothing here needs to survive a power cut; rollbacks stay cheap.
    (void)store->run(QStringLiteral("PRAGMA synchronous=OFF"));
    admin.userName = QStringLiteral("fuzz");
    admin.roles = {RoleAssignment{Role::Admin, {}, {}}};
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    (void)CsvReader::parse(bytes);
    AccountImporter importer(*store);
    (void)store->transaction([&]() -> Status {
        const Result<ImportReport> report = importer.importBytes(admin, bytes);
        if (report) {
            for (const ImportProblem& problem : report->problems) {
                // Line 0 is the file as a whole (not UTF-8, too large, ...).
                if (problem.line < 0 || problem.message.isEmpty())
                    std::abort();
            }
            if (!report->ok() && report->imported != 0)
                std::abort(); // all or nothing
        }
        return Error::conflict(QString(), QStringLiteral("rollback"), QString());
    });
    return 0;
}
