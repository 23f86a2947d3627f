#include "centerdesk/core/statutoryrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace centerdesk::core {

namespace {

// Gives lupdate and QCoreApplication one translation context for this file.
class StatutoryRulesMessages final
{
    Q_DECLARE_TR_FUNCTIONS(StatutoryRulesMessages)
};

// Reads a required, non-empty string member; `where` names the record.
Result<QString> requiredString(const QJsonObject& object, const QString& key, const QString& where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return Error::invalid(key, QStringLiteral("required"),
                              StatutoryRulesMessages::tr(
                                  "Statutory rules: %1 has no '%2' (a non-empty text is required).")
                                  .arg(where, key));
    }
    return value.toString().trimmed();
}

// Reads an optional string member ('' when absent).
Result<QString> optionalString(const QJsonObject& object, const QString& key, const QString& where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString()) {
        return Error::invalid(
            key, QStringLiteral("type"),
            StatutoryRulesMessages::tr("Statutory rules: %1 has a '%2' that is not a text.")
                .arg(where, key));
    }
    return value.toString().trimmed();
}

Result<StatutoryRule> parseRule(const QJsonObject& object, const QString& where)
{
    static const QRegularExpression idFormat(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    StatutoryRule rule;
    for (auto [key, target] : {std::pair{QStringLiteral("id"), &rule.id},
                               std::pair{QStringLiteral("title"), &rule.title},
                               std::pair{QStringLiteral("citation"), &rule.citation},
                               std::pair{QStringLiteral("confidence"), &rule.confidence},
                               std::pair{QStringLiteral("startEvent"), &rule.startEvent}}) {
        const Result<QString> value = requiredString(object, key, where);
        if (!value)
            return value.error();
        *target = *value;
    }
    if (!idFormat.match(rule.id).hasMatch()) {
        return Error::invalid(QStringLiteral("id"), QStringLiteral("id-format"),
                              StatutoryRulesMessages::tr(
                                  "Statutory rules: %1 has id '%2'; an id is lower-case letters "
                                  "and digits joined by hyphens, such as 'protest-filing'.")
                                  .arg(where, rule.id));
    }
    if (rule.confidence != QLatin1String("V") && rule.confidence != QLatin1String("V2") &&
        rule.confidence != QLatin1String("U")) {
        return Error::invalid(QStringLiteral("confidence"), QStringLiteral("confidence"),
                              StatutoryRulesMessages::tr(
                                  "Statutory rules: rule %1 has confidence '%2'; use V (read in "
                                  "the cited text), V2 (secondary source) or U (not verified).")
                                  .arg(rule.id, rule.confidence));
    }

    const QJsonValue amount = object.value(QStringLiteral("amount"));
    const double number = amount.toDouble(0.0);
    if (!amount.isDouble() || std::floor(number) != number) {
        return Error::invalid(
            QStringLiteral("amount"), QStringLiteral("required"),
            StatutoryRulesMessages::tr("Statutory rules: rule %1 has no whole-number 'amount'.")
                .arg(rule.id));
    }
    if (number < 1.0 || number > 100000.0) {
        return Error::invalid(
            QStringLiteral("amount"), QStringLiteral("positive"),
            StatutoryRulesMessages::tr("Statutory rules: rule %1 has amount %2; the amount must be "
                                       "more than 0 (and at most 100000).")
                .arg(rule.id)
                .arg(number));
    }
    rule.amount = static_cast<int>(number);

    const Result<QString> unitName = requiredString(object, QStringLiteral("unit"), where);
    if (!unitName)
        return unitName.error();
    const std::optional<StatutoryRule::Unit> unit = statutoryUnitFromName(*unitName);
    if (!unit) {
        return Error::invalid(
            QStringLiteral("unit"), QStringLiteral("unit"),
            StatutoryRulesMessages::tr("Statutory rules: rule %1 has unit '%2'; use calendar-days, "
                                       "business-days, months or years.")
                .arg(rule.id, *unitName));
    }
    rule.unit = *unit;

    const QJsonValue rollForward = object.value(QStringLiteral("rollForward"));
    if (!rollForward.isUndefined() && !rollForward.isBool()) {
        return Error::invalid(
            QStringLiteral("rollForward"), QStringLiteral("type"),
            StatutoryRulesMessages::tr("Statutory rules: rule %1 has a 'rollForward' that is not "
                                       "true or false.")
                .arg(rule.id));
    }
    rule.rollForward = rollForward.toBool(false);

    for (auto [key, target] : {std::pair{QStringLiteral("atLapse"), &rule.atLapse},
                               std::pair{QStringLiteral("note"), &rule.note}}) {
        const Result<QString> value = optionalString(object, key, where);
        if (!value)
            return value.error();
        *target = *value;
    }
    return rule;
}

QString withFullStop(const QString& text)
{
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

QString dayText(const QDate& day)
{
    return QStringLiteral("%1 %2").arg(QLocale::c().dayName(day.dayOfWeek()),
                                       day.toString(Qt::ISODate));
}

// "5 weekend days and Birthday of Martin Luther King, Jr. (2026-01-19)".
QString skippedText(const QList<std::pair<QDate, QString>>& skipped)
{
    int weekendDays = 0;
    QStringList others;
    for (const auto& [day, why] : skipped) {
        if (day.dayOfWeek() == Qt::Saturday || day.dayOfWeek() == Qt::Sunday)
            ++weekendDays;
        else
            others.append(QStringLiteral("%1 (%2)").arg(why, day.toString(Qt::ISODate)));
    }
    QStringList parts;
    if (weekendDays > 0) {
        parts.append((weekendDays == 1 ? StatutoryRulesMessages::tr("%1 weekend day")
                                       : StatutoryRulesMessages::tr("%1 weekend days"))
                         .arg(weekendDays));
    }
    parts += others;
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return StatutoryRulesMessages::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
}

} // namespace

QString statutoryUnitName(StatutoryRule::Unit unit)
{
    switch (unit) {
    case StatutoryRule::Unit::CalendarDays:
        return QStringLiteral("calendar-days");
    case StatutoryRule::Unit::BusinessDays:
        return QStringLiteral("business-days");
    case StatutoryRule::Unit::Months:
        return QStringLiteral("months");
    case StatutoryRule::Unit::Years:
        return QStringLiteral("years");
    }
    return {};
}

std::optional<StatutoryRule::Unit> statutoryUnitFromName(const QString& name)
{
    for (const StatutoryRule::Unit unit :
         {StatutoryRule::Unit::CalendarDays, StatutoryRule::Unit::BusinessDays,
          StatutoryRule::Unit::Months, StatutoryRule::Unit::Years}) {
        if (statutoryUnitName(unit) == name)
            return unit;
    }
    return std::nullopt;
}

QString statutoryAmountText(const StatutoryRule& rule)
{
    // Singular and plural spelled out: the CLI runs without a translator that
    // would resolve %n plurals.
    const bool one = rule.amount == 1;
    switch (rule.unit) {
    case StatutoryRule::Unit::CalendarDays:
        return (one ? StatutoryRulesMessages::tr("%1 calendar day")
                    : StatutoryRulesMessages::tr("%1 calendar days"))
            .arg(rule.amount);
    case StatutoryRule::Unit::BusinessDays:
        return (one ? StatutoryRulesMessages::tr("%1 business day")
                    : StatutoryRulesMessages::tr("%1 business days"))
            .arg(rule.amount);
    case StatutoryRule::Unit::Months:
        return (one ? StatutoryRulesMessages::tr("%1 month")
                    : StatutoryRulesMessages::tr("%1 months"))
            .arg(rule.amount);
    case StatutoryRule::Unit::Years:
        return (one ? StatutoryRulesMessages::tr("%1 year")
                    : StatutoryRulesMessages::tr("%1 years"))
            .arg(rule.amount);
    }
    return {};
}

Result<StatutoryRules> StatutoryRules::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::invalid(
            QStringLiteral("document"), QStringLiteral("json"),
            StatutoryRulesMessages::tr("Statutory rules are not a JSON object (%1 at offset %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    StatutoryRules table;
    table.m_dataVersion = root.value(QStringLiteral("dataVersion")).toInt(0);
    if (table.m_dataVersion < 1) {
        return Error::invalid(QStringLiteral("dataVersion"), QStringLiteral("required"),
                              StatutoryRulesMessages::tr(
                                  "Statutory rules have no dataVersion (a whole number of 1 or "
                                  "more is required)."));
    }
    const QJsonArray array = root.value(QStringLiteral("rules")).toArray();
    if (array.isEmpty()) {
        return Error::invalid(
            QStringLiteral("rules"), QStringLiteral("required"),
            StatutoryRulesMessages::tr("Statutory rules must list at least one rule in 'rules'."));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return Error::invalid(
                QStringLiteral("rules"), QStringLiteral("type"),
                StatutoryRulesMessages::tr("Statutory rules: rule #%1 is not a JSON object.")
                    .arg(i + 1));
        }
        const QString where = StatutoryRulesMessages::tr("rule #%1").arg(i + 1);
        Result<StatutoryRule> rule = parseRule(array.at(i).toObject(), where);
        if (!rule)
            return rule.error();
        if (seen.contains(rule->id)) {
            return Error::invalid(
                QStringLiteral("id"), QStringLiteral("duplicate"),
                StatutoryRulesMessages::tr("Statutory rules: rule %1 is listed twice.")
                    .arg(rule->id));
        }
        seen.insert(rule->id);
        table.m_rules.append(std::move(rule).value());
    }
    return table;
}

const StatutoryRules& StatutoryRules::builtIn()
{
    static const StatutoryRules table = [] {
        QFile file(QStringLiteral(":/centerdesk/rules/statutory.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in statutory rules are missing from the core resources");
        Result<StatutoryRules> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("the built-in statutory rules are invalid: %s",
                   qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return table;
}

int StatutoryRules::dataVersion() const
{
    return m_dataVersion;
}

const QList<StatutoryRule>& StatutoryRules::rules() const
{
    return m_rules;
}

const StatutoryRule* StatutoryRules::find(const QString& id) const
{
    for (const StatutoryRule& rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QStringList StatutoryRules::ids() const
{
    QStringList result;
    result.reserve(m_rules.size());
    for (const StatutoryRule& rule : m_rules)
        result.append(rule.id);
    return result;
}

Deadline StatutoryRules::deadline(const StatutoryRule& rule, const QDate& start,
                                  const BusinessCalendar& calendar)
{
    Deadline deadline;
    deadline.ruleId = rule.id;
    deadline.start = start;
    deadline.citation = rule.citation;
    if (!start.isValid()) {
        deadline.explanation =
            StatutoryRulesMessages::tr("%1: no valid %2 is known, so there is no due date yet.")
                .arg(rule.title, rule.startEvent);
        return deadline;
    }

    switch (rule.unit) {
    case StatutoryRule::Unit::CalendarDays:
        deadline.unrolledDue = start.addDays(rule.amount);
        break;
    case StatutoryRule::Unit::BusinessDays:
        deadline.unrolledDue = calendar.addBusinessDays(start, rule.amount);
        deadline.skipped = calendar.skippedDays(start, deadline.unrolledDue);
        break;
    case StatutoryRule::Unit::Months:
        deadline.unrolledDue = start.addMonths(rule.amount);
        break;
    case StatutoryRule::Unit::Years:
        deadline.unrolledDue = start.addYears(rule.amount);
        break;
    }
    deadline.due = deadline.unrolledDue;
    const bool dueIsBusinessDay = calendar.isBusinessDay(deadline.unrolledDue);
    if (rule.rollForward && !dueIsBusinessDay) {
        deadline.due = calendar.rollForward(deadline.unrolledDue);
        deadline.rolled = true;
        deadline.skipped =
            calendar.skippedDays(deadline.unrolledDue.addDays(-1), deadline.due.addDays(-1));
    }

    QStringList sentences;
    sentences.append(StatutoryRulesMessages::tr("%1 is due on %2: %3 after the %4 of %5 (%6).")
                         .arg(rule.title, dayText(deadline.due), statutoryAmountText(rule),
                              rule.startEvent, dayText(start), rule.citation));
    const bool monthly =
        rule.unit == StatutoryRule::Unit::Months || rule.unit == StatutoryRule::Unit::Years;
    if (monthly && deadline.unrolledDue.day() != start.day()) {
        sentences.append(
            StatutoryRulesMessages::tr(
                "%1 has no day %2, so the clock ends on the last day of that month.")
                .arg(QLocale::c().toString(deadline.unrolledDue, QStringLiteral("MMMM yyyy")))
                .arg(start.day()));
    }
    if (rule.unit == StatutoryRule::Unit::CalendarDays) {
        sentences.append(StatutoryRulesMessages::tr("Calendar days count weekends and holidays."));
    } else if (rule.unit == StatutoryRule::Unit::BusinessDays) {
        sentences.append(
            deadline.skipped.isEmpty()
                ? StatutoryRulesMessages::tr(
                      "Only business days count; no weekend or holiday fell in "
                      "the period.")
                : StatutoryRulesMessages::tr("Only business days count; not counted: %1.")
                      .arg(skippedText(deadline.skipped)));
    }
    if (deadline.rolled) {
        sentences.append(
            StatutoryRulesMessages::tr("%1 is not a business day, and this rule rolls forward: the "
                                       "deadline moves to the next business day, passing over %2.")
                .arg(deadline.unrolledDue.toString(Qt::ISODate), skippedText(deadline.skipped)));
    } else if (!dueIsBusinessDay && rule.unit != StatutoryRule::Unit::BusinessDays) {
        sentences.append(StatutoryRulesMessages::tr(
                             "%1 is not a business day: %2. This rule does not roll forward "
                             "(whether it should is not verified), so the deadline stays on it.")
                             .arg(deadline.unrolledDue.toString(Qt::ISODate),
                                  calendar.whyClosed(deadline.unrolledDue)));
    }
    if (!rule.atLapse.isEmpty())
        sentences.append(
            StatutoryRulesMessages::tr("At lapse: %1").arg(withFullStop(rule.atLapse)));
    if (!rule.note.isEmpty())
        sentences.append(StatutoryRulesMessages::tr("Note: %1").arg(withFullStop(rule.note)));
    if (rule.confidence == QLatin1String("U")) {
        sentences.append(StatutoryRulesMessages::tr(
            "This rule is not verified (confidence U): a configurable default, not law."));
    } else if (rule.confidence == QLatin1String("V2")) {
        sentences.append(StatutoryRulesMessages::tr(
            "This rule was read in a secondary source only (confidence V2)."));
    }
    deadline.explanation = sentences.join(QLatin1Char(' '));
    return deadline;
}

} // namespace centerdesk::core
