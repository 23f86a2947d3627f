#include "centerdesk/ui/alertsview.h"

#include "centerdesk/core/caseservice.h"
#include "centerdesk/ui/session.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {
constexpr int uuidRole = Qt::UserRole + 1;
} // namespace

QString AlertsView::topicLabel(const QString& topic)
{
    if (topic == QLatin1String("assigned"))
        return tr("Assigned to you");
    if (topic == QLatin1String("warning"))
        return tr("Clock warning");
    if (topic == QLatin1String("breach"))
        return tr("Target breached");
    if (topic == QLatin1String("escalation"))
        return tr("Escalation received");
    if (topic == QLatin1String("referral-answered"))
        return tr("Referral answered");
    return topic;
}

AlertsView::AlertsView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alertsSummary"));
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("alertsTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Case"), tr("Why"), tr("Alert")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* markRead = new QPushButton(tr("&Mark as read"), this);
    markRead->setObjectName(QStringLiteral("markReadButton"));
    layout->addWidget(markRead, 0, Qt::AlignLeft);
    connect(markRead, &QPushButton::clicked, this, [this] { markSelectedRead(); });
    auto* markReadKey = new QAction(this);
    markReadKey->setShortcut(QKeySequence::Delete);
    markReadKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(markReadKey, &QAction::triggered, this, [this] { markSelectedRead(); });
    addAction(markReadKey);
    reload();
}

void AlertsView::reload()
{
    core::CaseService cases(m_session.store());
    const core::Result<QList<core::Notification>> alerts = cases.alerts(m_session.actor(), true);
    m_table->setRowCount(0);
    if (!alerts) {
        m_summary->setText(alerts.error().message);
        return;
    }
    const bool spanish = QLocale().language() == QLocale::Spanish;
    for (const core::Notification& alert : *alerts) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* when = new QTableWidgetItem(
            QLocale().toString(alert.createdAt.toLocalTime(), QLocale::ShortFormat));
        when->setData(uuidRole, alert.uuid);
        m_table->setItem(row, 0, when);
        m_table->setItem(row, 1, new QTableWidgetItem(alert.caseNumber));
        m_table->setItem(row, 2, new QTableWidgetItem(topicLabel(alert.topic)));
        m_table->setItem(row, 3, new QTableWidgetItem(spanish ? alert.textEs : alert.textEn));
    }
    m_table->resizeColumnsToContents();
    m_unread = static_cast<int>(alerts->size());
    m_summary->setText(m_unread == 0 ? tr("No unread alerts.")
                                     : tr("%n unread alert(s).", nullptr, m_unread));
    Q_EMIT unreadCountChanged(m_unread);
}

bool AlertsView::markSelectedRead()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    core::CaseService cases(m_session.store());
    const core::Status marked =
        cases.markAlertRead(m_session.actor(), m_table->item(row, 0)->data(uuidRole).toString());
    if (!marked) {
        m_summary->setText(marked.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace centerdesk::ui
