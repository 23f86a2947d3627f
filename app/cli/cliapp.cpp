#include "cliapp.h"

#include "centerdesk/core/versions.h"

#include <algorithm>

namespace centerdesk::cli {

CliApp::CliApp()
{
    registerStoreCommands(*this);
    registerValidateCommand(*this);
    registerUserCommands(*this);
    registerAccountCommands(*this);
    registerCaseCommands(*this);
    registerSyncCommands(*this);
    registerGenerateCommand(*this);
    registerCalendarCommands(*this);
    registerVerifyCommand(*this);
    registerBackupCommands(*this);
    registerStressCommand(*this);
}

void CliApp::add(Command command)
{
    m_commands.push_back(std::move(command));
}

QString CliApp::helpText() const
{
    QString text = QStringLiteral(
        "Usage: centerdesk-cli [--store PATH] [--json] COMMAND [ARGS]\n"
        "CenterDesk administration and automation.\n\n"
        "Global options:\n"
        "  --store PATH   The store file (default: the platform's application data folder).\n"
        "  --json         Print exactly one JSON document on standard output.\n"
        "  -h, --help     Show this help; 'centerdesk-cli COMMAND --help' shows a command's.\n"
        "  -v, --version  Show the version of CenterDesk and its libraries.\n\n"
        "Commands:\n");
    for (const Command& command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command.name, -14).arg(command.summary);
    text += QStringLiteral("\nExit codes: 0 success, 1 invalid input or failed check, 2 usage "
                           "error, 3 store or I/O error.\n");
    return text;
}

int CliApp::run(const QStringList& arguments, QTextStream& out, QTextStream& err) const
{
    CliContext context(out, err);
    qsizetype index = 1;
    // Global options stand before the command; everything after it is the command's.
    for (; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument == QLatin1String("--json")) {
            context.json = true;
        } else if (argument == QLatin1String("--store")) {
            if (index + 1 >= arguments.size())
                return context.usageError(QStringLiteral("--store needs a PATH."), helpText());
            context.storePath = arguments.at(++index);
        } else if (argument.startsWith(QLatin1String("--store="))) {
            context.storePath = argument.mid(8);
        } else if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << helpText();
            return ExitSuccess;
        } else if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            const core::ComponentVersions versions = core::componentVersions();
            if (context.json) {
                context.printJson({{QStringLiteral("centerdesk"), versions.centerdesk},
                                   {QStringLiteral("qt"), versions.qtRuntime},
                                   {QStringLiteral("sqlite"), versions.sqlite},
                                   {QStringLiteral("libsodium"), versions.sodium},
                                   {QStringLiteral("boost"), versions.boost}});
            } else {
                out << "centerdesk-cli " << versions.centerdesk << " (Qt " << versions.qtRuntime
                    << ", SQLite " << versions.sqlite << ", libsodium " << versions.sodium
                    << ", Boost " << versions.boost << ")\n";
            }
            return ExitSuccess;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return context.usageError(QStringLiteral("Unknown option %1.").arg(argument),
                                      helpText());
        } else {
            break;
        }
    }
    if (index >= arguments.size())
        return context.usageError(QStringLiteral("No command given."), helpText());

    const QString name = arguments.at(index);
    const auto command = std::find_if(m_commands.begin(), m_commands.end(),
                                      [&](const Command& c) { return c.name == name; });
    if (command == m_commands.end())
        return context.usageError(QStringLiteral("Unknown command '%1'.").arg(name), helpText());
    return command->run(context, arguments.mid(index));
}

} // namespace centerdesk::cli
