#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace centerdesk::ui {

class Session;

// The signed-in user's alerts: cases assigned to them, clock warnings and
// breaches, escalations received, referrals answered. Newest first.
class AlertsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsView)

public:
    explicit AlertsView(Session& session, QWidget* parent = nullptr);

    void reload();
    // Marks the selected alert read (what the button and Del do).
    bool markSelectedRead();
    QTableWidget* table() const { return m_table; }
    int unreadCount() const { return m_unread; }
    static QString topicLabel(const QString& topic);

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    Session& m_session;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    int m_unread = 0;
};

} // namespace centerdesk::ui
