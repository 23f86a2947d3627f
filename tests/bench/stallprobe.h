// GUI-thread stalls: a helper thread posts a timestamped call to an object
// of the GUI thread every 5 ms; each call's latency (posted to run) is how
// long the event loop did not answer at that moment. The operation being
// driven when the call was posted names the stall (the GUI thread cannot
// change the name while it is stalled). The GUI thread's processor time
// during each latency tells a stall of its own work from a wait (for the
// disk, a lock, or another process holding the shared cores).
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <ctime>
#include <thread>

namespace centerdesk::ui {
class MainWindow;
}

namespace centerdesk::bench {

class StallProbe final : public QObject
{
public:
    static constexpr int intervalMs = 5;

    StallProbe();
    ~StallProbe() override;
    StallProbe(const StallProbe&) = delete;
    StallProbe& operator=(const StallProbe&) = delete;

    void start();
    void stop();
    // From the GUI thread: what the benchmark drives from now on.
    void setOperation(const QString& name);

    struct Ping
    {
        double latencyMs = 0;
        double cpuMs = 0; // processor time the GUI thread used meanwhile
        int operation = 0;
    };
    const QList<Ping>& pings() const { return m_pings; }
    const QStringList& operations() const { return m_operations; }
    QList<double> latencies() const;
    // The longest latency (and the GUI thread's processor time in it), and
    // the operation it happened in; the same for the longest processor time.
    struct Longest
    {
        double latencyMs = -1;
        double cpuMs = -1;
        QString operation;
    };
    Longest longest() const;
    Longest longestCpu() const;
    // Each operation's longest latency, longest first.
    QList<Longest> longestPerOperation() const;

private:
    void run();
    Longest longestBy(double Ping::*measure) const;

    std::thread m_thread;
    clockid_t m_guiCpuClock{};
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_operation{0};
    QStringList m_operations{QStringLiteral("idle")};
    QList<Ping> m_pings;
};

struct StallDriveOptions
{
    QString center;   // a Center with cases, for the Center filter
    QString rareTerm; // a word of one comment
    int timeoutMs = 600000;
};

// Drives the Cases list of a shown main window the way a user would (filters,
// typed search, sorts by header, deep scrolling, a case in the detail pane,
// a case in its own window, another view and back), naming each operation
// on `probe`. False with `error` set when the list did not answer.
bool driveMainWindow(ui::MainWindow& window, StallProbe& probe, const StallDriveOptions& options,
                     QString* error);

} // namespace centerdesk::bench
