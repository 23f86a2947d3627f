#pragma once

#include "centerdesk/core/account.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace centerdesk::ui {

class AccountDetailView;
class AccountTableModel;
class DialogSeam;
class ImportAccountsDialog;
class Session;

// The account list: search as you type (name or importer number), filters by
// Center, tier, NAM and size, a sortable table with the selected account's
// detail beside it, and the list actions (import, reassign NAM, move Center).
// What the user may see and change is decided by core; buttons that core
// would refuse are disabled.
class AccountsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsView)

public:
    // The list shows at most this many accounts (by name); a search or a
    // filter narrows it. Core offers no paging of accounts yet, and one
    // query over 5x10^4 accounts blocks the GUI thread for half a second.
    static constexpr int maxListed = 2000;

    AccountsView(Session& session, DialogSeam& dialogs, QWidget* parent = nullptr);

    // Runs the list query now with the current search text and filters.
    void reload();
    // The filter the search box and combos describe.
    core::AccountFilter filter() const;
    // True when more accounts match than the list shows.
    bool isTruncated() const { return m_truncated; }

    QLineEdit* searchField() const { return m_search; }
    QComboBox* centerFilter() const { return m_center; }
    QComboBox* tierFilter() const { return m_tier; }
    QComboBox* namFilter() const { return m_nam; }
    QComboBox* sizeFilter() const { return m_size; }
    QTableView* table() const { return m_table; }
    AccountTableModel* model() const { return m_model; }
    AccountDetailView* detailView() const { return m_detail; }
    QLabel* countLabel() const { return m_count; }
    // The text of the message bar (empty when hidden).
    QString message() const;

    // Selection, in terms of account uuids.
    QString currentUuid() const;
    QStringList selectedUuids() const;
    // Makes the account current and selected; false when it is not listed.
    bool selectAccount(const QString& uuid);
    // Selects every listed account whose uuid is given.
    void selectAccounts(const QStringList& uuids);

    // The actions the buttons run once the user has answered their dialog.
    // Each shows core's refusal inline and returns false, or announces the
    // change through Session::accountsChanged.
    bool reassignSelected(const QString& namName);
    bool moveCurrentToCenter(const QString& centerCode, const QString& reason);
    // Opens the import dialog (window-modal, not blocking) and returns it.
    ImportAccountsDialog* openImportDialog();

    // Whether the actor may import accounts into at least one Center.
    bool canImport() const;

private:
    void buildFilters();
    void fillNamFilter();
    void scheduleReload();
    void updateActions();
    void currentRowChanged();
    void askReassign();
    void askMoveToCenter();
    void showError(const core::Error& error);
    void showInfo(const QString& text);

    Session& m_session;
    DialogSeam& m_dialogs;
    QLineEdit* m_search = nullptr;
    QComboBox* m_center = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_nam = nullptr;
    QComboBox* m_size = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_reassign = nullptr;
    QPushButton* m_move = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    AccountTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    AccountDetailView* m_detail = nullptr;
    QTimer* m_searchTimer = nullptr;
    bool m_truncated = false;
};

} // namespace centerdesk::ui
