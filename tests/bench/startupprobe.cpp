#include "startupprobe.h"

#include "benchsupport.h"
#include "centerdesk/core/demodata.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/storepaths.h"
#include "centerdesk/ui/accountsview.h"
#include "centerdesk/ui/alertsview.h"
#include "centerdesk/ui/casesview.h"
#include "centerdesk/ui/caseworkspace.h"
#include "centerdesk/ui/mainwindow.h"
#include "centerdesk/ui/myworkview.h"
#include "centerdesk/ui/policiesview.h"
#include "centerdesk/ui/portfolioview.h"
#include "centerdesk/ui/referencedataview.h"
#include "centerdesk/ui/session.h"
#include "centerdesk/ui/settings.h"
#include "centerdesk/ui/signindialog.h"
#include "centerdesk/ui/storeopener.h"
#include "centerdesk/ui/translations.h"
#include "centerdesk/ui/usersview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QProcess>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>

namespace centerdesk::bench {

namespace {

// The first paint of the list's viewport once the first page is in the model:
// its start, and its end (a call queued from inside the paint runs after the
// whole update, the backing store's flush included).
class PaintWatch final : public QObject
{
public:
    bool armed = false;
    qint64 started = 0;
    qint64 finished = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && armed && started == 0) {
            started = monotonicNs();
            QMetaObject::invokeMethod(
                this, [this] { finished = monotonicNs(); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }
};

int fail(const QString& message)
{
    std::printf("startup-probe error=%s\n",
                qPrintable(QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    std::fflush(stdout);
    return 1;
}

} // namespace

bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer wake; // the loop re-checks at least this often
    wake.start(20);
    while (!done()) {
        if (elapsed.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

int runStartupProbe(QApplication& application, qint64 mainNs, qint64 applicationNs,
                    const StartupProbeOptions& options)
{
    // app/gui/main.cpp, step by step.
    core::configureApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("CenterDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/centerdesk/icons/centerdesk.svg")));
    QApplication::setQuitOnLastWindowClosed(false);
    ui::Settings settings(options.settingsFile);
    ui::installTranslations(application, settings.language());

    SilentDialogs dialogs;
    std::unique_ptr<core::Store> store = ui::openStoreInteractively(options.store, dialogs);
    if (!store)
        return fail(dialogs.message);
    const qint64 storeNs = monotonicNs();

    // The sign-in dialog's own button: UserService::signIn, Argon2id with the
    // parameters of the stored hash.
    std::optional<core::Actor> actor;
    {
        ui::SignInDialog dialog(*store);
        if (!dialog.trySignIn(options.user, core::DemoData::demoPassword()))
            return fail(
                QStringLiteral("sign-in of %1 failed: %2").arg(options.user, dialog.errorText()));
        actor = dialog.actor();
    }
    const qint64 signedInNs = monotonicNs();

    ui::Session session(*store, *actor);
    ui::MainWindow window(session, settings, dialogs);
    const qint64 windowNs = monotonicNs();
    auto* workspace = qobject_cast<ui::CaseWorkspace*>(window.view(QStringLiteral("cases")));
    if (!workspace || window.currentViewKey() != QLatin1String("cases"))
        return fail(QStringLiteral("the main window does not start on the Cases list"));
    ui::CaseListModel* model = workspace->list()->model();
    QTableView* table = workspace->list()->table();
    PaintWatch watch;
    table->viewport()->installEventFilter(&watch);
    qint64 pageNs = 0;
    const auto pageArrived = [&] {
        if (pageNs == 0) {
            pageNs = monotonicNs();
            watch.armed = true;
        }
    };
    QObject::connect(model, &ui::CaseListModel::firstPageReady, &watch, pageArrived);
    if (model->isReady())
        pageArrived();
    window.show();
    const qint64 shownNs = monotonicNs();

    if (!waitUntil([&] { return pageNs != 0; }, 600000))
        return fail(QStringLiteral("the first page of the case list did not arrive"));
    QString paint = QStringLiteral("event");
    if (!waitUntil([&] { return watch.finished != 0; }, 5000)) {
        // No paint came (it should): paint the view by hand instead.
        paint = QStringLiteral("grab");
        (void)table->viewport()->grab();
        watch.finished = monotonicNs();
    }
    std::printf("startup-probe main=%lld application=%lld store=%lld signedin=%lld window=%lld "
                "shown=%lld page=%lld painted=%lld paint=%s rows=%d rss=%lld\n",
                static_cast<long long>(mainNs), static_cast<long long>(applicationNs),
                static_cast<long long>(storeNs), static_cast<long long>(signedInNs),
                static_cast<long long>(windowNs), static_cast<long long>(shownNs),
                static_cast<long long>(pageNs), static_cast<long long>(watch.finished),
                qPrintable(paint), model->rowCount(), static_cast<long long>(peakRssKb()));
    std::fflush(stdout);
    return 0;
}

QList<std::pair<QString, double>> timeViewsAlone(ui::Session& session, ui::Settings& settings,
                                                 ui::DialogSeam& dialogs)
{
    const core::Actor& actor = session.actor();
    QList<std::pair<QString, std::function<QWidget*()>>> views{
        {QStringLiteral("My work"),
         [&] { return new ui::MyWorkView(session, &settings, dialogs); }},
        {QStringLiteral("Alerts"), [&] { return new ui::AlertsView(session); }},
        {QStringLiteral("Cases"), [&] {
             return new ui::CaseWorkspace(session, &settings, dialogs, QStringLiteral("cases"),
                                          ui::CaseListFilter{});
         }}};
    if (actor.isAdmin() || actor.hasRole(core::Role::CenterStaff) ||
        actor.hasRole(core::Role::HqAnalyst) || actor.hasRole(core::Role::PortOfficial) ||
        actor.hasRole(core::Role::FpfOfficer))
        views.append(
            {QStringLiteral("Accounts"), [&] { return new ui::AccountsView(session, dialogs); }});
    if (actor.hasRole(core::Role::Nam) || actor.isAdmin() || actor.hasRole(core::Role::CenterStaff))
        views.append({QStringLiteral("Portfolio"), [&] { return new ui::PortfolioView(session); }});
    if (core::Permissions::allows(actor, core::Action::ViewUsers))
        views.append(
            {QStringLiteral("Users"), [&] { return new ui::UsersView(session, dialogs); }});
    if (actor.isAdmin() || actor.hasRole(core::Role::HqAnalyst))
        views.append({QStringLiteral("Policies"), [&] { return new ui::PoliciesView(session); }});
    views.append({QStringLiteral("Reference data"),
                  [&] { return new ui::ReferenceDataView(session.store()); }});
    views.append({QStringLiteral("whole main window"),
                  [&] { return new ui::MainWindow(session, settings, dialogs); }});

    QList<std::pair<QString, double>> times;
    for (const auto& [name, make] : views) {
        const qint64 started = monotonicNs();
        std::unique_ptr<QWidget> view(make());
        times.append({name, msSince(started)});
        view.reset();
        (void)waitUntil([] { return false; }, 50); // its workers' last results
    }
    return times;
}

QList<StartupRun> measureStartup(const QString& program, const QStringList& arguments, int runs,
                                 QString* error)
{
    QList<StartupRun> samples;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProgram(program);
        process.setArguments(arguments);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        StartupRun sample;
        sample.launch = monotonicNs();
        process.start();
        if (!process.waitForFinished(900000)) {
            *error = QStringLiteral("the start-up probe did not finish");
            process.kill();
            process.waitForFinished();
            return {};
        }
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QString line;
        for (const QString& candidate : out.split(QLatin1Char('\n')))
            if (candidate.startsWith(QLatin1String("startup-probe ")))
                line = candidate;
        if (line.isEmpty() || line.contains(QLatin1String(" error="))) {
            *error = line.isEmpty() ? QString::fromUtf8(process.readAllStandardError()).left(400)
                                    : line.mid(line.indexOf(QLatin1String("error=")) + 6);
            return {};
        }
        for (const QString& field : line.mid(14).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString key = field.section(QLatin1Char('='), 0, 0);
            const QString value = field.section(QLatin1Char('='), 1);
            const qint64 ns = value.toLongLong();
            if (key == QLatin1String("main"))
                sample.main = ns;
            else if (key == QLatin1String("application"))
                sample.application = ns;
            else if (key == QLatin1String("store"))
                sample.store = ns;
            else if (key == QLatin1String("signedin"))
                sample.signedIn = ns;
            else if (key == QLatin1String("window"))
                sample.window = ns;
            else if (key == QLatin1String("shown"))
                sample.shown = ns;
            else if (key == QLatin1String("page"))
                sample.firstPage = ns;
            else if (key == QLatin1String("painted"))
                sample.painted = ns;
            else if (key == QLatin1String("paint"))
                sample.paint = value;
            else if (key == QLatin1String("rows"))
                sample.rows = value.toInt();
            else if (key == QLatin1String("rss"))
                sample.peakRssKb = ns;
        }
        samples << sample;
    }
    return samples;
}

} // namespace centerdesk::bench
