// The real centerdesk-cli: first administrator, users, account import, lists, tiers, verify.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using centerdesk::test::CliRun;
using centerdesk::test::runCli;

namespace {

const QByteArray adminPassword = "correct-horse-battery";

bool writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestCliAccounts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    QStringList withStore(QStringList arguments) const
    {
        return QStringList{QStringLiteral("--store"), m_store} + arguments;
    }
    CliRun asAdmin(const QStringList& arguments, const QByteArray& before = {}) const
    {
        return runCli(
            withStore(arguments + QStringList{QStringLiteral("--user"), QStringLiteral("chief"),
                                              QStringLiteral("--password-stdin")}),
            before + adminPassword + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("accounts.db"));
        const CliRun init = runCli(
            withStore({QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--admin"),
                       QStringLiteral("chief"), QStringLiteral("--password-stdin")}),
            adminPassword + '\n');
        QCOMPARE(init.exitCode, 0);
        QCOMPARE(init.json().value(QStringLiteral("admin")).toString(), QStringLiteral("chief"));
    }

    void init_secondAdministrator_refused()
    {
        const CliRun again =
            runCli(withStore({QStringLiteral("init"), QStringLiteral("--admin"),
                              QStringLiteral("other"), QStringLiteral("--password-stdin")}),
                   "another-long-password\n");
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already has users"));
    }

    void init_weakAdminPassword_refusedAndNoStoreLeft()
    {
        const QString path = m_dir.filePath(QStringLiteral("weak.db"));
        const CliRun weak = runCli({QStringLiteral("--store"), path, QStringLiteral("init"),
                                    QStringLiteral("--admin"), QStringLiteral("boss"),
                                    QStringLiteral("--password-stdin")},
                                   "short\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.contains("at least 12 characters"));
        QVERIFY(!QFile::exists(path));
    }

    void userAdd_eachRole_listedWithScope()
    {
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nina"),
                          QStringLiteral("--role"), QStringLiteral("nam")},
                         "violet-harbor-2026\n")
                     .exitCode,
                 0);
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sam"),
                          QStringLiteral("--role"), QStringLiteral("center-staff"),
                          QStringLiteral("--center"), QStringLiteral("PHC")},
                         "amber-canyon-2026\n")
                     .exitCode,
                 0);
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("pat"),
                          QStringLiteral("--role"), QStringLiteral("port-official"),
                          QStringLiteral("--port"), QStringLiteral("1001")},
                         "silver-meadow-2026\n")
                     .exitCode,
                 0);
        const CliRun list =
            asAdmin({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = list.json().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 4);
        bool samInPhc = false;
        for (const QJsonValue& user : users) {
            const QJsonObject object = user.toObject();
            if (object.value(QStringLiteral("name")).toString() == QLatin1String("sam")) {
                const QJsonObject role =
                    object.value(QStringLiteral("roles")).toArray().first().toObject();
                samInPhc = role.value(QStringLiteral("center")).toString() == QLatin1String("PHC");
            }
        }
        QVERIFY(samInPhc);
    }

    void userAdd_badInput_exitsOneOrTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("role_unknown_usage")
            << QStringList{QStringLiteral("x1"), QStringLiteral("--role"), QStringLiteral("boss")}
            << 2 << QByteArray("--role must be one of");
        QTest::addRow("centerStaff_withoutCenter_refused")
            << QStringList{QStringLiteral("x2"), QStringLiteral("--role"),
                           QStringLiteral("center-staff")}
            << 1 << QByteArray("needs a Center");
        QTest::addRow("portOfficial_unknownPort_refused")
            << QStringList{QStringLiteral("x3"), QStringLiteral("--role"),
                           QStringLiteral("port-official"), QStringLiteral("--port"),
                           QStringLiteral("9999")}
            << 1 << QByteArray("9999");
        QTest::addRow("duplicateName_refused")
            << QStringList{QStringLiteral("nina"), QStringLiteral("--role"), QStringLiteral("nam")}
            << 1 << QByteArray("already a user");
    }
    void userAdd_badInput_exitsOneOrTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const CliRun run =
            asAdmin(QStringList{QStringLiteral("user"), QStringLiteral("add")} + arguments,
                    "some-long-password-1\n");
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void signIn_wrongPassword_exitsOne()
    {
        const CliRun run = runCli(
            withStore({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"),
                       QStringLiteral("chief"), QStringLiteral("--password-stdin")}),
            "not-the-password\n");
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("wrong password"));
    }

    void commandsThatAct_withoutUser_usageError()
    {
        QCOMPARE(runCli(withStore({QStringLiteral("account"), QStringLiteral("list")})).exitCode,
                 2);
        QCOMPARE(runCli(withStore({QStringLiteral("user"), QStringLiteral("list"),
                                   QStringLiteral("--user"), QStringLiteral("chief")}))
                     .exitCode,
                 2);
    }

    void accountImport_goodFile_allAccountsWithTiers()
    {
        const QString csv = m_dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(writeText(csv, "name,ior,center,nam,size,contact_name,contact_email,ctpat_tier,"
                               "ctpat_from,isa_from,trusted_trader_from\n"
                               "Acme Pharma Inc.,12-345678900,PHC,nina,large,Ann "
                               "Lee,ann@acme.example,II,2020-01-01,2022-01-01,\n"
                               "\"Beta Chemicals, LLC\",98-7654321AB,PHC,,medium,,,,,,\n"
                               "Gamma Toys,123-45-6789,CPM,nina,small,Bob "
                               "Ray,bob@gamma.example,3,2019-05-01,2020-05-01,2024-07-01\n"));
        const CliRun run = asAdmin({QStringLiteral("--json"), QStringLiteral("account"),
                                    QStringLiteral("import"), QStringLiteral("--csv"), csv});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("imported")).toInt(), 3);

        const CliRun tierThen = asAdmin({QStringLiteral("account"), QStringLiteral("tier"),
                                         QStringLiteral("12-345678900"), QStringLiteral("--on"),
                                         QStringLiteral("2021-06-30")});
        QCOMPARE(tierThen.exitCode, 0);
        QCOMPARE(tierThen.out.trimmed(), QByteArray("ctpat"));
        const CliRun tierNow = asAdmin({QStringLiteral("--json"), QStringLiteral("account"),
                                        QStringLiteral("tier"), QStringLiteral("12345678900"),
                                        QStringLiteral("--on"), QStringLiteral("2022-01-01")});
        QCOMPARE(tierNow.json().value(QStringLiteral("tier")).toString(), QStringLiteral("isa"));
        const CliRun trusted = asAdmin({QStringLiteral("account"), QStringLiteral("tier"),
                                        QStringLiteral("123-45-6789"), QStringLiteral("--on"),
                                        QStringLiteral("2025-01-01")});
        QCOMPARE(trusted.out.trimmed(), QByteArray("trusted-trader"));

        const CliRun show = asAdmin({QStringLiteral("--json"), QStringLiteral("account"),
                                     QStringLiteral("show"), QStringLiteral("12-345678900")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject account = show.json();
        QCOMPARE(account.value(QStringLiteral("nam")).toString(), QStringLiteral("nina"));
        QCOMPARE(account.value(QStringLiteral("tierHistory")).toArray().size(), 2);
        QCOMPARE(account.value(QStringLiteral("contacts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("problemResolution"))
                     .toBool(),
                 true);
        QCOMPARE(account.value(QStringLiteral("history"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("created"));
    }

    void accountImport_badFile_reportsEveryLineAndWritesNothing()
    {
        const CliRun before = runCli(withStore({QStringLiteral("--json"), QStringLiteral("info")}));
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeText(csv, "name,ior,center,size,isa_from\n"
                               "Fine Corp,11-1111111AA,PHC,small,\n"
                               "Duplicate,12-345678900,PHC,large,\n"
                               "Nowhere Inc,22-2222222AO,XYZ,huge,\n"
                               "Lonely ISA,33-3333333,PHC,small,2023-01-01\n"));
        const CliRun run = asAdmin({QStringLiteral("--json"), QStringLiteral("account"),
                                    QStringLiteral("import"), QStringLiteral("--csv"), csv});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 0);
        QSet<QString> found;
        for (const QJsonValue& problem : report.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject object = problem.toObject();
            found.insert(QStringLiteral("%1:%2:%3")
                             .arg(object.value(QStringLiteral("line")).toInt())
                             .arg(object.value(QStringLiteral("field")).toString(),
                                  object.value(QStringLiteral("rule")).toString()));
        }
        const QSet<QString> expected = {
            QStringLiteral("3:ior:duplicate-ior"), QStringLiteral("4:ior:suffix-letter"),
            QStringLiteral("4:center:unknown-center"), QStringLiteral("4:size:size-class"),
            QStringLiteral("5:programs:isa-without-ctpat")};
        QCOMPARE(found, expected);
        const CliRun after = runCli(withStore({QStringLiteral("--json"), QStringLiteral("info")}));
        // Only the sign-in of the import itself is recorded.
        QJsonObject countsBefore = before.json().value(QStringLiteral("counts")).toObject();
        QJsonObject countsAfter = after.json().value(QStringLiteral("counts")).toObject();
        QCOMPARE(countsAfter.take(QStringLiteral("session_log")).toInt(),
                 countsBefore.take(QStringLiteral("session_log")).toInt() + 1);
        QCOMPARE(countsAfter, countsBefore);
    }

    void accountList_centerStaff_seesOnlyTheirCenter()
    {
        const CliRun staff =
            runCli(withStore({QStringLiteral("--json"), QStringLiteral("account"),
                              QStringLiteral("list"), QStringLiteral("--user"),
                              QStringLiteral("sam"), QStringLiteral("--password-stdin")}),
                   "amber-canyon-2026\n");
        QCOMPARE(staff.exitCode, 0);
        QCOMPARE(staff.json().value(QStringLiteral("count")).toInt(), 2);
        const CliRun nam =
            runCli(withStore({QStringLiteral("--json"), QStringLiteral("account"),
                              QStringLiteral("list"), QStringLiteral("--user"),
                              QStringLiteral("nina"), QStringLiteral("--password-stdin")}),
                   "violet-harbor-2026\n");
        QCOMPARE(nam.json().value(QStringLiteral("count")).toInt(), 2);
        const CliRun byCenter =
            asAdmin({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("list"),
                     QStringLiteral("--center"), QStringLiteral("CPM")});
        QCOMPARE(byCenter.json().value(QStringLiteral("count")).toInt(), 1);
    }

    void accountImport_staffOutsideTheirCenter_refusedPerLine()
    {
        const QString csv = m_dir.filePath(QStringLiteral("scope.csv"));
        QVERIFY(writeText(
            csv, "name,ior,center,size\nOwn,44-4444444,PHC,small\nOther,55-5555555,ELE,small\n"));
        const CliRun run = runCli(withStore({QStringLiteral("--json"), QStringLiteral("account"),
                                             QStringLiteral("import"), QStringLiteral("--csv"), csv,
                                             QStringLiteral("--user"), QStringLiteral("sam"),
                                             QStringLiteral("--password-stdin")}),
                                  "amber-canyon-2026\n");
        QCOMPARE(run.exitCode, 1);
        const QJsonArray problems = run.json().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().toObject().value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(problems.first().toObject().value(QStringLiteral("rule")).toString(),
                 QStringLiteral("permission"));
    }

    void userDisable_thenSignInRefused_passwdThenSignIn()
    {
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("pat")})
                     .exitCode,
                 0);
        const CliRun refused = runCli(
            withStore({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--user"),
                       QStringLiteral("pat"), QStringLiteral("--password-stdin")}),
            "silver-meadow-2026\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("disabled"));
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("pat")})
                     .exitCode,
                 0);
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("pat")},
                         "copper-lantern-77\n")
                     .exitCode,
                 0);
        const CliRun signedIn = runCli(
            withStore({QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--user"),
                       QStringLiteral("pat"), QStringLiteral("--password-stdin")}),
            "copper-lantern-77\n");
        QCOMPARE(signedIn.exitCode, 0);
        // A non-administrator may not set someone else's password.
        const CliRun other =
            runCli(withStore({QStringLiteral("user"), QStringLiteral("passwd"),
                              QStringLiteral("nina"), QStringLiteral("--user"),
                              QStringLiteral("pat"), QStringLiteral("--password-stdin")}),
                   "stolen-password-99\ncopper-lantern-77\n");
        QCOMPARE(other.exitCode, 1);
    }

    void verify_tamperedHistory_namesTheEntry()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered.db"));
        {
            const CliRun ok =
                runCli(withStore({QStringLiteral("--json"), QStringLiteral("verify")}));
            QCOMPARE(ok.exitCode, 0);
            QCOMPARE(ok.json().value(QStringLiteral("ok")).toBool(), true);
            QVERIFY(ok.json().value(QStringLiteral("historyEntries")).toInt() > 5);
        }
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(m_store).constData(), &db), SQLITE_OK);
        const QByteArray vacuum = "VACUUM INTO '" + QFile::encodeName(copy) + "'";
        QCOMPARE(sqlite3_exec(db, vacuum.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        // The way someone would edit it by hand with the sqlite3 tool.
        QCOMPARE(sqlite3_open(QFile::encodeName(copy).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "DROP TRIGGER history_refuses_update;"
                              "UPDATE history SET actor = 'someone else' WHERE seq = 3;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const CliRun broken = runCli(
            {QStringLiteral("--store"), copy, QStringLiteral("--json"), QStringLiteral("verify")});
        QCOMPARE(broken.exitCode, 1);
        QCOMPARE(broken.json().value(QStringLiteral("firstBrokenEntry")).toInt(), 3);
    }

    void help_subcommands_haveTheirOwnHelp()
    {
        for (const QString& sub : {QStringLiteral("import"), QStringLiteral("list"),
                                   QStringLiteral("show"), QStringLiteral("tier")}) {
            const CliRun help = runCli({QStringLiteral("account"), sub, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("--password-stdin"));
        }
        for (const QString& sub : {QStringLiteral("add"), QStringLiteral("list"),
                                   QStringLiteral("disable"), QStringLiteral("passwd")}) {
            const CliRun help = runCli({QStringLiteral("user"), sub, QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains("--user"));
        }
        QCOMPARE(runCli({QStringLiteral("account"), QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void demo_newStore_everyDemoUserSignsIn()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(runCli({QStringLiteral("--store"), demo, QStringLiteral("demo")}).exitCode, 0);
        for (const char* user : {"admin", "staff", "nam", "port", "fpf", "hq"}) {
            const CliRun run =
                runCli({QStringLiteral("--store"), demo, QStringLiteral("--json"),
                        QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--user"),
                        QString::fromLatin1(user), QStringLiteral("--password-stdin")},
                       "centerdesk-demo\n");
            QVERIFY2(run.exitCode == 0, user);
            QVERIFY2(run.json().value(QStringLiteral("count")).toInt() > 0, user);
        }
        const CliRun info = runCli(
            {QStringLiteral("--store"), demo, QStringLiteral("--json"), QStringLiteral("info")});
        QCOMPARE(info.json()
                     .value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("account"))
                     .toInt(),
                 200);
        // A real store is never overwritten with demo data.
        const CliRun refused = runCli(withStore({QStringLiteral("demo")}));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("not a demo store"));
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
