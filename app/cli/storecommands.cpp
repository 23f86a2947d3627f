// init, demo and info: creating stores and describing them.
#include "centerdesk/core/demodata.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/userservice.h"
#include "cliapp.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace centerdesk::cli {

namespace {

QJsonObject storeSummary(core::Store& store)
{
    core::ReferenceService reference(store);
    return {{QStringLiteral("store"), store.path()},
            {QStringLiteral("schemaVersion"), store.schemaVersion()},
            {QStringLiteral("dataVersion"), reference.dataVersion()}};
}

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Creates a store with the reference data (Centers, ports, PGAs), or "
                       "brings an existing store up to this version's schema."));
    const QCommandLineOption adminOption(
        QStringLiteral("admin"),
        QStringLiteral(
            "Create the first administrator, NAME, with the password read from "
            "standard input (needs --password-stdin; only while the store has no user)."),
        QStringLiteral("NAME"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input."));
    parser.addOption(adminOption);
    parser.addOption(passwordStdin);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("init takes no arguments."), parser.helpText());
    if (parser.isSet(adminOption) && !parser.isSet(passwordStdin)) {
        return context.usageError(QStringLiteral("--admin needs --password-stdin."),
                                  parser.helpText());
    }

    const bool existed = QFileInfo::exists(context.effectiveStorePath());
    auto store = context.openStore(true);
    if (!store)
        return context.fail(store.error());
    QJsonObject summary = storeSummary(**store);
    summary.insert(QStringLiteral("created"), !existed);
    if (parser.isSet(adminOption)) {
        core::UserService users(**store);
        const core::Result<core::Actor> admin =
            users.createFirstAdministrator(parser.value(adminOption), context.readStdinLine());
        if (!admin) {
            if (!existed) {
                // Leave no half-made store behind when the administrator is refused.
                const QString path = (*store)->path();
                store->reset();
                for (const QString& suffix :
                     {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                    QFile::remove(path + suffix);
            }
            return context.fail(admin.error());
        }
        summary.insert(QStringLiteral("admin"), admin->userName);
    }
    if (context.json) {
        context.printJson(summary);
    } else {
        context.out << (existed ? "Store is ready: " : "Created store ") << (*store)->path()
                    << " (schema " << (*store)->schemaVersion() << ", reference data "
                    << summary.value(QStringLiteral("dataVersion")).toInt() << ")\n";
        if (summary.contains(QStringLiteral("admin")))
            context.out << "Created the administrator "
                        << summary.value(QStringLiteral("admin")).toString() << "\n";
    }
    return ExitSuccess;
}

int runDemo(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Creates or refreshes a demo store with realistic sample data. Refuses "
                       "a store that is not a demo store, so that it never writes over real "
                       "work."));
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("demo takes no arguments."), parser.helpText());

    auto store = context.openStore(true);
    if (!store)
        return context.fail(store.error());
    const core::Result<core::DemoSummary> summary = core::DemoData::populate(**store);
    if (!summary)
        return context.fail(summary.error());
    QJsonObject document = storeSummary(**store);
    document.insert(QStringLiteral("demo"), true);
    document.insert(QStringLiteral("refreshed"), summary->refreshed);
    if (context.json) {
        context.printJson(document);
    } else {
        context.out << (summary->refreshed ? "Refreshed demo store " : "Created demo store ")
                    << (*store)->path() << "\n";
    }
    return ExitSuccess;
}

int runInfo(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Shows the store's schema version, reference data version, row counts "
                       "per table and file size."));
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("info takes no arguments."), parser.helpText());

    auto store = context.openStore(false);
    if (!store)
        return context.fail(store.error());
    const core::Result<core::StoreInfo> info = (*store)->info();
    if (!info)
        return context.fail(info.error());
    const bool demo = core::DemoData::isDemoStore(**store);
    if (context.json) {
        QJsonObject counts;
        for (auto it = info->rowCounts.cbegin(); it != info->rowCounts.cend(); ++it)
            counts.insert(it.key(), it.value());
        context.printJson(
            {{QStringLiteral("store"), info->path},
             {QStringLiteral("schemaVersion"), info->schemaVersion},
             {QStringLiteral("latestSchemaVersion"), core::Store::latestSchemaVersion()},
             {QStringLiteral("dataVersion"), info->dataVersion},
             {QStringLiteral("fileSizeBytes"), info->fileSizeBytes},
             {QStringLiteral("demo"), demo},
             {QStringLiteral("counts"), counts}});
        return ExitSuccess;
    }
    context.out << "Store:          " << info->path << (demo ? " (demo)" : "") << "\n"
                << "Schema version: " << info->schemaVersion << "\n"
                << "Data version:   " << info->dataVersion << "\n"
                << "File size:      " << info->fileSizeBytes << " bytes\n"
                << "Rows:\n";
    for (auto it = info->rowCounts.cbegin(); it != info->rowCounts.cend(); ++it)
        context.out << "  " << qSetFieldWidth(24) << Qt::left << it.key() << qSetFieldWidth(0)
                    << it.value() << "\n";
    return ExitSuccess;
}

} // namespace

void registerStoreCommands(CliApp& app)
{
    app.add(
        {QStringLiteral("init"), QStringLiteral("Create a store with reference data."), runInit});
    app.add({QStringLiteral("demo"), QStringLiteral("Create or refresh a demo store."), runDemo});
    app.add({QStringLiteral("info"),
             QStringLiteral("Schema and data versions, row counts, file size."), runInfo});
}

} // namespace centerdesk::cli
