#include "centerdesk/ui/settingsdialog.h"

#include "centerdesk/ui/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace centerdesk::ui {

SettingsDialog::SettingsDialog(Settings& settings, const QList<std::pair<QString, QString>>& views,
                               QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;

    auto* storeRow = new QHBoxLayout;
    m_store = new QLineEdit(QDir::toNativeSeparators(settings.storePath()), this);
    m_store->setObjectName(QStringLiteral("settingsStore"));
    m_store->setPlaceholderText(tr("The default store of this computer"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(browse);
    form->addRow(tr("&Store:"), storeRow);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Choose the store"), m_store->text(),
                                         tr("CenterDesk stores (*.db);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_store->setText(QDir::toNativeSeparators(path));
    });

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));
    form->addRow(tr("&Language:"), m_language);

    m_startView = new QComboBox(this);
    m_startView->setObjectName(QStringLiteral("settingsStartView"));
    m_startView->addItem(tr("My role's home"), QString());
    for (const auto& [key, title] : views)
        m_startView->addItem(title, key);
    m_startView->setCurrentIndex(std::max(0, m_startView->findData(settings.startView())));
    form->addRow(tr("S&tart with:"), m_startView);
    layout->addLayout(form);

    auto* note = new QLabel(tr("The store and the language change the next time CenterDesk "
                               "starts."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* backups = buttons->addButton(tr("&Backups..."), QDialogButtonBox::ActionRole);
    backups->setObjectName(QStringLiteral("settingsBackups"));
    connect(backups, &QPushButton::clicked, this, [this] {
        m_backupsRequested = true;
        reject();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 0);
}

void SettingsDialog::save()
{
    m_settings.setStorePath(QDir::fromNativeSeparators(m_store->text().trimmed()));
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setStartView(m_startView->currentData().toString());
    m_settings.sync();
}

} // namespace centerdesk::ui
