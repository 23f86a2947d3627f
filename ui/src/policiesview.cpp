#include "centerdesk/ui/policiesview.h"

#include "centerdesk/core/centercalendarservice.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/servicelevels.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/workflow.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

enum LevelColumn
{
    TypeColumn,
    TierColumn,
    FirstResponseColumn,
    ResolutionColumn,
    AutoEscalateColumn
};

constexpr int dataRole = Qt::UserRole + 1;
const QString timeFormat = QStringLiteral("HH:mm");

} // namespace

PoliciesView::PoliciesView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_editable(session.actor().isAdmin())
{
    setObjectName(QStringLiteral("policiesView"));
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("policiesMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // Service levels.
    auto* levelsPage = new QWidget(tabs);
    auto* levelsLayout = new QVBoxLayout(levelsPage);
    auto* levelsNote = new QLabel(tr("Targets in business hours of each Center. A change applies "
                                     "to clocks started from now on and to running clocks at "
                                     "their next step or sweep."),
                                  levelsPage);
    levelsNote->setWordWrap(true);
    levelsLayout->addWidget(levelsNote);
    m_levels = new QTableWidget(0, 5, levelsPage);
    m_levels->setObjectName(QStringLiteral("serviceLevelTable"));
    m_levels->setHorizontalHeaderLabels({tr("Case type"), tr("Tier"), tr("First response (h)"),
                                         tr("Resolution (h)"), tr("Escalate on breach")});
    m_levels->verticalHeader()->setVisible(false);
    m_levels->horizontalHeader()->setStretchLastSection(true);
    m_levels->setColumnWidth(TypeColumn, 220);
    m_levels->setColumnWidth(TierColumn, 140);
    m_levels->setColumnWidth(FirstResponseColumn, 140);
    m_levels->setColumnWidth(ResolutionColumn, 120);
    m_levels->setEditTriggers(m_editable ? QAbstractItemView::AllEditTriggers
                                         : QAbstractItemView::NoEditTriggers);
    levelsLayout->addWidget(m_levels, 1);
    auto* saveLevels = new QPushButton(tr("&Save service levels"), levelsPage);
    saveLevels->setObjectName(QStringLiteral("saveServiceLevels"));
    saveLevels->setVisible(m_editable);
    connect(saveLevels, &QPushButton::clicked, this, &PoliciesView::saveServiceLevels);
    levelsLayout->addWidget(saveLevels, 0, Qt::AlignRight);
    tabs->addTab(levelsPage, tr("Service levels"));

    // A Center's calendar.
    auto* calendarPage = new QWidget(tabs);
    auto* calendarLayout = new QVBoxLayout(calendarPage);
    auto* form = new QFormLayout;
    m_center = new QComboBox(calendarPage);
    m_center->setObjectName(QStringLiteral("policyCenter"));
    for (const core::Center& center : core::ReferenceService(session.store()).centers())
        m_center->addItem(center.code + QStringLiteral(" - ") + center.name, center.code);
    form->addRow(tr("&Center:"), m_center);
    auto* hours = new QHBoxLayout;
    m_open = new QTimeEdit(calendarPage);
    m_open->setObjectName(QStringLiteral("policyOpen"));
    m_open->setDisplayFormat(timeFormat);
    m_close = new QTimeEdit(calendarPage);
    m_close->setObjectName(QStringLiteral("policyClose"));
    m_close->setDisplayFormat(timeFormat);
    auto* saveHours = new QPushButton(tr("Save &hours"), calendarPage);
    saveHours->setObjectName(QStringLiteral("saveBusinessHours"));
    saveHours->setVisible(m_editable);
    m_open->setEnabled(m_editable);
    m_close->setEnabled(m_editable);
    hours->addWidget(m_open);
    hours->addWidget(new QLabel(tr("to"), calendarPage));
    hours->addWidget(m_close);
    hours->addWidget(saveHours);
    hours->addStretch();
    form->addRow(tr("Business hours:"), hours);
    calendarLayout->addLayout(form);
    m_closures = makeTable({tr("Day"), tr("Reason")}, QStringLiteral("closureTable"), calendarPage);
    calendarLayout->addWidget(m_closures, 1);
    auto* add = new QHBoxLayout;
    m_closureDay = new QDateEdit(QDate::currentDate(), calendarPage);
    m_closureDay->setObjectName(QStringLiteral("closureDay"));
    m_closureDay->setCalendarPopup(true);
    m_closureDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_closureReason = new QLineEdit(calendarPage);
    m_closureReason->setObjectName(QStringLiteral("closureReason"));
    m_closureReason->setPlaceholderText(tr("Reason (weather, building, executive order)"));
    auto* addButton = new QPushButton(tr("&Add closure"), calendarPage);
    addButton->setObjectName(QStringLiteral("addClosure"));
    auto* removeButton = new QPushButton(tr("&Remove closure"), calendarPage);
    removeButton->setObjectName(QStringLiteral("removeClosure"));
    add->addWidget(m_closureDay);
    add->addWidget(m_closureReason, 1);
    add->addWidget(addButton);
    add->addWidget(removeButton);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_closureDay, m_closureReason, addButton, removeButton})
        widget->setVisible(m_editable);
    calendarLayout->addLayout(add);
    tabs->addTab(calendarPage, tr("Center calendar"));

    connect(saveHours, &QPushButton::clicked, this, &PoliciesView::saveBusinessHours);
    connect(addButton, &QPushButton::clicked, this, &PoliciesView::addClosure);
    connect(m_closureReason, &QLineEdit::returnPressed, this, &PoliciesView::addClosure);
    connect(removeButton, &QPushButton::clicked, this, &PoliciesView::removeSelectedClosure);
    connect(m_center, &QComboBox::currentIndexChanged, this, &PoliciesView::loadCenter);
    reload();
}

QString PoliciesView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PoliciesView::showResult(bool ok, const QString& text)
{
    setMessage(m_message, text, !ok);
}

void PoliciesView::reload()
{
    m_filling = true;
    core::ServiceLevels levels(m_session.store());
    (void)levels.ensureDefaults();
    const core::Result<QList<core::ServiceLevelTarget>> targets = levels.all();
    m_levels->setRowCount(0);
    if (targets) {
        m_levels->setRowCount(static_cast<int>(targets->size()));
        int row = 0;
        for (const core::ServiceLevelTarget& target : *targets) {
            const core::WorkflowDefinition* definition =
                core::WorkflowRegistry::builtIn().find(target.caseType);
            auto* type = new QTableWidgetItem(definition ? definition->label : target.caseType);
            type->setData(dataRole, target.caseType);
            type->setFlags(type->flags() & ~Qt::ItemIsEditable);
            auto* tier = new QTableWidgetItem(core::tierLabel(target.tier));
            tier->setData(dataRole, core::tierName(target.tier));
            tier->setFlags(tier->flags() & ~Qt::ItemIsEditable);
            auto hoursItem = [](qint64 minutes) {
                auto* item = new QTableWidgetItem;
                item->setData(Qt::EditRole, static_cast<double>(minutes) / 60.0);
                return item;
            };
            auto* escalate = new QTableWidgetItem;
            escalate->setFlags((escalate->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            if (!m_editable)
                escalate->setFlags(escalate->flags() & ~Qt::ItemIsUserCheckable);
            escalate->setCheckState(target.autoEscalate ? Qt::Checked : Qt::Unchecked);
            m_levels->setItem(row, TypeColumn, type);
            m_levels->setItem(row, TierColumn, tier);
            m_levels->setItem(row, FirstResponseColumn, hoursItem(target.firstResponseMinutes));
            m_levels->setItem(row, ResolutionColumn, hoursItem(target.resolutionMinutes));
            m_levels->setItem(row, AutoEscalateColumn, escalate);
            ++row;
        }
    } else {
        showResult(false, errorText(targets.error()));
    }
    m_filling = false;
    loadCenter();
}

void PoliciesView::loadCenter()
{
    const QString code = m_center->currentData().toString();
    for (const core::Center& center : core::ReferenceService(m_session.store()).centers()) {
        if (center.code != code)
            continue;
        m_open->setTime(QTime::fromString(center.businessOpen, timeFormat));
        m_close->setTime(QTime::fromString(center.businessClose, timeFormat));
    }
    const core::Result<QList<core::Closure>> closures =
        core::CenterCalendarService(m_session.store()).closures(code);
    m_closures->setRowCount(0);
    if (!closures)
        return;
    m_closures->setRowCount(static_cast<int>(closures->size()));
    int row = 0;
    for (const core::Closure& closure : *closures) {
        m_closures->setItem(row, 0, cell(closure.day.toString(Qt::ISODate)));
        m_closures->setItem(row, 1, cell(closure.reason));
        ++row;
    }
}

bool PoliciesView::saveServiceLevels()
{
    core::ServiceLevels levels(m_session.store());
    const core::Result<QList<core::ServiceLevelTarget>> current = levels.all();
    if (!current) {
        showResult(false, errorText(current.error()));
        return false;
    }
    QList<core::ServiceLevelTarget> changed;
    for (int row = 0; row < m_levels->rowCount(); ++row) {
        core::ServiceLevelTarget target;
        target.caseType = m_levels->item(row, TypeColumn)->data(dataRole).toString();
        target.tier = core::tierFromName(m_levels->item(row, TierColumn)->data(dataRole).toString())
                          .value_or(core::ServiceTier::Standard);
        target.firstResponseMinutes = qRound64(
            m_levels->item(row, FirstResponseColumn)->data(Qt::EditRole).toDouble() * 60.0);
        target.resolutionMinutes =
            qRound64(m_levels->item(row, ResolutionColumn)->data(Qt::EditRole).toDouble() * 60.0);
        target.autoEscalate = m_levels->item(row, AutoEscalateColumn)->checkState() == Qt::Checked;
        for (const core::ServiceLevelTarget& before : *current) {
            if (before.caseType == target.caseType && before.tier == target.tier &&
                (before.firstResponseMinutes != target.firstResponseMinutes ||
                 before.resolutionMinutes != target.resolutionMinutes ||
                 before.autoEscalate != target.autoEscalate))
                changed << target;
        }
    }
    if (changed.isEmpty()) {
        showResult(true, tr("Nothing to save: no target was changed."));
        return true;
    }
    // One user action, one transaction: every edited row or none.
    QString failedRow;
    const core::Status saved = m_session.store().transaction([&]() -> core::Status {
        for (const core::ServiceLevelTarget& target : std::as_const(changed)) {
            const core::Status status = levels.setTarget(m_session.actor(), target);
            if (!status) {
                failedRow = target.caseType + QStringLiteral(" / ") + core::tierName(target.tier);
                return status;
            }
        }
        return {};
    });
    if (!saved) {
        showResult(false, failedRow + QStringLiteral(": ") + errorText(saved.error()));
        return false;
    }
    showResult(true, tr("%n service level(s) saved.", nullptr, static_cast<int>(changed.size())));
    reload();
    return true;
}

bool PoliciesView::saveBusinessHours()
{
    const core::Status saved =
        core::CenterCalendarService(m_session.store())
            .setBusinessHours(m_session.actor(), m_center->currentData().toString(), m_open->time(),
                              m_close->time());
    showResult(saved.ok(),
               saved ? tr("Business hours of %1 saved.").arg(m_center->currentData().toString())
                     : errorText(saved.error()));
    return saved.ok();
}

bool PoliciesView::addClosure()
{
    const core::Status added =
        core::CenterCalendarService(m_session.store())
            .addClosure(m_session.actor(), m_center->currentData().toString(), m_closureDay->date(),
                        m_closureReason->text());
    showResult(added.ok(),
               added ? tr("Closure on %1 added.").arg(m_closureDay->date().toString(Qt::ISODate))
                     : errorText(added.error()));
    if (added) {
        m_closureReason->clear();
        loadCenter();
    }
    return added.ok();
}

bool PoliciesView::removeSelectedClosure()
{
    const int row = m_closures->currentRow();
    if (row < 0) {
        showResult(false, tr("Select the closure to remove."));
        return false;
    }
    const QDate day = QDate::fromString(m_closures->item(row, 0)->text(), Qt::ISODate);
    const core::Status removed =
        core::CenterCalendarService(m_session.store())
            .removeClosure(m_session.actor(), m_center->currentData().toString(), day);
    showResult(removed.ok(), removed ? tr("Closure on %1 removed.").arg(day.toString(Qt::ISODate))
                                     : errorText(removed.error()));
    if (removed)
        loadCenter();
    return removed.ok();
}

} // namespace centerdesk::ui
