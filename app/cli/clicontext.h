#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/result.h"
#include "centerdesk/core/store.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace centerdesk::cli {

// Exit codes of centerdesk-cli, as documented in the README.
enum ExitCode : int
{
    ExitSuccess = 0,
    ExitInvalid = 1, // invalid input or a failed check
    ExitUsage = 2,   // the command line itself is wrong
    ExitStore = 3,   // store or I/O error
};

// What every command gets: the global options and the two output streams.
class CliContext final
{
public:
    CliContext(QTextStream& out, QTextStream& err);

    QString storePath; // empty: the platform's default store
    bool json = false;
    QTextStream& out;
    QTextStream& err;

    QString effectiveStorePath() const;
    // Opens the store; `create` makes a new one where none exists.
    core::Result<std::unique_ptr<core::Store>> openStore(bool create) const;

    // Prints `document` as the one JSON document of the run.
    void printJson(const QJsonObject& document) const;
    // Reports an error (stderr, and as JSON on stdout with --json) and
    // returns the exit code that goes with it.
    int fail(const core::Error& error) const;
    int usageError(const QString& message, const QString& help) const;

    // The next line of standard input, without its line end (passwords for
    // --password-stdin come one a line, in the order each command documents).
    QByteArray readStdinLine();
    // Signs `userName` in with the next password line of standard input.
    core::Result<core::Actor> signIn(core::Store& store, const QString& userName);

private:
    QTextStream m_stdin;
};

// The options of commands that act as a signed-in user.
struct SignInOptions final
{
    QCommandLineOption user{QStringLiteral("user"), QStringLiteral("Act as this user."),
                            QStringLiteral("NAME")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     QStringLiteral("Read the password from standard input.")};
    void addTo(QCommandLineParser& parser) const
    {
        parser.addOption(user);
        parser.addOption(passwordStdin);
    }
    // A usage message when --user or --password-stdin is missing, else empty.
    QString missing(const QCommandLineParser& parser) const;
};

// Adds --store, --json and --help to a command's parser, parses `arguments`
// (the command name first) and applies the global options to `context`.
// Returns an exit code when the command must stop now (help shown, or a
// usage error), or -1 to go on.
int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments, CliContext& context);

// The frame of a command that acts as a signed-in user: parse, open the
// store (never creating it), sign in with the password from standard input.
struct SignedInCommand final
{
    QCommandLineParser parser;
    SignInOptions signIn;
    std::unique_ptr<core::Store> store;
    std::optional<core::Actor> actor;

    // `authenticate` replaces the plain sign-in where a command reads other
    // lines of standard input first. Returns an exit code to stop with, or -1.
    int prepare(CliContext& context, const QStringList& arguments, qsizetype positionalCount,
                const std::function<core::Result<core::Actor>(core::Store&)>& authenticate = {});
};

} // namespace centerdesk::cli
