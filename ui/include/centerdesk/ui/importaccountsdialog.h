#pragma once

#include "centerdesk/core/accountimporter.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace centerdesk::ui {

class ImportWorker;
class Session;

// Imports accounts from a CSV file with core::AccountImporter, all or
// nothing. The import runs on a worker thread with its own store connection
// (a connection belongs to the thread that opened it), reports progress
// through queued signals and can be cancelled; nothing is written then.
// A refused file gets a report with one row per problem.
class ImportAccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportAccountsDialog)

public:
    explicit ImportAccountsDialog(Session& session, QWidget* parent = nullptr);
    ~ImportAccountsDialog() override;

    void setFile(const QString& path);
    QString file() const;

    // What "Import" does; false when an import is running or no file is chosen.
    bool startImport();
    // Asks the running import to stop; it ends with nothing written.
    void cancel();
    bool isRunning() const;
    // Keeps the event loop running until the import ends or `ms` pass;
    // true when no import is running any more.
    bool waitForFinished(int ms);

    // The outcome of the last import.
    bool succeeded() const { return m_succeeded; }
    qsizetype importedCount() const { return m_imported; }
    QList<core::ImportProblem> problems() const { return m_problems; }
    QString resultText() const;

    QProgressBar* progressBar() const { return m_progress; }
    QTableWidget* problemsTable() const { return m_problemsTable; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    // Emitted when an import ends; ok is true when accounts were written.
    void importFinished(bool ok);

public Q_SLOTS:
    // Closing while an import runs cancels it first.
    void reject() override;

private:
    void chooseFile();
    void showProgress(qint64 done, qint64 total);
    void workerDone();
    void setRunning(bool running);
    void showResult(const QString& text, bool isError);

    Session& m_session;
    QLineEdit* m_file = nullptr;
    QPushButton* m_choose = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QTableWidget* m_problemsTable = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
    QThread* m_thread = nullptr;
    ImportWorker* m_worker = nullptr;
    bool m_closeWhenDone = false;
    bool m_succeeded = false;
    qsizetype m_imported = 0;
    QList<core::ImportProblem> m_problems;
};

} // namespace centerdesk::ui
