// Sync-export to HQ: keygen, export, import-reference, hq-key, and the HQ
// commands (register-key, import, info, export-reference).
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "cliapp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace centerdesk::cli {

namespace {

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject object;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString countsText(const QMap<QString, qint64>& counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return parts.join(QStringLiteral(", "));
}

// A public key given as the base64 line or as the path of a .pub file.
QString publicKeyArgument(const QString& value)
{
    QFile file(value);
    if (!value.isEmpty() && file.exists() && file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.read(4096));
    return value;
}

core::Result<std::unique_ptr<core::Store>> openHqStore(const QString& path)
{
    core::StoreOptions options;
    options.createIfMissing = false;
    return core::Store::open(path, options);
}

int runKeygen(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates this store's Ed25519 key pair for signing packages to HQ (or, on the HQ store "
        "with --center HQ --workstation HQ, reference packages): DIR/workstation.key (readable "
        "by its owner only) and DIR/workstation.pub, and prints the public key in minisign's "
        "format. The default DIR is the store's path followed by '.keys'."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The key folder."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption center(QStringLiteral("center"),
                                    QStringLiteral("The workstation's Center (or HQ)."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption workstation(
        QStringLiteral("workstation"),
        QStringLiteral("The workstation id (1-16 letters or digits; default: the key id)."),
        QStringLiteral("ID"));
    parser.addOptions({out, center, workstation});
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    auto store = context.openStore(false);
    if (!store)
        return context.fail(store.error());
    const QString folder = parser.isSet(out)
                               ? parser.value(out)
                               : core::SyncService::defaultKeyFolder((*store)->path());
    core::SyncService sync(**store);
    const core::Result<core::SyncIdentity> identity =
        sync.generateKey(folder, parser.value(workstation), parser.value(center));
    if (!identity)
        return context.fail(identity.error());
    if (context.json) {
        context.printJson({{QStringLiteral("workstation"), identity->workstationId},
                           {QStringLiteral("center"), identity->centerCode},
                           {QStringLiteral("keyId"), identity->keyId},
                           {QStringLiteral("publicKey"), identity->publicKey},
                           {QStringLiteral("secretKeyFile"), identity->secretKeyPath}});
    } else {
        context.out << "untrusted comment: minisign public key " << identity->keyId << "\n"
                    << identity->publicKey << "\n";
        context.err << "Workstation " << identity->workstationId << " of " << identity->centerCode
                    << "; secret key in " << QDir::toNativeSeparators(identity->secretKeyPath)
                    << " (owner-only). Register the public key at HQ with: centerdesk-cli hq "
                       "register-key --hq-store PATH --center "
                    << identity->centerCode << " --workstation " << identity->workstationId
                    << " --public " << identity->publicKey << "\n";
    }
    return ExitSuccess;
}

void printExport(CliContext& context, const core::SyncExportResult& result)
{
    if (context.json) {
        context.printJson({{QStringLiteral("written"), result.written},
                           {QStringLiteral("package"), result.packagePath},
                           {QStringLiteral("signature"), result.signaturePath},
                           {QStringLiteral("seqFrom"), result.seqFrom},
                           {QStringLiteral("seqTo"), result.seqTo},
                           {QStringLiteral("full"), result.full},
                           {QStringLiteral("rows"), result.rows},
                           {QStringLiteral("counts"), countsJson(result.counts)}});
    } else if (!result.written) {
        context.out << "Nothing changed since the last package; nothing was written.\n";
    } else {
        context.out << "Wrote " << QDir::toNativeSeparators(result.packagePath) << " (changes "
                    << result.seqFrom << "-" << result.seqTo << ", " << result.rows
                    << " rows: " << countsText(result.counts) << ") and its signature.\n";
    }
}

int runExport(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(QStringLiteral(
        "Writes what changed since the last package into a signed package for HQ: "
        "CENTER-WORKSTATION-FROM-TO.cdpkg and its .minisig in DIR. --full exports every row. "
        "Administrators and the staff of the workstation's Center may export."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder to write to."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption full(QStringLiteral("full"),
                                  QStringLiteral("Export every synced row, not only changes."));
    command.parser.addOptions({out, full});
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    if (!command.parser.isSet(out))
        return context.usageError(QStringLiteral("Give --out DIR."), command.parser.helpText());
    core::SyncService sync(*command.store);
    const core::Result<core::SyncExportResult> result =
        sync.exportPackage(*command.actor, command.parser.value(out), command.parser.isSet(full));
    if (!result)
        return context.fail(result.error());
    printExport(context, *result);
    return ExitSuccess;
}

void printImport(CliContext& context, const QString& path, const core::SyncImportResult& result)
{
    if (context.json) {
        context.printJson({{QStringLiteral("package"), path},
                           {QStringLiteral("alreadyImported"), result.alreadyImported},
                           {QStringLiteral("center"), result.centerCode},
                           {QStringLiteral("workstation"), result.workstationId},
                           {QStringLiteral("seqFrom"), result.seqFrom},
                           {QStringLiteral("seqTo"), result.seqTo},
                           {QStringLiteral("rows"), result.rows},
                           {QStringLiteral("unchanged"), result.unchanged},
                           {QStringLiteral("counts"), countsJson(result.counts)}});
    } else if (result.alreadyImported) {
        context.out << QDir::toNativeSeparators(path) << ": already imported, nothing changed.\n";
    } else {
        context.out << QDir::toNativeSeparators(path) << ": applied changes " << result.seqFrom
                    << "-" << result.seqTo << " of " << result.centerCode << "/"
                    << result.workstationId << " (" << result.rows
                    << " rows: " << countsText(result.counts) << "; " << result.unchanged
                    << " already up to date).\n";
    }
}

int runImportReference(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Applies a reference package signed by HQ (reference data, service levels, workflow "
        "and statutory rule tables, directives) after checking its signature against the HQ "
        "key registered with 'hq-key set', its hash, schema and sequence."));
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), QStringLiteral("The .cdpkg file."));
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(QStringLiteral("Give one PACKAGE."), parser.helpText());
    auto store = context.openStore(false);
    if (!store)
        return context.fail(store.error());
    core::SyncService sync(**store);
    const QString path = parser.positionalArguments().first();
    const core::Result<core::SyncImportResult> result = sync.importReference(path);
    if (!result)
        return context.fail(result.error());
    printImport(context, path, *result);
    return ExitSuccess;
}

int runHqKey(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "hq-key set --public KEY: registers HQ's public key (minisign base64 line or .pub file) "
        "in this workstation store, for import-reference."));
    parser.addPositionalArgument(QStringLiteral("set"), QStringLiteral("The action."));
    const QCommandLineOption publicKey(QStringLiteral("public"),
                                       QStringLiteral("HQ's public key or .pub file."),
                                       QStringLiteral("KEY"));
    parser.addOption(publicKey);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (parser.positionalArguments() != QStringList{QStringLiteral("set")} ||
        !parser.isSet(publicKey))
        return context.usageError(QStringLiteral("Use: hq-key set --public KEY."),
                                  parser.helpText());
    auto store = context.openStore(false);
    if (!store)
        return context.fail(store.error());
    core::SyncService sync(**store);
    if (core::Status set = sync.setHqKey(publicKeyArgument(parser.value(publicKey))); !set)
        return context.fail(set.error());
    if (context.json)
        context.printJson({{QStringLiteral("ok"), true}});
    else
        context.out << "HQ key registered.\n";
    return ExitSuccess;
}

// --- hq -------------------------------------------------------------------

const QCommandLineOption hqStoreOption(QStringLiteral("hq-store"),
                                       QStringLiteral("The HQ consolidation store."),
                                       QStringLiteral("PATH"));

int runHqRegisterKey(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Registers a workstation's public key at HQ: packages signed with it are "
                       "accepted as that Center's workstation."));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("The Center."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption workstation(
        QStringLiteral("workstation"), QStringLiteral("The workstation id."), QStringLiteral("ID"));
    const QCommandLineOption publicKey(QStringLiteral("public"),
                                       QStringLiteral("The public key or .pub file."),
                                       QStringLiteral("KEY"));
    parser.addOptions({hqStoreOption, center, workstation, publicKey});
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    for (const QCommandLineOption* option : {&hqStoreOption, &center, &workstation, &publicKey}) {
        if (!parser.isSet(*option)) {
            return context.usageError(
                QStringLiteral("Give --hq-store, --center, --workstation and --public."),
                parser.helpText());
        }
    }
    auto store = openHqStore(parser.value(hqStoreOption));
    if (!store)
        return context.fail(store.error());
    core::SyncService sync(**store);
    if (core::Status registered = sync.registerKey(parser.value(center), parser.value(workstation),
                                                   publicKeyArgument(parser.value(publicKey)));
        !registered)
        return context.fail(registered.error());
    if (context.json)
        context.printJson({{QStringLiteral("ok"), true}});
    else
        context.out << "Key registered for " << parser.value(center).toUpper() << "/"
                    << parser.value(workstation).toUpper() << ".\n";
    return ExitSuccess;
}

int runHqImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports workstation packages into the HQ store, each after checking its size, "
        "signature, payload hash, schema, sequence and lines, in one transaction; a refused "
        "package changes nothing. Packages are applied in the order given; the first refusal "
        "stops."));
    parser.addOption(hqStoreOption);
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), QStringLiteral("The .cdpkg files."),
                                 QStringLiteral("PACKAGE..."));
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.isSet(hqStoreOption) || parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("Give --hq-store PATH and at least one PACKAGE."),
                                  parser.helpText());
    auto store = openHqStore(parser.value(hqStoreOption));
    if (!store)
        return context.fail(store.error());
    core::SyncService sync(**store);
    QJsonArray imported;
    for (const QString& path : parser.positionalArguments()) {
        const core::Result<core::SyncImportResult> result = sync.importPackage(path);
        if (!result)
            return context.fail(result.error());
        if (context.json) {
            imported.append(
                QJsonObject{{QStringLiteral("package"), path},
                            {QStringLiteral("alreadyImported"), result->alreadyImported},
                            {QStringLiteral("center"), result->centerCode},
                            {QStringLiteral("workstation"), result->workstationId},
                            {QStringLiteral("seqFrom"), result->seqFrom},
                            {QStringLiteral("seqTo"), result->seqTo},
                            {QStringLiteral("rows"), result->rows},
                            {QStringLiteral("unchanged"), result->unchanged},
                            {QStringLiteral("counts"), countsJson(result->counts)}});
        } else {
            printImport(context, path, *result);
        }
    }
    if (context.json)
        context.printJson({{QStringLiteral("imported"), imported}});
    return ExitSuccess;
}

int runHqInfo(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows the registered workstations, the last change applied from each, and the "
        "accounts and cases per Center in the HQ store."));
    parser.addOption(hqStoreOption);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.isSet(hqStoreOption))
        return context.usageError(QStringLiteral("Give --hq-store PATH."), parser.helpText());
    auto store = openHqStore(parser.value(hqStoreOption));
    if (!store)
        return context.fail(store.error());
    core::SyncService sync(**store);
    const core::Result<core::SyncHqInfo> info = sync.hqInfo();
    if (!info)
        return context.fail(info.error());
    if (context.json) {
        QJsonArray workstations;
        for (const core::SyncWorkstationInfo& ws : info->workstations) {
            workstations.append(QJsonObject{{QStringLiteral("center"), ws.centerCode},
                                            {QStringLiteral("workstation"), ws.workstationId},
                                            {QStringLiteral("keyId"), ws.keyId},
                                            {QStringLiteral("lastSeq"), ws.lastSeq},
                                            {QStringLiteral("packages"), ws.packages},
                                            {QStringLiteral("historyEntries"), ws.historyEntries},
                                            {QStringLiteral("lastImportedAt"), ws.lastImportedAt}});
        }
        context.printJson({{QStringLiteral("workstations"), workstations},
                           {QStringLiteral("accounts"), countsJson(info->accountsPerCenter)},
                           {QStringLiteral("cases"), countsJson(info->casesPerCenter)}});
        return ExitSuccess;
    }
    context.out << "Workstations:\n";
    for (const core::SyncWorkstationInfo& ws : info->workstations) {
        context.out << "  " << ws.centerCode << "/" << ws.workstationId << " key " << ws.keyId
                    << ": " << ws.packages << " packages, changes up to " << ws.lastSeq << ", "
                    << ws.historyEntries << " history entries, last at "
                    << (ws.lastImportedAt.isEmpty() ? QStringLiteral("-") : ws.lastImportedAt)
                    << "\n";
    }
    context.out << "Accounts per Center: " << countsText(info->accountsPerCenter) << "\n";
    context.out << "Cases per Center: " << countsText(info->casesPerCenter) << "\n";
    return ExitSuccess;
}

int runHqExportReference(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a reference package signed with the HQ store's key (keygen --center HQ "
        "--workstation HQ): reference data (built in, or --reference-data FILE), the HQ store's "
        "service levels, and documents given as --document KIND:FILE (KIND: workflow, "
        "statutory-rules, directive)."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The folder to write to."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption referenceData(QStringLiteral("reference-data"),
                                           QStringLiteral("A reference data JSON file."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption document(QStringLiteral("document"),
                                      QStringLiteral("A document to send down (repeatable)."),
                                      QStringLiteral("KIND:FILE"));
    parser.addOptions({hqStoreOption, out, referenceData, document});
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.isSet(hqStoreOption) || !parser.isSet(out))
        return context.usageError(QStringLiteral("Give --hq-store PATH and --out DIR."),
                                  parser.helpText());
    auto store = openHqStore(parser.value(hqStoreOption));
    if (!store)
        return context.fail(store.error());
    core::SyncService sync(**store);
    const core::Result<core::SyncExportResult> result = sync.exportReference(
        parser.value(out), parser.value(referenceData), parser.values(document));
    if (!result)
        return context.fail(result.error());
    printExport(context, *result);
    return ExitSuccess;
}

int runHq(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("register-key"))
        return runHqRegisterKey(context, rest);
    if (sub == QLatin1String("import"))
        return runHqImport(context, rest);
    if (sub == QLatin1String("info"))
        return runHqInfo(context, rest);
    if (sub == QLatin1String("export-reference"))
        return runHqExportReference(context, rest);
    const QString help = QStringLiteral(
        "Usage: centerdesk-cli hq SUBCOMMAND --hq-store PATH ...\n"
        "  register-key --center CODE --workstation ID --public KEY\n"
        "  import PACKAGE...\n"
        "  info\n"
        "  export-reference --out DIR [--reference-data FILE] [--document KIND:FILE]...\n");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << help;
        return ExitSuccess;
    }
    return context.usageError(QStringLiteral("Unknown hq subcommand '%1'.").arg(sub), help);
}

} // namespace

void registerSyncCommands(CliApp& app)
{
    app.add({QStringLiteral("keygen"),
             QStringLiteral("Create the store's key pair for signed packages to HQ."), runKeygen});
    app.add({QStringLiteral("export"),
             QStringLiteral("Write the changes since the last package to a signed package."),
             runExport});
    app.add({QStringLiteral("hq-key"),
             QStringLiteral("Register HQ's public key (hq-key set --public KEY)."), runHqKey});
    app.add({QStringLiteral("import-reference"),
             QStringLiteral("Apply a reference package signed by HQ."), runImportReference});
    app.add({QStringLiteral("hq"),
             QStringLiteral("HQ: register-key, import, info, export-reference."), runHq});
}

} // namespace centerdesk::cli
