#include "centerdesk/core/centercalendarservice.h"

#include "centerdesk/core/clock.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace centerdesk::core {

namespace {

class CalendarText final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarText)
};

const QString hoursFormat = QStringLiteral("HH:mm");

} // namespace

CenterCalendarService::CenterCalendarService(Store& store)
    : m_store(store)
{}

Status CenterCalendarService::checkAdmin(const Actor& actor) const
{
    if (actor.isAdmin())
        return {};
    return Error::denied(
        CalendarText::tr("%1 may not change a Center's calendar: only administrators do.")
            .arg(actor.userName));
}

Status CenterCalendarService::checkCenter(const QString& centerCode) const
{
    Result<QSqlQuery> found =
        m_store.run(QStringLiteral("SELECT 1 FROM center WHERE code = ?"), {centerCode});
    if (!found)
        return found.error();
    if (!found->next()) {
        return Error::notFound(QStringLiteral("center"),
                               CalendarText::tr("There is no Center %1.").arg(centerCode));
    }
    return {};
}

Result<QList<Closure>> CenterCalendarService::closures(const QString& centerCode) const
{
    Result<QSqlQuery> rows = m_store.run(
        QStringLiteral("SELECT day, reason FROM center_closure WHERE center_code = ? ORDER BY day"),
        {centerCode});
    if (!rows)
        return rows.error();
    QList<Closure> closures;
    while (rows->next()) {
        closures.append(Closure{QDate::fromString(rows->value(0).toString(), Qt::ISODate),
                                rows->value(1).toString()});
    }
    return closures;
}

Status CenterCalendarService::setBusinessHours(const Actor& actor, const QString& centerCode,
                                               const QTime& open, const QTime& close)
{
    if (Status allowed = checkAdmin(actor); !allowed)
        return allowed;
    if (!open.isValid() || !close.isValid() || close <= open) {
        return Error::invalid(QStringLiteral("business hours"), QStringLiteral("open-before-close"),
                              CalendarText::tr("Business hours need an opening time before the "
                                               "closing time, both as HH:mm."));
    }
    if (Status known = checkCenter(centerCode); !known)
        return known;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> updated = m_store.run(
            QStringLiteral(
                "UPDATE center SET business_open = ?, business_close = ? WHERE code = ?"),
            {open.toString(hoursFormat), close.toString(hoursFormat), centerCode});
        if (!updated)
            return updated.error();
        return HistoryLog(m_store).append(QStringLiteral("store"), QString(), actor.userName,
                                          QStringLiteral("business-hours-changed"),
                                          {{QStringLiteral("center"), centerCode},
                                           {QStringLiteral("open"), open.toString(hoursFormat)},
                                           {QStringLiteral("close"), close.toString(hoursFormat)}},
                                          now);
    });
}

Status CenterCalendarService::addClosure(const Actor& actor, const QString& centerCode,
                                         const QDate& day, const QString& reason)
{
    if (Status allowed = checkAdmin(actor); !allowed)
        return allowed;
    if (!day.isValid()) {
        return Error::invalid(QStringLiteral("day"), QStringLiteral("date"),
                              CalendarText::tr("The closure needs a day, as YYYY-MM-DD."));
    }
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return Error::invalid(QStringLiteral("reason"), QStringLiteral("required"),
                              CalendarText::tr("Say why the Center is closed; the reason "
                                               "explains the clocks' due dates."));
    }
    if (Status known = checkCenter(centerCode); !known)
        return known;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> existing = m_store.run(
            QStringLiteral("SELECT reason FROM center_closure WHERE center_code = ? AND day = ?"),
            {centerCode, day.toString(Qt::ISODate)});
        if (!existing)
            return existing.error();
        if (existing->next()) {
            return Error::conflict(
                QStringLiteral("day"), QStringLiteral("unique"),
                CalendarText::tr("%1 is already a closure of %2 (%3).")
                    .arg(day.toString(Qt::ISODate), centerCode, existing->value(0).toString()));
        }
        Result<QSqlQuery> inserted = m_store.run(
            QStringLiteral("INSERT INTO center_closure(uuid, updated_at, center_code, day, reason) "
                           "VALUES(?, ?, ?, ?, ?)"),
            {newUuid(), toStoredTime(now), centerCode, day.toString(Qt::ISODate), why});
        if (!inserted)
            return inserted.error();
        return HistoryLog(m_store).append(QStringLiteral("store"), QString(), actor.userName,
                                          QStringLiteral("closure-added"),
                                          {{QStringLiteral("center"), centerCode},
                                           {QStringLiteral("day"), day.toString(Qt::ISODate)},
                                           {QStringLiteral("reason"), why}},
                                          now);
    });
}

Status CenterCalendarService::removeClosure(const Actor& actor, const QString& centerCode,
                                            const QDate& day)
{
    if (Status allowed = checkAdmin(actor); !allowed)
        return allowed;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> removed = m_store.run(
            QStringLiteral("DELETE FROM center_closure WHERE center_code = ? AND day = ?"),
            {centerCode, day.toString(Qt::ISODate)});
        if (!removed)
            return removed.error();
        if (removed->numRowsAffected() != 1) {
            return Error::notFound(QStringLiteral("day"),
                                   CalendarText::tr("%1 is not a closure of %2.")
                                       .arg(day.toString(Qt::ISODate), centerCode));
        }
        return HistoryLog(m_store).append(QStringLiteral("store"), QString(), actor.userName,
                                          QStringLiteral("closure-removed"),
                                          {{QStringLiteral("center"), centerCode},
                                           {QStringLiteral("day"), day.toString(Qt::ISODate)}},
                                          now);
    });
}

} // namespace centerdesk::core
