// stress: a testing aid for the crash test (tests/crash). Signs in once, then
// performs a stream of user actions through the same core services as the
// other commands, printing one line per action after it committed:
//   done <seq> <action> <token> [details...]
// Each line is flushed before the next action starts, so a process killed at
// any moment has announced exactly the actions that are in the store.
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/caseservice.h"
#include "cliapp.h"

#include <random>

namespace centerdesk::cli {

namespace {

struct StressState
{
    core::Store& store;
    const core::Actor& actor;
    core::CaseService cases;
    std::mt19937 random;
    quint32 seed = 0;
    int importLines = 5;
    QStringList accounts;    // importer numbers to open cases on
    QStringList openedCases; // case numbers this run opened
    QString token;           // unique to the action: s<seed>n<seq>
    int sequence = 0;

    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(static_cast<qsizetype>(random() % static_cast<quint32>(list.size())));
    }
};

// An action returns the details of its "done" line, or an error when it was
// refused (nothing written; the stream goes on).
struct StressAction
{
    const char* name;
    int weight;
    std::function<core::Result<QStringList>(StressState&)> run;
};

core::Result<QStringList> createCase(StressState& state)
{
    if (state.accounts.isEmpty())
        return core::Error::invalid(QStringLiteral("account"), QStringLiteral("none"),
                                    QStringLiteral("no account to open a case on"));
    const core::WorkflowRegistry& workflows = core::WorkflowRegistry::builtIn();
    const QString type = state.pick(workflows.types());
    const core::WorkflowDefinition* definition = workflows.find(type);
    core::CaseInput input;
    input.type = type;
    input.account = state.pick(state.accounts);
    input.subject = QStringLiteral("Stress case %1").arg(state.token);
    input.description = QStringLiteral("Opened by centerdesk-cli stress.");
    if (definition->level == QLatin1String("port") || state.random() % 2 == 0)
        input.portCode = QStringLiteral("1001");
    for (const core::CreateField& field : definition->createFields) {
        if (field.isDate)
            input.fields.insert(field.name,
                                QDate::currentDate().addDays(-20).toString(Qt::ISODate));
        else if (!field.choices.isEmpty())
            input.fields.insert(field.name, field.choices.constFirst());
        else if (field.required)
            input.fields.insert(field.name, state.token);
    }
    const core::Result<core::CaseRecord> created = state.cases.create(state.actor, input);
    if (!created)
        return created.error();
    state.openedCases << created->number;
    return QStringList{created->number};
}

core::Result<QStringList> transitionCase(StressState& state)
{
    if (state.openedCases.isEmpty())
        return createCase(state);
    const QString number = state.pick(state.openedCases);
    const core::Result<core::CaseRecord> record = state.cases.get(state.actor, number);
    if (!record)
        return record.error();
    QList<core::WorkflowTransition> steps = state.cases.availableTransitions(state.actor, *record);
    if (steps.isEmpty()) {
        state.openedCases.removeAll(number);
        return core::Error::invalid(QStringLiteral("step"), QStringLiteral("none"),
                                    QStringLiteral("no step from this state"));
    }
    const core::WorkflowTransition& step = state.pick(steps);
    QMap<QString, QString> fields;
    for (const QString& field : step.requiredFields)
        fields.insert(field, state.token);
    const core::Status done = state.cases.transition(
        state.actor, number, step.id, QStringLiteral("Stress step %1").arg(state.token), fields);
    if (!done)
        return done.error();
    return QStringList{number, step.to};
}

core::Result<QStringList> commentCase(StressState& state)
{
    if (state.openedCases.isEmpty())
        return createCase(state);
    const QString number = state.pick(state.openedCases);
    const core::Status done = state.cases.comment(
        state.actor, number, QStringLiteral("Stress comment %1").arg(state.token));
    if (!done)
        return done.error();
    return QStringList{number};
}

core::Result<QStringList> importAccounts(StressState& state)
{
    // Importer numbers unique to the seed and the action: the EIN form NN-NNNNNNN00.
    QByteArray csv = "name,ior,center,size\n";
    QStringList iors;
    for (int line = 0; line < state.importLines; ++line) {
        const int prefix = 10 + static_cast<int>((state.seed / 1000) % 89);
        const int serial =
            static_cast<int>(state.seed % 1000) * 10000 + (state.sequence * 10 + line) % 10000;
        const QString ior =
            QStringLiteral("%1-%2").arg(prefix).arg(serial, 7, 10, QLatin1Char('0')) +
            QStringLiteral("00");
        iors << ior;
        csv += QStringLiteral("Stress %1 line %2,%3,PHC,small\n")
                   .arg(state.token)
                   .arg(line)
                   .arg(ior)
                   .toUtf8();
    }
    core::AccountImporter importer(state.store);
    const core::Result<core::ImportReport> report = importer.importBytes(state.actor, csv);
    if (!report)
        return report.error();
    if (!report->ok())
        return core::Error::invalid(QStringLiteral("csv"), report->problems.front().rule,
                                    report->problems.front().message);
    state.accounts << iors;
    return QStringList{QString::number(report->imported)};
}

// The stream's actions and how often each is drawn. A new action (the sync
// export, say) is one more row here and one more check in tests/crash.
const std::vector<StressAction>& stressActions()
{
    static const std::vector<StressAction> actions = {
        {"create", 3, createCase},
        {"transition", 3, transitionCase},
        {"comment", 3, commentCase},
        {"import", 1, importAccounts},
    };
    return actions;
}

int runStress(CliContext& context, const QStringList& arguments)
{
    SignedInCommand command;
    command.parser.setApplicationDescription(QStringLiteral(
        "Testing aid for the crash test: signs in once, then performs N random user actions "
        "(open a case, take a workflow step, comment, import accounts) through the core "
        "services, printing 'done <seq> <action> <token> ...' after each one committed. "
        "Never use it on a real store."));
    const QCommandLineOption actions(QStringLiteral("actions"),
                                     QStringLiteral("How many actions (default 100)."),
                                     QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the random choices (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption lines(QStringLiteral("import-lines"),
                                   QStringLiteral("Lines per account import (default 5)."),
                                   QStringLiteral("K"), QStringLiteral("5"));
    command.parser.addOption(actions);
    command.parser.addOption(seed);
    command.parser.addOption(lines);
    if (const int stop = command.prepare(context, arguments, 0); stop >= 0)
        return stop;
    bool countOk = false, seedOk = false, linesOk = false;
    const int count = command.parser.value(actions).toInt(&countOk);
    const quint32 seedValue = command.parser.value(seed).toUInt(&seedOk);
    const int importLines = command.parser.value(lines).toInt(&linesOk);
    if (!countOk || !seedOk || !linesOk || count < 0 || importLines < 1 || importLines > 10)
        return context.usageError(
            QStringLiteral("--actions, --seed and --import-lines (1-10) take numbers."),
            command.parser.helpText());

    StressState state{*command.store,
                      *command.actor,
                      core::CaseService(*command.store),
                      std::mt19937(seedValue),
                      seedValue,
                      importLines,
                      {},
                      {},
                      {},
                      0};
    core::AccountService accountService(*command.store);
    core::AccountFilter filter;
    filter.centerCode = QStringLiteral("PHC");
    filter.limit = 50;
    const core::Result<QList<core::AccountSummary>> accounts =
        accountService.list(*command.actor, filter);
    if (!accounts)
        return context.fail(accounts.error());
    for (const core::AccountSummary& account : *accounts)
        state.accounts << account.iorNumber;

    int totalWeight = 0;
    for (const StressAction& action : stressActions())
        totalWeight += action.weight;
    context.out << "ready\n";
    context.out.flush();
    int refused = 0;
    for (state.sequence = 1; state.sequence <= count; ++state.sequence) {
        state.token = QStringLiteral("s%1n%2").arg(seedValue).arg(state.sequence);
        int draw = static_cast<int>(state.random() % static_cast<quint32>(totalWeight));
        const StressAction* chosen = &stressActions().front();
        for (const StressAction& action : stressActions()) {
            if (draw < action.weight) {
                chosen = &action;
                break;
            }
            draw -= action.weight;
        }
        QString name = QString::fromLatin1(chosen->name);
        const bool hadCases = !state.openedCases.isEmpty();
        const core::Result<QStringList> details = chosen->run(state);
        if (!details) {
            ++refused;
            context.err << "refused " << state.sequence << " " << name << ": "
                        << details.error().message << "\n";
            continue;
        }
        // transition and comment open a case instead while the run has none.
        if (!hadCases && name != QLatin1String("import"))
            name = QStringLiteral("create");
        context.out << "done " << state.sequence << " " << name << " " << state.token << " "
                    << details->join(QLatin1Char(' ')) << "\n";
        context.out.flush();
    }
    context.out << "finished " << count << " actions, " << refused << " refused\n";
    return ExitSuccess;
}

} // namespace

void registerStressCommand(CliApp& app)
{
    app.add({QStringLiteral("stress"),
             QStringLiteral("Testing aid: a stream of user actions for the crash test."),
             runStress});
}

} // namespace centerdesk::cli
