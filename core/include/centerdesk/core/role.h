#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace centerdesk::core {

// The roles of DESIGN.md "Who uses it". Each assignment carries its scope.
enum class Role
{
    CenterStaff,  // scope: one Center
    Nam,          // scope: own portfolio (accounts whose NAM is the user)
    PortOfficial, // scope: one port
    FpfOfficer,   // scope: one port
    HqAnalyst,    // all Centers, read; acts only on escalations to HQ
    Admin,        // everything; every change audited
};

// Command-line and storage names: center-staff nam port-official fpf-officer hq-analyst admin.
QString roleName(Role role);
std::optional<Role> roleFromName(QStringView name);
QStringList roleNames();
// A translated label for people ("Center staff", "NAM", ...).
QString roleLabel(Role role);

struct RoleAssignment final
{
    Role role = Role::CenterStaff;
    QString centerCode; // set for Center staff
    QString portCode;   // set for port officials and FP&F officers

    friend bool operator==(const RoleAssignment&, const RoleAssignment&) = default;
    // "Center staff (PHC)", "Port official (1001)", "Administrator".
    QString describe() const;
};

} // namespace centerdesk::core
