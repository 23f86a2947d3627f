#pragma once

#include <QString>

class QCoreApplication;

namespace centerdesk::ui {

// The languages the user interface is translated into.
QStringList availableLanguages();

// Installs CenterDesk's and Qt's translations for `language` ("system" follows
// the system locale; "en", "es"). Returns the language actually used.
QString installTranslations(QCoreApplication& application, const QString& language);

} // namespace centerdesk::ui
