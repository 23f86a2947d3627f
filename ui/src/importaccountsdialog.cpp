#include "centerdesk/ui/importaccountsdialog.h"

#include "centerdesk/core/store.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>
#include <optional>

namespace centerdesk::ui {

// Runs one import on a worker thread. It opens its own store connection
// there and closes it before the thread ends; the dialog reads the result
// only after the thread has finished.
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)

public:
    ImportWorker(QString storePath, core::Actor actor, QString file, QObject* parent)
        : QObject(parent)
        , m_storePath(std::move(storePath))
        , m_actor(std::move(actor))
        , m_file(std::move(file))
    {}

    // Called on the worker thread.
    void run()
    {
        auto store = openWorkerStore(m_storePath);
        if (!store) {
            m_result.emplace(store.error());
            return;
        }
        core::AccountImporter importer(**store);
        m_result.emplace(
            importer.importFile(m_actor, m_file, [this](qsizetype done, qsizetype total) {
                Q_EMIT progressed(done, total);
                return !m_cancelled.load();
            }));
    }

    void cancel() { m_cancelled.store(true); }
    bool cancelled() const { return m_cancelled.load(); }
    // Valid once the thread has finished.
    const std::optional<core::Result<core::ImportReport>>& result() const { return m_result; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);

private:
    const QString m_storePath;
    const core::Actor m_actor;
    const QString m_file;
    std::atomic_bool m_cancelled{false};
    std::optional<core::Result<core::ImportReport>> m_result;
};

ImportAccountsDialog::ImportAccountsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importAccountsDialog"));
    setWindowTitle(tr("Import accounts from CSV"));
    resize(720, 460);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("The file needs a header line naming its columns: %1. Every line is checked first; "
           "if any line is refused, nothing is imported and each problem is listed.")
            .arg(core::AccountImporter::columns().join(QStringLiteral(", "))),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("CSV file to import"));
    m_choose = new QPushButton(tr("Choose file..."), this);
    m_choose->setObjectName(QStringLiteral("chooseImportFile"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    m_problemsTable = new QTableWidget(0, 4, this);
    m_problemsTable->setObjectName(QStringLiteral("importProblems"));
    m_problemsTable->setHorizontalHeaderLabels(
        {tr("Line"), tr("Field"), tr("Rule"), tr("Message")});
    m_problemsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsTable->setAlternatingRowColors(true);
    m_problemsTable->setWordWrap(false);
    m_problemsTable->verticalHeader()->setVisible(false);
    m_problemsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_problemsTable->horizontalHeader()->setStretchLastSection(true);
    m_problemsTable->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_problemsTable->setSortingEnabled(true);
    m_problemsTable->hide();
    layout->addWidget(m_problemsTable, 1);
    layout->addStretch(0);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("startImportButton"));
    m_import->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel import"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancel->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeImportButton"));
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportAccountsDialog::chooseFile);
    // The buttons are wired one by one: "Import" must not close the dialog.
    connect(m_import, &QPushButton::clicked, this, &ImportAccountsDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportAccountsDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportAccountsDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, [this] { setRunning(isRunning()); });
    setRunning(false);
}

ImportAccountsDialog::~ImportAccountsDialog()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->wait();
    }
}

void ImportAccountsDialog::setFile(const QString& path)
{
    m_file->setText(path);
}

QString ImportAccountsDialog::file() const
{
    return m_file->text().trimmed();
}

void ImportAccountsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the accounts file"), file(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportAccountsDialog::isRunning() const
{
    return m_thread != nullptr;
}

bool ImportAccountsDialog::startImport()
{
    if (isRunning() || file().isEmpty())
        return false;
    m_succeeded = false;
    m_imported = 0;
    m_problems.clear();
    m_problemsTable->setRowCount(0);
    m_problemsTable->hide();
    showResult(tr("Checking %1...").arg(file()), false);
    m_progress->setRange(0, 0); // busy until the first report
    m_progress->show();

    m_worker = new ImportWorker(m_session.store().path(), m_session.actor(), file(), this);
    ImportWorker* worker = m_worker;
    m_thread = QThread::create([worker] { worker->run(); });
    m_thread->setParent(this);
    m_thread->setObjectName(QStringLiteral("accountImport"));
    connect(m_worker, &ImportWorker::progressed, this, &ImportAccountsDialog::showProgress,
            Qt::QueuedConnection);
    connect(m_thread, &QThread::finished, this, &ImportAccountsDialog::workerDone,
            Qt::QueuedConnection);
    setRunning(true);
    m_thread->start();
    return true;
}

void ImportAccountsDialog::cancel()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancel->setEnabled(false);
    showResult(tr("Cancelling..."), false);
}

void ImportAccountsDialog::reject()
{
    if (isRunning()) {
        m_closeWhenDone = true;
        cancel();
        return;
    }
    QDialog::reject();
}

bool ImportAccountsDialog::waitForFinished(int ms)
{
    if (!isRunning())
        return true;
    waitForSignal(this, &ImportAccountsDialog::importFinished, ms);
    return !isRunning();
}

void ImportAccountsDialog::showProgress(qint64 done, qint64 total)
{
    showPerMille(m_progress, done, total);
}

void ImportAccountsDialog::workerDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    const bool cancelled = m_worker->cancelled();
    const std::optional<core::Result<core::ImportReport>> outcome = m_worker->result();
    delete m_thread;
    m_thread = nullptr;
    delete m_worker;
    m_worker = nullptr;
    setRunning(false);
    m_progress->hide();

    if (!outcome || !outcome->ok()) {
        const QString why = outcome ? errorText(outcome->error()) : tr("The import did not run.");
        showResult(cancelled ? tr("The import was cancelled. Nothing was imported.")
                             : tr("%1 Nothing was imported.").arg(why),
                   !cancelled);
    } else {
        const core::ImportReport& report = outcome->value();
        m_problems = report.problems;
        if (report.ok()) {
            m_succeeded = true;
            m_imported = report.imported;
            showResult(report.imported == 1 ? tr("Imported 1 account")
                                            : tr("Imported %1 accounts").arg(report.imported),
                       false);
        } else {
            m_problemsTable->setSortingEnabled(false);
            m_problemsTable->setRowCount(static_cast<int>(report.problems.size()));
            for (int row = 0; row < report.problems.size(); ++row) {
                const core::ImportProblem& problem = report.problems.at(row);
                auto* line = new QTableWidgetItem;
                line->setData(Qt::DisplayRole, static_cast<qlonglong>(problem.line));
                m_problemsTable->setItem(row, 0, line);
                m_problemsTable->setItem(row, 1, new QTableWidgetItem(problem.field));
                m_problemsTable->setItem(row, 2, new QTableWidgetItem(problem.rule));
                auto* message = new QTableWidgetItem(problem.message);
                message->setToolTip(problem.message);
                m_problemsTable->setItem(row, 3, message);
            }
            m_problemsTable->setSortingEnabled(true);
            m_problemsTable->sortItems(0, Qt::AscendingOrder);
            m_problemsTable->resizeColumnsToContents();
            m_problemsTable->show();
            const qsizetype count = report.problems.size();
            showResult(count == 1
                           ? tr("Nothing was imported: 1 problem was found in the %1 lines "
                                "read. Correct the file and import it again.")
                                 .arg(report.records)
                           : tr("Nothing was imported: %1 problems were found in the %2 lines "
                                "read. Correct the file and import it again.")
                                 .arg(count)
                                 .arg(report.records),
                       true);
        }
    }
    if (m_succeeded)
        Q_EMIT m_session.accountsChanged();
    Q_EMIT importFinished(m_succeeded);
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

void ImportAccountsDialog::setRunning(bool running)
{
    m_import->setEnabled(!running && !file().isEmpty());
    m_cancel->setEnabled(running && m_worker && !m_worker->cancelled());
    m_file->setReadOnly(running);
    m_choose->setEnabled(!running);
}

void ImportAccountsDialog::showResult(const QString& text, bool isError)
{
    m_result->setText(text);
    m_result->setStyleSheet(isError
                                ? QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; "
                                                 "border: 1px solid #f5b5b5; padding: 6px; }")
                                : QStringLiteral("QLabel { padding: 6px; }"));
    m_result->setVisible(!text.isEmpty());
}

QString ImportAccountsDialog::resultText() const
{
    return m_result->text();
}

} // namespace centerdesk::ui

#include "importaccountsdialog.moc"
