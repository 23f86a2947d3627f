// Start-up to the first painted case page, each run in a fresh process: the
// benchmark starts itself again with --startup-probe, and that process does
// what app/gui/main.cpp does (open the store, sign in through the sign-in
// dialog, build and show the main window on the Cases list) until the
// list's first page is loaded and painted.
#pragma once

#include "centerdesk/ui/dialogseam.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QApplication;

namespace centerdesk::ui {
class Session;
class Settings;
} // namespace centerdesk::ui

namespace centerdesk::bench {

// No one answers the benchmark's dialogs: a store that cannot be opened
// ends the run, an error is kept for the report.
class SilentDialogs final : public ui::DialogSeam
{
public:
    QString message;
    void showError(QWidget*, const QString&, const QString& text) override { message = text; }
    QString askForOtherStore(QWidget*, const QString& text) override
    {
        message = text;
        return {};
    }
};

struct StartupProbeOptions
{
    QString store;
    QString user;
    QString settingsFile; // an ini file whose start view is "cases"
};

// The child's side: everything after QApplication is constructed. `mainNs`
// and `applicationNs` are the monotonic times main() took first and after
// the QApplication. Prints one "startup-probe ..." line; returns the exit code.
int runStartupProbe(QApplication& application, qint64 mainNs, qint64 applicationNs,
                    const StartupProbeOptions& options);

// Waits for `done` while the event loop runs, without QTest::qWait's sleeps
// (which would delay the events being timed); false on timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

// What the main window's constructor spends on each of its views, in ms:
// each view the session's user gets, built alone and destroyed (in a process
// whose Qt is already warm), then the whole main window.
QList<std::pair<QString, double>> timeViewsAlone(ui::Session& session, ui::Settings& settings,
                                                 ui::DialogSeam& dialogs);

// Times (monotonic ns) of one start-up, the launch taken by the parent
// just before it starts the process.
struct StartupRun
{
    qint64 launch = 0;
    qint64 main = 0;
    qint64 application = 0;
    qint64 store = 0;
    qint64 signedIn = 0;
    qint64 window = 0;
    qint64 shown = 0;
    qint64 firstPage = 0;
    qint64 painted = 0;
    QString paint; // "event": the view's own paint; "grab": forced after no paint came
    int rows = 0;
    qint64 peakRssKb = 0; // the process's VmHWM once painted
};

// The parent's side: starts `program` with `arguments` (which hold
// --startup-probe) `runs` times, one after the other.
QList<StartupRun> measureStartup(const QString& program, const QStringList& arguments, int runs,
                                 QString* error);

} // namespace centerdesk::bench
