#pragma once

#include "centerdesk/core/caserecord.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/result.h"

#include <QMap>
#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace centerdesk::ui {

class DialogSeam;
class Session;

// One case: header (number, type, account with its tier badge, Center, port,
// state, assignee, priority, escalation level), its clocks with the reason
// for each due date, the steps the workflow and the user's roles allow, and
// tabs for the timeline, references, links, fields and the status notices
// sent to the trade. The buttons ask their questions through the DialogSeam
// and then call the public action functions below, which tests call too.
class CaseDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDetailView)

public:
    CaseDetailView(Session& session, DialogSeam& dialogs, QWidget* parent = nullptr);

    // Loads and shows the case (number or uuid); empty clears.
    void showCase(const QString& numberOrUuid);
    void clear();
    // Loads the shown case again (after a change elsewhere).
    void reload();

    QString caseUuid() const { return m_uuid; }
    const std::optional<core::CaseRecord>& record() const { return m_record; }
    // The text of the message bar (empty when hidden).
    QString message() const;
    // Whether the message bar shows an error (true) or a confirmation.
    bool messageIsError() const;

    // The ids of the steps the workflow and the user's roles allow now.
    QStringList availableStepIds() const;

    // The actions; each shows core's error inline and returns it. After a
    // success the case is reloaded and caseChanged is emitted.
    core::Status takeStep(const QString& stepId, const QString& comment,
                          const QMap<QString, QString>& fields);
    core::Status addComment(const QString& text);
    core::Status escalate(const QString& reason);
    core::Status sendBack(const QString& reason);
    core::Status acknowledge();
    core::Status assign(const QString& userName);
    // Adds the file as an attachment (core checks size and scope).
    core::Status attachFile(const QString& path);
    // Writes the attachment in `row` to a private temporary file, checked
    // against its SHA-256, and opens it with the system's viewer through the
    // seam; returns the file written.
    core::Result<QString> openAttachment(int row);

    // What the buttons do: ask through the seam (a cancelled question does
    // nothing), then call the action above.
    void askStep(const QString& stepId);
    void askAssign();
    void askEscalate();
    void askSendBack();
    void askAttach();

    // For tests and the main window.
    QPushButton* stepButton(const QString& stepId) const;
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* clocksTable() const { return m_clocks; }
    QPlainTextEdit* clockExplanation() const { return m_clockExplanation; }
    QTableWidget* timelineTable() const { return m_timeline; }
    QTableWidget* referencesTable() const { return m_references; }
    QTableWidget* linksTable() const { return m_links; }
    QTableWidget* fieldsTable() const { return m_fields; }
    QTableWidget* noticesTable() const { return m_notices; }
    QTableWidget* attachmentsTable() const { return m_attachments; }

Q_SIGNALS:
    void caseChanged(const QString& uuid);

private:
    void fill(const core::CaseRecord& record);
    void fillHeader(const core::CaseRecord& record);
    void fillClocks(const core::CaseRecord& record);
    void fillActions(const core::CaseRecord& record);
    void fillTabs(const core::CaseRecord& record);
    void showSelectedClock();
    void showError(const core::Error& error);
    void showInfo(const QString& text);
    void hideMessage();
    core::Status noCase() const;
    core::Status afterChange(core::Status status, const QString& done);

    Session& m_session;
    bool m_announcing = false; // this view's own casesChanged is not a change from elsewhere
    DialogSeam& m_dialogs;
    core::CaseService m_cases;
    QString m_uuid;
    std::optional<core::CaseRecord> m_record;
    QList<core::WorkflowTransition> m_steps;

    QLabel* m_placeholder = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_type = nullptr;
    QLabel* m_subject = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_tierBadge = nullptr;
    QLabel* m_center = nullptr;
    QLabel* m_port = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_assignee = nullptr;
    QLabel* m_priority = nullptr;
    QLabel* m_level = nullptr;
    QTableWidget* m_clocks = nullptr;
    QPlainTextEdit* m_clockExplanation = nullptr;
    QWidget* m_stepBox = nullptr;
    QLabel* m_noSteps = nullptr;
    QList<QPushButton*> m_stepButtons;
    QPushButton* m_assign = nullptr;
    QPushButton* m_escalate = nullptr;
    QPushButton* m_sendBack = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QLineEdit* m_commentEdit = nullptr;
    QPushButton* m_commentButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_timeline = nullptr;
    QTableWidget* m_references = nullptr;
    QTableWidget* m_links = nullptr;
    QTableWidget* m_fields = nullptr;
    QTableWidget* m_notices = nullptr;
    QTableWidget* m_attachments = nullptr;
};

} // namespace centerdesk::ui
