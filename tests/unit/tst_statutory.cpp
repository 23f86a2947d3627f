// The statutory rule table (domain facts, section 5) and its deadlines.
#include "centerdesk/core/statutoryrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace centerdesk::core;

namespace {

QDate day(const char* text)
{
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// The ids of domain facts section 5, one per row (internal advice has no
// fixed deadline and is not a statutory clock).
const QStringList expectedIds{
    QStringLiteral("protest-filing"),
    QStringLiteral("protest-decision"),
    QStringLiteral("exclusion-protest"),
    QStringLiteral("accelerated-disposition"),
    QStringLiteral("court-challenge"),
    QStringLiteral("liquidation"),
    QStringLiteral("penalty-petition"),
    QStringLiteral("seizure-petition"),
    QStringLiteral("liquidated-damages-principal"),
    QStringLiteral("liquidated-damages-surety"),
    QStringLiteral("supplemental-petition"),
    QStringLiteral("prior-disclosure-confirmation"),
    QStringLiteral("prior-disclosure-information"),
    QStringLiteral("detention-decision"),
    QStringLiteral("detention-notice"),
    QStringLiteral("ruling-acknowledgement"),
    QStringLiteral("ruling-issuance"),
    QStringLiteral("ruling-appeal"),
    QStringLiteral("ruling-publication"),
    QStringLiteral("reconciliation"),
    QStringLiteral("drawback-claim"),
    QStringLiteral("post-importation-fta"),
    QStringLiteral("eapa-appeal"),
    QStringLiteral("eapa-review"),
};

QJsonObject validRule(const QString& id = QStringLiteral("protest-filing"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("Protest filing")},
            {QStringLiteral("citation"), QStringLiteral("19 USC 1514(c)(3)")},
            {QStringLiteral("confidence"), QStringLiteral("V")},
            {QStringLiteral("startEvent"), QStringLiteral("liquidation date")},
            {QStringLiteral("amount"), 180},
            {QStringLiteral("unit"), QStringLiteral("calendar-days")}};
}

QByteArray document(const QJsonArray& rules, int dataVersion = 1)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("dataVersion"), dataVersion},
                                     {QStringLiteral("rules"), rules}})
        .toJson();
}

QByteArray withRule(const QJsonObject& rule)
{
    return document(QJsonArray{rule});
}

QByteArray withoutKey(const QString& key)
{
    QJsonObject rule = validRule();
    rule.remove(key);
    return withRule(rule);
}

QByteArray withValue(const QString& key, const QJsonValue& value)
{
    QJsonObject rule = validRule();
    rule.insert(key, value);
    return withRule(rule);
}

StatutoryRule builtInRule(const QString& id)
{
    const StatutoryRule* rule = StatutoryRules::builtIn().find(id);
    return rule != nullptr ? *rule : StatutoryRule{};
}

} // namespace

class TestStatutory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn_everyRule_parsesWithCitationAndConfidence()
    {
        const StatutoryRules& rules = StatutoryRules::builtIn();
        QVERIFY(rules.dataVersion() >= 1);
        QCOMPARE(rules.ids(), expectedIds);
        QSet<QString> seen;
        for (const StatutoryRule& rule : rules.rules()) {
            QVERIFY2(!seen.contains(rule.id), qPrintable(rule.id));
            seen.insert(rule.id);
            QVERIFY2(!rule.title.isEmpty() && !rule.citation.isEmpty() &&
                         !rule.startEvent.isEmpty() && !rule.atLapse.isEmpty(),
                     qPrintable(rule.id));
            QVERIFY(rule.amount > 0);
            QVERIFY(QStringList({QStringLiteral("V"), QStringLiteral("V2"), QStringLiteral("U")})
                        .contains(rule.confidence));
            // Not verified rule by rule: off by default (domain facts, section 5).
            QVERIFY2(!rule.rollForward, qPrintable(rule.id));
            QCOMPARE(rules.find(rule.id), &rule);
        }
        QCOMPARE(rules.find(QStringLiteral("internal-advice")), nullptr);
        QCOMPARE(rules.find(QStringLiteral("no-such-rule")), nullptr);
    }

    void builtIn_factsRows_keepCitationConfidenceAndLapse_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("citation");
        QTest::addColumn<QString>("confidence");
        QTest::addColumn<QString>("atLapseOrNote");
        QTest::addRow("protest filing")
            << QStringLiteral("protest-filing") << QStringLiteral("19 USC 1514(c)(3)")
            << QStringLiteral("V") << QString();
        QTest::addRow("exclusion protest deemed denied")
            << QStringLiteral("exclusion-protest") << QStringLiteral("19 CFR 174.21(b)")
            << QStringLiteral("V") << QStringLiteral("deemed denied");
        QTest::addRow("accelerated disposition deemed denied")
            << QStringLiteral("accelerated-disposition")
            << QStringLiteral("19 USC 1515(b); 19 CFR 174.22") << QStringLiteral("V")
            << QStringLiteral("deemed denied");
        QTest::addRow("liquidation extendable")
            << QStringLiteral("liquidation") << QStringLiteral("19 USC 1504") << QStringLiteral("V")
            << QStringLiteral("extendable up to 4 years total");
        QTest::addRow("penalty petition complex cases")
            << QStringLiteral("penalty-petition") << QStringLiteral("19 CFR 171.2, 171.15")
            << QStringLiteral("V") << QStringLiteral("90 days may be set for complex cases");
        QTest::addRow("supplemental petition unverified")
            << QStringLiteral("supplemental-petition") << QStringLiteral("19 CFR 171.61")
            << QStringLiteral("U") << QString();
        QTest::addRow("eapa review")
            << QStringLiteral("eapa-review") << QStringLiteral("19 USC 1517(f)")
            << QStringLiteral("V") << QString();
    }
    void builtIn_factsRows_keepCitationConfidenceAndLapse()
    {
        QFETCH(QString, id);
        QFETCH(QString, citation);
        QFETCH(QString, confidence);
        QFETCH(QString, atLapseOrNote);
        const StatutoryRule rule = builtInRule(id);
        QCOMPARE(rule.id, id);
        QCOMPARE(rule.citation, citation);
        QCOMPARE(rule.confidence, confidence);
        if (!atLapseOrNote.isEmpty())
            QVERIFY(rule.atLapse.contains(atLapseOrNote) || rule.note.contains(atLapseOrNote));
    }

    void deadline_eachRule_matchesHandComputedDate_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("due");
        // Every rule from Thursday 2026-01-15. 2026 holidays in the way:
        // Mon 01-19 (MLK), Mon 02-16 (Washington's Birthday).
        const auto row = [](const char* id, const char* due) {
            QTest::addRow("%s", id) << QString::fromLatin1(id) << day(due);
        };
        row("protest-filing", "2026-07-14");                // +180 days
        row("protest-decision", "2028-01-15");              // +2 years
        row("exclusion-protest", "2026-02-14");             // +30 days (a Saturday)
        row("accelerated-disposition", "2026-02-14");       // +30 days
        row("court-challenge", "2026-07-14");               // +180 days
        row("liquidation", "2027-01-15");                   // +1 year
        row("penalty-petition", "2026-03-16");              // +60 days
        row("seizure-petition", "2026-02-14");              // +30 days
        row("liquidated-damages-principal", "2026-03-16");  // +60 days
        row("liquidated-damages-surety", "2026-03-16");     // +60 days
        row("supplemental-petition", "2026-03-16");         // +60 days
        row("prior-disclosure-confirmation", "2026-01-25"); // +10 days (a Sunday)
        row("prior-disclosure-information", "2026-02-14");  // +30 days
        row("detention-decision", "2026-01-23");            // 16, 20, 21, 22, 23 (19 MLK)
        row("detention-notice", "2026-01-23");              // same count
        row("ruling-acknowledgement", "2026-01-16");        // next business day
        row("ruling-issuance", "2026-02-14");               // +30 days
        row("ruling-appeal", "2026-03-16");                 // +60 days
        row("ruling-publication", "2026-04-15");            // +90 days
        row("reconciliation", "2027-10-15");                // +21 months
        row("drawback-claim", "2031-01-15");                // +5 years
        row("post-importation-fta", "2027-01-15");          // +1 year
        row("eapa-appeal", "2026-03-02");                   // 30 business days
        row("eapa-review", "2026-04-13");                   // 60 business days
    }
    void deadline_eachRule_matchesHandComputedDate()
    {
        QFETCH(QString, id);
        QFETCH(QDate, due);
        const StatutoryRule* rule = StatutoryRules::builtIn().find(id);
        QVERIFY2(rule != nullptr, qPrintable(id));
        const Deadline deadline =
            StatutoryRules::deadline(*rule, day("2026-01-15"), BusinessCalendar());
        QCOMPARE(deadline.ruleId, id);
        QCOMPARE(deadline.start, day("2026-01-15"));
        QCOMPARE(deadline.due, due);
        QCOMPARE(deadline.unrolledDue, due);
        QVERIFY(!deadline.rolled);
        QCOMPARE(deadline.citation, rule->citation);
        QVERIFY2(deadline.explanation.contains(rule->citation), qPrintable(deadline.explanation));
        QVERIFY(deadline.explanation.contains(rule->startEvent));
        QVERIFY(deadline.explanation.contains(QStringLiteral("2026-01-15")));
        QVERIFY(deadline.explanation.contains(due.toString(Qt::ISODate)));
        QVERIFY(deadline.explanation.contains(statutoryAmountText(*rule)));
        QVERIFY(deadline.explanation.contains(rule->atLapse));
    }

    void deadline_everyBuiltInRule_hasAHandComputedRow()
    {
        QCOMPARE(StatutoryRules::builtIn().rules().size(), expectedIds.size());
    }

    void deadline_dueOnNonBusinessDay_rollsOnlyWhenFlagged_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<bool>("rollForward");
        QTest::addColumn<QList<Closure>>("closures");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("unrolledDue");
        QTest::addColumn<int>("skipped");
        const QList<Closure> none;
        // 2026-02-14 is a Saturday; Monday 02-16 is Washington's Birthday.
        QTest::addRow("saturday before a holiday monday, roll on")
            << QStringLiteral("exclusion-protest") << day("2026-01-15") << true << none
            << day("2026-02-17") << day("2026-02-14") << 3;
        QTest::addRow("saturday before a holiday monday, roll off")
            << QStringLiteral("exclusion-protest") << day("2026-01-15") << false << none
            << day("2026-02-14") << day("2026-02-14") << 0;
        // 2026-07-03 is Independence Day observed (Friday).
        QTest::addRow("observed holiday, roll on")
            << QStringLiteral("seizure-petition") << day("2026-06-03") << true << none
            << day("2026-07-06") << day("2026-07-03") << 3;
        QTest::addRow("observed holiday, roll off")
            << QStringLiteral("seizure-petition") << day("2026-06-03") << false << none
            << day("2026-07-03") << day("2026-07-03") << 0;
        QTest::addRow("center closure, roll on")
            << QStringLiteral("protest-filing") << day("2026-01-15") << true
            << QList<Closure>{{day("2026-07-14"), QStringLiteral("Hurricane")}} << day("2026-07-15")
            << day("2026-07-14") << 1;
        QTest::addRow("business day, roll on changes nothing")
            << QStringLiteral("penalty-petition") << day("2026-01-15") << true << none
            << day("2026-03-16") << day("2026-03-16") << 0;
    }
    void deadline_dueOnNonBusinessDay_rollsOnlyWhenFlagged()
    {
        QFETCH(QString, id);
        QFETCH(QDate, start);
        QFETCH(bool, rollForward);
        QFETCH(QList<Closure>, closures);
        QFETCH(QDate, due);
        QFETCH(QDate, unrolledDue);
        QFETCH(int, skipped);
        StatutoryRule rule = builtInRule(id);
        rule.rollForward = rollForward;
        const BusinessCalendar calendar({}, closures);
        const Deadline deadline = StatutoryRules::deadline(rule, start, calendar);
        QCOMPARE(deadline.due, due);
        QCOMPARE(deadline.unrolledDue, unrolledDue);
        QCOMPARE(deadline.rolled, due != unrolledDue);
        QCOMPARE(deadline.skipped.size(), skipped);
        if (deadline.rolled) {
            QVERIFY2(deadline.explanation.contains(QStringLiteral("rolls forward")),
                     qPrintable(deadline.explanation));
            for (const auto& [date, reason] : deadline.skipped)
                QVERIFY(date >= unrolledDue && date < due && !reason.isEmpty());
        } else if (!calendar.isBusinessDay(unrolledDue)) {
            QVERIFY2(deadline.explanation.contains(QStringLiteral("does not roll forward")),
                     qPrintable(deadline.explanation));
        }
    }

    void deadline_monthEnd_usesLastDayOfMonth_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("due");
        QTest::addRow("21 months from 2024-05-31")
            << QStringLiteral("reconciliation") << day("2024-05-31") << day("2026-02-28");
        QTest::addRow("21 months into a leap february")
            << QStringLiteral("reconciliation") << day("2026-05-31") << day("2028-02-29");
        QTest::addRow("21 months from 2024-01-31")
            << QStringLiteral("reconciliation") << day("2024-01-31") << day("2025-10-31");
        QTest::addRow("1 year from 2024-02-29")
            << QStringLiteral("liquidation") << day("2024-02-29") << day("2025-02-28");
        QTest::addRow("5 years from 2024-02-29")
            << QStringLiteral("drawback-claim") << day("2024-02-29") << day("2029-02-28");
        QTest::addRow("2 years from 2026-02-28 stays 28th")
            << QStringLiteral("protest-decision") << day("2026-02-28") << day("2028-02-28");
    }
    void deadline_monthEnd_usesLastDayOfMonth()
    {
        QFETCH(QString, id);
        QFETCH(QDate, start);
        QFETCH(QDate, due);
        const Deadline deadline =
            StatutoryRules::deadline(builtInRule(id), start, BusinessCalendar());
        QCOMPARE(deadline.due, due);
        QCOMPARE(deadline.explanation.contains(QStringLiteral("last day of that month")),
                 start.day() != due.day());
    }

    void deadline_businessDays_skipsHolidaysAndClosures_data()
    {
        QTest::addColumn<QList<Closure>>("closures");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QStringList>("holidays");
        // 30 business days from Thursday 2025-11-20 pass Thanksgiving,
        // Christmas and New Year's Day.
        const QStringList federal{QStringLiteral("Thanksgiving Day"),
                                  QStringLiteral("Christmas Day"),
                                  QStringLiteral("New Year's Day")};
        QTest::addRow("federal holidays") << QList<Closure>() << day("2026-01-06") << federal;
        QTest::addRow("federal holidays and a closure")
            << QList<Closure>{{day("2025-12-26"), QStringLiteral("Executive order")}}
            << day("2026-01-07") << (federal + QStringList{QStringLiteral("Executive order")});
    }
    void deadline_businessDays_skipsHolidaysAndClosures()
    {
        QFETCH(QList<Closure>, closures);
        QFETCH(QDate, due);
        QFETCH(QStringList, holidays);
        const BusinessCalendar calendar({}, closures);
        const Deadline deadline = StatutoryRules::deadline(
            builtInRule(QStringLiteral("eapa-appeal")), day("2025-11-20"), calendar);
        QCOMPARE(deadline.due, due);
        QVERIFY(!deadline.rolled);
        QStringList reasons;
        for (const auto& [date, reason] : deadline.skipped)
            reasons.append(reason);
        for (const QString& holiday : holidays) {
            QVERIFY2(reasons.contains(holiday), qPrintable(reasons.join(QLatin1Char('|'))));
            QVERIFY2(deadline.explanation.contains(holiday), qPrintable(deadline.explanation));
        }
        QCOMPARE(deadline.explanation.contains(QStringLiteral("weekend days")), true);
        // Every day of the period is counted or skipped.
        QCOMPARE(day("2025-11-20").daysTo(due) - deadline.skipped.size(), qint64(30));
    }

    void deadline_unverifiedRule_saysSo()
    {
        const Deadline deadline =
            StatutoryRules::deadline(builtInRule(QStringLiteral("supplemental-petition")),
                                     day("2026-01-15"), BusinessCalendar());
        QVERIFY2(deadline.explanation.contains(QStringLiteral("not verified")),
                 qPrintable(deadline.explanation));
    }

    void deadline_invalidStart_hasNoDueDate()
    {
        const Deadline deadline = StatutoryRules::deadline(
            builtInRule(QStringLiteral("protest-filing")), QDate(), BusinessCalendar());
        QVERIFY(!deadline.due.isValid());
        QVERIFY(!deadline.explanation.isEmpty());
    }

    void fromJson_badDocument_refusedNamingField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");
        QTest::addRow("not json") << QByteArray("{ rules: ") << QStringLiteral("document")
                                  << QStringLiteral("json");
        QTest::addRow("no data version")
            << document({validRule()}, 0) << QStringLiteral("dataVersion")
            << QStringLiteral("required");
        QTest::addRow("no rules") << document({}) << QStringLiteral("rules")
                                  << QStringLiteral("required");
        for (const char* key : {"id", "title", "citation", "confidence", "startEvent", "unit"}) {
            QTest::addRow("missing %s", key)
                << withoutKey(QString::fromLatin1(key)) << QString::fromLatin1(key)
                << QStringLiteral("required");
        }
        QTest::addRow("empty title") << withValue(QStringLiteral("title"), QStringLiteral("  "))
                                     << QStringLiteral("title") << QStringLiteral("required");
        QTest::addRow("missing amount") << withoutKey(QStringLiteral("amount"))
                                        << QStringLiteral("amount") << QStringLiteral("required");
        QTest::addRow("fractional amount")
            << withValue(QStringLiteral("amount"), 1.5) << QStringLiteral("amount")
            << QStringLiteral("required");
        QTest::addRow("amount as text") << withValue(QStringLiteral("amount"), QStringLiteral("30"))
                                        << QStringLiteral("amount") << QStringLiteral("required");
        QTest::addRow("amount 0") << withValue(QStringLiteral("amount"), 0)
                                  << QStringLiteral("amount") << QStringLiteral("positive");
        QTest::addRow("negative amount") << withValue(QStringLiteral("amount"), -30)
                                         << QStringLiteral("amount") << QStringLiteral("positive");
        QTest::addRow("bad unit") << withValue(QStringLiteral("unit"), QStringLiteral("weeks"))
                                  << QStringLiteral("unit") << QStringLiteral("unit");
        QTest::addRow("bad confidence")
            << withValue(QStringLiteral("confidence"), QStringLiteral("probably"))
            << QStringLiteral("confidence") << QStringLiteral("confidence");
        QTest::addRow("lower-case confidence")
            << withValue(QStringLiteral("confidence"), QStringLiteral("v"))
            << QStringLiteral("confidence") << QStringLiteral("confidence");
        QTest::addRow("roll forward as text")
            << withValue(QStringLiteral("rollForward"), QStringLiteral("yes"))
            << QStringLiteral("rollForward") << QStringLiteral("type");
        QTest::addRow("note not text") << withValue(QStringLiteral("note"), 4)
                                       << QStringLiteral("note") << QStringLiteral("type");
        QTest::addRow("id with spaces")
            << withValue(QStringLiteral("id"), QStringLiteral("Protest Filing"))
            << QStringLiteral("id") << QStringLiteral("id-format");
        QTest::addRow("duplicate id") << document({validRule(), validRule()})
                                      << QStringLiteral("id") << QStringLiteral("duplicate");
    }
    void fromJson_badDocument_refusedNamingField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        const Result<StatutoryRules> parsed = StatutoryRules::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(parsed.error().field, field);
        QCOMPARE(parsed.error().rule, rule);
        QVERIFY(!parsed.error().message.isEmpty());
        if (rule == QLatin1String("required") || rule == QLatin1String("type") ||
            rule == QLatin1String("unit") || rule == QLatin1String("confidence")) {
            QVERIFY2(parsed.error().message.contains(field) ||
                         parsed.error().message.contains(QStringLiteral("protest-filing")),
                     qPrintable(parsed.error().message));
        }
        if (rule == QLatin1String("duplicate"))
            QVERIFY(parsed.error().message.contains(QStringLiteral("protest-filing")));
    }

    void fromJson_minimalRule_takesDefaults()
    {
        QJsonObject second = validRule(QStringLiteral("eapa-review"));
        second.insert(QStringLiteral("unit"), QStringLiteral("business-days"));
        second.insert(QStringLiteral("amount"), 60);
        second.insert(QStringLiteral("rollForward"), true);
        second.insert(QStringLiteral("atLapse"), QStringLiteral("the review period ends"));
        const Result<StatutoryRules> parsed =
            StatutoryRules::fromJson(document({validRule(), second}, 7));
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->dataVersion(), 7);
        QCOMPARE(parsed->rules().size(), 2);
        const StatutoryRule& first = parsed->rules().at(0);
        QCOMPARE(first.amount, 180);
        QCOMPARE(first.unit, StatutoryRule::Unit::CalendarDays);
        QVERIFY(!first.rollForward);
        QVERIFY(first.atLapse.isEmpty());
        QVERIFY(first.note.isEmpty());
        const StatutoryRule* review = parsed->find(QStringLiteral("eapa-review"));
        QVERIFY(review != nullptr);
        QCOMPARE(review->unit, StatutoryRule::Unit::BusinessDays);
        QVERIFY(review->rollForward);
        QCOMPARE(review->atLapse, QStringLiteral("the review period ends"));
    }

    void unitName_everyUnit_roundTrips_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("amount");
        QTest::addColumn<QString>("text");
        QTest::addRow("calendar days")
            << QStringLiteral("calendar-days") << 180 << QStringLiteral("180 calendar days");
        QTest::addRow("one business day")
            << QStringLiteral("business-days") << 1 << QStringLiteral("1 business day");
        QTest::addRow("months") << QStringLiteral("months") << 21 << QStringLiteral("21 months");
        QTest::addRow("one year") << QStringLiteral("years") << 1 << QStringLiteral("1 year");
    }
    void unitName_everyUnit_roundTrips()
    {
        QFETCH(QString, name);
        QFETCH(int, amount);
        QFETCH(QString, text);
        const std::optional<StatutoryRule::Unit> unit = statutoryUnitFromName(name);
        QVERIFY(unit.has_value());
        QCOMPARE(statutoryUnitName(*unit), name);
        StatutoryRule rule;
        rule.amount = amount;
        rule.unit = *unit;
        QCOMPARE(statutoryAmountText(rule), text);
        QVERIFY(!statutoryUnitFromName(QStringLiteral("weeks")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestStatutory)
#include "tst_statutory.moc"
