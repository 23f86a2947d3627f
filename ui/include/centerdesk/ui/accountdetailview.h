#pragma once

#include "centerdesk/core/account.h"
#include "centerdesk/core/result.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace centerdesk::ui {

class Session;

// One account: header with the tier badge, preferred exam location, programs
// with their dates, the tier over time, contacts, certifications and the
// account's history. Editors (core's EditAccount on the account) also get
// "Add program...", "End program" and "Add contact..."; the public action
// functions below are what those buttons call once the user has answered.
class AccountDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDetailView)

public:
    explicit AccountDetailView(Session& session, QWidget* parent = nullptr);

    // Loads and shows the account (uuid or importer number); empty clears.
    void showAccount(const QString& uuid);
    void clear();
    // Loads the shown account again (after a change elsewhere).
    void reload();

    QString accountUuid() const { return m_uuid; }
    const std::optional<core::Account>& account() const { return m_account; }
    // True when core would let the actor change the shown account.
    bool canEdit() const;

    // The actions; each shows core's error inline and returns it, and
    // announces a change through Session::accountsChanged.
    core::Status addProgram(const core::PartnerProgram& program);
    core::Status endProgram(const QString& programUuid, const QDate& lastDay);
    // Ends the program selected in the programs table.
    core::Status endSelectedProgram(const QDate& lastDay);
    core::Status addContact(const core::Contact& contact);

    // The text of the message bar (empty when hidden).
    QString message() const;
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* programsTable() const { return m_programs; }
    QTableWidget* tierHistoryTable() const { return m_tierHistory; }
    QTableWidget* contactsTable() const { return m_contacts; }
    QTableWidget* certificationsTable() const { return m_certifications; }
    QTableWidget* historyTable() const { return m_history; }

private:
    void askAddProgram();
    void askEndProgram();
    void askAddContact();
    void showError(const core::Error& error);
    void showInfo(const QString& text);
    void hideMessage();
    void fill(const core::Account& account);
    void updateActions();
    QString selectedProgramUuid() const;
    core::Status afterChange(core::Status status, const QString& done);

    Session& m_session;
    QString m_uuid;
    std::optional<core::Account> m_account;

    QLabel* m_placeholder = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_tierBadge = nullptr;
    QLabel* m_ior = nullptr;
    QLabel* m_center = nullptr;
    QLabel* m_nam = nullptr;
    QLabel* m_size = nullptr;
    QLabel* m_exam = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_programs = nullptr;
    QTableWidget* m_tierHistory = nullptr;
    QTableWidget* m_contacts = nullptr;
    QTableWidget* m_certifications = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_addProgram = nullptr;
    QPushButton* m_endProgram = nullptr;
    QPushButton* m_addContact = nullptr;
};

} // namespace centerdesk::ui
