#pragma once

#include "centerdesk/core/result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace centerdesk::core {

// The identifiers a user can type, named for the CLI (`validate KIND VALUE`)
// and for the UI's inline validation, which pick the validator at run time.
enum class IdentifierKind
{
    Entry,
    Ior,
    Hts,
    Port,
    Protest,
    Ruling,
    Ftz,
};

// Exactly one of: entry ior hts port protest ruling ftz (lower case, no
// blanks); anything else gives nullopt.
std::optional<IdentifierKind> identifierKindFromName(QStringView name);

QString identifierKindName(IdentifierKind kind);

// All names, in the order of the enum.
QStringList identifierKindNames();

// Parses `value` as `kind` and returns its normalized display form, or the
// validator's error. `knownPortCodes` is used for IdentifierKind::Port only.
Result<QString> validateIdentifier(IdentifierKind kind, QStringView value,
                                   const QSet<QString>& knownPortCodes);

} // namespace centerdesk::core
