#pragma once

#include "centerdesk/core/result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <optional>
#include <utility>

namespace centerdesk::core {

class Store;

// A federal holiday (5 U.S.C. 6103): the day it is observed and its date in law.
struct Holiday final
{
    QDate observed;
    QDate actual;
    QString name;

    friend bool operator==(const Holiday&, const Holiday&) = default;
};

// A Center's local closure (weather, building, a day given by executive order).
struct Closure final
{
    QDate day;
    QString reason;

    friend bool operator==(const Closure&, const Closure&) = default;
};

// Wall-clock business hours in a Center's IANA time zone.
struct BusinessHours final
{
    QTime open{8, 0};
    QTime close{17, 0};
    QByteArray timeZone{"America/New_York"};
};

// The business calendar of a Center: weekends, observed federal holidays and
// the Center's closures, and its business hours in its own time zone (domain
// facts, section 6). Cheap to copy; give each thread its own copy (the holiday
// table it reads is shared and immutable).
class BusinessCalendar final
{
public:
    explicit BusinessCalendar(BusinessHours hours = {}, QList<Closure> closures = {});

    // Federal holidays whose OBSERVED date falls in `year`, sorted by that date.
    // Computed from the rules of 5 U.S.C. 6103 (no date is hard-coded): a
    // fixed-date holiday on a Saturday is observed the Friday before (so New
    // Year's Day 2022 belongs to 2021's list, observed 2021-12-31), on a Sunday
    // the Monday after. Juneteenth counts from 2021, the year it was enacted.
    // Days given by executive order (Christmas Eve in some years) are not in
    // the law: enter them as closures. Years before 1986 use today's rules (not
    // the history of the Uniform Monday Holiday Act).
    static QList<Holiday> federalHolidays(int year);

    std::optional<Holiday> holidayOn(const QDate& day) const; // observed federal holiday
    std::optional<Closure> closureOn(const QDate& day) const;
    // Not a Saturday or Sunday, not an observed federal holiday, not a closure.
    bool isBusinessDay(const QDate& day) const;
    // The date `days` business days after `from` (`from` itself is not
    // counted; 0 gives `from`; a negative count goes back).
    QDate addBusinessDays(const QDate& from, int days) const;
    // `day` itself when it is a business day, else the next business day.
    QDate rollForward(const QDate& day) const;

    // The instant `minutes` of business time after `start`, in the Center's
    // time zone. A start outside business hours counts from the next opening
    // (so 0 minutes gives that opening); an end exactly at closing stays at
    // closing. Negative minutes count as 0. Invalid (null) when `start` is
    // invalid or the hours are empty (closing not after opening) or the time
    // zone is unknown.
    QDateTime addBusinessMinutes(const QDateTime& start, qint64 minutes) const;
    // The whole business minutes between two instants (negative when `to` is
    // before `from`); businessMinutesBetween(s, addBusinessMinutes(s, m)) == m.
    qint64 businessMinutesBetween(const QDateTime& from, const QDateTime& to) const;

    // The non-business days in (from, to], each with why: "weekend (Saturday)",
    // a holiday's name, or a closure's reason. For explanations.
    QList<std::pair<QDate, QString>> skippedDays(const QDate& from, const QDate& to) const;
    // Why `day` is not a business day, or an empty string when it is one.
    QString whyClosed(const QDate& day) const;

    const BusinessHours& hours() const;
    const QTimeZone& timeZone() const;
    QList<Closure> closures() const; // sorted by day

    // The calendar of a Center in the store: business hours and time zone
    // from table `center`, closures from table `center_closure` (when the
    // store has that table). An unknown Center is a NotFound error naming it.
    static Result<BusinessCalendar> forCenter(Store& store, const QString& centerCode);

private:
    // A valid zone and an opening before the closing.
    bool hasUsableHours() const;

    BusinessHours m_hours;
    QTimeZone m_zone;
    QHash<QDate, QString> m_closures; // day -> reason
};

} // namespace centerdesk::core
