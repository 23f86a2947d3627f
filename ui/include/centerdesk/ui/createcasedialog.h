#pragma once

#include "centerdesk/core/caserecord.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;
class QTimer;
class QWidget;

namespace centerdesk::ui {

class Session;

// Opens a case of any type the user may create: the account picked by name
// or importer number, the port, subject and description, the type's own
// fields (choices, dates) and references. Every field is checked as the user
// types, by core itself (CaseService::checkCreate rolls its work back), and
// the field core names is marked with the rule it broke; Create is enabled
// only when core has nothing to say.
class CreateCaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCaseDialog)

public:
    CreateCaseDialog(Session& session, QWidget* parent = nullptr, const QString& type = {});

    core::CaseInput input() const;
    // Checks now (instead of after the typing pause); true when core accepts.
    bool checkNow();
    // Creates the case; on success the dialog is accepted and created() holds it.
    bool create();
    const core::CaseRecord& created() const { return m_created; }

    QComboBox* typeField() const { return m_type; }
    QLineEdit* accountField() const { return m_account; }
    QComboBox* portField() const { return m_port; }
    QLineEdit* subjectField() const { return m_subject; }
    QPlainTextEdit* descriptionField() const { return m_description; }
    QComboBox* priorityField() const { return m_priority; }
    QComboBox* referenceKindField() const { return m_referenceKind; }
    QLineEdit* referenceField() const { return m_reference; }
    // The widget of a type field (a QComboBox for choices, else a QLineEdit).
    QWidget* typeFieldWidget(const QString& name) const { return m_fieldWidgets.value(name); }
    QPushButton* createButton() const { return m_createButton; }
    // The message under the form: core's words for the first problem.
    QString problem() const;
    // The field core named in its last refusal (empty when none).
    QString problemField() const { return m_problemField; }
    QStringList accountSuggestions() const;

private:
    void rebuildTypeFields();
    void scheduleCheck();
    void suggestAccounts();
    void markField(const QString& field);
    QString resolvedAccount() const;

    Session& m_session;
    core::CaseRecord m_created;
    QFormLayout* m_form = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_account = nullptr;
    QStringListModel* m_accountModel = nullptr;
    QHash<QString, QString> m_accountByLabel; // "Name (IOR)" -> IOR
    QComboBox* m_port = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_priority = nullptr;
    QComboBox* m_referenceKind = nullptr;
    QLineEdit* m_reference = nullptr;
    QLabel* m_referenceCheck = nullptr;
    QWidget* m_typeFieldsBox = nullptr;
    QFormLayout* m_typeFields = nullptr;
    QHash<QString, QWidget*> m_fieldWidgets;
    QLabel* m_problem = nullptr;
    QString m_problemField;
    QPushButton* m_createButton = nullptr;
    QTimer* m_checkTimer = nullptr;
    QTimer* m_suggestTimer = nullptr;
};

} // namespace centerdesk::ui
