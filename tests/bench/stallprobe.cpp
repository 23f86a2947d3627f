#include "stallprobe.h"

#include "benchsupport.h"
#include "centerdesk/ui/casedetailview.h"
#include "centerdesk/ui/caselistmodel.h"
#include "centerdesk/ui/casesview.h"
#include "centerdesk/ui/caseworkspace.h"
#include "centerdesk/ui/mainwindow.h"
#include "startupprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <algorithm>
#include <chrono>
#include <pthread.h>

namespace centerdesk::bench {

namespace {

double cpuMsOf(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

// Constructed on the GUI thread: its processor-time clock is the one read.
StallProbe::StallProbe()
{
    if (pthread_getcpuclockid(pthread_self(), &m_guiCpuClock) != 0)
        m_guiCpuClock = CLOCK_THREAD_CPUTIME_ID;
}

StallProbe::~StallProbe()
{
    stop();
}

void StallProbe::start()
{
    if (m_thread.joinable())
        return;
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void StallProbe::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    // The pings still queued are delivered, so that the last stall counts too.
    QCoreApplication::sendPostedEvents(this);
}

void StallProbe::setOperation(const QString& name)
{
    qsizetype index = m_operations.indexOf(name);
    if (index < 0) {
        m_operations << name;
        index = m_operations.size() - 1;
    }
    m_operation = static_cast<int>(index);
}

void StallProbe::run()
{
    using namespace std::chrono;
    auto next = steady_clock::now();
    while (!m_stop) {
        next += milliseconds(intervalMs);
        std::this_thread::sleep_until(next);
        // After a late wake-up the next ping is 5 ms after this one, not a burst.
        next = std::max(next, steady_clock::now());
        const qint64 posted = monotonicNs();
        const double cpuPosted = cpuMsOf(m_guiCpuClock);
        const int operation = m_operation;
        QMetaObject::invokeMethod(
            this,
            [this, posted, cpuPosted, operation] {
                const double latency = msSince(posted);
                m_pings.append(Ping{latency, cpuMsOf(m_guiCpuClock) - cpuPosted, operation});
            },
            Qt::QueuedConnection);
    }
}

QList<double> StallProbe::latencies() const
{
    QList<double> values;
    values.reserve(m_pings.size());
    for (const Ping& ping : m_pings)
        values << ping.latencyMs;
    return values;
}

StallProbe::Longest StallProbe::longestBy(double Ping::*measure) const
{
    Longest worst;
    double most = -1; // as Longest starts
    for (const Ping& ping : m_pings)
        if (ping.*measure > most) {
            most = ping.*measure;
            worst = {ping.latencyMs, ping.cpuMs, m_operations.value(ping.operation)};
        }
    return worst;
}

StallProbe::Longest StallProbe::longest() const
{
    return longestBy(&Ping::latencyMs);
}

StallProbe::Longest StallProbe::longestCpu() const
{
    return longestBy(&Ping::cpuMs);
}

QList<StallProbe::Longest> StallProbe::longestPerOperation() const
{
    QList<Longest> perOperation(m_operations.size());
    for (const Ping& ping : m_pings) {
        Longest& worst = perOperation[ping.operation];
        if (ping.latencyMs > worst.latencyMs)
            worst = {ping.latencyMs, ping.cpuMs, m_operations.value(ping.operation)};
    }
    perOperation.removeIf([](const Longest& item) { return item.latencyMs < 0; });
    std::sort(perOperation.begin(), perOperation.end(),
              [](const Longest& a, const Longest& b) { return a.latencyMs > b.latencyMs; });
    return perOperation;
}

namespace {

// Lets the event loop run for `ms` (paints, late pages), without sleeping.
void pump(int ms)
{
    (void)waitUntil([] { return false; }, ms);
}

} // namespace

bool driveMainWindow(ui::MainWindow& window, StallProbe& probe, const StallDriveOptions& options,
                     QString* error)
{
    auto* workspace = qobject_cast<ui::CaseWorkspace*>(window.view(QStringLiteral("cases")));
    if (!workspace || !window.showView(QStringLiteral("cases"))) {
        *error = QStringLiteral("the main window has no Cases list");
        return false;
    }
    ui::CasesView* list = workspace->list();
    ui::CaseListModel* model = list->model();
    QTableView* table = list->table();
    int pages = 0;
    QObject::connect(model, &ui::CaseListModel::firstPageReady, &probe, [&pages] { ++pages; });
    const auto settled = [&] { return !model->isLoading() && model->isCountKnown(); };

    // The start-up sweep first: when it changes clocks, every list reloads.
    auto* sweepLabel = window.findChild<QLabel*>(QStringLiteral("sweepLabel"));
    if (!waitUntil([&] { return (!sweepLabel || !sweepLabel->text().isEmpty()) && settled(); },
                   options.timeoutMs)) {
        *error = QStringLiteral("the Cases list did not load");
        return false;
    }
    pump(200);
    probe.start();
    pump(100);

    bool ok = true;
    // `change` must start a new query of the list; waits for its first page,
    // its count, and the paint after it.
    const auto reloading = [&](const QString& name, const std::function<void()>& change) {
        if (!ok)
            return;
        probe.setOperation(name);
        const int before = pages;
        change();
        if (!waitUntil([&] { return pages > before && settled(); }, options.timeoutMs)) {
            *error = name + QStringLiteral(": the list did not answer");
            ok = false;
        }
        pump(40);
    };
    const auto typing = [&](const QString& name, const QString& text) {
        reloading(name, [&] {
            list->searchField()->setFocus();
            list->searchField()->clear();
            for (const QChar c : text) {
                QTest::keyClick(list->searchField(), c.toLatin1());
                pump(60); // a fast typist; the search waits for a pause
            }
        });
    };
    const auto topRowLoaded = [&] {
        const int top = std::max(0, table->rowAt(0));
        return model->rowCount() == 0 || model->isRowLoaded(top);
    };
    const auto scrolling = [&](const QString& name, const std::function<void()>& move) {
        if (!ok)
            return;
        probe.setOperation(name);
        move();
        if (!waitUntil(topRowLoaded, options.timeoutMs)) {
            *error = name + QStringLiteral(": the rows did not load");
            ok = false;
        }
        pump(40);
    };
    const auto choose = [](QComboBox* combo, const QVariant& data) {
        const int index = data.isValid() ? combo->findData(data) : 1;
        combo->setCurrentIndex(index >= 0 && index < combo->count() ? index : 0);
    };
    const auto clearAll = [&] {
        reloading(QStringLiteral("filter: clear all"),
                  [&] { list->showFilter(ui::CaseListFilter{}); });
    };

    reloading(QStringLiteral("filter: open only"),
              [&] { list->openOnlyFilter()->setChecked(true); });
    reloading(QStringLiteral("filter: type protest"),
              [&] { choose(list->typeFilter(), QStringLiteral("protest")); });
    reloading(QStringLiteral("filter: a state"), [&] { choose(list->stateFilter(), QVariant()); });
    clearAll();
    reloading(QStringLiteral("filter: Center ") + options.center,
              [&] { choose(list->centerFilter(), options.center); });
    reloading(QStringLiteral("filter: overdue"), [&] { list->overdueFilter()->setChecked(true); });
    clearAll();
    typing(QStringLiteral("search: typing 'broker'"), QStringLiteral("broker"));
    clearAll();
    typing(QStringLiteral("search: typing a rare term"), options.rareTerm);
    clearAll();

    const QList<std::pair<int, Qt::SortOrder>> sorts{
        {ui::CaseListModel::NumberColumn, Qt::AscendingOrder},
        {ui::CaseListModel::AccountColumn, Qt::AscendingOrder},
        {ui::CaseListModel::StateColumn, Qt::AscendingOrder},
        {ui::CaseListModel::NextDueColumn, Qt::AscendingOrder},
        {ui::CaseListModel::ClockColumn, Qt::AscendingOrder},
        {ui::CaseListModel::OpenedColumn, Qt::DescendingOrder}};
    for (const auto& [column, order] : sorts) {
        reloading(QStringLiteral("sort: ") +
                      model->headerData(column, Qt::Horizontal).toString().toLower(),
                  [&] { table->sortByColumn(column, order); });
    }

    scrolling(QStringLiteral("scroll: to the end"), [&] { table->scrollToBottom(); });
    scrolling(QStringLiteral("scroll: to the middle"), [&] {
        QScrollBar* bar = table->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
    });
    for (int i = 0; i < 10 && ok; ++i) {
        scrolling(QStringLiteral("scroll: page down"),
                  [&] { QTest::keyClick(table, Qt::Key_PageDown); });
    }
    scrolling(QStringLiteral("scroll: dragging the thumb"), [&] {
        QScrollBar* bar = table->verticalScrollBar();
        for (int step = 0; step <= 20; ++step) {
            bar->setValue(bar->maximum() / 20 * step);
            pump(16);
        }
    });
    scrolling(QStringLiteral("scroll: to the top"), [&] { table->scrollToTop(); });

    if (ok) {
        probe.setOperation(QStringLiteral("case: detail pane (select a row)"));
        for (int row = 0; row < std::min(5, model->rowCount()); ++row) {
            table->setCurrentIndex(model->index(row, 0));
            pump(60);
        }
        probe.setOperation(QStringLiteral("case: its own window"));
        for (int row = 5; row < std::min(8, model->rowCount()); ++row) {
            ui::CaseDetailView* caseWindow = window.openCaseWindow(model->uuidAt(row));
            pump(150);
            if (caseWindow)
                caseWindow->close();
            pump(40);
        }
        probe.setOperation(QStringLiteral("view: My work, then Cases again"));
        window.showView(QStringLiteral("mywork"));
        pump(300);
        window.showView(QStringLiteral("cases"));
        pump(150);
        probe.setOperation(QStringLiteral("idle"));
        pump(200);
    }
    return ok;
}

} // namespace centerdesk::bench
