#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QSettings>
#include <QString>
#include <memory>

namespace centerdesk::ui {

// Typed access to the user's settings: one key, one default, one accessor.
// QSettings underneath; tests pass a temporary file.
class Settings final
{
public:
    Settings(); // the platform's user settings
    explicit Settings(const QString& iniFile);

    // "system", "en" or "es".
    QString language() const;
    void setLanguage(const QString& language);

    QString storePath() const; // empty: the platform's default store
    void setStorePath(const QString& path);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);

    // The view shown after sign-in: a navigation key, or empty for the role's home.
    QString startView() const;
    void setStartView(const QString& key);
    // Saved case-list filters of one user and list ("user/list"), by name.
    QJsonObject savedViews(const QString& userAndList) const;
    void setSavedViews(const QString& userAndList, const QJsonObject& views);
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace centerdesk::ui
