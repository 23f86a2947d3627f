#pragma once

#include <QString>
#include <optional>

class QDialog;
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
    // Asks for a file to read (an attachment); empty when cancelled.
    virtual QString askOpenFile(QWidget* parent, const QString& title)
    {
        Q_UNUSED(parent)
        Q_UNUSED(title)
        return {};
    }
    // Opens a file with the system's viewer; false when nothing could open it.
    virtual bool openExternally(const QString& path)
    {
        Q_UNUSED(path)
        return false;
    }
    // Runs a dialog of the application's own (create a case, bulk action,
    // settings) and returns its result; tests fill the real dialog instead.
    virtual int execDialog(QDialog& dialog)
    {
        Q_UNUSED(dialog)
        return 0;
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
    QString askOpenFile(QWidget* parent, const QString& title) override;
    bool openExternally(const QString& path) override;
    int execDialog(QDialog& dialog) override;
};

} // namespace centerdesk::ui
