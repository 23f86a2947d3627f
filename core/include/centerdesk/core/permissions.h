#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/result.h"

namespace centerdesk::core {

// What a user asks to do; each service function checks one of these.
enum class Action
{
    ViewAccount,
    EditAccount,    // create, change, programs, contacts, certifications, move Center
    ImportAccounts, // bulk import; every line must be in the actor's scope
    ReassignNam,
    ViewUsers,
    ManageUsers, // add, disable, roles, other users' passwords
    EditReference,
};

QString actionName(Action action);

// The thing acted on, as far as scope is concerned.
struct Scope final
{
    QString centerCode;
    QString namUserUuid;
    QString portCode;
};

// The case a step acts on, as far as scope is concerned.
struct CaseScope final
{
    QString centerCode;
    QString portCode;
    QString accountNamUuid;
    QString escalationLevel; // port center ofo-hq rr-hq fpf-hq biec
};

// The one place where the permission matrix lives:
//   admin          everything
//   center staff   view/edit/import/reassign accounts of their Center
//   NAM            view and edit accounts of their portfolio
//   port official,
//   FP&F officer   view any account (cases raised at the port may concern any)
//   HQ analyst     view every account and the users; change nothing here
// A refusal names the user, the action and why.
class Permissions final
{
public:
    static Status authorize(const Actor& actor, Action action, const Scope& scope = {});
    static bool allows(const Actor& actor, Action action, const Scope& scope = {})
    {
        return authorize(actor, action, scope).ok();
    }

    // Cases. A user acts on a case through a role they hold for it: Center
    // staff of its Center, the NAM of its account, port officials and FP&F
    // officers of its port, HQ analysts while it is escalated to an HQ
    // office, administrators always.
    static bool holdsRoleFor(const Actor& actor, Role role, const CaseScope& scope);
    // Seeing a case: any role held for it, and HQ analysts see every case.
    static Status authorizeCaseView(const Actor& actor, const CaseScope& scope);
    // A workflow step (or creating a case) open to `roles`: the actor must
    // hold one of them for this case. `what` names the step in the refusal.
    static Status authorizeCaseStep(const Actor& actor, const QList<Role>& roles,
                                    const CaseScope& scope, const QString& what);
    static bool isHqLevel(const QString& level);
};

} // namespace centerdesk::core
