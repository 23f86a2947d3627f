#include "centerdesk/ui/firstrundialog.h"

#include "centerdesk/core/passwordhasher.h"
#include "centerdesk/core/userservice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace centerdesk::ui {

FirstRunDialog::FirstRunDialog(core::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Create the first administrator"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This store has no user yet. Create the administrator who will "
                                "add the other users. The password needs at least %1 characters "
                                "and may not be a common one.")
                                 .arg(core::PasswordHasher::minimumLength),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("adminName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("adminConfirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirmation);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        createAdministrator(m_name->text().trimmed(), m_password->text().toUtf8(),
                            m_confirmation->text().toUtf8());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool FirstRunDialog::createAdministrator(const QString& name, const QByteArray& password,
                                         const QByteArray& confirmation)
{
    if (password != confirmation) {
        m_error->setText(tr("Repeat password: the two passwords differ."));
        return false;
    }
    core::UserService users(m_store);
    const core::Result<core::Actor> admin = users.createFirstAdministrator(name, password);
    if (!admin) {
        m_error->setText(admin.error().message);
        return false;
    }
    m_actor = *admin;
    accept();
    return true;
}

QString FirstRunDialog::errorText() const
{
    return m_error->text();
}

} // namespace centerdesk::ui
