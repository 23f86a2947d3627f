#pragma once

#include "centerdesk/core/bulkcaseaction.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace centerdesk::ui {

class Session;

// One action on the selected cases: choose what (assignee, step, reason),
// preview what will change and what core refuses, then apply it to the cases
// that can take it, in one transaction, with progress and cancel. The main
// window turns an applied assignment into an undoable command.
class BulkActionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkActionDialog)

public:
    BulkActionDialog(Session& session, core::BulkRequest::Kind kind, const QStringList& caseUuids,
                     QWidget* parent = nullptr);

    core::BulkRequest request() const;
    // Runs the preview and fills the table; false when core refused the request.
    bool runPreview();
    // Applies to the cases the preview accepted; accepts the dialog on success.
    bool runApply();
    // What the apply did (for undo).
    const QList<core::BulkOutcome>& applied() const { return m_applied; }

    QComboBox* assigneeField() const { return m_assignee; }
    QComboBox* stepField() const { return m_step; }
    QLineEdit* textField() const { return m_text; }
    QTableWidget* previewTable() const { return m_preview; }
    QPushButton* previewButton() const { return m_previewButton; }
    QPushButton* applyButton() const { return m_applyButton; }
    QString message() const;

private:
    void showOutcomes(const QList<core::BulkOutcome>& outcomes);
    void invalidatePreview();

    Session& m_session;
    core::BulkRequest::Kind m_kind;
    QStringList m_uuids;
    QStringList m_accepted;
    QList<core::BulkOutcome> m_applied;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_step = nullptr;
    QLineEdit* m_text = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_applyButton = nullptr;
};

} // namespace centerdesk::ui
