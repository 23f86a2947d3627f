#pragma once

// Small pieces the views share: how core's errors read, the message bar,
// read-only tables. Private to centerdesk_ui.

#include "centerdesk/core/error.h"
#include "centerdesk/core/result.h"

#include <QEventLoop>
#include <QStringList>
#include <QTimer>
#include <memory>

class QLabel;
class QProgressBar;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace centerdesk::core {
class Store;
}

namespace centerdesk::ui {

// Core's message with the field and rule it names, for the message bar.
QString errorText(const core::Error& error);
// Shows `text` in the bar, red for an error, green otherwise; hides an empty bar.
void setMessage(QLabel* bar, const QString& text, bool isError);
// A read-only, single-selection table with fixed row heights.
QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent);
// A worker thread's own connection to the store the window has open (which
// exists and is migrated already): list pages, counts, the sweep, backups,
// imports and exports never run SQL on the GUI thread's connection.
core::Result<std::unique_ptr<core::Store>> openWorkerStore(const QString& path);

// For a worker thread whose results nobody waits for (a list's count and
// page anchors, My work's counts, the clock sweep and the daily backup at
// start-up): on a 2-core machine the GUI thread then gets a core first when
// both are busy. The thread's nice value 10 (QThread's priorities change
// nothing under Linux's SCHED_OTHER but IdlePriority, SCHED_IDLE, which could
// starve the worker on a loaded machine).
void lowerThisThreadsPriority();
// A read-only cell whose tooltip shows its whole text.
QTableWidgetItem* cell(const QString& text);
// Shows `done` of `total` on the bar, counted in per mille so that any
// number of rows fits an int; nothing while the total is unknown.
void showPerMille(QProgressBar* bar, qint64 done, qint64 total);

// Runs the event loop until `sender` emits `signal` or `ms` pass: the dialogs'
// waitFor... seams for tests and scripts.
template<typename Sender, typename Signal>
void waitForSignal(const Sender* sender, Signal signal, int ms)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    timeout.start(ms);
    loop.exec();
}

} // namespace centerdesk::ui
