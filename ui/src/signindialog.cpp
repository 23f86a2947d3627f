#include "centerdesk/ui/signindialog.h"

#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace centerdesk::ui {

SignInDialog::SignInDialog(core::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to CenterDesk"));
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(tr("Store: %1").arg(QDir::toNativeSeparators(store.path())), this);
    where->setWordWrap(true);
    layout->addWidget(where);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this,
            [this] { trySignIn(m_user->text().trimmed(), m_password->text().toUtf8()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool SignInDialog::trySignIn(const QString& userName, const QByteArray& password)
{
    core::UserService users(m_store);
    const core::Result<core::Actor> signedIn = users.signIn(userName, password);
    m_password->clear();
    if (!signedIn) {
        m_error->setText(signedIn.error().message);
        m_error->show();
        m_password->setFocus();
        return false;
    }
    m_actor = *signedIn;
    accept();
    return true;
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

} // namespace centerdesk::ui
