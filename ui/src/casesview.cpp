#include "centerdesk/ui/casesview.h"

#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/servicetier.h"
#include "centerdesk/core/workflow.h"
#include "centerdesk/ui/session.h"
#include "centerdesk/ui/settings.h"
#include "viewhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace centerdesk::ui {

namespace {

// Long enough to skip a query per keystroke while typing, short enough to feel immediate.
constexpr int searchDelayMs = 150;

} // namespace

CasesView::CasesView(Session& session, QWidget* parent)
    : CasesView(session, nullptr, QStringLiteral("cases"), CaseListFilter{}, parent)
{}

CasesView::CasesView(Session& session, Settings* settings, const QString& viewKey,
                     const CaseListFilter& base, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_viewKey(viewKey)
    , m_base(base)
    , m_model(new CaseListModel(session, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildFilters();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("casesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("casesTable"));
    m_table->setModel(m_model);
    // The indicator first: enabling sorting sorts by it (Qt's default would be column 0).
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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

    auto* tableLayout = new QVBoxLayout;
    tableLayout->setContentsMargins(6, 0, 6, 6);
    tableLayout->addWidget(m_table, 1);
    auto* footer = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("caseCount"));
    footer->addWidget(m_count, 1);
    m_bulkAssign = new QPushButton(tr("Assign selected..."), this);
    m_bulkAssign->setObjectName(QStringLiteral("bulkAssign"));
    m_bulkTransition = new QPushButton(tr("Step selected..."), this);
    m_bulkTransition->setObjectName(QStringLiteral("bulkTransition"));
    m_bulkEscalate = new QPushButton(tr("Escalate selected..."), this);
    m_bulkEscalate->setObjectName(QStringLiteral("bulkEscalate"));
    const QList<std::pair<QPushButton*, QString>> bulk{
        {m_bulkAssign, QStringLiteral("assign")},
        {m_bulkTransition, QStringLiteral("transition")},
        {m_bulkEscalate, QStringLiteral("escalate")}};
    for (const auto& [button, kind] : bulk) {
        footer->addWidget(button);
        connect(button, &QPushButton::clicked, this,
                [this, kind = kind] { Q_EMIT bulkRequested(kind, selectedUuids()); });
    }
    m_bulkAssign->setToolTip(
        tr("Assign every selected case to one user, with a preview (Ctrl+Shift+A)"));
    m_bulkAssign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    tableLayout->addLayout(footer);
    layout->addLayout(tableLayout, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CasesView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_assignee, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        fillStates();
        applyFilter();
    });
    for (QComboBox* combo : {m_state, m_center, m_port, m_tier})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesView::applyFilter);
    connect(m_dueWithin, &QSpinBox::valueChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_overdue, &QCheckBox::toggled, this, &CasesView::applyFilter);
    connect(m_openOnly, &QCheckBox::toggled, this, &CasesView::applyFilter);

    connect(m_model, &CaseListModel::modelReset, this, &CasesView::updateCount);
    connect(m_model, &CaseListModel::countKnownChanged, this, &CasesView::updateCount);
    connect(m_model, &CaseListModel::firstPageReady, this, [this] { m_message->hide(); });
    connect(m_model, &CaseListModel::failed, this,
            [this](const QString& message) { setMessage(m_message, message, true); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CasesView::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesView::updateBulkButtons);
    // The current row may have been loading when it became current.
    connect(m_model, &CaseListModel::dataChanged, this, &CasesView::currentRowChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString uuid = m_model->uuidAt(index.row());
        if (!uuid.isEmpty())
            Q_EMIT caseOpenRequested(uuid);
    });
    connect(&m_session, &Session::casesChanged, m_model, &CaseListModel::reload);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    fillSavedViews();
    updateBulkButtons();
    updateCount();
    // The base filter is the first query; without one the model's default stands.
    if (!(m_base == CaseListFilter{}))
        applyFilter();
}

void CasesView::buildFilters()
{
    auto* outer = qobject_cast<QVBoxLayout*>(layout());
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(6, 6, 6, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search cases and comments (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    filters->addWidget(m_search, 2);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("caseTypeFilter"));
    m_type->addItem(tr("All types"), QString());
    for (const core::WorkflowDefinition& definition : core::WorkflowRegistry::builtIn().all()) {
        if (m_base.types.isEmpty() || m_base.types.contains(definition.type))
            m_type->addItem(definition.label, definition.type);
    }
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("caseStateFilter"));
    m_overdue = new QCheckBox(tr("Overdue"), this);
    m_overdue->setObjectName(QStringLiteral("caseOverdueFilter"));
    m_overdue->setToolTip(tr("Cases with a breached service-level clock or a lapsed statutory "
                             "deadline."));
    // Compact combos: the list and the case detail share a laptop's width.
    for (QComboBox* combo : {m_type, m_state}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        filters->addWidget(combo);
    }
    filters->addWidget(m_overdue);

    m_moreFilters = new QToolButton(this);
    m_moreFilters->setObjectName(QStringLiteral("moreFilters"));
    m_moreFilters->setText(tr("More filters"));
    m_moreFilters->setCheckable(true);
    filters->addWidget(m_moreFilters);

    // Saved views in one drop-down button: the views, then save and delete.
    m_savedViews = new QToolButton(this);
    m_savedViews->setObjectName(QStringLiteral("savedViews"));
    m_savedViews->setText(tr("Views"));
    m_savedViews->setToolTip(tr("Your saved views of this list"));
    m_savedViews->setPopupMode(QToolButton::InstantPopup);
    m_savedViews->setMenu(new QMenu(m_savedViews));
    m_savedViews->setVisible(m_settings != nullptr);
    filters->addWidget(m_savedViews);
    outer->addLayout(filters);

    m_moreFiltersRow = new QWidget(this);
    m_moreFiltersRow->setObjectName(QStringLiteral("moreFiltersRow"));
    auto* more = new QHBoxLayout(m_moreFiltersRow);
    more->setContentsMargins(6, 0, 6, 0);
    m_center = new QComboBox(m_moreFiltersRow);
    m_center->setObjectName(QStringLiteral("caseCenterFilter"));
    m_center->addItem(tr("All Centers"), QString());
    m_port = new QComboBox(m_moreFiltersRow);
    m_port->setObjectName(QStringLiteral("casePortFilter"));
    m_port->addItem(tr("All ports"), QString());
    const core::ReferenceService reference(m_session.store());
    for (const core::Center& center : reference.centers())
        m_center->addItem(center.code + QStringLiteral(" - ") + center.name, center.code);
    for (const core::Port& port : reference.ports())
        m_port->addItem(port.code + QStringLiteral(" ") + port.name, port.code);
    m_tier = new QComboBox(m_moreFiltersRow);
    m_tier->setObjectName(QStringLiteral("caseTierFilter"));
    m_tier->addItem(tr("All tiers"), QString());
    for (core::ServiceTier tier :
         {core::ServiceTier::TrustedTrader, core::ServiceTier::Isa, core::ServiceTier::Ctpat,
          core::ServiceTier::Participating, core::ServiceTier::Standard})
        m_tier->addItem(core::tierLabel(tier), core::tierName(tier));
    m_assignee = new QLineEdit(m_moreFiltersRow);
    m_assignee->setObjectName(QStringLiteral("caseAssigneeFilter"));
    m_assignee->setPlaceholderText(tr("Assignee (user name)"));
    m_assignee->setClearButtonEnabled(true);
    m_dueWithin = new QSpinBox(m_moreFiltersRow);
    m_dueWithin->setObjectName(QStringLiteral("caseDueWithinFilter"));
    m_dueWithin->setRange(-1, 365);
    m_dueWithin->setSpecialValueText(tr("Any due date"));
    m_dueWithin->setPrefix(tr("Due within "));
    m_dueWithin->setSuffix(tr(" days"));
    m_dueWithin->setValue(-1);
    m_openOnly = new QCheckBox(tr("Open only"), m_moreFiltersRow);
    m_openOnly->setObjectName(QStringLiteral("caseOpenOnlyFilter"));
    for (QComboBox* combo : {m_center, m_port, m_tier}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        more->addWidget(combo);
    }
    more->addWidget(m_assignee, 1);
    more->addWidget(m_dueWithin);
    more->addWidget(m_openOnly);
    more->addStretch();
    outer->addWidget(m_moreFiltersRow);
    m_moreFiltersRow->setVisible(false);
    connect(m_moreFilters, &QToolButton::toggled, m_moreFiltersRow, &QWidget::setVisible);

    // A base filter fixes what it names; its controls are not offered.
    m_center->setVisible(m_base.centerCode.isEmpty());
    m_port->setVisible(m_base.portCode.isEmpty());
    m_assignee->setVisible(m_base.assigneeName.isEmpty());
    m_openOnly->setVisible(!m_base.openOnly);
    fillStates();
}

CaseListFilter CasesView::filter() const
{
    CaseListFilter filter = m_base;
    filter.text = m_search->text().trimmed();
    auto narrow = [](QString& field, const QString& chosen) {
        if (!chosen.isEmpty())
            field = chosen;
    };
    narrow(filter.type, m_type->currentData().toString());
    narrow(filter.state, m_state->currentData().toString());
    narrow(filter.centerCode, m_center->currentData().toString());
    narrow(filter.portCode, m_port->currentData().toString());
    narrow(filter.assigneeName, m_assignee->text().trimmed());
    narrow(filter.tier, m_tier->currentData().toString());
    filter.overdueOnly = m_base.overdueOnly || m_overdue->isChecked();
    filter.openOnly = m_base.openOnly || m_openOnly->isChecked();
    if (m_dueWithin->value() >= 0)
        filter.dueWithinDays = m_dueWithin->value();
    return filter;
}

void CasesView::applyFilter()
{
    m_searchTimer->stop();
    const CaseListFilter wanted = filter();
    if (!(wanted == m_model->filter()))
        m_model->setFilter(wanted);
}

void CasesView::setBaseFilter(const CaseListFilter& base)
{
    m_base = base;
    applyFilter();
}

void CasesView::showFilter(const CaseListFilter& filter)
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_search),   QSignalBlocker(m_type),
                                           QSignalBlocker(m_state),    QSignalBlocker(m_center),
                                           QSignalBlocker(m_port),     QSignalBlocker(m_tier),
                                           QSignalBlocker(m_assignee), QSignalBlocker(m_dueWithin),
                                           QSignalBlocker(m_overdue),  QSignalBlocker(m_openOnly)};
        m_search->setText(filter.text);
        auto choose = [](QComboBox* combo, const QString& value) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        };
        choose(m_type, filter.type);
        fillStates();
        choose(m_state, filter.state);
        choose(m_center, filter.centerCode);
        choose(m_port, filter.portCode);
        choose(m_tier, filter.tier);
        m_assignee->setText(filter.assigneeName);
        m_dueWithin->setValue(filter.dueWithinDays);
        m_overdue->setChecked(filter.overdueOnly);
        m_openOnly->setChecked(filter.openOnly);
    }
    const bool narrowed = !filter.centerCode.isEmpty() || !filter.portCode.isEmpty() ||
                          !filter.tier.isEmpty() || !filter.assigneeName.isEmpty() ||
                          filter.dueWithinDays >= 0 || filter.openOnly;
    if (narrowed)
        m_moreFilters->setChecked(true);
    applyFilter();
}

QString CasesView::savedViewsKey() const
{
    return m_session.actor().userName + QLatin1Char('/') + m_viewKey;
}

QStringList CasesView::savedViewNames() const
{
    if (!m_settings)
        return {};
    QStringList names = m_settings->savedViews(savedViewsKey()).keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

void CasesView::saveView(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (!m_settings || trimmed.isEmpty())
        return;
    QJsonObject views = m_settings->savedViews(savedViewsKey());
    views.insert(trimmed, filter().toJson());
    m_settings->setSavedViews(savedViewsKey(), views);
    m_settings->sync();
    m_currentView = trimmed;
    fillSavedViews();
}

bool CasesView::applySavedView(const QString& name)
{
    if (!m_settings)
        return false;
    const QJsonObject views = m_settings->savedViews(savedViewsKey());
    if (!views.contains(name))
        return false;
    showFilter(CaseListFilter::fromJson(views.value(name).toObject()));
    m_currentView = name;
    fillSavedViews();
    return true;
}

void CasesView::deleteSavedView(const QString& name)
{
    if (!m_settings)
        return;
    QJsonObject views = m_settings->savedViews(savedViewsKey());
    views.remove(name);
    m_settings->setSavedViews(savedViewsKey(), views);
    m_settings->sync();
    if (m_currentView == name)
        m_currentView.clear();
    fillSavedViews();
}

void CasesView::askSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of this view:"),
                                               QLineEdit::Normal, m_currentView, &ok);
    if (ok)
        saveView(name);
}

void CasesView::fillSavedViews()
{
    QMenu* menu = m_savedViews->menu();
    menu->clear();
    const QStringList names = savedViewNames();
    for (const QString& name : names) {
        QAction* action = menu->addAction(name, this, [this, name] { applySavedView(name); });
        action->setCheckable(true);
        action->setChecked(name == m_currentView);
    }
    if (names.isEmpty())
        menu->addAction(tr("No saved views yet"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Save the current view..."), this, &CasesView::askSaveView);
    QAction* remove = menu->addAction(tr("Delete \"%1\"").arg(m_currentView), this,
                                      [this] { deleteSavedView(m_currentView); });
    remove->setEnabled(!m_currentView.isEmpty());
    m_savedViews->setText(m_currentView.isEmpty() ? tr("Views") : m_currentView);
}

QString CasesView::currentUuid() const
{
    return m_model->uuidAt(m_table->currentIndex().row());
}

QStringList CasesView::selectedUuids() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList uuids;
    for (const QModelIndex& index : rows) {
        const QString uuid = m_model->uuidAt(index.row());
        if (!uuid.isEmpty())
            uuids << uuid;
    }
    return uuids;
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
        if (!m_base.types.isEmpty() && !m_base.types.contains(definition.type))
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
    if (!m_model->isReady())
        m_count->setText(tr("Loading…"));
    else if (!m_model->isCountKnown())
        m_count->setText(tr("%n+ cases, counting…", nullptr, count));
    else
        m_count->setText(tr("%n case(s)", nullptr, count));
}

void CasesView::updateBulkButtons()
{
    const bool several = m_table->selectionModel()->selectedRows().size() > 1;
    for (QPushButton* button : {m_bulkAssign, m_bulkTransition, m_bulkEscalate})
        button->setEnabled(several);
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
