#pragma once

#include "centerdesk/core/role.h"

namespace centerdesk::core {

// The signed-in user on whose behalf a service call acts. Core services take
// one on every call and decide permissions from it.
struct Actor final
{
    QString userUuid;
    QString userName;
    QString displayName;
    QList<RoleAssignment> roles;

    bool hasRole(Role role) const;
    bool isAdmin() const { return hasRole(Role::Admin); }
    QStringList centerCodes(Role role) const;
    QStringList portCodes(Role role) const;
    // The built-in actor for work the application does itself (demo data,
    // reference loads); never given to a person.
    static Actor system();
};

} // namespace centerdesk::core
