// centerdesk-cli calendar, deadline and rules: the real binary, its output and exit codes.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using centerdesk::test::CliRun;
using centerdesk::test::runCli;

namespace {

QStringList args(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

// Runs SQL on a store with the raw SQLite API, as another program would; the
// calendar commands only read closures.
bool execRaw(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestCliCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void help_everyCommand_hasItsOwnHelp_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addRow("calendar holidays") << args({"calendar", "holidays"});
        QTest::addRow("calendar add-business-days") << args({"calendar", "add-business-days"});
        QTest::addRow("deadline") << args({"deadline"});
        QTest::addRow("rules list") << args({"rules", "list"});
    }
    void help_everyCommand_hasItsOwnHelp()
    {
        QFETCH(QStringList, command);
        const CliRun general = runCli({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        QVERIFY(general.out.contains(command.constFirst().toUtf8()));
        const CliRun specific = runCli(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(specific.exitCode, 0);
        QVERIFY(specific.out.contains("--store"));
        QVERIFY(specific.out.contains("--json"));
        QVERIFY(specific.out != general.out);
        const CliRun group = runCli({command.constFirst(), QStringLiteral("--help")});
        QCOMPARE(group.exitCode, 0);
        if (command.size() > 1)
            QVERIFY(group.out.contains(command.at(1).toUtf8()));
    }

    void holidays_2021Json_listsNewYearObservedOnDecember31()
    {
        const CliRun run = runCli(args({"calendar", "holidays", "--year", "2021", "--json"}));
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray holidays = document.array();
        QCOMPARE(holidays.size(), 12);
        const QJsonObject newYear{{QStringLiteral("date"), QStringLiteral("2021-12-31")},
                                  {QStringLiteral("name"), QStringLiteral("New Year's Day")},
                                  {QStringLiteral("actual"), QStringLiteral("2022-01-01")}};
        QVERIFY(holidays.contains(newYear));
        QCOMPARE(holidays.first().toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2021-01-01"));
    }

    void holidays_humanOutput_marksObservedDays()
    {
        const CliRun run = runCli(args({"calendar", "holidays", "--year", "2026"}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("2026-07-03"));
        QVERIFY(run.out.contains("Independence Day (observed; in law 2026-07-04)"));
        QVERIFY(run.out.contains("2026-11-26"));
    }

    void holidays_badYear_exitsWithCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("missing year") << args({"calendar", "holidays"}) << 2;
        QTest::addRow("year not a number") << args({"calendar", "holidays", "--year", "soon"}) << 1;
        QTest::addRow("no subcommand") << args({"calendar"}) << 2;
        QTest::addRow("unknown subcommand") << args({"calendar", "moon-phases"}) << 2;
        QTest::addRow("unknown option")
            << args({"calendar", "holidays", "--year", "2026", "--x"}) << 2;
    }
    void holidays_badYear_exitsWithCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void addBusinessDays_overThanksgiving_skipsHolidayAndWeekend()
    {
        const CliRun run = runCli(args(
            {"--json", "calendar", "add-business-days", "--from", "2025-11-26", "--days", "2"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = run.json();
        QCOMPARE(document.value(QStringLiteral("date")).toString(), QStringLiteral("2025-12-01"));
        QCOMPARE(document.value(QStringLiteral("from")).toString(), QStringLiteral("2025-11-26"));
        QCOMPARE(document.value(QStringLiteral("days")).toInt(), 2);
        QVERIFY(document.value(QStringLiteral("center")).isNull());
        const QJsonArray skipped = document.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 3);
        QCOMPARE(skipped.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("date"), QStringLiteral("2025-11-27")},
                              {QStringLiteral("reason"), QStringLiteral("Thanksgiving Day")}}));

        const CliRun human =
            runCli(args({"calendar", "add-business-days", "--from", "2025-11-26", "--days", "2"}));
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.startsWith("2025-12-01\n"));
        QVERIFY(human.out.contains("Thanksgiving Day"));
    }

    void addBusinessDays_centerWithoutStore_usesBuiltInCenter()
    {
        const QString store = m_dir.filePath(QStringLiteral("none.db"));
        const CliRun run = runCli({QStringLiteral("--store"), store, QStringLiteral("--json"),
                                   QStringLiteral("calendar"), QStringLiteral("add-business-days"),
                                   QStringLiteral("--from"), QStringLiteral("2025-11-26"),
                                   QStringLiteral("--days"), QStringLiteral("2"),
                                   QStringLiteral("--center"), QStringLiteral("ele")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("center")).toString(), QStringLiteral("ELE"));
        QCOMPARE(run.json().value(QStringLiteral("date")).toString(), QStringLiteral("2025-12-01"));
        QVERIFY(!QFile::exists(store));
    }

    void addBusinessDays_centerInStore_skipsItsClosures()
    {
        const QString store = m_dir.filePath(QStringLiteral("closures.db"));
        QCOMPARE(runCli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        QVERIFY(execRaw(store, "INSERT INTO center_closure (uuid, updated_at, center_code, day, "
                               "reason) VALUES ('5f0c1a8e-2d4b-4c6e-9a1f-3b7d8e9f0a1b', "
                               "'2025-11-01T12:00:00.000Z', 'PHC', '2025-12-01', "
                               "'Snow emergency');"));
        const QStringList command{QStringLiteral("--store"),
                                  store,
                                  QStringLiteral("--json"),
                                  QStringLiteral("calendar"),
                                  QStringLiteral("add-business-days"),
                                  QStringLiteral("--from"),
                                  QStringLiteral("2025-11-26"),
                                  QStringLiteral("--days"),
                                  QStringLiteral("2"),
                                  QStringLiteral("--center")};
        const CliRun phc = runCli(command + QStringList{QStringLiteral("PHC")});
        QCOMPARE(phc.exitCode, 0);
        QCOMPARE(phc.json().value(QStringLiteral("date")).toString(), QStringLiteral("2025-12-02"));
        QVERIFY(phc.out.contains("Snow emergency"));
        // Another Center's calendar does not have that closure.
        const CliRun cpm = runCli(command + QStringList{QStringLiteral("CPM")});
        QCOMPARE(cpm.exitCode, 0);
        QCOMPARE(cpm.json().value(QStringLiteral("date")).toString(), QStringLiteral("2025-12-01"));
        const CliRun unknown = runCli(command + QStringList{QStringLiteral("ZZZ")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("ZZZ"));
    }

    void addBusinessDays_badInput_exitsWithCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("missing days")
            << args({"calendar", "add-business-days", "--from", "2025-11-26"}) << 2;
        QTest::addRow("missing from")
            << args({"calendar", "add-business-days", "--days", "2"}) << 2;
        QTest::addRow("bad date") << args({"calendar", "add-business-days", "--from", "2025-13-01",
                                           "--days", "2"})
                                  << 1;
        QTest::addRow("bad days") << args({"calendar", "add-business-days", "--from", "2025-11-26",
                                           "--days", "two"})
                                  << 1;
        QTest::addRow("unknown center without store")
            << args({"--store", "/nonexistent/dir/none.db", "calendar", "add-business-days",
                     "--from", "2025-11-26", "--days", "2", "--center", "ZZZ"})
            << 1;
    }
    void addBusinessDays_badInput_exitsWithCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
    }

    void deadline_protestFiling_json_dueAndCitation()
    {
        const CliRun run = runCli(
            args({"deadline", "--rule", "protest-filing", "--from", "2026-01-15", "--json"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = run.json();
        QCOMPARE(document.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("protest-filing"));
        QCOMPARE(document.value(QStringLiteral("due")).toString(), QStringLiteral("2026-07-14"));
        QCOMPARE(document.value(QStringLiteral("citation")).toString(),
                 QStringLiteral("19 USC 1514(c)(3)"));
        QCOMPARE(document.value(QStringLiteral("confidence")).toString(), QStringLiteral("V"));
        QCOMPARE(document.value(QStringLiteral("rolled")).toBool(true), false);
        const QString explanation = document.value(QStringLiteral("explanation")).toString();
        QVERIFY(explanation.contains(QStringLiteral("180 calendar days")));
        QVERIFY(explanation.contains(QStringLiteral("liquidation date")));
        QVERIFY(explanation.contains(QStringLiteral("2026-01-15")));
    }

    void deadline_businessDayRuleForCenter_skipsHolidays()
    {
        const CliRun run =
            runCli(args({"--store", "/nonexistent/dir/none.db", "deadline", "--rule", "eapa-appeal",
                         "--from", "2026-01-15", "--center", "AFT", "--json"}));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("due")).toString(), QStringLiteral("2026-03-02"));
        QVERIFY(run.json()
                    .value(QStringLiteral("explanation"))
                    .toString()
                    .contains(QStringLiteral("Washington's Birthday")));
    }

    void deadline_humanOutput_printsDateThenExplanation()
    {
        const CliRun run =
            runCli(args({"deadline", "--rule", "exclusion-protest", "--from", "2026-01-15"}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("2026-02-14\n"));
        QVERIFY(run.out.contains("deemed denied"));
        QVERIFY(run.out.contains("does not roll forward"));
    }

    void deadline_unknownRule_exitsOneNamingItAndListingRules()
    {
        const CliRun run =
            runCli(args({"deadline", "--rule", "no-such-rule", "--from", "2026-01-15"}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("no-such-rule"));
        QVERIFY(run.err.contains("protest-filing"));
        QVERIFY(run.err.contains("eapa-review"));
        const CliRun json =
            runCli(args({"--json", "deadline", "--rule", "no-such-rule", "--from", "2026-01-15"}));
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(QStringLiteral("ok")).toBool(true), false);
    }

    void deadline_badArguments_exitsWithCode_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("missing from") << args({"deadline", "--rule", "protest-filing"}) << 2;
        QTest::addRow("missing rule") << args({"deadline", "--from", "2026-01-15"}) << 2;
        QTest::addRow("stray argument")
            << args({"deadline", "--rule", "protest-filing", "--from", "2026-01-15", "extra"}) << 2;
        QTest::addRow("bad date") << args({"deadline", "--rule", "protest-filing", "--from",
                                           "15/01/2026"})
                                  << 1;
    }
    void deadline_badArguments_exitsWithCode()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void rulesList_json_listsEveryRule()
    {
        const CliRun run = runCli(args({"rules", "list", "--json"}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = run.json();
        QVERIFY(document.value(QStringLiteral("dataVersion")).toInt() >= 1);
        const QJsonArray rules = document.value(QStringLiteral("rules")).toArray();
        QStringList ids;
        for (const QJsonValue& value : rules) {
            const QJsonObject rule = value.toObject();
            ids.append(rule.value(QStringLiteral("id")).toString());
            for (const char* key : {"title", "unit", "citation", "confidence"})
                QVERIFY2(!rule.value(QString::fromLatin1(key)).toString().isEmpty(), key);
            QVERIFY(rule.value(QStringLiteral("amount")).toInt() > 0);
            QVERIFY(rule.value(QStringLiteral("rollForward")).isBool());
        }
        QCOMPARE(ids.size(), 24);
        for (const char* id : {"protest-filing",
                               "protest-decision",
                               "exclusion-protest",
                               "accelerated-disposition",
                               "court-challenge",
                               "liquidation",
                               "penalty-petition",
                               "seizure-petition",
                               "liquidated-damages-principal",
                               "liquidated-damages-surety",
                               "supplemental-petition",
                               "prior-disclosure-confirmation",
                               "prior-disclosure-information",
                               "detention-decision",
                               "detention-notice",
                               "ruling-acknowledgement",
                               "ruling-issuance",
                               "ruling-appeal",
                               "ruling-publication",
                               "reconciliation",
                               "drawback-claim",
                               "post-importation-fta",
                               "eapa-appeal",
                               "eapa-review"}) {
            QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
        }
    }

    void rulesList_humanOutput_showsCitationAndRollFlag()
    {
        const CliRun run = runCli(args({"rules", "list"}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("protest-filing"));
        QVERIFY(run.out.contains("180 calendar days"));
        QVERIFY(run.out.contains("19 USC 1514(c)(3)"));
        QVERIFY(run.out.contains("no roll"));
        QCOMPARE(runCli(args({"rules"})).exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
