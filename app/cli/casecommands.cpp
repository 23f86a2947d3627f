// case create | show | transition | comment | attach | list | assign | escalate | send-back |
// acknowledge | link | merge | sweep: the work itself.
#include "centerdesk/core/caseservice.h"
#include "cliapp.h"

#include <QJsonArray>

namespace centerdesk::cli {

namespace {

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject clockJson(const core::CaseClock& clock)
{
    QJsonObject json{{QStringLiteral("kind"), clock.kind},
                     {QStringLiteral("state"), clock.state},
                     {QStringLiteral("started"), timeJson(clock.startedAt)},
                     {QStringLiteral("due"), timeJson(clock.dueAt)},
                     {QStringLiteral("stopped"), timeJson(clock.stoppedAt)},
                     {QStringLiteral("explanation"), clock.explanation}};
    if (!clock.ruleId.isEmpty())
        json.insert(QStringLiteral("rule"), clock.ruleId);
    if (clock.kind != QLatin1String("statutory")) {
        json.insert(QStringLiteral("targetMinutes"), clock.targetMinutes);
        json.insert(QStringLiteral("usedMinutes"), clock.consumedMinutes);
    }
    return json;
}

QJsonObject caseJson(const core::CaseRecord& record, const QList<core::WorkflowTransition>& steps)
{
    QJsonArray references;
    for (const core::CaseReference& reference : record.references)
        references.append(QJsonObject{{QStringLiteral("kind"), reference.kind},
                                      {QStringLiteral("value"), reference.value}});
    QJsonArray links;
    for (const core::CaseLink& link : record.links)
        links.append(QJsonObject{{QStringLiteral("number"), link.number},
                                 {QStringLiteral("kind"), link.kind},
                                 {QStringLiteral("state"), link.state}});
    QJsonArray clocks;
    for (const core::CaseClock& clock : record.clocks)
        clocks.append(clockJson(clock));
    QJsonArray history;
    for (const core::HistoryEntry& entry : record.history)
        history.append(QJsonObject{{QStringLiteral("at"), entry.storedAt},
                                   {QStringLiteral("actor"), entry.actor},
                                   {QStringLiteral("kind"), entry.kind},
                                   {QStringLiteral("detail"), entry.detail}});
    QJsonArray notices;
    for (const core::Notification& notice : record.notices)
        notices.append(QJsonObject{{QStringLiteral("status"), notice.topic},
                                   {QStringLiteral("en"), notice.textEn},
                                   {QStringLiteral("es"), notice.textEs},
                                   {QStringLiteral("delivery"), notice.delivery}});
    QJsonArray attachments;
    for (const core::CaseAttachment& attachment : record.attachments)
        attachments.append(QJsonObject{{QStringLiteral("file"), attachment.fileName},
                                       {QStringLiteral("bytes"), attachment.sizeBytes},
                                       {QStringLiteral("sha256"), attachment.sha256},
                                       {QStringLiteral("addedBy"), attachment.addedBy},
                                       {QStringLiteral("added"), timeJson(attachment.addedAt)}});
    QJsonObject fields;
    for (auto it = record.fields.cbegin(); it != record.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    QJsonArray next;
    for (const core::WorkflowTransition& step : steps)
        next.append(QJsonObject{{QStringLiteral("step"), step.id},
                                {QStringLiteral("to"), step.to},
                                {QStringLiteral("label"), step.label}});
    return {{QStringLiteral("number"), record.number},
            {QStringLiteral("type"), record.type},
            {QStringLiteral("account"), record.accountName},
            {QStringLiteral("ior"), record.accountIor},
            {QStringLiteral("tier"), core::tierName(record.tier)},
            {QStringLiteral("center"), record.centerCode},
            {QStringLiteral("port"), record.portCode},
            {QStringLiteral("subject"), record.subject},
            {QStringLiteral("description"), record.description},
            {QStringLiteral("state"), record.state},
            {QStringLiteral("category"), core::categoryName(record.category)},
            {QStringLiteral("priority"), record.priority},
            {QStringLiteral("assignee"), record.assigneeName},
            {QStringLiteral("escalationLevel"), record.escalationLevel},
            {QStringLiteral("opened"), timeJson(record.openedAt)},
            {QStringLiteral("closed"), timeJson(record.closedAt)},
            {QStringLiteral("outcome"), record.outcome},
            {QStringLiteral("parent"), record.parentNumber},
            {QStringLiteral("mergedInto"), record.mergedIntoNumber},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("references"), references},
            {QStringLiteral("links"), links},
            {QStringLiteral("clocks"), clocks},
            {QStringLiteral("history"), history},
            {QStringLiteral("notices"), notices},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("nextSteps"), next}};
}

// NAME=VALUE options into a map; returns the first malformed one, or an empty string.
QString parsePairs(const QStringList& values, QChar separator, QMap<QString, QString>& pairs)
{
    for (const QString& value : values) {
        const qsizetype at = value.indexOf(separator);
        if (at <= 0)
            return value;
        pairs.insert(value.left(at).trimmed(), value.mid(at + 1).trimmed());
    }
    return {};
}

int printCase(CliContext& context, core::CaseService& cases, const core::Actor& actor,
              const QString& number)
{
    const core::Result<core::CaseRecord> record = cases.get(actor, number);
    if (!record)
        return context.fail(record.error());
    const QList<core::WorkflowTransition> steps = cases.availableTransitions(actor, *record);
    if (context.json) {
        context.printJson(caseJson(*record, steps));
        return ExitSuccess;
    }
    context.out << record->number << "  " << record->typeLabel << "  [" << record->stateLabel
                << "]\n"
                << record->subject << "\n"
                << "Account: " << record->accountName << " (" << record->accountIor << ", "
                << core::tierLabel(record->tier) << "), Center " << record->centerCode
                << (record->portCode.isEmpty() ? QString()
                                               : QStringLiteral(", port %1").arg(record->portCode))
                << "\n"
                << "Priority " << record->priority << ", level " << record->escalationLevel
                << ", assignee "
                << (record->assigneeName.isEmpty() ? QStringLiteral("-") : record->assigneeName)
                << "\n";
    if (!record->outcome.isEmpty())
        context.out << "Outcome: " << record->outcome << "\n";
    for (auto it = record->fields.cbegin(); it != record->fields.cend(); ++it)
        context.out << "  " << it.key() << ": " << it.value() << "\n";
    if (!record->references.isEmpty()) {
        context.out << "References:";
        for (const core::CaseReference& reference : record->references)
            context.out << " " << reference.kind << " " << reference.value << ";";
        context.out << "\n";
    }
    context.out << "Clocks:\n";
    for (const core::CaseClock& clock : record->clocks) {
        context.out << "  " << (clock.ruleId.isEmpty() ? clock.kind : clock.ruleId) << " ["
                    << clock.state << "]"
                    << (clock.dueAt.isValid() ? QStringLiteral(" due %1").arg(
                                                    clock.dueAt.toUTC().toString(Qt::ISODate))
                                              : QString())
                    << "\n    " << clock.explanation << "\n";
    }
    context.out << "History:\n";
    for (const core::HistoryEntry& entry : record->history) {
        context.out << "  " << entry.storedAt << "  " << entry.actor << "  " << entry.kind;
        if (entry.detail.contains(QStringLiteral("to")))
            context.out << " -> " << entry.detail.value(QStringLiteral("to")).toString();
        if (entry.detail.contains(QStringLiteral("text")))
            context.out << ": " << entry.detail.value(QStringLiteral("text")).toString();
        context.out << "\n";
    }
    if (!steps.isEmpty()) {
        context.out << "Next steps for " << actor.userName << ":";
        for (const core::WorkflowTransition& step : steps)
            context.out << " " << step.id << " (to " << step.to << ");";
        context.out << "\n";
    }
    return ExitSuccess;
}

int reportStep(CliContext& context, core::CaseService& cases, const core::Actor& actor,
               const QString& number, const core::Status& status)
{
    if (!status)
        return context.fail(status.error());
    if (context.json)
        return printCase(context, cases, actor, number);
    const core::Result<core::CaseRecord> record = cases.get(actor, number);
    if (record)
        context.out << record->number << " is now " << record->state << " (level "
                    << record->escalationLevel << ")\n";
    return ExitSuccess;
}

int runCreate(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Opens a case. TYPE is one of: %1.\n--ref KIND:VALUE adds a reference "
                       "(entry, hts, ruling, protest, ftz, pga), "
                       "--field NAME=VALUE fills a field of the type (e.g. protest-kind=514, "
                       "notice-date=2026-11-02).")
            .arg(core::WorkflowRegistry::builtIn().types().join(QStringLiteral(", "))));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("The case type."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     QStringLiteral("The account's importer number."),
                                     QStringLiteral("IOR"));
    const QCommandLineOption subject(QStringLiteral("subject"), QStringLiteral("The subject."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption description(
        QStringLiteral("description"), QStringLiteral("The description."), QStringLiteral("TEXT"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("The port (required for port cases)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption priority(QStringLiteral("priority"),
                                      QStringLiteral("low, normal, high or urgent."),
                                      QStringLiteral("P"), QStringLiteral("normal"));
    const QCommandLineOption assignee(
        QStringLiteral("assignee"), QStringLiteral("Assign to this user."), QStringLiteral("NAME"));
    const QCommandLineOption reference(QStringLiteral("ref"),
                                       QStringLiteral("A reference, KIND:VALUE (repeatable)."),
                                       QStringLiteral("KIND:VALUE"));
    const QCommandLineOption field(QStringLiteral("field"),
                                   QStringLiteral("A field, NAME=VALUE (repeatable)."),
                                   QStringLiteral("NAME=VALUE"));
    const QCommandLineOption parent(QStringLiteral("parent"), QStringLiteral("The parent case."),
                                    QStringLiteral("NUMBER"));
    for (const QCommandLineOption* option : {&type, &account, &subject, &description, &port,
                                             &priority, &assignee, &reference, &field, &parent})
        command.parser.addOption(*option);
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    if (!command.parser.isSet(type) || !command.parser.isSet(account) ||
        !command.parser.isSet(subject))
        return context.usageError(
            QStringLiteral("case create needs --type, --account and --subject."),
            command.parser.helpText());
    core::CaseInput input;
    input.type = command.parser.value(type);
    input.account = command.parser.value(account);
    input.subject = command.parser.value(subject);
    input.description = command.parser.value(description);
    input.portCode = command.parser.value(port);
    input.priority = command.parser.value(priority);
    input.assigneeName = command.parser.value(assignee);
    input.parentNumber = command.parser.value(parent);
    QMap<QString, QString> references;
    for (const QString& value : command.parser.values(reference)) {
        const qsizetype at = value.indexOf(QLatin1Char(':'));
        if (at <= 0)
            return context.usageError(
                QStringLiteral("--ref takes KIND:VALUE, not '%1'.").arg(value),
                command.parser.helpText());
        input.references.append(core::CaseReference{value.left(at), value.mid(at + 1)});
    }
    if (const QString bad =
            parsePairs(command.parser.values(field), QLatin1Char('='), input.fields);
        !bad.isEmpty())
        return context.usageError(QStringLiteral("--field takes NAME=VALUE, not '%1'.").arg(bad),
                                  command.parser.helpText());
    core::CaseService cases(*command.store);
    const core::Result<core::CaseRecord> created = cases.create(*command.actor, input);
    if (!created)
        return context.fail(created.error());
    if (context.json)
        return printCase(context, cases, *command.actor, created->number);
    context.out << "Opened " << created->number << " (" << created->typeLabel << ", "
                << created->stateLabel << ")\n";
    return ExitSuccess;
}

int runShow(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Shows a case with every clock and its explanation, its history, "
                       "references, links and the notices sent to the trade."));
    command.parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                         QStringLiteral("The case number, e.g. PHC-2026-000123."));
    if (const int stop = command.prepare(context, arguments, 1); stop >= 0)
        return stop;
    core::CaseService cases(*command.store);
    return printCase(context, cases, *command.actor, command.parser.positionalArguments().at(0));
}

int runTransition(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Moves a case to another state (or takes the named step), as its workflow "
                       "and your roles allow."));
    command.parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                         QStringLiteral("The case number."));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The state to go to, or the step's id."),
                                QStringLiteral("STATE"));
    const QCommandLineOption comment(QStringLiteral("comment"),
                                     QStringLiteral("A comment (some steps require one)."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption field(
        QStringLiteral("field"),
        QStringLiteral("A field the step requires, NAME=VALUE (repeatable)."),
        QStringLiteral("NAME=VALUE"));
    command.parser.addOption(to);
    command.parser.addOption(comment);
    command.parser.addOption(field);
    if (const int stop = command.prepare(context, arguments, 1); stop >= 0)
        return stop;
    if (!command.parser.isSet(to))
        return context.usageError(QStringLiteral("case transition needs --to STATE."),
                                  command.parser.helpText());
    QMap<QString, QString> fields;
    if (const QString bad = parsePairs(command.parser.values(field), QLatin1Char('='), fields);
        !bad.isEmpty())
        return context.usageError(QStringLiteral("--field takes NAME=VALUE, not '%1'.").arg(bad),
                                  command.parser.helpText());
    const QString number = command.parser.positionalArguments().at(0);
    core::CaseService cases(*command.store);
    return reportStep(context, cases, *command.actor, number,
                      cases.transition(*command.actor, number, command.parser.value(to),
                                       command.parser.value(comment), fields));
}

// The commands that take a case number and one text option.
int runTextStep(CliContext& context, const QStringList& arguments, const QString& description,
                const QString& optionName, bool optionRequired,
                const std::function<core::Status(core::CaseService&, const core::Actor&,
                                                 const QString&, const QString&)>& step)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(description);
    command.parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                         QStringLiteral("The case number."));
    const QCommandLineOption option(optionName, optionName, QStringLiteral("VALUE"));
    if (!optionName.isEmpty())
        command.parser.addOption(option);
    if (const int stop = command.prepare(context, arguments, 1); stop >= 0)
        return stop;
    if (optionRequired && !command.parser.isSet(option))
        return context.usageError(QStringLiteral("Give --%1.").arg(optionName),
                                  command.parser.helpText());
    const QString number = command.parser.positionalArguments().at(0);
    core::CaseService cases(*command.store);
    return reportStep(context, cases, *command.actor, number,
                      step(cases, *command.actor, number,
                           optionName.isEmpty() ? QString() : command.parser.value(option)));
}

int runList(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Lists the cases you may see, newest first. --query searches subjects, "
                       "descriptions and comments."));
    const QCommandLineOption query(QStringLiteral("query"), QStringLiteral("Full-text search."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption state(QStringLiteral("state"), QStringLiteral("Only this state."),
                                   QStringLiteral("S"));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("Only this type."),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     QStringLiteral("Only cases with a breached or lapsed clock."));
    const QCommandLineOption open(QStringLiteral("open"),
                                  QStringLiteral("Only cases not resolved or closed."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most this many (default 200)."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    for (const QCommandLineOption* option : {&query, &state, &type, &overdue, &open, &limit})
        command.parser.addOption(*option);
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    core::CaseFilter filter;
    filter.text = command.parser.value(query);
    filter.state = command.parser.value(state);
    filter.type = command.parser.value(type);
    filter.overdueOnly = command.parser.isSet(overdue);
    filter.openOnly = command.parser.isSet(open);
    filter.limit = command.parser.value(limit).toInt();
    if (filter.limit <= 0)
        return context.usageError(QStringLiteral("--limit takes a positive number."),
                                  command.parser.helpText());
    core::CaseService cases(*command.store);
    const core::Result<QList<core::CaseSummary>> found = cases.list(*command.actor, filter);
    if (!found)
        return context.fail(found.error());
    if (context.json) {
        QJsonArray array;
        for (const core::CaseSummary& summary : *found) {
            array.append(
                QJsonObject{{QStringLiteral("number"), summary.number},
                            {QStringLiteral("type"), summary.type},
                            {QStringLiteral("account"), summary.accountName},
                            {QStringLiteral("state"), summary.state},
                            {QStringLiteral("category"), core::categoryName(summary.category)},
                            {QStringLiteral("assignee"), summary.assigneeName},
                            {QStringLiteral("escalationLevel"), summary.escalationLevel},
                            {QStringLiteral("subject"), summary.subject},
                            {QStringLiteral("nextDue"), timeJson(summary.nextDue)},
                            {QStringLiteral("clock"), summary.worstClockState}});
        }
        context.printJson(
            {{QStringLiteral("cases"), array}, {QStringLiteral("count"), found->size()}});
        return ExitSuccess;
    }
    for (const core::CaseSummary& summary : *found) {
        context.out << qSetFieldWidth(16) << Qt::left << summary.number << qSetFieldWidth(24)
                    << summary.state << qSetFieldWidth(10) << summary.worstClockState
                    << qSetFieldWidth(0) << summary.subject << "\n";
    }
    context.out << found->size() << " case(s)\n";
    return ExitSuccess;
}

int runMerge(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Closes a duplicate case into another; both histories are kept."));
    command.parser.addPositionalArgument(QStringLiteral("DUPLICATE"),
                                         QStringLiteral("The duplicate case."));
    const QCommandLineOption into(QStringLiteral("into"), QStringLiteral("The case that stays."),
                                  QStringLiteral("NUMBER"));
    const QCommandLineOption reason(QStringLiteral("reason"), QStringLiteral("Why."),
                                    QStringLiteral("TEXT"));
    command.parser.addOption(into);
    command.parser.addOption(reason);
    if (const int stop = command.prepare(context, arguments, 1); stop >= 0)
        return stop;
    if (!command.parser.isSet(into))
        return context.usageError(QStringLiteral("case merge needs --into NUMBER."),
                                  command.parser.helpText());
    core::CaseService cases(*command.store);
    const QString survivor = command.parser.value(into);
    return reportStep(context, cases, *command.actor, survivor,
                      cases.merge(*command.actor, command.parser.positionalArguments().at(0),
                                  survivor, command.parser.value(reason)));
}

int runSweep(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(
        QStringLiteral("Recomputes every running clock now: warnings, breaches and their alerts, "
                       "automatic escalations, lapsed statutory clocks."));
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    if (!command.actor->isAdmin())
        return context.fail(core::Error::denied(QStringLiteral(
            "Only administrators run the sweep by hand; the application runs it by itself.")));
    core::CaseService cases(*command.store);
    const core::Result<core::SweepReport> report = cases.sweepClocks();
    if (!report)
        return context.fail(report.error());
    if (context.json) {
        context.printJson({{QStringLiteral("clocksChecked"), report->clocksChecked},
                           {QStringLiteral("warnings"), report->warnings},
                           {QStringLiteral("breaches"), report->breaches},
                           {QStringLiteral("lapsed"), report->lapsed},
                           {QStringLiteral("autoEscalations"), report->autoEscalations}});
    } else {
        context.out << "Checked " << report->clocksChecked << " clocks: " << report->warnings
                    << " warnings, " << report->breaches << " breaches, " << report->lapsed
                    << " lapsed, " << report->autoEscalations << " automatic escalations\n";
    }
    return ExitSuccess;
}

const QString caseHelp = QStringLiteral(
    "Usage: centerdesk-cli [--store PATH] [--json] case SUBCOMMAND [ARGS] --user NAME "
    "--password-stdin\n\n"
    "Subcommands:\n"
    "  create --type TYPE --account IOR --subject TEXT [...]   Open a case.\n"
    "  show NUMBER                                   A case with every clock and its explanation.\n"
    "  transition NUMBER --to STATE [--comment TEXT] [--field NAME=VALUE]\n"
    "  comment NUMBER --text TEXT\n"
    "  list [--query TEXT] [--state S] [--type T] [--overdue] [--open]\n"
    "  assign NUMBER --to USER\n"
    "  escalate NUMBER --reason TEXT                 One level up (port, Center, HQ office).\n"
    "  send-back NUMBER --reason TEXT                One level down.\n"
    "  acknowledge NUMBER                            The receiving level takes note of an "
    "escalation.\n"
    "  attach NUMBER --file PATH                     Keep a file (25 MiB at most) with the case.\n"
    "  link NUMBER --with NUMBER\n"
    "  merge DUPLICATE --into NUMBER [--reason TEXT]\n"
    "  sweep                                         Recompute every running clock now.\n\n"
    "'centerdesk-cli case SUBCOMMAND --help' shows a subcommand's help.\n");

int runCase(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    using core::Actor;
    using core::CaseService;
    if (sub == QLatin1String("create"))
        return runCreate(context, rest);
    if (sub == QLatin1String("show"))
        return runShow(context, rest);
    if (sub == QLatin1String("transition"))
        return runTransition(context, rest);
    if (sub == QLatin1String("list"))
        return runList(context, rest);
    if (sub == QLatin1String("merge"))
        return runMerge(context, rest);
    if (sub == QLatin1String("sweep"))
        return runSweep(context, rest);
    if (sub == QLatin1String("comment")) {
        return runTextStep(context, rest, QStringLiteral("Adds a comment to a case."),
                           QStringLiteral("text"), true,
                           [](CaseService& s, const Actor& a, const QString& n, const QString& v) {
                               return s.comment(a, n, v);
                           });
    }
    if (sub == QLatin1String("assign")) {
        return runTextStep(context, rest,
                           QStringLiteral("Assigns a case to a user (empty: nobody)."),
                           QStringLiteral("to"), true,
                           [](CaseService& s, const Actor& a, const QString& n, const QString& v) {
                               return s.assign(a, n, v);
                           });
    }
    if (sub == QLatin1String("escalate")) {
        return runTextStep(context, rest,
                           QStringLiteral("Escalates a case one level up, with the reason."),
                           QStringLiteral("reason"), true,
                           [](CaseService& s, const Actor& a, const QString& n, const QString& v) {
                               return s.escalate(a, n, v);
                           });
    }
    if (sub == QLatin1String("send-back")) {
        return runTextStep(context, rest,
                           QStringLiteral("Sends a case one level back down, with the reason."),
                           QStringLiteral("reason"), true,
                           [](CaseService& s, const Actor& a, const QString& n, const QString& v) {
                               return s.sendBack(a, n, v);
                           });
    }
    if (sub == QLatin1String("acknowledge")) {
        return runTextStep(context, rest, QStringLiteral("Acknowledges an escalation received."),
                           QString(), false,
                           [](CaseService& s, const Actor& a, const QString& n, const QString&) {
                               return s.acknowledge(a, n);
                           });
    }
    if (sub == QLatin1String("attach")) {
        return runTextStep(context, rest,
                           QStringLiteral("Attaches a file (at most 25 MiB) to a case; it is "
                                          "kept in the store with its SHA-256."),
                           QStringLiteral("file"), true,
                           [](CaseService& s, const Actor& a, const QString& n, const QString& v) {
                               const core::Result<core::CaseAttachment> added = s.attach(a, n, v);
                               return added ? core::Status{} : core::Status(added.error());
                           });
    }
    if (sub == QLatin1String("link")) {
        return runTextStep(context, rest, QStringLiteral("Links two related cases."),
                           QStringLiteral("with"), true,
                           [](CaseService& s, const Actor& a, const QString& n, const QString& v) {
                               return s.link(a, n, v);
                           });
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << caseHelp;
        return ExitSuccess;
    }
    return context.usageError(sub.isEmpty()
                                  ? QStringLiteral("case needs a subcommand.")
                                  : QStringLiteral("Unknown subcommand 'case %1'.").arg(sub),
                              caseHelp);
}

} // namespace

void registerCaseCommands(CliApp& app)
{
    app.add({QStringLiteral("case"),
             QStringLiteral("Open, show, move, comment, list, escalate cases."), runCase});
}

} // namespace centerdesk::cli
