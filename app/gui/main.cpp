#include "centerdesk/core/storepaths.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/mainwindow.h"
#include "centerdesk/ui/settings.h"
#include "centerdesk/ui/storeopener.h"
#include "centerdesk/ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    centerdesk::core::configureApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("CenterDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/centerdesk/icons/centerdesk.svg")));

    centerdesk::ui::Settings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CenterDesk desktop application"));
    parser.addHelpOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"), QStringLiteral("The store file to open."), QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("User interface language: en or es."),
                                            QStringLiteral("LANG"));
    parser.addOption(storeOption);
    parser.addOption(languageOption);
    parser.process(application);

    centerdesk::ui::installTranslations(application, parser.isSet(languageOption)
                                                         ? parser.value(languageOption)
                                                         : settings.language());

    QString storePath = parser.value(storeOption);
    if (storePath.isEmpty())
        storePath = settings.storePath();
    if (storePath.isEmpty())
        storePath = centerdesk::core::defaultStorePath();

    centerdesk::ui::InteractiveDialogs dialogs;
    std::unique_ptr<centerdesk::core::Store> store =
        centerdesk::ui::openStoreInteractively(storePath, dialogs);
    if (!store)
        return 3;

    centerdesk::ui::MainWindow window(*store, settings, dialogs);
    window.show();
    return QApplication::exec();
}
