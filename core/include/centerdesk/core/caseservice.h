#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/businesscalendar.h"
#include "centerdesk/core/caserecord.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/result.h"

#include <QHash>

namespace centerdesk::core {

class Store;

// Cases: opening, workflow steps, comments, assignment, escalation from port
// to Center to HQ and back, links and merges, and their clocks. Every call
// takes the acting user, checks the workflow and the user's scope in core,
// writes in one transaction with its history entry, and keeps the clocks,
// status notices and alerts in step.
class CaseService final
{
public:
    explicit CaseService(Store& store, Clock clock = systemClock());

    Result<CaseRecord> create(const Actor& actor, const CaseInput& input);
    // Every check of create (scope, account, fields, references), then rolls
    // back: what the create dialog shows as the user types. Writes nothing.
    Status checkCreate(const Actor& actor, const CaseInput& input);
    // By number (PHC-2026-000123) or uuid; with clocks, history and notices.
    Result<CaseRecord> get(const Actor& actor, const QString& numberOrUuid);
    Result<QList<CaseSummary>> list(const Actor& actor, const CaseFilter& filter);

    // The steps the workflow and the user's roles allow from the case's state.
    QList<WorkflowTransition> availableTransitions(const Actor& actor,
                                                   const CaseRecord& record) const;
    // Takes a step, named by its id or by the state it leads to.
    Status transition(const Actor& actor, const QString& caseRef, const QString& stepOrState,
                      const QString& comment = {}, const QMap<QString, QString>& fields = {});
    Status comment(const Actor& actor, const QString& caseRef, const QString& text);
    Status assign(const Actor& actor, const QString& caseRef, const QString& userName);
    // One level up: port to Center, Center to the type's HQ office.
    Status escalate(const Actor& actor, const QString& caseRef, const QString& reason);
    // One level down, with the reason.
    Status sendBack(const Actor& actor, const QString& caseRef, const QString& reason);
    // The receiving level takes note of an escalation (stops its clock).
    Status acknowledge(const Actor& actor, const QString& caseRef);
    Status addReference(const Actor& actor, const QString& caseRef, const CaseReference& reference);
    Status link(const Actor& actor, const QString& caseRef, const QString& otherRef);
    // Closes `duplicateRef` as a duplicate of `intoRef`; both histories stay.
    Status merge(const Actor& actor, const QString& duplicateRef, const QString& intoRef,
                 const QString& reason);

    // Recomputes the running clocks that may have crossed a line since they
    // were last scheduled: warnings, breaches with their alerts, automatic
    // escalation where the policy says so, lapsed statutory clocks; their
    // targets follow the account's tier today (every step of a case does the
    // same). Run at start-up and periodically.
    Result<SweepReport> sweepClocks();

    // Alerts to the user and status notices of their cases.
    Result<QList<Notification>> alerts(const Actor& actor, bool unreadOnly = true);
    Status markAlertRead(const Actor& actor, const QString& notificationUuid);

    // Attachments: the file's bytes, its name and SHA-256 go into the store in
    // one transaction with the history entry. Files over maxAttachmentBytes,
    // empty files and unreadable ones are refused before anything is written.
    static constexpr qint64 maxAttachmentBytes = qint64(25) << 20; // 25 MiB
    Result<CaseAttachment> attach(const Actor& actor, const QString& caseRef,
                                  const QString& filePath);
    // The content, checked against its SHA-256 (a damaged one is an error).
    Result<QByteArray> attachmentContent(const Actor& actor, const QString& attachmentUuid);

    // Checks a reference as typed (kind: entry hts ruling protest pga ftz).
    Result<CaseReference> checkReference(const CaseReference& reference) const;

private:
    struct Row;
    Result<Row> loadRow(const QString& numberOrUuid) const;
    Result<BusinessCalendar> calendarFor(const QString& centerCode);
    Status applyStep(const Actor& actor, Row& row, const QString& kind, const QJsonObject& detail);
    Status changeLevel(const Actor& actor, const QString& caseRef, const QString& reason, bool up);

    Store& m_store;
    Clock m_clock;
    QHash<QString, BusinessCalendar> m_calendars;
};

} // namespace centerdesk::core
