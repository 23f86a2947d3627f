// The real centerdesk-cli: backup (--out, into the folder, list, keep),
// restore (administrators only, refusals that change nothing), the daily
// backup at the first command of a day, and the stress testing aid.
#include "clirunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using centerdesk::test::CliRun;
using centerdesk::test::runCli;

namespace {

const QByteArray demoPassword = "centerdesk-demo\n";

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliBackup final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    CliRun cli(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return runCli(QStringList{QStringLiteral("--store"), m_store} + arguments, input);
    }
    int caseCount() const
    {
        return cli({QStringLiteral("--json"), QStringLiteral("info")})
            .json()
            .value(QStringLiteral("counts"))
            .toObject()
            .value(QStringLiteral("cases"))
            .toInt(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("store.db"));
        QCOMPARE(cli({QStringLiteral("demo")}).exitCode, 0);
    }

    void firstCommandOfTheDay_existingStore_writesOneAutomaticBackup()
    {
        QCOMPARE(cli({QStringLiteral("info")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("info")}).exitCode, 0);
        const CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray backups = list.json().value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.at(0).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("weekly"));
        QCOMPARE(list.json().value(QStringLiteral("folder")).toString(),
                 m_store + QStringLiteral(".backups"));
        QCOMPARE(list.json().value(QStringLiteral("keepDaily")).toInt(), 7);
    }

    void backupOut_newFile_writesCheckedCopy()
    {
        const QString target = m_dir.filePath(QStringLiteral("copy.db"));
        const CliRun run = cli(
            {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--out"), target});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("path")).toString(), target);
        const CliRun verify = runCli({QStringLiteral("--store"), target, QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
    }

    void backupOut_existingFile_refusedExit1AndFileUntouched()
    {
        const QString target = m_dir.filePath(QStringLiteral("taken.txt"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mine");
        file.close();
        const CliRun run = cli({QStringLiteral("backup"), QStringLiteral("--out"), target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("exists already"));
        QCOMPARE(bytesOf(target), QByteArray("mine"));
    }

    void backupOut_missingFolder_exit3NamesFolder()
    {
        const QString target = m_dir.filePath(QStringLiteral("no/such/folder/b.db"));
        const CliRun run = cli({QStringLiteral("backup"), QStringLiteral("--out"), target});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(
            run.err.contains(QFile::encodeName(m_dir.filePath(QStringLiteral("no/such/folder")))),
            run.err.constData());
    }

    void backupNow_intoFolder_listedAsManual()
    {
        QCOMPARE(cli({QStringLiteral("backup")}).exitCode, 0);
        const CliRun list = cli({QStringLiteral("backup"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("manual"), list.out.constData());
    }

    void backupKeep_nonAdmin_refusedAdminAccepted()
    {
        const CliRun refused =
            cli({QStringLiteral("backup"), QStringLiteral("keep"), QStringLiteral("--daily"),
                 QStringLiteral("3"), QStringLiteral("--user"), QStringLiteral("staff"),
                 QStringLiteral("--password-stdin")},
                demoPassword);
        QCOMPARE(refused.exitCode, 1);
        const CliRun accepted =
            cli({QStringLiteral("backup"), QStringLiteral("keep"), QStringLiteral("--daily"),
                 QStringLiteral("3"), QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("--password-stdin")},
                demoPassword);
        QCOMPARE(accepted.exitCode, 0);
        const CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
        QCOMPARE(list.json().value(QStringLiteral("keepDaily")).toInt(), 3);
    }

    void restore_byAdmin_bringsBackTheBackupAndKeepsReplacedStore()
    {
        const QString backup = m_dir.filePath(QStringLiteral("before-stress.db"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
        const int before = caseCount();
        QVERIFY(before > 0);
        const CliRun stress =
            cli({QStringLiteral("stress"), QStringLiteral("--actions"), QStringLiteral("20"),
                 QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--user"),
                 QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                demoPassword);
        QCOMPARE(stress.exitCode, 0);
        QVERIFY(stress.out.startsWith("ready\ndone 1 "));
        QVERIFY(stress.out.contains("finished 20 actions"));
        QVERIFY(caseCount() > before);

        const CliRun refused = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup,
                                    QStringLiteral("--user"), QStringLiteral("staff"),
                                    QStringLiteral("--password-stdin")},
                                   demoPassword);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("only an administrator"));
        QVERIFY(caseCount() > before);

        const CliRun noUser = cli({QStringLiteral("restore"), QStringLiteral("--from"), backup});
        QCOMPARE(noUser.exitCode, 2);

        const CliRun restored = cli({QStringLiteral("--json"), QStringLiteral("restore"),
                                     QStringLiteral("--from"), backup, QStringLiteral("--user"),
                                     QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                    demoPassword);
        QVERIFY2(restored.exitCode == 0, restored.err.constData());
        const QString replaced = restored.json().value(QStringLiteral("replaced")).toString();
        QVERIFY(replaced.startsWith(m_store + QStringLiteral(".replaced-")));
        QVERIFY(QFileInfo::exists(replaced));
        QCOMPARE(caseCount(), before);
        QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 0);
        // The replaced store is a store, with the stress run's cases.
        const CliRun old = runCli({QStringLiteral("--store"), replaced, QStringLiteral("--json"),
                                   QStringLiteral("info")});
        QVERIFY(old.json()
                    .value(QStringLiteral("counts"))
                    .toObject()
                    .value(QStringLiteral("cases"))
                    .toInt() > before);
    }

    void restore_notAStore_refusedExit1AndStoreUnchanged()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.db"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3 but not really");
        file.close();
        const QByteArray before = bytesOf(m_store);
        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("restore"),
                                QStringLiteral("--from"), bogus, QStringLiteral("--user"),
                                QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                               demoPassword);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("rule"))
                     .toString(),
                 QStringLiteral("not-a-database"));
        QCOMPARE(bytesOf(m_store), before);
    }

    void restore_noStoreYet_needsNoSignIn()
    {
        const QString backup = m_dir.filePath(QStringLiteral("copy.db"));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh/new.db"));
        QVERIFY(QDir().mkpath(QFileInfo(fresh).absolutePath()));
        const CliRun run = runCli({QStringLiteral("--store"), fresh, QStringLiteral("restore"),
                                   QStringLiteral("--from"), backup});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(runCli({QStringLiteral("--store"), fresh, QStringLiteral("verify")}).exitCode, 0);
    }

    void help_backupAndRestore_documentSignIn()
    {
        const CliRun backup = cli({QStringLiteral("backup"), QStringLiteral("--help")});
        QCOMPARE(backup.exitCode, 0);
        QVERIFY(backup.out.contains("No sign-in is needed"));
        const CliRun restore = cli({QStringLiteral("restore"), QStringLiteral("--help")});
        QVERIFY(restore.out.contains("administrator"));
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
