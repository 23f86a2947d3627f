#include "centerdesk/ui/backupsdialog.h"

#include "centerdesk/core/store.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace centerdesk::ui {

BackupsDialog::BackupsDialog(Session& session, QWidget* parent)
    : BackupsDialog(session, *new InteractiveDialogs, parent)
{
    m_ownDialogs.reset(&m_dialogs);
}

BackupsDialog::BackupsDialog(Session& session, DialogSeam& dialogs, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_dialogs(dialogs)
{
    setWindowTitle(tr("Backups"));
    setObjectName(QStringLiteral("backupsDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("CenterDesk backs the store up at the first start of each day "
                                "and before every upgrade, keeping %1 daily and %2 weekly "
                                "backups. Folder: %3")
                                 .arg(core::BackupService(m_session.store()).policy().keepDaily)
                                 .arg(core::BackupService(m_session.store()).policy().keepWeekly)
                                 .arg(QDir::toNativeSeparators(folder())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = makeTable({tr("Date"), tr("Size"), tr("Kind")}, QStringLiteral("backupsTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto* buttons = new QHBoxLayout;
    m_backUp = new QPushButton(tr("Back up now"), this);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_restore = new QPushButton(tr("Restore..."), this);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_openFolder = new QPushButton(tr("Open folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openBackupFolder"));
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_openFolder);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_backUp, &QPushButton::clicked, this, [this] { backUpNow(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { requestRestore(); });
    connect(m_openFolder, &QPushButton::clicked, this, &BackupsDialog::openFolder);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    // Only administrators may replace the store; others do not see the button.
    m_restore->setVisible(core::BackupService::authorizeRestore(m_session.actor()).ok());
    resize(640, 400);
    reload();
}

BackupsDialog::~BackupsDialog()
{
    if (m_thread)
        m_thread->wait();
}

QString BackupsDialog::folder() const
{
    return core::BackupService::folderFor(m_session.store().path());
}

void BackupsDialog::reload()
{
    m_entries = core::BackupService::listFolder(folder());
    m_table->setRowCount(0);
    const QLocale locale;
    for (const core::BackupEntry& entry : m_entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cell(locale.toString(entry.createdAt, QLocale::ShortFormat)));
        m_table->setItem(row, 1, cell(locale.formattedDataSize(entry.sizeBytes)));
        m_table->setItem(row, 2, cell(core::backupKindLabel(entry.kind)));
        m_table->item(row, 0)->setToolTip(QDir::toNativeSeparators(entry.path));
    }
    updateButtons();
}

void BackupsDialog::updateButtons()
{
    m_backUp->setEnabled(!isBackingUp());
    m_restore->setEnabled(!isBackingUp() && m_table->currentRow() >= 0 &&
                          !m_table->selectedItems().isEmpty());
}

bool BackupsDialog::isBackingUp() const
{
    return m_thread != nullptr;
}

bool BackupsDialog::backUpNow()
{
    if (isBackingUp())
        return false;
    // The copy reads the file through its own connection on the worker, so a
    // large store never blocks the window.
    const QString storePath = m_session.store().path();
    m_outcome.reset();
    m_thread = QThread::create([this, storePath] {
        m_outcome.emplace(core::BackupService::backupStoreNow(storePath, core::BackupKind::Manual,
                                                              QDateTime::currentDateTime()));
    });
    m_thread->setParent(this);
    m_thread->setObjectName(QStringLiteral("backup"));
    connect(m_thread, &QThread::finished, this, &BackupsDialog::backupDone, Qt::QueuedConnection);
    showStatus(tr("Backing up..."), false);
    m_thread->start();
    updateButtons();
    return true;
}

void BackupsDialog::backupDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool ok = m_outcome && m_outcome->ok();
    if (ok) {
        showStatus(
            tr("Backed up to %1 and checked.").arg(QDir::toNativeSeparators((*m_outcome)->path)),
            false);
    } else if (m_outcome) {
        showStatus(errorText(m_outcome->error()), true);
    }
    reload();
    Q_EMIT backupFinished(ok);
}

bool BackupsDialog::waitForBackup(int ms)
{
    if (!isBackingUp())
        return true;
    waitForSignal(this, &BackupsDialog::backupFinished, ms);
    return !isBackingUp();
}

bool BackupsDialog::requestRestore()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return false;
    if (const core::Status allowed = core::BackupService::authorizeRestore(m_session.actor());
        !allowed) {
        showStatus(errorText(allowed.error()), true);
        return false;
    }
    const core::BackupEntry& entry = m_entries.at(row);
    if (const core::Result<int> checked = core::BackupService::checkBackupFile(entry.path);
        !checked) {
        showStatus(errorText(checked.error()), true);
        return false;
    }
    const QString when = QLocale().toString(entry.createdAt, QLocale::LongFormat);
    if (!m_dialogs.confirm(this, tr("Restore a backup"),
                           tr("Replace the store with the backup of %1? Everything done since "
                              "then will no longer be in the store; the current store is kept "
                              "beside it as a \".replaced\" file. CenterDesk will reopen the "
                              "store and ask you to sign in again.")
                               .arg(when),
                           tr("Restore"))) {
        showStatus(tr("Nothing was restored."), false);
        return false;
    }
    m_restorePath = entry.path;
    Q_EMIT restoreRequested(entry.path);
    accept();
    return true;
}

void BackupsDialog::openFolder()
{
    QDir().mkpath(folder());
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder()));
}

QString BackupsDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void BackupsDialog::showStatus(const QString& text, bool isError)
{
    setMessage(m_status, text, isError);
}

core::Result<core::RestoreReport> BackupsDialog::restore(const QString& storePath,
                                                         const QString& backupPath)
{
    return core::BackupService::restore(storePath, backupPath, QDateTime::currentDateTime());
}

} // namespace centerdesk::ui
