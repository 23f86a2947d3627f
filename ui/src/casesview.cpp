#include "centerdesk/ui/casesview.h"

#include "centerdesk/core/workflow.h"
#include "centerdesk/ui/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

// Long enough to skip a query per keystroke while typing, short enough to feel immediate.
constexpr int searchDelayMs = 150;

} // namespace

CasesView::CasesView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_model(new CaseListModel(session, this))
{
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search cases and comments (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("caseTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (const core::WorkflowDefinition& definition : core::WorkflowRegistry::builtIn().all())
        m_type->addItem(definition.label, definition.type);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("caseStateFilter"));
    m_overdue = new QCheckBox(tr("Overdue only"), this);
    m_overdue->setObjectName(QStringLiteral("caseOverdueFilter"));
    m_overdue->setToolTip(tr("Cases with a breached service-level clock or a lapsed statutory "
                             "deadline."));
    for (QComboBox* combo : {m_type, m_state}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(combo);
    }
    filters->addWidget(m_overdue);
    layout->addLayout(filters);
    fillStates();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("casesMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; "
                                            "border: 1px solid #f5b5b5; padding: 6px; }"));
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("casesTable"));
    m_table->setModel(m_model);
    // The indicator first: enabling sorting sorts by it (Qt's default would be column 0).
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // A fixed row height: the view never measures rows, so 10^6 rows cost nothing.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths{130, 150, 200, 150, 110, 70, 70, 90, 130, 100};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));
    layout->addWidget(m_count);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CasesView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillStates();
        applyFilter();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, &CasesView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &CasesView::applyFilter);

    connect(m_model, &CaseListModel::modelReset, this, &CasesView::updateCount);
    connect(m_model, &CaseListModel::firstPageReady, this, [this] { m_message->hide(); });
    connect(m_model, &CaseListModel::failed, this, [this](const QString& message) {
        m_message->setText(message);
        m_message->show();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesView::currentRowChanged);
    // The current row may have been loading when it became current.
    connect(m_model, &CaseListModel::dataChanged, this, &CasesView::currentRowChanged);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    updateCount();
}

CaseListFilter CasesView::filter() const
{
    CaseListFilter filter = m_model->filter();
    filter.text = m_search->text().trimmed();
    filter.type = m_type->currentData().toString();
    filter.state = m_state->currentData().toString();
    filter.overdueOnly = m_overdue->isChecked();
    return filter;
}

void CasesView::applyFilter()
{
    m_searchTimer->stop();
    const CaseListFilter wanted = filter();
    if (!(wanted == m_model->filter()))
        m_model->setFilter(wanted);
}

QString CasesView::currentUuid() const
{
    return m_model->uuidAt(m_table->currentIndex().row());
}

void CasesView::fillStates()
{
    const QString previous = m_state->currentData().toString();
    const QSignalBlocker blocker(m_state);
    m_state->clear();
    m_state->addItem(tr("All states"), QString());
    QStringList seen;
    const QString type = m_type->currentData().toString();
    for (const core::WorkflowDefinition& definition : core::WorkflowRegistry::builtIn().all()) {
        if (!type.isEmpty() && definition.type != type)
            continue;
        for (const core::WorkflowState& state : definition.states) {
            if (seen.contains(state.id))
                continue;
            seen << state.id;
            m_state->addItem(state.label, state.id);
        }
    }
    const int index = m_state->findData(previous);
    m_state->setCurrentIndex(index < 0 ? 0 : index);
}

void CasesView::updateCount()
{
    const int count = m_model->rowCount();
    m_count->setText(m_model->isReady() ? tr("%n case(s)", nullptr, count) : tr("Loading…"));
}

void CasesView::currentRowChanged()
{
    const QString uuid = currentUuid();
    if (uuid.isEmpty() || uuid == m_current)
        return;
    m_current = uuid;
    Q_EMIT caseActivated(uuid);
}

} // namespace centerdesk::ui
