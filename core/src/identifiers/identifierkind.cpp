#include "centerdesk/core/identifiers/identifierkind.h"

#include "centerdesk/core/identifiers/entrynumber.h"
#include "centerdesk/core/identifiers/ftzzoneid.h"
#include "centerdesk/core/identifiers/htsnumber.h"
#include "centerdesk/core/identifiers/iornumber.h"
#include "centerdesk/core/identifiers/portcode.h"
#include "centerdesk/core/identifiers/protestnumber.h"
#include "centerdesk/core/identifiers/rulingnumber.h"

#include <QCoreApplication>
#include <array>

namespace centerdesk::core {

namespace {

struct KindName final
{
    IdentifierKind kind;
    QStringView name;
};

// The names are a CLI contract (`validate KIND VALUE`): change them only with the CLI docs.
constexpr std::array<KindName, 7> kKindNames{{
    {IdentifierKind::Entry, u"entry"},
    {IdentifierKind::Ior, u"ior"},
    {IdentifierKind::Hts, u"hts"},
    {IdentifierKind::Port, u"port"},
    {IdentifierKind::Protest, u"protest"},
    {IdentifierKind::Ruling, u"ruling"},
    {IdentifierKind::Ftz, u"ftz"},
}};

template<typename Identifier> Result<QString> displayForm(const Result<Identifier>& parsed)
{
    if (!parsed)
        return parsed.error();
    return parsed->toString();
}

} // namespace

std::optional<IdentifierKind> identifierKindFromName(QStringView name)
{
    for (const KindName& entry : kKindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QString identifierKindName(IdentifierKind kind)
{
    for (const KindName& entry : kKindNames) {
        if (entry.kind == kind)
            return entry.name.toString();
    }
    return QString();
}

QStringList identifierKindNames()
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(kKindNames.size()));
    for (const KindName& entry : kKindNames)
        names.append(entry.name.toString());
    return names;
}

Result<QString> validateIdentifier(IdentifierKind kind, QStringView value,
                                   const QSet<QString>& knownPortCodes)
{
    switch (kind) {
    case IdentifierKind::Entry:
        return displayForm(EntryNumber::parse(value));
    case IdentifierKind::Ior:
        return displayForm(IorNumber::parse(value));
    case IdentifierKind::Hts:
        return displayForm(HtsNumber::parse(value));
    case IdentifierKind::Port:
        return displayForm(PortCode::parse(value, knownPortCodes));
    case IdentifierKind::Protest:
        return displayForm(ProtestNumber::parse(value));
    case IdentifierKind::Ruling:
        return displayForm(RulingNumber::parse(value));
    case IdentifierKind::Ftz:
        return displayForm(FtzZoneId::parse(value));
    }
    // Only a value cast from an out-of-range integer gets here.
    return Error::invalid(
        QStringLiteral("identifier kind"), QStringLiteral("kind"),
        QCoreApplication::translate("centerdesk::core::Identifiers", "Unknown identifier kind."));
}

} // namespace centerdesk::core
