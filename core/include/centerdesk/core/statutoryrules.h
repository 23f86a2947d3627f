#pragma once

#include "centerdesk/core/businesscalendar.h"
#include "centerdesk/core/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace centerdesk::core {

// One statutory deadline rule (domain facts, section 5), as shipped in
// resources/rules/statutory.json with its citation and confidence.
struct StatutoryRule final
{
    QString id;         // stable, e.g. "protest-filing"
    QString title;      // "Protest filing"
    QString citation;   // "19 USC 1514(c)(3)"
    QString confidence; // V, V2 or U, as in the facts
    QString startEvent; // what starts the clock, e.g. "liquidation date"
    QString atLapse;    // what happens when it runs out, e.g. "deemed denied"; may be empty
    QString note;       // e.g. "extendable up to 4 years total"; may be empty
    int amount = 0;
    enum class Unit
    {
        CalendarDays,
        BusinessDays,
        Months,
        Years
    } unit = Unit::CalendarDays;
    // Whether a due date on a weekend, holiday or closure moves to the next
    // business day. Not verified rule by rule, so off unless the table says so.
    bool rollForward = false;

    friend bool operator==(const StatutoryRule&, const StatutoryRule&) = default;
};

// "calendar-days", "business-days", "months", "years": the names used in the JSON.
QString statutoryUnitName(StatutoryRule::Unit unit);
std::optional<StatutoryRule::Unit> statutoryUnitFromName(const QString& name);
// "180 calendar days", "1 business day", "21 months", "2 years".
QString statutoryAmountText(const StatutoryRule& rule);

// A computed due date that can explain itself.
struct Deadline final
{
    QString ruleId;
    QDate start;
    QDate due;         // after the roll-forward, when the rule has one
    QDate unrolledDue; // the date the amount alone gives
    bool rolled = false;
    QString citation;
    // A readable English sentence: start event and date, rule, amount and
    // unit, weekends and holidays skipped or the roll-forward, what happens at lapse.
    QString explanation;
    // Business-day rules: the non-business days not counted; roll-forward:
    // the days rolled over. Calendar-day rules count every day: empty.
    QList<std::pair<QDate, QString>> skipped;
};

// The table of statutory rules.
class StatutoryRules final
{
public:
    // Parses and checks a JSON document {"dataVersion": N, "rules": [...]}:
    // required fields, unique ids, a known unit, amount > 0, confidence V, V2
    // or U. The error names the field that failed.
    static Result<StatutoryRules> fromJson(const QByteArray& json);
    // The table compiled into this CenterDesk (:/centerdesk/rules/statutory.json).
    static const StatutoryRules& builtIn();

    int dataVersion() const;
    const QList<StatutoryRule>& rules() const;
    const StatutoryRule* find(const QString& id) const; // nullptr when unknown
    QStringList ids() const;

    // The deadline of `rule` for a clock started on `start`. Calendar days
    // count every day; business days count only the calendar's business days
    // (`start` itself not counted). Months and years use QDate::addMonths and
    // QDate::addYears: a day that does not exist in the target month becomes
    // that month's last day (2024-05-31 + 21 months = 2026-02-28; 2024-02-29
    // + 1 year = 2025-02-28). With rollForward, a due date that is not a
    // business day moves to the next business day.
    static Deadline deadline(const StatutoryRule& rule, const QDate& start,
                             const BusinessCalendar& calendar);

private:
    int m_dataVersion = 0;
    QList<StatutoryRule> m_rules;
};

} // namespace centerdesk::core
