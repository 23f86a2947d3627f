// calendar holidays | add-business-days, deadline, rules list: the business
// calendar and the statutory rule table. None needs a store or a user; with
// --center, the Center's calendar comes from the store when there is one.
#include "centerdesk/core/businesscalendar.h"
#include "centerdesk/core/referencedata.h"
#include "centerdesk/core/statutoryrules.h"
#include "cliapp.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace centerdesk::cli {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// A YYYY-MM-DD option value; an Error naming the option when it is not one.
core::Result<QDate> dateOption(const QString& option, const QString& text)
{
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        return core::Error::invalid(
            option, QStringLiteral("date"),
            QStringLiteral("--%1 '%2' is not a date; give YYYY-MM-DD.").arg(option, text));
    }
    return date;
}

QJsonArray skippedJson(const QList<std::pair<QDate, QString>>& skipped)
{
    QJsonArray array;
    for (const auto& [day, reason] : skipped)
        array.append(QJsonObject{{QStringLiteral("date"), isoDate(day)},
                                 {QStringLiteral("reason"), reason}});
    return array;
}

// The calendar to count with: plain federal (no --center), the Center's from
// the store when one exists at the effective path (HQ may have sent newer
// hours, and closures live there), else the Center's hours built into this version.
core::Result<core::BusinessCalendar> calendarFor(const CliContext& context, const QString& center)
{
    if (center.isEmpty())
        return core::BusinessCalendar();
    if (QFileInfo::exists(context.effectiveStorePath())) {
        auto store = context.openStore(false);
        if (!store)
            return store.error();
        return core::BusinessCalendar::forCenter(**store, center);
    }
    QStringList known;
    for (const core::Center& candidate : core::ReferenceData::builtIn().centers) {
        if (candidate.code == center) {
            core::BusinessHours hours;
            hours.open = QTime::fromString(candidate.businessOpen, QStringLiteral("HH:mm"));
            hours.close = QTime::fromString(candidate.businessClose, QStringLiteral("HH:mm"));
            hours.timeZone = candidate.timeZone.toLatin1();
            return core::BusinessCalendar(hours);
        }
        known.append(candidate.code);
    }
    return core::Error::notFound(QStringLiteral("center"),
                                 QStringLiteral("There is no Center '%1'; the Centers are: %2.")
                                     .arg(center, known.join(QStringLiteral(", "))));
}

QCommandLineOption centerOption()
{
    return {QStringLiteral("center"),
            QStringLiteral("Count with this Center's calendar (its closures, from the store when "
                           "there is one)."),
            QStringLiteral("CODE")};
}

int runHolidays(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the federal holidays (5 U.S.C. 6103) observed in a year, with the "
                       "date each one falls on in law. A holiday on a Saturday is observed the "
                       "Friday before, on a Sunday the Monday after, so New Year's Day can be "
                       "observed on December 31 of the year before.\nWith --json: a JSON array "
                       "of {\"date\", \"name\", \"actual\"}."));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("The year."),
                                  QStringLiteral("YYYY"));
    parser.addOption(year);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("Unexpected argument %1.")
                                      .arg(parser.positionalArguments().constFirst()),
                                  parser.helpText());
    if (!parser.isSet(year))
        return context.usageError(QStringLiteral("Give --year YYYY."), parser.helpText());
    bool ok = false;
    const int value = parser.value(year).toInt(&ok);
    if (!ok || value < 1583 || value > 9000) {
        return context.fail(
            core::Error::invalid(QStringLiteral("year"), QStringLiteral("year"),
                                 QStringLiteral("--year '%1' is not a year from 1583 to 9000.")
                                     .arg(parser.value(year))));
    }
    const QList<core::Holiday> holidays = core::BusinessCalendar::federalHolidays(value);
    if (context.json) {
        QJsonArray array;
        for (const core::Holiday& holiday : holidays) {
            array.append(QJsonObject{{QStringLiteral("date"), isoDate(holiday.observed)},
                                     {QStringLiteral("name"), holiday.name},
                                     {QStringLiteral("actual"), isoDate(holiday.actual)}});
        }
        // This one document is an array, not an object.
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out.flush();
        return ExitSuccess;
    }
    for (const core::Holiday& holiday : holidays) {
        context.out << isoDate(holiday.observed) << "  " << qSetFieldWidth(10) << Qt::left
                    << QLocale::c().dayName(holiday.observed.dayOfWeek()) << qSetFieldWidth(0)
                    << holiday.name;
        if (holiday.observed != holiday.actual)
            context.out << " (observed; in law " << isoDate(holiday.actual) << ")";
        context.out << "\n";
    }
    return ExitSuccess;
}

int runAddBusinessDays(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prints the date N business days after a date (the date itself is not "
                       "counted; a negative N counts back). Weekends and observed federal "
                       "holidays are skipped, and with --center the Center's closures too."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The start date."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("How many business days."),
                                  QStringLiteral("N"));
    const QCommandLineOption center = centerOption();
    parser.addOption(from);
    parser.addOption(days);
    parser.addOption(center);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("Unexpected argument %1.")
                                      .arg(parser.positionalArguments().constFirst()),
                                  parser.helpText());
    if (!parser.isSet(from) || !parser.isSet(days))
        return context.usageError(QStringLiteral("Give --from YYYY-MM-DD and --days N."),
                                  parser.helpText());
    const core::Result<QDate> start = dateOption(QStringLiteral("from"), parser.value(from));
    if (!start)
        return context.fail(start.error());
    bool ok = false;
    const int count = parser.value(days).toInt(&ok);
    if (!ok || count < -100000 || count > 100000) {
        return context.fail(core::Error::invalid(
            QStringLiteral("days"), QStringLiteral("number"),
            QStringLiteral("--days '%1' is not a whole number from -100000 to 100000.")
                .arg(parser.value(days))));
    }
    const QString centerCode = parser.value(center).trimmed().toUpper();
    const core::Result<core::BusinessCalendar> calendar = calendarFor(context, centerCode);
    if (!calendar)
        return context.fail(calendar.error());
    const QDate date = calendar->addBusinessDays(*start, count);
    const QList<std::pair<QDate, QString>> skipped =
        count >= 0 ? calendar->skippedDays(*start, date)
                   : calendar->skippedDays(date.addDays(-1), start->addDays(-1));
    if (context.json) {
        context.printJson(
            {{QStringLiteral("from"), isoDate(*start)},
             {QStringLiteral("days"), count},
             {QStringLiteral("center"),
              centerCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(centerCode)},
             {QStringLiteral("date"), isoDate(date)},
             {QStringLiteral("skipped"), skippedJson(skipped)}});
        return ExitSuccess;
    }
    context.out << isoDate(date) << "\n";
    for (const auto& [day, reason] : skipped)
        context.out << "  not counted: " << isoDate(day) << " " << reason << "\n";
    return ExitSuccess;
}

const QString calendarHelp = QStringLiteral(
    "Usage: centerdesk-cli [--json] calendar SUBCOMMAND [ARGS]\n\n"
    "Subcommands:\n"
    "  holidays --year YYYY                                  Federal holidays observed in a "
    "year.\n"
    "  add-business-days --from YYYY-MM-DD --days N [--center CODE]\n"
    "                                                        The date N business days later.\n\n"
    "'centerdesk-cli calendar SUBCOMMAND --help' shows a subcommand's help.\n");

int runCalendar(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("holidays"))
        return runHolidays(context, rest);
    if (sub == QLatin1String("add-business-days"))
        return runAddBusinessDays(context, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << calendarHelp;
        return ExitSuccess;
    }
    return context.usageError(sub.isEmpty()
                                  ? QStringLiteral("calendar needs a subcommand.")
                                  : QStringLiteral("Unknown subcommand 'calendar %1'.").arg(sub),
                              calendarHelp);
}

int runDeadline(CliContext& context, const QStringList& arguments)
{
    const core::StatutoryRules& rules = core::StatutoryRules::builtIn();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Computes a statutory deadline and explains it: start event, rule and "
                       "citation, amount and unit, days skipped or rolled over, what happens at "
                       "lapse.\n'centerdesk-cli rules list' shows the rules; RULE_ID is one of: "
                       "%1.")
            .arg(rules.ids().join(QStringLiteral(", "))));
    const QCommandLineOption rule(QStringLiteral("rule"), QStringLiteral("The rule."),
                                  QStringLiteral("RULE_ID"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("The date of the rule's start event."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption center = centerOption();
    parser.addOption(rule);
    parser.addOption(from);
    parser.addOption(center);
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("Unexpected argument %1.")
                                      .arg(parser.positionalArguments().constFirst()),
                                  parser.helpText());
    if (!parser.isSet(rule) || !parser.isSet(from))
        return context.usageError(QStringLiteral("Give --rule RULE_ID and --from YYYY-MM-DD."),
                                  parser.helpText());
    const QString ruleId = parser.value(rule).trimmed();
    const core::StatutoryRule* found = rules.find(ruleId);
    if (found == nullptr) {
        return context.fail(core::Error::notFound(
            QStringLiteral("rule"), QStringLiteral("There is no statutory rule '%1'; the rules "
                                                   "are: %2.")
                                        .arg(ruleId, rules.ids().join(QStringLiteral(", ")))));
    }
    const core::Result<QDate> start = dateOption(QStringLiteral("from"), parser.value(from));
    if (!start)
        return context.fail(start.error());
    const QString centerCode = parser.value(center).trimmed().toUpper();
    const core::Result<core::BusinessCalendar> calendar = calendarFor(context, centerCode);
    if (!calendar)
        return context.fail(calendar.error());
    const core::Deadline deadline = core::StatutoryRules::deadline(*found, *start, *calendar);
    if (context.json) {
        context.printJson(
            {{QStringLiteral("rule"), found->id},
             {QStringLiteral("title"), found->title},
             {QStringLiteral("startEvent"), found->startEvent},
             {QStringLiteral("start"), isoDate(deadline.start)},
             {QStringLiteral("due"), isoDate(deadline.due)},
             {QStringLiteral("unrolledDue"), isoDate(deadline.unrolledDue)},
             {QStringLiteral("rolled"), deadline.rolled},
             {QStringLiteral("rollForward"), found->rollForward},
             {QStringLiteral("citation"), deadline.citation},
             {QStringLiteral("confidence"), found->confidence},
             {QStringLiteral("center"),
              centerCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(centerCode)},
             {QStringLiteral("skipped"), skippedJson(deadline.skipped)},
             {QStringLiteral("explanation"), deadline.explanation}});
        return ExitSuccess;
    }
    context.out << isoDate(deadline.due) << "\n" << deadline.explanation << "\n";
    return ExitSuccess;
}

int runRulesList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the statutory rules: id, title, amount and unit, citation, "
                       "confidence (V read in the cited text, V2 secondary source, U not "
                       "verified) and whether a due date on a non-business day rolls forward."));
    if (const int stop = parseCommandLine(parser, arguments, context); stop >= 0)
        return stop;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("Unexpected argument %1.")
                                      .arg(parser.positionalArguments().constFirst()),
                                  parser.helpText());
    const core::StatutoryRules& rules = core::StatutoryRules::builtIn();
    if (context.json) {
        QJsonArray array;
        for (const core::StatutoryRule& rule : rules.rules()) {
            array.append(QJsonObject{{QStringLiteral("id"), rule.id},
                                     {QStringLiteral("title"), rule.title},
                                     {QStringLiteral("amount"), rule.amount},
                                     {QStringLiteral("unit"), core::statutoryUnitName(rule.unit)},
                                     {QStringLiteral("startEvent"), rule.startEvent},
                                     {QStringLiteral("citation"), rule.citation},
                                     {QStringLiteral("confidence"), rule.confidence},
                                     {QStringLiteral("rollForward"), rule.rollForward},
                                     {QStringLiteral("atLapse"), rule.atLapse},
                                     {QStringLiteral("note"), rule.note}});
        }
        context.printJson({{QStringLiteral("dataVersion"), rules.dataVersion()},
                           {QStringLiteral("rules"), array}});
        return ExitSuccess;
    }
    for (const core::StatutoryRule& rule : rules.rules()) {
        context.out << qSetFieldWidth(30) << Qt::left << rule.id << qSetFieldWidth(22)
                    << core::statutoryAmountText(rule) << qSetFieldWidth(4) << rule.confidence
                    << qSetFieldWidth(0)
                    << (rule.rollForward ? QStringLiteral("rolls   ") : QStringLiteral("no roll "))
                    << rule.citation << "  " << rule.title << "\n";
    }
    context.out << rules.rules().size() << " rule(s), data version " << rules.dataVersion() << "\n";
    return ExitSuccess;
}

const QString rulesHelp =
    QStringLiteral("Usage: centerdesk-cli [--json] rules SUBCOMMAND\n\n"
                   "Subcommands:\n"
                   "  list    The statutory rules with citation, confidence and roll-forward.\n\n"
                   "'centerdesk-cli rules SUBCOMMAND --help' shows a subcommand's help.\n");

int runRules(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(1);
    if (sub == QLatin1String("list"))
        return runRulesList(context, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << rulesHelp;
        return ExitSuccess;
    }
    return context.usageError(sub.isEmpty()
                                  ? QStringLiteral("rules needs a subcommand.")
                                  : QStringLiteral("Unknown subcommand 'rules %1'.").arg(sub),
                              rulesHelp);
}

} // namespace

void registerCalendarCommands(CliApp& app)
{
    app.add({QStringLiteral("calendar"),
             QStringLiteral("Federal holidays; add business days to a date."), runCalendar});
    app.add({QStringLiteral("deadline"),
             QStringLiteral("A statutory deadline from a start date, explained."), runDeadline});
    app.add({QStringLiteral("rules"), QStringLiteral("List the statutory rules."), runRules});
}

} // namespace centerdesk::cli
