#include "centerdesk/ui/accountsview.h"

#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/servicetier.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/accountdetailview.h"
#include "centerdesk/ui/accounttablemodel.h"
#include "centerdesk/ui/dialogseam.h"
#include "centerdesk/ui/importaccountsdialog.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

// Long enough to skip a query per keystroke while typing, short enough to feel immediate.
constexpr int searchDelayMs = 150;

QString accountCount(qsizetype count)
{
    return count == 1 ? AccountsView::tr("1 account") : AccountsView::tr("%1 accounts").arg(count);
}

QLabel* dialogMessage(QDialog* dialog)
{
    auto* label = new QLabel(dialog);
    label->setObjectName(QStringLiteral("dialogMessage"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

AccountsView::AccountsView(Session& session, DialogSeam& dialogs, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
{
    auto* layout = new QVBoxLayout(this);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("accountsSplitter"));
    layout->addWidget(m_splitter, 1);

    auto* listPane = new QWidget(m_splitter);
    auto* list = new QVBoxLayout(listPane);
    list->setContentsMargins(0, 0, 0, 0);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(listPane);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Search name or importer no. (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 2);
    m_center = new QComboBox(listPane);
    m_center->setObjectName(QStringLiteral("centerFilter"));
    m_tier = new QComboBox(listPane);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->setToolTip(AccountTableModel::tierExplanation());
    m_nam = new QComboBox(listPane);
    m_nam->setObjectName(QStringLiteral("namFilter"));
    m_size = new QComboBox(listPane);
    m_size->setObjectName(QStringLiteral("sizeFilter"));
    for (QComboBox* combo : {m_center, m_tier, m_nam, m_size}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(combo);
    }
    list->addLayout(filters);

    m_model = new AccountTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(listPane);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // A fixed row height keeps long lists cheap: the view never measures rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AccountTableModel::NameColumn, 240);
    m_table->setColumnWidth(AccountTableModel::IorColumn, 120);
    m_table->setColumnWidth(AccountTableModel::CenterColumn, 60);
    m_table->setColumnWidth(AccountTableModel::TierColumn, 120);
    m_table->setColumnWidth(AccountTableModel::SizeColumn, 70);
    list->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_count = new QLabel(listPane);
    m_count->setObjectName(QStringLiteral("accountCount"));
    actions->addWidget(m_count);
    actions->addStretch(1);
    m_import = new QPushButton(tr("Import from CSV..."), listPane);
    m_import->setObjectName(QStringLiteral("importAccountsButton"));
    m_reassign = new QPushButton(tr("Reassign NAM..."), listPane);
    m_reassign->setObjectName(QStringLiteral("reassignNamButton"));
    m_move = new QPushButton(tr("Move to Center..."), listPane);
    m_move->setObjectName(QStringLiteral("moveCenterButton"));
    actions->addWidget(m_import);
    actions->addWidget(m_reassign);
    actions->addWidget(m_move);
    list->addLayout(actions);

    m_detail = new AccountDetailView(m_session, m_splitter);
    m_detail->setObjectName(QStringLiteral("accountDetail"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({720, 480});

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);

    buildFilters();

    connect(m_search, &QLineEdit::textChanged, this, &AccountsView::scheduleReload);
    connect(m_searchTimer, &QTimer::timeout, this, &AccountsView::reload);
    for (QComboBox* combo : {m_center, m_tier, m_nam, m_size})
        connect(combo, &QComboBox::currentIndexChanged, this, &AccountsView::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsView::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsView::updateActions);
    connect(m_import, &QPushButton::clicked, this, &AccountsView::openImportDialog);
    connect(m_reassign, &QPushButton::clicked, this, &AccountsView::askReassign);
    connect(m_move, &QPushButton::clicked, this, &AccountsView::askMoveToCenter);
    connect(&m_session, &Session::accountsChanged, this, &AccountsView::reload);
    connect(&m_session, &Session::usersChanged, this, &AccountsView::fillNamFilter);

    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    reload();
}

void AccountsView::buildFilters()
{
    const QSignalBlocker blockCenter(m_center);
    const QSignalBlocker blockTier(m_tier);
    const QSignalBlocker blockSize(m_size);

    m_center->addItem(tr("All Centers"), QString());
    const core::ReferenceService reference(m_session.store());
    for (const core::Center& center : reference.centers()) {
        m_center->addItem(center.code, center.code);
        m_center->setItemData(m_center->count() - 1, center.name, Qt::ToolTipRole);
    }

    m_tier->addItem(tr("All tiers"), QString());
    for (const QString& name : core::tierNames()) {
        if (const std::optional<core::ServiceTier> tier = core::tierFromName(name)) {
            m_tier->addItem(core::tierLabel(*tier), name);
            m_tier->setItemData(m_tier->count() - 1, AccountTableModel::tierColor(*tier),
                                Qt::DecorationRole);
        }
    }

    m_size->addItem(tr("All sizes"), QString());
    for (core::SizeClass size :
         {core::SizeClass::Small, core::SizeClass::Medium, core::SizeClass::Large})
        m_size->addItem(core::sizeClassLabel(size), core::sizeClassName(size));

    fillNamFilter();
}

void AccountsView::fillNamFilter()
{
    const QString chosen = m_nam->currentData().toString();
    {
        const QSignalBlocker block(m_nam);
        m_nam->clear();
        m_nam->addItem(tr("All NAMs"), QString());
        const core::UserService users(m_session.store());
        const core::Result<QList<core::User>> nams = users.usersWithRole(core::Role::Nam);
        if (nams) {
            for (const core::User& user : *nams) {
                m_nam->addItem(user.displayName.isEmpty()
                                   ? user.name
                                   : tr("%1 (%2)").arg(user.displayName, user.name),
                               user.name);
            }
        } else {
            showError(nams.error());
        }
        m_nam->setCurrentIndex(std::max(0, m_nam->findData(chosen)));
    }
    if (m_nam->currentData().toString() != chosen)
        reload();
}

core::AccountFilter AccountsView::filter() const
{
    core::AccountFilter filter;
    filter.text = m_search->text().trimmed();
    filter.centerCode = m_center->currentData().toString();
    filter.namName = m_nam->currentData().toString();
    filter.tier = core::tierFromName(m_tier->currentData().toString());
    filter.sizeClass = core::sizeClassFromName(m_size->currentData().toString());
    filter.limit = maxListed + 1; // one more tells that there are more
    return filter;
}

void AccountsView::scheduleReload()
{
    m_searchTimer->start();
}

void AccountsView::reload()
{
    m_searchTimer->stop();
    const QString current = currentUuid();
    const QStringList selected = selectedUuids();

    const core::AccountService accounts(m_session.store());
    core::Result<QList<core::AccountSummary>> listed = accounts.list(m_session.actor(), filter());
    m_truncated = false;
    if (listed) {
        QList<core::AccountSummary> rows = std::move(listed).value();
        if (rows.size() > maxListed) {
            m_truncated = true;
            rows.resize(maxListed);
        }
        m_model->setAccounts(std::move(rows));
    } else {
        m_model->setAccounts({});
        showError(listed.error());
    }
    m_count->setText(m_truncated ? tr("The first %1 accounts by name; search or filter to see "
                                      "the others")
                                       .arg(maxListed)
                                 : accountCount(m_model->rowCount()));

    // A reset clears the selection; put back what is still listed.
    selectAccounts(selected);
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    if (currentUuid().isEmpty())
        m_detail->clear();
    else if (currentUuid() != m_detail->accountUuid())
        m_detail->showAccount(currentUuid());
    updateActions();
}

QString AccountsView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString AccountsView::currentUuid() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(AccountTableModel::UuidRole).toString() : QString();
}

QStringList AccountsView::selectedUuids() const
{
    QStringList uuids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        uuids << index.data(AccountTableModel::UuidRole).toString();
    return uuids;
}

bool AccountsView::selectAccount(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void AccountsView::selectAccounts(const QStringList& uuids)
{
    QList<int> rows;
    rows.reserve(uuids.size());
    for (const QString& uuid : uuids) {
        const int row = m_model->rowOf(uuid);
        if (row >= 0)
            rows << m_proxy->mapFromSource(m_model->index(row, 0)).row();
    }
    std::sort(rows.begin(), rows.end());
    // One range per run of adjacent rows: a selection of thousands of single
    // rows makes every later selection query slow.
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1) <= rows.at(last) + 1)
            ++last;
        selection.append(QItemSelectionRange(m_proxy->index(rows.at(first), 0),
                                             m_proxy->index(rows.at(last), lastColumn)));
        first = last + 1;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

bool AccountsView::canImport() const
{
    const core::Actor& actor = m_session.actor();
    if (core::Permissions::allows(actor, core::Action::ImportAccounts))
        return true;
    const QStringList centers = actor.centerCodes(core::Role::CenterStaff);
    return std::any_of(centers.cbegin(), centers.cend(), [&actor](const QString& center) {
        return core::Permissions::allows(actor, core::Action::ImportAccounts,
                                         core::Scope{center, {}, {}});
    });
}

void AccountsView::updateActions()
{
    const core::Actor& actor = m_session.actor();
    auto scopeOf = [&actor](const core::AccountSummary& account) {
        // A summary carries the NAM's name; the actor is that NAM when the names match.
        return core::Scope{
            account.centerCode, account.namName == actor.userName ? actor.userUuid : QString(), {}};
    };
    m_import->setEnabled(canImport());

    const QStringList selected = selectedUuids();
    bool mayReassign = !selected.isEmpty();
    for (const QString& uuid : selected) {
        const int row = m_model->rowOf(uuid);
        mayReassign = mayReassign && row >= 0 &&
                      core::Permissions::allows(actor, core::Action::ReassignNam,
                                                scopeOf(m_model->accounts().at(row)));
    }
    m_reassign->setEnabled(mayReassign);

    const int current = m_model->rowOf(currentUuid());
    m_move->setEnabled(current >= 0 &&
                       core::Permissions::allows(actor, core::Action::EditAccount,
                                                 scopeOf(m_model->accounts().at(current))));
}

void AccountsView::currentRowChanged()
{
    const QString uuid = currentUuid();
    if (uuid.isEmpty())
        m_detail->clear();
    else if (uuid != m_detail->accountUuid())
        m_detail->showAccount(uuid);
    updateActions();
}

void AccountsView::showError(const core::Error& error)
{
    setMessage(m_message, errorText(error), true);
}

void AccountsView::showInfo(const QString& text)
{
    setMessage(m_message, text, false);
}

bool AccountsView::reassignSelected(const QString& namName)
{
    const QStringList uuids = selectedUuids();
    core::AccountService accounts(m_session.store());
    const core::Status reassigned = accounts.reassignNam(m_session.actor(), uuids, namName);
    if (!reassigned) {
        showError(reassigned.error());
        return false;
    }
    showInfo(namName.isEmpty()
                 ? tr("%1 now without a NAM.").arg(accountCount(uuids.size()))
                 : tr("%1 reassigned to %2.").arg(accountCount(uuids.size()), namName));
    Q_EMIT m_session.accountsChanged();
    return true;
}

bool AccountsView::moveCurrentToCenter(const QString& centerCode, const QString& reason)
{
    const QString uuid = currentUuid();
    if (uuid.isEmpty()) {
        showError(core::Error::invalid(QStringLiteral("account"), QStringLiteral("required"),
                                       tr("Select the account to move.")));
        return false;
    }
    core::AccountService accounts(m_session.store());
    const core::Status moved = accounts.moveToCenter(m_session.actor(), uuid, centerCode, reason);
    if (!moved) {
        showError(moved.error());
        return false;
    }
    showInfo(tr("The account moved to Center %1.").arg(centerCode));
    Q_EMIT m_session.accountsChanged();
    return true;
}

ImportAccountsDialog* AccountsView::openImportDialog()
{
    auto* dialog = new ImportAccountsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AccountsView::askReassign()
{
    const QStringList uuids = selectedUuids();
    if (uuids.isEmpty())
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("reassignNamDialog"));
    dialog->setWindowTitle(tr("Reassign NAM"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(
        tr("Give the %1 selected to this NAM:").arg(accountCount(uuids.size())), dialog));
    auto* nam = new QComboBox(dialog);
    nam->setObjectName(QStringLiteral("namChoice"));
    const core::UserService users(m_session.store());
    if (const core::Result<QList<core::User>> nams = users.usersWithRole(core::Role::Nam)) {
        for (const core::User& user : *nams)
            nam->addItem(user.displayName.isEmpty()
                             ? user.name
                             : tr("%1 (%2)").arg(user.displayName, user.name),
                         user.name);
    }
    nam->addItem(tr("No NAM"), QString());
    layout->addWidget(nam);
    QLabel* error = dialogMessage(dialog);
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, nam, error] {
        if (reassignSelected(nam->currentData().toString())) {
            dialog->accept();
            return;
        }
        setMessage(error, message(), true);
    });
    dialog->open();
}

void AccountsView::askMoveToCenter()
{
    const int row = m_model->rowOf(currentUuid());
    if (row < 0)
        return;
    const core::AccountSummary account = m_model->accounts().at(row);
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("moveCenterDialog"));
    dialog->setWindowTitle(tr("Move to another Center"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(
        tr("Move %1 (now in Center %2) to:").arg(account.name, account.centerCode), dialog));
    auto* form = new QFormLayout;
    auto* center = new QComboBox(dialog);
    center->setObjectName(QStringLiteral("centerChoice"));
    const core::ReferenceService reference(m_session.store());
    for (const core::Center& c : reference.centers()) {
        if (c.code != account.centerCode)
            center->addItem(QStringLiteral("%1 - %2").arg(c.code, c.name), c.code);
    }
    auto* reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("moveReason"));
    reason->setPlaceholderText(tr("Why the account moves (kept in its history)"));
    form->addRow(tr("Center:"), center);
    form->addRow(tr("Reason:"), reason);
    layout->addLayout(form);
    QLabel* error = dialogMessage(dialog);
    layout->addWidget(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, center, reason, error] {
        if (moveCurrentToCenter(center->currentData().toString(), reason->text())) {
            dialog->accept();
            return;
        }
        setMessage(error, message(), true);
    });
    dialog->open();
}

} // namespace centerdesk::ui
