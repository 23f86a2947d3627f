#include "centerdesk/ui/usersview.h"

#include "centerdesk/core/permissions.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    return table;
}

// The sign-in log's outcomes, for people.
QString outcomeLabel(const QString& outcome)
{
    if (outcome == QLatin1String("signed-in"))
        return UsersView::tr("Signed in");
    if (outcome == QLatin1String("signed-out"))
        return UsersView::tr("Signed out");
    if (outcome == QLatin1String("wrong-password"))
        return UsersView::tr("Wrong password");
    if (outcome == QLatin1String("locked"))
        return UsersView::tr("Refused: locked");
    if (outcome == QLatin1String("disabled"))
        return UsersView::tr("Refused: disabled");
    if (outcome == QLatin1String("unknown-user"))
        return UsersView::tr("Unknown user");
    return outcome;
}

} // namespace

UsersView::UsersView(Session& session, DialogSeam& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
{
    const bool manages = core::Permissions::allows(session.actor(), core::Action::ManageUsers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<b>Users</b>: who may sign in to this store, and in which roles."), this));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_users = makeTable({tr("User"), tr("Name shown"), tr("Roles"), tr("State")}, top);
    m_users->setObjectName(QStringLiteral("usersTable"));
    topLayout->addWidget(m_users, 2);

    auto* side = new QVBoxLayout;
    topLayout->addLayout(side, 1);
    auto* disable = new QPushButton(tr("&Disable"), top);
    auto* enable = new QPushButton(tr("&Enable"), top);
    auto* password = new QPushButton(tr("Set &password..."), top);
    for (QPushButton* button : {disable, enable, password}) {
        button->setEnabled(manages);
        side->addWidget(button);
    }
    connect(disable, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedUserName(); !name.isEmpty())
            (void)setDisabled(name, true);
    });
    connect(enable, &QPushButton::clicked, this, [this] {
        if (const QString name = selectedUserName(); !name.isEmpty())
            (void)setDisabled(name, false);
    });
    connect(password, &QPushButton::clicked, this, [this] {
        const QString name = selectedUserName();
        if (name.isEmpty())
            return;
        const std::optional<QString> text =
            m_dialogs.askText(this, tr("Set password"), tr("New password for %1:").arg(name), true);
        if (text)
            (void)setPassword(name, text->toUtf8());
    });

    auto* addBox = new QGroupBox(tr("Add a user"), top);
    addBox->setEnabled(manages);
    auto* form = new QFormLayout(addBox);
    m_newName = new QLineEdit(addBox);
    m_newName->setObjectName(QStringLiteral("newUserName"));
    m_newDisplayName = new QLineEdit(addBox);
    m_newPassword = new QLineEdit(addBox);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newRole = new QComboBox(addBox);
    for (const QString& role : core::roleNames())
        m_newRole->addItem(core::roleLabel(*core::roleFromName(role)), role);
    m_newCenter = new QComboBox(addBox);
    m_newPort = new QComboBox(addBox);
    const core::ReferenceService reference(session.store());
    m_newCenter->addItem(tr("(none)"), QString());
    for (const core::Center& center : reference.centers())
        m_newCenter->addItem(QStringLiteral("%1 - %2").arg(center.code, center.name), center.code);
    m_newPort->addItem(tr("(none)"), QString());
    for (const core::Port& port : reference.ports())
        m_newPort->addItem(QStringLiteral("%1 %2").arg(port.code, port.name), port.code);
    form->addRow(tr("User name:"), m_newName);
    form->addRow(tr("Name shown:"), m_newDisplayName);
    form->addRow(tr("Password:"), m_newPassword);
    form->addRow(tr("Role:"), m_newRole);
    form->addRow(tr("Center:"), m_newCenter);
    form->addRow(tr("Port:"), m_newPort);
    auto* add = new QPushButton(tr("&Add user"), addBox);
    add->setObjectName(QStringLiteral("addUserButton"));
    form->addRow(add);
    connect(add, &QPushButton::clicked, this, &UsersView::addFromForm);
    side->addWidget(addBox);
    side->addStretch(1);

    auto* logBox = new QGroupBox(tr("Sign-in log"), splitter);
    auto* logLayout = new QVBoxLayout(logBox);
    m_log = makeTable({tr("When"), tr("User"), tr("Outcome"), tr("Detail")}, logBox);
    m_log->setObjectName(QStringLiteral("sessionLogTable"));
    logLayout->addWidget(m_log);

    connect(&m_session, &Session::usersChanged, this, &UsersView::reload);
    reload();
}

void UsersView::reload()
{
    core::UserService users(m_session.store());
    const core::Result<QList<core::User>> all = users.users(m_session.actor());
    m_users->setRowCount(0);
    if (!all) {
        m_message->setText(all.error().message);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const core::User& user : *all) {
        const int row = m_users->rowCount();
        m_users->insertRow(row);
        QStringList roles;
        for (const core::RoleAssignment& role : user.roles)
            roles << role.describe();
        QString state = tr("Active");
        if (user.disabled)
            state = tr("Disabled");
        else if (user.lockedUntil.isValid() && user.lockedUntil > now)
            state =
                tr("Locked until %1")
                    .arg(QLocale().toString(user.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        m_users->setItem(row, 0, new QTableWidgetItem(user.name));
        m_users->setItem(row, 1, new QTableWidgetItem(user.displayName));
        m_users->setItem(row, 2, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        m_users->setItem(row, 3, new QTableWidgetItem(state));
    }
    m_users->resizeColumnsToContents();
    const core::Result<QList<core::SessionLogEntry>> log = users.sessionLog(m_session.actor());
    m_log->setRowCount(0);
    if (log) {
        for (const core::SessionLogEntry& entry : *log) {
            const int row = m_log->rowCount();
            m_log->insertRow(row);
            m_log->setItem(row, 0,
                           new QTableWidgetItem(
                               QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat)));
            m_log->setItem(row, 1, new QTableWidgetItem(entry.userName));
            m_log->setItem(row, 2, new QTableWidgetItem(outcomeLabel(entry.outcome)));
            m_log->setItem(row, 3, new QTableWidgetItem(entry.detail));
        }
    }
}

QString UsersView::selectedUserName() const
{
    const int row = m_users->currentRow();
    if (row < 0) {
        m_message->setText(tr("Select a user first."));
        return {};
    }
    return m_users->item(row, 0)->text();
}

void UsersView::showOutcome(const core::Status& status, const QString& success)
{
    if (status) {
        m_message->setStyleSheet(QString());
        m_message->setText(success);
        Q_EMIT m_session.usersChanged();
    } else {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(status.error().message);
    }
}

core::Status UsersView::addUser(const core::NewUser& user)
{
    core::UserService users(m_session.store());
    const core::Result<core::User> added = users.addUser(m_session.actor(), user);
    const core::Status status = added ? core::Status() : core::Status(added.error());
    showOutcome(status, tr("Added %1.").arg(user.name));
    return status;
}

void UsersView::addFromForm()
{
    const core::Role role =
        core::roleFromName(m_newRole->currentData().toString()).value_or(core::Role::HqAnalyst);
    core::NewUser user{m_newName->text().trimmed(),
                       m_newDisplayName->text().trimmed().isEmpty()
                           ? m_newName->text().trimmed()
                           : m_newDisplayName->text().trimmed(),
                       m_newPassword->text().toUtf8(),
                       {core::RoleAssignment{role, m_newCenter->currentData().toString(),
                                             m_newPort->currentData().toString()}}};
    if (addUser(user)) {
        m_newName->clear();
        m_newDisplayName->clear();
        m_newPassword->clear();
    }
}

core::Status UsersView::setDisabled(const QString& userName, bool disabled)
{
    core::UserService users(m_session.store());
    const core::Status status = users.setDisabled(m_session.actor(), userName, disabled);
    showOutcome(status,
                disabled ? tr("Disabled %1.").arg(userName) : tr("Enabled %1.").arg(userName));
    return status;
}

core::Status UsersView::setPassword(const QString& userName, const QByteArray& password)
{
    core::UserService users(m_session.store());
    const core::Status status = users.setPassword(m_session.actor(), userName, password);
    showOutcome(status, tr("Set the password of %1.").arg(userName));
    return status;
}

QString UsersView::messageText() const
{
    return m_message->text();
}

} // namespace centerdesk::ui
