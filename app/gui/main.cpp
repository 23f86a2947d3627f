#include "centerdesk/core/storepaths.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/backupsdialog.h"
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
#include <QDir>
#include <QIcon>
#include <QMessageBox>

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
        QString restoreFrom;
        int code = 0;
        bool signedOut = false;
        {
            centerdesk::ui::MainWindow window(session, settings, dialogs);
            QObject::connect(&window, &centerdesk::ui::MainWindow::signOutRequested, &window, [&] {
                signedOut = true;
                window.close();
            });
            QObject::connect(&window, &centerdesk::ui::MainWindow::restoreRequested, &window,
                             [&](const QString& backupPath) {
                                 restoreFrom = backupPath;
                                 window.close();
                             });
            QObject::connect(&window, &centerdesk::ui::MainWindow::windowClosed, &application,
                             &QCoreApplication::quit, Qt::QueuedConnection);
            window.show();
            code = QApplication::exec();
        }
        if (!restoreFrom.isEmpty()) {
            // Every connection to the store closes before its file is replaced.
            const QString path = store->path();
            store.reset();
            const auto restored = centerdesk::ui::BackupsDialog::restore(path, restoreFrom);
            if (restored) {
                QMessageBox::information(
                    nullptr, QCoreApplication::translate("main", "Restore"),
                    QCoreApplication::translate(
                        "main", "The store was restored from %1. The store it replaced is kept "
                                "as %2. Sign in again.")
                        .arg(QDir::toNativeSeparators(restoreFrom),
                             QDir::toNativeSeparators(restored->replacedPath)));
            } else {
                dialogs.showError(nullptr, QCoreApplication::translate("main", "Restore"),
                                  restored.error().message);
            }
            store = centerdesk::ui::openStoreInteractively(path, dialogs);
            if (!store)
                return 3;
            continue;
        }
        if (!signedOut)
            return code;
    }
}
