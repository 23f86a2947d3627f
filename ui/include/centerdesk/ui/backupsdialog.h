#pragma once

#include "centerdesk/core/backupservice.h"

#include <QDialog>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

namespace centerdesk::ui {

class DialogSeam;
class Session;

// Settings -> Backups: the backups in the folder beside the store (date,
// size, kind), "Back up now" (on a worker thread with its own connection),
// "Restore" of the selected backup and "Open folder".
//
// Restoring replaces the store file, which needs every connection to it
// closed, so the dialog does not do it itself: after the administrator
// confirmed (through the DialogSeam), it emits restoreRequested() and closes
// with Accepted; restoreRequestedPath() keeps the path. The main window then
// closes its session and store, calls restore(), and reopens the store with
// a new sign-in, whatever the outcome (on failure the old store is intact).
class BackupsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsDialog)

public:
    // Asks its questions with message boxes.
    BackupsDialog(Session& session, QWidget* parent = nullptr);
    BackupsDialog(Session& session, DialogSeam& dialogs, QWidget* parent = nullptr);
    ~BackupsDialog() override;

    // Rereads the folder.
    void reload();
    QList<core::BackupEntry> entries() const { return m_entries; }
    QString folder() const;

    // What the buttons do. backUpNow() starts the worker and returns false
    // when one is running already.
    bool backUpNow();
    bool isBackingUp() const;
    // Keeps the event loop running until the backup ends or `ms` pass.
    bool waitForBackup(int ms);
    // Restore of the selected row: checks the file and the permission, asks
    // for confirmation; true when the restore was requested.
    bool requestRestore();
    void openFolder();

    std::optional<QString> restoreRequestedPath() const { return m_restorePath; }
    // The status line under the list (the last outcome or error).
    QString statusText() const;

    // Performs a requested restore once every connection to the store is closed.
    static core::Result<core::RestoreReport> restore(const QString& storePath,
                                                     const QString& backupPath);

    QTableWidget* table() const { return m_table; }
    QPushButton* backUpButton() const { return m_backUp; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* openFolderButton() const { return m_openFolder; }

Q_SIGNALS:
    void backupFinished(bool ok);
    // The store must be closed, restored from `backupPath` and reopened.
    void restoreRequested(const QString& backupPath);

private:
    void updateButtons();
    void backupDone();
    void showStatus(const QString& text, bool isError);

    Session& m_session;
    std::unique_ptr<DialogSeam> m_ownDialogs;
    DialogSeam& m_dialogs;
    QList<core::BackupEntry> m_entries;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_backUp = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_openFolder = nullptr;
    QThread* m_thread = nullptr;
    std::optional<core::Result<core::BackupEntry>> m_outcome;
    std::optional<QString> m_restorePath;
};

} // namespace centerdesk::ui
