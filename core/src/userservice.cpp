#include "centerdesk/core/userservice.h"

#include "centerdesk/core/historylog.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace centerdesk::core {

namespace {

class UserText final
{
    Q_DECLARE_TR_FUNCTIONS(UserText)
};

const QString maxFailedKey = QStringLiteral("security.max_failed_attempts");
const QString lockoutKey = QStringLiteral("security.lockout_minutes");
const QString userSubject = QStringLiteral("user");

// A hash to verify against when the user does not exist, so that an unknown
// name takes as long as a wrong password.
const QString& decoyHash()
{
    static const QString hash =
        PasswordHasher::hash("decoy password for timing", PasswordHasher::minimum()).value();
    return hash;
}

Error signInRefused()
{
    return Error::invalid(QStringLiteral("password"), QStringLiteral("sign-in"),
                          UserText::tr("Unknown user name or wrong password."));
}

QJsonObject roleJson(const RoleAssignment& role)
{
    QJsonObject json{{QStringLiteral("role"), roleName(role.role)}};
    if (!role.centerCode.isEmpty())
        json.insert(QStringLiteral("center"), role.centerCode);
    if (!role.portCode.isEmpty())
        json.insert(QStringLiteral("port"), role.portCode);
    return json;
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

UserService::UserService(Store& store, UserServiceOptions options)
    : m_store(store)
    , m_options(std::move(options))
{}

Status UserService::checkUserName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{2,64}$"));
    if (!pattern.match(name).hasMatch()) {
        return Error::invalid(QStringLiteral("user name"), QStringLiteral("user-name"),
                              UserText::tr("A user name has 2 to 64 letters, digits, '.', '_' "
                                           "or '-' ('%1' does not).")
                                  .arg(name));
    }
    return {};
}

bool UserService::hasUsers() const
{
    Result<QSqlQuery> query = m_store.run(QStringLiteral("SELECT 1 FROM app_user LIMIT 1"));
    return query && query->next();
}

SecurityPolicy UserService::policy() const
{
    SecurityPolicy policy;
    policy.maxFailedAttempts =
        m_store.metaValue(maxFailedKey, QString::number(policy.maxFailedAttempts)).toInt();
    policy.lockoutMinutes =
        m_store.metaValue(lockoutKey, QString::number(policy.lockoutMinutes)).toInt();
    return policy;
}

Status UserService::setPolicy(const Actor& actor, const SecurityPolicy& policy)
{
    if (Status allowed = Permissions::authorize(actor, Action::ManageUsers); !allowed)
        return allowed;
    if (policy.maxFailedAttempts < 1 || policy.maxFailedAttempts > 100) {
        return Error::invalid(QStringLiteral("max failed attempts"), QStringLiteral("range"),
                              UserText::tr("Failed attempts before a lockout must be 1 to 100."));
    }
    if (policy.lockoutMinutes < 1 || policy.lockoutMinutes > 24 * 60) {
        return Error::invalid(QStringLiteral("lockout minutes"), QStringLiteral("range"),
                              UserText::tr("The lockout must last 1 minute to 24 hours."));
    }
    return m_store.transaction([&]() -> Status {
        if (Status set =
                m_store.setMetaValue(maxFailedKey, QString::number(policy.maxFailedAttempts));
            !set)
            return set;
        if (Status set = m_store.setMetaValue(lockoutKey, QString::number(policy.lockoutMinutes));
            !set)
            return set;
        return HistoryLog(m_store).append(
            QStringLiteral("store"), QString(), actor.userName, QStringLiteral("security-policy"),
            {{QStringLiteral("maxFailedAttempts"), policy.maxFailedAttempts},
             {QStringLiteral("lockoutMinutes"), policy.lockoutMinutes}},
            m_options.clock());
    });
}

Result<User> UserService::loadUser(const QString& userName) const
{
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT uuid, name, display_name, disabled, failed_attempts, locked_until, "
                       "created_at FROM app_user WHERE name = ?"),
        {userName});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::notFound(QStringLiteral("user"),
                               UserText::tr("There is no user named '%1'.").arg(userName));
    }
    User user;
    user.uuid = query->value(0).toString();
    user.name = query->value(1).toString();
    user.displayName = query->value(2).toString();
    user.disabled = query->value(3).toBool();
    user.failedAttempts = query->value(4).toInt();
    if (!query->value(5).isNull())
        user.lockedUntil = fromStoredTime(query->value(5).toString());
    user.createdAt = fromStoredTime(query->value(6).toString());
    Result<QSqlQuery> roles = m_store.run(
        QStringLiteral(
            "SELECT role, center_code, port_code FROM role_assignment WHERE user_uuid = ? "
            "ORDER BY role, center_code, port_code"),
        {user.uuid});
    if (!roles)
        return roles.error();
    while (roles->next()) {
        user.roles.append(
            RoleAssignment{roleFromName(roles->value(0).toString()).value_or(Role::HqAnalyst),
                           roles->value(1).toString(), roles->value(2).toString()});
    }
    return user;
}

QString UserService::loadPasswordHash(const QString& userUuid) const
{
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT password_hash FROM app_user WHERE uuid = ?"), {userUuid});
    if (query && query->next())
        return query->value(0).toString();
    return {};
}

Status UserService::validateRole(const RoleAssignment& role) const
{
    const bool needsCenter = role.role == Role::CenterStaff;
    const bool needsPort = role.role == Role::PortOfficial || role.role == Role::FpfOfficer;
    if (needsCenter != !role.centerCode.isEmpty()) {
        return Error::invalid(
            QStringLiteral("center"), QStringLiteral("role-scope"),
            needsCenter
                ? UserText::tr("%1 needs a Center (--center CODE).").arg(roleLabel(role.role))
                : UserText::tr("%1 takes no Center.").arg(roleLabel(role.role)));
    }
    if (needsPort != !role.portCode.isEmpty()) {
        return Error::invalid(
            QStringLiteral("port"), QStringLiteral("role-scope"),
            needsPort ? UserText::tr("%1 needs a port (--port CODE).").arg(roleLabel(role.role))
                      : UserText::tr("%1 takes no port.").arg(roleLabel(role.role)));
    }
    if (needsCenter) {
        Result<QSqlQuery> center =
            m_store.run(QStringLiteral("SELECT 1 FROM center WHERE code = ?"), {role.centerCode});
        if (!center)
            return center.error();
        if (!center->next()) {
            return Error::invalid(QStringLiteral("center"), QStringLiteral("unknown-center"),
                                  UserText::tr("There is no Center '%1'.").arg(role.centerCode));
        }
    }
    if (needsPort) {
        Result<QSqlQuery> port =
            m_store.run(QStringLiteral("SELECT 1 FROM port WHERE code = ?"), {role.portCode});
        if (!port)
            return port.error();
        if (!port->next()) {
            return Error::invalid(
                QStringLiteral("port"), QStringLiteral("unknown-port"),
                UserText::tr("There is no port '%1' in the reference data.").arg(role.portCode));
        }
    }
    return {};
}

Status UserService::insertRole(const QString& userUuid, const RoleAssignment& role,
                               const QString& now)
{
    Result<QSqlQuery> inserted = m_store.run(
        QStringLiteral(
            "INSERT INTO role_assignment(uuid, updated_at, user_uuid, role, center_code, "
            "port_code) VALUES(?, ?, ?, ?, ?, ?)"),
        {newUuid(), now, userUuid, roleName(role.role), nullIfEmpty(role.centerCode),
         nullIfEmpty(role.portCode)});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<User> UserService::insertUser(const QString& actorName, const NewUser& newUser)
{
    if (Status name = checkUserName(newUser.name); !name)
        return name.error();
    if (Status strong = PasswordHasher::checkStrength(newUser.password, newUser.name,
                                                      QStringLiteral("password"));
        !strong)
        return strong.error();
    if (newUser.roles.isEmpty()) {
        return Error::invalid(QStringLiteral("role"), QStringLiteral("role-required"),
                              UserText::tr("A user needs at least one role."));
    }
    for (const RoleAssignment& role : newUser.roles) {
        if (Status valid = validateRole(role); !valid)
            return valid.error();
    }
    if (loadUser(newUser.name).ok()) {
        return Error::conflict(
            QStringLiteral("user name"), QStringLiteral("duplicate"),
            UserText::tr("There is already a user named '%1'.").arg(newUser.name));
    }
    const Result<QString> hash = PasswordHasher::hash(newUser.password, m_options.hashing);
    if (!hash)
        return hash.error();
    const QDateTime now = m_options.clock();
    const QString nowText = toStoredTime(now);
    const QString uuid = newUuid();
    const Status written = m_store.transaction([&]() -> Status {
        Result<QSqlQuery> inserted =
            m_store.run(QStringLiteral("INSERT INTO app_user(uuid, updated_at, name, display_name, "
                                       "password_hash, created_at) VALUES(?, ?, ?, ?, ?, ?)"),
                        {uuid, nowText, newUser.name, newUser.displayName, *hash, nowText});
        if (!inserted)
            return inserted.error();
        QJsonArray roles;
        for (const RoleAssignment& role : newUser.roles) {
            if (Status added = insertRole(uuid, role, nowText); !added)
                return added;
            roles.append(roleJson(role));
        }
        return HistoryLog(m_store).append(
            userSubject, uuid, actorName, QStringLiteral("created"),
            {{QStringLiteral("name"), newUser.name}, {QStringLiteral("roles"), roles}}, now);
    });
    if (!written)
        return written.error();
    return loadUser(newUser.name);
}

Result<Actor> UserService::createFirstAdministrator(const QString& name, const QByteArray& password)
{
    if (hasUsers()) {
        return Error::conflict(QStringLiteral("admin"), QStringLiteral("has-users"),
                               UserText::tr("The store already has users; an administrator adds "
                                            "new ones with 'user add'."));
    }
    NewUser admin{name, name, password, {RoleAssignment{Role::Admin, {}, {}}}};
    const Result<User> created = insertUser(name, admin);
    if (!created)
        return created.error();
    return Actor{created->uuid, created->name, created->displayName, created->roles};
}

Status UserService::logSession(const QString& userName, const QString& outcome,
                               const QString& detail)
{
    Result<QSqlQuery> logged = m_store.run(
        QStringLiteral(
            "INSERT INTO session_log(at, user_name, outcome, detail) VALUES(?, ?, ?, ?)"),
        {toStoredTime(m_options.clock()), userName, outcome, detail});
    if (!logged)
        return logged.error();
    return {};
}

Result<Actor> UserService::signIn(const QString& name, const QByteArray& password)
{
    const Result<User> found = loadUser(name);
    if (!found) {
        if (found.error().kind != ErrorKind::NotFound)
            return found.error();
        PasswordHasher::verify(decoyHash(), password);
        if (Status logged = m_store.transaction(
                [&] { return logSession(name, QStringLiteral("unknown-user"), {}); });
            !logged)
            return logged.error();
        return signInRefused();
    }
    const User& user = *found;
    const QDateTime now = m_options.clock();
    if (user.disabled) {
        (void)m_store.transaction(
            [&] { return logSession(user.name, QStringLiteral("disabled"), {}); });
        return Error::denied(
            UserText::tr("The user '%1' is disabled; ask an administrator.").arg(user.name));
    }
    if (user.lockedUntil.isValid() && now < user.lockedUntil) {
        (void)m_store.transaction(
            [&] { return logSession(user.name, QStringLiteral("locked"), {}); });
        const qint64 minutes = std::max<qint64>(1, (now.secsTo(user.lockedUntil) + 59) / 60);
        return Error::denied(UserText::tr("The user '%1' is locked after too many failed sign-ins; "
                                          "try again in %2 minute(s) or ask an administrator.")
                                 .arg(user.name)
                                 .arg(minutes));
    }

    if (!PasswordHasher::verify(loadPasswordHash(user.uuid), password)) {
        const SecurityPolicy rules = policy();
        const int failures = user.failedAttempts + 1;
        const bool lock = failures >= rules.maxFailedAttempts;
        const Status recorded = m_store.transaction([&]() -> Status {
            Result<QSqlQuery> updated = m_store.run(
                QStringLiteral(
                    "UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE uuid = ?"),
                {lock ? 0 : failures,
                 lock ? QVariant(toStoredTime(now.addSecs(60LL * rules.lockoutMinutes)))
                      : QVariant(),
                 user.uuid});
            if (!updated)
                return updated.error();
            return logSession(
                user.name, QStringLiteral("wrong-password"),
                lock ? QStringLiteral("locked for %1 minutes").arg(rules.lockoutMinutes)
                     : QStringLiteral("failure %1 of %2")
                           .arg(failures)
                           .arg(rules.maxFailedAttempts));
        });
        if (!recorded)
            return recorded.error();
        return signInRefused();
    }

    const Status recorded = m_store.transaction([&]() -> Status {
        Result<QSqlQuery> updated = m_store.run(
            QStringLiteral(
                "UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE uuid = ?"),
            {user.uuid});
        if (!updated)
            return updated.error();
        return logSession(user.name, QStringLiteral("signed-in"), {});
    });
    if (!recorded)
        return recorded.error();
    return Actor{user.uuid, user.name, user.displayName, user.roles};
}

Status UserService::signOut(const Actor& actor)
{
    return m_store.transaction(
        [&] { return logSession(actor.userName, QStringLiteral("signed-out"), {}); });
}

Result<User> UserService::addUser(const Actor& actor, const NewUser& newUser)
{
    if (Status allowed = Permissions::authorize(actor, Action::ManageUsers); !allowed)
        return allowed.error();
    return insertUser(actor.userName, newUser);
}

Status UserService::addRole(const Actor& actor, const QString& userName, const RoleAssignment& role)
{
    if (Status allowed = Permissions::authorize(actor, Action::ManageUsers); !allowed)
        return allowed;
    const Result<User> user = loadUser(userName);
    if (!user)
        return user.error();
    if (Status valid = validateRole(role); !valid)
        return valid;
    if (user->roles.contains(role)) {
        return Error::conflict(
            QStringLiteral("role"), QStringLiteral("duplicate"),
            UserText::tr("%1 already holds the role %2.").arg(userName, role.describe()));
    }
    const QDateTime now = m_options.clock();
    return m_store.transaction([&]() -> Status {
        if (Status added = insertRole(user->uuid, role, toStoredTime(now)); !added)
            return added;
        return HistoryLog(m_store).append(userSubject, user->uuid, actor.userName,
                                          QStringLiteral("role-added"), roleJson(role), now);
    });
}

Status UserService::removeRole(const Actor& actor, const QString& userName,
                               const RoleAssignment& role)
{
    if (Status allowed = Permissions::authorize(actor, Action::ManageUsers); !allowed)
        return allowed;
    const Result<User> user = loadUser(userName);
    if (!user)
        return user.error();
    if (!user->roles.contains(role)) {
        return Error::notFound(
            QStringLiteral("role"),
            UserText::tr("%1 does not hold the role %2.").arg(userName, role.describe()));
    }
    if (user->roles.size() == 1) {
        return Error::invalid(
            QStringLiteral("role"), QStringLiteral("last-role"),
            UserText::tr("%1 would have no role left; disable the user instead.").arg(userName));
    }
    const QDateTime now = m_options.clock();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> removed = m_store.run(
            QStringLiteral("DELETE FROM role_assignment WHERE user_uuid = ? AND role = ? AND "
                           "center_code IS ? AND port_code IS ?"),
            {user->uuid, roleName(role.role), nullIfEmpty(role.centerCode),
             nullIfEmpty(role.portCode)});
        if (!removed)
            return removed.error();
        return HistoryLog(m_store).append(userSubject, user->uuid, actor.userName,
                                          QStringLiteral("role-removed"), roleJson(role), now);
    });
}

Status UserService::setDisabled(const Actor& actor, const QString& userName, bool disabled)
{
    if (Status allowed = Permissions::authorize(actor, Action::ManageUsers); !allowed)
        return allowed;
    const Result<User> user = loadUser(userName);
    if (!user)
        return user.error();
    if (disabled && user->uuid == actor.userUuid) {
        return Error::invalid(QStringLiteral("user"), QStringLiteral("self"),
                              UserText::tr("You cannot disable your own user."));
    }
    const QDateTime now = m_options.clock();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> updated = m_store.run(
            QStringLiteral("UPDATE app_user SET disabled = ?, failed_attempts = 0, locked_until = "
                           "NULL, version = version + 1, updated_at = ? WHERE uuid = ?"),
            {disabled ? 1 : 0, toStoredTime(now), user->uuid});
        if (!updated)
            return updated.error();
        return HistoryLog(m_store).append(
            userSubject, user->uuid, actor.userName,
            disabled ? QStringLiteral("disabled") : QStringLiteral("enabled"), {}, now);
    });
}

Status UserService::setPassword(const Actor& actor, const QString& userName,
                                const QByteArray& password)
{
    const Result<User> user = loadUser(userName);
    if (!user)
        return user.error();
    if (user->uuid != actor.userUuid) {
        if (Status allowed = Permissions::authorize(actor, Action::ManageUsers); !allowed)
            return allowed;
    }
    if (Status strong =
            PasswordHasher::checkStrength(password, userName, QStringLiteral("password"));
        !strong)
        return strong;
    const Result<QString> hash = PasswordHasher::hash(password, m_options.hashing);
    if (!hash)
        return hash.error();
    const QDateTime now = m_options.clock();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> updated = m_store.run(
            QStringLiteral(
                "UPDATE app_user SET password_hash = ?, failed_attempts = 0, "
                "locked_until = NULL, version = version + 1, updated_at = ? WHERE uuid = ?"),
            {*hash, toStoredTime(now), user->uuid});
        if (!updated)
            return updated.error();
        return HistoryLog(m_store).append(userSubject, user->uuid, actor.userName,
                                          QStringLiteral("password-changed"), {}, now);
    });
}

Result<QList<User>> UserService::users(const Actor& actor) const
{
    if (Status allowed = Permissions::authorize(actor, Action::ViewUsers); !allowed)
        return allowed.error();
    Result<QSqlQuery> names =
        m_store.run(QStringLiteral("SELECT name FROM app_user ORDER BY name"));
    if (!names)
        return names.error();
    QStringList all;
    while (names->next())
        all << names->value(0).toString();
    QList<User> result;
    for (const QString& name : all) {
        Result<User> user = loadUser(name);
        if (!user)
            return user.error();
        result.append(std::move(user).value());
    }
    return result;
}

Result<User> UserService::user(const Actor& actor, const QString& userName) const
{
    const Result<User> found = loadUser(userName);
    if (found && found->uuid == actor.userUuid)
        return found;
    if (Status allowed = Permissions::authorize(actor, Action::ViewUsers); !allowed)
        return allowed.error();
    return found;
}

Result<QList<User>> UserService::usersWithRole(Role role) const
{
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT DISTINCT u.name FROM app_user u JOIN role_assignment r ON "
                       "r.user_uuid = u.uuid WHERE r.role = ? AND u.disabled = 0 ORDER BY u.name"),
        {roleName(role)});
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names << query->value(0).toString();
    QList<User> result;
    for (const QString& name : names) {
        Result<User> user = loadUser(name);
        if (!user)
            return user.error();
        result.append(std::move(user).value());
    }
    return result;
}

Result<QList<SessionLogEntry>> UserService::sessionLog(const Actor& actor, int limit) const
{
    if (Status allowed = Permissions::authorize(actor, Action::ViewUsers); !allowed)
        return allowed.error();
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral(
            "SELECT at, user_name, outcome, detail FROM session_log ORDER BY id DESC LIMIT ?"),
        {limit});
    if (!query)
        return query.error();
    QList<SessionLogEntry> entries;
    while (query->next()) {
        entries.append(SessionLogEntry{fromStoredTime(query->value(0).toString()),
                                       query->value(1).toString(), query->value(2).toString(),
                                       query->value(3).toString()});
    }
    return entries;
}

} // namespace centerdesk::core
