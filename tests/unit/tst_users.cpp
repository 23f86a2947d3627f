#include "centerdesk/core/historylog.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace centerdesk::core;
using centerdesk::test::fileBytes;

namespace {

const QByteArray adminPassword("Lighthouse-Keeper-2026");
const QByteArray staffPassword("Orchard-Secret-Words-88");

template<typename T> QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestUsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createFirstAdministrator_emptyStore_createsAdminOnce()
    {
        QVERIFY(!m_users->hasUsers());
        const Result<Actor> admin =
            m_users->createFirstAdministrator(QStringLiteral("chief"), adminPassword);
        QVERIFY2(admin.ok(), qPrintable(errorText(admin)));
        QVERIFY(admin->isAdmin());
        QCOMPARE(admin->userName, QStringLiteral("chief"));
        QVERIFY(m_users->hasUsers());
        const Result<QList<HistoryEntry>> history =
            HistoryLog::entriesFor(*m_store, QStringLiteral("user"), admin->userUuid);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().kind, QStringLiteral("created"));
        QCOMPARE(history->first().at, m_now);

        const qint64 usersBefore = rowCount(QStringLiteral("app_user"));
        const Result<Actor> second =
            m_users->createFirstAdministrator(QStringLiteral("usurper"), adminPassword);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, ErrorKind::Conflict);
        QCOMPARE(second.error().rule, QStringLiteral("has-users"));
        QCOMPARE(rowCount(QStringLiteral("app_user")), usersBefore);
        QVERIFY(!m_users->signIn(QStringLiteral("usurper"), adminPassword).ok());
    }

    void createFirstAdministrator_weakPassword_refusedAndNothingWritten()
    {
        const Result<Actor> admin =
            m_users->createFirstAdministrator(QStringLiteral("chief"), "short");
        QVERIFY(!admin.ok());
        QCOMPARE(admin.error().rule, QStringLiteral("password-length"));
        QVERIFY(!m_users->hasUsers());
        QCOMPARE(rowCount(QStringLiteral("history")), 0);
    }

    void addUser_storedHash_isArgon2idAtLeastOwaspMinimum_data()
    {
        QTest::addColumn<bool>("standardParameters");
        QTest::addRow("testParameters_minimum") << false;
        QTest::addRow("productParameters_standard") << true;
    }
    void addUser_storedHash_isArgon2idAtLeastOwaspMinimum()
    {
        QFETCH(bool, standardParameters);
        UserServiceOptions options = m_options;
        if (standardParameters)
            options.hashing = PasswordHasher::standard();
        UserService users(*m_store, options);
        const Result<Actor> admin =
            users.createFirstAdministrator(QStringLiteral("chief"), adminPassword);
        QVERIFY2(admin.ok(), qPrintable(errorText(admin)));
        const QString hash = storedHash(QStringLiteral("chief"));
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$")), qPrintable(hash));
        static const QRegularExpression params(
            QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$[^$]+\\$[^$]+$"));
        const QRegularExpressionMatch match = params.match(hash);
        QVERIFY2(match.hasMatch(), qPrintable(hash));
        const int memoryKiB = match.captured(1).toInt();
        const int passes = match.captured(2).toInt();
        QVERIFY2(memoryKiB >= 19456, qPrintable(hash));
        QVERIFY2(passes >= 2, qPrintable(hash));
        if (standardParameters)
            QCOMPARE(memoryKiB, 65536);
        // Two hashes of one password differ (a fresh salt each time), and both verify.
        const Result<QString> again =
            PasswordHasher::hash(adminPassword, PasswordHasher::minimum());
        QVERIFY(again.ok());
        QVERIFY(*again != hash);
        QVERIFY(PasswordHasher::verify(hash, adminPassword));
        QVERIFY(PasswordHasher::verify(*again, adminPassword));
        QVERIFY(!PasswordHasher::verify(hash, adminPassword + "x"));
    }

    void signInAndPasswordChange_anyPassword_neverStoredInClear()
    {
        const QByteArray secret("Zebra-Quartz-Lantern-4711");
        const QByteArray wrong("Wrong-Guess-Lantern-0815");
        const QByteArray changed("Otter-Maple-Violet-3390");
        const Actor admin = makeAdmin();
        QVERIFY(m_users
                    ->addUser(admin, NewUser{QStringLiteral("jdoe"),
                                             QStringLiteral("J. Doe"),
                                             secret,
                                             {RoleAssignment{Role::Nam, {}, {}}}})
                    .ok());
        QVERIFY(m_users->signIn(QStringLiteral("jdoe"), secret).ok());
        QVERIFY(!m_users->signIn(QStringLiteral("jdoe"), wrong).ok());
        QVERIFY(!m_users->signIn(QStringLiteral("nobody"), wrong).ok());
        QVERIFY(m_users->setPassword(admin, QStringLiteral("jdoe"), changed).ok());

        const QString path = m_store->path();
        auto assertAbsent = [&](const QByteArray& bytes, const char* where) {
            QVERIFY2(!bytes.isEmpty(), where);
            for (const QByteArray& password : {secret, wrong, changed, adminPassword}) {
                QVERIFY2(!bytes.contains(password), where);
                // UTF-16 too, in case a QString was written as such.
                const QString text = QString::fromLatin1(password);
                const QByteArray utf16(reinterpret_cast<const char*>(text.utf16()),
                                       text.size() * 2);
                QVERIFY2(!bytes.contains(utf16), where);
            }
        };
        assertAbsent(fileBytes(path) + fileBytes(path + QStringLiteral("-wal")), "store and WAL");
        QVERIFY(fileBytes(path + QStringLiteral("-wal")).contains("$argon2id$"));
        // The session log holds outcomes, never the password typed.
        const Result<QList<SessionLogEntry>> log = m_users->sessionLog(admin);
        QVERIFY(log.ok());
        for (const SessionLogEntry& entry : *log)
            QVERIFY(!entry.detail.contains(QString::fromLatin1(wrong)));

        // After a checkpoint everything is in the main file: still no password.
        m_users.reset();
        m_store.reset();
        assertAbsent(fileBytes(path), "checkpointed store");
        QVERIFY(fileBytes(path).contains("$argon2id$"));
    }

    void addUser_weakPassword_refusedWithRule_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("rule"); // empty: accepted

        QTest::addRow("elevenCharacters_refused")
            << QStringLiteral("alice") << QByteArray("Abcdefgh-1!")
            << QStringLiteral("password-length");
        QTest::addRow("twelveCharacters_accepted")
            << QStringLiteral("alice") << QByteArray("Abcdefgh-12!") << QString();
        QTest::addRow("elevenMultibyteCharacters_refusedByCharacters")
            << QStringLiteral("alice")
            << QByteArray("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                          "\xC3\xA9\xC3\xA9X")
            << QStringLiteral("password-length");
        QTest::addRow("empty_refused")
            << QStringLiteral("alice") << QByteArray() << QStringLiteral("password-length");
        QTest::addRow("commonPassword_refused")
            << QStringLiteral("alice") << QByteArray("password1234")
            << QStringLiteral("password-common");
        QTest::addRow("commonPasswordOtherCase_refused")
            << QStringLiteral("alice") << QByteArray("PassWord1234")
            << QStringLiteral("password-common");
        QTest::addRow("containsUserName_refused")
            << QStringLiteral("jsmith") << QByteArray("my-JSmith-pass-2026")
            << QStringLiteral("password-user-name");
        QTest::addRow("isUserNameLongEnough_refused")
            << QStringLiteral("maximilian.k") << QByteArray("Maximilian.K")
            << QStringLiteral("password-user-name");
        QTest::addRow("oneRepeatedCharacter_refused")
            << QStringLiteral("alice") << QByteArray("qqqqqqqqqqqqqq")
            << QStringLiteral("password-repeated");
        QTest::addRow("oneRepeatedMultibyteCharacter_refused")
            << QStringLiteral("alice")
            << QByteArray("\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC"
                          "\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC\xE2\x82\xAC"
                          "\xE2\x82\xAC\xE2\x82\xAC")
            << QStringLiteral("password-repeated");
        QTest::addRow("twoCharactersRepeated_accepted")
            << QStringLiteral("alice") << QByteArray("qwqwqwqwqwqwqw") << QString();
    }
    void addUser_weakPassword_refusedWithRule()
    {
        QFETCH(QString, userName);
        QFETCH(QByteArray, password);
        QFETCH(QString, rule);
        const Actor admin = makeAdmin();
        const qint64 usersBefore = rowCount(QStringLiteral("app_user"));
        const qint64 historyBefore = rowCount(QStringLiteral("history"));
        const Result<User> added = m_users->addUser(
            admin,
            NewUser{userName, userName, password, {RoleAssignment{Role::HqAnalyst, {}, {}}}});
        if (rule.isEmpty()) {
            QVERIFY2(added.ok(), qPrintable(errorText(added)));
            QCOMPARE(rowCount(QStringLiteral("app_user")), usersBefore + 1);
            return;
        }
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(added.error().field, QStringLiteral("password"));
        QCOMPARE(added.error().rule, rule);
        QCOMPARE(rowCount(QStringLiteral("app_user")), usersBefore);
        QCOMPARE(rowCount(QStringLiteral("history")), historyBefore);
        // The same rules guard a password change.
        const Status changed = m_users->setPassword(admin, admin.userName, password);
        if (userName == QLatin1String("alice")) {
            QVERIFY(!changed.ok());
            QCOMPARE(changed.error().rule, rule);
        }
    }

    void signIn_rightPassword_returnsActorAndLogs()
    {
        const Actor admin = makeAdmin();
        addStaff(admin);
        const Result<Actor> actor = m_users->signIn(QStringLiteral("staff"), staffPassword);
        QVERIFY2(actor.ok(), qPrintable(errorText(actor)));
        QCOMPARE(actor->userName, QStringLiteral("staff"));
        QCOMPARE(actor->roles, (QList<RoleAssignment>{
                                   RoleAssignment{Role::CenterStaff, QStringLiteral("PHC"), {}}}));
        QVERIFY(!actor->isAdmin());
        QCOMPARE(actor->centerCodes(Role::CenterStaff), QStringList{QStringLiteral("PHC")});
        // Names are matched without regard to case.
        QVERIFY(m_users->signIn(QStringLiteral("STAFF"), staffPassword).ok());
        const QList<SessionLogEntry> log = sessionLog(admin);
        QCOMPARE(log.first().outcome, QStringLiteral("signed-in"));
        QCOMPARE(log.first().at, m_now);
    }

    void signIn_wrongPasswordOrUnknownUser_sameRefusal()
    {
        const Actor admin = makeAdmin();
        addStaff(admin);
        const Result<Actor> wrong = m_users->signIn(QStringLiteral("staff"), "Not-The-Password-1");
        const Result<Actor> unknown = m_users->signIn(QStringLiteral("ghost"), staffPassword);
        QVERIFY(!wrong.ok());
        QVERIFY(!unknown.ok());
        QCOMPARE(wrong.error().kind, unknown.error().kind);
        QCOMPARE(wrong.error().field, unknown.error().field);
        QCOMPARE(wrong.error().rule, unknown.error().rule);
        QCOMPARE(wrong.error().message, unknown.error().message);
        QVERIFY(!wrong.error().message.contains(QStringLiteral("ghost")));
        const QList<SessionLogEntry> log = sessionLog(admin);
        QCOMPARE(log.at(0).outcome, QStringLiteral("unknown-user"));
        QCOMPARE(log.at(0).userName, QStringLiteral("ghost"));
        QCOMPARE(log.at(1).outcome, QStringLiteral("wrong-password"));
        QCOMPARE(log.at(1).userName, QStringLiteral("staff"));
    }

    void signIn_fiveFailures_locksForFifteenMinutes()
    {
        const Actor admin = makeAdmin();
        addStaff(admin);
        const QDateTime start = m_now;
        for (int i = 0; i < 5; ++i) {
            const Result<Actor> failed =
                m_users->signIn(QStringLiteral("staff"), "Wrong-Password-Again");
            QVERIFY(!failed.ok());
            QCOMPARE(failed.error().rule, QStringLiteral("sign-in"));
        }
        const Result<User> locked = m_users->user(admin, QStringLiteral("staff"));
        QVERIFY(locked.ok());
        QCOMPARE(locked->lockedUntil, start.addSecs(15 * 60));

        // The sixth attempt, with the right password, is refused.
        const Result<Actor> sixth = m_users->signIn(QStringLiteral("staff"), staffPassword);
        QVERIFY(!sixth.ok());
        QCOMPARE(sixth.error().kind, ErrorKind::PermissionDenied);
        QVERIFY2(sixth.error().message.contains(QStringLiteral("15")),
                 qPrintable(sixth.error().message));

        m_now = start.addSecs(15 * 60 - 1);
        const Result<Actor> almost = m_users->signIn(QStringLiteral("staff"), staffPassword);
        QVERIFY(!almost.ok());
        QCOMPARE(almost.error().kind, ErrorKind::PermissionDenied);

        m_now = start.addSecs(15 * 60);
        const Result<Actor> after = m_users->signIn(QStringLiteral("staff"), staffPassword);
        QVERIFY2(after.ok(), qPrintable(errorText(after)));
        const Result<User> unlocked = m_users->user(admin, QStringLiteral("staff"));
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked->failedAttempts, 0);
        QVERIFY(!unlocked->lockedUntil.isValid());
    }

    void signIn_successBeforeLimit_resetsFailureCount()
    {
        const Actor admin = makeAdmin();
        addStaff(admin);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!m_users->signIn(QStringLiteral("staff"), "Wrong-Password-Again").ok());
        QCOMPARE(m_users->user(admin, QStringLiteral("staff"))->failedAttempts, 4);
        QVERIFY(m_users->signIn(QStringLiteral("staff"), staffPassword).ok());
        QCOMPARE(m_users->user(admin, QStringLiteral("staff"))->failedAttempts, 0);
        for (int i = 0; i < 4; ++i)
            QVERIFY(!m_users->signIn(QStringLiteral("staff"), "Wrong-Password-Again").ok());
        QVERIFY(m_users->signIn(QStringLiteral("staff"), staffPassword).ok());
    }

    void setPolicy_threeAttemptsOneMinute_applied()
    {
        const Actor admin = makeAdmin();
        addStaff(admin);
        QCOMPARE(m_users->policy().maxFailedAttempts, 5);
        QCOMPARE(m_users->policy().lockoutMinutes, 15);
        QVERIFY(m_users->setPolicy(admin, SecurityPolicy{3, 1}).ok());
        QCOMPARE(m_users->policy().maxFailedAttempts, 3);
        QCOMPARE(m_users->policy().lockoutMinutes, 1);
        // Kept in the store: a new service on the same store reads it.
        QCOMPARE(UserService(*m_store, m_options).policy().maxFailedAttempts, 3);

        const QDateTime start = m_now;
        for (int i = 0; i < 2; ++i)
            QVERIFY(!m_users->signIn(QStringLiteral("staff"), "Wrong-Password-Again").ok());
        QVERIFY(!m_users->user(admin, QStringLiteral("staff"))->lockedUntil.isValid());
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), "Wrong-Password-Again").ok());
        const Result<Actor> lockedOut = m_users->signIn(QStringLiteral("staff"), staffPassword);
        QVERIFY(!lockedOut.ok());
        QCOMPARE(lockedOut.error().kind, ErrorKind::PermissionDenied);
        m_now = start.addSecs(59);
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), staffPassword).ok());
        m_now = start.addSecs(60);
        QVERIFY(m_users->signIn(QStringLiteral("staff"), staffPassword).ok());
        QCOMPARE(lastHistoryKind(), QStringLiteral("security-policy"));
    }

    void setPolicy_outOfRangeOrNotAdmin_refused_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("asAdmin");
        QTest::addColumn<int>("kind");

        QTest::addRow("zeroAttempts_refused") << 0 << 15 << true << int(ErrorKind::InvalidInput);
        QTest::addRow("101Attempts_refused") << 101 << 15 << true << int(ErrorKind::InvalidInput);
        QTest::addRow("zeroMinutes_refused") << 5 << 0 << true << int(ErrorKind::InvalidInput);
        QTest::addRow("overADay_refused")
            << 5 << 24 * 60 + 1 << true << int(ErrorKind::InvalidInput);
        QTest::addRow("centerStaff_refused") << 3 << 1 << false << int(ErrorKind::PermissionDenied);
    }
    void setPolicy_outOfRangeOrNotAdmin_refused()
    {
        QFETCH(int, attempts);
        QFETCH(int, minutes);
        QFETCH(bool, asAdmin);
        QFETCH(int, kind);
        const Actor admin = makeAdmin();
        const Actor staff = addStaff(admin);
        const Status set =
            m_users->setPolicy(asAdmin ? admin : staff, SecurityPolicy{attempts, minutes});
        QVERIFY(!set.ok());
        QCOMPARE(int(set.error().kind), kind);
        QCOMPARE(m_users->policy().maxFailedAttempts, 5);
        QCOMPARE(m_users->policy().lockoutMinutes, 15);
    }

    void signIn_disabledUser_refusedEvenWithRightPassword()
    {
        const Actor admin = makeAdmin();
        addStaff(admin);
        QVERIFY(m_users->setDisabled(admin, QStringLiteral("staff"), true).ok());
        const Result<Actor> refused = m_users->signIn(QStringLiteral("staff"), staffPassword);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
        QCOMPARE(sessionLog(admin).first().outcome, QStringLiteral("disabled"));
        QVERIFY(m_users->setDisabled(admin, QStringLiteral("staff"), false).ok());
        QVERIFY(m_users->signIn(QStringLiteral("staff"), staffPassword).ok());
        // Nobody disables themselves.
        const Status self = m_users->setDisabled(admin, admin.userName, true);
        QVERIFY(!self.ok());
        QCOMPARE(self.error().rule, QStringLiteral("self"));
    }

    void sessionLog_everySignInAndFailure_recordedByOutcome()
    {
        const Actor admin = makeAdmin();
        const Actor staff = addStaff(admin);
        QVERIFY(m_users->signIn(QStringLiteral("staff"), staffPassword).ok());       // signed-in
        QVERIFY(m_users->signOut(staff).ok());                                       // signed-out
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), "Wrong-Password-1").ok()); // wrong
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), "Wrong-Password-2").ok()); // wrong
        QVERIFY(!m_users->signIn(QStringLiteral("nobody"), staffPassword).ok());     // unknown
        QVERIFY(m_users->setPolicy(admin, SecurityPolicy{1, 5}).ok());
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), "Wrong-Password-3").ok()); // wrong+lock
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), staffPassword).ok());      // locked
        m_now = m_now.addSecs(5 * 60);
        QVERIFY(m_users->signIn(QStringLiteral("staff"), staffPassword).ok()); // signed-in
        QVERIFY(m_users->setDisabled(admin, QStringLiteral("staff"), true).ok());
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), staffPassword).ok()); // disabled

        QHash<QString, int> counts;
        const QList<SessionLogEntry> log = sessionLog(admin);
        for (const SessionLogEntry& entry : log)
            ++counts[entry.outcome];
        QCOMPARE(log.size(), 9);
        QCOMPARE(counts.value(QStringLiteral("signed-in")), 2);
        QCOMPARE(counts.value(QStringLiteral("signed-out")), 1);
        QCOMPARE(counts.value(QStringLiteral("wrong-password")), 3);
        QCOMPARE(counts.value(QStringLiteral("unknown-user")), 1);
        QCOMPARE(counts.value(QStringLiteral("locked")), 1);
        QCOMPARE(counts.value(QStringLiteral("disabled")), 1);
        QCOMPARE(rowCount(QStringLiteral("session_log")), qint64(9));
        // Newest first, with the time of the clock.
        QCOMPARE(log.first().outcome, QStringLiteral("disabled"));
        QCOMPARE(log.first().at, m_now);
        QVERIFY(log.at(3).detail.contains(QStringLiteral("locked")));
        // Only those who may view users read the log.
        const Result<QList<SessionLogEntry>> refused = m_users->sessionLog(staff);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
    }

    void addUser_roleScope_validated_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("center");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("rule"); // empty: accepted

        QTest::addRow("centerStaffWithoutCenter_refused")
            << int(Role::CenterStaff) << QString() << QString() << QStringLiteral("role-scope");
        QTest::addRow("centerStaffUnknownCenter_refused")
            << int(Role::CenterStaff) << QStringLiteral("XYZ") << QString()
            << QStringLiteral("unknown-center");
        QTest::addRow("centerStaffWithPort_refused")
            << int(Role::CenterStaff) << QStringLiteral("PHC") << QStringLiteral("1001")
            << QStringLiteral("role-scope");
        QTest::addRow("centerStaffKnownCenter_accepted")
            << int(Role::CenterStaff) << QStringLiteral("PHC") << QString() << QString();
        QTest::addRow("portOfficialUnknownPort_refused")
            << int(Role::PortOfficial) << QString() << QStringLiteral("9999")
            << QStringLiteral("unknown-port");
        QTest::addRow("portOfficialWithoutPort_refused")
            << int(Role::PortOfficial) << QString() << QString() << QStringLiteral("role-scope");
        QTest::addRow("portOfficialKnownPort_accepted")
            << int(Role::PortOfficial) << QString() << QStringLiteral("1001") << QString();
        QTest::addRow("fpfOfficerUnknownPort_refused")
            << int(Role::FpfOfficer) << QString() << QStringLiteral("0000")
            << QStringLiteral("unknown-port");
        QTest::addRow("namWithCenter_refused")
            << int(Role::Nam) << QStringLiteral("PHC") << QString() << QStringLiteral("role-scope");
        QTest::addRow("hqAnalystWithPort_refused")
            << int(Role::HqAnalyst) << QString() << QStringLiteral("1001")
            << QStringLiteral("role-scope");
        QTest::addRow("nam_accepted") << int(Role::Nam) << QString() << QString() << QString();
    }
    void addUser_roleScope_validated()
    {
        QFETCH(int, role);
        QFETCH(QString, center);
        QFETCH(QString, port);
        QFETCH(QString, rule);
        const Actor admin = makeAdmin();
        const qint64 usersBefore = rowCount(QStringLiteral("app_user"));
        const qint64 rolesBefore = rowCount(QStringLiteral("role_assignment"));
        const Result<User> added = m_users->addUser(
            admin, NewUser{QStringLiteral("newbie"),
                           QStringLiteral("Newbie"),
                           staffPassword,
                           {RoleAssignment{static_cast<Role>(role), center, port}}});
        if (rule.isEmpty()) {
            QVERIFY2(added.ok(), qPrintable(errorText(added)));
            QCOMPARE(added->roles.size(), 1);
            QCOMPARE(rowCount(QStringLiteral("role_assignment")), rolesBefore + 1);
            return;
        }
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(added.error().rule, rule);
        QCOMPARE(rowCount(QStringLiteral("app_user")), usersBefore);
        QCOMPARE(rowCount(QStringLiteral("role_assignment")), rolesBefore);
    }

    void addUser_noRoleOrBadNameOrDuplicate_refused()
    {
        const Actor admin = makeAdmin();
        addStaff(admin);
        const Result<User> noRole = m_users->addUser(
            admin, NewUser{QStringLiteral("norole"), QString(), staffPassword, {}});
        QVERIFY(!noRole.ok());
        QCOMPARE(noRole.error().rule, QStringLiteral("role-required"));
        const Result<User> badName =
            m_users->addUser(admin, NewUser{QStringLiteral("bad name!"),
                                            QString(),
                                            staffPassword,
                                            {RoleAssignment{Role::Nam, {}, {}}}});
        QVERIFY(!badName.ok());
        QCOMPARE(badName.error().rule, QStringLiteral("user-name"));
        const Result<User> duplicate =
            m_users->addUser(admin, NewUser{QStringLiteral("Staff"),
                                            QString(),
                                            "Different-Pass-Words-5",
                                            {RoleAssignment{Role::Nam, {}, {}}}});
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().kind, ErrorKind::Conflict);
        QCOMPARE(rowCount(QStringLiteral("app_user")), qint64(2));
    }

    void addUser_nonAdmin_refusedAndNothingWritten_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("center");
        QTest::addColumn<QString>("port");
        QTest::addRow("centerStaff")
            << int(Role::CenterStaff) << QStringLiteral("PHC") << QString();
        QTest::addRow("nam") << int(Role::Nam) << QString() << QString();
        QTest::addRow("portOfficial")
            << int(Role::PortOfficial) << QString() << QStringLiteral("1001");
        QTest::addRow("fpfOfficer") << int(Role::FpfOfficer) << QString() << QStringLiteral("1001");
        QTest::addRow("hqAnalyst") << int(Role::HqAnalyst) << QString() << QString();
    }
    void addUser_nonAdmin_refusedAndNothingWritten()
    {
        QFETCH(int, role);
        QFETCH(QString, center);
        QFETCH(QString, port);
        const Actor admin = makeAdmin();
        const Result<User> user = m_users->addUser(
            admin, NewUser{QStringLiteral("someone"),
                           QString(),
                           staffPassword,
                           {RoleAssignment{static_cast<Role>(role), center, port}}});
        QVERIFY2(user.ok(), qPrintable(errorText(user)));
        const Actor actor{user->uuid, user->name, user->displayName, user->roles};
        const Result<StoreInfo> before = m_store->info();
        QVERIFY(before.ok());
        const Result<User> added =
            m_users->addUser(actor, NewUser{QStringLiteral("friend"),
                                            QString(),
                                            "Friendly-Pass-Phrase-1",
                                            {RoleAssignment{Role::Admin, {}, {}}}});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::PermissionDenied);
        const Status role2 =
            m_users->addRole(actor, user->name, RoleAssignment{Role::Admin, {}, {}});
        QVERIFY(!role2.ok());
        QCOMPARE(role2.error().kind, ErrorKind::PermissionDenied);
        const Result<StoreInfo> after = m_store->info();
        QVERIFY(after.ok());
        QCOMPARE(after->rowCounts, before->rowCounts);
    }

    void setPassword_ownAllowedOthersRefused()
    {
        const Actor admin = makeAdmin();
        const Actor staff = addStaff(admin);
        QVERIFY(m_users
                    ->addUser(admin, NewUser{QStringLiteral("other"),
                                             QString(),
                                             staffPassword,
                                             {RoleAssignment{Role::Nam, {}, {}}}})
                    .ok());
        const QByteArray newPassword("Fresh-Start-Phrase-42");

        // Their own: allowed; the old password stops working.
        QVERIFY(m_users->setPassword(staff, QStringLiteral("staff"), newPassword).ok());
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), staffPassword).ok());
        QVERIFY(m_users->signIn(QStringLiteral("staff"), newPassword).ok());
        QCOMPARE(lastHistoryKind(), QStringLiteral("password-changed"));

        // Someone else's: refused, and the hash is untouched.
        const QString otherHash = storedHash(QStringLiteral("other"));
        const Status refused = m_users->setPassword(staff, QStringLiteral("other"), newPassword);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::PermissionDenied);
        QCOMPARE(storedHash(QStringLiteral("other")), otherHash);
        QVERIFY(m_users->signIn(QStringLiteral("other"), staffPassword).ok());

        // An administrator sets anyone's.
        QVERIFY(m_users->setPassword(admin, QStringLiteral("other"), newPassword).ok());
        QVERIFY(m_users->signIn(QStringLiteral("other"), newPassword).ok());
    }

    void setPassword_lockedUser_unlocks()
    {
        const Actor admin = makeAdmin();
        addStaff(admin);
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_users->signIn(QStringLiteral("staff"), "Wrong-Password-Again").ok());
        QVERIFY(!m_users->signIn(QStringLiteral("staff"), staffPassword).ok());
        QVERIFY(m_users->setPassword(admin, QStringLiteral("staff"), "Reset-By-Admin-2026").ok());
        QVERIFY(m_users->signIn(QStringLiteral("staff"), "Reset-By-Admin-2026").ok());
    }

private:
    // The administrator and the Center staff member of the populated template.
    Actor makeAdmin() const { return m_admin; }
    Actor addStaff(const Actor&) const { return m_staff; }
    qint64 rowCount(const QString& table)
    {
        const Result<StoreInfo> info = m_store->info();
        return info ? info->rowCounts.value(table, -1) : -1;
    }
    QString storedHash(const QString& userName)
    {
        Result<QSqlQuery> query = m_store->run(
            QStringLiteral("SELECT password_hash FROM app_user WHERE name = ?"), {userName});
        if (!query || !query->next())
            return {};
        return query->value(0).toString();
    }
    QList<SessionLogEntry> sessionLog(const Actor& admin)
    {
        const Result<QList<SessionLogEntry>> log = m_users->sessionLog(admin);
        return log ? *log : QList<SessionLogEntry>{};
    }
    QString lastHistoryKind()
    {
        Result<QSqlQuery> query =
            m_store->run(QStringLiteral("SELECT kind FROM history ORDER BY seq DESC LIMIT 1"));
        if (!query || !query->next())
            return {};
        return query->value(0).toString();
    }

    QTemporaryDir m_dir;
    QString m_emptyTemplate;     // reference data only
    QString m_populatedTemplate; // plus "admin" and "staff"
    Actor m_admin;
    Actor m_staff;
    int m_storeCount = 0;
    QDateTime m_now;
    UserServiceOptions m_options;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<UserService> m_users;
};

void TestUsers::initTestCase()
{
    // Stores are copied from templates: creating one per test (migrations,
    // reference data, two Argon2id hashes, each commit synced) costs more
    // than the tests themselves.
    QVERIFY(m_dir.isValid());
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    m_options.clock = [this] { return m_now; };
    m_options.hashing = PasswordHasher::minimum();
    m_emptyTemplate = m_dir.filePath(QStringLiteral("empty-template.db"));
    m_populatedTemplate = m_dir.filePath(QStringLiteral("populated-template.db"));
    {
        auto store = Store::open(m_emptyTemplate);
        QVERIFY2(store.ok(), qPrintable(errorText(store)));
    }
    QVERIFY(QFile::copy(m_emptyTemplate, m_populatedTemplate));
    auto store = Store::open(m_populatedTemplate);
    QVERIFY2(store.ok(), qPrintable(errorText(store)));
    UserService users(**store, m_options);
    const Result<Actor> admin =
        users.createFirstAdministrator(QStringLiteral("admin"), adminPassword);
    QVERIFY2(admin.ok(), qPrintable(errorText(admin)));
    m_admin = *admin;
    const Result<User> staff = users.addUser(
        m_admin, NewUser{QStringLiteral("staff"),
                         QStringLiteral("Staff Member"),
                         staffPassword,
                         {RoleAssignment{Role::CenterStaff, QStringLiteral("PHC"), {}}}});
    QVERIFY2(staff.ok(), qPrintable(errorText(staff)));
    m_staff = Actor{staff->uuid, staff->name, staff->displayName, staff->roles};
}

void TestUsers::init()
{
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QByteArray function(QTest::currentTestFunction());
    const bool empty = function.startsWith("createFirstAdministrator") ||
                       function.startsWith("addUser_storedHash");
    const QString path = m_dir.filePath(QStringLiteral("users-%1.db").arg(++m_storeCount));
    QVERIFY(QFile::copy(empty ? m_emptyTemplate : m_populatedTemplate, path));
    auto store = Store::open(path);
    QVERIFY2(store.ok(), qPrintable(errorText(store)));
    m_store = std::move(*store);
    m_users = std::make_unique<UserService>(*m_store, m_options);
    QCOMPARE(m_users->hasUsers(), !empty);
}

void TestUsers::cleanup()
{
    m_users.reset();
    m_store.reset();
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
