// backup [--out FILE] | backup list | backup keep, and restore --from FILE.
#include "centerdesk/core/backupservice.h"
#include "cliapp.h"

#include <QFileInfo>
#include <QJsonArray>

namespace centerdesk::cli {

namespace {

QJsonObject entryJson(const core::BackupEntry& entry)
{
    return {{QStringLiteral("path"), entry.path},
            {QStringLiteral("created"), entry.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("sizeBytes"), entry.sizeBytes},
            {QStringLiteral("kind"), core::backupKindName(entry.kind)}};
}

int runList(CliContext& context, core::Store& store)
{
    core::BackupService backups(store);
    const core::Result<QList<core::BackupEntry>> entries = backups.list();
    if (!entries)
        return context.fail(entries.error());
    const core::BackupPolicy policy = backups.policy();
    if (context.json) {
        QJsonArray list;
        for (const core::BackupEntry& entry : *entries)
            list.append(entryJson(entry));
        context.printJson({{QStringLiteral("folder"), backups.folder()},
                           {QStringLiteral("keepDaily"), policy.keepDaily},
                           {QStringLiteral("keepWeekly"), policy.keepWeekly},
                           {QStringLiteral("backups"), list}});
        return ExitSuccess;
    }
    context.out << "Backups in " << backups.folder() << " (keeping " << policy.keepDaily
                << " daily, " << policy.keepWeekly << " weekly):\n";
    if (entries->isEmpty())
        context.out << "  none yet\n";
    for (const core::BackupEntry& entry : *entries)
        context.out << "  " << entry.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                    << "  " << qSetFieldWidth(14) << Qt::left << core::backupKindName(entry.kind)
                    << qSetFieldWidth(12) << Qt::right << entry.sizeBytes << qSetFieldWidth(0)
                    << Qt::left << "  " << QFileInfo(entry.path).fileName() << "\n";
    return ExitSuccess;
}

int runKeep(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Sets how many automatic backups the rotation keeps (administrators)."));
    const QCommandLineOption daily(QStringLiteral("daily"),
                                   QStringLiteral("Daily backups to keep (0-365, default 7)."),
                                   QStringLiteral("N"));
    const QCommandLineOption weekly(QStringLiteral("weekly"),
                                    QStringLiteral("Weekly backups to keep (0-365, default 4)."),
                                    QStringLiteral("N"));
    command.parser.addOption(daily);
    command.parser.addOption(weekly);
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    core::BackupService backups(*command.store);
    core::BackupPolicy policy = backups.policy();
    for (const auto& [option, target] :
         {std::pair{&daily, &policy.keepDaily}, std::pair{&weekly, &policy.keepWeekly}}) {
        if (!command.parser.isSet(*option))
            continue;
        bool ok = false;
        *target = command.parser.value(*option).toInt(&ok);
        if (!ok)
            return context.usageError(
                QStringLiteral("--%1 takes a number.").arg(option->names().constFirst()),
                command.parser.helpText());
    }
    if (const core::Status set = backups.setPolicy(*command.actor, policy); !set)
        return context.fail(set.error());
    if (const core::Status rotated = backups.rotate(); !rotated)
        return context.fail(rotated.error());
    if (context.json)
        context.printJson({{QStringLiteral("keepDaily"), policy.keepDaily},
                           {QStringLiteral("keepWeekly"), policy.keepWeekly}});
    else
        context.out << "Keeping " << policy.keepDaily << " daily and " << policy.keepWeekly
                    << " weekly backups.\n";
    return ExitSuccess;
}

int runBackup(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("keep"))
        return runKeep(context, arguments.mid(1));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Backs the store up with SQLite's backup API while it may be in use; the copy is "
        "checked (integrity check, schema version) before it gets its name.\n"
        "  backup                 a backup into the folder beside the store (<store>.backups)\n"
        "  backup --out FILE      a backup to FILE (never over an existing file)\n"
        "  backup list            the backups in the folder and the rotation\n"
        "  backup keep --daily N --weekly N --user NAME --password-stdin\n"
        "                         how many automatic backups to keep (administrators)\n"
        "No sign-in is needed to back up: whoever can read the store file can copy it. "
        "Automatic backups are made at the first start of a day and before every upgrade."));
    parser.addPositionalArgument(QStringLiteral("list"), QStringLiteral("List the backups."),
                                 QStringLiteral("[list]"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the backup to FILE."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    const QStringList positional = parser.positionalArguments();
    const bool list = positional == QStringList{QStringLiteral("list")};
    if (!positional.isEmpty() && !list)
        return context.usageError(
            QStringLiteral("Unknown backup argument %1.").arg(positional.at(0)), parser.helpText());
    if (list && parser.isSet(out))
        return context.usageError(QStringLiteral("backup list takes no --out."), parser.helpText());
    auto store = context.openStore(false);
    if (!store)
        return context.fail(store.error());
    if (list)
        return runList(context, **store);
    core::BackupService backups(**store);
    const core::Result<core::BackupEntry> entry =
        parser.isSet(out) ? backups.backupTo(parser.value(out)) : backups.backupNow();
    if (!entry)
        return context.fail(entry.error());
    if (context.json)
        context.printJson(entryJson(*entry));
    else
        context.out << "Backed up " << (*store)->path() << " to " << entry->path << " ("
                    << entry->sizeBytes << " bytes, checked)\n";
    return ExitSuccess;
}

int runRestore(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Replaces the store with a backup. Refuses a file that is not a sound CenterDesk store "
        "or that a newer CenterDesk wrote. The backup is copied beside the store, checked, and "
        "moved over the store in one step; the replaced store is kept as "
        "<store>.replaced-<date>-<time>. Needs an administrator of the store being replaced "
        "(--user NAME --password-stdin), unless there is no store yet or it is too damaged to "
        "open. Close every CenterDesk window using the store first."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The backup file."),
                                  QStringLiteral("FILE"));
    parser.addOption(from);
    SignInOptions signIn;
    signIn.addTo(parser);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("restore takes no arguments."), parser.helpText());
    if (!parser.isSet(from))
        return context.usageError(QStringLiteral("restore needs --from FILE."), parser.helpText());
    const QString path = QFileInfo(context.effectiveStorePath()).absoluteFilePath();
    // Check the backup before asking for anything else.
    if (const core::Result<int> checked = core::BackupService::checkBackupFile(parser.value(from));
        !checked)
        return context.fail(checked.error());
    if (QFileInfo::exists(path)) {
        core::StoreOptions options;
        options.createIfMissing = false;
        auto store = core::Store::open(path, std::move(options));
        const bool unreadable = !store && (store.error().rule == QLatin1String("damaged") ||
                                           store.error().rule == QLatin1String("not-a-database"));
        if (!store && !unreadable)
            return context.fail(store.error());
        if (store) {
            if (const QString missing = signIn.missing(parser); !missing.isEmpty())
                return context.usageError(missing, parser.helpText());
            const core::Result<core::Actor> actor =
                context.signIn(**store, parser.value(signIn.user));
            if (!actor)
                return context.fail(actor.error());
            if (const core::Status allowed = core::BackupService::authorizeRestore(*actor);
                !allowed)
                return context.fail(allowed.error());
        }
    }
    const core::Result<core::RestoreReport> report =
        core::BackupService::restore(path, parser.value(from), QDateTime::currentDateTime());
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        context.printJson(
            {{QStringLiteral("ok"), true},
             {QStringLiteral("store"), report->storePath},
             {QStringLiteral("from"), QFileInfo(parser.value(from)).absoluteFilePath()},
             {QStringLiteral("schemaVersion"), report->schemaVersion},
             {QStringLiteral("replaced"), report->replacedPath}});
    } else {
        context.out << "Restored " << report->storePath << " from " << parser.value(from)
                    << " (schema " << report->schemaVersion << ").\n";
        if (!report->replacedPath.isEmpty())
            context.out << "The replaced store was kept as " << report->replacedPath << "\n";
    }
    return ExitSuccess;
}

} // namespace

void registerBackupCommands(CliApp& app)
{
    app.add({QStringLiteral("backup"),
             QStringLiteral("Back the store up (checked copy), list backups, set the rotation."),
             runBackup});
    app.add({QStringLiteral("restore"),
             QStringLiteral("Replace the store with a checked backup (administrators)."),
             runRestore});
}

} // namespace centerdesk::cli
