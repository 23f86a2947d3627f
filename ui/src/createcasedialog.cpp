#include "centerdesk/ui/createcasedialog.h"

#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/workflow.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

// Core checks once typing pauses; a check is a rolled-back transaction of a few milliseconds.
constexpr int checkDelayMs = 250;
constexpr int suggestDelayMs = 120;
constexpr int maxSuggestions = 20;
const char* const fieldProperty = "caseField";
const QString problemStyle = QStringLiteral("border: 1px solid #c62828;");

bool mayCreate(const core::Actor& actor, const core::WorkflowDefinition& definition)
{
    if (actor.isAdmin())
        return true;
    for (core::Role role : definition.createRoles) {
        if (actor.hasRole(role))
            return true;
    }
    return false;
}

} // namespace

CreateCaseDialog::CreateCaseDialog(Session& session, QWidget* parent, const QString& type)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("createCaseDialog"));
    setWindowTitle(tr("New case"));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout;

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("newCaseType"));
    m_type->setProperty(fieldProperty, QStringLiteral("type"));
    for (const core::WorkflowDefinition& definition : core::WorkflowRegistry::builtIn().all()) {
        if (mayCreate(session.actor(), definition))
            m_type->addItem(definition.label, definition.type);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_form->addRow(tr("&Type:"), m_type);

    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("newCaseAccount"));
    m_account->setProperty(fieldProperty, QStringLiteral("account"));
    m_account->setPlaceholderText(tr("Account name or importer number"));
    m_accountModel = new QStringListModel(this);
    auto* completer = new QCompleter(m_accountModel, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_account->setCompleter(completer);
    m_form->addRow(tr("&Account:"), m_account);

    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("newCasePort"));
    m_port->setProperty(fieldProperty, QStringLiteral("port"));
    m_port->addItem(tr("(no port)"), QString());
    for (const core::Port& port : core::ReferenceService(session.store()).ports())
        m_port->addItem(port.code + QStringLiteral(" ") + port.name, port.code);
    // A port user raises cases at their own port.
    const QStringList ownPorts = session.actor().portCodes(core::Role::PortOfficial) +
                                 session.actor().portCodes(core::Role::FpfOfficer);
    if (!ownPorts.isEmpty())
        m_port->setCurrentIndex(std::max(0, m_port->findData(ownPorts.first())));
    m_form->addRow(tr("&Port:"), m_port);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("newCaseSubject"));
    m_subject->setProperty(fieldProperty, QStringLiteral("subject"));
    m_form->addRow(tr("&Subject:"), m_subject);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("newCaseDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_form->addRow(tr("&Description:"), m_description);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("newCasePriority"));
    m_priority->setProperty(fieldProperty, QStringLiteral("priority"));
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_priority->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_priority->addItem(tr("Urgent"), QStringLiteral("urgent"));
    m_priority->setCurrentIndex(1);
    m_form->addRow(tr("P&riority:"), m_priority);

    auto* referenceRow = new QHBoxLayout;
    m_referenceKind = new QComboBox(this);
    m_referenceKind->setObjectName(QStringLiteral("newCaseReferenceKind"));
    const QList<std::pair<QString, QString>> kinds{
        {QStringLiteral("entry"), tr("Entry number")}, {QStringLiteral("hts"), tr("HTS number")},
        {QStringLiteral("ruling"), tr("Ruling")},      {QStringLiteral("protest"), tr("Protest")},
        {QStringLiteral("ftz"), tr("FTZ zone")},       {QStringLiteral("pga"), tr("PGA")}};
    for (const auto& [kind, label] : kinds)
        m_referenceKind->addItem(label, kind);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("newCaseReference"));
    m_reference->setProperty(fieldProperty, QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Optional, checked as you type"));
    referenceRow->addWidget(m_referenceKind);
    referenceRow->addWidget(m_reference, 1);
    m_form->addRow(tr("R&eference:"), referenceRow);
    m_referenceCheck = new QLabel(this);
    m_referenceCheck->setObjectName(QStringLiteral("newCaseReferenceCheck"));
    m_form->addRow(QString(), m_referenceCheck);

    m_typeFieldsBox = new QWidget(this);
    m_typeFields = new QFormLayout(m_typeFieldsBox);
    m_typeFields->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(m_typeFieldsBox);
    layout->addLayout(m_form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("newCaseProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_createButton = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("newCaseCreate"));
    m_createButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateCaseDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(checkDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &CreateCaseDialog::checkNow);
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(suggestDelayMs);
    connect(m_suggestTimer, &QTimer::timeout, this, &CreateCaseDialog::suggestAccounts);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        rebuildTypeFields();
        scheduleCheck();
    });
    connect(m_account, &QLineEdit::textEdited, m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_account, &QLineEdit::textChanged, this, &CreateCaseDialog::scheduleCheck);
    connect(m_port, &QComboBox::currentIndexChanged, this, &CreateCaseDialog::scheduleCheck);
    connect(m_subject, &QLineEdit::textChanged, this, &CreateCaseDialog::scheduleCheck);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &CreateCaseDialog::scheduleCheck);
    connect(m_reference, &QLineEdit::textChanged, this, &CreateCaseDialog::scheduleCheck);
    connect(m_referenceKind, &QComboBox::currentIndexChanged, this,
            &CreateCaseDialog::scheduleCheck);
    rebuildTypeFields();
    resize(560, 0);
}

void CreateCaseDialog::rebuildTypeFields()
{
    while (m_typeFields->rowCount() > 0)
        m_typeFields->removeRow(0);
    m_fieldWidgets.clear();
    const core::WorkflowDefinition* definition =
        core::WorkflowRegistry::builtIn().find(m_type->currentData().toString());
    if (!definition)
        return;
    for (const core::CreateField& field : definition->createFields) {
        QWidget* widget = nullptr;
        if (!field.choices.isEmpty()) {
            auto* combo = new QComboBox(m_typeFieldsBox);
            if (!field.required)
                combo->addItem(tr("(not set)"), QString());
            for (const QString& choice : field.choices)
                combo->addItem(choice, choice);
            connect(combo, &QComboBox::currentIndexChanged, this, &CreateCaseDialog::scheduleCheck);
            widget = combo;
        } else {
            auto* edit = new QLineEdit(m_typeFieldsBox);
            if (field.isDate)
                edit->setPlaceholderText(tr("YYYY-MM-DD"));
            connect(edit, &QLineEdit::textChanged, this, &CreateCaseDialog::scheduleCheck);
            widget = edit;
        }
        widget->setObjectName(QStringLiteral("newCaseField-") + field.name);
        widget->setProperty(fieldProperty, field.name);
        m_fieldWidgets.insert(field.name, widget);
        m_typeFields->addRow(
            field.label + (field.required ? QStringLiteral(" *:") : QStringLiteral(":")), widget);
    }
}

QString CreateCaseDialog::resolvedAccount() const
{
    const QString text = m_account->text().trimmed();
    return m_accountByLabel.value(text, text);
}

core::CaseInput CreateCaseDialog::input() const
{
    core::CaseInput input;
    input.type = m_type->currentData().toString();
    input.account = resolvedAccount();
    input.portCode = m_port->currentData().toString();
    input.subject = m_subject->text().trimmed();
    input.description = m_description->toPlainText().trimmed();
    input.priority = m_priority->currentData().toString();
    if (!m_reference->text().trimmed().isEmpty()) {
        input.references.append(core::CaseReference{m_referenceKind->currentData().toString(),
                                                    m_reference->text().trimmed()});
    }
    for (auto it = m_fieldWidgets.cbegin(); it != m_fieldWidgets.cend(); ++it) {
        QString value;
        if (auto* combo = qobject_cast<QComboBox*>(it.value()))
            value = combo->currentData().toString();
        else if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            value = edit->text().trimmed();
        if (!value.isEmpty())
            input.fields.insert(it.key(), value);
    }
    return input;
}

void CreateCaseDialog::scheduleCheck()
{
    m_createButton->setEnabled(false);
    m_checkTimer->start();
}

void CreateCaseDialog::suggestAccounts()
{
    const QString text = m_account->text().trimmed();
    if (text.size() < 2 || m_accountByLabel.contains(text))
        return;
    core::AccountFilter filter;
    filter.text = text;
    filter.limit = maxSuggestions;
    const core::Result<QList<core::AccountSummary>> accounts =
        core::AccountService(m_session.store()).list(m_session.actor(), filter);
    if (!accounts)
        return;
    QStringList labels;
    for (const core::AccountSummary& account : *accounts) {
        const QString label = account.name + QStringLiteral(" (") + account.iorNumber +
                              QStringLiteral(", ") + account.centerCode + QLatin1Char(')');
        m_accountByLabel.insert(label, account.iorNumber);
        labels << label;
    }
    m_accountModel->setStringList(labels);
    m_account->completer()->complete();
}

QStringList CreateCaseDialog::accountSuggestions() const
{
    return m_accountModel->stringList();
}

void CreateCaseDialog::markField(const QString& field)
{
    m_problemField = field;
    QList<QWidget*> widgets{m_type, m_account, m_port, m_subject, m_priority, m_reference};
    for (QWidget* widget : std::as_const(m_fieldWidgets))
        widgets << widget;
    const QStringList referenceFields{QStringLiteral("entry"),    QStringLiteral("hts"),
                                      QStringLiteral("ruling"),   QStringLiteral("protest"),
                                      QStringLiteral("ftz"),      QStringLiteral("pga"),
                                      QStringLiteral("reference")};
    for (QWidget* widget : widgets) {
        const QString name = widget->property(fieldProperty).toString();
        const bool marked =
            !field.isEmpty() &&
            (name == field || (widget == m_reference && referenceFields.contains(field)));
        widget->setStyleSheet(marked ? problemStyle : QString());
    }
}

bool CreateCaseDialog::checkNow()
{
    m_checkTimer->stop();
    // The reference on its own line, so the user sees it normalized as typed.
    const QString referenceText = m_reference->text().trimmed();
    core::CaseService cases(m_session.store());
    QString referenceProblem;
    if (referenceText.isEmpty()) {
        m_referenceCheck->clear();
    } else {
        const core::Result<core::CaseReference> checked = cases.checkReference(
            core::CaseReference{m_referenceKind->currentData().toString(), referenceText});
        if (!checked)
            referenceProblem = checked.error().message;
        m_referenceCheck->setText(checked ? tr("Valid: %1").arg(checked->value)
                                          : errorText(checked.error()));
        m_referenceCheck->setStyleSheet(checked ? QStringLiteral("color: #1b5e20;")
                                                : QStringLiteral("color: #8a1c1c;"));
    }
    const core::Status status = cases.checkCreate(m_session.actor(), input());
    if (!status) {
        setMessage(m_problem, errorText(status.error()), true);
        // The validators name their field for people ("HTS number"); the
        // reference box is the one to mark.
        markField(status.error().message == referenceProblem ? QStringLiteral("reference")
                                                             : status.error().field);
        m_createButton->setEnabled(false);
        return false;
    }
    setMessage(m_problem, QString(), false);
    markField(QString());
    m_createButton->setEnabled(true);
    return true;
}

QString CreateCaseDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool CreateCaseDialog::create()
{
    const core::Result<core::CaseRecord> created =
        core::CaseService(m_session.store()).create(m_session.actor(), input());
    if (!created) {
        setMessage(m_problem, errorText(created.error()), true);
        markField(created.error().field);
        return false;
    }
    m_created = *created;
    Q_EMIT m_session.casesChanged();
    accept();
    return true;
}

} // namespace centerdesk::ui
