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

// Shown when the store has no user yet: creates the first administrator.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    explicit FirstRunDialog(core::Store& store, QWidget* parent = nullptr);

    // What the Create button does; true when the administrator exists (the dialog accepts).
    bool createAdministrator(const QString& name, const QByteArray& password,
                             const QByteArray& confirmation);
    std::optional<core::Actor> actor() const { return m_actor; }
    QString errorText() const;

private:
    core::Store& m_store;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirmation = nullptr;
    QLabel* m_error = nullptr;
    std::optional<core::Actor> m_actor;
};

} // namespace centerdesk::ui
