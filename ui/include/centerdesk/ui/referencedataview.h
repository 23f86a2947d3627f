#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace centerdesk::core {
class Store;
}

namespace centerdesk::ui {

class RecordTableModel;

// Centers (with time zones, business hours and their ports), ports and PGAs,
// with one search box that filters all three.
class ReferenceDataView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceDataView)

public:
    explicit ReferenceDataView(core::Store& store, QWidget* parent = nullptr);

    void reload();
    QLineEdit* searchField() const { return m_search; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableView* centersTable() const { return m_centersTable; }

private:
    QTableView* addTable(RecordTableModel* model, QSortFilterProxyModel*& proxy,
                         const QString& title);

    core::Store& m_store;
    QLineEdit* m_search = nullptr;
    QTabWidget* m_tabs = nullptr;
    RecordTableModel* m_centers = nullptr;
    RecordTableModel* m_ports = nullptr;
    RecordTableModel* m_pgas = nullptr;
    QSortFilterProxyModel* m_centersProxy = nullptr;
    QSortFilterProxyModel* m_portsProxy = nullptr;
    QSortFilterProxyModel* m_pgasProxy = nullptr;
    QTableView* m_centersTable = nullptr;
};

} // namespace centerdesk::ui
