#include "clicontext.h"

#include "centerdesk/core/backupservice.h"
#include "centerdesk/core/storepaths.h"
#include "centerdesk/core/userservice.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace centerdesk::cli {

CliContext::CliContext(QTextStream& outStream, QTextStream& errStream)
    : out(outStream)
    , err(errStream)
    , m_stdin(stdin)
{}

QByteArray CliContext::readStdinLine()
{
    QString line = m_stdin.readLine();
    return line.toUtf8();
}

core::Result<core::Actor> CliContext::signIn(core::Store& store, const QString& userName)
{
    core::UserService users(store);
    return users.signIn(userName, readStdinLine());
}

QString SignInOptions::missing(const QCommandLineParser& parser) const
{
    if (!parser.isSet(user) || parser.value(user).isEmpty())
        return QStringLiteral(
            "This command acts as a user: give --user NAME and --password-stdin.");
    if (!parser.isSet(passwordStdin))
        return QStringLiteral("Give --password-stdin and the password on standard input.");
    return {};
}

QString CliContext::effectiveStorePath() const
{
    return storePath.isEmpty() ? core::defaultStorePath() : storePath;
}

core::Result<std::unique_ptr<core::Store>> CliContext::openStore(bool create) const
{
    core::StoreOptions options;
    options.createIfMissing = create;
    const bool existed = QFileInfo::exists(effectiveStorePath());
    auto store = core::Store::open(effectiveStorePath(), std::move(options));
    // The first command of a day backs an existing store up; a failed backup
    // is reported but does not stop the command.
    if (store && existed) {
        core::BackupService backups(**store);
        if (const auto daily = backups.runDailyIfDue(); !daily)
            err << "centerdesk-cli: warning: " << daily.error().message << Qt::endl;
    }
    return store;
}

void CliContext::printJson(const QJsonObject& document) const
{
    out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    out.flush();
}

namespace {

QString kindName(core::ErrorKind kind)
{
    switch (kind) {
    case core::ErrorKind::InvalidInput:
        return QStringLiteral("invalid-input");
    case core::ErrorKind::PermissionDenied:
        return QStringLiteral("permission-denied");
    case core::ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case core::ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case core::ErrorKind::Store:
        return QStringLiteral("store");
    case core::ErrorKind::Io:
        return QStringLiteral("io");
    }
    return QStringLiteral("unknown");
}

} // namespace

int CliContext::fail(const core::Error& error) const
{
    const bool storeProblem =
        error.kind == core::ErrorKind::Store || error.kind == core::ErrorKind::Io;
    const int code = storeProblem ? ExitStore : ExitInvalid;
    err << "centerdesk-cli: " << error.message << Qt::endl;
    if (json) {
        QJsonObject details{{QStringLiteral("kind"), kindName(error.kind)},
                            {QStringLiteral("rule"), error.rule},
                            {QStringLiteral("message"), error.message}};
        if (!error.field.isEmpty())
            details.insert(QStringLiteral("field"), error.field);
        printJson({{QStringLiteral("ok"), false}, {QStringLiteral("error"), details}});
    }
    return code;
}

int CliContext::usageError(const QString& message, const QString& help) const
{
    err << "centerdesk-cli: " << message << "\n\n" << help;
    err.flush();
    return ExitUsage;
}

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QStringLiteral("The store file (default: %1).").arg(core::defaultStorePath()),
        QStringLiteral("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON document on stdout."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help."));
    parser.addOption(storeOption);
    parser.addOption(jsonOption);
    parser.addOption(helpOption);
    if (!parser.parse(arguments))
        return context.usageError(parser.errorText(), parser.helpText());
    if (parser.isSet(helpOption)) {
        context.out << parser.helpText();
        context.out.flush();
        return ExitSuccess;
    }
    if (parser.isSet(storeOption))
        context.storePath = parser.value(storeOption);
    if (parser.isSet(jsonOption))
        context.json = true;
    return -1;
}

int SignedInCommand::prepare(
    CliContext& context, const QStringList& arguments, qsizetype positionalCount,
    const std::function<core::Result<core::Actor>(core::Store&)>& authenticate)
{
    signIn.addTo(parser);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (parser.positionalArguments().size() != positionalCount)
        return context.usageError(QStringLiteral("Wrong number of arguments."), parser.helpText());
    if (const QString missing = signIn.missing(parser); !missing.isEmpty())
        return context.usageError(missing, parser.helpText());
    auto opened = context.openStore(false);
    if (!opened)
        return context.fail(opened.error());
    store = std::move(opened).value();
    core::Result<core::Actor> signedIn =
        authenticate ? authenticate(*store) : context.signIn(*store, parser.value(signIn.user));
    if (!signedIn)
        return context.fail(signedIn.error());
    actor = std::move(signedIn).value();
    return -1;
}

} // namespace centerdesk::cli
