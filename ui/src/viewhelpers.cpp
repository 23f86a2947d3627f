#include "viewhelpers.h"

#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace centerdesk::ui {

namespace {
class ViewText final
{
    Q_DECLARE_TR_FUNCTIONS(ViewText)
};
} // namespace

QString errorText(const core::Error& error)
{
    if (error.field.isEmpty() && error.rule.isEmpty())
        return error.message;
    if (error.field.isEmpty())
        return ViewText::tr("%1 (rule: %2)").arg(error.message, error.rule);
    return ViewText::tr("%1 (field: %2, rule: %3)").arg(error.message, error.field, error.rule);
}

void setMessage(QLabel* bar, const QString& text, bool isError)
{
    bar->setText(text);
    bar->setProperty("error", isError);
    bar->setStyleSheet(isError ? QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; "
                                                "border: 1px solid #f5b5b5; padding: 6px; }")
                               : QStringLiteral("QLabel { background: #e7f6ec; color: #1d5e33; "
                                                "border: 1px solid #a8dcb9; padding: 6px; }"));
    bar->setVisible(!text.isEmpty());
}

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

core::Result<std::unique_ptr<core::Store>> openWorkerStore(const QString& path)
{
    core::StoreOptions options;
    options.createIfMissing = false;
    options.loadReferenceData = false;
    return core::Store::open(path, options);
}

void showPerMille(QProgressBar* bar, qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    bar->setRange(0, 1000);
    bar->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
}

void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    // Best effort: a thread that stays at the normal priority still works.
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

} // namespace centerdesk::ui
