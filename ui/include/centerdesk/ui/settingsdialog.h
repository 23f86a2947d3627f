#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace centerdesk::ui {

class Settings;

// Preferences: the store to open at start-up, the language (English,
// Spanish or the system's), and the view shown after sign-in. Written to
// Settings when accepted; the store and language apply at the next start.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `views`: navigation keys and titles the user can choose as start view.
    SettingsDialog(Settings& settings, const QList<std::pair<QString, QString>>& views,
                   QWidget* parent = nullptr);

    // Writes the fields to the settings (what OK does).
    void save();

    QLineEdit* storeField() const { return m_store; }
    QComboBox* languageField() const { return m_language; }
    QComboBox* startViewField() const { return m_startView; }
    // The user pressed "Backups...": the main window opens them after this dialog.
    bool backupsRequested() const { return m_backupsRequested; }

private:
    Settings& m_settings;
    QLineEdit* m_store = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_startView = nullptr;
    bool m_backupsRequested = false;
};

} // namespace centerdesk::ui
