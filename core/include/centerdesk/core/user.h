#pragma once

#include "centerdesk/core/role.h"

#include <QDateTime>

namespace centerdesk::core {

struct User final
{
    QString uuid;
    QString name;
    QString displayName;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // null when not locked
    QDateTime createdAt;
    QList<RoleAssignment> roles;
};

struct NewUser final
{
    QString name;
    QString displayName;
    QByteArray password;
    QList<RoleAssignment> roles;
};

struct SessionLogEntry final
{
    QDateTime at;
    QString userName;
    QString outcome; // signed-in wrong-password locked disabled unknown-user signed-out
    QString detail;
};

// Sign-in rules an administrator may change (stored in the store).
struct SecurityPolicy final
{
    int maxFailedAttempts = 5;
    int lockoutMinutes = 15;
};

} // namespace centerdesk::core
