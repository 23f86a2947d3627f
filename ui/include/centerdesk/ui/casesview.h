#pragma once

#include "centerdesk/ui/caselistmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;
class QToolButton;

namespace centerdesk::ui {

class Session;
class Settings;

// The case list: search as you type, filters (type, state, Center, port,
// assignee, tier, overdue, due within N days, open only), saved views per
// user, a sortable keyset-paged table with fixed row height, and the count.
// A queue (My work, referrals, petitions, escalations) is the same list with
// a fixed base filter that the user's filters narrow further. The case detail
// beside it follows caseActivated; Enter or a double click opens the case in
// its own window; the selection feeds the bulk actions.
class CasesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesView)

public:
    explicit CasesView(Session& session, QWidget* parent = nullptr);
    // `viewKey` names the list in saved views; `settings` may be null (no saved views).
    CasesView(Session& session, Settings* settings, const QString& viewKey,
              const CaseListFilter& base, QWidget* parent = nullptr);

    // The filter the search box and the filters describe, on top of the base.
    CaseListFilter filter() const;
    // Applies the search box and filters now, without waiting for the debounce.
    void applyFilter();
    // Replaces the base filter (My work's tiles) and applies it.
    void setBaseFilter(const CaseListFilter& base);
    const CaseListFilter& baseFilter() const { return m_base; }
    // Sets every filter control from `filter` (a saved view) and applies it.
    void showFilter(const CaseListFilter& filter);

    // Saved views of the signed-in user for this list.
    QStringList savedViewNames() const;
    void saveView(const QString& name);
    bool applySavedView(const QString& name);
    void deleteSavedView(const QString& name);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* stateFilter() const { return m_state; }
    QComboBox* centerFilter() const { return m_center; }
    QComboBox* portFilter() const { return m_port; }
    QLineEdit* assigneeFilter() const { return m_assignee; }
    QComboBox* tierFilter() const { return m_tier; }
    QSpinBox* dueWithinFilter() const { return m_dueWithin; }
    QCheckBox* overdueFilter() const { return m_overdue; }
    QCheckBox* openOnlyFilter() const { return m_openOnly; }
    QToolButton* savedViews() const { return m_savedViews; }
    QString currentSavedView() const { return m_currentView; }
    QTableView* table() const { return m_table; }
    CaseListModel* model() const { return m_model; }
    QLabel* countLabel() const { return m_count; }
    // The uuid of the current case, or empty.
    QString currentUuid() const;
    // The uuids of the selected rows that are loaded, in list order.
    QStringList selectedUuids() const;

Q_SIGNALS:
    void caseActivated(const QString& uuid);
    // Enter or a double click: open the case in its own window.
    void caseOpenRequested(const QString& uuid);
    // The bulk buttons: "assign", "transition" or "escalate" on the selection.
    void bulkRequested(const QString& kind, const QStringList& uuids);

private:
    void buildFilters();
    void fillStates();
    void fillSavedViews();
    void updateCount();
    void updateBulkButtons();
    void currentRowChanged();
    void askSaveView();
    QString savedViewsKey() const;

    Session& m_session;
    Settings* m_settings = nullptr;
    QString m_viewKey;
    CaseListFilter m_base;
    CaseListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_center = nullptr;
    QComboBox* m_port = nullptr;
    QLineEdit* m_assignee = nullptr;
    QComboBox* m_tier = nullptr;
    QSpinBox* m_dueWithin = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_openOnly = nullptr;
    QToolButton* m_savedViews = nullptr;
    QString m_currentView;
    QToolButton* m_moreFilters = nullptr;
    QWidget* m_moreFiltersRow = nullptr;
    QPushButton* m_bulkAssign = nullptr;
    QPushButton* m_bulkTransition = nullptr;
    QPushButton* m_bulkEscalate = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_searchTimer = nullptr;
    QString m_current;
};

} // namespace centerdesk::ui
