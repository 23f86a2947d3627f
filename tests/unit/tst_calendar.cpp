// The business calendar: federal holidays (5 U.S.C. 6103), business days,
// closures, business-hours arithmetic in a Center's time zone.
#include "centerdesk/core/businesscalendar.h"
#include "centerdesk/core/clock.h"
#include "centerdesk/core/store.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk::core;

namespace {

QDate day(const char* text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

const QByteArray newYork("America/New_York");
const QByteArray losAngeles("America/Los_Angeles");

// A wall-clock time in a zone, e.g. at("2025-11-25 10:00", newYork).
QDateTime at(const char* text, const QByteArray& zone)
{
    const QDateTime local =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(local.date(), local.time(), QTimeZone(zone));
}

QDateTime utc(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
}

BusinessCalendar calendarIn(const QByteArray& zone, QList<Closure> closures = {})
{
    BusinessHours hours;
    hours.timeZone = zone;
    return BusinessCalendar(hours, std::move(closures));
}

} // namespace

class TestCalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void federalHolidays_knownYear_hasObservedDate_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("observed");
        QTest::addColumn<QDate>("actual");
        const QString newYear = QStringLiteral("New Year's Day");
        const QString mlk = QStringLiteral("Birthday of Martin Luther King, Jr.");
        const QString washington = QStringLiteral("Washington's Birthday");
        const QString memorial = QStringLiteral("Memorial Day");
        const QString juneteenth = QStringLiteral("Juneteenth National Independence Day");
        const QString independence = QStringLiteral("Independence Day");
        const QString labor = QStringLiteral("Labor Day");
        const QString columbus = QStringLiteral("Columbus Day");
        const QString veterans = QStringLiteral("Veterans Day");
        const QString thanksgiving = QStringLiteral("Thanksgiving Day");
        const QString christmas = QStringLiteral("Christmas Day");
        const auto row = [](const char* tag, int year, const QString& name, const char* observed,
                            const char* actual) {
            QTest::addRow("%s", tag) << year << name << day(observed) << day(actual);
        };
        row("2021 new year on friday", 2021, newYear, "2021-01-01", "2021-01-01");
        row("2021 new year 2022 saturday observed 2021-12-31", 2021, newYear, "2021-12-31",
            "2022-01-01");
        row("2021 juneteenth saturday observed friday", 2021, juneteenth, "2021-06-18",
            "2021-06-19");
        row("2021 independence sunday observed monday", 2021, independence, "2021-07-05",
            "2021-07-04");
        row("2021 christmas saturday observed friday", 2021, christmas, "2021-12-24", "2021-12-25");
        row("2022 juneteenth sunday observed monday", 2022, juneteenth, "2022-06-20", "2022-06-19");
        row("2022 christmas sunday observed monday", 2022, christmas, "2022-12-26", "2022-12-25");
        row("2023 new year sunday observed monday", 2023, newYear, "2023-01-02", "2023-01-01");
        row("2023 veterans saturday observed friday", 2023, veterans, "2023-11-10", "2023-11-11");
        row("2023 thanksgiving 4th thursday", 2023, thanksgiving, "2023-11-23", "2023-11-23");
        row("2024 mlk 3rd monday", 2024, mlk, "2024-01-15", "2024-01-15");
        row("2024 memorial last monday", 2024, memorial, "2024-05-27", "2024-05-27");
        row("2024 thanksgiving 4th thursday", 2024, thanksgiving, "2024-11-28", "2024-11-28");
        row("2025 mlk 3rd monday", 2025, mlk, "2025-01-20", "2025-01-20");
        row("2025 washington 3rd monday", 2025, washington, "2025-02-17", "2025-02-17");
        row("2025 memorial last monday", 2025, memorial, "2025-05-26", "2025-05-26");
        row("2025 labor 1st monday", 2025, labor, "2025-09-01", "2025-09-01");
        row("2025 columbus 2nd monday", 2025, columbus, "2025-10-13", "2025-10-13");
        row("2025 thanksgiving 4th thursday", 2025, thanksgiving, "2025-11-27", "2025-11-27");
        row("2026 memorial last monday", 2026, memorial, "2026-05-25", "2026-05-25");
        row("2026 independence saturday observed friday", 2026, independence, "2026-07-03",
            "2026-07-04");
        row("2026 veterans wednesday", 2026, veterans, "2026-11-11", "2026-11-11");
        row("2026 thanksgiving 4th thursday", 2026, thanksgiving, "2026-11-26", "2026-11-26");
        row("2027 juneteenth saturday observed friday", 2027, juneteenth, "2027-06-18",
            "2027-06-19");
        row("2027 independence sunday observed monday", 2027, independence, "2027-07-05",
            "2027-07-04");
        row("2027 christmas saturday observed friday", 2027, christmas, "2027-12-24", "2027-12-25");
        row("2027 new year 2028 saturday observed 2027-12-31", 2027, newYear, "2027-12-31",
            "2028-01-01");
    }
    void federalHolidays_knownYear_hasObservedDate()
    {
        QFETCH(int, year);
        QFETCH(QString, name);
        QFETCH(QDate, observed);
        QFETCH(QDate, actual);
        const QList<Holiday> holidays = BusinessCalendar::federalHolidays(year);
        QVERIFY2(
            holidays.contains(Holiday{observed, actual, name}),
            qPrintable(
                QStringLiteral("%1 not observed on %2").arg(name, observed.toString(Qt::ISODate))));
        const std::optional<Holiday> on = BusinessCalendar().holidayOn(observed);
        QVERIFY(on.has_value());
        QCOMPARE(on->name, name);
        QCOMPARE(on->actual, actual);
        if (observed != actual)
            QVERIFY(!BusinessCalendar().holidayOn(actual).has_value());
    }

    void federalHolidays_year_countsYearBoundaryShifts_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("count");
        // 11 holidays a year, plus one when next New Year's Day is a Saturday
        // (observed December 31), minus one when this year's is.
        QTest::addRow("2021 gains 2022-01-01") << 2021 << 12;
        QTest::addRow("2022 lost its new year to 2021") << 2022 << 10;
        for (int year = 2023; year <= 2026; ++year)
            QTest::addRow("%d", year) << year << 11;
        QTest::addRow("2027 gains 2028-01-01") << 2027 << 12;
        QTest::addRow("2028 lost its new year to 2027") << 2028 << 10;
    }
    void federalHolidays_year_countsYearBoundaryShifts()
    {
        QFETCH(int, year);
        QFETCH(int, count);
        const QList<Holiday> holidays = BusinessCalendar::federalHolidays(year);
        QCOMPARE(holidays.size(), count);
        for (qsizetype i = 0; i < holidays.size(); ++i) {
            const Holiday& holiday = holidays.at(i);
            QCOMPARE(holiday.observed.year(), year);
            QVERIFY(holiday.observed.dayOfWeek() < Qt::Saturday);
            QVERIFY(qAbs(holiday.observed.daysTo(holiday.actual)) <= 1);
            if (i > 0)
                QVERIFY(holidays.at(i - 1).observed < holiday.observed);
        }
    }

    void federalHolidays_weekdayRule_holdsForACentury_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("firstDay");
        QTest::addColumn<int>("weekday");
        QTest::addRow("mlk 3rd monday of january")
            << QStringLiteral("Birthday of Martin Luther King, Jr.") << 1 << 15 << 1;
        QTest::addRow("washington 3rd monday of february")
            << QStringLiteral("Washington's Birthday") << 2 << 15 << 1;
        QTest::addRow("memorial last monday of may")
            << QStringLiteral("Memorial Day") << 5 << 25 << 1;
        QTest::addRow("labor 1st monday of september")
            << QStringLiteral("Labor Day") << 9 << 1 << 1;
        QTest::addRow("columbus 2nd monday of october")
            << QStringLiteral("Columbus Day") << 10 << 8 << 1;
        QTest::addRow("thanksgiving 4th thursday of november")
            << QStringLiteral("Thanksgiving Day") << 11 << 22 << 4;
    }
    void federalHolidays_weekdayRule_holdsForACentury()
    {
        QFETCH(QString, name);
        QFETCH(int, month);
        QFETCH(int, firstDay);
        QFETCH(int, weekday);
        for (int year = 2000; year <= 2100; ++year) {
            const QList<Holiday> holidays = BusinessCalendar::federalHolidays(year);
            const auto found = std::find_if(holidays.cbegin(), holidays.cend(),
                                            [&](const Holiday& h) { return h.name == name; });
            QVERIFY2(found != holidays.cend(), qPrintable(QString::number(year)));
            QCOMPARE(found->observed, found->actual);
            QCOMPARE(found->actual.month(), month);
            QCOMPARE(found->actual.dayOfWeek(), weekday);
            QVERIFY(found->actual.day() >= firstDay && found->actual.day() < firstDay + 7);
        }
    }

    void federalHolidays_beforeEnactment_hasNoJuneteenth()
    {
        for (const Holiday& holiday : BusinessCalendar::federalHolidays(2020))
            QVERIFY(!holiday.name.startsWith(QLatin1String("Juneteenth")));
        QCOMPARE(BusinessCalendar::federalHolidays(2020).size(), 10);
    }

    void isBusinessDay_day_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("business");
        QTest::addRow("tuesday") << day("2025-11-25") << true;
        QTest::addRow("saturday") << day("2025-11-22") << false;
        QTest::addRow("sunday") << day("2025-11-23") << false;
        QTest::addRow("thanksgiving") << day("2025-11-27") << false;
        QTest::addRow("friday after thanksgiving") << day("2025-11-28") << true;
        QTest::addRow("independence observed friday") << day("2026-07-03") << false;
        QTest::addRow("independence in law saturday") << day("2026-07-04") << false;
        QTest::addRow("new year 2022 observed 2021-12-31") << day("2021-12-31") << false;
        QTest::addRow("monday after new year saturday") << day("2022-01-03") << true;
        QTest::addRow("closure") << day("2025-12-26") << false;
        QTest::addRow("invalid date") << QDate() << false;
    }
    void isBusinessDay_day()
    {
        QFETCH(QDate, date);
        QFETCH(bool, business);
        const BusinessCalendar calendar(
            {}, {Closure{day("2025-12-26"), QStringLiteral("Executive order")}});
        QCOMPARE(calendar.isBusinessDay(date), business);
        QCOMPARE(calendar.whyClosed(date).isEmpty(), business);
    }

    void addBusinessDays_from_skipsNonBusinessDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::addRow("over thanksgiving") << day("2025-11-26") << 2 << day("2025-12-01");
        QTest::addRow("holiday weekend july 2026") << day("2026-07-02") << 1 << day("2026-07-06");
        QTest::addRow("mlk long weekend") << day("2026-01-16") << 1 << day("2026-01-20");
        QTest::addRow("year boundary christmas and new year")
            << day("2025-12-24") << 5 << day("2026-01-02");
        QTest::addRow("year boundary new year observed 2021-12-31")
            << day("2021-12-30") << 1 << day("2022-01-03");
        QTest::addRow("zero days from a saturday") << day("2025-11-29") << 0 << day("2025-11-29");
        QTest::addRow("from a saturday") << day("2025-11-29") << 1 << day("2025-12-01");
        QTest::addRow("negative over thanksgiving") << day("2025-12-01") << -2 << day("2025-11-26");
        QTest::addRow("a year of business days") << day("2025-01-02") << 250 << day("2026-01-02");
    }
    void addBusinessDays_from_skipsNonBusinessDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        const BusinessCalendar calendar;
        QCOMPARE(calendar.addBusinessDays(from, days), expected);
        if (days > 0) {
            // Every day in (from, expected] is either counted or skipped with a reason.
            const auto skipped = calendar.skippedDays(from, expected);
            QCOMPARE(from.daysTo(expected) - skipped.size(), qint64(days));
            for (const auto& [date, reason] : skipped)
                QVERIFY2(!reason.isEmpty(), qPrintable(date.toString(Qt::ISODate)));
        }
    }

    void closures_centerClosure_skippedWithItsReason()
    {
        const QString reason = QStringLiteral("Executive order: closed the day after Christmas");
        const BusinessCalendar calendar({}, {Closure{day("2025-12-26"), reason}});
        QVERIFY(!calendar.isBusinessDay(day("2025-12-26")));
        QCOMPARE(calendar.closureOn(day("2025-12-26")), (Closure{day("2025-12-26"), reason}));
        QVERIFY(!calendar.closureOn(day("2025-12-29")).has_value());
        QCOMPARE(calendar.addBusinessDays(day("2025-12-24"), 1), day("2025-12-29"));
        QCOMPARE(BusinessCalendar().addBusinessDays(day("2025-12-24"), 1), day("2025-12-26"));
        const QList<std::pair<QDate, QString>> expected{
            {day("2025-12-25"), QStringLiteral("Christmas Day")},
            {day("2025-12-26"), reason},
            {day("2025-12-27"), QStringLiteral("weekend (Saturday)")},
            {day("2025-12-28"), QStringLiteral("weekend (Sunday)")}};
        QCOMPARE(calendar.skippedDays(day("2025-12-24"), day("2025-12-29")), expected);
        QCOMPARE(calendar.closures().size(), 1);
    }

    void skippedDays_observedHoliday_saysObserved()
    {
        const auto skipped = BusinessCalendar().skippedDays(day("2026-07-02"), day("2026-07-03"));
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped.constFirst().second, QStringLiteral("Independence Day (observed)"));
    }

    void rollForward_day_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("expected");
        QTest::addRow("business day stays") << day("2025-11-25") << day("2025-11-25");
        QTest::addRow("saturday to monday") << day("2025-11-22") << day("2025-11-24");
        QTest::addRow("thanksgiving to friday") << day("2025-11-27") << day("2025-11-28");
        QTest::addRow("saturday before washington's birthday to tuesday")
            << day("2026-02-14") << day("2026-02-17");
        QTest::addRow("2021-12-31 to 2022-01-03") << day("2021-12-31") << day("2022-01-03");
    }
    void rollForward_day()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, expected);
        QCOMPARE(BusinessCalendar().rollForward(date), expected);
    }

    void addBusinessMinutes_start_givesInstant_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QDateTime>("expected");
        const auto ny = [](const char* text) { return at(text, newYork); };
        QTest::addRow("within a day")
            << newYork << ny("2025-11-25 10:00") << qint64(60) << ny("2025-11-25 11:00");
        QTest::addRow("ends exactly at closing")
            << newYork << ny("2025-11-25 16:00") << qint64(60) << ny("2025-11-25 17:00");
        QTest::addRow("overnight")
            << newYork << ny("2025-11-25 16:30") << qint64(60) << ny("2025-11-26 08:30");
        QTest::addRow("before opening counts from opening")
            << newYork << ny("2025-11-25 06:00") << qint64(30) << ny("2025-11-25 08:30");
        QTest::addRow("after closing zero minutes is next opening")
            << newYork << ny("2025-11-25 18:00") << qint64(0) << ny("2025-11-26 08:00");
        QTest::addRow("over a weekend")
            << newYork << ny("2025-11-21 16:00") << qint64(120) << ny("2025-11-24 09:00");
        QTest::addRow("over thanksgiving")
            << newYork << ny("2025-11-26 16:00") << qint64(120) << ny("2025-11-28 09:00");
        QTest::addRow("start on a holiday")
            << newYork << ny("2025-11-27 10:00") << qint64(10) << ny("2025-11-28 08:10");
        QTest::addRow("three full days")
            << newYork << ny("2025-11-24 08:00") << qint64(3 * 540) << ny("2025-11-26 17:00");
        QTest::addRow("over christmas and new year")
            << newYork << ny("2025-12-24 12:00") << qint64(5 * 540)
            << ny("2026-01-02 12:00"); // skips 12-25, 27-28, 2026-01-01
        // The same UTC instant is 10:30 in New York and 07:30 (before
        // opening) in Los Angeles.
        QTest::addRow("same instant new york")
            << newYork << utc("2025-11-25T15:30:00Z") << qint64(60) << utc("2025-11-25T16:30:00Z");
        QTest::addRow("same instant los angeles") << losAngeles << utc("2025-11-25T15:30:00Z")
                                                  << qint64(60) << utc("2025-11-25T17:00:00Z");
        // 18:00 in New York (closed), 15:00 in Los Angeles (open).
        QTest::addRow("evening instant new york")
            << newYork << utc("2025-11-25T23:00:00Z") << qint64(60) << utc("2025-11-26T14:00:00Z");
        QTest::addRow("evening instant los angeles") << losAngeles << utc("2025-11-25T23:00:00Z")
                                                     << qint64(60) << utc("2025-11-26T00:00:00Z");
        // Daylight saving time begins 2026-03-08 and ends 2025-11-02: 09:00 on
        // the wall stays 09:00, so the UTC offset of the result changes.
        QTest::addRow("across spring forward new york")
            << newYork << ny("2026-03-06 16:00") << qint64(120) << utc("2026-03-09T13:00:00Z");
        QTest::addRow("across fall back new york")
            << newYork << ny("2025-10-31 16:00") << qint64(120) << utc("2025-11-03T14:00:00Z");
        QTest::addRow("across spring forward los angeles")
            << losAngeles << at("2026-03-06 16:00", losAngeles) << qint64(120)
            << utc("2026-03-09T16:00:00Z");
    }
    void addBusinessMinutes_start_givesInstant()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, start);
        QFETCH(qint64, minutes);
        QFETCH(QDateTime, expected);
        const BusinessCalendar calendar = calendarIn(zone);
        const QDateTime result = calendar.addBusinessMinutes(start, minutes);
        QCOMPARE(result.toUTC(), expected.toUTC());
        QCOMPARE(result.timeZone(), QTimeZone(zone));
        QCOMPARE(calendar.businessMinutesBetween(start, result), minutes);
    }

    void addBusinessMinutes_transitionWithinHours_countsRealTime_data()
    {
        // Israel moves its clocks on a Friday at 02:00 (2024-03-29): with hours
        // 01:00-12:00 that business day is 10 hours long, not 11.
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QDateTime>("expected");
        const QByteArray jerusalem("Asia/Jerusalem");
        QTest::addRow("to the end of the short friday")
            << at("2024-03-28 11:00", jerusalem) << qint64(60 + 600) << utc("2024-03-29T09:00:00Z");
        QTest::addRow("one minute more is monday")
            << at("2024-03-28 11:00", jerusalem) << qint64(60 + 601) << utc("2024-03-31T22:01:00Z");
        QTest::addRow("across the jump") << at("2024-03-29 01:30", jerusalem) << qint64(60)
                                         << utc("2024-03-29T00:30:00Z"); // 03:30 IDT
    }
    void addBusinessMinutes_transitionWithinHours_countsRealTime()
    {
        QFETCH(QDateTime, start);
        QFETCH(qint64, minutes);
        QFETCH(QDateTime, expected);
        BusinessHours hours;
        hours.open = QTime(1, 0);
        hours.close = QTime(12, 0);
        hours.timeZone = "Asia/Jerusalem";
        const BusinessCalendar calendar(hours);
        const QDateTime result = calendar.addBusinessMinutes(start, minutes);
        QCOMPARE(result.toUTC(), expected.toUTC());
        QCOMPARE(calendar.businessMinutesBetween(start, result), minutes);
    }

    void addBusinessMinutes_invalidInput_givesInvalid()
    {
        QVERIFY(!BusinessCalendar().addBusinessMinutes(QDateTime(), 10).isValid());
        BusinessHours empty;
        empty.open = QTime(17, 0);
        empty.close = QTime(8, 0);
        QVERIFY(
            !BusinessCalendar(empty).addBusinessMinutes(utc("2025-11-25T15:00:00Z"), 10).isValid());
        BusinessHours unknownZone;
        unknownZone.timeZone = "Mars/Olympus_Mons";
        QVERIFY(!BusinessCalendar(unknownZone)
                     .addBusinessMinutes(utc("2025-11-25T15:00:00Z"), 10)
                     .isValid());
    }

    void businessMinutesBetween_instants_countsOnlyBusinessTime_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<qint64>("minutes");
        const auto ny = [](const char* text) { return at(text, newYork); };
        QTest::addRow("same day") << ny("2025-11-25 09:00") << ny("2025-11-25 10:30") << qint64(90);
        QTest::addRow("night only")
            << ny("2025-11-25 17:30") << ny("2025-11-26 07:59") << qint64(0);
        QTest::addRow("whole week with thanksgiving")
            << ny("2025-11-24 00:00") << ny("2025-11-30 23:59") << qint64(4 * 540);
        QTest::addRow("backwards is negative")
            << ny("2025-11-25 10:30") << ny("2025-11-25 09:00") << qint64(-90);
        QTest::addRow("a year") << ny("2025-01-01 00:00") << ny("2026-01-01 00:00")
                                << qint64(250 * 540);
    }
    void businessMinutesBetween_instants_countsOnlyBusinessTime()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(qint64, minutes);
        QCOMPARE(BusinessCalendar().businessMinutesBetween(from, to), minutes);
    }

    void businessMinutesBetween_randomStarts_roundTripsAddBusinessMinutes_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addRow("new york") << newYork;
        QTest::addRow("los angeles") << losAngeles;
    }
    void businessMinutesBetween_randomStarts_roundTripsAddBusinessMinutes()
    {
        QFETCH(QByteArray, zone);
        const BusinessCalendar calendar =
            calendarIn(zone, {Closure{day("2025-12-26"), QStringLiteral("closed")},
                              Closure{day("2024-07-05"), QStringLiteral("closed")}});
        QRandomGenerator random(20251125); // fixed: a failure can be replayed
        const qint64 first = utc("2021-01-01T00:00:00Z").toSecsSinceEpoch();
        const qint64 last = utc("2027-12-31T00:00:00Z").toSecsSinceEpoch();
        for (int i = 0; i < 3000; ++i) {
            const QDateTime start =
                QDateTime::fromSecsSinceEpoch(random.bounded(first, last), QTimeZone::utc());
            const qint64 minutes = random.bounded(qint64(0), qint64(60 * 540));
            const QDateTime end = calendar.addBusinessMinutes(start, minutes);
            QVERIFY(end.isValid());
            QVERIFY(end >= start);
            QCOMPARE(calendar.businessMinutesBetween(start, end), minutes);
            // The end is inside business hours on a business day.
            const QDateTime local = end.toTimeZone(QTimeZone(zone));
            QVERIFY2(calendar.isBusinessDay(local.date()), qPrintable(local.toString(Qt::ISODate)));
            QVERIFY(local.time() >= calendar.hours().open &&
                    local.time() <= calendar.hours().close);
        }
    }

    void forCenter_storeCenter_readsHoursZoneAndClosures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Store::open(dir.filePath(QStringLiteral("calendar.db")));
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        Store& store = **opened;

        Result<BusinessCalendar> aft = BusinessCalendar::forCenter(store, QStringLiteral("AFT"));
        QVERIFY2(aft.ok(), qPrintable(aft ? QString() : aft.error().message));
        QCOMPARE(aft->hours().timeZone, losAngeles);
        QCOMPARE(aft->hours().open, QTime(8, 0));
        QCOMPARE(aft->hours().close, QTime(17, 0));

        QVERIFY(store
                    .run(QStringLiteral("UPDATE center SET business_open = '07:30', "
                                        "business_close = '16:00' WHERE code = 'PHC'"))
                    .ok());
        // Table center_closure comes from migration 3.
        const Result<QSqlQuery> inserted =
            store.run(QStringLiteral(
                          "INSERT INTO center_closure (uuid, updated_at, center_code, day, reason) "
                          "VALUES (?, ?, 'PHC', '2025-12-26', 'Executive order'), "
                          "(?, ?, 'AFT', '2025-12-29', 'Power outage')"),
                      {newUuid(), toStoredTime(QDateTime::currentDateTimeUtc()), newUuid(),
                       toStoredTime(QDateTime::currentDateTimeUtc())});
        QVERIFY2(inserted.ok(), qPrintable(inserted ? QString() : inserted.error().message));

        Result<BusinessCalendar> phc = BusinessCalendar::forCenter(store, QStringLiteral("PHC"));
        QVERIFY2(phc.ok(), qPrintable(phc ? QString() : phc.error().message));
        QCOMPARE(phc->hours().timeZone, newYork);
        QCOMPARE(phc->hours().open, QTime(7, 30));
        QCOMPARE(phc->hours().close, QTime(16, 0));
        QCOMPARE(phc->closures(),
                 (QList<Closure>{{day("2025-12-26"), QStringLiteral("Executive order")}}));
        QVERIFY(!phc->isBusinessDay(day("2025-12-26")));
        QVERIFY(phc->isBusinessDay(day("2025-12-29")));
        QCOMPARE(phc->addBusinessMinutes(at("2025-11-25 15:30", newYork), 60),
                 at("2025-11-26 08:00", newYork));
    }

    void forCenter_storeWithoutClosureTable_hasNoClosures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Store::open(dir.filePath(QStringLiteral("plain.db")));
        QVERIFY(opened.ok());
        // A store from before migration 3 had no closures table.
        QVERIFY((*opened)->run(QStringLiteral("DROP TABLE IF EXISTS center_closure")).ok());
        Result<BusinessCalendar> ele = BusinessCalendar::forCenter(**opened, QStringLiteral("ELE"));
        QVERIFY2(ele.ok(), qPrintable(ele ? QString() : ele.error().message));
        QVERIFY(ele->closures().isEmpty());
        QCOMPARE(ele->hours().timeZone, losAngeles);
    }

    void forCenter_unknownOrBadCenter_refusedNamingIt_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("update");
        QTest::addColumn<QString>("field");
        QTest::addRow("unknown center")
            << QStringLiteral("ZZZ") << QString() << QStringLiteral("center");
        QTest::addRow("closing before opening")
            << QStringLiteral("BMT")
            << QStringLiteral("UPDATE center SET business_close = '07:00' WHERE code = 'BMT'")
            << QStringLiteral("businessOpen");
        QTest::addRow("unknown time zone")
            << QStringLiteral("MAC")
            << QStringLiteral(
                   "UPDATE center SET time_zone = 'Mars/Olympus_Mons' WHERE code = 'MAC'")
            << QStringLiteral("timeZone");
    }
    void forCenter_unknownOrBadCenter_refusedNamingIt()
    {
        QFETCH(QString, code);
        QFETCH(QString, update);
        QFETCH(QString, field);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Store::open(dir.filePath(QStringLiteral("bad.db")));
        QVERIFY(opened.ok());
        if (!update.isEmpty())
            QVERIFY((*opened)->run(update).ok());
        const Result<BusinessCalendar> calendar = BusinessCalendar::forCenter(**opened, code);
        QVERIFY(!calendar.ok());
        QCOMPARE(calendar.error().field, field);
        QVERIFY2(calendar.error().message.contains(code), qPrintable(calendar.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
