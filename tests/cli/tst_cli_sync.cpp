// The real centerdesk-cli: keygen, export, hq register-key/import/info,
// verify on the HQ store, refusals that leave the HQ store byte for byte
// unchanged, minisign's own check, and reference data going down.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using centerdesk::test::CliRun;
using centerdesk::test::runCli;

namespace {

const QByteArray passwordLine = "sync-cli-password-1\n";

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

QString describe(const CliRun& run)
{
    return QStringLiteral("exit %1\n%2\n%3")
        .arg(run.exitCode)
        .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
}

} // namespace

class TestCliSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_hq;
    QStringList m_packages; // the two workstations' first packages
    QString m_wsPhc;
    QString m_phcPublicKey;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    CliRun cli(const QString& store, const QStringList& arguments,
               const QByteArray& input = {}) const
    {
        return runCli(QStringList{QStringLiteral("--store"), store} + arguments, input);
    }

    // A workstation store with an administrator, one account and one case; returns its public key.
    QString makeWorkstation(const QString& store, const QString& center, const QString& id,
                            const QString& ior)
    {
        const QString admin = QStringLiteral("adm-") + id.toLower();
        if (cli(store,
                {QStringLiteral("init"), QStringLiteral("--admin"), admin,
                 QStringLiteral("--password-stdin")},
                passwordLine + passwordLine)
                .exitCode != 0)
            return {};
        const QString csv = store + QStringLiteral(".csv");
        writeBytes(csv, "name,ior,center,size\nImporter " + center.toUtf8() + "," + ior.toUtf8() +
                            "," + center.toUtf8() + ",small\n");
        const QStringList signIn{QStringLiteral("--user"), admin,
                                 QStringLiteral("--password-stdin")};
        if (cli(store,
                QStringList{QStringLiteral("account"), QStringLiteral("import"),
                            QStringLiteral("--csv"), csv} +
                    signIn,
                passwordLine)
                .exitCode != 0)
            return {};
        const CliRun created = cli(
            store,
            QStringList{QStringLiteral("case"), QStringLiteral("create"), QStringLiteral("--type"),
                        QStringLiteral("binding-ruling"), QStringLiteral("--account"), ior,
                        QStringLiteral("--subject"), QStringLiteral("Ruling at ") + center} +
                signIn,
            passwordLine);
        if (created.exitCode != 0) {
            qWarning("%s", qPrintable(describe(created)));
            return {};
        }
        const CliRun key =
            cli(store, {QStringLiteral("--json"), QStringLiteral("keygen"),
                        QStringLiteral("--center"), center, QStringLiteral("--workstation"), id});
        return key.json().value(QStringLiteral("publicKey")).toString();
    }

    QString exportPackage(const QString& store, const QString& admin, bool full = false) const
    {
        QStringList arguments{QStringLiteral("--json"),          QStringLiteral("export"),
                              QStringLiteral("--out"),           path(QStringLiteral("outbox")),
                              QStringLiteral("--user"),          admin,
                              QStringLiteral("--password-stdin")};
        if (full)
            arguments << QStringLiteral("--full");
        const CliRun run = cli(store, arguments, passwordLine);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(describe(run)));
        return run.json().value(QStringLiteral("package")).toString();
    }

    CliRun hq(const QStringList& arguments) const
    {
        return runCli(QStringList{QStringLiteral("hq")} + arguments.mid(0, 1) +
                      QStringList{QStringLiteral("--hq-store"), m_hq} + arguments.mid(1));
    }

    // Expects `package` refused (exit 1, message naming `words`), the HQ store unchanged.
    void expectRefused(const QString& package, const QString& words)
    {
        const QByteArray before = bytesOf(m_hq);
        const CliRun run = hq({QStringLiteral("import"), package});
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QVERIFY2(QString::fromUtf8(run.err).contains(words, Qt::CaseInsensitive),
                 qPrintable(describe(run)));
        QVERIFY(bytesOf(m_hq) == before);
    }

    QString copyOf(const QString& package, const QString& name) const
    {
        const QString target = path(name);
        QFile::remove(target);
        QFile::remove(target + QStringLiteral(".minisig"));
        QFile::copy(package, target);
        QFile::copy(package + QStringLiteral(".minisig"), target + QStringLiteral(".minisig"));
        return target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wsPhc = path(QStringLiteral("phc.db"));
        const QString wsEle = path(QStringLiteral("ele.db"));
        m_phcPublicKey = makeWorkstation(m_wsPhc, QStringLiteral("PHC"), QStringLiteral("W1"),
                                         QStringLiteral("11-111111100"));
        const QString elePublicKey = makeWorkstation(
            wsEle, QStringLiteral("ELE"), QStringLiteral("W2"), QStringLiteral("44-444444400"));
        QVERIFY(!m_phcPublicKey.isEmpty() && !elePublicKey.isEmpty());
        m_hq = path(QStringLiteral("hq.db"));
        QCOMPARE(cli(m_hq,
                     {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("hq-admin"),
                      QStringLiteral("--password-stdin")},
                     passwordLine + passwordLine)
                     .exitCode,
                 0);
        // One key as the base64 line, the other as the .pub file keygen wrote.
        QCOMPARE(hq({QStringLiteral("register-key"), QStringLiteral("--center"),
                     QStringLiteral("PHC"), QStringLiteral("--workstation"), QStringLiteral("W1"),
                     QStringLiteral("--public"), m_phcPublicKey})
                     .exitCode,
                 0);
        QCOMPARE(hq({QStringLiteral("register-key"), QStringLiteral("--center"),
                     QStringLiteral("ELE"), QStringLiteral("--workstation"), QStringLiteral("W2"),
                     QStringLiteral("--public"), wsEle + QStringLiteral(".keys/workstation.pub")})
                     .exitCode,
                 0);
        m_packages << exportPackage(m_wsPhc, QStringLiteral("adm-w1"))
                   << exportPackage(wsEle, QStringLiteral("adm-w2"));
        QVERIFY(!m_packages[0].isEmpty() && !m_packages[1].isEmpty());
    }

    void keygen_secretKey_ownerOnly()
    {
        const QFileInfo secret(m_wsPhc + QStringLiteral(".keys/workstation.key"));
        QVERIFY(secret.exists());
        QVERIFY(!(secret.permissions() & (QFile::ReadGroup | QFile::ReadOther)));
        const QByteArray pub = bytesOf(m_wsPhc + QStringLiteral(".keys/workstation.pub"));
        QVERIFY(pub.startsWith("untrusted comment: "));
        QVERIFY(pub.contains(m_phcPublicKey.toLatin1()));
    }

    void export_missingOut_usageError()
    {
        const CliRun run = cli(m_wsPhc,
                               {QStringLiteral("export"), QStringLiteral("--user"),
                                QStringLiteral("adm-w1"), QStringLiteral("--password-stdin")},
                               passwordLine);
        QCOMPARE(run.exitCode, 2);
    }

    void export_package_verifiedByMinisign()
    {
        const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
        // installer/debian-packages.txt installs it: missing is a failure, not a skip.
        QVERIFY2(!minisign.isEmpty(), "minisign is not installed (Debian package minisign)");
        QProcess process;
        process.start(minisign,
                      {QStringLiteral("-Vm"), m_packages[0], QStringLiteral("-P"), m_phcPublicKey});
        QVERIFY(process.waitForFinished());
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(process.readAllStandardOutput().contains("Trusted comment:"));
    }

    void import_badPackages_refusedStoreUnchanged()
    {
        // Refusals first, while HQ holds nothing of W1.
        const QString flipped = copyOf(m_packages[0], QStringLiteral("flipped.cdpkg"));
        QByteArray content = bytesOf(flipped);
        content[content.size() - 10] = char(content[content.size() - 10] ^ 0x04);
        QVERIFY(writeBytes(flipped, content));
        expectRefused(flipped, QStringLiteral("signature"));

        const QString truncated = copyOf(m_packages[0], QStringLiteral("truncated.cdpkg"));
        QVERIFY(writeBytes(truncated, bytesOf(truncated).left(100)));
        expectRefused(truncated, QStringLiteral("signature"));

        // Signed by the ELE workstation's key, but the PHC key is named: the
        // signature no longer matches the manifest's workstation.
        const QString foreign = copyOf(m_packages[1], QStringLiteral("foreign.cdpkg"));
        QVERIFY(writeBytes(foreign + QStringLiteral(".minisig"),
                           bytesOf(m_packages[0] + QStringLiteral(".minisig"))));
        expectRefused(foreign, QStringLiteral("signature"));
    }

    void import_twoCenters_consolidatedAndVerified()
    {
        const CliRun run = hq({QStringLiteral("import"), m_packages[0], m_packages[1]});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY(run.out.contains("applied changes"));

        const CliRun info = runCli({QStringLiteral("--json"), QStringLiteral("hq"),
                                    QStringLiteral("info"), QStringLiteral("--hq-store"), m_hq});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject document = info.json();
        QCOMPARE(document.value(QStringLiteral("workstations")).toArray().size(), 2);
        const QJsonObject cases = document.value(QStringLiteral("cases")).toObject();
        QCOMPARE(cases.value(QStringLiteral("PHC")).toInt(), 1);
        QCOMPARE(cases.value(QStringLiteral("ELE")).toInt(), 1);

        const CliRun verify = cli(m_hq, {QStringLiteral("verify")});
        QVERIFY2(verify.exitCode == 0, qPrintable(describe(verify)));
    }

    void import_again_alreadyImportedNothingChanged()
    {
        const QByteArray before = bytesOf(m_hq);
        const CliRun run = hq({QStringLiteral("import"), m_packages[0]});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("already imported, nothing changed"));
        QVERIFY(bytesOf(m_hq) == before);
    }

    void import_afterGap_refusedNamingMissingRange()
    {
        // Two more packages from W1 (the second by Center staff); the first is held back.
        const CliRun staff =
            cli(m_wsPhc,
                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("staff-phc"),
                 QStringLiteral("--role"), QStringLiteral("center-staff"),
                 QStringLiteral("--center"), QStringLiteral("PHC"), QStringLiteral("--user"),
                 QStringLiteral("adm-w1"), QStringLiteral("--password-stdin")},
                passwordLine + passwordLine);
        QVERIFY2(staff.exitCode == 0, qPrintable(describe(staff)));
        const QString held = exportPackage(m_wsPhc, QStringLiteral("adm-w1"));
        QVERIFY(!held.isEmpty());
        const CliRun added =
            cli(m_wsPhc,
                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nam-phc"),
                 QStringLiteral("--role"), QStringLiteral("nam"), QStringLiteral("--user"),
                 QStringLiteral("adm-w1"), QStringLiteral("--password-stdin")},
                passwordLine + passwordLine);
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        const CliRun staffExport =
            cli(m_wsPhc,
                {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--out"),
                 path(QStringLiteral("outbox")), QStringLiteral("--user"),
                 QStringLiteral("staff-phc"), QStringLiteral("--password-stdin")},
                passwordLine);
        QVERIFY2(staffExport.exitCode == 0, qPrintable(describe(staffExport)));
        const QString later = staffExport.json().value(QStringLiteral("package")).toString();
        QVERIFY(!later.isEmpty());
        const QString held1 = QFileInfo(held).completeBaseName().section(QLatin1Char('-'), 2, 2);
        const QString held2 = QFileInfo(held).completeBaseName().section(QLatin1Char('-'), 3, 3);
        expectRefused(
            later, QStringLiteral("Changes %1-%2 of workstation W1 are missing").arg(held1, held2));
        QCOMPARE(hq({QStringLiteral("import"), held, later}).exitCode, 0);
        // And now the first package is an old one, replayed.
        expectRefused(m_packages[0], QStringLiteral("replayed"));
    }

    void referenceData_goesDown()
    {
        QCOMPARE(
            cli(m_hq, {QStringLiteral("keygen"), QStringLiteral("--center"), QStringLiteral("HQ"),
                       QStringLiteral("--workstation"), QStringLiteral("HQ")})
                .exitCode,
            0);
        const CliRun exported =
            runCli({QStringLiteral("--json"), QStringLiteral("hq"),
                    QStringLiteral("export-reference"), QStringLiteral("--hq-store"), m_hq,
                    QStringLiteral("--out"), path(QStringLiteral("reference"))});
        QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
        const QString package = exported.json().value(QStringLiteral("package")).toString();
        // Without the HQ key registered, the workstation refuses it.
        const CliRun refused = cli(m_wsPhc, {QStringLiteral("import-reference"), package});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("hq-key set"));
        QCOMPARE(cli(m_wsPhc,
                     {QStringLiteral("hq-key"), QStringLiteral("set"), QStringLiteral("--public"),
                      m_hq + QStringLiteral(".keys/workstation.pub")})
                     .exitCode,
                 0);
        const CliRun applied = cli(m_wsPhc, {QStringLiteral("import-reference"), package});
        QVERIFY2(applied.exitCode == 0, qPrintable(describe(applied)));
        QVERIFY(applied.out.contains("service_level"));
        const CliRun again = cli(m_wsPhc, {QStringLiteral("import-reference"), package});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("already imported"));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
