#pragma once

#include "centerdesk/core/actor.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace centerdesk::core {
class Store;
}

namespace centerdesk::ui {

// Asks for a user name and password and signs in through core's UserService
// (which records every attempt and locks after repeated failures).
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(core::Store& store, QWidget* parent = nullptr);

    // What the Sign in button does; true when signed in (the dialog accepts).
    bool trySignIn(const QString& userName, const QByteArray& password);
    std::optional<core::Actor> actor() const { return m_actor; }
    QString errorText() const;
    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }

private:
    core::Store& m_store;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    std::optional<core::Actor> m_actor;
};

} // namespace centerdesk::ui
