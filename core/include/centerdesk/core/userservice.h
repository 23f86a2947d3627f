#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/passwordhasher.h"
#include "centerdesk/core/result.h"
#include "centerdesk/core/user.h"

namespace centerdesk::core {

class Store;

struct UserServiceOptions final
{
    Clock clock = systemClock();
    PasswordHasher::Parameters hashing = PasswordHasher::standard();
};

// Users, role assignments and sign-in. Passwords are hashed with Argon2id and
// never logged; failed sign-ins count towards a lockout; every sign-in and
// failure is recorded in the session log.
class UserService final
{
public:
    explicit UserService(Store& store, UserServiceOptions options = {});

    bool hasUsers() const;
    // The first administrator of a store that has no user yet.
    Result<Actor> createFirstAdministrator(const QString& name, const QByteArray& password);
    Result<Actor> signIn(const QString& name, const QByteArray& password);
    Status signOut(const Actor& actor);

    Result<User> addUser(const Actor& actor, const NewUser& newUser);
    Status addRole(const Actor& actor, const QString& userName, const RoleAssignment& role);
    Status removeRole(const Actor& actor, const QString& userName, const RoleAssignment& role);
    Status setDisabled(const Actor& actor, const QString& userName, bool disabled);
    // Administrators set anyone's password; a user may set their own.
    Status setPassword(const Actor& actor, const QString& userName, const QByteArray& password);

    Result<QList<User>> users(const Actor& actor) const;
    Result<User> user(const Actor& actor, const QString& userName) const;
    // Names and uuids of the users holding `role` (for pickers such as the NAM of an account).
    Result<QList<User>> usersWithRole(Role role) const;

    SecurityPolicy policy() const;
    Status setPolicy(const Actor& actor, const SecurityPolicy& policy);
    Result<QList<SessionLogEntry>> sessionLog(const Actor& actor, int limit = 200) const;

    // Checks a user name: 2 to 64 letters, digits, '.', '_' or '-'.
    static Status checkUserName(const QString& name);

private:
    Result<User> loadUser(const QString& userName) const;
    QString loadPasswordHash(const QString& userUuid) const;
    Status validateRole(const RoleAssignment& role) const;
    Status insertRole(const QString& userUuid, const RoleAssignment& role, const QString& now);
    Status logSession(const QString& userName, const QString& outcome, const QString& detail);
    Result<User> insertUser(const QString& actorName, const NewUser& newUser);

    Store& m_store;
    UserServiceOptions m_options;
};

} // namespace centerdesk::core
