#include "centerdesk/ui/sendtohqdialog.h"

#include "centerdesk/core/store.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace centerdesk::ui {

// Runs one export on a worker thread with its own store connection; the
// dialog reads the result only after the thread has finished.
class SendToHqWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendToHqWorker)

public:
    SendToHqWorker(QString storePath, core::Actor actor, QString folder, bool full, QObject* parent)
        : QObject(parent)
        , m_storePath(std::move(storePath))
        , m_actor(std::move(actor))
        , m_folder(std::move(folder))
        , m_full(full)
    {}

    // Called on the worker thread.
    void run()
    {
        auto store = openWorkerStore(m_storePath);
        if (!store) {
            m_result.emplace(store.error());
            return;
        }
        core::SyncService sync(**store);
        m_result.emplace(
            sync.exportPackage(m_actor, m_folder, m_full, [this](qint64 done, qint64 total) {
                Q_EMIT progressed(done, total);
            }));
    }

    // Valid once the thread has finished.
    const std::optional<core::Result<core::SyncExportResult>>& result() const { return m_result; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);

private:
    const QString m_storePath;
    const core::Actor m_actor;
    const QString m_folder;
    const bool m_full;
    std::optional<core::Result<core::SyncExportResult>> m_result;
};

SendToHqDialog::SendToHqDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sendToHqDialog"));
    setWindowTitle(tr("Send to HQ"));
    resize(620, 300);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Writes everything that changed since the last package into one "
                                "signed package file. Take the file and its .minisig signature "
                                "to HQ."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_lastSent = new QLabel(this);
    m_lastSent->setObjectName(QStringLiteral("lastSentLabel"));
    layout->addWidget(m_lastSent);

    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("packageFolder"));
    m_folder->setPlaceholderText(tr("Folder to write the package to"));
    m_folder->setText(QFileInfo(session.store().path()).absolutePath() +
                      QStringLiteral("/hq-outbox"));
    m_choose = new QPushButton(tr("Choose folder..."), this);
    m_choose->setObjectName(QStringLiteral("choosePackageFolder"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    layout->addLayout(folderRow);

    m_full = new QCheckBox(tr("Send everything, not only the changes (full package)"), this);
    m_full->setObjectName(QStringLiteral("fullPackage"));
    layout->addWidget(m_full);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->hide();
    layout->addWidget(m_progress);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("sendResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeSendButton"));
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &SendToHqDialog::chooseFolder);
    connect(m_send, &QPushButton::clicked, this, &SendToHqDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &SendToHqDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, [this] { setRunning(isRunning()); });
    refreshLastSent();
    setRunning(false);
}

SendToHqDialog::~SendToHqDialog()
{
    if (m_thread)
        m_thread->wait();
}

QDateTime SendToHqDialog::lastSentAt(core::Store& store)
{
    return core::SyncService(store).lastExportAt();
}

QString SendToHqDialog::lastSentText(core::Store& store)
{
    const QDateTime at = lastSentAt(store);
    if (!at.isValid())
        return tr("No package has been sent to HQ yet.");
    return tr("Last package sent to HQ: %1 (%2)")
        .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
             QFileInfo(core::SyncService(store).lastExportFile()).fileName());
}

void SendToHqDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

QString SendToHqDialog::folder() const
{
    return m_folder->text().trimmed();
}

void SendToHqDialog::setFull(bool full)
{
    m_full->setChecked(full);
}

void SendToHqDialog::chooseFolder()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Choose the folder for the package"), folder());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

bool SendToHqDialog::isRunning() const
{
    return m_thread != nullptr;
}

bool SendToHqDialog::startExport()
{
    if (isRunning() || folder().isEmpty())
        return false;
    m_outcome.reset();
    showResult(tr("Writing the package..."), false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_worker = new SendToHqWorker(m_session.store().path(), m_session.actor(), folder(),
                                  m_full->isChecked(), this);
    SendToHqWorker* worker = m_worker;
    m_thread = QThread::create([worker] { worker->run(); });
    m_thread->setParent(this);
    m_thread->setObjectName(QStringLiteral("sendToHq"));
    connect(m_worker, &SendToHqWorker::progressed, this, &SendToHqDialog::showProgress,
            Qt::QueuedConnection);
    connect(m_thread, &QThread::finished, this, &SendToHqDialog::workerDone, Qt::QueuedConnection);
    setRunning(true);
    m_thread->start();
    return true;
}

void SendToHqDialog::reject()
{
    if (isRunning()) {
        m_closeWhenDone = true;
        return;
    }
    QDialog::reject();
}

bool SendToHqDialog::waitForFinished(int ms)
{
    if (!isRunning())
        return true;
    waitForSignal(this, &SendToHqDialog::exportFinished, ms);
    return !isRunning();
}

void SendToHqDialog::showProgress(qint64 done, qint64 total)
{
    showPerMille(m_progress, done, total);
}

void SendToHqDialog::workerDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    m_outcome = m_worker->result();
    delete m_thread;
    m_thread = nullptr;
    delete m_worker;
    m_worker = nullptr;
    setRunning(false);
    m_progress->hide();

    bool ok = false;
    if (!m_outcome || !m_outcome->ok()) {
        showResult(m_outcome ? errorText(m_outcome->error()) : tr("The export did not run."), true);
    } else if (!m_outcome->value().written) {
        ok = true;
        showResult(tr("Nothing changed since the last package; no file was written."), false);
    } else {
        ok = true;
        const core::SyncExportResult& result = m_outcome->value();
        QStringList parts;
        for (auto it = result.counts.constBegin(); it != result.counts.constEnd(); ++it)
            parts << tr("%1: %2").arg(it.key()).arg(it.value());
        showResult(
            tr("Wrote %1 with %n row(s) (changes %2 to %3): %4. Its signature is %5.", nullptr,
               static_cast<int>(result.rows))
                .arg(QDir::toNativeSeparators(result.packagePath))
                .arg(result.seqFrom)
                .arg(result.seqTo)
                .arg(parts.join(QStringLiteral(", ")), QFileInfo(result.signaturePath).fileName()),
            false);
    }
    refreshLastSent();
    Q_EMIT exportFinished(ok);
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

void SendToHqDialog::setRunning(bool running)
{
    m_send->setEnabled(!running && !folder().isEmpty());
    m_close->setEnabled(!running);
    m_folder->setReadOnly(running);
    m_choose->setEnabled(!running);
    m_full->setEnabled(!running);
}

void SendToHqDialog::showResult(const QString& text, bool isError)
{
    m_result->setText(text);
    m_result->setStyleSheet(isError
                                ? QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; "
                                                 "border: 1px solid #f5b5b5; padding: 6px; }")
                                : QStringLiteral("QLabel { padding: 6px; }"));
    m_result->setVisible(!text.isEmpty());
}

void SendToHqDialog::refreshLastSent()
{
    m_lastSent->setText(lastSentText(m_session.store()));
}

QString SendToHqDialog::resultText() const
{
    return m_result->text();
}

QString SendToHqDialog::lastSentLabelText() const
{
    return m_lastSent->text();
}

} // namespace centerdesk::ui

#include "sendtohqdialog.moc"
