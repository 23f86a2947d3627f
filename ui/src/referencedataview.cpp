#include "centerdesk/ui/referencedataview.h"

#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/store.h"
#include "centerdesk/ui/recordtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace centerdesk::ui {

ReferenceDataView::ReferenceDataView(core::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<b>Reference data</b>: the Centers, the ports of Schedule D and "
                                "the Partner Government Agencies."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("referenceSearch"));
    m_search->setPlaceholderText(tr("Search Centers, ports and agencies"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    m_centers = new RecordTableModel({tr("Code"), tr("Center"), tr("Management office"), tr("Port"),
                                      tr("Time zone"), tr("Business hours")},
                                     this);
    m_ports = new RecordTableModel({tr("Code"), tr("Port")}, this);
    m_pgas = new RecordTableModel(
        {tr("Code"), tr("Agency"), tr("Department"), tr("ACE filing code")}, this);
    m_centersTable = addTable(m_centers, m_centersProxy, tr("Centers"));
    m_centersTable->setObjectName(QStringLiteral("centersTable"));
    addTable(m_ports, m_portsProxy, tr("Ports"))->setObjectName(QStringLiteral("portsTable"));
    addTable(m_pgas, m_pgasProxy, tr("PGAs"))->setObjectName(QStringLiteral("pgasTable"));

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (QSortFilterProxyModel* proxy : {m_centersProxy, m_portsProxy, m_pgasProxy})
            proxy->setFilterFixedString(text);
    });
    reload();
}

QTableView* ReferenceDataView::addTable(RecordTableModel* model, QSortFilterProxyModel*& proxy,
                                        const QString& title)
{
    proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    auto* table = new QTableView(m_tabs);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(table, title);
    return table;
}

void ReferenceDataView::reload()
{
    const core::ReferenceService reference(m_store);
    QHash<QString, QString> portNames;
    QList<QStringList> ports;
    for (const core::Port& port : reference.ports()) {
        portNames.insert(port.code, port.name);
        ports.append({port.code, port.name});
    }
    QList<QStringList> centers;
    for (const core::Center& center : reference.centers()) {
        centers.append(
            {center.code, center.name, center.office,
             QStringLiteral("%1 %2").arg(center.portCode, portNames.value(center.portCode)),
             center.timeZone,
             QStringLiteral("%1-%2").arg(center.businessOpen, center.businessClose)});
    }
    QList<QStringList> pgas;
    for (const core::Pga& pga : reference.pgas())
        pgas.append({pga.code, pga.name, pga.department, pga.filingCode});
    m_centers->setRecords(centers);
    m_ports->setRecords(ports);
    m_pgas->setRecords(pgas);
    m_centersTable->resizeColumnsToContents();
}

} // namespace centerdesk::ui
