#include "centerdesk/core/role.h"

#include "centerdesk/core/actor.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace centerdesk::core {

namespace {

class RoleText final
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)
};

constexpr std::array roleTable{
    std::pair{Role::CenterStaff, "center-staff"},   std::pair{Role::Nam, "nam"},
    std::pair{Role::PortOfficial, "port-official"}, std::pair{Role::FpfOfficer, "fpf-officer"},
    std::pair{Role::HqAnalyst, "hq-analyst"},       std::pair{Role::Admin, "admin"},
};

} // namespace

QString roleName(Role role)
{
    for (const auto& [value, name] : roleTable) {
        if (value == role)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (const auto& [value, text] : roleTable) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QStringList roleNames()
{
    QStringList names;
    for (const auto& entry : roleTable)
        names << QString::fromLatin1(entry.second);
    return names;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::CenterStaff:
        return RoleText::tr("Center staff");
    case Role::Nam:
        return RoleText::tr("National Account Manager");
    case Role::PortOfficial:
        return RoleText::tr("Port official");
    case Role::FpfOfficer:
        return RoleText::tr("FP&F officer");
    case Role::HqAnalyst:
        return RoleText::tr("HQ analyst");
    case Role::Admin:
        return RoleText::tr("Administrator");
    }
    return {};
}

QString RoleAssignment::describe() const
{
    if (!centerCode.isEmpty())
        return QStringLiteral("%1 (%2)").arg(roleLabel(role), centerCode);
    if (!portCode.isEmpty())
        return QStringLiteral("%1 (%2)").arg(roleLabel(role), portCode);
    return roleLabel(role);
}

bool Actor::hasRole(Role role) const
{
    for (const RoleAssignment& assignment : roles) {
        if (assignment.role == role)
            return true;
    }
    return false;
}

QStringList Actor::centerCodes(Role role) const
{
    QStringList codes;
    for (const RoleAssignment& assignment : roles) {
        if (assignment.role == role && !assignment.centerCode.isEmpty())
            codes << assignment.centerCode;
    }
    return codes;
}

QStringList Actor::portCodes(Role role) const
{
    QStringList codes;
    for (const RoleAssignment& assignment : roles) {
        if (assignment.role == role && !assignment.portCode.isEmpty())
            codes << assignment.portCode;
    }
    return codes;
}

Actor Actor::system()
{
    return Actor{QString(),
                 QStringLiteral("system"),
                 QStringLiteral("CenterDesk"),
                 {RoleAssignment{Role::Admin, {}, {}}}};
}

} // namespace centerdesk::core
