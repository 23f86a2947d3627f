#include "centerdesk/ui/accountdetailview.h"

#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/servicetier.h"
#include "centerdesk/ui/accounttablemodel.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isNull() ? AccountDetailView::tr("open") : date.toString(Qt::ISODate);
}

QString programTitle(const core::PartnerProgram& program)
{
    if (program.kind == core::ProgramKind::Ctpat && program.ctpatTier >= 1 &&
        program.ctpatTier <= 3) {
        static const char* const romans[] = {"", "I", "II", "III"};
        return AccountDetailView::tr("%1 tier %2")
            .arg(core::programLabel(program.kind), QString::fromLatin1(romans[program.ctpatTier]));
    }
    return core::programLabel(program.kind);
}

QString programFromJson(const QJsonObject& json)
{
    core::PartnerProgram program;
    program.kind = core::programFromName(json.value(QStringLiteral("program")).toString())
                       .value_or(core::ProgramKind::Participating);
    program.ctpatTier = json.value(QStringLiteral("tier")).toInt();
    program.from = QDate::fromString(json.value(QStringLiteral("from")).toString(), Qt::ISODate);
    program.to = QDate::fromString(json.value(QStringLiteral("to")).toString(), Qt::ISODate);
    return program.describe();
}

QString tierLabelOf(const QJsonValue& value)
{
    const std::optional<core::ServiceTier> tier = core::tierFromName(value.toString());
    return tier ? core::tierLabel(*tier) : value.toString();
}

// What a history entry did, in a sentence.
QString describeEntry(const core::HistoryEntry& entry)
{
    const QJsonObject& d = entry.detail;
    auto text = [&d](const char* key) { return d.value(QString::fromLatin1(key)).toString(); };
    if (entry.kind == QLatin1String("created")) {
        return AccountDetailView::tr("Created in Center %1 (%2 programs)")
            .arg(text("center"))
            .arg(d.value(QStringLiteral("programs")).toArray().size());
    }
    if (entry.kind == QLatin1String("program-added")) {
        return AccountDetailView::tr("Program added: %1; tier %2 to %3")
            .arg(programFromJson(d), tierLabelOf(d.value(QStringLiteral("tierBefore"))),
                 tierLabelOf(d.value(QStringLiteral("tierAfter"))));
    }
    if (entry.kind == QLatin1String("program-ended"))
        return AccountDetailView::tr("Program ended: %1").arg(programFromJson(d));
    if (entry.kind == QLatin1String("contact-added")) {
        return d.value(QStringLiteral("problemResolution")).toBool()
                   ? AccountDetailView::tr("Problem-resolution contact added: %1").arg(text("name"))
                   : AccountDetailView::tr("Contact added: %1").arg(text("name"));
    }
    if (entry.kind == QLatin1String("certification-added"))
        return AccountDetailView::tr("Certification added: %1").arg(text("kind"));
    if (entry.kind == QLatin1String("exam-location-changed")) {
        return AccountDetailView::tr("Exam location changed to %1 %2")
            .arg(text("toPort"), text("toFacility"));
    }
    if (entry.kind == QLatin1String("moved-center")) {
        return AccountDetailView::tr("Moved from Center %1 to %2: %3")
            .arg(text("from"), text("to"), text("reason"));
    }
    if (entry.kind == QLatin1String("nam-reassigned")) {
        const QString none = AccountDetailView::tr("no NAM");
        const QString from = text("from").isEmpty() ? none : text("from");
        const QString to = text("to").isEmpty() ? none : text("to");
        return AccountDetailView::tr("NAM changed from %1 to %2").arg(from, to);
    }
    return entry.kind + QLatin1Char(' ') +
           QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
}

} // namespace

AccountDetailView::AccountDetailView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(tr("Select an account to see its programs, tier, contacts and "
                                  "history."),
                               this);
    m_placeholder->setObjectName(QStringLiteral("accountPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountDetailMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_content = new QWidget(this);
    layout->addWidget(m_content, 1);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);

    auto* header = new QHBoxLayout;
    m_name = new QLabel(m_content);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_name->setFont(nameFont);
    m_tierBadge = new QLabel(m_content);
    m_tierBadge->setObjectName(QStringLiteral("tierBadge"));
    m_tierBadge->setToolTip(AccountTableModel::tierExplanation());
    header->addWidget(m_name, 1);
    header->addWidget(m_tierBadge);
    content->addLayout(header);

    auto* form = new QFormLayout;
    auto addField = [&](const QString& label, const char* name) {
        auto* value = new QLabel(m_content);
        value->setObjectName(QString::fromLatin1(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        return value;
    };
    m_ior = addField(tr("Importer no.:"), "accountIor");
    m_center = addField(tr("Center:"), "accountCenter");
    m_nam = addField(tr("NAM:"), "accountNam");
    m_size = addField(tr("Size:"), "accountSize");
    m_exam = addField(tr("Preferred exam location:"), "accountExamLocation");
    content->addLayout(form);

    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("accountTabs"));
    content->addWidget(m_tabs, 1);

    auto* programsPage = new QWidget(m_tabs);
    auto* programsLayout = new QVBoxLayout(programsPage);
    m_programs = makeTable({tr("Program"), tr("From"), tr("To"), tr("Status")},
                           QStringLiteral("programsTable"), programsPage);
    programsLayout->addWidget(m_programs, 1);
    auto* programButtons = new QHBoxLayout;
    m_addProgram = new QPushButton(tr("Add program..."), programsPage);
    m_addProgram->setObjectName(QStringLiteral("addProgramButton"));
    m_endProgram = new QPushButton(tr("End program..."), programsPage);
    m_endProgram->setObjectName(QStringLiteral("endProgramButton"));
    programButtons->addWidget(m_addProgram);
    programButtons->addWidget(m_endProgram);
    programButtons->addStretch(1);
    programsLayout->addLayout(programButtons);
    m_tabs->addTab(programsPage, tr("Programs"));

    m_tierHistory =
        makeTable({tr("From"), tr("To"), tr("Tier")}, QStringLiteral("tierHistoryTable"), m_tabs);
    m_tierHistory->setToolTip(AccountTableModel::tierExplanation());
    m_tabs->addTab(m_tierHistory, tr("Tier history"));

    auto* contactsPage = new QWidget(m_tabs);
    auto* contactsLayout = new QVBoxLayout(contactsPage);
    m_contacts =
        makeTable({tr("Name"), tr("Role"), tr("E-mail"), tr("Phone"), tr("Problem resolution")},
                  QStringLiteral("contactsTable"), contactsPage);
    contactsLayout->addWidget(m_contacts, 1);
    auto* contactButtons = new QHBoxLayout;
    m_addContact = new QPushButton(tr("Add contact..."), contactsPage);
    m_addContact->setObjectName(QStringLiteral("addContactButton"));
    contactButtons->addWidget(m_addContact);
    contactButtons->addStretch(1);
    contactsLayout->addLayout(contactButtons);
    m_tabs->addTab(contactsPage, tr("Contacts"));

    m_certifications = makeTable({tr("Kind"), tr("PGA"), tr("Valid from"), tr("Valid to")},
                                 QStringLiteral("certificationsTable"), m_tabs);
    m_tabs->addTab(m_certifications, tr("Certifications"));

    m_history =
        makeTable({tr("Time"), tr("Who"), tr("What")}, QStringLiteral("historyTable"), m_tabs);
    m_tabs->addTab(m_history, tr("History"));

    connect(m_addProgram, &QPushButton::clicked, this, &AccountDetailView::askAddProgram);
    connect(m_endProgram, &QPushButton::clicked, this, &AccountDetailView::askEndProgram);
    connect(m_addContact, &QPushButton::clicked, this, &AccountDetailView::askAddContact);
    connect(m_programs, &QTableWidget::itemSelectionChanged, this,
            &AccountDetailView::updateActions);
    connect(&m_session, &Session::accountsChanged, this, &AccountDetailView::reload);

    clear();
}

void AccountDetailView::clear()
{
    m_uuid.clear();
    m_account.reset();
    hideMessage();
    m_content->hide();
    m_placeholder->show();
}

void AccountDetailView::showAccount(const QString& uuid)
{
    if (uuid.isEmpty()) {
        clear();
        return;
    }
    if (uuid != m_uuid)
        hideMessage();
    const core::AccountService accounts(m_session.store());
    const core::Result<core::Account> account = accounts.get(m_session.actor(), uuid);
    if (!account) {
        clear();
        m_uuid = uuid;
        showError(account.error());
        return;
    }
    m_uuid = account->uuid;
    m_account = *account;
    fill(*account);
    m_placeholder->hide();
    m_content->show();
}

void AccountDetailView::reload()
{
    if (!m_uuid.isEmpty())
        showAccount(m_uuid);
}

bool AccountDetailView::canEdit() const
{
    return m_account && core::Permissions::allows(
                            m_session.actor(), core::Action::EditAccount,
                            core::Scope{m_account->centerCode, m_account->namUserUuid, {}});
}

void AccountDetailView::fill(const core::Account& account)
{
    const QDate today = QDate::currentDate();
    const core::ServiceTier tier = account.tierOn(today);
    m_name->setText(account.name);
    m_tierBadge->setText(core::tierLabel(tier));
    m_tierBadge->setProperty("tier", core::tierName(tier));
    m_tierBadge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: white; border-radius: 8px; "
                       "padding: 2px 10px; font-weight: bold; }")
            .arg(AccountTableModel::tierColor(tier).name()));
    m_ior->setText(account.iorNumber);

    const core::ReferenceService reference(m_session.store());
    QString centerName;
    for (const core::Center& center : reference.centers()) {
        if (center.code == account.centerCode)
            centerName = center.name;
    }
    m_center->setText(centerName.isEmpty()
                          ? account.centerCode
                          : QStringLiteral("%1 - %2").arg(account.centerCode, centerName));
    m_nam->setText(account.namName.isEmpty() ? tr("none") : account.namName);
    m_size->setText(core::sizeClassLabel(account.sizeClass));
    if (account.examPortCode.isEmpty() && account.examFacility.isEmpty()) {
        m_exam->setText(tr("none given"));
    } else {
        QString portName;
        for (const core::Port& port : reference.ports()) {
            if (port.code == account.examPortCode)
                portName = port.name;
        }
        QString port = account.examPortCode;
        if (!portName.isEmpty())
            port = tr("%1 %2").arg(account.examPortCode, portName);
        m_exam->setText(
            account.examFacility.isEmpty() ? port : tr("%1, %2").arg(port, account.examFacility));
    }

    m_programs->setRowCount(static_cast<int>(account.programs.size()));
    for (int row = 0; row < account.programs.size(); ++row) {
        const core::PartnerProgram& program = account.programs.at(row);
        auto* title = cell(programTitle(program));
        title->setData(Qt::UserRole, program.uuid);
        m_programs->setItem(row, 0, title);
        m_programs->setItem(row, 1, cell(dateText(program.from)));
        m_programs->setItem(row, 2, cell(dateText(program.to)));
        QString status = tr("active");
        if (program.from > today)
            status = tr("future");
        else if (!program.to.isNull() && program.to < today)
            status = tr("ended");
        m_programs->setItem(row, 3, cell(status));
    }

    const QList<core::TierPeriod> periods = core::ServiceTiers::timeline(account.programs);
    m_tierHistory->setRowCount(static_cast<int>(periods.size()));
    for (int row = 0; row < periods.size(); ++row) {
        const core::TierPeriod& period = periods.at(row);
        m_tierHistory->setItem(row, 0, cell(dateText(period.from)));
        m_tierHistory->setItem(row, 1, cell(dateText(period.to)));
        auto* tierItem = cell(core::tierLabel(period.tier));
        tierItem->setData(Qt::DecorationRole, AccountTableModel::tierColor(period.tier));
        tierItem->setData(Qt::UserRole, core::tierName(period.tier));
        m_tierHistory->setItem(row, 2, tierItem);
    }

    m_contacts->setRowCount(static_cast<int>(account.contacts.size()));
    for (int row = 0; row < account.contacts.size(); ++row) {
        const core::Contact& contact = account.contacts.at(row);
        const QStringList values = {contact.name, contact.role, contact.email, contact.phone,
                                    contact.problemResolution ? tr("Yes") : QString()};
        for (int column = 0; column < values.size(); ++column) {
            auto* item = cell(values.at(column));
            if (contact.problemResolution) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_contacts->setItem(row, column, item);
        }
    }

    m_certifications->setRowCount(static_cast<int>(account.certifications.size()));
    for (int row = 0; row < account.certifications.size(); ++row) {
        const core::Certification& certification = account.certifications.at(row);
        m_certifications->setItem(row, 0, cell(certification.kind));
        m_certifications->setItem(row, 1, cell(certification.pgaCode));
        m_certifications->setItem(row, 2, cell(dateText(certification.validFrom)));
        m_certifications->setItem(row, 3, cell(dateText(certification.validTo)));
    }

    const core::AccountService accounts(m_session.store());
    const core::Result<QList<core::HistoryEntry>> history =
        accounts.history(m_session.actor(), account.uuid);
    m_history->setRowCount(0);
    if (history) {
        // Newest first: what changed last is what people look for.
        m_history->setRowCount(static_cast<int>(history->size()));
        int row = 0;
        for (auto entry = history->crbegin(); entry != history->crend(); ++entry, ++row) {
            m_history->setItem(
                row, 0, cell(entry->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
            m_history->setItem(row, 1, cell(entry->actor));
            auto* what = cell(describeEntry(*entry));
            what->setData(Qt::UserRole, entry->kind);
            m_history->setItem(row, 2, what);
        }
    } else {
        showError(history.error());
    }
    for (QTableWidget* table : {m_programs, m_tierHistory, m_contacts, m_certifications, m_history})
        table->resizeColumnsToContents();
    updateActions();
}

void AccountDetailView::updateActions()
{
    const bool editor = canEdit();
    m_addProgram->setVisible(editor);
    m_endProgram->setVisible(editor);
    m_addContact->setVisible(editor);
    m_endProgram->setEnabled(!selectedProgramUuid().isEmpty());
}

QString AccountDetailView::selectedProgramUuid() const
{
    const QList<QTableWidgetItem*> selected = m_programs->selectedItems();
    for (const QTableWidgetItem* item : selected) {
        const QTableWidgetItem* first = m_programs->item(item->row(), 0);
        if (first)
            return first->data(Qt::UserRole).toString();
    }
    return {};
}

QString AccountDetailView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void AccountDetailView::showError(const core::Error& error)
{
    setMessage(m_message, errorText(error), true);
}

void AccountDetailView::showInfo(const QString& text)
{
    setMessage(m_message, text, false);
}

void AccountDetailView::hideMessage()
{
    setMessage(m_message, QString(), false);
}

core::Status AccountDetailView::afterChange(core::Status status, const QString& done)
{
    if (!status) {
        showError(status.error());
        return status;
    }
    showInfo(done);
    // Every view showing accounts reloads, this one included.
    Q_EMIT m_session.accountsChanged();
    return status;
}

core::Status AccountDetailView::addProgram(const core::PartnerProgram& program)
{
    if (!m_account)
        return core::Error::notFound(QStringLiteral("account"), tr("No account is shown."));
    core::AccountService accounts(m_session.store());
    return afterChange(accounts.addProgram(m_session.actor(), m_uuid, program),
                       tr("Added %1.").arg(program.describe()));
}

core::Status AccountDetailView::endProgram(const QString& programUuid, const QDate& lastDay)
{
    if (!m_account)
        return core::Error::notFound(QStringLiteral("account"), tr("No account is shown."));
    core::AccountService accounts(m_session.store());
    return afterChange(accounts.endProgram(m_session.actor(), m_uuid, programUuid, lastDay),
                       tr("The program ends on %1.").arg(lastDay.toString(Qt::ISODate)));
}

core::Status AccountDetailView::endSelectedProgram(const QDate& lastDay)
{
    const QString program = selectedProgramUuid();
    if (program.isEmpty()) {
        const core::Error error = core::Error::invalid(
            QStringLiteral("program"), QStringLiteral("required"), tr("Select a program to end."));
        showError(error);
        return error;
    }
    return endProgram(program, lastDay);
}

core::Status AccountDetailView::addContact(const core::Contact& contact)
{
    if (!m_account)
        return core::Error::notFound(QStringLiteral("account"), tr("No account is shown."));
    core::AccountService accounts(m_session.store());
    return afterChange(accounts.addContact(m_session.actor(), m_uuid, contact),
                       tr("Added the contact %1.").arg(contact.name));
}

void AccountDetailView::askAddProgram()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addProgramDialog"));
    dialog->setWindowTitle(tr("Add a partner program"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* form = new QFormLayout;
    auto* kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("programKind"));
    for (core::ProgramKind k : {core::ProgramKind::Ctpat, core::ProgramKind::Isa,
                                core::ProgramKind::Participating, core::ProgramKind::TrustedTrader})
        kind->addItem(core::programLabel(k), static_cast<int>(k));
    auto* tier = new QComboBox(dialog);
    tier->setObjectName(QStringLiteral("ctpatTier"));
    tier->addItem(tr("Tier I"), 1);
    tier->addItem(tr("Tier II"), 2);
    tier->addItem(tr("Tier III"), 3);
    auto* from = new QDateEdit(QDate::currentDate(), dialog);
    from->setObjectName(QStringLiteral("programFrom"));
    from->setCalendarPopup(true);
    from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* openEnded = new QCheckBox(tr("Open-ended"), dialog);
    openEnded->setObjectName(QStringLiteral("programOpenEnded"));
    openEnded->setChecked(true);
    auto* to = new QDateEdit(QDate::currentDate().addYears(1), dialog);
    to->setObjectName(QStringLiteral("programTo"));
    to->setCalendarPopup(true);
    to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    to->setEnabled(false);
    auto* toRow = new QHBoxLayout;
    toRow->addWidget(to, 1);
    toRow->addWidget(openEnded);
    form->addRow(tr("Program:"), kind);
    form->addRow(tr("C-TPAT tier:"), tier);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), toRow);
    layout->addLayout(form);
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("dialogMessage"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);

    connect(kind, &QComboBox::currentIndexChanged, tier, [kind, tier] {
        tier->setEnabled(kind->currentData().toInt() == static_cast<int>(core::ProgramKind::Ctpat));
    });
    connect(openEnded, &QCheckBox::toggled, to, [to](bool checked) { to->setEnabled(!checked); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        core::PartnerProgram program;
        program.kind = static_cast<core::ProgramKind>(kind->currentData().toInt());
        program.ctpatTier =
            program.kind == core::ProgramKind::Ctpat ? tier->currentData().toInt() : 0;
        program.from = from->date();
        program.to = openEnded->isChecked() ? QDate() : to->date();
        const core::Status added = addProgram(program);
        if (added) {
            dialog->accept();
            return;
        }
        // The dialog stays open so that the user can correct what core refused.
        setMessage(error, errorText(added.error()), true);
    });
    dialog->open();
}

void AccountDetailView::askEndProgram()
{
    const QString programUuid = selectedProgramUuid();
    if (programUuid.isEmpty() || !m_account)
        return;
    core::PartnerProgram program;
    for (const core::PartnerProgram& p : m_account->programs) {
        if (p.uuid == programUuid)
            program = p;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("endProgramDialog"));
    dialog->setWindowTitle(tr("End a partner program"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(program.describe(), dialog));
    auto* form = new QFormLayout;
    const QDate today = QDate::currentDate();
    auto* lastDay = new QDateEdit(std::max(today, program.from), dialog);
    lastDay->setObjectName(QStringLiteral("programLastDay"));
    lastDay->setCalendarPopup(true);
    lastDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Last day:"), lastDay);
    layout->addLayout(form);
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("dialogMessage"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        const core::Status ended = endProgram(programUuid, lastDay->date());
        if (ended) {
            dialog->accept();
            return;
        }
        setMessage(error, errorText(ended.error()), true);
    });
    dialog->open();
}

void AccountDetailView::askAddContact()
{
    if (!m_account)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("addContactDialog"));
    dialog->setWindowTitle(tr("Add a contact"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* form = new QFormLayout;
    auto addLine = [&](const QString& label, const char* name) {
        auto* line = new QLineEdit(dialog);
        line->setObjectName(QString::fromLatin1(name));
        form->addRow(label, line);
        return line;
    };
    QLineEdit* name = addLine(tr("Name:"), "contactName");
    QLineEdit* role = addLine(tr("Role:"), "contactRole");
    QLineEdit* email = addLine(tr("E-mail:"), "contactEmail");
    QLineEdit* phone = addLine(tr("Phone:"), "contactPhone");
    auto* problemResolution = new QCheckBox(tr("Problem-resolution contact"), dialog);
    problemResolution->setObjectName(QStringLiteral("contactProblemResolution"));
    form->addRow(QString(), problemResolution);
    layout->addLayout(form);
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("dialogMessage"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        core::Contact contact;
        contact.name = name->text().trimmed();
        contact.role = role->text().trimmed();
        contact.email = email->text().trimmed();
        contact.phone = phone->text().trimmed();
        contact.problemResolution = problemResolution->isChecked();
        const core::Status added = addContact(contact);
        if (added) {
            dialog->accept();
            return;
        }
        setMessage(error, errorText(added.error()), true);
    });
    dialog->open();
}

} // namespace centerdesk::ui
