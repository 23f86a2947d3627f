#pragma once

#include "centerdesk/core/sync.h"

#include <QDateTime>
#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace centerdesk::core {
class Store;
}

namespace centerdesk::ui {

class SendToHqWorker;
class Session;

// "File > Send to HQ...": writes the changes since the last package into a
// signed package (core::SyncService::exportPackage) on a worker thread with
// its own store connection, shows progress, where the package was written
// and what it held, and when the last package went out.
class SendToHqDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendToHqDialog)

public:
    explicit SendToHqDialog(Session& session, QWidget* parent = nullptr);
    ~SendToHqDialog() override;

    // When the last package was written from `store` (invalid: never).
    static QDateTime lastSentAt(core::Store& store);
    // "Last package sent to HQ: ..." or "No package has been sent to HQ yet."
    static QString lastSentText(core::Store& store);

    void setFolder(const QString& folder);
    QString folder() const;
    void setFull(bool full);

    // What "Send" does; false when an export runs or no folder is given.
    bool startExport();
    bool isRunning() const;
    // Keeps the event loop running until the export ends or `ms` pass.
    bool waitForFinished(int ms);

    // The outcome of the last export (empty before the first).
    const std::optional<core::Result<core::SyncExportResult>>& outcome() const { return m_outcome; }
    QString resultText() const;
    QString lastSentLabelText() const;
    QPushButton* sendButton() const { return m_send; }
    QProgressBar* progressBar() const { return m_progress; }

Q_SIGNALS:
    // Emitted when an export ends; ok is true when it succeeded.
    void exportFinished(bool ok);

public Q_SLOTS:
    // Closing waits for a running export (it is short and all or nothing).
    void reject() override;

private:
    void chooseFolder();
    void showProgress(qint64 done, qint64 total);
    void workerDone();
    void setRunning(bool running);
    void showResult(const QString& text, bool isError);
    void refreshLastSent();

    Session& m_session;
    QLabel* m_lastSent = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_choose = nullptr;
    QCheckBox* m_full = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_close = nullptr;
    QThread* m_thread = nullptr;
    SendToHqWorker* m_worker = nullptr;
    std::optional<core::Result<core::SyncExportResult>> m_outcome;
    bool m_closeWhenDone = false;
};

} // namespace centerdesk::ui
