#include "centerdesk/ui/portfolioview.h"

#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/userservice.h"
#include "centerdesk/ui/accounttablemodel.h"
#include "centerdesk/ui/session.h"
#include "viewhelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace centerdesk::ui {

namespace {

QStandardItem* item(const QString& text, const QVariant& sortKey = {})
{
    auto* cell = new QStandardItem(text);
    cell->setEditable(false);
    cell->setData(sortKey.isValid() ? sortKey : QVariant(text), AccountTableModel::SortRole);
    return cell;
}

} // namespace

PortfolioView::PortfolioView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("portfolioTitle"));
    header->addWidget(m_title, 1);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(QStringLiteral("portfolioNamChooser"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    header->addWidget(m_chooser);
    layout->addLayout(header);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("portfolioMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fde8e8; color: #8a1c1c; "
                                            "border: 1px solid #f5b5b5; padding: 6px; }"));
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Importer no."), tr("Center"), tr("Tier"),
                                        tr("Size"), tr("Problem-resolution contact"),
                                        tr("E-mail")});
    m_model->horizontalHeaderItem(TierColumn)->setToolTip(AccountTableModel::tierExplanation());
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccountTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("portfolioCount"));
    layout->addWidget(m_count);

    m_chooser->setVisible(hasNamChooser());
    fillChooser();
    connect(m_chooser, &QComboBox::currentIndexChanged, this, &PortfolioView::reload);
    connect(&m_session, &Session::accountsChanged, this, &PortfolioView::reload);
    connect(&m_session, &Session::usersChanged, this, [this] {
        fillChooser();
        reload();
    });
    reload();
}

bool PortfolioView::hasNamChooser() const
{
    // A user whose only role is NAM works on their own portfolio; any wider
    // role (administrator, Center staff, HQ, port) chooses whose to look at.
    const core::Actor& actor = m_session.actor();
    return std::any_of(
        actor.roles.cbegin(), actor.roles.cend(),
        [](const core::RoleAssignment& role) { return role.role != core::Role::Nam; });
}

void PortfolioView::fillChooser()
{
    if (!hasNamChooser())
        return;
    const QString chosen =
        m_chooser->count() > 0 ? m_chooser->currentData().toString() : m_session.actor().userName;
    {
        const QSignalBlocker block(m_chooser);
        m_chooser->clear();
        const core::UserService users(m_session.store());
        const core::Result<QList<core::User>> nams = users.usersWithRole(core::Role::Nam);
        if (!nams) {
            showError(errorText(nams.error()));
            return;
        }
        for (const core::User& user : *nams) {
            m_chooser->addItem(user.displayName.isEmpty()
                                   ? user.name
                                   : tr("%1 (%2)").arg(user.displayName, user.name),
                               user.name);
        }
        m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(chosen)));
    }
}

QString PortfolioView::namName() const
{
    if (!hasNamChooser())
        return m_session.actor().userName;
    return m_chooser->currentData().toString();
}

bool PortfolioView::setNam(const QString& namName)
{
    const int index = m_chooser->findData(namName);
    if (!hasNamChooser() || index < 0)
        return false;
    m_chooser->setCurrentIndex(index); // reloads through currentIndexChanged
    return true;
}

QString PortfolioView::message() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void PortfolioView::showError(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QStringList PortfolioView::accountUuids() const
{
    QStringList uuids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        uuids << m_model->item(row, NameColumn)->data(AccountTableModel::UuidRole).toString();
    return uuids;
}

void PortfolioView::reload()
{
    showError(QString());
    m_model->removeRows(0, m_model->rowCount());
    const QString nam = namName();
    if (nam.isEmpty()) {
        m_title->setText(tr("<b>Portfolio</b>: no NAM to show."));
        m_count->setText(tr("0 accounts"));
        return;
    }
    m_title->setText(tr("<b>Portfolio</b> of %1").arg(nam.toHtmlEscaped()));

    const core::AccountService accounts(m_session.store());
    const core::Result<QList<core::AccountSummary>> portfolio =
        accounts.portfolio(m_session.actor(), nam);
    if (!portfolio) {
        showError(errorText(portfolio.error()));
        m_count->setText(tr("0 accounts"));
        return;
    }
    QStringList problems;
    // Portfolios are tens of accounts, so one detail load per row is cheap.
    for (const core::AccountSummary& summary : *portfolio) {
        QString contactName;
        QString contactEmail;
        if (const core::Result<core::Account> account =
                accounts.get(m_session.actor(), summary.uuid)) {
            for (const core::Contact& contact : account->contacts) {
                if (contact.problemResolution) {
                    contactName = contact.name;
                    contactEmail = contact.email;
                    break;
                }
            }
        } else {
            problems << account.error().message;
        }
        QList<QStandardItem*> row;
        QStandardItem* name = item(summary.name);
        name->setData(summary.uuid, AccountTableModel::UuidRole);
        row << name << item(summary.iorNumber) << item(summary.centerCode);
        QStandardItem* tier = item(core::tierLabel(summary.tier), static_cast<int>(summary.tier));
        tier->setData(AccountTableModel::tierColor(summary.tier), Qt::DecorationRole);
        tier->setToolTip(AccountTableModel::tierExplanation());
        row << tier
            << item(core::sizeClassLabel(summary.sizeClass), static_cast<int>(summary.sizeClass))
            << item(contactName) << item(contactEmail);
        m_model->appendRow(row);
    }
    if (!problems.isEmpty())
        showError(problems.join(QLatin1Char('\n')));
    const qsizetype count = portfolio->size();
    m_count->setText(count == 1 ? tr("1 account") : tr("%1 accounts").arg(count));
    m_table->resizeColumnsToContents();
}

} // namespace centerdesk::ui
