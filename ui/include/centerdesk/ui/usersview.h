#pragma once

#include "centerdesk/core/result.h"
#include "centerdesk/core/user.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace centerdesk::ui {

class DialogSeam;
class Session;

// User administration: users with their roles and state, adding users,
// disabling and enabling them, setting passwords, and the sign-in log.
// Administrators act; HQ analysts see.
class UsersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersView)

public:
    UsersView(Session& session, DialogSeam& dialogs, QWidget* parent = nullptr);

    void reload();
    // What the buttons call; errors are also shown in the message bar.
    core::Status addUser(const core::NewUser& user);
    core::Status setDisabled(const QString& userName, bool disabled);
    core::Status setPassword(const QString& userName, const QByteArray& password);

    QTableWidget* usersTable() const { return m_users; }
    QTableWidget* sessionLogTable() const { return m_log; }
    QString messageText() const;

private:
    void addFromForm();
    QString selectedUserName() const;
    void showOutcome(const core::Status& status, const QString& success);

    Session& m_session;
    DialogSeam& m_dialogs;
    QTableWidget* m_users = nullptr;
    QTableWidget* m_log = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_newName = nullptr;
    QLineEdit* m_newDisplayName = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QComboBox* m_newRole = nullptr;
    QComboBox* m_newCenter = nullptr;
    QComboBox* m_newPort = nullptr;
};

} // namespace centerdesk::ui
