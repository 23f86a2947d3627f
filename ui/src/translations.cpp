#include "centerdesk/ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace centerdesk::ui {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString installTranslations(QCoreApplication& application, const QString& language)
{
    QString chosen = language;
    if (chosen.isEmpty() || chosen == QLatin1String("system"))
        chosen = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (!availableLanguages().contains(chosen))
        chosen = QStringLiteral("en");
    QLocale::setDefault(QLocale(chosen));

    auto* own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/centerdesk_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs), from qt6-translations-l10n.
    auto* qtBase = new QTranslator(&application);
    if (qtBase->load(QStringLiteral("qtbase_%1").arg(chosen),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    return chosen;
}

} // namespace centerdesk::ui
