#pragma once

#include "centerdesk/core/account.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace centerdesk::ui {

// The rows of an account list (AccountService::list or portfolio). Sorting is
// left to a QSortFilterProxyModel using SortRole, so that tiers and sizes sort
// by rank rather than by their labels.
class AccountTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTableModel)

public:
    enum Column
    {
        NameColumn,
        IorColumn,
        CenterColumn,
        TierColumn,
        SizeColumn,
        NamColumn,
        ColumnCount
    };
    static constexpr int UuidRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit AccountTableModel(QObject* parent = nullptr);

    void setAccounts(QList<core::AccountSummary> accounts);
    const QList<core::AccountSummary>& accounts() const { return m_accounts; }
    // The row of the account with `uuid`, or -1.
    int rowOf(const QString& uuid) const;

    // The badge colour of a tier, shared by every view that shows tiers.
    static QColor tierColor(core::ServiceTier tier);
    static QString tierExplanation();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<core::AccountSummary> m_accounts;
    QHash<QString, int> m_rows; // uuid -> row, for selections of thousands of rows
};

} // namespace centerdesk::ui
