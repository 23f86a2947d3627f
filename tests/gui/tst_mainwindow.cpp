// Drives the real main window under QT_QPA_PLATFORM=offscreen.
#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/aboutdialog.h"
#include "centerdesk/ui/accountsview.h"
#include "centerdesk/ui/alertsview.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/firstrundialog.h"
#include "centerdesk/ui/mainwindow.h"
#include "centerdesk/ui/portfolioview.h"
#include "centerdesk/ui/recordtablemodel.h"
#include "centerdesk/ui/referencedataview.h"
#include "centerdesk/ui/session.h"
#include "centerdesk/ui/settings.h"
#include "centerdesk/ui/signindialog.h"
#include "centerdesk/ui/storeopener.h"
#include "centerdesk/ui/usersview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk;

namespace {

// Answers the application's dialogs the way a test tells it to.
class ScriptedDialogs final : public ui::DialogSeam
{
public:
    QStringList messages;
    QStringList answers; // paths to give when asked for another store

    void showError(QWidget*, const QString&, const QString& message) override
    {
        messages << message;
    }
    QString askForOtherStore(QWidget*, const QString& message) override
    {
        messages << message;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
};

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

core::UserServiceOptions cheapHashing()
{
    core::UserServiceOptions options;
    options.hashing = core::PasswordHasher::minimum();
    return options;
}

// A store with an administrator and one user of each other role.
struct PeopleStore
{
    std::unique_ptr<core::Store> store;
    core::Actor admin;

    explicit PeopleStore(const QString& path)
    {
        store = std::move(core::Store::open(path)).value();
        core::UserService users(*store, cheapHashing());
        admin = users.createFirstAdministrator(QStringLiteral("chief"), "correct-horse-battery")
                    .value();
        const QList<core::RoleAssignment> roles = {
            {core::Role::CenterStaff, QStringLiteral("PHC"), {}},
            {core::Role::Nam, {}, {}},
            {core::Role::PortOfficial, {}, QStringLiteral("1001")},
            {core::Role::FpfOfficer, {}, QStringLiteral("1001")},
            {core::Role::HqAnalyst, {}, {}}};
        const QStringList names = {QStringLiteral("staff"), QStringLiteral("nam"),
                                   QStringLiteral("port"), QStringLiteral("fpf"),
                                   QStringLiteral("hq")};
        for (qsizetype i = 0; i < roles.size(); ++i)
            (void)users.addUser(
                admin,
                core::NewUser{names.at(i), names.at(i), "long-enough-secret-1", {roles.at(i)}});
    }
    core::Actor signIn(const QString& name) const
    {
        return core::UserService(*store, cheapHashing())
            .signIn(name, name == QLatin1String("chief") ? "correct-horse-battery"
                                                         : "long-enough-secret-1")
            .value();
    }
};

// Saves a screenshot for the README when CENTERDESK_SCREENSHOT_DIR is set.
void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("CENTERDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<ui::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }
    void cleanup() { m_settings.reset(); }

    void referenceView_offscreen_showsTheTenCenters()
    {
        PeopleStore people(m_dir.filePath(QStringLiteral("gui.db")));
        ui::Session session(*people.store, people.admin);
        ScriptedDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY(window.showView(QStringLiteral("reference")));
        QCOMPARE(window.currentViewKey(), QStringLiteral("reference"));
        ui::ReferenceDataView* view = window.referenceView();
        QTableView* centers = view->findChild<QTableView*>(QStringLiteral("centersTable"));
        QVERIFY(centers);
        QCOMPARE(centers->model()->rowCount(), 10);
        QStringList codes;
        for (int row = 0; row < 10; ++row)
            codes << centers->model()->index(row, 0).data().toString();
        QVERIFY(codes.contains(QStringLiteral("PHC")));
        QVERIFY(codes.contains(QStringLiteral("AGR")));
        saveScreenshot(window, QStringLiteral("reference-data"));
        QVERIFY(dialogs.messages.isEmpty());
    }

    // Views other than the start view (an administrator's is Users) are
    // built on their first visit, by the navigation list or by showView, and
    // only once.
    void lazyViews_builtOnFirstVisitOnly()
    {
        PeopleStore people(m_dir.filePath(QStringLiteral("lazy.db")));
        ui::Session session(*people.store, people.admin);
        ScriptedDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.viewKeys().contains(QStringLiteral("accounts")));
        QVERIFY(window.findChildren<ui::AccountsView*>().isEmpty());
        QVERIFY(window.findChildren<ui::PortfolioView*>().isEmpty());
        QCOMPARE(window.currentViewKey(), QStringLiteral("users"));
        QCOMPARE(window.findChildren<ui::UsersView*>().size(), 1);

        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const int accountsRow =
            static_cast<int>(window.viewKeys().indexOf(QStringLiteral("accounts")));
        navigation->setCurrentRow(accountsRow);
        QCOMPARE(window.findChildren<ui::AccountsView*>().size(), 1);
        auto* stack = window.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QVERIFY(qobject_cast<ui::AccountsView*>(stack->currentWidget()));
        QCOMPARE(window.view(QStringLiteral("accounts")), stack->currentWidget());

        QVERIFY(window.showView(QStringLiteral("cases")));
        QVERIFY(window.showView(QStringLiteral("accounts")));
        QCOMPARE(window.findChildren<ui::AccountsView*>().size(), 1);
        QVERIFY(qobject_cast<ui::PortfolioView*>(window.view(QStringLiteral("portfolio"))));
        QCOMPARE(window.findChildren<ui::PortfolioView*>().size(), 1);
        QCOMPARE(window.currentViewKey(), QStringLiteral("accounts"));
        QVERIFY(dialogs.messages.isEmpty());
    }

    void referenceSearch_typingZone_filtersEveryTab()
    {
        PeopleStore people(m_dir.filePath(QStringLiteral("search.db")));
        ui::Session session(*people.store, people.admin);
        ScriptedDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        QVERIFY(window.showView(QStringLiteral("reference")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::ReferenceDataView* view = window.referenceView();
        QLineEdit* search = view->searchField();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("los_angeles"));
        QCOMPARE(view->centersTable()->model()->rowCount(), 2); // AFT and ELE
        search->clear();
        QTest::keyClicks(search, QStringLiteral("portland"));
        QCOMPARE(view->centersTable()->model()->rowCount(), 0);
        auto* ports = view->findChild<QTableView*>(QStringLiteral("portsTable"));
        QCOMPARE(ports->model()->rowCount(), 2); // Portland ME and Portland OR
        QCOMPARE(ports->model()->index(0, 0).data().toString(), QStringLiteral("0101"));
    }

    void recordTableModel_passesModelTester()
    {
        ui::RecordTableModel model({QStringLiteral("A"), QStringLiteral("B")});
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({{QStringLiteral("1"), QStringLiteral("x")}, {QStringLiteral("2")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 1).data().toString(), QString());
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void aboutDialog_showsVersionsAndStoreSchema()
    {
        auto store = core::Store::open(m_dir.filePath(QStringLiteral("about.db")));
        QVERIFY(store.ok());
        ui::AboutDialog about(store->get());
        QVERIFY(about.versionText().contains(QStringLiteral("libsodium")));
        QVERIFY(about.versionText().contains(QStringLiteral("SQLite 3.")));
        QVERIFY(about.versionText().contains(
            QStringLiteral("schema %1").arg(core::Store::latestSchemaVersion())));
    }

    void startup_storeNotADatabase_explainsAndOffersAnother()
    {
        const QString bad = m_dir.filePath(QStringLiteral("spreadsheet.xlsx"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 not a database");
        file.close();
        const QByteArray before = fileBytes(bad);

        ScriptedDialogs dialogs;
        dialogs.answers << m_dir.filePath(QStringLiteral("chosen.db"));
        std::unique_ptr<core::Store> store = ui::openStoreInteractively(bad, dialogs);
        QVERIFY(store);
        QCOMPARE(QFileInfo(store->path()).fileName(), QStringLiteral("chosen.db"));
        QCOMPARE(dialogs.messages.size(), 1);
        QVERIFY(dialogs.messages.first().contains(QDir::toNativeSeparators(bad)));
        QCOMPARE(fileBytes(bad), before);
    }

    void startup_userQuits_returnsNoStore()
    {
        const QString bad = m_dir.filePath(QStringLiteral("quit.txt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        ScriptedDialogs dialogs;
        QVERIFY(!ui::openStoreInteractively(bad, dialogs));
        QCOMPARE(dialogs.messages.size(), 1);
    }

    void windowState_closedAndReopened_restoresGeometry()
    {
        PeopleStore people(m_dir.filePath(QStringLiteral("state.db")));
        ui::Session session(*people.store, people.admin);
        ScriptedDialogs dialogs;
        {
            ui::MainWindow window(session, *m_settings, dialogs);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 610);
            window.close();
        }
        QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
        ui::MainWindow reopened(session, *m_settings, dialogs);
        QCOMPARE(reopened.size(), QSize(900, 610));
    }

    void navigation_eachRole_showsOnlyItsViews_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("views");
        auto keys = [](const char* list) {
            return QString::fromLatin1(list).split(QLatin1Char(' '));
        };
        QTest::addRow("admin_everything")
            << "chief"
            << keys("mywork alerts cases escalations accounts portfolio users policies reference");
        QTest::addRow("centerStaff_accountsPortfolio")
            << "staff" << keys("mywork alerts cases accounts portfolio reference");
        QTest::addRow("nam_portfolioOnly")
            << "nam" << keys("mywork alerts cases portfolio reference");
        QTest::addRow("portOfficial_referralsAccounts")
            << "port" << keys("mywork alerts cases referrals accounts reference");
        QTest::addRow("hqAnalyst_escalationsAccountsUsersPolicies")
            << "hq" << keys("mywork alerts cases escalations accounts users policies reference");
    }
    void navigation_eachRole_showsOnlyItsViews()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, views);
        PeopleStore people(m_dir.filePath(QStringLiteral("nav-%1.db").arg(user)));
        ui::Session session(*people.store, people.signIn(user));
        ScriptedDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        QCOMPARE(window.viewKeys(), views);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("userLabel"))->text().contains(user));
    }

    void signInDialog_typedCredentials_signsInOrShowsError()
    {
        PeopleStore people(m_dir.filePath(QStringLiteral("signin.db")));
        ui::SignInDialog dialog(*people.store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.userField(), QStringLiteral("staff"));
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("wrong-password-here"));
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
        QVERIFY(!dialog.actor());
        QVERIFY(dialog.errorText().contains(QStringLiteral("wrong password")));
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(dialog.passwordField(), QStringLiteral("long-enough-secret-1"));
        QTest::keyClick(dialog.passwordField(), Qt::Key_Return);
        QVERIFY(dialog.actor());
        QCOMPARE(dialog.actor()->userName, QStringLiteral("staff"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void firstRunDialog_emptyStore_createsAdministrator()
    {
        auto store = core::Store::open(m_dir.filePath(QStringLiteral("firstrun.db")));
        QVERIFY(store.ok());
        ui::FirstRunDialog dialog(**store);
        QVERIFY(!dialog.createAdministrator(QStringLiteral("boss"), "correct-horse-battery",
                                            "different-text-here"));
        QVERIFY(dialog.errorText().contains(QStringLiteral("differ")));
        QVERIFY(!dialog.createAdministrator(QStringLiteral("boss"), "short", "short"));
        QVERIFY(dialog.errorText().contains(QStringLiteral("12")));
        QVERIFY(!core::UserService(**store).hasUsers());
        QVERIFY(dialog.createAdministrator(QStringLiteral("boss"), "correct-horse-battery",
                                           "correct-horse-battery"));
        QVERIFY(dialog.actor()->isAdmin());
        QVERIFY(core::UserService(**store).hasUsers());
    }

    void usersView_adminAddsAndDisables_hqOnlySees()
    {
        PeopleStore people(m_dir.filePath(QStringLiteral("users.db")));
        ui::Session session(*people.store, people.admin);
        ScriptedDialogs dialogs;
        ui::UsersView view(session, dialogs);
        QCOMPARE(view.usersTable()->rowCount(), 6);
        QVERIFY(
            view.addUser(core::NewUser{QStringLiteral("newbie"),
                                       QStringLiteral("New Person"),
                                       "brand-new-secret-9",
                                       {{core::Role::CenterStaff, QStringLiteral("ELE"), {}}}}));
        QCOMPARE(view.usersTable()->rowCount(), 7);
        const core::Status weak = view.addUser(
            core::NewUser{QStringLiteral("weakling"), {}, "short", {{core::Role::Nam, {}, {}}}});
        QVERIFY(!weak);
        QVERIFY(view.messageText().contains(QStringLiteral("12")));
        QVERIFY(view.setDisabled(QStringLiteral("newbie"), true));
        QVERIFY(!core::UserService(*people.store)
                     .signIn(QStringLiteral("newbie"), "brand-new-secret-9"));
        view.reload();
        QVERIFY(view.sessionLogTable()->rowCount() > 0);
        QCOMPARE(view.sessionLogTable()->item(0, 2)->text(), QStringLiteral("Refused: disabled"));
        saveScreenshot(view, QStringLiteral("users"));

        ui::Session hqSession(*people.store, people.signIn(QStringLiteral("hq")));
        ui::UsersView hqView(hqSession, dialogs);
        QCOMPARE(hqView.usersTable()->rowCount(), 7);
        QVERIFY(!hqView.setDisabled(QStringLiteral("staff"), false));
        QVERIFY(hqView.messageText().contains(QStringLiteral("may not")));
    }

    void alertsView_caseAssigned_showsAlertUntilRead()
    {
        PeopleStore people(m_dir.filePath(QStringLiteral("alerts.db")));
        core::AccountInput account;
        account.name = QStringLiteral("Acme Pharma Inc.");
        account.iorNumber = QStringLiteral("12-345678900");
        account.centerCode = QStringLiteral("PHC");
        account.sizeClass = QStringLiteral("large");
        QVERIFY(core::AccountService(*people.store).create(people.admin, account).ok());
        core::CaseInput input;
        input.type = QStringLiteral("general-inquiry");
        input.account = QStringLiteral("12-345678900");
        input.subject = QStringLiteral("Where is my entry?");
        input.assigneeName = QStringLiteral("staff");
        const core::Result<core::CaseRecord> opened =
            core::CaseService(*people.store).create(people.admin, input);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));

        ui::Session session(*people.store, people.signIn(QStringLiteral("staff")));
        ScriptedDialogs dialogs;
        ui::MainWindow window(session, *m_settings, dialogs);
        QVERIFY(window.showView(QStringLiteral("alerts")));
        auto* alerts = qobject_cast<ui::AlertsView*>(window.view(QStringLiteral("alerts")));
        QVERIFY(alerts);
        QCOMPARE(alerts->unreadCount(), 1);
        QCOMPARE(alerts->table()->item(0, 1)->text(), opened->number);
        QVERIFY(window.navigation()->currentItem()->text().contains(QStringLiteral("(1)")));
        alerts->table()->selectRow(0);
        QVERIFY(alerts->markSelectedRead());
        QCOMPARE(alerts->unreadCount(), 0);
        QCOMPARE(alerts->table()->rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::Settings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
