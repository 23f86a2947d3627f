#pragma once

#include "clicontext.h"

#include <QString>
#include <functional>
#include <vector>

namespace centerdesk::cli {

// One top-level command of centerdesk-cli. `run` gets the command's own
// arguments, the command name first, and returns the exit code.
struct Command final
{
    QString name;
    QString summary;
    std::function<int(CliContext&, const QStringList&)> run;
};

// Parses `centerdesk-cli [--store PATH] [--json] COMMAND [ARGS]` and runs the command.
class CliApp final
{
public:
    CliApp();
    void add(Command command);
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err) const;

private:
    QString helpText() const;
    std::vector<Command> m_commands;
};

void registerStoreCommands(CliApp& app);
void registerValidateCommand(CliApp& app);
void registerUserCommands(CliApp& app);
void registerAccountCommands(CliApp& app);
void registerVerifyCommand(CliApp& app);
void registerCalendarCommands(CliApp& app);
void registerCaseCommands(CliApp& app);
void registerSyncCommands(CliApp& app);
void registerBackupCommands(CliApp& app);
void registerStressCommand(CliApp& app);
void registerGenerateCommand(CliApp& app);

} // namespace centerdesk::cli
