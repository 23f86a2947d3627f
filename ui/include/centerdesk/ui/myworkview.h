#pragma once

#include "centerdesk/ui/caselistmodel.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace centerdesk::ui {

class CaseWorkspace;
class DialogSeam;
class Session;
class Settings;

// The signed-in user's morning: tiles with counts (assigned to me, due
// soon, breached, escalations waiting for acknowledgement, and for port
// officials the referrals the Center has answered) over the cases of the
// chosen tile. Counts are read on a worker thread with its own connection
// and refreshed whenever cases change.
class MyWorkView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyWorkView)

public:
    MyWorkView(Session& session, Settings* settings, DialogSeam& dialogs,
               QWidget* parent = nullptr);
    ~MyWorkView() override;

    // Tile keys: mine due-soon breached escalations [answered].
    QStringList tileKeys() const { return m_order; }
    QToolButton* tile(const QString& key) const { return m_tiles.value(key); }
    void showTile(const QString& key);
    QString currentTile() const { return m_current; }
    // -1 until the first count arrives.
    int count(const QString& key) const { return m_counts.value(key, -1); }
    CaseWorkspace* workspace() const { return m_workspace; }
    CaseListFilter tileFilter(const QString& key) const;

    // Counts again (after cases changed); countsChanged follows.
    void recount();

Q_SIGNALS:
    // Every tile's count arrived; `assignedOpen` is the navigation's number.
    void countsChanged(int assignedOpen);

private:
    void applyCounts(quint64 generation, const QHash<QString, int>& counts);

    Session& m_session;
    QStringList m_order;
    QHash<QString, QString> m_titles;
    QHash<QString, QToolButton*> m_tiles;
    QHash<QString, int> m_counts;
    QString m_current;
    QButtonGroup* m_group = nullptr;
    CaseWorkspace* m_workspace = nullptr;
    quint64 m_generation = 0;
    QList<QThread*> m_threads;
};

} // namespace centerdesk::ui
