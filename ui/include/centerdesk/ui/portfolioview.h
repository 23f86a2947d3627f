#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace centerdesk::ui {

class Session;

// A NAM's portfolio: their accounts with tiers, sizes and problem-resolution
// contacts. A NAM sees their own; administrators and other roles that may
// see portfolios choose the NAM.
class PortfolioView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortfolioView)

public:
    enum Column
    {
        NameColumn,
        IorColumn,
        CenterColumn,
        TierColumn,
        SizeColumn,
        ContactColumn,
        EmailColumn,
        ColumnCount
    };

    explicit PortfolioView(Session& session, QWidget* parent = nullptr);

    void reload();
    // The NAM whose portfolio is shown (user name).
    QString namName() const;
    // Chooses the NAM (only with the chooser); false when no such NAM is offered.
    bool setNam(const QString& namName);
    // True when the actor picks the NAM (admins, Center staff, HQ).
    bool hasNamChooser() const;

    QComboBox* namChooser() const { return m_chooser; }
    QTableView* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    // The text of the message bar (empty when hidden).
    QString message() const;
    // The uuids of the listed accounts, in the model's order.
    QStringList accountUuids() const;

private:
    void fillChooser();
    void showError(const QString& text);

    Session& m_session;
    QLabel* m_title = nullptr;
    QComboBox* m_chooser = nullptr;
    QLabel* m_message = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace centerdesk::ui
