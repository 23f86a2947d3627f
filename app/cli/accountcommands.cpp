// account import | list | show | tier: importer accounts and their tiers.
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/accountservice.h"
#include "cliapp.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace centerdesk::cli {

namespace {

QJsonObject summaryJson(const core::AccountSummary& account)
{
    return {{QStringLiteral("name"), account.name},
            {QStringLiteral("ior"), account.iorNumber},
            {QStringLiteral("center"), account.centerCode},
            {QStringLiteral("nam"), account.namName},
            {QStringLiteral("size"), core::sizeClassName(account.sizeClass)},
            {QStringLiteral("tier"), core::tierName(account.tier)}};
}

QJsonValue dateJson(const QDate& date)
{
    return date.isNull() ? QJsonValue() : QJsonValue(date.toString(Qt::ISODate));
}

int runImport(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Imports accounts from a CSV file (UTF-8, header row), all or nothing: one "
                       "bad line and nothing is written; every bad line is reported with its "
                       "number, field and rule.\nColumns: %1.")
            .arg(core::AccountImporter::columns().join(QStringLiteral(", "))));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("The CSV file."),
                                 QStringLiteral("FILE"));
    command.parser.addOption(csv);
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    if (!command.parser.isSet(csv))
        return context.usageError(QStringLiteral("Give --csv FILE."), command.parser.helpText());

    QElapsedTimer timer;
    timer.start();
    core::AccountImporter importer(*command.store);
    const core::Result<core::ImportReport> report =
        importer.importFile(*command.actor, command.parser.value(csv));
    if (!report)
        return context.fail(report.error());
    const qint64 elapsed = timer.elapsed();
    if (context.json) {
        QJsonArray problems;
        for (const core::ImportProblem& problem : report->problems) {
            problems.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                        {QStringLiteral("field"), problem.field},
                                        {QStringLiteral("rule"), problem.rule},
                                        {QStringLiteral("message"), problem.message}});
        }
        context.printJson({{QStringLiteral("ok"), report->ok()},
                           {QStringLiteral("records"), report->records},
                           {QStringLiteral("imported"), report->imported},
                           {QStringLiteral("milliseconds"), elapsed},
                           {QStringLiteral("problems"), problems}});
    } else if (report->ok()) {
        context.out << "Imported " << report->imported << " accounts in " << elapsed << " ms\n";
    } else {
        context.err << "centerdesk-cli: the import was refused; nothing was written. "
                    << report->problems.size() << " problem(s):\n";
        for (const core::ImportProblem& problem : report->problems) {
            context.err << "  line " << problem.line << ", " << problem.field << " ["
                        << problem.rule << "]: " << problem.message << "\n";
        }
    }
    return report->ok() ? ExitSuccess : ExitInvalid;
}

int runList(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Lists the accounts the user may see, with today's tier."));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("Only this Center."),
                                    QStringLiteral("CODE"));
    const QCommandLineOption nam(QStringLiteral("nam"),
                                 QStringLiteral("Only this NAM's portfolio."),
                                 QStringLiteral("NAME"));
    command.parser.addOption(center);
    command.parser.addOption(nam);
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    core::AccountFilter filter;
    filter.centerCode = command.parser.value(center).toUpper();
    filter.namName = command.parser.value(nam);
    core::AccountService accounts(*command.store);
    const core::Result<QList<core::AccountSummary>> found = accounts.list(*command.actor, filter);
    if (!found)
        return context.fail(found.error());
    if (context.json) {
        QJsonArray array;
        for (const core::AccountSummary& account : *found)
            array.append(summaryJson(account));
        context.printJson(
            {{QStringLiteral("accounts"), array}, {QStringLiteral("count"), found->size()}});
        return ExitSuccess;
    }
    for (const core::AccountSummary& account : *found) {
        context.out << qSetFieldWidth(14) << Qt::left << account.iorNumber << qSetFieldWidth(5)
                    << account.centerCode << qSetFieldWidth(16) << core::tierName(account.tier)
                    << qSetFieldWidth(0) << account.name
                    << (account.namName.isEmpty()
                            ? QString()
                            : QStringLiteral(" (NAM %1)").arg(account.namName))
                    << "\n";
    }
    context.out << found->size() << " account(s)\n";
    return ExitSuccess;
}

int runShow(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Shows an account: programs, tier history, contacts, certifications, "
                       "preferred exam location, NAM and history."));
    command.parser.addPositionalArgument(QStringLiteral("IOR"),
                                         QStringLiteral("The importer number."));
    if (const int stop = command.prepare(context, arguments, 1); stop >= 0)
        return stop;
    core::AccountService accounts(*command.store);
    const core::Result<core::Account> account =
        accounts.get(*command.actor, command.parser.positionalArguments().at(0));
    if (!account)
        return context.fail(account.error());
    const core::Result<QList<core::HistoryEntry>> history =
        accounts.history(*command.actor, account->uuid);
    if (!history)
        return context.fail(history.error());
    const QDate today = QDate::currentDate();
    const QList<core::TierPeriod> tiers = core::ServiceTiers::timeline(account->programs);
    if (context.json) {
        QJsonArray programs;
        for (const core::PartnerProgram& program : account->programs) {
            QJsonObject json{{QStringLiteral("program"), core::programName(program.kind)},
                             {QStringLiteral("from"), dateJson(program.from)},
                             {QStringLiteral("to"), dateJson(program.to)}};
            if (program.kind == core::ProgramKind::Ctpat)
                json.insert(QStringLiteral("tier"), program.ctpatTier);
            programs.append(json);
        }
        QJsonArray tierHistory;
        for (const core::TierPeriod& period : tiers) {
            tierHistory.append(QJsonObject{{QStringLiteral("tier"), core::tierName(period.tier)},
                                           {QStringLiteral("from"), dateJson(period.from)},
                                           {QStringLiteral("to"), dateJson(period.to)}});
        }
        QJsonArray contacts;
        for (const core::Contact& contact : account->contacts) {
            contacts.append(
                QJsonObject{{QStringLiteral("name"), contact.name},
                            {QStringLiteral("role"), contact.role},
                            {QStringLiteral("email"), contact.email},
                            {QStringLiteral("phone"), contact.phone},
                            {QStringLiteral("problemResolution"), contact.problemResolution}});
        }
        QJsonArray certifications;
        for (const core::Certification& certification : account->certifications) {
            certifications.append(
                QJsonObject{{QStringLiteral("kind"), certification.kind},
                            {QStringLiteral("pga"), certification.pgaCode},
                            {QStringLiteral("from"), dateJson(certification.validFrom)},
                            {QStringLiteral("to"), dateJson(certification.validTo)}});
        }
        QJsonArray events;
        for (const core::HistoryEntry& entry : *history) {
            events.append(QJsonObject{{QStringLiteral("at"), entry.storedAt},
                                      {QStringLiteral("actor"), entry.actor},
                                      {QStringLiteral("kind"), entry.kind},
                                      {QStringLiteral("detail"), entry.detail}});
        }
        context.printJson({{QStringLiteral("name"), account->name},
                           {QStringLiteral("ior"), account->iorNumber},
                           {QStringLiteral("center"), account->centerCode},
                           {QStringLiteral("nam"), account->namName},
                           {QStringLiteral("size"), core::sizeClassName(account->sizeClass)},
                           {QStringLiteral("tier"), core::tierName(account->tierOn(today))},
                           {QStringLiteral("examPort"), account->examPortCode},
                           {QStringLiteral("examFacility"), account->examFacility},
                           {QStringLiteral("programs"), programs},
                           {QStringLiteral("tierHistory"), tierHistory},
                           {QStringLiteral("contacts"), contacts},
                           {QStringLiteral("certifications"), certifications},
                           {QStringLiteral("history"), events}});
        return ExitSuccess;
    }
    context.out << account->name << "  " << account->iorNumber << "\n"
                << "Center " << account->centerCode << ", "
                << core::sizeClassLabel(account->sizeClass) << ", NAM "
                << (account->namName.isEmpty() ? QStringLiteral("-") : account->namName)
                << ", tier today: " << core::tierLabel(account->tierOn(today)) << "\n";
    if (!account->examPortCode.isEmpty())
        context.out << "Preferred exam location: " << account->examPortCode << " "
                    << account->examFacility << "\n";
    context.out << "Programs:\n";
    for (const core::PartnerProgram& program : account->programs)
        context.out << "  " << program.describe() << "\n";
    context.out << "Tier history:\n";
    for (const core::TierPeriod& period : tiers) {
        context.out << "  " << period.from.toString(Qt::ISODate) << " to "
                    << (period.to.isNull() ? QStringLiteral("open")
                                           : period.to.toString(Qt::ISODate))
                    << ": " << core::tierLabel(period.tier) << "\n";
    }
    context.out << "Contacts:\n";
    for (const core::Contact& contact : account->contacts) {
        context.out << "  " << contact.name
                    << (contact.role.isEmpty() ? QString()
                                               : QStringLiteral(" (%1)").arg(contact.role))
                    << " " << contact.email << " " << contact.phone
                    << (contact.problemResolution ? "  [problem resolution]" : "") << "\n";
    }
    context.out << "History:\n";
    for (const core::HistoryEntry& entry : *history)
        context.out << "  " << entry.storedAt << "  " << entry.actor << "  " << entry.kind << "\n";
    return ExitSuccess;
}

int runTier(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Prints an account's service tier on a day (default today), derived from "
                       "its programs: trusted-trader > isa > ctpat > participating > standard."));
    command.parser.addPositionalArgument(QStringLiteral("IOR"),
                                         QStringLiteral("The importer number."));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("The day."),
                                QStringLiteral("YYYY-MM-DD"));
    command.parser.addOption(on);
    if (const int stop = command.prepare(context, arguments, 1); stop >= 0)
        return stop;
    QDate day = QDate::currentDate();
    if (command.parser.isSet(on)) {
        day = QDate::fromString(command.parser.value(on), Qt::ISODate);
        if (!day.isValid())
            return context.usageError(QStringLiteral("--on takes a date as YYYY-MM-DD."),
                                      command.parser.helpText());
    }
    core::AccountService accounts(*command.store);
    const core::Result<core::Account> account =
        accounts.get(*command.actor, command.parser.positionalArguments().at(0));
    if (!account)
        return context.fail(account.error());
    const core::ServiceTier tier = account->tierOn(day);
    if (context.json) {
        context.printJson({{QStringLiteral("ior"), account->iorNumber},
                           {QStringLiteral("on"), day.toString(Qt::ISODate)},
                           {QStringLiteral("tier"), core::tierName(tier)}});
    } else {
        context.out << core::tierName(tier) << "\n";
    }
    return ExitSuccess;
}

const QString accountHelp =
    QStringLiteral("Usage: centerdesk-cli [--store PATH] [--json] account SUBCOMMAND [ARGS] --user "
                   "NAME --password-stdin\n\n"
                   "Subcommands:\n"
                   "  import --csv FILE                    Import accounts, all or nothing.\n"
                   "  list [--center CODE] [--nam NAME]    List accounts with today's tier.\n"
                   "  show IOR                             Show an account in full.\n"
                   "  tier IOR [--on YYYY-MM-DD]           The account's tier on a day.\n\n"
                   "'centerdesk-cli account SUBCOMMAND --help' shows a subcommand's help.\n");

int runAccount(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("import"))
        return runImport(context, rest);
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("show"))
        return runShow(context, rest);
    if (sub == QLatin1String("tier"))
        return runTier(context, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << accountHelp;
        return ExitSuccess;
    }
    return context.usageError(sub.isEmpty()
                                  ? QStringLiteral("account needs a subcommand.")
                                  : QStringLiteral("Unknown subcommand 'account %1'.").arg(sub),
                              accountHelp);
}

} // namespace

void registerAccountCommands(CliApp& app)
{
    app.add({QStringLiteral("account"), QStringLiteral("Import, list and show accounts; tiers."),
             runAccount});
}

} // namespace centerdesk::cli
