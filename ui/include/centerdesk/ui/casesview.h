#pragma once

#include "centerdesk/ui/caselistmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace centerdesk::ui {

class Session;

// The case list: search as you type, filters by type, state and overdue
// clocks, a sortable keyset-paged table with fixed row height, and the count.
// The case detail beside it follows caseActivated.
class CasesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesView)

public:
    explicit CasesView(Session& session, QWidget* parent = nullptr);

    // The filter the search box and the filters describe.
    CaseListFilter filter() const;
    // Applies the search box and filters now, without waiting for the debounce.
    void applyFilter();

    QLineEdit* searchField() const { return m_search; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* stateFilter() const { return m_state; }
    QCheckBox* overdueFilter() const { return m_overdue; }
    QTableView* table() const { return m_table; }
    CaseListModel* model() const { return m_model; }
    QLabel* countLabel() const { return m_count; }
    // The uuid of the current case, or empty.
    QString currentUuid() const;

Q_SIGNALS:
    void caseActivated(const QString& uuid);

private:
    void fillStates();
    void updateCount();
    void currentRowChanged();

    CaseListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_state = nullptr;
    QCheckBox* m_overdue = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_searchTimer = nullptr;
    QString m_current;
};

} // namespace centerdesk::ui
