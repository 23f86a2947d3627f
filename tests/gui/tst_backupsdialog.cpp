// The Backups dialog over a real store under QT_QPA_PLATFORM=offscreen:
// the list, "Back up now" on its worker, Restore with its confirmation (and
// the restore the main window then performs), Open folder, and what a user
// who is not an administrator sees.
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/backupsdialog.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/session.h"

#include <QDesktopServices>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk;

namespace {

class ScriptedDialogs final : public ui::DialogSeam
{
public:
    bool answer = true;
    QStringList questions;

    void showError(QWidget*, const QString&, const QString&) override {}
    QString askForOtherStore(QWidget*, const QString&) override { return {}; }
    bool confirm(QWidget*, const QString&, const QString& message, const QString&) override
    {
        questions << message;
        return answer;
    }
};

// Receives the URLs that QDesktopServices would open.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl& url) { urls << url; }
};

const QByteArray password = "Tariff-Schedule-2026!";

} // namespace

class TestBackupsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<core::Store> m_store;
    core::Actor m_admin;
    core::Actor m_staff;

    void openStore() { m_store = std::move(core::Store::open(m_path)).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("gui.db"));
        openStore();
        core::UserServiceOptions options;
        options.hashing = core::PasswordHasher::minimum();
        core::UserService users(*m_store, options);
        m_admin = users.createFirstAdministrator(QStringLiteral("admin"), password).value();
        const core::Result<core::User> staff = users.addUser(
            m_admin, {QStringLiteral("staff"),
                      QStringLiteral("Sam Staff"),
                      password,
                      {core::RoleAssignment{core::Role::CenterStaff, QStringLiteral("PHC"), {}}}});
        QVERIFY(staff.ok());
        m_staff = core::Actor{staff->uuid, staff->name, staff->displayName, staff->roles};
    }

    void backUpNow_click_listsTheNewBackup()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::BackupsDialog dialog(session, dialogs);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 0);
        QSignalSpy finished(&dialog, &ui::BackupsDialog::backupFinished);
        QTest::mouseClick(dialog.backUpButton(), Qt::LeftButton);
        QVERIFY(dialog.waitForBackup(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.entries().front().kind, core::BackupKind::Manual);
        QCOMPARE(dialog.table()->item(0, 2)->text(),
                 core::backupKindLabel(core::BackupKind::Manual));
        QVERIFY(dialog.statusText().contains(QStringLiteral("checked")));
        QVERIFY(dialog.backUpButton()->isEnabled());
    }

    void backUpNow_folderBlocked_showsTheReasonAndListsNothingNew()
    {
        const QString path = m_dir.filePath(QStringLiteral("blocked.db"));
        auto store = std::move(core::Store::open(path)).value();
        QFile blocker(path + QStringLiteral(".backups"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        ui::Session session(*store, m_admin);
        ScriptedDialogs dialogs;
        ui::BackupsDialog dialog(session, dialogs);
        QSignalSpy finished(&dialog, &ui::BackupsDialog::backupFinished);
        QVERIFY(dialog.backUpNow());
        QVERIFY(!dialog.backUpNow()); // one at a time
        QVERIFY(dialog.waitForBackup(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(dialog.statusText().contains(
                     QDir::toNativeSeparators(path + QStringLiteral(".backups"))),
                 qPrintable(dialog.statusText()));
        QCOMPARE(dialog.table()->rowCount(), 0);
    }

    void restore_declined_nothingRequested()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        dialogs.answer = false;
        ui::BackupsDialog dialog(session, dialogs);
        dialog.show();
        QVERIFY(dialog.table()->rowCount() > 0);
        QVERIFY(!dialog.restoreButton()->isEnabled()); // nothing selected yet
        dialog.table()->selectRow(0);
        QVERIFY(dialog.restoreButton()->isEnabled());
        QSignalSpy requested(&dialog, &ui::BackupsDialog::restoreRequested);
        QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
        QCOMPARE(dialogs.questions.size(), 1);
        QCOMPARE(requested.size(), 0);
        QVERIFY(!dialog.restoreRequestedPath().has_value());
        QVERIFY(dialog.isVisible());
    }

    void restore_confirmed_requestsAndTheRestoreBringsTheBackupBack()
    {
        QVERIFY(m_store->setMetaValue(QStringLiteral("marker"), QStringLiteral("after")).ok());
        QString requestedPath;
        {
            ui::Session session(*m_store, m_admin);
            ScriptedDialogs dialogs;
            ui::BackupsDialog dialog(session, dialogs);
            dialog.show();
            dialog.table()->selectRow(0);
            QSignalSpy requested(&dialog, &ui::BackupsDialog::restoreRequested);
            QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
            QCOMPARE(requested.size(), 1);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            requestedPath = requested.at(0).at(0).toString();
            QCOMPARE(dialog.restoreRequestedPath().value(), requestedPath);
            QCOMPARE(requestedPath, dialog.entries().front().path);
        }
        // What the main window does next: close the store, restore, reopen.
        m_store.reset();
        const core::Result<core::RestoreReport> report =
            ui::BackupsDialog::restore(m_path, requestedPath);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(QFileInfo::exists(report->replacedPath));
        openStore();
        QCOMPARE(m_store->metaValue(QStringLiteral("marker")), QString());
    }

    void openFolder_click_opensTheBackupFolder()
    {
        ui::Session session(*m_store, m_admin);
        ScriptedDialogs dialogs;
        ui::BackupsDialog dialog(session, dialogs);
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        QTest::mouseClick(dialog.openFolderButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 1);
        QCOMPARE(catcher.urls.front().toLocalFile(), m_path + QStringLiteral(".backups"));
    }

    void nonAdmin_restoreHiddenAndRefused()
    {
        ui::Session session(*m_store, m_staff);
        ScriptedDialogs dialogs;
        ui::BackupsDialog dialog(session, dialogs);
        dialog.show();
        QVERIFY(dialog.restoreButton()->isHidden());
        QVERIFY(dialog.table()->rowCount() > 0);
        dialog.table()->selectRow(0);
        QVERIFY(!dialog.requestRestore());
        QVERIFY(dialogs.questions.isEmpty());
        QVERIFY(dialog.statusText().contains(QStringLiteral("administrator")));
    }
};

QTEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
