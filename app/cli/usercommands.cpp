// user add | list | disable | enable | passwd: user administration.
#include "centerdesk/core/userservice.h"
#include "cliapp.h"

#include <QJsonArray>

namespace centerdesk::cli {

namespace {

QJsonObject userJson(const core::User& user)
{
    QJsonArray roles;
    for (const core::RoleAssignment& role : user.roles) {
        QJsonObject json{{QStringLiteral("role"), core::roleName(role.role)}};
        if (!role.centerCode.isEmpty())
            json.insert(QStringLiteral("center"), role.centerCode);
        if (!role.portCode.isEmpty())
            json.insert(QStringLiteral("port"), role.portCode);
        roles.append(json);
    }
    return {{QStringLiteral("name"), user.name},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("disabled"), user.disabled},
            {QStringLiteral("locked"),
             user.lockedUntil.isValid() && user.lockedUntil > QDateTime::currentDateTimeUtc()},
            {QStringLiteral("roles"), roles}};
}

int reportStatus(CliContext& context, const core::Status& status, const QString& done,
                 const QJsonObject& json)
{
    if (!status)
        return context.fail(status.error());
    if (context.json)
        context.printJson(json);
    else
        context.out << done << "\n";
    return ExitSuccess;
}

int runAdd(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral(
            "Adds a user. Standard input: the new user's password on the first line, the acting "
            "administrator's password on the second.\nROLE is one of: %1.")
            .arg(core::roleNames().join(QStringLiteral(", "))));
    command.parser.addPositionalArgument(QStringLiteral("NAME"),
                                         QStringLiteral("The new user's name."));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("The user's role."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption center(QStringLiteral("center"),
                                    QStringLiteral("The Center (for center-staff)."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("The port (for port-official and fpf-officer)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         QStringLiteral("The name shown to people."),
                                         QStringLiteral("TEXT"));
    command.parser.addOption(role);
    command.parser.addOption(center);
    command.parser.addOption(port);
    command.parser.addOption(displayName);
    QByteArray newPassword;
    const int stop = command.prepare(context, arguments, 1, [&](core::Store& store) {
        newPassword = context.readStdinLine();
        return context.signIn(store, command.parser.value(command.signIn.user));
    });
    if (stop >= 0)
        return stop;
    const std::optional<core::Role> parsedRole = core::roleFromName(command.parser.value(role));
    if (!parsedRole) {
        return context.usageError(QStringLiteral("--role must be one of: %1.")
                                      .arg(core::roleNames().join(QStringLiteral(", "))),
                                  command.parser.helpText());
    }
    const QString name = command.parser.positionalArguments().at(0);
    core::NewUser newUser{name,
                          command.parser.isSet(displayName) ? command.parser.value(displayName)
                                                            : name,
                          newPassword,
                          {core::RoleAssignment{*parsedRole, command.parser.value(center).toUpper(),
                                                command.parser.value(port)}}};
    core::UserService users(*command.store);
    const core::Result<core::User> added = users.addUser(*command.actor, newUser);
    if (!added)
        return context.fail(added.error());
    return reportStatus(
        context, {},
        QStringLiteral("Added user %1 (%2)").arg(added->name, added->roles.first().describe()),
        userJson(*added));
}

int runList(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(QStringLiteral("Lists the users with their roles."));
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    core::UserService users(*command.store);
    const core::Result<QList<core::User>> all = users.users(*command.actor);
    if (!all)
        return context.fail(all.error());
    if (context.json) {
        QJsonArray array;
        for (const core::User& user : *all)
            array.append(userJson(user));
        context.printJson({{QStringLiteral("users"), array}});
        return ExitSuccess;
    }
    for (const core::User& user : *all) {
        QStringList roles;
        for (const core::RoleAssignment& role : user.roles)
            roles << role.describe();
        context.out << qSetFieldWidth(20) << Qt::left << user.name << qSetFieldWidth(0)
                    << roles.join(QStringLiteral(", ")) << (user.disabled ? "  [disabled]" : "")
                    << "\n";
    }
    return ExitSuccess;
}

int runSetDisabled(CliContext& context, const QStringList& arguments, bool disabled)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        disabled ? QStringLiteral("Disables a user: they can no longer sign in.")
                 : QStringLiteral("Enables a disabled user again."));
    command.parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The user."));
    if (const int stop = command.prepare(context, arguments, 1); stop >= 0)
        return stop;
    const QString name = command.parser.positionalArguments().at(0);
    core::UserService users(*command.store);
    return reportStatus(
        context, users.setDisabled(*command.actor, name, disabled),
        (disabled ? QStringLiteral("Disabled %1") : QStringLiteral("Enabled %1")).arg(name),
        {{QStringLiteral("name"), name}, {QStringLiteral("disabled"), disabled}});
}

int runPasswd(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(QStringLiteral(
        "Sets a user's password. Standard input: the new password on the first line, the acting "
        "user's password on the second. Administrators set anyone's; others only their own."));
    command.parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The user."));
    QByteArray newPassword;
    const int stop = command.prepare(context, arguments, 1, [&](core::Store& store) {
        newPassword = context.readStdinLine();
        return context.signIn(store, command.parser.value(command.signIn.user));
    });
    if (stop >= 0)
        return stop;
    const QString name = command.parser.positionalArguments().at(0);
    core::UserService users(*command.store);
    return reportStatus(
        context, users.setPassword(*command.actor, name, newPassword),
        QStringLiteral("Set the password of %1").arg(name),
        {{QStringLiteral("name"), name}, {QStringLiteral("passwordChanged"), true}});
}

const QString userHelp = QStringLiteral(
    "Usage: centerdesk-cli [--store PATH] [--json] user SUBCOMMAND [ARGS] --user NAME "
    "--password-stdin\n\n"
    "Subcommands:\n"
    "  add NAME --role ROLE [--center CODE] [--port CODE]   Add a user.\n"
    "  list                                               List users and roles.\n"
    "  disable NAME                                       Stop a user from signing in.\n"
    "  enable NAME                                        Let a disabled user sign in again.\n"
    "  passwd NAME                                        Set a user's password.\n\n"
    "'centerdesk-cli user SUBCOMMAND --help' shows a subcommand's help.\n");

int runUser(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("add"))
        return runAdd(context, rest);
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("disable"))
        return runSetDisabled(context, rest, true);
    if (sub == QLatin1String("enable"))
        return runSetDisabled(context, rest, false);
    if (sub == QLatin1String("passwd"))
        return runPasswd(context, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << userHelp;
        return ExitSuccess;
    }
    return context.usageError(sub.isEmpty()
                                  ? QStringLiteral("user needs a subcommand.")
                                  : QStringLiteral("Unknown subcommand 'user %1'.").arg(sub),
                              userHelp);
}

} // namespace

void registerUserCommands(CliApp& app)
{
    app.add({QStringLiteral("user"), QStringLiteral("Add, list, disable users; set passwords."),
             runUser});
}

} // namespace centerdesk::cli
