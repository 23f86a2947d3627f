#include "centerdesk/core/storepaths.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/firstrundialog.h"
#include "centerdesk/ui/mainwindow.h"
#include "centerdesk/ui/session.h"
#include "centerdesk/ui/settings.h"
#include "centerdesk/ui/signindialog.h"
#include "centerdesk/ui/storeopener.h"
#include "centerdesk/ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {

// First run creates the administrator; later runs sign in. Nullopt: the user cancelled.
std::optional<centerdesk::core::Actor> signIn(centerdesk::core::Store& store)
{
    if (!centerdesk::core::UserService(store).hasUsers()) {
        centerdesk::ui::FirstRunDialog dialog(store);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.actor();
    }
    centerdesk::ui::SignInDialog dialog(store);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.actor();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    centerdesk::core::configureApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("CenterDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/centerdesk/icons/centerdesk.svg")));
    // Dialogs come and go between sign-ins; the main window decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

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

    for (;;) {
        const std::optional<centerdesk::core::Actor> actor = signIn(*store);
        if (!actor)
            return 0;
        centerdesk::ui::Session session(*store, *actor);
        centerdesk::ui::MainWindow window(session, settings, dialogs);
        bool signedOut = false;
        QObject::connect(&window, &centerdesk::ui::MainWindow::signOutRequested, &window, [&] {
            signedOut = true;
            window.close();
        });
        QObject::connect(&window, &centerdesk::ui::MainWindow::windowClosed, &application,
                         &QCoreApplication::quit, Qt::QueuedConnection);
        window.show();
        const int code = QApplication::exec();
        if (!signedOut)
            return code;
    }
}
