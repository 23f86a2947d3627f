#include "syncfigures.h"

#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "centerdesk/core/userservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <memory>

namespace centerdesk::bench {

QByteArray accountsCsv(int accounts)
{
    QByteArray csv = "name,ior,center,size,contact_name,contact_email,ctpat_tier,ctpat_from\n";
    for (int i = 0; i < accounts; ++i) {
        csv +=
            QStringLiteral("Importer %1,%2-%3,PHC,small,Contact %1,c%1@example.com,2,2024-01-01\n")
                .arg(i)
                .arg(10 + i / 10000000)
                .arg(QStringLiteral("%1").arg(i % 10000000, 7, 10, QLatin1Char('0')) +
                     QStringLiteral("00"))
                .toUtf8();
    }
    return csv;
}

namespace {

// The order of the sync tables (core's syncTables()): parents before children.
const QStringList syncTableOrder{QStringLiteral("app_user"),
                                 QStringLiteral("role_assignment"),
                                 QStringLiteral("account"),
                                 QStringLiteral("account_contact"),
                                 QStringLiteral("account_certification"),
                                 QStringLiteral("partner_program"),
                                 QStringLiteral("cases"),
                                 QStringLiteral("case_reference"),
                                 QStringLiteral("case_link"),
                                 QStringLiteral("case_field"),
                                 QStringLiteral("clock"),
                                 QStringLiteral("notification"),
                                 QStringLiteral("history")};

const QString workstationId = QStringLiteral("B1");

// A copy of a closed store file (and its WAL, should it have one).
bool copyStore(const QString& from, const QString& to)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        return false;
    if (QFileInfo::exists(from + QStringLiteral("-wal")))
        return QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal"));
    return true;
}

void removeStore(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QStringList columnsOf(core::Store& store, const QString& table)
{
    QStringList columns;
    core::Result<QSqlQuery> query =
        store.run(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (query)
        while (query->next())
            columns << query->value(0).toString();
    return columns;
}

} // namespace

SyncFigures measureSync(const QString& folder, int accounts, int runs, QString* error)
{
    SyncFigures figures;
    figures.exportFigure =
        Figure{QStringLiteral("sync: export of %1 changes").arg(accounts * 4), {}, {}, 5000, false};
    figures.importFigure =
        Figure{QStringLiteral("sync: HQ import of that package"), {}, {}, 10000, false};
    QDir().mkpath(folder);
    const QString wsTemplate = QDir(folder).filePath(QStringLiteral("ws-template.db"));
    const QString hqTemplate = QDir(folder).filePath(QStringLiteral("hq-template.db"));
    const QString keys = QDir(folder).filePath(QStringLiteral("keys"));
    core::Actor admin;
    QString publicKey;
    QStringList importReference;
    {
        auto opened = core::Store::open(wsTemplate);
        if (!opened) {
            *error = opened.error().message;
            return figures;
        }
        core::Store& store = **opened;
        core::UserService users(store, {core::systemClock(), core::PasswordHasher::minimum()});
        const core::Result<core::Actor> created =
            users.createFirstAdministrator(QStringLiteral("bench-admin"), "bench-password-123");
        if (!created) {
            *error = created.error().message;
            return figures;
        }
        admin = *created;
        const qint64 started = monotonicNs();
        const core::Result<core::ImportReport> report =
            core::AccountImporter(store).importBytes(admin, accountsCsv(accounts));
        figures.makeSeconds = msSince(started) / 1000.0;
        if (!report || report->imported != accounts) {
            *error = report ? QStringLiteral("the account import refused lines")
                            : report.error().message;
            return figures;
        }
        core::SyncService sync(store);
        const core::Result<core::SyncIdentity> identity =
            sync.generateKey(keys, workstationId, QStringLiteral("PHC"));
        if (!identity) {
            *error = identity.error().message;
            return figures;
        }
        publicKey = identity->publicKey;

        // The import's reference: the same rows into the same tables of a
        // fresh HQ store, set-based, with the origin of each row and the
        // workstation's history, in one transaction.
        importReference << QStringLiteral("ATTACH ") + sqlQuote(wsTemplate) +
                               QStringLiteral(" AS ws")
                        << QStringLiteral("BEGIN IMMEDIATE")
                        << QStringLiteral("PRAGMA defer_foreign_keys = ON");
        for (const QString& table : syncTableOrder) {
            if (table == QLatin1String("history"))
                continue;
            const QStringList columns = columnsOf(store, table);
            if (columns.isEmpty())
                continue;
            importReference << QStringLiteral("INSERT INTO main.%1 SELECT * FROM ws.%1").arg(table);
            const QString key = columns.contains(QStringLiteral("uuid"))
                                    ? QStringLiteral("uuid")
                                    : QStringLiteral("case_uuid || '/' || name");
            const QString stamp = columns.contains(QStringLiteral("version"))
                                      ? QStringLiteral("version")
                                      : QStringLiteral("updated_at");
            importReference << QStringLiteral("INSERT INTO main.sync_origin(table_name, row_key, "
                                              "workstation_id, stamp) SELECT '%1', %2, %3, %4 "
                                              "FROM ws.%1")
                                   .arg(table, key, sqlQuote(workstationId), stamp);
        }
        importReference << QStringLiteral("INSERT INTO main.hq_history SELECT %1, seq, uuid, "
                                          "subject_kind, subject_uuid, at, actor, kind, detail, "
                                          "prev_hash, hash FROM ws.history")
                               .arg(sqlQuote(workstationId))
                        << QStringLiteral("COMMIT");
    }
    {
        auto hq = core::Store::open(hqTemplate);
        if (!hq) {
            *error = hq.error().message;
            return figures;
        }
        const core::Status registered =
            core::SyncService(**hq).registerKey(QStringLiteral("PHC"), workstationId, publicKey);
        if (!registered) {
            *error = registered.error().message;
            return figures;
        }
    }

    QStringList exportStatements;
    for (int run = 0; run < runs; ++run) {
        const QString ws = QDir(folder).filePath(QStringLiteral("ws-run.db"));
        const QString hq = QDir(folder).filePath(QStringLiteral("hq-run.db"));
        const QString out = QDir(folder).filePath(QStringLiteral("out-%1").arg(run));
        if (!copyStore(wsTemplate, ws) || !copyStore(hqTemplate, hq)) {
            *error = QStringLiteral("cannot copy the sync stores");
            return figures;
        }
        QString package;
        {
            auto store = core::Store::open(ws);
            if (!store) {
                *error = store.error().message;
                return figures;
            }
            core::SyncService sync(**store);
            std::unique_ptr<StatementTrace> trace;
            if (run == 0) // a handful of statements: no cost worth counting
                trace = std::make_unique<StatementTrace>(**store);
            const qint64 started = monotonicNs();
            const core::Result<core::SyncExportResult> exported =
                sync.exportPackage(admin, out, false);
            figures.exportFigure.samples << msSince(started);
            if (!exported || !exported->written) {
                *error = exported ? QStringLiteral("the export wrote nothing")
                                  : exported.error().message;
                return figures;
            }
            if (trace)
                exportStatements = trace->statements();
            package = exported->packagePath;
            figures.rows = exported->rows;
            figures.packageBytes = QFileInfo(package).size();
        }
        {
            auto store = core::Store::open(hq);
            if (!store) {
                *error = store.error().message;
                return figures;
            }
            const qint64 started = monotonicNs();
            const core::Result<core::SyncImportResult> imported =
                core::SyncService(**store).importPackage(package);
            figures.importFigure.samples << msSince(started);
            if (!imported || imported->rows != figures.rows) {
                *error = imported ? QStringLiteral("the HQ import took %1 of %2 lines")
                                        .arg(imported->rows)
                                        .arg(figures.rows)
                                  : imported.error().message;
                return figures;
            }
        }
        removeStore(ws);
        removeStore(hq);
        QDir(out).removeRecursively();
    }

    // The export again in sqlite3, repeatable: rolled back instead of committed.
    for (QString& statement : exportStatements)
        if (statement.trimmed().compare(QLatin1String("COMMIT"), Qt::CaseInsensitive) == 0)
            statement = QStringLiteral("ROLLBACK");
    const QString wsReference = QDir(folder).filePath(QStringLiteral("ws-reference.db"));
    if (copyStore(wsTemplate, wsReference)) {
        const Sqlite3Timing timing = timeInSqlite3(wsReference, exportStatements, runs);
        figures.exportFigure.reference = timing.ms;
        if (!timing.error.isEmpty())
            std::fprintf(stderr, "sqlite3 (export): %s\n", qPrintable(timing.error));
        removeStore(wsReference);
    }
    const QString hqReference = QDir(folder).filePath(QStringLiteral("hq-reference.db"));
    const Sqlite3Timing timing = timeSqlite3Timer(
        hqReference, importReference, runs, [&](int) { (void)copyStore(hqTemplate, hqReference); });
    figures.importFigure.reference = timing.ms;
    if (!timing.error.isEmpty())
        std::fprintf(stderr, "sqlite3 (HQ import): %s\n", qPrintable(timing.error));
    removeStore(hqReference);
    return figures;
}

} // namespace centerdesk::bench
