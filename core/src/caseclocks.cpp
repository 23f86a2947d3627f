#include "caseclocks.h"

#include "centerdesk/core/clock.h"
#include "centerdesk/core/servicelevels.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace centerdesk::core {

namespace {

class ClockText final
{
    Q_DECLARE_TR_FUNCTIONS(ClockText)
};

QVariant timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(toStoredTime(time)) : QVariant();
}

QDateTime timeFrom(const StoreRow& row, int column)
{
    return row.isNull(column) ? QDateTime() : fromStoredUtf8(row.utf8(column));
}

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("first-response"))
        return ClockText::tr("First response");
    if (kind == QLatin1String("resolution"))
        return ClockText::tr("Resolution");
    if (kind == QLatin1String("acknowledgement"))
        return ClockText::tr("Acknowledgement of the escalation");
    if (kind == QLatin1String("center-input"))
        return ClockText::tr("Formal Center input");
    return ClockText::tr("Statutory deadline");
}

QString stateLabel(const QString& state)
{
    if (state == QLatin1String("met"))
        return ClockText::tr("met");
    if (state == QLatin1String("missed"))
        return ClockText::tr("missed");
    if (state == QLatin1String("cancelled"))
        return ClockText::tr("cancelled");
    if (state == QLatin1String("lapsed"))
        return ClockText::tr("lapsed");
    return state;
}

QString hoursText(qint64 minutes)
{
    if (minutes % 60 == 0)
        return ClockText::tr("%n business hour(s)", nullptr, static_cast<int>(minutes / 60));
    return ClockText::tr("%1 business hours")
        .arg(QLocale::c().toString(static_cast<double>(minutes) / 60.0, 'f', 1));
}

QString localTime(const QDateTime& time, const BusinessCalendar& calendar)
{
    return time.toTimeZone(calendar.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

} // namespace

ClockBook::ClockBook(Store& store)
    : m_store(store)
{}

Result<QList<ClockRow>> ClockBook::forCase(const QString& caseUuid) const
{
    QList<ClockRow> clocks;
    if (Status read = m_store.forEachRow(
            QStringLiteral(
                "SELECT uuid, kind, rule_id, state, target_minutes, consumed_minutes, started_at, "
                "running_since, warn_at, due_at, stopped_at, alerted_warning, alerted_breach, "
                "explanation FROM clock WHERE case_uuid = ? ORDER BY kind = 'statutory', "
                "started_at, kind"),
            {caseUuid},
            [&](const StoreRow& row) {
                ClockRow clock;
                clock.uuid = row.text(0);
                clock.caseUuid = caseUuid;
                clock.kind = row.text(1);
                clock.ruleId = row.text(2);
                clock.state = row.text(3);
                clock.targetMinutes = row.integer(4);
                clock.consumedMinutes = row.integer(5);
                clock.startedAt = timeFrom(row, 6);
                clock.runningSince = timeFrom(row, 7);
                if (clock.isStatutory()) {
                    clock.statutoryDue = QDate::fromString(row.text(9), Qt::ISODate);
                } else {
                    clock.warnAt = timeFrom(row, 8);
                    clock.dueAt = timeFrom(row, 9);
                }
                clock.stoppedAt = timeFrom(row, 10);
                clock.alertedWarning = row.integer(11) != 0;
                clock.alertedBreach = row.integer(12) != 0;
                clock.explanation = QJsonDocument::fromJson(row.text(13).toUtf8()).object();
                clocks.append(clock);
                return true;
            });
        !read)
        return read.error();
    return clocks;
}

Status ClockBook::save(ClockRow& clock, const QDateTime& now)
{
    const bool inserting = clock.uuid.isEmpty();
    if (inserting)
        clock.uuid = newUuid();
    QVariant warn = timeOrNull(clock.warnAt);
    QVariant due = timeOrNull(clock.dueAt);
    if (clock.isStatutory()) {
        due = clock.statutoryDue.toString(Qt::ISODate);
        warn = clock.statutoryDue.addDays(-7).toString(Qt::ISODate);
    }
    const QString explanation =
        QString::fromUtf8(QJsonDocument(clock.explanation).toJson(QJsonDocument::Compact));
    const QVariantList values{clock.state,
                              clock.targetMinutes,
                              clock.consumedMinutes,
                              timeOrNull(clock.runningSince),
                              warn,
                              due,
                              timeOrNull(clock.stoppedAt),
                              clock.alertedWarning ? 1 : 0,
                              clock.alertedBreach ? 1 : 0,
                              explanation,
                              toStoredTime(now)};
    return inserting
               ? m_store.execute(
                     QStringLiteral(
                         "INSERT INTO clock(state, target_minutes, consumed_minutes, "
                         "running_since, warn_at, due_at, stopped_at, alerted_warning, "
                         "alerted_breach, explanation, updated_at, uuid, case_uuid, kind, "
                         "rule_id, started_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         "?, ?, ?, ?)"),
                     values + QVariantList{clock.uuid, clock.caseUuid, clock.kind, clock.ruleId,
                                           toStoredTime(clock.startedAt)})
               : m_store.execute(
                     QStringLiteral(
                         "UPDATE clock SET state = ?, target_minutes = ?, consumed_minutes = ?, "
                         "running_since = ?, warn_at = ?, due_at = ?, stopped_at = ?, "
                         "alerted_warning = ?, alerted_breach = ?, explanation = ?, "
                         "updated_at = ?, version = version + 1 WHERE uuid = ?"),
                     values + QVariantList{clock.uuid});
}

Status ClockBook::restart(const QString& caseUuid, const QString& kind, qint64 targetMinutes,
                          const QString& policy, const BusinessCalendar& calendar,
                          const QDateTime& now)
{
    if (Status old = m_store.execute(
            QStringLiteral("DELETE FROM clock WHERE case_uuid = ? AND kind = ?"), {caseUuid, kind});
        !old)
        return old;
    ClockRow clock = serviceClock(caseUuid, kind, targetMinutes, now, true, policy);
    schedule(clock, calendar, now);
    return save(clock, now);
}

Result<int> ClockBook::stopRunning(const QString& caseUuid, const QString& kind,
                                   const BusinessCalendar& calendar, const QDateTime& now)
{
    Result<QList<ClockRow>> clocks = forCase(caseUuid);
    if (!clocks)
        return clocks.error();
    int stopped = 0;
    for (ClockRow& clock : *clocks) {
        if (clock.kind != kind || clock.isStopped())
            continue;
        stop(clock, calendar, now);
        if (Status saved = save(clock, now); !saved)
            return saved.error();
        ++stopped;
    }
    return stopped;
}

ClockRow ClockBook::serviceClock(const QString& caseUuid, const QString& kind, qint64 targetMinutes,
                                 const QDateTime& now, bool running, const QString& policy)
{
    ClockRow clock;
    clock.caseUuid = caseUuid;
    clock.kind = kind;
    clock.targetMinutes = targetMinutes;
    clock.startedAt = now;
    if (running)
        clock.runningSince = now;
    clock.state = running ? QStringLiteral("on-track") : QStringLiteral("paused");
    clock.explanation = {{QStringLiteral("policy"), policy},
                         {QStringLiteral("pauses"), QJsonArray()}};
    return clock;
}

ClockRow ClockBook::statutoryClock(const QString& caseUuid, const Deadline& deadline,
                                   const StatutoryRule& rule, const QDateTime& now)
{
    ClockRow clock;
    clock.caseUuid = caseUuid;
    clock.kind = QStringLiteral("statutory");
    clock.ruleId = rule.id;
    clock.startedAt = now;
    clock.statutoryDue = deadline.due;
    clock.state = QStringLiteral("on-track");
    clock.explanation = {{QStringLiteral("rule"), rule.id},
                         {QStringLiteral("title"), rule.title},
                         {QStringLiteral("citation"), rule.citation},
                         {QStringLiteral("confidence"), rule.confidence},
                         {QStringLiteral("start"), deadline.start.toString(Qt::ISODate)},
                         {QStringLiteral("text"), deadline.explanation}};
    return clock;
}

qint64 ClockBook::elapsed(const ClockRow& clock, const BusinessCalendar& calendar,
                          const QDateTime& now)
{
    qint64 used = clock.consumedMinutes;
    if (clock.runningSince.isValid() && !clock.isStopped())
        used += std::max<qint64>(0, calendar.businessMinutesBetween(clock.runningSince, now));
    return used;
}

void ClockBook::schedule(ClockRow& clock, const BusinessCalendar& calendar, const QDateTime& now)
{
    if (clock.isStopped())
        return;
    if (clock.isStatutory()) {
        const QDate today = now.toTimeZone(calendar.timeZone()).date();
        if (today > clock.statutoryDue)
            clock.state = QStringLiteral("lapsed");
        else if (clock.statutoryDue.addDays(-7) <= today)
            clock.state = QStringLiteral("warning");
        else
            clock.state = QStringLiteral("on-track");
        return;
    }
    if (!clock.runningSince.isValid()) {
        clock.state = QStringLiteral("paused");
        clock.dueAt = QDateTime();
        clock.warnAt = QDateTime();
        return;
    }
    const qint64 remaining = clock.targetMinutes - clock.consumedMinutes;
    const qint64 warnRemaining =
        clock.targetMinutes * ServiceLevels::warningPercent() / 100 - clock.consumedMinutes;
    clock.dueAt = calendar.addBusinessMinutes(clock.runningSince, std::max<qint64>(0, remaining));
    clock.warnAt =
        calendar.addBusinessMinutes(clock.runningSince, std::max<qint64>(0, warnRemaining));
    const qint64 used = elapsed(clock, calendar, now);
    if (used >= clock.targetMinutes)
        clock.state = QStringLiteral("breached");
    else if (used * 100 >= clock.targetMinutes * ServiceLevels::warningPercent())
        clock.state = QStringLiteral("warning");
    else
        clock.state = QStringLiteral("on-track");
}

void ClockBook::pause(ClockRow& clock, const BusinessCalendar& calendar, const QDateTime& now,
                      const QString& why)
{
    if (clock.isStopped() || !clock.runningSince.isValid())
        return;
    clock.consumedMinutes = elapsed(clock, calendar, now);
    QJsonArray pauses = clock.explanation.value(QStringLiteral("pauses")).toArray();
    pauses.append(
        QJsonObject{{QStringLiteral("from"), toStoredTime(now)}, {QStringLiteral("why"), why}});
    clock.explanation.insert(QStringLiteral("pauses"), pauses);
    clock.runningSince = QDateTime();
    schedule(clock, calendar, now);
}

void ClockBook::resume(ClockRow& clock, const BusinessCalendar& calendar, const QDateTime& now)
{
    if (clock.isStopped() || clock.runningSince.isValid())
        return;
    QJsonArray pauses = clock.explanation.value(QStringLiteral("pauses")).toArray();
    if (!pauses.isEmpty()) {
        QJsonObject last = pauses.last().toObject();
        const QDateTime from = fromStoredTime(last.value(QStringLiteral("from")).toString());
        last.insert(QStringLiteral("to"), toStoredTime(now));
        last.insert(QStringLiteral("minutes"), calendar.businessMinutesBetween(from, now));
        pauses.replace(pauses.size() - 1, last);
        clock.explanation.insert(QStringLiteral("pauses"), pauses);
    }
    clock.runningSince = now;
    schedule(clock, calendar, now);
}

void ClockBook::stop(ClockRow& clock, const BusinessCalendar& calendar, const QDateTime& now)
{
    if (clock.isStopped())
        return;
    if (clock.isStatutory()) {
        const QDate today = now.toTimeZone(calendar.timeZone()).date();
        clock.state =
            today <= clock.statutoryDue ? QStringLiteral("met") : QStringLiteral("lapsed");
    } else {
        clock.consumedMinutes = elapsed(clock, calendar, now);
        clock.state = clock.consumedMinutes <= clock.targetMinutes ? QStringLiteral("met")
                                                                   : QStringLiteral("missed");
        clock.runningSince = QDateTime();
    }
    clock.stoppedAt = now;
}

void ClockBook::setTarget(ClockRow& clock, qint64 targetMinutes, const QString& policy,
                          const BusinessCalendar& calendar, const QDateTime& now)
{
    if (clock.isStopped() || clock.targetMinutes == targetMinutes)
        return;
    QJsonArray changes = clock.explanation.value(QStringLiteral("targetChanges")).toArray();
    changes.append(QJsonObject{{QStringLiteral("at"), toStoredTime(now)},
                               {QStringLiteral("from"), clock.targetMinutes},
                               {QStringLiteral("to"), targetMinutes},
                               {QStringLiteral("policy"), policy}});
    clock.explanation.insert(QStringLiteral("targetChanges"), changes);
    clock.explanation.insert(QStringLiteral("policy"), policy);
    clock.targetMinutes = targetMinutes; // the minutes already used (and paused time) are kept
    schedule(clock, calendar, now);
}

QString ClockBook::explain(const ClockRow& clock, const BusinessCalendar& calendar,
                           const QDateTime& now)
{
    if (clock.isStatutory()) {
        QString text = clock.explanation.value(QStringLiteral("text")).toString();
        if (text.isEmpty()) {
            text = ClockText::tr("%1 (%2): due %3.")
                       .arg(clock.explanation.value(QStringLiteral("title")).toString(),
                            clock.explanation.value(QStringLiteral("citation")).toString(),
                            clock.statutoryDue.toString(Qt::ISODate));
        }
        return text + QLatin1Char(' ') +
               ClockText::tr("Statutory clocks are never paused by the case's state.");
    }
    const BusinessHours& hours = calendar.hours();
    QStringList parts;
    parts << ClockText::tr("%1: target %2 (service level %3), started %4.")
                 .arg(kindLabel(clock.kind), hoursText(clock.targetMinutes),
                      clock.explanation.value(QStringLiteral("policy")).toString(),
                      localTime(clock.startedAt, calendar));
    const QJsonArray changes = clock.explanation.value(QStringLiteral("targetChanges")).toArray();
    for (const QJsonValue& change : changes) {
        const QJsonObject object = change.toObject();
        parts << ClockText::tr(
                     "The target changed from %1 to %2 on %3 (%4); the time already used was kept.")
                     .arg(hoursText(object.value(QStringLiteral("from")).toInteger()),
                          hoursText(object.value(QStringLiteral("to")).toInteger()),
                          localTime(fromStoredTime(object.value(QStringLiteral("at")).toString()),
                                    calendar),
                          object.value(QStringLiteral("policy")).toString());
    }
    const QJsonArray pauses = clock.explanation.value(QStringLiteral("pauses")).toArray();
    for (const QJsonValue& pause : pauses) {
        const QJsonObject object = pause.toObject();
        const QDateTime from = fromStoredTime(object.value(QStringLiteral("from")).toString());
        const bool open = !object.contains(QStringLiteral("to"));
        const qint64 minutes = open ? calendar.businessMinutesBetween(from, now)
                                    : object.value(QStringLiteral("minutes")).toInteger();
        parts << (open ? ClockText::tr("Paused since %1 (%2).")
                             .arg(localTime(from, calendar),
                                  object.value(QStringLiteral("why")).toString())
                       : ClockText::tr("Paused %1 to %2 (%3): %4 not counted.")
                             .arg(localTime(from, calendar),
                                  localTime(
                                      fromStoredTime(object.value(QStringLiteral("to")).toString()),
                                      calendar),
                                  object.value(QStringLiteral("why")).toString(),
                                  hoursText(minutes)));
    }
    parts << ClockText::tr(
                 "Counts business hours %1-%2 (%3), skipping weekends, federal holidays and "
                 "the Center's closures.")
                 .arg(hours.open.toString(QStringLiteral("HH:mm")),
                      hours.close.toString(QStringLiteral("HH:mm")),
                      QString::fromLatin1(hours.timeZone));
    const QDateTime end =
        clock.isStopped() ? clock.stoppedAt : (clock.dueAt.isValid() ? clock.dueAt : now);
    QStringList holidays;
    for (const auto& [day, why] :
         calendar.skippedDays(clock.startedAt.toTimeZone(calendar.timeZone()).date(),
                              end.toTimeZone(calendar.timeZone()).date())) {
        if (!why.startsWith(QLatin1String("weekend")))
            holidays << QStringLiteral("%1 %2").arg(day.toString(Qt::ISODate), why);
    }
    if (!holidays.isEmpty())
        parts << ClockText::tr("Days not counted: %1.").arg(holidays.join(QStringLiteral("; ")));
    const qint64 used = elapsed(clock, calendar, now);
    if (clock.isStopped()) {
        parts << ClockText::tr("Stopped %1 after %2: %3.")
                     .arg(localTime(clock.stoppedAt, calendar), hoursText(used),
                          stateLabel(clock.state));
    } else if (clock.dueAt.isValid()) {
        parts << ClockText::tr("Used %1 of %2; due %3.")
                     .arg(hoursText(used), hoursText(clock.targetMinutes),
                          localTime(clock.dueAt, calendar));
    } else {
        parts << ClockText::tr("Used %1 of %2; no due date while paused.")
                     .arg(hoursText(used), hoursText(clock.targetMinutes));
    }
    return parts.join(QLatin1Char(' '));
}

CaseClock ClockBook::toCaseClock(const ClockRow& row, const BusinessCalendar& calendar,
                                 const QDateTime& now)
{
    ClockRow current = row;
    schedule(current, calendar, now);
    CaseClock clock;
    clock.kind = current.kind;
    clock.ruleId = current.ruleId;
    clock.state = current.state;
    clock.startedAt = current.startedAt;
    clock.dueAt = current.isStatutory()
                      ? QDateTime(current.statutoryDue, QTime(23, 59), calendar.timeZone())
                      : current.dueAt;
    clock.stoppedAt = current.stoppedAt;
    clock.targetMinutes = current.targetMinutes;
    clock.consumedMinutes = current.isStatutory() ? 0 : elapsed(current, calendar, now);
    clock.explanation = explain(current, calendar, now);
    return clock;
}

} // namespace centerdesk::core
