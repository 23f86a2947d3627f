#include "centerdesk/ui/casedetailview.h"

#include "centerdesk/core/permissions.h"
#include "centerdesk/core/servicetier.h"
#include "centerdesk/core/statutoryrules.h"
#include "centerdesk/core/workflow.h"
#include "centerdesk/ui/accounttablemodel.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <utility>

namespace centerdesk::ui {

namespace {

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString levelText(const QString& level)
{
    if (level == QLatin1String("port"))
        return CaseDetailView::tr("Port");
    if (level == QLatin1String("center"))
        return CaseDetailView::tr("Center");
    if (level == QLatin1String("ofo-hq"))
        return CaseDetailView::tr("OFO HQ");
    if (level == QLatin1String("rr-hq"))
        return CaseDetailView::tr("Regulations & Rulings HQ");
    if (level == QLatin1String("fpf-hq"))
        return CaseDetailView::tr("FP&F HQ");
    if (level == QLatin1String("biec"))
        return CaseDetailView::tr("BIEC");
    return level.isEmpty() ? CaseDetailView::tr("none") : level;
}

QString categoryText(core::StateCategory category)
{
    switch (category) {
    case core::StateCategory::Open:
        return CaseDetailView::tr("open");
    case core::StateCategory::WaitingOnTrade:
        return CaseDetailView::tr("waiting on trade");
    case core::StateCategory::WaitingOnAgency:
        return CaseDetailView::tr("waiting on agency");
    case core::StateCategory::Escalated:
        return CaseDetailView::tr("escalated");
    case core::StateCategory::Resolved:
        return CaseDetailView::tr("resolved");
    case core::StateCategory::Closed:
        return CaseDetailView::tr("closed");
    }
    return {};
}

QString clockTitle(const core::CaseClock& clock)
{
    if (!clock.ruleId.isEmpty() || clock.kind == QLatin1String("statutory")) {
        const core::StatutoryRule* rule = core::StatutoryRules::builtIn().find(clock.ruleId);
        if (rule)
            return CaseDetailView::tr("%1 (%2)").arg(rule->title, rule->citation);
        return CaseDetailView::tr("Statutory: %1").arg(clock.ruleId);
    }
    if (clock.kind == QLatin1String("first-response"))
        return CaseDetailView::tr("First response");
    if (clock.kind == QLatin1String("resolution"))
        return CaseDetailView::tr("Resolution");
    if (clock.kind == QLatin1String("acknowledgement"))
        return CaseDetailView::tr("Acknowledgement");
    if (clock.kind == QLatin1String("center-input"))
        return CaseDetailView::tr("Center input");
    return clock.kind;
}

QString clockStateText(const QString& state)
{
    if (state == QLatin1String("on-track"))
        return CaseDetailView::tr("on track");
    if (state == QLatin1String("warning"))
        return CaseDetailView::tr("warning");
    if (state == QLatin1String("breached"))
        return CaseDetailView::tr("breached");
    if (state == QLatin1String("lapsed"))
        return CaseDetailView::tr("lapsed");
    if (state == QLatin1String("paused"))
        return CaseDetailView::tr("paused");
    if (state == QLatin1String("met"))
        return CaseDetailView::tr("met");
    if (state == QLatin1String("missed"))
        return CaseDetailView::tr("missed");
    if (state == QLatin1String("cancelled"))
        return CaseDetailView::tr("cancelled");
    return state;
}

// Background and text colour of a clock state chip.
std::pair<QColor, QColor> clockColors(const QString& state)
{
    if (state == QLatin1String("on-track"))
        return {QColor(0x2e, 0x7d, 0x32), Qt::white};
    if (state == QLatin1String("warning"))
        return {QColor(0xf9, 0xa8, 0x25), Qt::black};
    if (state == QLatin1String("breached") || state == QLatin1String("lapsed"))
        return {QColor(0xc6, 0x28, 0x28), Qt::white};
    if (state == QLatin1String("paused"))
        return {QColor(0x75, 0x75, 0x75), Qt::white};
    return {QColor(0xe0, 0xe0, 0xe0), QColor(0x33, 0x33, 0x33)};
}

QString minutesText(qint64 minutes)
{
    return CaseDetailView::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString stateLabelOf(const core::WorkflowDefinition* definition, const QString& id)
{
    if (definition) {
        if (const core::WorkflowState* state = definition->state(id))
            return state->label;
    }
    return id;
}

QString stepLabelOf(const core::WorkflowDefinition* definition, const QString& id)
{
    if (definition) {
        if (const core::WorkflowTransition* step = definition->transition(id))
            return step->label;
    }
    return id;
}

QString fieldLabelOf(const core::WorkflowDefinition* definition, const QString& name)
{
    if (definition) {
        for (const core::CreateField& field : definition->createFields) {
            if (field.name == name && !field.label.isEmpty())
                return field.label;
        }
    }
    if (name == QLatin1String("outcome"))
        return CaseDetailView::tr("Outcome");
    if (name == QLatin1String("recommendation"))
        return CaseDetailView::tr("Recommendation");
    if (name == QLatin1String("port-decision"))
        return CaseDetailView::tr("Port decision");
    if (name == QLatin1String("center-input"))
        return CaseDetailView::tr("Center input");
    return name;
}

// What a history entry of a case did, in a sentence.
QString describeEntry(const core::HistoryEntry& entry, const core::WorkflowDefinition* definition)
{
    const QJsonObject& d = entry.detail;
    auto text = [&d](const char* key) { return d.value(QString::fromLatin1(key)).toString(); };
    auto withText = [&](const QString& sentence, const char* key) {
        const QString extra = text(key);
        return extra.isEmpty() ? sentence
                               : CaseDetailView::tr("%1: \u201c%2\u201d").arg(sentence, extra);
    };
    if (entry.kind == QLatin1String("created")) {
        return CaseDetailView::tr("Opened %1 in state %2: %3")
            .arg(text("number"), stateLabelOf(definition, text("state")), text("subject"));
    }
    if (entry.kind == QLatin1String("transition")) {
        QString sentence =
            CaseDetailView::tr("%1: %2 \u2192 %3")
                .arg(stepLabelOf(definition, text("transition")),
                     stateLabelOf(definition, text("from")), stateLabelOf(definition, text("to")));
        const QJsonObject fields = d.value(QStringLiteral("fields")).toObject();
        QStringList parts;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            parts << CaseDetailView::tr("%1 = %2").arg(fieldLabelOf(definition, it.key()),
                                                       it.value().toString());
        }
        if (!parts.isEmpty())
            sentence =
                CaseDetailView::tr("%1 (%2)").arg(sentence, parts.join(QStringLiteral("; ")));
        if (!text("levelTo").isEmpty()) {
            sentence = CaseDetailView::tr("%1; level %2 \u2192 %3")
                           .arg(sentence, levelText(text("levelFrom")), levelText(text("levelTo")));
        }
        return withText(sentence, "text");
    }
    if (entry.kind == QLatin1String("comment"))
        return CaseDetailView::tr("Comment: \u201c%1\u201d").arg(text("text"));
    if (entry.kind == QLatin1String("assigned")) {
        return text("to").isEmpty() ? CaseDetailView::tr("Unassigned")
                                    : CaseDetailView::tr("Assigned to %1").arg(text("to"));
    }
    if (entry.kind == QLatin1String("escalated") || entry.kind == QLatin1String("sent-back")) {
        const QString sentence = entry.kind == QLatin1String("escalated")
                                     ? CaseDetailView::tr("Escalated from %1 to %2")
                                           .arg(levelText(text("from")), levelText(text("to")))
                                     : CaseDetailView::tr("Sent back from %1 to %2")
                                           .arg(levelText(text("from")), levelText(text("to")));
        return withText(sentence, d.contains(QStringLiteral("text")) ? "text" : "reason");
    }
    if (entry.kind == QLatin1String("acknowledged"))
        return CaseDetailView::tr("Escalation acknowledged at %1").arg(levelText(text("level")));
    if (entry.kind == QLatin1String("merged"))
        return withText(CaseDetailView::tr("Merged into %1").arg(text("into")), "reason");
    if (entry.kind == QLatin1String("merged-in"))
        return withText(CaseDetailView::tr("Duplicate %1 merged in").arg(text("duplicate")),
                        "reason");
    if (entry.kind == QLatin1String("reference-added"))
        return CaseDetailView::tr("Reference added: %1 %2").arg(text("kind"), text("value"));
    if (entry.kind == QLatin1String("linked"))
        return CaseDetailView::tr("Linked to %1").arg(text("other"));
    return entry.kind + QLatin1Char(' ') +
           QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
}

QString linkKindText(const QString& kind)
{
    if (kind == QLatin1String("parent"))
        return CaseDetailView::tr("parent");
    if (kind == QLatin1String("child"))
        return CaseDetailView::tr("child");
    if (kind == QLatin1String("related"))
        return CaseDetailView::tr("related");
    if (kind == QLatin1String("duplicate"))
        return CaseDetailView::tr("duplicate");
    return kind;
}

core::CaseScope scopeOf(const core::CaseRecord& record)
{
    // The NAM of the account is not in the record; no action below depends on it.
    return core::CaseScope{record.centerCode, record.portCode, {}, record.escalationLevel};
}

bool holdsAny(const core::Actor& actor, const QList<core::Role>& roles,
              const core::CaseScope& scope)
{
    for (const core::Role role : roles) {
        if (core::Permissions::holdsRoleFor(actor, role, scope))
            return true;
    }
    return false;
}

} // namespace

CaseDetailView::CaseDetailView(Session& session, DialogSeam& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_cases(session.store())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // A change made elsewhere (another window, a bulk action) shows here too.
    connect(&m_session, &Session::casesChanged, this, [this] {
        if (!m_announcing && !m_uuid.isEmpty())
            reload();
    });

    m_placeholder = new QLabel(tr("Select a case to see its clocks, the steps you can take, its "
                                  "timeline, references, links and notices."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("casePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseDetailMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_content = new QWidget(this);
    layout->addWidget(m_content, 1);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    // Header.
    auto* title = new QHBoxLayout;
    m_number = new QLabel(m_content);
    m_number->setObjectName(QStringLiteral("caseNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont numberFont = m_number->font();
    numberFont.setBold(true);
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.3);
    m_number->setFont(numberFont);
    m_type = new QLabel(m_content);
    m_type->setObjectName(QStringLiteral("caseType"));
    m_tierBadge = new QLabel(m_content);
    m_tierBadge->setObjectName(QStringLiteral("caseTierBadge"));
    m_tierBadge->setToolTip(AccountTableModel::tierExplanation());
    title->addWidget(m_number);
    title->addWidget(m_type, 1);
    title->addWidget(m_tierBadge);
    content->addLayout(title);

    m_subject = new QLabel(m_content);
    m_subject->setObjectName(QStringLiteral("caseSubject"));
    m_subject->setWordWrap(true);
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    content->addWidget(m_subject);

    auto* columns = new QHBoxLayout;
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    auto addField = [&](QFormLayout* form, const QString& label, const char* name) {
        auto* value = new QLabel(m_content);
        value->setObjectName(QString::fromLatin1(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        return value;
    };
    m_account = addField(left, tr("Account:"), "caseAccount");
    m_center = addField(left, tr("Center:"), "caseCenter");
    m_port = addField(left, tr("Port:"), "casePort");
    m_state = addField(left, tr("State:"), "caseState");
    m_assignee = addField(right, tr("Assignee:"), "caseAssignee");
    m_priority = addField(right, tr("Priority:"), "casePriority");
    m_level = addField(right, tr("Escalation level:"), "caseLevel");
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    content->addLayout(columns);

    // Actions.
    m_stepBox = new QWidget(m_content);
    m_stepBox->setObjectName(QStringLiteral("caseSteps"));
    auto* steps = new QHBoxLayout(m_stepBox);
    steps->setContentsMargins(0, 0, 0, 0);
    m_noSteps = new QLabel(tr("No workflow step is open to you here."), m_stepBox);
    m_noSteps->setObjectName(QStringLiteral("caseNoSteps"));
    steps->addWidget(m_noSteps);
    steps->addStretch(1);
    content->addWidget(m_stepBox);

    auto* actions = new QHBoxLayout;
    m_assign = new QPushButton(tr("Assign..."), m_content);
    m_assign->setObjectName(QStringLiteral("caseAssignButton"));
    m_escalate = new QPushButton(tr("Escalate..."), m_content);
    m_escalate->setObjectName(QStringLiteral("caseEscalateButton"));
    m_sendBack = new QPushButton(tr("Send back..."), m_content);
    m_sendBack->setObjectName(QStringLiteral("caseSendBackButton"));
    m_acknowledge = new QPushButton(tr("Acknowledge"), m_content);
    m_acknowledge->setObjectName(QStringLiteral("caseAcknowledgeButton"));
    actions->addWidget(m_assign);
    actions->addWidget(m_escalate);
    actions->addWidget(m_sendBack);
    actions->addWidget(m_acknowledge);
    actions->addStretch(1);
    content->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical, m_content);
    content->addWidget(splitter, 1);

    // Clocks with the explanation of the selected one.
    auto* clocksBox = new QWidget(splitter);
    auto* clocksLayout = new QHBoxLayout(clocksBox);
    clocksLayout->setContentsMargins(0, 0, 0, 0);
    m_clocks = makeTable({tr("Clock"), tr("State"), tr("Due"), tr("Used / target")},
                         QStringLiteral("caseClocksTable"), clocksBox);
    m_clocks->horizontalHeader()->setStretchLastSection(false);
    m_clocks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_clocks->columnCount(); ++column)
        m_clocks->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_clockExplanation = new QPlainTextEdit(clocksBox);
    m_clockExplanation->setObjectName(QStringLiteral("caseClockExplanation"));
    m_clockExplanation->setReadOnly(true);
    m_clockExplanation->setPlaceholderText(tr("Select a clock to see why it is due when it is."));
    clocksLayout->addWidget(m_clocks, 3);
    clocksLayout->addWidget(m_clockExplanation, 2);
    splitter->addWidget(clocksBox);

    // Tabs.
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 2);

    auto* timelinePage = new QWidget(m_tabs);
    auto* timelineLayout = new QVBoxLayout(timelinePage);
    m_timeline = makeTable({tr("Time"), tr("Who"), tr("What")}, QStringLiteral("caseTimelineTable"),
                           timelinePage);
    timelineLayout->addWidget(m_timeline, 1);
    auto* commentRow = new QHBoxLayout;
    m_commentEdit = new QLineEdit(timelinePage);
    m_commentEdit->setObjectName(QStringLiteral("caseCommentEdit"));
    m_commentEdit->setPlaceholderText(tr("Write a comment"));
    m_commentButton = new QPushButton(tr("Add comment"), timelinePage);
    m_commentButton->setObjectName(QStringLiteral("caseCommentButton"));
    commentRow->addWidget(m_commentEdit, 1);
    commentRow->addWidget(m_commentButton);
    timelineLayout->addLayout(commentRow);
    m_tabs->addTab(timelinePage, tr("Timeline"));

    m_references =
        makeTable({tr("Kind"), tr("Value")}, QStringLiteral("caseReferencesTable"), m_tabs);
    m_tabs->addTab(m_references, tr("References"));
    m_links = makeTable({tr("Link"), tr("Case"), tr("State"), tr("Subject")},
                        QStringLiteral("caseLinksTable"), m_tabs);
    m_tabs->addTab(m_links, tr("Links"));
    m_fields = makeTable({tr("Field"), tr("Value")}, QStringLiteral("caseFieldsTable"), m_tabs);
    m_tabs->addTab(m_fields, tr("Fields"));
    m_notices = makeTable({tr("Sent"), tr("Status"), tr("English"), tr("Spanish"), tr("Delivery")},
                          QStringLiteral("caseNoticesTable"), m_tabs);
    m_tabs->addTab(m_notices, tr("Notices"));
    auto* attachmentsPage = new QWidget(m_tabs);
    auto* attachmentsLayout = new QVBoxLayout(attachmentsPage);
    m_attachments = makeTable({tr("File"), tr("Size"), tr("Added by"), tr("Added"), tr("SHA-256")},
                              QStringLiteral("caseAttachmentsTable"), attachmentsPage);
    attachmentsLayout->addWidget(m_attachments, 1);
    auto* attachmentButtons = new QHBoxLayout;
    auto* attach = new QPushButton(tr("Attach file..."), attachmentsPage);
    attach->setObjectName(QStringLiteral("caseAttachButton"));
    attach->setToolTip(tr("At most %1 MiB; kept in the store with its SHA-256")
                           .arg(core::CaseService::maxAttachmentBytes >> 20));
    auto* open = new QPushButton(tr("Open"), attachmentsPage);
    open->setObjectName(QStringLiteral("caseOpenAttachmentButton"));
    attachmentButtons->addWidget(attach);
    attachmentButtons->addWidget(open);
    attachmentButtons->addStretch();
    attachmentsLayout->addLayout(attachmentButtons);
    m_tabs->addTab(attachmentsPage, tr("Attachments"));
    connect(attach, &QPushButton::clicked, this, &CaseDetailView::askAttach);
    connect(open, &QPushButton::clicked, this,
            [this] { (void)openAttachment(m_attachments->currentRow()); });
    connect(m_attachments, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { (void)openAttachment(row); });

    connect(m_clocks, &QTableWidget::itemSelectionChanged, this,
            &CaseDetailView::showSelectedClock);
    connect(m_assign, &QPushButton::clicked, this, &CaseDetailView::askAssign);
    connect(m_escalate, &QPushButton::clicked, this, &CaseDetailView::askEscalate);
    connect(m_sendBack, &QPushButton::clicked, this, &CaseDetailView::askSendBack);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] { (void)acknowledge(); });
    auto submitComment = [this] {
        if (addComment(m_commentEdit->text()).ok())
            m_commentEdit->clear();
    };
    connect(m_commentButton, &QPushButton::clicked, this, submitComment);
    connect(m_commentEdit, &QLineEdit::returnPressed, this, submitComment);

    clear();
}

void CaseDetailView::clear()
{
    m_uuid.clear();
    m_record.reset();
    m_steps.clear();
    hideMessage();
    m_content->hide();
    m_placeholder->show();
}

void CaseDetailView::showCase(const QString& numberOrUuid)
{
    if (numberOrUuid.trimmed().isEmpty()) {
        clear();
        return;
    }
    const core::Result<core::CaseRecord> loaded =
        m_cases.get(m_session.actor(), numberOrUuid.trimmed());
    if (!loaded) {
        clear();
        showError(loaded.error());
        return;
    }
    if (loaded->uuid != m_uuid)
        hideMessage();
    m_uuid = loaded->uuid;
    m_record = *loaded;
    fill(*loaded);
    m_placeholder->hide();
    m_content->show();
}

void CaseDetailView::reload()
{
    if (!m_uuid.isEmpty())
        showCase(m_uuid);
}

QString CaseDetailView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool CaseDetailView::messageIsError() const
{
    return !message().isEmpty() && m_message->property("error").toBool();
}

QStringList CaseDetailView::availableStepIds() const
{
    QStringList ids;
    for (const core::WorkflowTransition& step : m_steps)
        ids << step.id;
    return ids;
}

QPushButton* CaseDetailView::stepButton(const QString& stepId) const
{
    for (QPushButton* button : m_stepButtons) {
        if (button->property("stepId").toString() == stepId)
            return button;
    }
    return nullptr;
}

void CaseDetailView::fill(const core::CaseRecord& record)
{
    fillHeader(record);
    fillClocks(record);
    fillActions(record);
    fillTabs(record);
}

void CaseDetailView::fillHeader(const core::CaseRecord& record)
{
    m_number->setText(record.number);
    m_type->setText(record.typeLabel.isEmpty() ? record.type : record.typeLabel);
    m_subject->setText(record.subject);
    m_subject->setToolTip(record.description);
    m_tierBadge->setText(core::tierLabel(record.tier));
    // A new style sheet re-polishes the badge: only when the tier changes.
    if (const QString tier = core::tierName(record.tier);
        m_tierBadge->property("tier").toString() != tier) {
        m_tierBadge->setProperty("tier", tier);
        m_tierBadge->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; "
                           "padding: 2px 10px; font-weight: bold; }")
                .arg(AccountTableModel::tierColor(record.tier).name()));
    }
    m_account->setText(record.accountIor.isEmpty()
                           ? record.accountName
                           : tr("%1 (%2)").arg(record.accountName, record.accountIor));
    m_center->setText(record.centerCode);
    m_port->setText(record.portCode.isEmpty() ? tr("none") : record.portCode);
    QString state = tr("%1 (%2)").arg(record.stateLabel, categoryText(record.category));
    if (!record.mergedIntoNumber.isEmpty())
        state = tr("%1, merged into %2").arg(state, record.mergedIntoNumber);
    m_state->setText(state);
    m_state->setProperty("category", core::categoryName(record.category));
    m_assignee->setText(record.assigneeName.isEmpty() ? tr("unassigned") : record.assigneeName);
    m_priority->setText(record.priority);
    m_level->setText(levelText(record.escalationLevel));
    m_level->setProperty("level", record.escalationLevel);
}

void CaseDetailView::fillClocks(const core::CaseRecord& record)
{
    const QSignalBlocker blocker(m_clocks);
    m_clocks->clearContents();
    m_clocks->setRowCount(static_cast<int>(record.clocks.size()));
    for (int row = 0; row < record.clocks.size(); ++row) {
        const core::CaseClock& clock = record.clocks.at(row);
        QString due = timeText(clock.dueAt);
        if (due.isEmpty())
            due = clock.state == QLatin1String("paused") ? tr("paused") : tr("none");
        QString used;
        if (clock.targetMinutes > 0) {
            used = tr("%1 of %2")
                       .arg(minutesText(clock.consumedMinutes), minutesText(clock.targetMinutes));
        }
        auto* titleItem = new QTableWidgetItem(clockTitle(clock));
        titleItem->setData(Qt::UserRole, clock.kind);
        auto* stateItem = new QTableWidgetItem(clockStateText(clock.state));
        stateItem->setData(Qt::UserRole, clock.state);
        const auto [background, foreground] = clockColors(clock.state);
        stateItem->setBackground(background);
        stateItem->setForeground(foreground);
        stateItem->setTextAlignment(Qt::AlignCenter);
        QFont bold = stateItem->font();
        bold.setBold(true);
        stateItem->setFont(bold);
        auto* dueItem = new QTableWidgetItem(due);
        dueItem->setData(Qt::UserRole, clock.dueAt);
        auto* usedItem = new QTableWidgetItem(used);
        const QString why =
            clock.explanation.isEmpty() ? tr("No explanation was recorded.") : clock.explanation;
        for (QTableWidgetItem* item : {titleItem, stateItem, dueItem, usedItem})
            item->setToolTip(why);
        m_clocks->setItem(row, 0, titleItem);
        m_clocks->setItem(row, 1, stateItem);
        m_clocks->setItem(row, 2, dueItem);
        m_clocks->setItem(row, 3, usedItem);
    }
    m_clockExplanation->clear();
    if (!record.clocks.isEmpty())
        m_clocks->selectRow(0);
    showSelectedClock();
}

void CaseDetailView::showSelectedClock()
{
    const QList<QTableWidgetSelectionRange> ranges = m_clocks->selectedRanges();
    if (!m_record || ranges.isEmpty()) {
        m_clockExplanation->clear();
        return;
    }
    const int row = ranges.first().topRow();
    if (row < 0 || row >= m_record->clocks.size()) {
        m_clockExplanation->clear();
        return;
    }
    m_clockExplanation->setPlainText(m_record->clocks.at(row).explanation);
}

void CaseDetailView::fillActions(const core::CaseRecord& record)
{
    const core::Actor& actor = m_session.actor();
    m_steps = m_cases.availableTransitions(actor, record);
    QList<std::pair<QString, QString>> labelsAndTips;
    for (const core::WorkflowTransition& step : std::as_const(m_steps)) {
        QString tip =
            tr("Moves the case to '%1'.")
                .arg(stateLabelOf(core::WorkflowRegistry::builtIn().find(record.type), step.to));
        if (step.commentRequired)
            tip = tr("%1 Needs a comment.").arg(tip);
        if (!step.requiredFields.isEmpty()) {
            tip = tr("%1 Needs: %2.").arg(tip, step.requiredFields.join(QStringLiteral(", ")));
        }
        labelsAndTips.append({step.label, tip});
    }
    // The next case of a list often offers the same steps: its buttons are
    // kept (new buttons cost a few milliseconds of the GUI thread each time).
    bool sameButtons = m_stepButtons.size() == m_steps.size();
    for (qsizetype i = 0; sameButtons && i < m_steps.size(); ++i) {
        const QPushButton* button = m_stepButtons.at(i);
        sameButtons = button->property("stepId").toString() == m_steps.at(i).id &&
                      button->text() == labelsAndTips.at(i).first &&
                      button->toolTip() == labelsAndTips.at(i).second;
    }
    if (!sameButtons) {
        qDeleteAll(m_stepButtons);
        m_stepButtons.clear();
        auto* steps = qobject_cast<QHBoxLayout*>(m_stepBox->layout());
        for (qsizetype i = 0; i < m_steps.size(); ++i) {
            const QString id = m_steps.at(i).id;
            auto* button = new QPushButton(labelsAndTips.at(i).first, m_stepBox);
            button->setObjectName(QStringLiteral("caseStep_%1").arg(id));
            button->setProperty("stepId", id);
            button->setToolTip(labelsAndTips.at(i).second);
            connect(button, &QPushButton::clicked, this, [this, id] { askStep(id); });
            steps->insertWidget(steps->count() - 1, button);
            m_stepButtons.append(button);
        }
    }
    m_noSteps->setVisible(m_steps.isEmpty());

    const core::CaseScope scope = scopeOf(record);
    const bool open =
        record.category != core::StateCategory::Closed && record.mergedIntoNumber.isEmpty();
    const QString& level = record.escalationLevel;
    const bool hq = core::Permissions::isHqLevel(level);
    const bool atPort = level == QLatin1String("port");
    const bool atCenter = level == QLatin1String("center");
    using core::Role;
    m_assign->setVisible(
        open &&
        holdsAny(actor, {Role::CenterStaff, Role::PortOfficial, Role::FpfOfficer, Role::Admin},
                 scope));
    m_escalate->setVisible(
        open &&
        ((atPort && holdsAny(actor, {Role::PortOfficial, Role::FpfOfficer, Role::Admin}, scope)) ||
         (atCenter && holdsAny(actor, {Role::CenterStaff, Role::Admin}, scope))));
    m_sendBack->setVisible(open &&
                           ((hq && holdsAny(actor, {Role::HqAnalyst, Role::Admin}, scope)) ||
                            (atCenter && !record.portCode.isEmpty() &&
                             holdsAny(actor, {Role::CenterStaff, Role::Admin}, scope))));
    bool waitingAcknowledgement = false;
    for (const core::CaseClock& clock : record.clocks) {
        if (clock.kind == QLatin1String("acknowledgement") && !clock.stoppedAt.isValid())
            waitingAcknowledgement = true;
    }
    m_acknowledge->setVisible(waitingAcknowledgement &&
                              holdsAny(actor,
                                       hq ? QList<Role>{Role::HqAnalyst, Role::Admin}
                                          : QList<Role>{Role::CenterStaff, Role::Admin},
                                       scope));
    const bool canComment = holdsAny(actor,
                                     {Role::CenterStaff, Role::PortOfficial, Role::FpfOfficer,
                                      Role::HqAnalyst, Role::Admin},
                                     scope) ||
                            actor.hasRole(Role::Nam);
    m_commentEdit->setEnabled(canComment);
    m_commentButton->setEnabled(canComment);
}

void CaseDetailView::fillTabs(const core::CaseRecord& record)
{
    const core::WorkflowDefinition* definition =
        core::WorkflowRegistry::builtIn().find(record.type);

    m_timeline->clearContents();
    m_timeline->setRowCount(static_cast<int>(record.history.size()));
    for (int row = 0; row < record.history.size(); ++row) {
        const core::HistoryEntry& entry = record.history.at(row);
        auto* when = cell(timeText(entry.at));
        when->setData(Qt::UserRole, entry.kind);
        m_timeline->setItem(row, 0, when);
        m_timeline->setItem(row, 1, cell(entry.actor));
        QString what = describeEntry(entry, definition);
        if (entry.subjectUuid != record.uuid)
            what = tr("%1 (in a merged duplicate)").arg(what);
        m_timeline->setItem(row, 2, cell(what));
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    if (m_timeline->rowCount() > 0)
        m_timeline->scrollToBottom();

    m_references->clearContents();
    m_references->setRowCount(static_cast<int>(record.references.size()));
    for (int row = 0; row < record.references.size(); ++row) {
        const core::CaseReference& reference = record.references.at(row);
        m_references->setItem(row, 0, cell(reference.kind));
        m_references->setItem(row, 1, cell(reference.value));
    }

    m_links->clearContents();
    m_links->setRowCount(static_cast<int>(record.links.size()));
    for (int row = 0; row < record.links.size(); ++row) {
        const core::CaseLink& link = record.links.at(row);
        auto* kind = cell(linkKindText(link.kind));
        kind->setData(Qt::UserRole, link.kind);
        m_links->setItem(row, 0, kind);
        m_links->setItem(row, 1, cell(link.number));
        m_links->setItem(row, 2, cell(link.state));
        m_links->setItem(row, 3, cell(link.subject));
    }

    QMap<QString, QString> fields = record.fields;
    if (!record.outcome.isEmpty())
        fields.insert(QStringLiteral("outcome"), record.outcome);
    m_fields->clearContents();
    m_fields->setRowCount(static_cast<int>(fields.size()));
    int fieldRow = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it, ++fieldRow) {
        auto* name = cell(fieldLabelOf(definition, it.key()));
        name->setData(Qt::UserRole, it.key());
        m_fields->setItem(fieldRow, 0, name);
        m_fields->setItem(fieldRow, 1, cell(it.value()));
    }

    m_notices->clearContents();
    m_notices->setRowCount(static_cast<int>(record.notices.size()));
    for (int row = 0; row < record.notices.size(); ++row) {
        const core::Notification& notice = record.notices.at(row);
        m_notices->setItem(row, 0, cell(timeText(notice.createdAt)));
        auto* status = cell(stateLabelOf(definition, notice.topic));
        status->setData(Qt::UserRole, notice.topic);
        m_notices->setItem(row, 1, status);
        m_notices->setItem(row, 2, cell(notice.textEn));
        m_notices->setItem(row, 3, cell(notice.textEs));
        m_notices->setItem(row, 4, cell(notice.delivery));
    }

    m_attachments->setSortingEnabled(false);
    m_attachments->clearContents();
    m_attachments->setRowCount(static_cast<int>(record.attachments.size()));
    for (int row = 0; row < record.attachments.size(); ++row) {
        const core::CaseAttachment& attachment = record.attachments.at(row);
        auto* name = cell(attachment.fileName);
        name->setData(Qt::UserRole, attachment.uuid);
        m_attachments->setItem(row, 0, name);
        m_attachments->setItem(row, 1, cell(QLocale().formattedDataSize(attachment.sizeBytes)));
        m_attachments->setItem(row, 2, cell(attachment.addedBy));
        m_attachments->setItem(row, 3, cell(timeText(attachment.addedAt)));
        m_attachments->setItem(row, 4, cell(attachment.sha256));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_attachments->parentWidget()),
                       record.attachments.isEmpty()
                           ? tr("Attachments")
                           : tr("Attachments (%1)").arg(record.attachments.size()));
}

core::Status CaseDetailView::attachFile(const QString& path)
{
    if (m_uuid.isEmpty())
        return noCase();
    const core::Result<core::CaseAttachment> added =
        m_cases.attach(m_session.actor(), m_uuid, path);
    return afterChange(added ? core::Status{} : core::Status(added.error()),
                       added ? tr("%1 attached.").arg(added->fileName) : QString());
}

void CaseDetailView::askAttach()
{
    const QString path = m_dialogs.askOpenFile(this, tr("Attach a file"));
    if (!path.isEmpty())
        (void)attachFile(path);
}

core::Result<QString> CaseDetailView::openAttachment(int row)
{
    const QTableWidgetItem* item = row >= 0 ? m_attachments->item(row, 0) : nullptr;
    if (!item) {
        const core::Error error =
            core::Error::invalid(QStringLiteral("attachment"), QStringLiteral("required"),
                                 tr("Select the attachment to open."));
        showError(error);
        return error;
    }
    const core::Result<QByteArray> content =
        m_cases.attachmentContent(m_session.actor(), item->data(Qt::UserRole).toString());
    if (!content) {
        showError(content.error());
        return content.error();
    }
    // A folder of this user's own, so that other accounts on the machine cannot read it.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("centerdesk-attachments"));
    QDir().mkpath(folder);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = QDir(folder).filePath(item->data(Qt::UserRole).toString().left(8) +
                                               QLatin1Char('-') + item->text());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(*content) != content->size()) {
        const core::Error error =
            core::Error::io(QStringLiteral("unwritable"),
                            tr("%1 could not be written: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()));
        showError(error);
        return error;
    }
    file.close();
    if (!m_dialogs.openExternally(path))
        showInfo(tr("Saved as %1; no viewer could open it.").arg(QDir::toNativeSeparators(path)));
    return path;
}

core::Status CaseDetailView::noCase() const
{
    return core::Error::invalid(QStringLiteral("case"), QStringLiteral("no-case"),
                                tr("No case is shown."));
}

core::Status CaseDetailView::takeStep(const QString& stepId, const QString& comment,
                                      const QMap<QString, QString>& fields)
{
    if (m_uuid.isEmpty())
        return afterChange(noCase(), {});
    QString label = stepId;
    for (const core::WorkflowTransition& step : std::as_const(m_steps)) {
        if (step.id == stepId)
            label = step.label;
    }
    return afterChange(m_cases.transition(m_session.actor(), m_uuid, stepId, comment, fields),
                       tr("Step '%1' taken.").arg(label));
}

core::Status CaseDetailView::addComment(const QString& text)
{
    if (m_uuid.isEmpty())
        return afterChange(noCase(), {});
    return afterChange(m_cases.comment(m_session.actor(), m_uuid, text), tr("Comment added."));
}

core::Status CaseDetailView::escalate(const QString& reason)
{
    if (m_uuid.isEmpty())
        return afterChange(noCase(), {});
    return afterChange(m_cases.escalate(m_session.actor(), m_uuid, reason), tr("Case escalated."));
}

core::Status CaseDetailView::sendBack(const QString& reason)
{
    if (m_uuid.isEmpty())
        return afterChange(noCase(), {});
    return afterChange(m_cases.sendBack(m_session.actor(), m_uuid, reason), tr("Case sent back."));
}

core::Status CaseDetailView::acknowledge()
{
    if (m_uuid.isEmpty())
        return afterChange(noCase(), {});
    return afterChange(m_cases.acknowledge(m_session.actor(), m_uuid),
                       tr("Escalation acknowledged."));
}

core::Status CaseDetailView::assign(const QString& userName)
{
    if (m_uuid.isEmpty())
        return afterChange(noCase(), {});
    return afterChange(m_cases.assign(m_session.actor(), m_uuid, userName),
                       userName.trimmed().isEmpty()
                           ? tr("Case unassigned.")
                           : tr("Case assigned to %1.").arg(userName.trimmed()));
}

void CaseDetailView::askStep(const QString& stepId)
{
    const core::WorkflowTransition* step = nullptr;
    for (const core::WorkflowTransition& candidate : std::as_const(m_steps)) {
        if (candidate.id == stepId)
            step = &candidate;
    }
    if (!step) {
        (void)takeStep(stepId, {}, {}); // core says why it cannot be taken
        return;
    }
    // Copies: the answers below may come while the view reloads.
    const core::WorkflowTransition chosen = *step;
    const core::WorkflowDefinition* definition =
        m_record ? core::WorkflowRegistry::builtIn().find(m_record->type) : nullptr;
    QString comment;
    if (chosen.commentRequired) {
        const std::optional<QString> answer =
            m_dialogs.askText(this, chosen.label, tr("Comment for '%1':").arg(chosen.label), false);
        if (!answer)
            return;
        comment = *answer;
    }
    QMap<QString, QString> fields;
    for (const QString& name : chosen.requiredFields) {
        const std::optional<QString> answer = m_dialogs.askText(
            this, chosen.label, tr("%1:").arg(fieldLabelOf(definition, name)), false);
        if (!answer)
            return;
        fields.insert(name, *answer);
    }
    (void)takeStep(chosen.id, comment, fields);
}

void CaseDetailView::askAssign()
{
    const std::optional<QString> user = m_dialogs.askText(
        this, tr("Assign case"), tr("User name of the assignee (empty to unassign):"), false);
    if (user)
        (void)assign(*user);
}

void CaseDetailView::askEscalate()
{
    const std::optional<QString> reason =
        m_dialogs.askText(this, tr("Escalate case"), tr("Reason for the escalation:"), false);
    if (reason)
        (void)escalate(*reason);
}

void CaseDetailView::askSendBack()
{
    const std::optional<QString> reason =
        m_dialogs.askText(this, tr("Send case back"), tr("Reason for sending it back:"), false);
    if (reason)
        (void)sendBack(*reason);
}

core::Status CaseDetailView::afterChange(core::Status status, const QString& done)
{
    if (!status) {
        showError(status.error());
        return status;
    }
    const QString uuid = m_uuid;
    reload();
    showInfo(done);
    Q_EMIT caseChanged(uuid);
    m_announcing = true;
    Q_EMIT m_session.casesChanged();
    m_announcing = false;
    return status;
}

void CaseDetailView::showError(const core::Error& error)
{
    setMessage(m_message, errorText(error), true);
}

void CaseDetailView::showInfo(const QString& text)
{
    setMessage(m_message, text, false);
}

void CaseDetailView::hideMessage()
{
    setMessage(m_message, QString(), false);
}

} // namespace centerdesk::ui
