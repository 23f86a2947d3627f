#include "centerdesk/ui/settings.h"

#include <QJsonDocument>

namespace centerdesk::ui {

namespace {

// The settings table: every key and its default in one place.
const QString languageKey = QStringLiteral("ui/language");
const QString languageDefault = QStringLiteral("system");
const QString storePathKey = QStringLiteral("store/path");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString startViewKey = QStringLiteral("ui/startView");
const QString savedViewsGroup = QStringLiteral("savedViews/");

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString Settings::language() const
{
    return m_settings->value(languageKey, languageDefault).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings->setValue(languageKey, language);
}

QString Settings::storePath() const
{
    return m_settings->value(storePathKey).toString();
}

void Settings::setStorePath(const QString& path)
{
    m_settings->setValue(storePathKey, path);
}

QByteArray Settings::mainWindowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    m_settings->setValue(stateKey, state);
}

QString Settings::startView() const
{
    return m_settings->value(startViewKey).toString();
}

void Settings::setStartView(const QString& key)
{
    m_settings->setValue(startViewKey, key);
}

QJsonObject Settings::savedViews(const QString& userAndList) const
{
    const QByteArray json = m_settings->value(savedViewsGroup + userAndList).toByteArray();
    return QJsonDocument::fromJson(json).object();
}

void Settings::setSavedViews(const QString& userAndList, const QJsonObject& views)
{
    m_settings->setValue(savedViewsGroup + userAndList,
                         QJsonDocument(views).toJson(QJsonDocument::Compact));
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace centerdesk::ui
