#pragma once

#include "centerdesk/core/historylog.h"
#include "centerdesk/core/servicetier.h"
#include "centerdesk/core/workflow.h"

#include <QDateTime>
#include <QList>
#include <QMap>

namespace centerdesk::core {

// A validated reference of a case: entry, hts, ruling, protest, pga or ftz.
struct CaseReference final
{
    QString kind;
    QString value; // normalized display form
};

// One clock of a case, with what it needs to explain itself.
struct CaseClock final
{
    QString kind;   // first-response resolution acknowledgement center-input statutory
    QString ruleId; // statutory rule id
    QString state;  // on-track warning breached paused met missed lapsed cancelled
    QDateTime startedAt;
    QDateTime dueAt; // null while paused
    QDateTime stoppedAt;
    qint64 targetMinutes = 0;   // business minutes (service-level clocks)
    qint64 consumedMinutes = 0; // business minutes used up to now
    QString explanation;        // why the due date is what it is, for people
};

struct CaseLink final
{
    QString number;
    QString kind; // related, duplicate, parent, child
    QString subject;
    QString state;
};

// A file attached to a case, kept in the store as it was added.
struct CaseAttachment final
{
    QString uuid;
    QString fileName;
    qint64 sizeBytes = 0;
    QString sha256; // hex, of the content
    QString addedBy;
    QDateTime addedAt;
};

struct Notification final
{
    QString uuid;
    QString kind; // status-notice, alert
    QString
        topic; // state id or alert topic (assigned, warning, breach, escalation, referral-answered)
    QString caseNumber;
    QString textEn;
    QString textEs;
    QDateTime createdAt;
    QString delivery; // outbox sent unread read
};

struct CaseRecord final
{
    QString uuid;
    int version = 0;
    QString number;
    QString type;
    QString typeLabel;
    QString accountUuid;
    QString accountName;
    QString accountIor;
    ServiceTier tier = ServiceTier::Standard;
    QString centerCode;
    QString portCode;
    QString subject;
    QString description;
    QString state;
    QString stateLabel;
    StateCategory category = StateCategory::Open;
    QString priority;
    QString assigneeName;
    QString escalationLevel;
    QDateTime openedAt;
    QDateTime closedAt;
    QString outcome;
    QString parentNumber;
    QString mergedIntoNumber;
    QMap<QString, QString> fields;
    QList<CaseReference> references;
    QList<CaseLink> links;
    QList<CaseClock> clocks;
    QList<HistoryEntry> history;
    QList<Notification> notices;
    QList<CaseAttachment> attachments;
};

// What a person enters to open a case.
struct CaseInput final
{
    QString type;
    QString account; // importer number or account uuid
    QString portCode;
    QString subject;
    QString description;
    QString priority = QStringLiteral("normal");
    QString assigneeName;
    QList<CaseReference> references; // values as typed; checked and normalized
    QMap<QString, QString> fields;   // the type's create fields
    QString parentNumber;
};

struct CaseSummary final
{
    QString uuid;
    QString number;
    QString type;
    QString accountName;
    QString centerCode;
    QString portCode;
    QString state;
    StateCategory category = StateCategory::Open;
    QString assigneeName;
    QString priority;
    QString escalationLevel;
    QDateTime openedAt;
    QDateTime nextDue;
    QString worstClockState;
    QString subject;
};

struct CaseFilter final
{
    QString text; // full-text search over subject, description and comments
    QString state;
    QString type;
    QString centerCode;
    QString assigneeName;
    bool overdueOnly = false;
    bool openOnly = false;
    int limit = 200;
};

// What a clock sweep did.
struct SweepReport final
{
    qint64 clocksChecked = 0;
    qint64 warnings = 0;
    qint64 breaches = 0;
    qint64 lapsed = 0;
    qint64 autoEscalations = 0;
};

} // namespace centerdesk::core
