#pragma once

#include <QString>

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
};

// The seam used by the application: message boxes and file dialogs.
class InteractiveDialogs final : public DialogSeam
{
public:
    void showError(QWidget* parent, const QString& title, const QString& message) override;
    QString askForOtherStore(QWidget* parent, const QString& message) override;
};

} // namespace centerdesk::ui
