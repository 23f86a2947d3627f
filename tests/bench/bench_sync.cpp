// Sync benchmark (not a test): 10^5 changed rows from an account import
// (25,000 accounts, each with a contact, a C-TPAT program and a history
// entry), then the export of one package and its import into a new HQ
// store. Also times the same account import without the change-capture
// triggers, to show what capture costs. Run it on the release build:
//   build/release/tests/bench_sync [ACCOUNTS]
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "centerdesk/core/userservice.h"
#include "syncfigures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace centerdesk::core;

namespace {

struct Workstation
{
    std::unique_ptr<Store> store;
    Actor admin;
};

Workstation makeStore(const QString& path, bool capture)
{
    Workstation ws;
    ws.store = std::move(Store::open(path).value());
    UserService users(*ws.store, {systemClock(), PasswordHasher::minimum()});
    ws.admin =
        users.createFirstAdministrator(QStringLiteral("bench-admin"), "bench-password-123").value();
    if (!capture) {
        QSqlQuery triggers =
            ws.store
                ->run(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                     "'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'"))
                .value();
        QStringList names;
        while (triggers.next())
            names << triggers.value(0).toString();
        for (const QString& name : names)
            (void)ws.store->run(QStringLiteral("DROP TRIGGER ") + name);
    }
    return ws;
}

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// Processor time of this process: less disturbed than wall time on a shared machine.
double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? QByteArray(argv[1]).toInt() : 25000;
    QTemporaryDir dir;
    const QByteArray csv = centerdesk::bench::accountsCsv(accounts);

    // The account import without and with change capture.
    double withoutCapture = 0;
    double withoutCaptureCpu = 0;
    {
        Workstation plain = makeStore(dir.filePath(QStringLiteral("plain.db")), false);
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds();
        const Result<ImportReport> report =
            AccountImporter(*plain.store).importBytes(plain.admin, csv);
        withoutCapture = seconds(timer);
        withoutCaptureCpu = cpuSeconds() - cpu;
        if (!report || report->imported != accounts) {
            std::fprintf(stderr, "import without capture failed\n");
            return 1;
        }
    }
    Workstation ws = makeStore(dir.filePath(QStringLiteral("ws.db")), true);
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    const Result<ImportReport> report = AccountImporter(*ws.store).importBytes(ws.admin, csv);
    const double withCapture = seconds(timer);
    const double withCaptureCpu = cpuSeconds() - cpu;
    if (!report || report->imported != accounts) {
        std::fprintf(stderr, "import failed: %s\n",
                     report ? "problems" : qPrintable(report.error().message));
        return 1;
    }
    std::printf("account import, %d lines: %.3f s (%.3f s CPU) without change capture, "
                "%.3f s (%.3f s CPU) with it; %.0f lines/s with capture\n",
                accounts, withoutCapture, withoutCaptureCpu, withCapture, withCaptureCpu,
                accounts / withCapture);

    SyncService sync(*ws.store);
    if (!sync.generateKey(dir.filePath(QStringLiteral("keys")), QStringLiteral("B1"),
                          QStringLiteral("PHC"))) {
        std::fprintf(stderr, "keygen failed\n");
        return 1;
    }
    timer.restart();
    cpu = cpuSeconds();
    const Result<SyncExportResult> exported =
        sync.exportPackage(ws.admin, dir.filePath(QStringLiteral("out")), false);
    const double exportSeconds = seconds(timer);
    const double exportCpu = cpuSeconds() - cpu;
    if (!exported || !exported->written) {
        std::fprintf(stderr, "export failed: %s\n",
                     exported ? "nothing" : qPrintable(exported.error().message));
        return 1;
    }
    std::printf("export: %lld rows, %lld bytes in %.3f s, %.3f s CPU (target < 5 s)\n",
                static_cast<long long>(exported->rows),
                static_cast<long long>(QFileInfo(exported->packagePath).size()), exportSeconds,
                exportCpu);

    std::unique_ptr<Store> hq =
        std::move(Store::open(dir.filePath(QStringLiteral("hq.db"))).value());
    SyncService hqSync(*hq);
    if (!hqSync.registerKey(QStringLiteral("PHC"), QStringLiteral("B1"),
                            sync.identity().publicKey)) {
        std::fprintf(stderr, "register failed\n");
        return 1;
    }
    timer.restart();
    cpu = cpuSeconds();
    const Result<SyncImportResult> imported = hqSync.importPackage(exported->packagePath);
    const double importSeconds = seconds(timer);
    const double importCpu = cpuSeconds() - cpu;
    if (!imported) {
        std::fprintf(stderr, "HQ import failed: %s\n", qPrintable(imported.error().message));
        return 1;
    }
    std::printf("HQ import: %lld rows in %.3f s, %.3f s CPU (target < 10 s)\n",
                static_cast<long long>(imported->rows), importSeconds, importCpu);
    timer.restart();
    const Result<SyncImportResult> again = hqSync.importPackage(exported->packagePath);
    std::printf("HQ import of the same package again: %s in %.3f s\n",
                again && again->alreadyImported ? "already imported" : "UNEXPECTED",
                seconds(timer));
    return 0;
}
