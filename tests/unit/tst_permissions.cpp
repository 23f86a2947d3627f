#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace centerdesk::core;
using centerdesk::test::fileBytes;

namespace {

const QList<Role> allRoles{Role::CenterStaff, Role::Nam,       Role::PortOfficial,
                           Role::FpfOfficer,  Role::HqAnalyst, Role::Admin};
const QList<Action> allActions{Action::ViewAccount,  Action::EditAccount, Action::ImportAccounts,
                               Action::ReassignNam,  Action::ViewUsers,   Action::ManageUsers,
                               Action::EditReference};

const QString ownCenter = QStringLiteral("PHC");
const QString otherCenter = QStringLiteral("AGR");
const QString ownPort = QStringLiteral("1001");

// Row names for the data tags.
const char* tagOf(Action action)
{
    switch (action) {
    case Action::ViewAccount:
        return "viewAccount";
    case Action::EditAccount:
        return "editAccount";
    case Action::ImportAccounts:
        return "importAccounts";
    case Action::ReassignNam:
        return "reassignNam";
    case Action::ViewUsers:
        return "viewUsers";
    case Action::ManageUsers:
        return "manageUsers";
    case Action::EditReference:
        return "editReference";
    }
    return "unknown";
}

// The matrix as documented in permissions.h, written out here on its own so
// that a change to the code cannot change the expectation with it.
bool documentedAllows(Role role, Action action, bool inScope)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::CenterStaff:
        return inScope && (action == Action::ViewAccount || action == Action::EditAccount ||
                           action == Action::ImportAccounts || action == Action::ReassignNam);
    case Role::Nam:
        return inScope && (action == Action::ViewAccount || action == Action::EditAccount);
    case Role::PortOfficial:
    case Role::FpfOfficer:
        return action == Action::ViewAccount;
    case Role::HqAnalyst:
        return action == Action::ViewAccount || action == Action::ViewUsers;
    }
    return false;
}

Actor actorWith(Role role)
{
    RoleAssignment assignment{role, {}, {}};
    if (role == Role::CenterStaff)
        assignment.centerCode = ownCenter;
    if (role == Role::PortOfficial || role == Role::FpfOfficer)
        assignment.portCode = ownPort;
    return Actor{QStringLiteral("uuid-") + roleName(role),
                 QStringLiteral("user-") + roleName(role),
                 roleLabel(role),
                 {assignment}};
}

// In scope: the actor's own Center, portfolio and port; out of scope: another
// Center, another NAM's portfolio and another port.
Scope scopeFor(const Actor& actor, bool inScope)
{
    if (inScope)
        return Scope{ownCenter, actor.userUuid, ownPort};
    return Scope{otherCenter, QStringLiteral("uuid-somebody-else"), QStringLiteral("0101")};
}

const QByteArray password("Correct-Horse-Battery-9");

Actor actorOf(const User& user)
{
    return Actor{user.uuid, user.name, user.displayName, user.roles};
}

} // namespace

class TestPermissions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void authorize_everyRoleActionAndScope_matchesDocumentedMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("inScope");
        QTest::addColumn<bool>("expected");
        for (Role role : allRoles) {
            for (Action action : allActions) {
                for (bool inScope : {true, false}) {
                    const bool expected = documentedAllows(role, action, inScope);
                    QTest::addRow("%s_%s_%s_%s", qPrintable(roleName(role)), tagOf(action),
                                  inScope ? "inScope" : "outOfScope",
                                  expected ? "allowed" : "refused")
                        << static_cast<int>(role) << static_cast<int>(action) << inScope
                        << expected;
                }
            }
        }
    }
    void authorize_everyRoleActionAndScope_matchesDocumentedMatrix()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(bool, inScope);
        QFETCH(bool, expected);
        const Actor actor = actorWith(static_cast<Role>(role));
        const Scope scope = scopeFor(actor, inScope);
        const Status status = Permissions::authorize(actor, static_cast<Action>(action), scope);
        QCOMPARE(status.ok(), expected);
        QCOMPARE(Permissions::allows(actor, static_cast<Action>(action), scope), expected);
        if (!expected) {
            QCOMPARE(status.error().kind, ErrorKind::PermissionDenied);
            QCOMPARE(status.error().rule, QStringLiteral("permission"));
            // The refusal names the user, the action and the Center.
            QVERIFY2(status.error().message.contains(actor.userName),
                     qPrintable(status.error().message));
            QVERIFY2(status.error().message.contains(actionName(static_cast<Action>(action))),
                     qPrintable(status.error().message));
            QVERIFY2(status.error().message.contains(scope.centerCode),
                     qPrintable(status.error().message));
        }
    }

    void authorize_matrix_coversEveryRoleAndAction()
    {
        // roleNames() is the list of roles the product knows; the matrix above must cover each.
        QCOMPARE(roleNames().size(), allRoles.size());
        for (Action action : allActions)
            QVERIFY(!actionName(action).isEmpty());
    }

    void authorize_edgeScopes_matchExpectation_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("userUuid");
        QTest::addColumn<QStringList>("roles"); // "role" or "role:center" or "role:port"
        QTest::addColumn<QString>("center");
        QTest::addColumn<QString>("nam");
        QTest::addColumn<bool>("expected");

        for (Action action : allActions) {
            QTest::addRow("noRoles_%s_refused", tagOf(action))
                << static_cast<int>(action) << QStringLiteral("u1") << QStringList() << ownCenter
                << QStringLiteral("u1") << false;
        }
        QTest::addRow("namWithEmptyUuid_scopeWithoutNam_viewRefused")
            << static_cast<int>(Action::ViewAccount) << QString()
            << QStringList{QStringLiteral("nam")} << ownCenter << QString() << false;
        QTest::addRow("namWithEmptyUuid_scopeWithoutNam_editRefused")
            << static_cast<int>(Action::EditAccount) << QString()
            << QStringList{QStringLiteral("nam")} << ownCenter << QString() << false;
        QTest::addRow("centerStaff_scopeWithoutCenter_viewRefused")
            << static_cast<int>(Action::ViewAccount) << QStringLiteral("u1")
            << QStringList{QStringLiteral("center-staff:PHC")} << QString() << QString() << false;
        QTest::addRow("centerStaffOfTwoCenters_secondCenter_editAllowed")
            << static_cast<int>(Action::EditAccount) << QStringLiteral("u1")
            << QStringList{QStringLiteral("center-staff:PHC"), QStringLiteral("center-staff:AGR")}
            << otherCenter << QString() << true;
        QTest::addRow("centerStaffOfTwoCenters_thirdCenter_editRefused")
            << static_cast<int>(Action::EditAccount) << QStringLiteral("u1")
            << QStringList{QStringLiteral("center-staff:PHC"), QStringLiteral("center-staff:AGR")}
            << QStringLiteral("ELE") << QString() << false;
        QTest::addRow("centerStaffAndNam_otherCenterOwnPortfolio_editAllowed")
            << static_cast<int>(Action::EditAccount) << QStringLiteral("u1")
            << QStringList{QStringLiteral("center-staff:PHC"), QStringLiteral("nam")} << otherCenter
            << QStringLiteral("u1") << true;
        QTest::addRow("centerStaffAndNam_otherCenterOwnPortfolio_reassignRefused")
            << static_cast<int>(Action::ReassignNam) << QStringLiteral("u1")
            << QStringList{QStringLiteral("center-staff:PHC"), QStringLiteral("nam")} << otherCenter
            << QStringLiteral("u1") << false;
        QTest::addRow("namOfPortfolio_importRefused")
            << static_cast<int>(Action::ImportAccounts) << QStringLiteral("u1")
            << QStringList{QStringLiteral("nam")} << ownCenter << QStringLiteral("u1") << false;
        QTest::addRow("portOfficial_otherPortsAccount_viewAllowed")
            << static_cast<int>(Action::ViewAccount) << QStringLiteral("u1")
            << QStringList{QStringLiteral("port-official:1001")} << otherCenter
            << QStringLiteral("u9") << true;
        QTest::addRow("portOfficialAndHq_manageUsersRefused")
            << static_cast<int>(Action::ManageUsers) << QStringLiteral("u1")
            << QStringList{QStringLiteral("port-official:1001"), QStringLiteral("hq-analyst")}
            << QString() << QString() << false;
        QTest::addRow("centerStaff_viewUsersRefused")
            << static_cast<int>(Action::ViewUsers) << QStringLiteral("u1")
            << QStringList{QStringLiteral("center-staff:PHC")} << ownCenter << QString() << false;
        QTest::addRow("adminWithOtherRoles_editReferenceAllowed")
            << static_cast<int>(Action::EditReference) << QStringLiteral("u1")
            << QStringList{QStringLiteral("nam"), QStringLiteral("admin")} << QString() << QString()
            << true;
    }
    void authorize_edgeScopes_matchExpectation()
    {
        QFETCH(int, action);
        QFETCH(QString, userUuid);
        QFETCH(QStringList, roles);
        QFETCH(QString, center);
        QFETCH(QString, nam);
        QFETCH(bool, expected);
        Actor actor{userUuid, QStringLiteral("someone"), QStringLiteral("Someone"), {}};
        for (const QString& text : roles) {
            const QStringList parts = text.split(QLatin1Char(':'));
            const std::optional<Role> role = roleFromName(parts.first());
            QVERIFY(role);
            RoleAssignment assignment{*role, {}, {}};
            if (parts.size() > 1) {
                if (*role == Role::CenterStaff)
                    assignment.centerCode = parts.at(1);
                else
                    assignment.portCode = parts.at(1);
            }
            actor.roles << assignment;
        }
        const Status status =
            Permissions::authorize(actor, static_cast<Action>(action), Scope{center, nam, {}});
        QCOMPARE(status.ok(), expected);
        if (!expected)
            QCOMPARE(status.error().kind, ErrorKind::PermissionDenied);
    }

    void refusedCall_outOfScopeActor_changesNothing_data()
    {
        QTest::addColumn<QString>("actorName");
        QTest::addColumn<QString>("operation");

        QTest::addRow("create_centerStaffOtherCenter_denied")
            << QStringLiteral("staff-phc") << QStringLiteral("create");
        QTest::addRow("create_namForAnotherNam_denied")
            << QStringLiteral("nam-ben") << QStringLiteral("create");
        QTest::addRow("create_hqAnalyst_denied")
            << QStringLiteral("hq") << QStringLiteral("create");
        QTest::addRow("create_portOfficial_denied")
            << QStringLiteral("port") << QStringLiteral("create");
        QTest::addRow("reassignNam_centerStaffOtherCenter_denied")
            << QStringLiteral("staff-phc") << QStringLiteral("reassignNam");
        QTest::addRow("reassignNam_namOfTheAccount_denied")
            << QStringLiteral("nam-ana") << QStringLiteral("reassignNam");
        QTest::addRow("reassignNam_oneOfTwoOutOfScope_deniedNeitherMoves")
            << QStringLiteral("staff-phc") << QStringLiteral("reassignNamMixed");
        QTest::addRow("moveToCenter_centerStaffOtherCenter_denied")
            << QStringLiteral("staff-phc") << QStringLiteral("moveToCenter");
        QTest::addRow("moveToCenter_hqAnalyst_denied")
            << QStringLiteral("hq") << QStringLiteral("moveToCenter");
        QTest::addRow("addProgram_namOfOtherPortfolio_denied")
            << QStringLiteral("nam-ben") << QStringLiteral("addProgram");
        QTest::addRow("addProgram_centerStaffOtherCenter_denied")
            << QStringLiteral("staff-phc") << QStringLiteral("addProgram");
        QTest::addRow("addProgram_portOfficial_denied")
            << QStringLiteral("port") << QStringLiteral("addProgram");
        QTest::addRow("addUser_centerStaff_denied")
            << QStringLiteral("staff-phc") << QStringLiteral("addUser");
        QTest::addRow("addUser_hqAnalyst_denied")
            << QStringLiteral("hq") << QStringLiteral("addUser");
        QTest::addRow("addUser_nam_denied")
            << QStringLiteral("nam-ana") << QStringLiteral("addUser");
    }
    void refusedCall_outOfScopeActor_changesNothing()
    {
        QFETCH(QString, actorName);
        QFETCH(QString, operation);
        QVERIFY(m_actors.contains(actorName));
        const Actor actor = m_actors.value(actorName);

        const Result<StoreInfo> before = m_store->info();
        QVERIFY(before.ok());
        QVERIFY(before->rowCounts.value(QStringLiteral("history")) > 0);
        const QByteArray fileBefore = fileBytes(m_store->path());
        const QByteArray walBefore = fileBytes(m_store->path() + QStringLiteral("-wal"));
        const Result<Account> agrBefore = m_accounts->get(m_admin, m_agrAccountUuid);
        const Result<Account> phcBefore = m_accounts->get(m_admin, m_phcAccountUuid);
        QVERIFY(agrBefore.ok() && phcBefore.ok());

        std::optional<Error> error;
        auto keep = [&](const auto& result) {
            QVERIFY2(!result.ok(), "an out-of-scope call was allowed");
            error = result.error();
        };
        if (operation == QLatin1String("create")) {
            AccountInput input;
            input.name = QStringLiteral("Refused Imports LLC");
            input.iorNumber = QStringLiteral("55-555555500");
            input.centerCode = otherCenter;
            input.namName = QStringLiteral("nam-ana");
            input.sizeClass = QStringLiteral("small");
            keep(m_accounts->create(actor, input));
        } else if (operation == QLatin1String("reassignNam")) {
            keep(m_accounts->reassignNam(actor, {m_agrAccountUuid}, QStringLiteral("nam-ben")));
        } else if (operation == QLatin1String("reassignNamMixed")) {
            keep(m_accounts->reassignNam(actor, {m_phcAccountUuid, m_agrAccountUuid},
                                         QStringLiteral("nam-ana")));
        } else if (operation == QLatin1String("moveToCenter")) {
            keep(m_accounts->moveToCenter(actor, m_agrAccountUuid, QStringLiteral("ELE"),
                                          QStringLiteral("realignment")));
        } else if (operation == QLatin1String("addProgram")) {
            PartnerProgram program;
            program.kind = ProgramKind::TrustedTrader;
            program.from = QDate(2026, 1, 1);
            keep(m_accounts->addProgram(actor, m_agrAccountUuid, program));
        } else if (operation == QLatin1String("addUser")) {
            keep(m_users->addUser(actor, NewUser{QStringLiteral("intruder"),
                                                 QStringLiteral("Intruder"),
                                                 "Another-Long-Pass-77",
                                                 {RoleAssignment{Role::Admin, {}, {}}}}));
        } else {
            QFAIL("unknown operation");
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ErrorKind::PermissionDenied);
        QVERIFY2(error->message.contains(actor.userName), qPrintable(error->message));

        const Result<StoreInfo> after = m_store->info();
        QVERIFY(after.ok());
        QCOMPARE(after->rowCounts, before->rowCounts);
        QCOMPARE(after->rowCounts.value(QStringLiteral("history")),
                 before->rowCounts.value(QStringLiteral("history")));
        QCOMPARE(fileBytes(m_store->path()), fileBefore);
        QCOMPARE(fileBytes(m_store->path() + QStringLiteral("-wal")), walBefore);
        const Result<Account> agrAfter = m_accounts->get(m_admin, m_agrAccountUuid);
        const Result<Account> phcAfter = m_accounts->get(m_admin, m_phcAccountUuid);
        QVERIFY(agrAfter.ok() && phcAfter.ok());
        for (const auto& [was, now] :
             {std::pair{&*agrBefore, &*agrAfter}, std::pair{&*phcBefore, &*phcAfter}}) {
            QCOMPARE(now->version, was->version);
            QCOMPARE(now->centerCode, was->centerCode);
            QCOMPARE(now->namName, was->namName);
            QCOMPARE(now->programs.size(), was->programs.size());
        }
        QVERIFY(!m_users->user(m_admin, QStringLiteral("intruder")).ok());
    }

    void allowedCall_inScopeActor_changesTheStore()
    {
        // The counterpart of the refusals above: the same store and actors do
        // succeed in scope, so the refusals are about scope and not a broken setup.
        const Result<StoreInfo> before = m_store->info();
        QVERIFY(before.ok());
        const Actor staff = m_actors.value(QStringLiteral("staff-phc"));
        QVERIFY(m_accounts->reassignNam(staff, {m_phcAccountUuid}, QStringLiteral("nam-ana")).ok());
        const Result<Account> phc = m_accounts->get(staff, m_phcAccountUuid);
        QVERIFY(phc.ok());
        QCOMPARE(phc->namName, QStringLiteral("nam-ana"));
        const Result<StoreInfo> after = m_store->info();
        QVERIFY(after.ok());
        QCOMPARE(after->rowCounts.value(QStringLiteral("history")),
                 before->rowCounts.value(QStringLiteral("history")) + 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<AccountService> m_accounts;
    Actor m_admin;
    QHash<QString, Actor> m_actors;
    QString m_agrAccountUuid;
    QString m_phcAccountUuid;
};

void TestPermissions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto store = Store::open(m_dir.filePath(QStringLiteral("permissions.db")));
    QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
    m_store = std::move(*store);
    UserServiceOptions options;
    options.hashing = PasswordHasher::minimum();
    m_users = std::make_unique<UserService>(*m_store, options);
    m_accounts = std::make_unique<AccountService>(*m_store);

    const Result<Actor> admin =
        m_users->createFirstAdministrator(QStringLiteral("admin"), password);
    QVERIFY2(admin.ok(), qPrintable(admin ? QString() : admin.error().message));
    m_admin = *admin;
    const QList<std::pair<QString, RoleAssignment>> people{
        {QStringLiteral("staff-phc"), RoleAssignment{Role::CenterStaff, ownCenter, {}}},
        {QStringLiteral("staff-agr"), RoleAssignment{Role::CenterStaff, otherCenter, {}}},
        {QStringLiteral("nam-ana"), RoleAssignment{Role::Nam, {}, {}}},
        {QStringLiteral("nam-ben"), RoleAssignment{Role::Nam, {}, {}}},
        {QStringLiteral("hq"), RoleAssignment{Role::HqAnalyst, {}, {}}},
        {QStringLiteral("port"), RoleAssignment{Role::PortOfficial, {}, ownPort}},
    };
    for (const auto& [name, role] : people) {
        const Result<User> user = m_users->addUser(m_admin, NewUser{name, name, password, {role}});
        QVERIFY2(user.ok(), qPrintable(user ? QString() : user.error().message));
        m_actors.insert(name, actorOf(*user));
    }

    AccountInput agr;
    agr.name = QStringLiteral("Acme Grain Co");
    agr.iorNumber = QStringLiteral("12-345678900");
    agr.centerCode = otherCenter;
    agr.namName = QStringLiteral("nam-ana");
    agr.sizeClass = QStringLiteral("medium");
    agr.programs = {PartnerProgram{{}, ProgramKind::Ctpat, 2, QDate(2024, 1, 1), {}}};
    const Result<Account> agrAccount = m_accounts->create(m_admin, agr);
    QVERIFY2(agrAccount.ok(), qPrintable(agrAccount ? QString() : agrAccount.error().message));
    m_agrAccountUuid = agrAccount->uuid;

    AccountInput phc = agr;
    phc.name = QStringLiteral("Pharma Health Inc");
    phc.iorNumber = QStringLiteral("98-765432100");
    phc.centerCode = ownCenter;
    phc.namName = QStringLiteral("nam-ben");
    const Result<Account> phcAccount = m_accounts->create(m_admin, phc);
    QVERIFY2(phcAccount.ok(), qPrintable(phcAccount ? QString() : phcAccount.error().message));
    m_phcAccountUuid = phcAccount->uuid;
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
