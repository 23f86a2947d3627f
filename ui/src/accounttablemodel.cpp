#include "centerdesk/ui/accounttablemodel.h"

namespace centerdesk::ui {

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AccountTableModel::setAccounts(QList<core::AccountSummary> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    m_rows.clear();
    m_rows.reserve(m_accounts.size());
    for (qsizetype row = 0; row < m_accounts.size(); ++row)
        m_rows.insert(m_accounts.at(row).uuid, static_cast<int>(row));
    endResetModel();
}

int AccountTableModel::rowOf(const QString& uuid) const
{
    return m_rows.value(uuid, -1);
}

QColor AccountTableModel::tierColor(core::ServiceTier tier)
{
    switch (tier) {
    case core::ServiceTier::Standard:
        return QColor(0x6b, 0x72, 0x80); // grey
    case core::ServiceTier::Participating:
        return QColor(0x0f, 0x76, 0x6e); // teal
    case core::ServiceTier::Ctpat:
        return QColor(0x1d, 0x4e, 0xd8); // blue
    case core::ServiceTier::Isa:
        return QColor(0x6d, 0x28, 0xd9); // violet
    case core::ServiceTier::TrustedTrader:
        return QColor(0xb4, 0x53, 0x09); // amber
    }
    return {};
}

QString AccountTableModel::tierExplanation()
{
    return tr("The service tier is derived from the account's partner programs on the day shown "
              "(Trusted Trader > ISA > C-TPAT > participating > standard); it is never set by "
              "hand.");
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AccountSummary& account = m_accounts.at(index.row());
    if (role == UuidRole)
        return account.uuid;
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case NameColumn:
            return account.name;
        case IorColumn:
            return account.iorNumber;
        case CenterColumn:
            return account.centerCode;
        case TierColumn:
            if (role == SortRole)
                return static_cast<int>(account.tier);
            return core::tierLabel(account.tier);
        case SizeColumn:
            if (role == SortRole)
                return static_cast<int>(account.sizeClass);
            return core::sizeClassLabel(account.sizeClass);
        case NamColumn:
            return account.namName;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == TierColumn)
            return tierExplanation();
        if (column == NameColumn)
            return account.name;
        return {};
    }
    if (role == Qt::DecorationRole && column == TierColumn)
        return tierColor(account.tier);
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::ToolTipRole && section == TierColumn)
        return tierExplanation();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case IorColumn:
        return tr("Importer no.");
    case CenterColumn:
        return tr("Center");
    case TierColumn:
        return tr("Tier");
    case SizeColumn:
        return tr("Size");
    case NamColumn:
        return tr("NAM");
    default:
        break;
    }
    return {};
}

} // namespace centerdesk::ui
