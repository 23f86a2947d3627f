// generate: a realistic generated Center history for benchmarks.
#include "centerdesk/core/generator.h"
#include "cliapp.h"

namespace centerdesk::cli {

namespace {

int runGenerate(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fills a new store with a generated Center history (users of every role, accounts of "
        "every Center, tier and size, cases of every type and state with clocks, history, "
        "comments and notifications), the same for the same seed. Refuses a store that holds "
        "any work."));
    const QCommandLineOption accounts(QStringLiteral("accounts"),
                                      QStringLiteral("Number of accounts (default 200)."),
                                      QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   QStringLiteral("Number of cases (default 3000)."),
                                   QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption events(
        QStringLiteral("events"),
        QStringLiteral("Number of case history entries, at least one per case (default 20000)."),
        QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the random choices (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption until(
        QStringLiteral("until"),
        QStringLiteral("End of the generated history, YYYY-MM-DD (default 2026-12-01)."),
        QStringLiteral("DATE"), QStringLiteral("2026-12-01"));
    parser.addOptions({accounts, cases, events, seed, until});
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("generate takes no arguments."),
                                  parser.helpText());
    core::GeneratorOptions options;
    bool ok = true;
    for (const auto& [option, target] :
         {std::pair{&accounts, &options.accounts}, std::pair{&cases, &options.cases},
          std::pair{&events, &options.events}}) {
        *target = parser.value(*option).toLongLong(&ok);
        if (!ok || *target < 0)
            return context.usageError(
                QStringLiteral("--%1 must be a whole number.").arg(option->names().constFirst()),
                parser.helpText());
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return context.usageError(QStringLiteral("--seed must be a whole number."),
                                  parser.helpText());
    const QDate end = QDate::fromString(parser.value(until), Qt::ISODate);
    if (!end.isValid())
        return context.usageError(QStringLiteral("--until must be a date, YYYY-MM-DD."),
                                  parser.helpText());
    options.until = QDateTime(end, QTime(0, 0), Qt::UTC);

    auto store = context.openStore(true);
    if (!store)
        return context.fail(store.error());
    const core::Result<core::GeneratorSummary> summary =
        core::Generator::generate(**store, options);
    if (!summary)
        return context.fail(summary.error());
    QJsonObject tables;
    for (auto it = summary->rowsPerTable.cbegin(); it != summary->rowsPerTable.cend(); ++it)
        tables.insert(it.key(), it.value());
    if (context.json) {
        context.printJson({{QStringLiteral("store"), (*store)->path()},
                           {QStringLiteral("seed"), QString::number(options.seed)},
                           {QStringLiteral("rows"), summary->rows},
                           {QStringLiteral("seconds"), summary->seconds},
                           {QStringLiteral("rowsPerSecond"), qRound64(summary->rowsPerSecond())},
                           {QStringLiteral("tables"), tables}});
    } else {
        context.out << "Generated " << summary->rows << " rows in " << (*store)->path() << " in "
                    << QString::number(summary->seconds, 'f', 1) << " s ("
                    << qRound64(summary->rowsPerSecond()) << " rows/s)\n";
        for (auto it = summary->rowsPerTable.cbegin(); it != summary->rowsPerTable.cend(); ++it)
            if (it.value() > 0)
                context.out << "  " << it.key().leftJustified(24) << it.value() << "\n";
    }
    return ExitSuccess;
}

} // namespace

void registerGenerateCommand(CliApp& app)
{
    app.add({QStringLiteral("generate"),
             QStringLiteral("Fill a new store with a generated Center history (benchmarks)."),
             runGenerate});
}

} // namespace centerdesk::cli
