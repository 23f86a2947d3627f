// verify: database integrity and the history's hash chain.
#include "centerdesk/core/historylog.h"
#include "cliapp.h"

namespace centerdesk::cli {

namespace {

int runVerify(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks the store: SQLite's integrity check, then the history's hash chain, naming the "
        "first broken link. Exit code 1 when a check fails."));
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("verify takes no arguments."), parser.helpText());
    auto store = context.openStore(false);
    if (!store)
        return context.fail(store.error());
    const core::Result<QStringList> integrity = (*store)->integrityCheck();
    if (!integrity)
        return context.fail(integrity.error());
    const core::Result<core::ChainCheck> chain = core::HistoryLog::verifyChain(**store);
    if (!chain)
        return context.fail(chain.error());
    const bool ok = integrity->isEmpty() && chain->firstBrokenSeq == 0;
    if (context.json) {
        context.printJson(
            {{QStringLiteral("ok"), ok},
             {QStringLiteral("integrity"),
              integrity->isEmpty() ? QStringLiteral("ok") : integrity->join(QLatin1Char('\n'))},
             {QStringLiteral("historyEntries"), chain->entriesChecked},
             {QStringLiteral("firstBrokenEntry"), chain->firstBrokenSeq},
             {QStringLiteral("problem"), chain->problem}});
    } else {
        context.out << "Integrity check: "
                    << (integrity->isEmpty() ? QStringLiteral("ok")
                                             : integrity->join(QStringLiteral("; ")))
                    << "\n";
        if (chain->firstBrokenSeq == 0)
            context.out << "History chain: ok (" << chain->entriesChecked << " entries)\n";
        else
            context.out << "History chain: BROKEN at entry " << chain->firstBrokenSeq << ": "
                        << chain->problem << "\n";
    }
    return ok ? ExitSuccess : ExitInvalid;
}

} // namespace

void registerVerifyCommand(CliApp& app)
{
    app.add({QStringLiteral("verify"),
             QStringLiteral("Check the store's integrity and history chain."), runVerify});
}

} // namespace centerdesk::cli
