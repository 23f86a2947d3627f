#include "centerdesk/ui/mainwindow.h"

#include "centerdesk/core/backupservice.h"
#include "centerdesk/core/bulkcaseaction.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/aboutdialog.h"
#include "centerdesk/ui/accountsview.h"
#include "centerdesk/ui/alertsview.h"
#include "centerdesk/ui/backupsdialog.h"
#include "centerdesk/ui/bulkactiondialog.h"
#include "centerdesk/ui/casedetailview.h"
#include "centerdesk/ui/caselistmodel.h"
#include "centerdesk/ui/casesview.h"
#include "centerdesk/ui/caseworkspace.h"
#include "centerdesk/ui/createcasedialog.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/myworkview.h"
#include "centerdesk/ui/policiesview.h"
#include "centerdesk/ui/portfolioview.h"
#include "centerdesk/ui/referencedataview.h"
#include "centerdesk/ui/sendtohqdialog.h"
#include "centerdesk/ui/session.h"
#include "centerdesk/ui/settings.h"
#include "centerdesk/ui/settingsdialog.h"
#include "centerdesk/ui/translations.h"
#include "centerdesk/ui/usersview.h"
#include "viewhelpers.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {
constexpr int viewKeyRole = Qt::UserRole + 1;
constexpr int viewTitleRole = Qt::UserRole + 2;

// Undo of a bulk assignment: the assignees before it, restored in one
// transaction. The first redo is the apply that already happened.
class BulkAssignCommand final : public QUndoCommand
{
public:
    BulkAssignCommand(Session& session, core::BulkRequest request,
                      QList<core::BulkOutcome> outcomes, QWidget* window)
        : m_session(session)
        , m_request(std::move(request))
        , m_outcomes(std::move(outcomes))
        , m_window(window)
    {
        int changed = 0;
        for (const core::BulkOutcome& outcome : m_outcomes)
            changed += outcome.ok ? 1 : 0;
        setText(QCoreApplication::translate("centerdesk::ui::MainWindow", "assign %n case(s)",
                                            nullptr, changed));
    }

    void undo() override
    {
        const core::Status undone =
            core::BulkCaseAction(m_session.store()).undo(m_session.actor(), m_request, m_outcomes);
        report(undone);
    }

    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        QStringList uuids;
        for (const core::BulkOutcome& outcome : std::as_const(m_outcomes)) {
            if (outcome.ok)
                uuids << outcome.uuid;
        }
        const core::Result<QList<core::BulkOutcome>> again =
            core::BulkCaseAction(m_session.store()).apply(m_session.actor(), m_request, uuids);
        if (again) {
            // The assignees before this redo are what the next undo restores.
            for (core::BulkOutcome& outcome : m_outcomes) {
                for (const core::BulkOutcome& now : *again) {
                    if (now.uuid == outcome.uuid)
                        outcome.previousAssignee = now.previousAssignee;
                }
            }
        }
        report(again ? core::Status{} : core::Status(again.error()));
    }

private:
    void report(const core::Status& status)
    {
        if (!status) {
            if (auto* window = qobject_cast<QMainWindow*>(m_window.data()))
                window->statusBar()->showMessage(status.error().message, 10000);
        }
        Q_EMIT m_session.casesChanged();
    }

    Session& m_session;
    core::BulkRequest m_request;
    QList<core::BulkOutcome> m_outcomes;
    QPointer<QWidget> m_window;
    bool m_first = true;
};

} // namespace

MainWindow::MainWindow(Session& session, Settings& settings, DialogSeam& dialogs, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("CenterDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/centerdesk/icons/centerdesk.svg")));
    m_undo = new QUndoStack(this);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(260);
    m_views = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 1100});
    setCentralWidget(splitter);

    // Only what the user's roles can use; core refuses the rest anyway.
    const core::Actor& actor = m_session.actor();
    auto* myWork = new MyWorkView(m_session, &m_settings, m_dialogs, m_views);
    addView(QStringLiteral("mywork"), tr("My work"), myWork);
    connect(myWork, &MyWorkView::countsChanged, this, [this](int assigned) {
        setNavigationCount(QStringLiteral("mywork"), tr("My work"), assigned);
    });
    connect(myWork->workspace()->list(), &CasesView::caseOpenRequested, this,
            &MainWindow::openCaseWindow);
    connect(myWork->workspace()->list(), &CasesView::bulkRequested, this, &MainWindow::runBulk);

    auto* alerts = new AlertsView(m_session, m_views);
    addView(QStringLiteral("alerts"), tr("Alerts"), alerts);
    connect(alerts, &AlertsView::unreadCountChanged, this, [this](int count) {
        setNavigationCount(QStringLiteral("alerts"), tr("Alerts"), count);
    });
    setNavigationCount(QStringLiteral("alerts"), tr("Alerts"), alerts->unreadCount());
    connect(&m_session, &Session::casesChanged, alerts, &AlertsView::reload);

    addCaseQueue(QStringLiteral("cases"), tr("Cases"), CaseListFilter{});
    if (actor.hasRole(core::Role::PortOfficial)) {
        CaseListFilter referrals;
        referrals.types = {QStringLiteral("release-referral"), QStringLiteral("ftz-issue"),
                           QStringLiteral("pending-release")};
        referrals.openOnly = true;
        const QStringList ports = actor.portCodes(core::Role::PortOfficial);
        if (ports.size() == 1)
            referrals.portCode = ports.first();
        addCaseQueue(QStringLiteral("referrals"), tr("Referrals"), referrals);
    }
    if (actor.hasRole(core::Role::FpfOfficer)) {
        CaseListFilter petitions;
        petitions.types = {QStringLiteral("penalty-petition"),
                           QStringLiteral("liquidated-damages-petition"),
                           QStringLiteral("seizure-petition")};
        petitions.openOnly = true;
        const QStringList ports = actor.portCodes(core::Role::FpfOfficer);
        if (ports.size() == 1)
            petitions.portCode = ports.first();
        addCaseQueue(QStringLiteral("petitions"), tr("Petitions"), petitions);
    }
    if (actor.hasRole(core::Role::HqAnalyst) || actor.isAdmin()) {
        CaseListFilter escalations;
        escalations.escalationLevels = {QStringLiteral("ofo-hq"), QStringLiteral("rr-hq"),
                                        QStringLiteral("fpf-hq"), QStringLiteral("biec")};
        escalations.openOnly = true;
        addCaseQueue(QStringLiteral("escalations"), tr("HQ escalations"), escalations);
    }
    const bool seesAccounts = actor.isAdmin() || actor.hasRole(core::Role::CenterStaff) ||
                              actor.hasRole(core::Role::HqAnalyst) ||
                              actor.hasRole(core::Role::PortOfficial) ||
                              actor.hasRole(core::Role::FpfOfficer);
    if (seesAccounts) {
        addLazyView(QStringLiteral("accounts"), tr("Accounts"),
                    [this] { return new AccountsView(m_session, m_dialogs, m_views); });
    }
    if (actor.hasRole(core::Role::Nam) || actor.isAdmin() ||
        actor.hasRole(core::Role::CenterStaff)) {
        addLazyView(QStringLiteral("portfolio"), tr("Portfolio"),
                    [this] { return new PortfolioView(m_session, m_views); });
    }
    if (core::Permissions::allows(actor, core::Action::ViewUsers)) {
        addLazyView(QStringLiteral("users"), tr("Users"),
                    [this] { return new UsersView(m_session, m_dialogs, m_views); });
    }
    if (actor.isAdmin() || actor.hasRole(core::Role::HqAnalyst)) {
        addLazyView(QStringLiteral("policies"), tr("Policies"),
                    [this] { return new PoliciesView(m_session, m_views); });
    }
    m_referenceView = new ReferenceDataView(m_session.store(), m_views);
    addView(QStringLiteral("reference"), tr("Reference data"), m_referenceView);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_views->setCurrentWidget(buildView(row));
    });
    m_navigation->setCurrentRow(0);
    showView(homeViewKey());

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

    if (actor.isAdmin() || actor.hasRole(core::Role::CenterStaff)) {
        auto* lastSent = new QLabel(SendToHqDialog::lastSentText(m_session.store()), this);
        lastSent->setObjectName(QStringLiteral("lastSentLabel"));
        statusBar()->addPermanentWidget(lastSent);
    }
    auto* sweepLabel = new QLabel(this);
    sweepLabel->setObjectName(QStringLiteral("sweepLabel"));
    statusBar()->addPermanentWidget(sweepLabel);
    // Clocks are swept at start-up and every five minutes while the window is
    // open: warnings, breaches, automatic escalations; no external scheduler.
    // The sweep runs on its own connection in a worker thread: over 10^6
    // cases it takes longer than the window may stall.
    QPointer<QLabel> sweepText(sweepLabel);
    auto showSweep = [this, sweepText](const core::Result<core::SweepReport>& report) {
        if (sweepText) {
            sweepText->setText(
                report ? tr("Clocks swept at %1")
                             .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")))
                       : report.error().message);
        }
        if (report &&
            (report->warnings || report->breaches || report->lapsed || report->autoEscalations))
            Q_EMIT m_session.casesChanged();
    };
    auto sweep = [this, showSweep] {
        if (m_sweeping)
            return;
        m_sweeping = true;
        const QString path = m_session.store().path();
        // The window outlives the thread (its destructor waits); a result
        // queued to a window deleted meanwhile is dropped by Qt.
        MainWindow* window = this;
        QThread* thread = QThread::create([window, path, showSweep] {
            lowerThisThreadsPriority();
            core::Result<core::SweepReport> report = core::SweepReport{};
            {
                auto store = openWorkerStore(path);
                if (store)
                    report = core::CaseService(**store).sweepClocks();
                else
                    report = store.error();
            }
            QMetaObject::invokeMethod(
                window,
                [window, showSweep, report] {
                    window->m_sweeping = false;
                    showSweep(report);
                },
                Qt::QueuedConnection);
        });
        m_sweepThread = thread;
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start();
    };
    // The day's automatic backup, on a worker thread with its own connection
    // (a large store takes seconds to copy); its outcome goes to the status bar.
    {
        const QString path = m_session.store().path();
        MainWindow* window = this;
        m_backupThread = QThread::create([window, path] {
            lowerThisThreadsPriority(); // minutes of copying on a large store
            QString message;
            {
                auto store = openWorkerStore(path);
                if (store) {
                    const auto daily = core::BackupService(**store).runDailyIfDue();
                    if (!daily)
                        message = tr("The daily backup failed: %1").arg(daily.error().message);
                    else if (*daily)
                        message = tr("Daily backup written: %1")
                                      .arg(QDir::toNativeSeparators((*daily)->path));
                }
            }
            QMetaObject::invokeMethod(
                window,
                [window, message] {
                    if (!message.isEmpty())
                        window->statusBar()->showMessage(message, 15000);
                },
                Qt::QueuedConnection);
        });
        connect(m_backupThread, &QThread::finished, m_backupThread, &QObject::deleteLater);
        m_backupThread->start();
    }
    auto* sweepTimer = new QTimer(this);
    sweepTimer->setInterval(5 * 60 * 1000);
    connect(sweepTimer, &QTimer::timeout, this, sweep);
    sweepTimer->start();
    QTimer::singleShot(0, this, sweep);

    resize(1280, 800);
    restoreGeometry(m_settings.mainWindowGeometry());
    restoreState(m_settings.mainWindowState());
}

void MainWindow::addCaseQueue(const QString& key, const QString& title, const CaseListFilter& base)
{
    auto* workspace = new CaseWorkspace(m_session, &m_settings, m_dialogs, key, base, m_views);
    connect(workspace->list(), &CasesView::caseOpenRequested, this, &MainWindow::openCaseWindow);
    connect(workspace->list(), &CasesView::bulkRequested, this, &MainWindow::runBulk);
    addView(key, title, workspace);
}

void MainWindow::setNavigationCount(const QString& key, const QString& title, int count)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        if (item->data(viewKeyRole).toString() == key)
            item->setText(count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
    }
}

QString MainWindow::homeViewKey() const
{
    const QString chosen = m_settings.startView();
    if (!chosen.isEmpty() && viewKeys().contains(chosen))
        return chosen;
    const core::Actor& actor = m_session.actor();
    if (actor.isAdmin())
        return QStringLiteral("users");
    if (actor.hasRole(core::Role::CenterStaff))
        return QStringLiteral("mywork");
    if (actor.hasRole(core::Role::PortOfficial))
        return QStringLiteral("referrals");
    if (actor.hasRole(core::Role::FpfOfficer))
        return QStringLiteral("petitions");
    if (actor.hasRole(core::Role::Nam))
        return QStringLiteral("portfolio");
    if (actor.hasRole(core::Role::HqAnalyst))
        return QStringLiteral("escalations");
    return QStringLiteral("mywork");
}

void MainWindow::addView(const QString& key, const QString& title, QWidget* view)
{
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setData(viewKeyRole, key);
    item->setData(viewTitleRole, title);
    view->setProperty("viewKey", key);
    m_views->addWidget(view);
}

void MainWindow::addLazyView(const QString& key, const QString& title,
                             std::function<QWidget*()> makeView)
{
    m_unbuiltViews.insert(key, std::move(makeView));
    addView(key, title, new QWidget(m_views));
}

QWidget* MainWindow::buildView(int index)
{
    QWidget* current = m_views->widget(index);
    const QString key = current->property("viewKey").toString();
    const std::function<QWidget*()> makeView = m_unbuiltViews.take(key);
    if (!makeView)
        return current;
    QWidget* built = makeView();
    built->setProperty("viewKey", key);
    m_views->insertWidget(index, built);
    m_views->removeWidget(current);
    current->deleteLater();
    return built;
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

QWidget* MainWindow::view(const QString& key)
{
    for (int index = 0; index < m_views->count(); ++index) {
        if (m_views->widget(index)->property("viewKey").toString() == key)
            return buildView(index);
    }
    return nullptr;
}

CaseDetailView* MainWindow::openCaseWindow(const QString& numberOrUuid)
{
    const QString wanted = numberOrUuid.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (CaseDetailView* open : caseWindows()) {
        const std::optional<core::CaseRecord>& record = open->record();
        if (record &&
            (record->uuid == wanted || record->number.compare(wanted, Qt::CaseInsensitive) == 0)) {
            open->window()->show();
            open->window()->raise();
            open->window()->activateWindow();
            return open;
        }
    }
    const core::Result<core::CaseRecord> record =
        core::CaseService(m_session.store()).get(m_session.actor(), wanted);
    if (!record) {
        statusBar()->showMessage(record.error().message, 10000);
        return nullptr;
    }
    // A window of its own, owned by the main window, gone with it.
    auto* window = new QWidget(this, Qt::Window);
    window->setObjectName(QStringLiteral("caseWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("%1 - %2").arg(record->number, record->subject));
    auto* layout = new QVBoxLayout(window);
    auto* detail = new CaseDetailView(m_session, m_dialogs, window);
    layout->addWidget(detail);
    auto* close = new QShortcut(QKeySequence::Close, window);
    connect(close, &QShortcut::activated, window, &QWidget::close);
    detail->showCase(record->uuid);
    window->resize(820, 720);
    window->show();
    return detail;
}

QList<CaseDetailView*> MainWindow::caseWindows() const
{
    QList<CaseDetailView*> views;
    for (QObject* child : children()) {
        auto* window = qobject_cast<QWidget*>(child);
        if (window && window->objectName() == QLatin1String("caseWindow")) {
            if (auto* detail = window->findChild<CaseDetailView*>())
                views << detail;
        }
    }
    return views;
}

void MainWindow::newCase()
{
    CreateCaseDialog dialog(m_session, this);
    if (m_dialogs.execDialog(dialog) != QDialog::Accepted || dialog.created().uuid.isEmpty())
        return;
    statusBar()->showMessage(tr("Case %1 opened.").arg(dialog.created().number), 10000);
    openCaseWindow(dialog.created().uuid);
}

void MainWindow::goToCase()
{
    const std::optional<QString> number =
        m_dialogs.askText(this, tr("Go to case"), tr("Case number (e.g. PHC-2026-000123):"), false);
    if (number)
        openCaseWindow(*number);
}

void MainWindow::runBulk(const QString& kind, const QStringList& caseUuids)
{
    if (caseUuids.isEmpty()) {
        statusBar()->showMessage(tr("Select the cases first (Shift or Ctrl with a click)."), 8000);
        return;
    }
    core::BulkRequest::Kind bulkKind = core::BulkRequest::Kind::Assign;
    if (kind == QLatin1String("transition"))
        bulkKind = core::BulkRequest::Kind::Transition;
    else if (kind == QLatin1String("escalate"))
        bulkKind = core::BulkRequest::Kind::Escalate;
    BulkActionDialog dialog(m_session, bulkKind, caseUuids, this);
    if (m_dialogs.execDialog(dialog) != QDialog::Accepted || dialog.applied().isEmpty())
        return;
    int changed = 0;
    for (const core::BulkOutcome& outcome : dialog.applied())
        changed += outcome.ok ? 1 : 0;
    const core::BulkRequest request = dialog.request();
    if (core::BulkCaseAction::canUndo(request)) {
        m_undo->push(new BulkAssignCommand(m_session, request, dialog.applied(), this));
        statusBar()->showMessage(tr("%n case(s) changed. Ctrl+Z undoes it.", nullptr, changed),
                                 10000);
    } else {
        statusBar()->showMessage(tr("%n case(s) changed.", nullptr, changed), 10000);
    }
}

void MainWindow::sendToHq()
{
    SendToHqDialog dialog(m_session, this);
    m_dialogs.execDialog(dialog);
    if (auto* label = findChild<QLabel*>(QStringLiteral("lastSentLabel")))
        label->setText(SendToHqDialog::lastSentText(m_session.store()));
}

void MainWindow::showBackups()
{
    BackupsDialog dialog(m_session, m_dialogs, this);
    m_dialogs.execDialog(dialog);
    if (const std::optional<QString> path = dialog.restoreRequestedPath())
        Q_EMIT restoreRequested(*path);
}

void MainWindow::showSettings()
{
    QList<std::pair<QString, QString>> views;
    for (int row = 0; row < m_navigation->count(); ++row) {
        const QListWidgetItem* item = m_navigation->item(row);
        views.append({item->data(viewKeyRole).toString(), item->data(viewTitleRole).toString()});
    }
    SettingsDialog dialog(m_settings, views, this);
    const int result = m_dialogs.execDialog(dialog);
    if (result == QDialog::Accepted)
        statusBar()->showMessage(tr("Settings saved."), 8000);
    if (dialog.backupsRequested())
        showBackups();
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* create = fileMenu->addAction(tr("&New case..."), this, &MainWindow::newCase);
    create->setObjectName(QStringLiteral("newCaseAction"));
    create->setShortcut(QKeySequence::New);
    QAction* goTo = fileMenu->addAction(tr("&Go to case..."), this, &MainWindow::goToCase);
    goTo->setObjectName(QStringLiteral("goToCaseAction"));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    fileMenu->addSeparator();
    const core::Actor& actor = m_session.actor();
    if (actor.isAdmin() || actor.hasRole(core::Role::CenterStaff)) {
        QAction* send = fileMenu->addAction(tr("Send to &HQ..."), this, &MainWindow::sendToHq);
        send->setObjectName(QStringLiteral("sendToHqAction"));
        send->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    }
    QAction* settings = fileMenu->addAction(tr("&Settings..."), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction* backups = fileMenu->addAction(tr("&Backups..."), this, &MainWindow::showBackups);
    backups->setObjectName(QStringLiteral("backupsAction"));
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

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* item = m_navigation->item(row);
        QAction* action = viewMenu->addAction(item->data(viewTitleRole).toString(), this,
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

MainWindow::~MainWindow()
{
    // A sweep still running finishes before the store it reads goes away.
    if (m_sweepThread)
        m_sweepThread->wait();
    if (m_backupThread)
        m_backupThread->wait();
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
