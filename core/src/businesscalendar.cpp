#include "centerdesk/core/businesscalendar.h"

#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>
#include <boost/date_time/gregorian/gregorian.hpp>
#include <limits>
#include <vector>

namespace centerdesk::core {

namespace {

// Gives lupdate and QCoreApplication one translation context for this file.
class BusinessCalendarMessages final
{
    Q_DECLARE_TR_FUNCTIONS(BusinessCalendarMessages)
};

// One rule of 5 U.S.C. 6103(a).
struct HolidayRule final
{
    enum class Kind
    {
        Fixed,      // month and day
        NthWeekday, // the nth `weekday` of the month
        LastWeekday // the last `weekday` of the month
    };
    const char* name;
    Kind kind;
    int month;
    int day; // Fixed: day of the month; NthWeekday: 1..4
    boost::date_time::weekdays weekday;
    int since; // the first year the holiday exists in law
};

using boost::date_time::Monday;
using boost::date_time::Thursday;
// The names as 5 U.S.C. 6103(a) gives them.
constexpr HolidayRule holidayRules[] = {
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "New Year's Day"), HolidayRule::Kind::Fixed, 1,
     1, Monday, 0},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Birthday of Martin Luther King, Jr."),
     HolidayRule::Kind::NthWeekday, 1, 3, Monday, 1986},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Washington's Birthday"),
     HolidayRule::Kind::NthWeekday, 2, 3, Monday, 0},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Memorial Day"), HolidayRule::Kind::LastWeekday,
     5, 0, Monday, 0},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Juneteenth National Independence Day"),
     HolidayRule::Kind::Fixed, 6, 19, Monday, 2021},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Independence Day"), HolidayRule::Kind::Fixed, 7,
     4, Monday, 0},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Labor Day"), HolidayRule::Kind::NthWeekday, 9,
     1, Monday, 0},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Columbus Day"), HolidayRule::Kind::NthWeekday,
     10, 2, Monday, 0},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Veterans Day"), HolidayRule::Kind::Fixed, 11,
     11, Monday, 0},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Thanksgiving Day"),
     HolidayRule::Kind::NthWeekday, 11, 4, Thursday, 0},
    {QT_TRANSLATE_NOOP("BusinessCalendarMessages", "Christmas Day"), HolidayRule::Kind::Fixed, 12,
     25, Monday, 0},
};

// Boost.Date_Time's Gregorian calendar covers these years.
constexpr int firstComputableYear = 1401;
constexpr int lastComputableYear = 9998;

struct HolidayDate final
{
    QDate observed;
    QDate actual;
    int rule = 0; // index in holidayRules
};

QDate toQDate(const boost::gregorian::date& date)
{
    const boost::gregorian::date::ymd_type ymd = date.year_month_day();
    return {static_cast<int>(ymd.year), static_cast<int>(ymd.month), static_cast<int>(ymd.day)};
}

// The holidays of `year` in law (by actual date), with their observed days.
std::vector<HolidayDate> legalHolidays(int year)
{
    namespace greg = boost::gregorian;
    using Nth = greg::nth_day_of_the_week_in_month;
    static constexpr Nth::week_num weeks[] = {Nth::first, Nth::second, Nth::third, Nth::fourth};
    std::vector<HolidayDate> result;
    const auto boostYear = static_cast<unsigned short>(year);
    for (int index = 0; index < static_cast<int>(std::size(holidayRules)); ++index) {
        const HolidayRule& rule = holidayRules[index];
        if (year < rule.since)
            continue;
        const auto month = static_cast<unsigned short>(rule.month);
        HolidayDate holiday;
        holiday.rule = index;
        switch (rule.kind) {
        case HolidayRule::Kind::Fixed: {
            holiday.actual = QDate(year, rule.month, rule.day);
            // 5 U.S.C. 6103(b): Saturday -> the Friday before, Sunday -> the Monday after.
            const int weekday = holiday.actual.dayOfWeek();
            holiday.observed = weekday == Qt::Saturday ? holiday.actual.addDays(-1)
                               : weekday == Qt::Sunday ? holiday.actual.addDays(1)
                                                       : holiday.actual;
            break;
        }
        case HolidayRule::Kind::NthWeekday: {
            const Nth generator(weeks[rule.day - 1], rule.weekday, month);
            holiday.actual = toQDate(generator.get_date(boostYear));
            holiday.observed = holiday.actual;
            break;
        }
        case HolidayRule::Kind::LastWeekday: {
            const greg::last_day_of_the_week_in_month generator(rule.weekday, month);
            holiday.actual = toQDate(generator.get_date(boostYear));
            holiday.observed = holiday.actual;
            break;
        }
        }
        result.push_back(holiday);
    }
    return result;
}

// The holidays observed in `year`: New Year's Day of the next year can be
// observed on December 31.
std::vector<HolidayDate> observedHolidays(int year)
{
    std::vector<HolidayDate> result;
    if (year < firstComputableYear + 1 || year > lastComputableYear - 1)
        return result;
    for (const int legalYear : {year - 1, year, year + 1}) {
        for (const HolidayDate& holiday : legalHolidays(legalYear)) {
            if (holiday.observed.year() == year)
                result.push_back(holiday);
        }
    }
    std::sort(result.begin(), result.end(),
              [](const HolidayDate& a, const HolidayDate& b) { return a.observed < b.observed; });
    return result;
}

// Holidays are computed once for the years a Center works in and then only
// read, so lookups take no lock (the static is initialised thread-safely).
// Besides the lists per year, one byte per day answers "is this day an
// observed holiday?" without any date arithmetic: sweeps ask it millions of times.
constexpr int firstCachedYear = 1970;
constexpr int lastCachedYear = 2200;

struct HolidayTable final
{
    std::vector<std::vector<HolidayDate>> years; // from firstCachedYear
    qint64 firstDay = 0;                         // Julian day of the first byte
    // 0: no holiday; else (rule + 1) | (shift << 4), where shift 1 means the
    // holiday in law is the day after (Saturday), 2 the day before (Sunday).
    std::vector<quint8> days;
};

const HolidayTable& holidayTable()
{
    static const HolidayTable table = [] {
        HolidayTable built;
        built.years.reserve(static_cast<std::size_t>(lastCachedYear - firstCachedYear + 1));
        built.firstDay = QDate(firstCachedYear, 1, 1).toJulianDay();
        built.days.resize(static_cast<std::size_t>(QDate(lastCachedYear, 12, 31).toJulianDay() -
                                                   built.firstDay + 1));
        for (int year = firstCachedYear; year <= lastCachedYear; ++year) {
            built.years.push_back(observedHolidays(year));
            for (const HolidayDate& holiday : built.years.back()) {
                const qint64 shift = holiday.observed.daysTo(holiday.actual);
                const int shiftCode = shift == 1 ? 1 : shift == -1 ? 2 : 0;
                built.days[static_cast<std::size_t>(holiday.observed.toJulianDay() -
                                                    built.firstDay)] =
                    static_cast<quint8>((holiday.rule + 1) | (shiftCode << 4));
            }
        }
        return built;
    }();
    return table;
}

// The holidays observed in `year`: from the table, or computed for a year outside it.
std::vector<HolidayDate> holidaysOfYear(int year)
{
    if (year >= firstCachedYear && year <= lastCachedYear)
        return holidayTable().years[static_cast<std::size_t>(year - firstCachedYear)];
    return observedHolidays(year);
}

std::optional<HolidayDate> observedHolidayOn(const QDate& day)
{
    if (!day.isValid())
        return std::nullopt;
    const HolidayTable& table = holidayTable();
    const qint64 index = day.toJulianDay() - table.firstDay;
    if (index >= 0 && index < static_cast<qint64>(table.days.size())) {
        const quint8 code = table.days[static_cast<std::size_t>(index)];
        if (code == 0)
            return std::nullopt;
        const int shiftCode = code >> 4;
        return HolidayDate{day,
                           day.addDays(shiftCode == 1   ? 1
                                       : shiftCode == 2 ? -1
                                                        : 0),
                           (code & 0x0f) - 1};
    }
    for (const HolidayDate& holiday : observedHolidays(day.year())) {
        if (holiday.observed == day)
            return holiday;
    }
    return std::nullopt;
}

Holiday toHoliday(const HolidayDate& date)
{
    return {date.observed, date.actual, BusinessCalendarMessages::tr(holidayRules[date.rule].name)};
}

bool isWeekend(const QDate& day)
{
    const int weekday = day.dayOfWeek();
    return weekday == Qt::Saturday || weekday == Qt::Sunday;
}

constexpr qint64 msecsPerMinute = 60 * 1000;
constexpr qint64 msecsPerDay = 24 * 60 * msecsPerMinute;
constexpr qint64 unixEpochJulianDay = 2440588; // 1970-01-01

// Maps wall-clock times of a zone to UTC instants. It remembers the offset of
// the period between two transitions it last looked up, so that a walk over
// many days asks the time-zone database about once per DST period instead of
// twice a day. (In a fall-back overlap, a wall-clock time that occurs twice may
// map to either instant; business hours do not contain one in any US zone.)
class WallClock final
{
public:
    explicit WallClock(const QTimeZone& zone)
        : m_zone(zone)
    {}

    qint64 toUtcMSecs(const QDate& day, const QTime& time)
    {
        const qint64 local =
            (day.toJulianDay() - unixEpochJulianDay) * msecsPerDay + time.msecsSinceStartOfDay();
        if (m_known) {
            const qint64 utc = local - m_offset;
            if (utc >= m_from && utc < m_until)
                return utc;
        }
        const QDateTime exact(day, time, m_zone);
        const qint64 utc = exact.toMSecsSinceEpoch();
        m_offset = qint64(m_zone.offsetFromUtc(exact)) * 1000;
        const QTimeZone::OffsetData previous = m_zone.previousTransition(exact.addMSecs(1));
        const QTimeZone::OffsetData next = m_zone.nextTransition(exact);
        m_from = previous.atUtc.isValid() ? previous.atUtc.toMSecsSinceEpoch()
                                          : std::numeric_limits<qint64>::min();
        m_until = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch()
                                       : std::numeric_limits<qint64>::max();
        // A wall-clock time in a spring-forward gap was moved: never reuse that.
        m_known = local - m_offset == utc;
        return utc;
    }

private:
    const QTimeZone& m_zone;
    bool m_known = false;
    qint64 m_offset = 0; // milliseconds east of UTC
    qint64 m_from = 0;   // the period in which m_offset holds, UTC milliseconds
    qint64 m_until = 0;
};

// Parses 'HH:MM' as stored in table `center`.
QTime clockTime(const QString& text)
{
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

} // namespace

BusinessCalendar::BusinessCalendar(BusinessHours hours, QList<Closure> closures)
    : m_hours(std::move(hours))
    , m_zone(m_hours.timeZone)
{
    for (const Closure& closure : closures)
        m_closures.insert(closure.day, closure.reason);
}

QList<Holiday> BusinessCalendar::federalHolidays(int year)
{
    QList<Holiday> result;
    for (const HolidayDate& holiday : holidaysOfYear(year))
        result.append(toHoliday(holiday));
    return result;
}

std::optional<Holiday> BusinessCalendar::holidayOn(const QDate& day) const
{
    if (const std::optional<HolidayDate> holiday = observedHolidayOn(day))
        return toHoliday(*holiday);
    return std::nullopt;
}

std::optional<Closure> BusinessCalendar::closureOn(const QDate& day) const
{
    const auto found = m_closures.constFind(day);
    if (found == m_closures.cend())
        return std::nullopt;
    return Closure{day, found.value()};
}

bool BusinessCalendar::isBusinessDay(const QDate& day) const
{
    if (!day.isValid() || isWeekend(day))
        return false;
    if (!m_closures.isEmpty() && m_closures.contains(day))
        return false;
    return !observedHolidayOn(day).has_value();
}

QDate BusinessCalendar::addBusinessDays(const QDate& from, int days) const
{
    if (!from.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    QDate day = from;
    for (int remaining = days < 0 ? -days : days; remaining > 0;) {
        day = day.addDays(step);
        if (isBusinessDay(day))
            --remaining;
    }
    return day;
}

QDate BusinessCalendar::rollForward(const QDate& day) const
{
    if (!day.isValid())
        return {};
    QDate result = day;
    while (!isBusinessDay(result))
        result = result.addDays(1);
    return result;
}

bool BusinessCalendar::hasUsableHours() const
{
    return m_zone.isValid() && m_hours.open.isValid() && m_hours.close.isValid() &&
           m_hours.open < m_hours.close;
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime& start, qint64 minutes) const
{
    if (!start.isValid() || !hasUsableHours())
        return {};
    WallClock wallClock(m_zone);
    // Milliseconds, so that a start with seconds round-trips exactly.
    qint64 remaining = std::max<qint64>(minutes, 0) * msecsPerMinute;
    qint64 cursor = start.toMSecsSinceEpoch();
    // One step per calendar day, never per minute; opening and closing are
    // wall-clock times of that day in the zone, so they follow a DST change.
    for (QDate day = start.toTimeZone(m_zone).date();; day = day.addDays(1)) {
        if (!isBusinessDay(day))
            continue;
        const qint64 open = wallClock.toUtcMSecs(day, m_hours.open);
        const qint64 close = wallClock.toUtcMSecs(day, m_hours.close);
        cursor = std::max(cursor, open);
        if (cursor >= close)
            continue;
        if (remaining <= close - cursor)
            return QDateTime::fromMSecsSinceEpoch(cursor + remaining, m_zone);
        remaining -= close - cursor;
    }
}

qint64 BusinessCalendar::businessMinutesBetween(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid() || !hasUsableHours())
        return 0;
    if (to < from)
        return -businessMinutesBetween(to, from);
    WallClock wallClock(m_zone);
    const qint64 first = from.toMSecsSinceEpoch();
    const qint64 last = to.toMSecsSinceEpoch();
    const QDate lastDay = to.toTimeZone(m_zone).date();
    qint64 milliseconds = 0;
    for (QDate day = from.toTimeZone(m_zone).date(); day <= lastDay; day = day.addDays(1)) {
        if (!isBusinessDay(day))
            continue;
        const qint64 low = std::max(first, wallClock.toUtcMSecs(day, m_hours.open));
        const qint64 high = std::min(last, wallClock.toUtcMSecs(day, m_hours.close));
        if (low < high)
            milliseconds += high - low;
    }
    return milliseconds / msecsPerMinute;
}

QString BusinessCalendar::whyClosed(const QDate& day) const
{
    if (!day.isValid())
        return BusinessCalendarMessages::tr("not a valid date");
    if (isWeekend(day)) {
        return BusinessCalendarMessages::tr("weekend (%1)")
            .arg(QLocale::c().dayName(day.dayOfWeek()));
    }
    if (const std::optional<HolidayDate> holiday = observedHolidayOn(day)) {
        const QString name = BusinessCalendarMessages::tr(holidayRules[holiday->rule].name);
        if (holiday->observed == holiday->actual)
            return name;
        return BusinessCalendarMessages::tr("%1 (observed)").arg(name);
    }
    if (const auto closure = m_closures.constFind(day); closure != m_closures.cend()) {
        return closure.value().isEmpty() ? BusinessCalendarMessages::tr("Center closed")
                                         : closure.value();
    }
    return {};
}

QList<std::pair<QDate, QString>> BusinessCalendar::skippedDays(const QDate& from,
                                                               const QDate& to) const
{
    QList<std::pair<QDate, QString>> result;
    if (!from.isValid() || !to.isValid())
        return result;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (!isBusinessDay(day))
            result.append({day, whyClosed(day)});
    }
    return result;
}

const BusinessHours& BusinessCalendar::hours() const
{
    return m_hours;
}

const QTimeZone& BusinessCalendar::timeZone() const
{
    return m_zone;
}

QList<Closure> BusinessCalendar::closures() const
{
    QList<Closure> result;
    result.reserve(m_closures.size());
    for (auto it = m_closures.cbegin(); it != m_closures.cend(); ++it)
        result.append({it.key(), it.value()});
    std::sort(result.begin(), result.end(),
              [](const Closure& a, const Closure& b) { return a.day < b.day; });
    return result;
}

Result<BusinessCalendar> BusinessCalendar::forCenter(Store& store, const QString& centerCode)
{
    Result<QSqlQuery> center =
        store.run(QStringLiteral(
                      "SELECT time_zone, business_open, business_close FROM center WHERE code = ?"),
                  {centerCode});
    if (!center)
        return center.error();
    if (!center->next()) {
        return Error::notFound(
            QStringLiteral("center"),
            BusinessCalendarMessages::tr("There is no Center '%1' in the store %2.")
                .arg(centerCode, store.path()));
    }
    BusinessHours hours;
    hours.timeZone = center->value(0).toString().toLatin1();
    hours.open = clockTime(center->value(1).toString());
    hours.close = clockTime(center->value(2).toString());
    if (!QTimeZone(hours.timeZone).isValid()) {
        return Error::invalid(QStringLiteral("timeZone"), QStringLiteral("time-zone"),
                              BusinessCalendarMessages::tr(
                                  "Center %1 has time zone '%2', which is not an IANA time zone "
                                  "known to this system.")
                                  .arg(centerCode, QString::fromLatin1(hours.timeZone)));
    }
    if (!hours.open.isValid() || !hours.close.isValid() || hours.open >= hours.close) {
        return Error::invalid(
            QStringLiteral("businessOpen"), QStringLiteral("business-hours"),
            BusinessCalendarMessages::tr(
                "Center %1 has business hours %2-%3; the opening must come "
                "before the closing.")
                .arg(centerCode, center->value(1).toString(), center->value(2).toString()));
    }

    // Table center_closure comes with a later migration; a store without it
    // simply has no closures.
    Result<QSqlQuery> table = store.run(QStringLiteral(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'center_closure'"));
    if (!table)
        return table.error();
    QList<Closure> closures;
    if (table->next()) {
        Result<QSqlQuery> rows = store.run(
            QStringLiteral(
                "SELECT day, reason FROM center_closure WHERE center_code = ? ORDER BY day"),
            {centerCode});
        if (!rows)
            return rows.error();
        while (rows->next()) {
            const QString text = rows->value(0).toString();
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (!day.isValid()) {
                return Error::invalid(
                    QStringLiteral("day"), QStringLiteral("date"),
                    BusinessCalendarMessages::tr(
                        "Center %1 has a closure on '%2', which is not a YYYY-MM-DD date.")
                        .arg(centerCode, text));
            }
            closures.append({day, rows->value(1).toString()});
        }
    }
    return BusinessCalendar(std::move(hours), std::move(closures));
}

} // namespace centerdesk::core
