#include "centerdesk/ui/bulkactiondialog.h"

#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/role.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

// Below this many cases the work is instant and a progress dialog would only flash.
constexpr int progressThreshold = 20;

} // namespace

BulkActionDialog::BulkActionDialog(Session& session, core::BulkRequest::Kind kind,
                                   const QStringList& caseUuids, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_uuids(caseUuids)
{
    setObjectName(QStringLiteral("bulkActionDialog"));
    const int count = static_cast<int>(caseUuids.size());
    switch (kind) {
    case core::BulkRequest::Kind::Assign:
        setWindowTitle(tr("Assign %n case(s)", nullptr, count));
        break;
    case core::BulkRequest::Kind::Transition:
        setWindowTitle(tr("Take a step on %n case(s)", nullptr, count));
        break;
    case core::BulkRequest::Kind::Escalate:
        setWindowTitle(tr("Escalate %n case(s)", nullptr, count));
        break;
    }
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    if (kind == core::BulkRequest::Kind::Assign) {
        m_assignee = new QComboBox(this);
        m_assignee->setObjectName(QStringLiteral("bulkAssignee"));
        m_assignee->setEditable(true);
        QStringList names;
        const core::UserService users(session.store());
        for (core::Role role : {core::Role::CenterStaff, core::Role::Nam, core::Role::PortOfficial,
                                core::Role::FpfOfficer, core::Role::HqAnalyst}) {
            if (const auto holders = users.usersWithRole(role)) {
                for (const core::User& user : *holders)
                    names << user.name;
            }
        }
        names.removeDuplicates();
        names.sort();
        m_assignee->addItem(tr("(unassigned)"), QString());
        for (const QString& name : names)
            m_assignee->addItem(name, name);
        m_assignee->setCurrentIndex(std::max(0, m_assignee->findData(session.actor().userName)));
        form->addRow(tr("&Assign to:"), m_assignee);
        connect(m_assignee, &QComboBox::currentTextChanged, this,
                &BulkActionDialog::invalidatePreview);
    }
    if (kind == core::BulkRequest::Kind::Transition) {
        m_step = new QComboBox(this);
        m_step->setObjectName(QStringLiteral("bulkStep"));
        // The steps open to this user on at least one selected case.
        core::CaseService cases(session.store());
        QStringList seen;
        for (const QString& uuid : caseUuids) {
            const core::Result<core::CaseRecord> record = cases.get(session.actor(), uuid);
            if (!record)
                continue;
            for (const core::WorkflowTransition& step :
                 cases.availableTransitions(session.actor(), *record)) {
                if (seen.contains(step.id))
                    continue;
                seen << step.id;
                m_step->addItem(step.label, step.id);
            }
        }
        form->addRow(tr("&Step:"), m_step);
        connect(m_step, &QComboBox::currentIndexChanged, this,
                &BulkActionDialog::invalidatePreview);
    }
    if (kind != core::BulkRequest::Kind::Assign) {
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("bulkText"));
        form->addRow(kind == core::BulkRequest::Kind::Escalate ? tr("&Reason:") : tr("&Comment:"),
                     m_text);
        connect(m_text, &QLineEdit::textChanged, this, &BulkActionDialog::invalidatePreview);
    }
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bulkMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_preview = makeTable({tr("Case"), tr("Now"), tr("After"), tr("Result")},
                          QStringLiteral("bulkPreview"), this);
    layout->addWidget(m_preview, 1);
    m_summary = new QLabel(core::BulkCaseAction::canUndo(request())
                               ? tr("Preview first. An assignment can be undone (Ctrl+Z).")
                               : tr("Preview first. This cannot be undone: steps and escalations "
                                    "start clocks and send notices."),
                           this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("bulkPreviewButton"));
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("bulkApplyButton"));
    m_applyButton->setEnabled(false);
    m_previewButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this, &BulkActionDialog::runPreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkActionDialog::runApply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 480);
}

core::BulkRequest BulkActionDialog::request() const
{
    core::BulkRequest request;
    request.kind = m_kind;
    if (m_assignee) {
        const int index = m_assignee->findText(m_assignee->currentText());
        request.assigneeName = index >= 0 ? m_assignee->itemData(index).toString()
                                          : m_assignee->currentText().trimmed();
    }
    if (m_step)
        request.step = m_step->currentData().toString();
    if (m_text)
        request.text = m_text->text().trimmed();
    return request;
}

QString BulkActionDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void BulkActionDialog::invalidatePreview()
{
    m_accepted.clear();
    m_applyButton->setEnabled(false);
    m_preview->setRowCount(0);
}

bool BulkActionDialog::runPreview()
{
    setMessage(m_message, QString(), false);
    const core::Result<QList<core::BulkOutcome>> outcomes =
        core::BulkCaseAction(m_session.store()).preview(m_session.actor(), request(), m_uuids);
    if (!outcomes) {
        setMessage(m_message, errorText(outcomes.error()), true);
        invalidatePreview();
        return false;
    }
    showOutcomes(*outcomes);
    return true;
}

void BulkActionDialog::showOutcomes(const QList<core::BulkOutcome>& outcomes)
{
    m_accepted.clear();
    // Filled unsorted: a sorted table would move the row while its cells are set.
    m_preview->setSortingEnabled(false);
    m_preview->setRowCount(static_cast<int>(outcomes.size()));
    int row = 0;
    for (const core::BulkOutcome& outcome : outcomes) {
        m_preview->setItem(row, 0, cell(outcome.number.isEmpty() ? outcome.uuid : outcome.number));
        m_preview->setItem(row, 1, cell(outcome.before));
        m_preview->setItem(row, 2, cell(outcome.after));
        QTableWidgetItem* result = cell(outcome.ok ? tr("Will change") : outcome.message);
        result->setForeground(outcome.ok ? QColor(0x1b, 0x5e, 0x20) : QColor(0x8a, 0x1c, 0x1c));
        m_preview->setItem(row, 3, result);
        if (outcome.ok)
            m_accepted << outcome.uuid;
        ++row;
    }
    m_preview->setSortingEnabled(true);
    const int refused = static_cast<int>(outcomes.size() - m_accepted.size());
    m_summary->setText(
        tr("%n case(s) will change", nullptr, static_cast<int>(m_accepted.size())) +
        (refused > 0 ? tr("; %n refused and left as they are", nullptr, refused) : QString()) +
        QLatin1Char('.'));
    m_applyButton->setEnabled(!m_accepted.isEmpty());
}

bool BulkActionDialog::runApply()
{
    if (m_accepted.isEmpty() && !runPreview())
        return false;
    if (m_accepted.isEmpty())
        return false;
    std::unique_ptr<QProgressDialog> progress;
    if (m_accepted.size() >= progressThreshold) {
        progress =
            std::make_unique<QProgressDialog>(tr("Applying to the selected cases..."), tr("Cancel"),
                                              0, static_cast<int>(m_accepted.size()), this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(500);
    }
    const core::Result<QList<core::BulkOutcome>> outcomes =
        core::BulkCaseAction(m_session.store())
            .apply(m_session.actor(), request(), m_accepted, [&](int done, int total) {
                if (!progress)
                    return true;
                progress->setMaximum(total);
                progress->setValue(done);
                QApplication::processEvents();
                return !progress->wasCanceled();
            });
    progress.reset();
    if (!outcomes) {
        setMessage(m_message, errorText(outcomes.error()), true);
        return false;
    }
    m_applied = *outcomes;
    Q_EMIT m_session.casesChanged();
    accept();
    return true;
}

} // namespace centerdesk::ui
