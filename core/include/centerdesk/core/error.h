#pragma once

#include <QString>

namespace centerdesk::core {

// What went wrong, in the categories the CLI maps to exit codes and the UI to
// message styles.
enum class ErrorKind
{
    InvalidInput,     // bad user input or a failed check (CLI exit 1)
    PermissionDenied, // the acting user may not do this (CLI exit 1)
    NotFound,         // the thing named does not exist (CLI exit 1)
    Conflict,         // the change clashes with existing data (CLI exit 1)
    Store,            // the store cannot be opened, read or written (CLI exit 3)
    Io,               // a file outside the store cannot be read or written (CLI exit 3)
};

// A user-readable error. `field` names the input that failed and `rule` the
// rule it broke (a short stable id such as "check-digit"), so the UI can mark
// the field and tests can assert the rule without parsing prose.
struct Error final
{
    ErrorKind kind = ErrorKind::InvalidInput;
    QString field;
    QString rule;
    QString message;

    static Error invalid(QString field, QString rule, QString message)
    {
        return {ErrorKind::InvalidInput, std::move(field), std::move(rule), std::move(message)};
    }
    static Error store(QString rule, QString message)
    {
        return {ErrorKind::Store, QString(), std::move(rule), std::move(message)};
    }
    static Error io(QString rule, QString message)
    {
        return {ErrorKind::Io, QString(), std::move(rule), std::move(message)};
    }
    static Error notFound(QString field, QString message)
    {
        return {ErrorKind::NotFound, std::move(field), QStringLiteral("not-found"),
                std::move(message)};
    }
    static Error denied(QString message)
    {
        return {ErrorKind::PermissionDenied, QString(), QStringLiteral("permission"),
                std::move(message)};
    }
    static Error conflict(QString field, QString rule, QString message)
    {
        return {ErrorKind::Conflict, std::move(field), std::move(rule), std::move(message)};
    }
};

} // namespace centerdesk::core
