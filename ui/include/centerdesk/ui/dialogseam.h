#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace centerdesk::ui {

// Every modal question the application asks goes through this seam, so that
// GUI tests can answer it instead of a person.
class DialogSeam
{
public:
    virtual ~DialogSeam() = default;
    virtual void showError(QWidget* parent, const QString& title, const QString& message) = 0;
    // A store could not be opened: shows why and returns the path of another
    // store to try, or an empty string to quit.
    virtual QString askForOtherStore(QWidget* parent, const QString& message) = 0;
    // Asks for one line of text (hidden when `secret`); nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget* parent, const QString& title,
                                           const QString& label, bool secret)
    {
        Q_UNUSED(parent)
        Q_UNUSED(title)
        Q_UNUSED(label)
        Q_UNUSED(secret)
        return std::nullopt;
    }
    // Asks a yes/no question about something that cannot be undone; `action`
    // labels the button that goes ahead. Anything but that button is "no".
    virtual bool confirm(QWidget* parent, const QString& title, const QString& message,
                         const QString& action)
    {
        Q_UNUSED(parent)
        Q_UNUSED(title)
        Q_UNUSED(message)
        Q_UNUSED(action)
        return false;
    }
};

// The seam used by the application: message boxes and file dialogs.
class InteractiveDialogs final : public DialogSeam
{
public:
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    QString askForOtherStore(QWidget* parent, const QString& message) override;
    std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                   bool secret) override;
    bool confirm(QWidget* parent, const QString& title, const QString& message,
                 const QString& action) override;
};

} // namespace centerdesk::ui
