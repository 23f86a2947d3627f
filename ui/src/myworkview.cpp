#include "centerdesk/ui/myworkview.h"

#include "centerdesk/core/role.h"
#include "centerdesk/core/store.h"
#include "centerdesk/ui/casesview.h"
#include "centerdesk/ui/caseworkspace.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QPointer>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

// "Due soon": a running clock due within this many days.
constexpr int dueSoonDays = 2;

} // namespace

MyWorkView::MyWorkView(Session& session, Settings* settings, DialogSeam& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("myWorkView"));
    m_order = {QStringLiteral("mine"), QStringLiteral("due-soon"), QStringLiteral("breached"),
               QStringLiteral("escalations")};
    m_titles.insert(QStringLiteral("mine"), tr("Assigned to me"));
    m_titles.insert(QStringLiteral("due-soon"), tr("Due within %n day(s)", nullptr, dueSoonDays));
    m_titles.insert(QStringLiteral("breached"), tr("Breached"));
    m_titles.insert(QStringLiteral("escalations"), tr("Escalations received"));
    if (session.actor().hasRole(core::Role::PortOfficial)) {
        m_order << QStringLiteral("answered");
        m_titles.insert(QStringLiteral("answered"), tr("Referrals answered"));
    }

    auto* layout = new QVBoxLayout(this);
    auto* tiles = new QHBoxLayout;
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (const QString& key : std::as_const(m_order)) {
        auto* tile = new QToolButton(this);
        tile->setObjectName(QStringLiteral("tile-") + key);
        tile->setCheckable(true);
        tile->setMinimumSize(150, 56);
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setText(m_titles.value(key) + QStringLiteral("\n…"));
        m_group->addButton(tile);
        m_tiles.insert(key, tile);
        tiles->addWidget(tile);
        connect(tile, &QToolButton::clicked, this, [this, key] { showTile(key); });
    }
    tiles->addStretch();
    layout->addLayout(tiles);

    m_workspace = new CaseWorkspace(session, settings, dialogs, QStringLiteral("mywork"),
                                    tileFilter(QStringLiteral("mine")), this);
    layout->addWidget(m_workspace, 1);
    m_current = QStringLiteral("mine");
    m_tiles.value(m_current)->setChecked(true);

    connect(&session, &Session::casesChanged, this, &MyWorkView::recount);
    recount();
}

MyWorkView::~MyWorkView()
{
    for (QThread* thread : std::as_const(m_threads))
        thread->wait();
}

CaseListFilter MyWorkView::tileFilter(const QString& key) const
{
    CaseListFilter filter;
    filter.openOnly = true;
    const QString me = m_session.actor().userName;
    if (key == QLatin1String("mine")) {
        filter.assigneeName = me;
    } else if (key == QLatin1String("due-soon")) {
        filter.assigneeName = me;
        filter.dueWithinDays = dueSoonDays;
    } else if (key == QLatin1String("breached")) {
        filter.assigneeName = me;
        filter.overdueOnly = true;
    } else if (key == QLatin1String("escalations")) {
        filter.awaitingAcknowledgement = true;
    } else if (key == QLatin1String("answered")) {
        filter.types = {QStringLiteral("release-referral")};
        filter.state = QStringLiteral("recommendation-given");
    }
    return filter;
}

void MyWorkView::showTile(const QString& key)
{
    if (!m_tiles.contains(key))
        return;
    m_current = key;
    m_tiles.value(key)->setChecked(true);
    m_workspace->list()->setBaseFilter(tileFilter(key));
}

void MyWorkView::recount()
{
    const quint64 generation = ++m_generation;
    QList<std::pair<QString, CaseListFilter>> filters;
    for (const QString& key : std::as_const(m_order))
        filters.append({key, tileFilter(key)});
    const QString path = m_session.store().path();
    const core::Actor actor = m_session.actor();
    // Counting runs on its own connection, off the GUI thread: with 10^6
    // cases a breach count can take longer than a frame. The view outlives
    // the thread (its destructor waits); a result queued to a view deleted
    // meanwhile is dropped by Qt.
    MyWorkView* view = this;
    QThread* thread = QThread::create([view, path, actor, filters, generation] {
        lowerThisThreadsPriority();
        QHash<QString, int> counts;
        {
            auto store = openWorkerStore(path);
            for (const auto& [key, filter] : filters) {
                counts.insert(key,
                              store ? CaseListModel::countMatching(**store, actor, filter) : -1);
            }
        }
        QMetaObject::invokeMethod(
            view, [view, generation, counts] { view->applyCounts(generation, counts); },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void MyWorkView::applyCounts(quint64 generation, const QHash<QString, int>& counts)
{
    if (generation != m_generation)
        return;
    m_counts = counts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (QToolButton* tile = m_tiles.value(it.key())) {
            tile->setText(m_titles.value(it.key()) + QLatin1Char('\n') +
                          (it.value() < 0 ? QStringLiteral("?") : QString::number(it.value())));
        }
    }
    Q_EMIT countsChanged(counts.value(QStringLiteral("mine"), 0));
}

} // namespace centerdesk::ui
