// centerdesk-cli generate: the real binary fills a new store, prints its
// rate, and refuses a store that holds work.
#include "clirunner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk::test;

class TestCliGenerate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate_newStore_createsVerifiableHistory()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("generated.cdstore"));
        const CliRun run =
            runCli({QStringLiteral("--store"), store, QStringLiteral("--json"),
                    QStringLiteral("generate"), QStringLiteral("--accounts"), QStringLiteral("30"),
                    QStringLiteral("--cases"), QStringLiteral("300"), QStringLiteral("--events"),
                    QStringLiteral("2000"), QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject json = run.json();
        const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("cases")).toInteger(), 300);
        QCOMPARE(tables.value(QStringLiteral("account")).toInteger(), 30);
        QCOMPARE(tables.value(QStringLiteral("history")).toInteger(), 2000);
        QVERIFY(json.value(QStringLiteral("rowsPerSecond")).toInteger() > 0);
        // The full-text index's own file, made beside the store while generating, is gone.
        QCOMPARE(
            QDir(dir.path()).entryList({QStringLiteral("*.search-*")}, QDir::Files | QDir::Hidden),
            QStringList());

        const CliRun verify = runCli({QStringLiteral("--store"), store, QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        QVERIFY(verify.out.contains("2000 entries"));

        const CliRun again = runCli({QStringLiteral("--store"), store, QStringLiteral("generate"),
                                     QStringLiteral("--cases"), QStringLiteral("10"),
                                     QStringLiteral("--events"), QStringLiteral("10")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already holds work"));
    }

    void generate_badNumbers_usageOrInvalid()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("refused.cdstore"));
        const CliRun usage = runCli({QStringLiteral("--store"), store, QStringLiteral("generate"),
                                     QStringLiteral("--cases"), QStringLiteral("many")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains("--cases"));
        const CliRun invalid = runCli({QStringLiteral("--store"), store, QStringLiteral("generate"),
                                       QStringLiteral("--cases"), QStringLiteral("100"),
                                       QStringLiteral("--events"), QStringLiteral("50")});
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY(invalid.err.contains("--events"));
    }
};

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cli_generate.moc"
