#pragma once

// The clocks of cases: service-level clocks that count business minutes and
// pause in waiting states, and statutory clocks that count calendar or
// business days and never pause. Private to core; CaseService drives them.

#include "centerdesk/core/businesscalendar.h"
#include "centerdesk/core/caserecord.h"
#include "centerdesk/core/result.h"
#include "centerdesk/core/statutoryrules.h"

#include <QJsonObject>

namespace centerdesk::core {

class Store;

struct ClockRow final
{
    QString uuid;
    QString caseUuid;
    QString kind;
    QString ruleId;
    QString state = QStringLiteral("on-track");
    qint64 targetMinutes = 0;
    qint64 consumedMinutes = 0;
    QDateTime startedAt;
    QDateTime runningSince; // null while paused or stopped
    QDateTime warnAt;
    QDateTime dueAt;
    QDate statutoryDue; // statutory clocks
    QDateTime stoppedAt;
    bool alertedWarning = false;
    bool alertedBreach = false;
    QJsonObject explanation;

    bool isStatutory() const { return kind == QLatin1String("statutory"); }
    bool isStopped() const { return stoppedAt.isValid(); }
    // Service-level clocks that pause while the case waits on someone else.
    bool pausesInWaitingStates() const
    {
        return kind == QLatin1String("first-response") || kind == QLatin1String("resolution");
    }
};

class ClockBook final
{
public:
    explicit ClockBook(Store& store);

    Result<QList<ClockRow>> forCase(const QString& caseUuid) const;
    Status save(ClockRow& clock, const QDateTime& now);
    // Replaces the case's clock of `kind` by a new running one (a new escalation's
    // acknowledgement clock, for instance).
    Status restart(const QString& caseUuid, const QString& kind, qint64 targetMinutes,
                   const QString& policy, const BusinessCalendar& calendar, const QDateTime& now);
    // Stops the case's running clocks of `kind`; returns how many it stopped.
    Result<int> stopRunning(const QString& caseUuid, const QString& kind,
                            const BusinessCalendar& calendar, const QDateTime& now);

    static ClockRow serviceClock(const QString& caseUuid, const QString& kind, qint64 targetMinutes,
                                 const QDateTime& now, bool running, const QString& policy);
    static ClockRow statutoryClock(const QString& caseUuid, const Deadline& deadline,
                                   const StatutoryRule& rule, const QDateTime& now);

    // Business minutes used so far.
    static qint64 elapsed(const ClockRow& clock, const BusinessCalendar& calendar,
                          const QDateTime& now);
    // Recomputes due and warning instants and the state from target, consumed and running.
    static void schedule(ClockRow& clock, const BusinessCalendar& calendar, const QDateTime& now);
    static void pause(ClockRow& clock, const BusinessCalendar& calendar, const QDateTime& now,
                      const QString& why);
    static void resume(ClockRow& clock, const BusinessCalendar& calendar, const QDateTime& now);
    static void stop(ClockRow& clock, const BusinessCalendar& calendar, const QDateTime& now);
    static void setTarget(ClockRow& clock, qint64 targetMinutes, const QString& policy,
                          const BusinessCalendar& calendar, const QDateTime& now);

    // For people: the start, the rule or policy, the pauses, the days skipped, the due date.
    static QString explain(const ClockRow& clock, const BusinessCalendar& calendar,
                           const QDateTime& now);
    static CaseClock toCaseClock(const ClockRow& clock, const BusinessCalendar& calendar,
                                 const QDateTime& now);

private:
    Store& m_store;
};

} // namespace centerdesk::core
