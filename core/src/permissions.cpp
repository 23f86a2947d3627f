#include "centerdesk/core/permissions.h"

#include <QCoreApplication>

namespace centerdesk::core {

namespace {

class PermissionText final
{
    Q_DECLARE_TR_FUNCTIONS(PermissionText)
};

bool isCenterStaffOf(const Actor& actor, const QString& centerCode)
{
    return !centerCode.isEmpty() && actor.centerCodes(Role::CenterStaff).contains(centerCode);
}

bool isNamOf(const Actor& actor, const QString& namUserUuid)
{
    return actor.hasRole(Role::Nam) && !namUserUuid.isEmpty() && namUserUuid == actor.userUuid;
}

bool allowed(const Actor& actor, Action action, const Scope& scope)
{
    if (actor.isAdmin())
        return true;
    switch (action) {
    case Action::ViewAccount:
        return actor.hasRole(Role::HqAnalyst) || actor.hasRole(Role::PortOfficial) ||
               actor.hasRole(Role::FpfOfficer) || isCenterStaffOf(actor, scope.centerCode) ||
               isNamOf(actor, scope.namUserUuid);
    case Action::EditAccount:
        return isCenterStaffOf(actor, scope.centerCode) || isNamOf(actor, scope.namUserUuid);
    case Action::ImportAccounts:
    case Action::ReassignNam:
        return isCenterStaffOf(actor, scope.centerCode);
    case Action::ViewUsers:
        return actor.hasRole(Role::HqAnalyst);
    case Action::ManageUsers:
    case Action::EditReference:
        return false;
    }
    return false;
}

} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::ViewAccount:
        return PermissionText::tr("view the account");
    case Action::EditAccount:
        return PermissionText::tr("change the account");
    case Action::ImportAccounts:
        return PermissionText::tr("import accounts");
    case Action::ReassignNam:
        return PermissionText::tr("reassign the account to another NAM");
    case Action::ViewUsers:
        return PermissionText::tr("view the users");
    case Action::ManageUsers:
        return PermissionText::tr("manage users");
    case Action::EditReference:
        return PermissionText::tr("change reference data");
    }
    return {};
}

Status Permissions::authorize(const Actor& actor, Action action, const Scope& scope)
{
    if (allowed(actor, action, scope))
        return {};
    QString where;
    if (!scope.centerCode.isEmpty())
        where = PermissionText::tr(" (Center %1)").arg(scope.centerCode);
    return Error::denied(PermissionText::tr("%1 may not %2%3: none of their roles covers it.")
                             .arg(actor.userName, actionName(action), where));
}

bool Permissions::isHqLevel(const QString& level)
{
    return level == QLatin1String("ofo-hq") || level == QLatin1String("rr-hq") ||
           level == QLatin1String("fpf-hq") || level == QLatin1String("biec");
}

bool Permissions::holdsRoleFor(const Actor& actor, Role role, const CaseScope& scope)
{
    if (!actor.hasRole(role))
        return false;
    switch (role) {
    case Role::Admin:
        return true;
    case Role::CenterStaff:
        return actor.centerCodes(Role::CenterStaff).contains(scope.centerCode);
    case Role::Nam:
        return !scope.accountNamUuid.isEmpty() && scope.accountNamUuid == actor.userUuid;
    case Role::PortOfficial:
    case Role::FpfOfficer:
        return !scope.portCode.isEmpty() && actor.portCodes(role).contains(scope.portCode);
    case Role::HqAnalyst:
        return isHqLevel(scope.escalationLevel);
    }
    return false;
}

Status Permissions::authorizeCaseView(const Actor& actor, const CaseScope& scope)
{
    if (actor.hasRole(Role::HqAnalyst) || actor.isAdmin())
        return {};
    for (const RoleAssignment& assignment : actor.roles) {
        if (holdsRoleFor(actor, assignment.role, scope))
            return {};
    }
    return Error::denied(PermissionText::tr("%1 may not see this case: it is outside the scope of "
                                            "their roles.")
                             .arg(actor.userName));
}

Status Permissions::authorizeCaseStep(const Actor& actor, const QList<Role>& roles,
                                      const CaseScope& scope, const QString& what)
{
    for (Role role : roles) {
        if (holdsRoleFor(actor, role, scope))
            return {};
    }
    QStringList labels;
    for (Role role : roles)
        labels << roleLabel(role);
    return Error::denied(PermissionText::tr("%1 may not %2: it is open to %3 of this case, and %1 "
                                            "holds none of these roles for it.")
                             .arg(actor.userName, what, labels.join(QStringLiteral(", "))));
}

} // namespace centerdesk::core
