// Runs the real centerdesk-cli binary and checks its output and exit codes.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using centerdesk::test::CliRun;
using centerdesk::test::runCli;

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void version_printsCenterDeskAndLibraries()
    {
        const CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("centerdesk-cli 0."));
        QVERIFY(run.out.contains("SQLite 3."));
        QVERIFY(run.out.contains("libsodium"));
    }

    void help_everyCommand_hasItsOwnHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* command : {"init", "demo", "info", "validate", "verify"})
            QTest::addRow("%s", command) << QString::fromLatin1(command);
    }
    void help_everyCommand_hasItsOwnHelp()
    {
        QFETCH(QString, command);
        const CliRun general = runCli({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        QVERIFY(general.out.contains(command.toUtf8()));
        const CliRun specific = runCli({command, QStringLiteral("--help")});
        QCOMPARE(specific.exitCode, 0);
        QVERIFY(specific.out.contains("--store"));
        QVERIFY(specific.out != general.out);
    }

    void usage_unknownCommandOrOption_exitsTwo()
    {
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--bogus"), QStringLiteral("info")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("info"), QStringLiteral("--bogus")}).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("entry")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("validate"), QStringLiteral("colour"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void init_newStore_createsItWithReferenceData()
    {
        const QString store = m_dir.filePath(QStringLiteral("init.db"));
        const CliRun created = runCli(
            {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.json().value(QStringLiteral("created")).toBool(), true);
        QVERIFY(QFile::exists(store));

        const CliRun again = runCli({QStringLiteral("--store"), store, QStringLiteral("init")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Store is ready"));

        const CliRun info = runCli(
            {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("info")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject document = info.json();
        QCOMPARE(document.value(QStringLiteral("schemaVersion")).toInt(),
                 document.value(QStringLiteral("latestSchemaVersion")).toInt());
        QCOMPARE(document.value(QStringLiteral("dataVersion")).toInt(), 1);
        QCOMPARE(document.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("center"))
                     .toInt(),
                 10);
        QVERIFY(document.value(QStringLiteral("fileSizeBytes")).toInteger() > 0);
        QCOMPARE(document.value(QStringLiteral("demo")).toBool(), false);
    }

    void info_humanOutput_listsVersionsAndCounts()
    {
        const QString store = m_dir.filePath(QStringLiteral("human.db"));
        QCOMPARE(runCli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        // Global options are also accepted after the command.
        const CliRun info = runCli({QStringLiteral("info"), QStringLiteral("--store"), store});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains("Schema version: "));
        QVERIFY(info.out.contains("center"));
    }

    void info_missingStore_exitsThreeAndCreatesNothing()
    {
        const QString store = m_dir.filePath(QStringLiteral("nothing-here.db"));
        const CliRun run = runCli(
            {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("info")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(run.err.contains("nothing-here.db"));
        QVERIFY(!QFile::exists(store));
    }

    void info_notADatabase_exitsThreeNamingTheFile()
    {
        const QString store = m_dir.filePath(QStringLiteral("letter.txt"));
        QFile file(store);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear colleague, ...\n");
        file.close();
        const CliRun run = runCli({QStringLiteral("--store"), store, QStringLiteral("info")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.contains("letter.txt"));
        QVERIFY(run.err.contains("not a SQLite database"));
    }

    void demo_newStore_marksDemoAndRefreshes()
    {
        const QString store = m_dir.filePath(QStringLiteral("demo.db"));
        const CliRun first = runCli(
            {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("demo")});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json().value(QStringLiteral("refreshed")).toBool(), false);
        const CliRun second = runCli(
            {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("demo")});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json().value(QStringLiteral("refreshed")).toBool(), true);
        const CliRun info = runCli(
            {QStringLiteral("--store"), store, QStringLiteral("--json"), QStringLiteral("info")});
        QCOMPARE(info.json().value(QStringLiteral("demo")).toBool(), true);
    }

    void validate_eachKind_printsNormalizedForm_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("normalized");
        QTest::addRow("entry_withoutHyphens_hyphenated") << "entry"
                                                         << "B7603245278"
                                                         << "B76-0324527-8";
        QTest::addRow("entry_publicExample_valid") << "entry"
                                                   << "b76-0324527-8"
                                                   << "B76-0324527-8";
        QTest::addRow("hts_tenDigits_dotted") << "hts"
                                              << "8703230190"
                                              << "8703.23.01.90";
        QTest::addRow("port_leadingZero_kept") << "port"
                                               << "0101"
                                               << "0101";
        QTest::addRow("protest_aceForm_hyphenated") << "protest"
                                                    << "300401100052"
                                                    << "3004-01-100052";
        QTest::addRow("ruling_noSpace_spaced") << "ruling"
                                               << "NYN363447"
                                               << "NY N363447";
        QTest::addRow("ftz_zone10_kept") << "ftz"
                                         << "010000000"
                                         << "010000000";
        QTest::addRow("ior_einWithoutSuffix_suffix00") << "ior"
                                                       << "12-3456789"
                                                       << "12-345678900";
    }
    void validate_eachKind_printsNormalizedForm()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(QString, normalized);
        const CliRun run =
            runCli({QStringLiteral("--store"), m_dir.filePath(QStringLiteral("none.db")),
                    QStringLiteral("validate"), kind, value});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), normalized);
        const CliRun json =
            runCli({QStringLiteral("--store"), m_dir.filePath(QStringLiteral("none.db")),
                    QStringLiteral("--json"), QStringLiteral("validate"), kind, value});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(json.json().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(json.json().value(QStringLiteral("normalized")).toString(), normalized);
        // validate never creates a store.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.db"))));
    }

    void validate_badCheckDigit_exitsOneWithReason()
    {
        const CliRun run =
            runCli({QStringLiteral("--json"), QStringLiteral("--store"),
                    m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("validate"),
                    QStringLiteral("entry"), QStringLiteral("B76-0324527-7")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject document = run.json();
        QCOMPARE(document.value(QStringLiteral("valid")).toBool(true), false);
        QCOMPARE(document.value(QStringLiteral("kind")).toString(), QStringLiteral("entry"));
        QVERIFY(document.value(QStringLiteral("error"))
                    .toString()
                    .contains(QStringLiteral("check digit")));
        QCOMPARE(document.keys(), (QStringList{QStringLiteral("error"), QStringLiteral("kind"),
                                               QStringLiteral("rule"), QStringLiteral("valid")}));
    }

    void validate_portUnknownToStore_exitsOne()
    {
        const QString store = m_dir.filePath(QStringLiteral("ports.db"));
        QCOMPARE(runCli({QStringLiteral("--store"), store, QStringLiteral("init")}).exitCode, 0);
        const CliRun known = runCli({QStringLiteral("--store"), store, QStringLiteral("validate"),
                                     QStringLiteral("port"), QStringLiteral("5301")});
        QCOMPARE(known.exitCode, 0);
        const CliRun unknown = runCli({QStringLiteral("--store"), store, QStringLiteral("validate"),
                                       QStringLiteral("port"), QStringLiteral("9998")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("9998"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
