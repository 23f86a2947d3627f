// The real "Send to HQ" dialog, offscreen: it writes a signed package on its
// worker thread, shows where and what, and when the last package went out.
#include "centerdesk/core/store.h"
#include "centerdesk/core/sync.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/sendtohqdialog.h"
#include "centerdesk/ui/session.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk::core;
using centerdesk::ui::SendToHqDialog;
using centerdesk::ui::Session;

class TestSendToHq final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    Actor m_admin;
    Actor m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Store>> store = Store::open(m_dir.filePath(QStringLiteral("ws.db")));
        QVERIFY(store);
        m_store = std::move(*store);
        UserService users(*m_store, {systemClock(), PasswordHasher::minimum()});
        const QByteArray password = "gui-sync-password-1";
        m_admin = users.createFirstAdministrator(QStringLiteral("adm-gui"), password).value();
        QVERIFY(users.addUser(m_admin, {QStringLiteral("nam-gui"),
                                        QStringLiteral("NAM"),
                                        password,
                                        {RoleAssignment{Role::Nam, {}, {}}}}));
        m_nam = users.signIn(QStringLiteral("nam-gui"), password).value();
        QVERIFY(SyncService(*m_store).generateKey(m_dir.filePath(QStringLiteral("keys")),
                                                  QStringLiteral("G1"), QStringLiteral("PHC")));
    }

    void send_asNam_refusedNoFile()
    {
        Session session(*m_store, m_nam);
        SendToHqDialog dialog(session, nullptr);
        dialog.setFolder(m_dir.filePath(QStringLiteral("nam-outbox")));
        dialog.show();
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(dialog.waitForFinished(20000));
        QVERIFY(dialog.outcome().has_value() && !dialog.outcome()->ok());
        QVERIFY(dialog.resultText().contains(QStringLiteral("nam-gui")));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("nam-outbox"))).exists());
        QCOMPARE(dialog.lastSentLabelText(), SendToHqDialog::lastSentText(*m_store));
        QVERIFY(!SendToHqDialog::lastSentAt(*m_store).isValid());
    }

    void send_changes_packageWrittenAndShown()
    {
        Session session(*m_store, m_admin);
        SendToHqDialog dialog(session, nullptr);
        const QString outbox = m_dir.filePath(QStringLiteral("outbox"));
        dialog.setFolder(outbox);
        dialog.show();
        QVERIFY(dialog.lastSentLabelText().contains(QStringLiteral("No package")));
        QSignalSpy finished(&dialog, &SendToHqDialog::exportFinished);
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning() || finished.count() == 1);
        QVERIFY(dialog.waitForFinished(20000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        const SyncExportResult& result = dialog.outcome()->value();
        QVERIFY(result.written);
        QVERIFY(QFileInfo::exists(result.packagePath));
        QVERIFY(QFileInfo::exists(result.signaturePath));
        QVERIFY(QFileInfo(result.packagePath).fileName().startsWith(QStringLiteral("PHC-G1-1-")));
        QVERIFY(dialog.resultText().contains(QDir::toNativeSeparators(result.packagePath)));
        QVERIFY(dialog.resultText().contains(QStringLiteral("app_user: 2")));
        QVERIFY(!dialog.progressBar()->isVisible());
        QVERIFY(SendToHqDialog::lastSentAt(*m_store).isValid());
        QVERIFY(dialog.lastSentLabelText().contains(QFileInfo(result.packagePath).fileName()));

        // Again at once: nothing changed, nothing written.
        QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
        QVERIFY(dialog.waitForFinished(20000));
        QVERIFY(!dialog.outcome()->value().written);
        QVERIFY(dialog.resultText().contains(QStringLiteral("Nothing changed")));
    }
};

QTEST_MAIN(TestSendToHq)
#include "tst_sendtohq.moc"
