#include "centerdesk/ui/mainwindow.h"

#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/aboutdialog.h"
#include "centerdesk/ui/accountsview.h"
#include "centerdesk/ui/alertsview.h"
#include "centerdesk/ui/casedetailview.h"
#include "centerdesk/ui/caselistmodel.h"
#include "centerdesk/ui/casesview.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/portfolioview.h"
#include "centerdesk/ui/referencedataview.h"
#include "centerdesk/ui/session.h"
#include "centerdesk/ui/settings.h"
#include "centerdesk/ui/translations.h"
#include "centerdesk/ui/usersview.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>

namespace centerdesk::ui {

namespace {
constexpr int viewKeyRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(Session& session, Settings& settings, DialogSeam& dialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CenterDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/centerdesk/icons/centerdesk.svg")));

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMinimumWidth(160);
    m_navigation->setMaximumWidth(260);
    m_views = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    // Only what the user's roles can use; core refuses the rest anyway.
    const core::Actor& actor = m_session.actor();
    auto* alerts = new AlertsView(m_session, m_views);
    addView(QStringLiteral("alerts"), tr("Alerts"), alerts);
    // The navigation shows how many alerts wait.
    auto showAlertCount = [this](int count) {
        for (int row = 0; row < m_navigation->count(); ++row) {
            QListWidgetItem* item = m_navigation->item(row);
            if (item->data(viewKeyRole).toString() == QLatin1String("alerts"))
                item->setText(count > 0 ? tr("Alerts (%1)").arg(count) : tr("Alerts"));
        }
    };
    connect(alerts, &AlertsView::unreadCountChanged, this, showAlertCount);
    showAlertCount(alerts->unreadCount());
    // Cases: the list and the detail of the current case side by side.
    auto* casesPage = new QSplitter(m_views);
    casesPage->setObjectName(QStringLiteral("casesPage"));
    auto* casesList = new CasesView(m_session, casesPage);
    auto* caseDetail = new CaseDetailView(m_session, m_dialogs, casesPage);
    casesPage->addWidget(casesList);
    casesPage->addWidget(caseDetail);
    casesPage->setStretchFactor(0, 3);
    casesPage->setStretchFactor(1, 2);
    connect(casesList, &CasesView::caseActivated, caseDetail, &CaseDetailView::showCase);
    connect(caseDetail, &CaseDetailView::caseChanged, casesList->model(), &CaseListModel::reload);
    connect(caseDetail, &CaseDetailView::caseChanged, alerts, &AlertsView::reload);
    addView(QStringLiteral("cases"), tr("Cases"), casesPage);
    const bool seesAccounts = actor.isAdmin() || actor.hasRole(core::Role::CenterStaff) ||
                              actor.hasRole(core::Role::HqAnalyst) ||
                              actor.hasRole(core::Role::PortOfficial) ||
                              actor.hasRole(core::Role::FpfOfficer);
    if (seesAccounts)
        addView(QStringLiteral("accounts"), tr("Accounts"),
                new AccountsView(m_session, m_dialogs, m_views));
    if (actor.hasRole(core::Role::Nam) || actor.isAdmin() || actor.hasRole(core::Role::CenterStaff))
        addView(QStringLiteral("portfolio"), tr("Portfolio"),
                new PortfolioView(m_session, m_views));
    if (core::Permissions::allows(actor, core::Action::ViewUsers))
        addView(QStringLiteral("users"), tr("Users"), new UsersView(m_session, m_dialogs, m_views));
    m_referenceView = new ReferenceDataView(m_session.store(), m_views);
    addView(QStringLiteral("reference"), tr("Reference data"), m_referenceView);

    connect(m_navigation, &QListWidget::currentRowChanged, m_views,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    createMenus();
    QStringList roles;
    for (const core::RoleAssignment& role : actor.roles)
        roles << role.describe();
    auto* storeLabel = new QLabel(tr("Store: %1 (schema %2)")
                                      .arg(QDir::toNativeSeparators(m_session.store().path()))
                                      .arg(m_session.store().schemaVersion()),
                                  this);
    storeLabel->setObjectName(QStringLiteral("storeLabel"));
    auto* userLabel = new QLabel(
        tr("Signed in as %1 - %2").arg(actor.userName, roles.join(QStringLiteral(", "))), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(storeLabel, 1);
    statusBar()->addPermanentWidget(userLabel);

    auto* sweepLabel = new QLabel(this);
    sweepLabel->setObjectName(QStringLiteral("sweepLabel"));
    statusBar()->addPermanentWidget(sweepLabel);
    // Clocks are swept at start-up and every five minutes while the window is
    // open: warnings, breaches, automatic escalations; no external scheduler.
    auto sweep = [this, sweepLabel, alerts] {
        const core::Result<core::SweepReport> report =
            core::CaseService(m_session.store()).sweepClocks();
        sweepLabel->setText(report
                                ? tr("Clocks swept at %1")
                                      .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")))
                                : report.error().message);
        alerts->reload();
    };
    auto* sweepTimer = new QTimer(this);
    sweepTimer->setInterval(5 * 60 * 1000);
    connect(sweepTimer, &QTimer::timeout, this, sweep);
    sweepTimer->start();
    QTimer::singleShot(0, this, sweep);

    resize(1280, 800);
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
}

void MainWindow::addView(const QString& key, const QString& title, QWidget* view)
{
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(viewKeyRole, key);
    view->setProperty("viewKey", key);
    m_views->addWidget(view);
}

bool MainWindow::showView(const QString& key)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(viewKeyRole).toString() == key) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentViewKey() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(viewKeyRole).toString() : QString();
}

QStringList MainWindow::viewKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_navigation->count(); ++row)
        keys << m_navigation->item(row)->data(viewKeyRole).toString();
    return keys;
}

QWidget* MainWindow::view(const QString& key) const
{
    for (int index = 0; index < m_views->count(); ++index) {
        if (m_views->widget(index)->property("viewKey").toString() == key)
            return m_views->widget(index);
    }
    return nullptr;
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* password =
        fileMenu->addAction(tr("Change my &password..."), this, &MainWindow::changeOwnPassword);
    password->setObjectName(QStringLiteral("changePasswordAction"));
    QAction* signOut = fileMenu->addAction(tr("Sign &out"), this, [this] {
        core::UserService(m_session.store()).signOut(m_session.actor()).ok();
        Q_EMIT signOutRequested();
    });
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* action = viewMenu->addAction(item->text(), this,
                                              [this, row] { m_navigation->setCurrentRow(row); });
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
    }
    viewMenu->addSeparator();
    QMenu* languageMenu = viewMenu->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QList<std::pair<QString, QString>> choices = {
        {QStringLiteral("system"), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto& [code, label] : choices) {
        QAction* action =
            languageMenu->addAction(label, this, [this, code = code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(m_settings.language() == code);
        action->setObjectName(QStringLiteral("language-") + code);
        languages->addAction(action);
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CenterDesk"), this, &MainWindow::showAbout);
}

void MainWindow::chooseLanguage(const QString& language)
{
    m_settings.setLanguage(language);
    m_settings.sync();
    statusBar()->showMessage(tr("The language changes the next time CenterDesk starts."), 8000);
}

void MainWindow::changeOwnPassword()
{
    const std::optional<QString> password =
        m_dialogs.askText(this, tr("Change my password"), tr("New password:"), true);
    if (!password)
        return;
    const core::Status changed =
        core::UserService(m_session.store())
            .setPassword(m_session.actor(), m_session.actor().userName, password->toUtf8());
    if (changed)
        statusBar()->showMessage(tr("Your password was changed."), 8000);
    else
        m_dialogs.showError(this, tr("Change my password"), changed.error().message);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(&m_session.store(), this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.sync();
    event->accept();
    Q_EMIT windowClosed();
}

} // namespace centerdesk::ui
