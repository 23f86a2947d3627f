// Cases: opening, workflow steps and who may take them, clocks that pause and
// resume, escalation up and down, referrals and petitions end to end, merges,
// status notices, the clock sweep and full-text search. Real SQLite stores;
// a clock moved by hand in the PHC Center's time zone (America/New_York).
#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/bulkcaseaction.h"
#include "centerdesk/core/casematchset.h"
#include "centerdesk/core/caseservice.h"
#include "centerdesk/core/centercalendarservice.h"
#include "centerdesk/core/hashing.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>
#include <memory>

using namespace centerdesk::core;

namespace {

const QByteArray password("Case-Tests-Phrase-1");

// The accounts every test starts with (see initTestCase).
const QString alphaIor = QStringLiteral("11-111111100"); // PHC, standard tier, NAM nam-ana
const QString betaIor = QStringLiteral("22-222222200");  // PHC, C-TPAT II + ISA, no NAM
const QString gammaIor = QStringLiteral("33-333333300"); // PHC, C-TPAT I only, no NAM
const QString deltaIor = QStringLiteral("44-444444400"); // ELE, standard tier, no NAM

const QByteArray accountsCsv = "name,ior,center,size,nam,ctpat_tier,ctpat_from,isa_from\n"
                               "Alpha Pharma,11-111111100,PHC,small,nam-ana,,,\n"
                               "Beta BioLabs,22-222222200,PHC,large,,2,2020-01-01,2021-01-01\n"
                               "Gamma Chemical,33-333333300,PHC,medium,,1,2020-01-01,\n"
                               "Delta Circuits,44-444444400,ELE,small,,,,\n";

// Wall-clock time at the PHC Center (New York).
QDateTime ny(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("America/New_York")));
}

template<typename T> QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

QStringList kinds(const QList<HistoryEntry>& history)
{
    QStringList result;
    for (const HistoryEntry& entry : history)
        result << entry.kind;
    return result;
}

QStringList numbers(const QList<CaseSummary>& cases)
{
    QStringList result;
    for (const CaseSummary& summary : cases)
        result << summary.number;
    result.sort();
    return result;
}

QStringList stepIds(const QList<WorkflowTransition>& steps)
{
    QStringList result;
    for (const WorkflowTransition& each : steps)
        result << each.id;
    return result;
}

CaseClock clockOf(const CaseRecord& record, const QString& kind, const QString& rule = {})
{
    for (const CaseClock& clock : record.clocks) {
        if (clock.kind == kind && (rule.isEmpty() || clock.ruleId == rule))
            return clock;
    }
    return {};
}

using Fields = QMap<QString, QString>;

} // namespace

// The call must succeed; the failure shows the core's message.
#define QVERIFY_OK(expression)                                                                     \
    do {                                                                                           \
        const auto& outcome_ = (expression);                                                       \
        QVERIFY2(outcome_.ok(), qPrintable(errorText(outcome_)));                                  \
    } while (false)

// The call must be refused with this field and rule.
#define QVERIFY_REFUSED(expression, expectedField, expectedRule)                                   \
    do {                                                                                           \
        const auto& outcome_ = (expression);                                                       \
        QVERIFY2(!outcome_.ok(), "the call was expected to be refused");                           \
        QCOMPARE(outcome_.error().field, QString(expectedField));                                  \
        QCOMPARE(outcome_.error().rule, QString(expectedRule));                                    \
        QVERIFY(!outcome_.error().message.isEmpty());                                              \
    } while (false)

class TestCases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // --- Opening cases ---------------------------------------------------------------------

    void create_casesPerCenterAndYear_numberedInSequence()
    {
        const QString first = openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                       QStringLiteral("First"));
        QCOMPARE(first, QStringLiteral("PHC-2026-000001"));
        // A refused create does not use up a number.
        QVERIFY(!m_cases
                     ->create(actor("staff-phc"), input(QStringLiteral("binding-ruling"), alphaIor,
                                                        QStringLiteral("  ")))
                     .ok());
        QCOMPARE(openCase("staff-phc", QStringLiteral("general-inquiry"), betaIor,
                          QStringLiteral("Second")),
                 QStringLiteral("PHC-2026-000002"));
        QCOMPARE(openCase("staff-ele", QStringLiteral("binding-ruling"), deltaIor,
                          QStringLiteral("Other Center")),
                 QStringLiteral("ELE-2026-000001"));
        QCOMPARE(openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                          QStringLiteral("Third")),
                 QStringLiteral("PHC-2026-000003"));
        m_now = ny(2027, 1, 4, 9);
        QCOMPARE(openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                          QStringLiteral("New year")),
                 QStringLiteral("PHC-2027-000001"));
        // Found by number in any case, and by uuid.
        const CaseRecord byNumber = record(QStringLiteral("phc-2026-000001"));
        QCOMPARE(byNumber.number, first);
        QCOMPARE(record(byNumber.uuid).number, first);
        QVERIFY_REFUSED(m_cases->get(actor("admin"), QStringLiteral("PHC-2026-000099")),
                        QStringLiteral("case"), QStringLiteral("not-found"));
    }

    void create_newYearsEveEveningInNewYork_numberCarriesTheCentersYear()
    {
        // 20:00 on Dec 31 in New York is already Jan 1 in UTC.
        m_now = ny(2026, 12, 31, 20);
        const QString number = openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                        QStringLiteral("Late filing"));
        QVERIFY(!number.isEmpty());
        QCOMPARE(record(number).openedAt.toTimeZone(m_now.timeZone()).date().year(), 2026);
        QCOMPARE(number, QStringLiteral("PHC-2026-000001"));
    }

    void create_bindingRuling_recordHasStateClocksNoticeAndHistory()
    {
        const QString number = openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                        QStringLiteral("Classification of coated tablets"));
        QVERIFY(!number.isEmpty());
        const CaseRecord created = record(number);
        QCOMPARE(created.type, QStringLiteral("binding-ruling"));
        QCOMPARE(created.state, QStringLiteral("submitted"));
        QCOMPARE(created.category, StateCategory::Open);
        QCOMPARE(created.escalationLevel, QStringLiteral("center"));
        QCOMPARE(created.centerCode, QStringLiteral("PHC"));
        QCOMPARE(created.accountName, QStringLiteral("Alpha Pharma"));
        QCOMPARE(created.tier, ServiceTier::Standard);
        QCOMPARE(created.priority, QStringLiteral("normal"));
        QCOMPARE(created.openedAt, m_now);
        QVERIFY(!created.closedAt.isValid());

        // Standard tier: first response 8 business hours, resolution 180.
        const CaseClock first = clockOf(created, QStringLiteral("first-response"));
        QCOMPARE(first.state, QStringLiteral("on-track"));
        QCOMPARE(first.targetMinutes, qint64(480));
        QCOMPARE(first.consumedMinutes, qint64(0));
        QCOMPARE(first.dueAt, ny(2026, 2, 9, 17)); // Monday 09:00 + 8 h ends at closing
        QVERIFY(first.explanation.contains(QLatin1String("binding-ruling / standard")));
        QCOMPARE(clockOf(created, QStringLiteral("resolution")).targetMinutes, qint64(10800));
        // Statutory clocks of the eRulings rules: 1 business day and 30 calendar days.
        const CaseClock ack =
            clockOf(created, QStringLiteral("statutory"), QStringLiteral("ruling-acknowledgement"));
        QCOMPARE(ack.dueAt.date(), QDate(2026, 2, 10));
        const CaseClock issuance =
            clockOf(created, QStringLiteral("statutory"), QStringLiteral("ruling-issuance"));
        QCOMPARE(issuance.dueAt.date(), QDate(2026, 3, 11));
        QCOMPARE(issuance.state, QStringLiteral("on-track"));

        QCOMPARE(kinds(created.history), QStringList{QStringLiteral("created")});
        QCOMPARE(created.history.first().actor, QStringLiteral("staff-phc"));
        QCOMPARE(created.history.first().detail.value(QStringLiteral("number")).toString(), number);
        QCOMPARE(created.notices.size(), 1);
        QCOMPARE(created.notices.first().topic, QStringLiteral("submitted"));

        // An ISA account gets the ISA targets.
        const CaseRecord isa = record(openCase("staff-phc", QStringLiteral("binding-ruling"),
                                               betaIor, QStringLiteral("ISA ruling")));
        QCOMPARE(isa.tier, ServiceTier::Isa);
        QCOMPARE(clockOf(isa, QStringLiteral("first-response")).targetMinutes, qint64(288));
        QCOMPARE(clockOf(isa, QStringLiteral("resolution")).targetMinutes, qint64(6480));
    }

    void create_references_validatedAndNormalized()
    {
        CaseInput typed = input(QStringLiteral("binding-ruling"), alphaIor, QStringLiteral("Refs"));
        typed.references = {CaseReference{QStringLiteral("entry"), QStringLiteral("b7603245278")},
                            CaseReference{QStringLiteral("HTS"), QStringLiteral("8517130000")},
                            CaseReference{QStringLiteral("pga"), QStringLiteral(" fda ")}};
        const Result<CaseRecord> created = m_cases->create(actor("staff-phc"), typed);
        QVERIFY_OK(created);
        QStringList stored;
        for (const CaseReference& reference : created->references)
            stored << reference.kind + QLatin1Char(' ') + reference.value;
        QCOMPARE(stored,
                 (QStringList{QStringLiteral("entry B76-0324527-8"),
                              QStringLiteral("hts 8517.13.00.00"), QStringLiteral("pga FDA")}));
        // Added later: checked the same way; twice is a conflict.
        QVERIFY_OK(m_cases->addReference(actor("staff-phc"), created->number,
                                         {QStringLiteral("hts"), QStringLiteral("8471300100")}));
        QVERIFY_REFUSED(m_cases->addReference(actor("staff-phc"), created->number,
                                              {QStringLiteral("hts"), QStringLiteral("7701")}),
                        QStringLiteral("HTS number"), QStringLiteral("reserved-chapter"));
        QVERIFY_REFUSED(
            m_cases->addReference(actor("staff-phc"), created->number,
                                  {QStringLiteral("entry"), QStringLiteral("B76-0324527-8")}),
            QStringLiteral("reference"), QStringLiteral("duplicate"));
        QVERIFY_REFUSED(
            m_cases->addReference(actor("staff-ele"), created->number,
                                  {QStringLiteral("hts"), QStringLiteral("8471.30.0100")}),
            QString(), QStringLiteral("permission"));
        QCOMPARE(record(created->number).references.size(), 4);
    }

    void create_invalidInput_refusedNamingFieldAndRule_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("port");
        QTest::addColumn<Fields>("fields");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");

        const QString ruling = QStringLiteral("binding-ruling");
        const QString protest = QStringLiteral("protest");
        auto row = [&](const char* name, const char* who, const QString& type, const Fields& fields,
                       const char* change, const char* field, const char* rule,
                       const QString& port = {}) {
            QTest::addRow("%s", name) << QString::fromLatin1(who) << type << alphaIor << port
                                      << fields << QString::fromLatin1(change)
                                      << QString::fromLatin1(field) << QString::fromLatin1(rule);
        };
        row("entryNumberBadCheckDigit_refused", "staff-phc", ruling, {}, "bad-entry",
            "entry number", "check-digit");
        row("referenceKindIor_refused", "staff-phc", ruling, {}, "ior-reference", "reference",
            "reference-kind");
        row("referenceUnknownPga_refused", "staff-phc", ruling, {}, "bad-pga", "pga",
            "unknown-pga");
        row("protestKindMissing_refused", "staff-phc", protest, {}, "", "protest-kind", "required");
        row("protestKindNotAChoice_refused", "staff-phc", protest,
            {{QStringLiteral("protest-kind"), QStringLiteral("515")}}, "", "protest-kind",
            "choice");
        row("liquidationDateNotADate_refused", "staff-phc", protest,
            {{QStringLiteral("protest-kind"), QStringLiteral("514")},
             {QStringLiteral("liquidation-date"), QStringLiteral("yesterday")}},
            "", "liquidation-date", "date");
        row("noticeDateNotADate_refused", "fpf", QStringLiteral("penalty-petition"),
            {{QStringLiteral("notice-date"), QStringLiteral("2026-13-45")}}, "", "notice-date",
            "date", QStringLiteral("1001"));
        row("noticeDateMissing_refused", "fpf", QStringLiteral("penalty-petition"), {}, "",
            "notice-date", "required", QStringLiteral("1001"));
        row("fieldUnknownToTheType_refused", "staff-phc", protest,
            {{QStringLiteral("protest-kind"), QStringLiteral("514")},
             {QStringLiteral("colour"), QStringLiteral("blue")}},
            "", "colour", "unknown-field");
        row("portMissingForPortLevelType_refused", "admin", QStringLiteral("release-referral"), {},
            "", "port", "required");
        row("portUnknown_refused", "admin", QStringLiteral("release-referral"), {}, "", "port",
            "unknown-port", QStringLiteral("9999"));
        row("typeUnknown_refused", "admin", QStringLiteral("tariff-wish"), {}, "", "type",
            "unknown-type");
        row("accountUnknown_refused", "admin", ruling, {}, "no-account", "account",
            "unknown-account");
        row("subjectBlank_refused", "staff-phc", ruling, {}, "no-subject", "subject", "required");
        row("priorityUnknown_refused", "staff-phc", ruling, {}, "bad-priority", "priority",
            "priority");
        row("assigneeUnknown_refused", "staff-phc", ruling, {}, "bad-assignee", "assignee",
            "unknown-user");
        row("parentUnknown_refused", "staff-phc", ruling, {}, "bad-parent", "parent",
            "unknown-case");
    }
    void create_invalidInput_refusedNamingFieldAndRule()
    {
        QFETCH(QString, who);
        QFETCH(QString, type);
        QFETCH(QString, account);
        QFETCH(QString, port);
        QFETCH(Fields, fields);
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        CaseInput typed = input(type, account, QStringLiteral("Something to decide"));
        typed.portCode = port;
        typed.fields = fields;
        if (change == QLatin1String("bad-entry"))
            typed.references = {{QStringLiteral("entry"), QStringLiteral("B76-0324527-7")}};
        else if (change == QLatin1String("ior-reference"))
            typed.references = {{QStringLiteral("ior"), QStringLiteral("11-111111100")}};
        else if (change == QLatin1String("bad-pga"))
            typed.references = {{QStringLiteral("pga"), QStringLiteral("XYZ")}};
        else if (change == QLatin1String("no-account"))
            typed.account = QStringLiteral("99-999999900");
        else if (change == QLatin1String("no-subject"))
            typed.subject = QStringLiteral(" \t ");
        else if (change == QLatin1String("bad-priority"))
            typed.priority = QStringLiteral("whenever");
        else if (change == QLatin1String("bad-assignee"))
            typed.assigneeName = QStringLiteral("ghost");
        else if (change == QLatin1String("bad-parent"))
            typed.parentNumber = QStringLiteral("PHC-2026-000777");

        const QString before = snapshot();
        QVERIFY_REFUSED(m_cases->create(m_actors.value(who), typed), field, rule);
        QCOMPARE(snapshot(), before);
    }

    void create_byRoleAndScope_allowedOrRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("port");
        QTest::addColumn<bool>("allowed");

        const QString ruling = QStringLiteral("binding-ruling");
        const QString referral = QStringLiteral("release-referral");
        const QString penalty = QStringLiteral("penalty-petition");
        const QString inquiry = QStringLiteral("general-inquiry");
        const QString p1001 = QStringLiteral("1001");
        const QString p2704 = QStringLiteral("2704");
        QTest::addRow("staffPhc_ruling_ownCenter_allowed")
            << QStringLiteral("staff-phc") << ruling << alphaIor << QString() << true;
        QTest::addRow("staffPhc_ruling_otherCenter_refused")
            << QStringLiteral("staff-phc") << ruling << deltaIor << QString() << false;
        QTest::addRow("staffEle_ruling_ownCenter_allowed")
            << QStringLiteral("staff-ele") << ruling << deltaIor << QString() << true;
        QTest::addRow("staffEle_ruling_otherCenter_refused")
            << QStringLiteral("staff-ele") << ruling << alphaIor << QString() << false;
        QTest::addRow("nam_ruling_ownAccount_allowed")
            << QStringLiteral("nam-ana") << ruling << alphaIor << QString() << true;
        QTest::addRow("nam_ruling_otherAccount_refused")
            << QStringLiteral("nam-ana") << ruling << betaIor << QString() << false;
        QTest::addRow("nam_protest_ownAccount_refused")
            << QStringLiteral("nam-ana") << QStringLiteral("protest") << alphaIor << QString()
            << false;
        QTest::addRow("hq_ruling_refused")
            << QStringLiteral("hq") << ruling << alphaIor << QString() << false;
        QTest::addRow("hq_inquiry_refused")
            << QStringLiteral("hq") << inquiry << alphaIor << QString() << false;
        QTest::addRow("port_referral_ownPort_allowed")
            << QStringLiteral("port") << referral << alphaIor << p1001 << true;
        QTest::addRow("port_referral_otherPort_refused")
            << QStringLiteral("port") << referral << alphaIor << p2704 << false;
        QTest::addRow("staffPhc_referral_refused")
            << QStringLiteral("staff-phc") << referral << alphaIor << p1001 << false;
        QTest::addRow("fpf_referral_samePort_refused")
            << QStringLiteral("fpf") << referral << alphaIor << p1001 << false;
        QTest::addRow("fpf_penalty_ownPort_allowed")
            << QStringLiteral("fpf") << penalty << betaIor << p1001 << true;
        QTest::addRow("fpf_penalty_otherPort_refused")
            << QStringLiteral("fpf") << penalty << betaIor << p2704 << false;
        QTest::addRow("port_penalty_refused")
            << QStringLiteral("port") << penalty << betaIor << p1001 << false;
        QTest::addRow("staffPhc_penalty_refused")
            << QStringLiteral("staff-phc") << penalty << betaIor << p1001 << false;
        QTest::addRow("port_inquiry_ownPort_allowed")
            << QStringLiteral("port") << inquiry << deltaIor << p1001 << true;
        QTest::addRow("port_inquiry_noPort_refused")
            << QStringLiteral("port") << inquiry << deltaIor << QString() << false;
        QTest::addRow("admin_protest_anyCenter_allowed")
            << QStringLiteral("admin") << QStringLiteral("protest") << deltaIor << QString()
            << true;
        QTest::addRow("admin_referral_anyPort_allowed")
            << QStringLiteral("admin") << referral << deltaIor << p2704 << true;
    }
    void create_byRoleAndScope_allowedOrRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, type);
        QFETCH(QString, account);
        QFETCH(QString, port);
        QFETCH(bool, allowed);
        CaseInput typed = input(type, account, QStringLiteral("Opened for the matrix"));
        typed.portCode = port;
        typed.fields = {{QStringLiteral("protest-kind"), QStringLiteral("514")},
                        {QStringLiteral("notice-date"), QStringLiteral("2026-02-02")}};
        if (type != QLatin1String("protest"))
            typed.fields.remove(QStringLiteral("protest-kind"));
        if (type != QLatin1String("penalty-petition"))
            typed.fields.remove(QStringLiteral("notice-date"));
        const QString before = snapshot();
        const Result<CaseRecord> created = m_cases->create(m_actors.value(who), typed);
        if (allowed) {
            QVERIFY_OK(created);
            QCOMPARE(created->state, WorkflowRegistry::builtIn().find(type)->initial);
            QCOMPARE(created->history.first().actor, who);
        } else {
            QVERIFY(!created.ok());
            QCOMPARE(created.error().kind, ErrorKind::PermissionDenied);
            QCOMPARE(created.error().rule, QStringLiteral("permission"));
            QVERIFY2(created.error().message.contains(who), qPrintable(created.error().message));
            QCOMPARE(snapshot(), before);
        }
    }

    // --- Workflow steps ----------------------------------------------------------------------

    void transition_byRoleAndScope_allowedOrRefused_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("step");
        QTest::addColumn<Fields>("fields");
        QTest::addColumn<bool>("allowed");

        const Fields none;
        const Fields outcome{{QStringLiteral("outcome"), QStringLiteral("Classified in 3004.90")}};
        const Fields decision{{QStringLiteral("port-decision"), QStringLiteral("Release")}};
        auto row = [](const char* name, const char* who, const char* situation, const char* step,
                      const Fields& fields, bool allowed) {
            QTest::addRow("%s", name) << QString::fromLatin1(who) << QString::fromLatin1(situation)
                                      << QString::fromLatin1(step) << fields << allowed;
        };
        row("staffPhc_queue_phcRuling_allowed", "staff-phc", "phc-submitted", "queue", none, true);
        row("staffEle_queue_phcRuling_refused", "staff-ele", "phc-submitted", "queue", none, false);
        row("staffEle_queue_eleRuling_allowed", "staff-ele", "ele-submitted", "queue", none, true);
        row("staffPhc_queue_eleRuling_refused", "staff-phc", "ele-submitted", "queue", none, false);
        row("nam_queue_ownAccount_refused", "nam-ana", "phc-submitted", "queue", none, false);
        row("hq_queue_atCenter_refused", "hq", "phc-submitted", "queue", none, false);
        row("port_queue_refused", "port", "phc-submitted", "queue", none, false);
        row("admin_queue_anyCenter_allowed", "admin", "ele-submitted", "queue", none, true);
        row("nam_informationReceived_ownAccount_allowed", "nam-ana", "phc-info",
            "information-received", none, true);
        row("nam_informationReceived_otherAccount_refused", "nam-ana", "beta-info",
            "information-received", none, false);
        row("staffEle_informationReceived_phcRuling_refused", "staff-ele", "phc-info",
            "information-received", none, false);
        row("staffPhc_referToHq_allowed", "staff-phc", "phc-review", "refer-to-hq", none, true);
        row("hq_issueRuling_atCenter_refused", "hq", "phc-review", "issue-ruling", outcome, false);
        row("hq_issueRuling_atHq_allowed", "hq", "phc-hq", "issue-ruling", outcome, true);
        row("hq_returnFromHq_atHq_allowed", "hq", "phc-hq", "return-from-hq", none, true);
        row("hq_returnFromHq_afterSentBackToCenter_refused", "hq", "phc-hq-sent-back",
            "return-from-hq", none, false);
        row("staffPhc_returnFromHq_refused", "staff-phc", "phc-hq", "return-from-hq", none, false);
        row("staffPhc_acceptReferral_allowed", "staff-phc", "referral-1001", "accept", none, true);
        row("staffEle_acceptReferral_refused", "staff-ele", "referral-1001", "accept", none, false);
        row("port_acceptReferral_refused", "port", "referral-1001", "accept", none, false);
        row("port_recordPortDecision_ownPort_allowed", "port", "referral-1001-answered",
            "record-port-decision", decision, true);
        row("port_recordPortDecision_otherPort_refused", "port", "referral-2704-answered",
            "record-port-decision", decision, false);
        row("staffPhc_recordPortDecision_refused", "staff-phc", "referral-1001-answered",
            "record-port-decision", decision, false);
        row("fpf_recordPortDecision_samePort_refused", "fpf", "referral-1001-answered",
            "record-port-decision", decision, false);
        row("admin_recordPortDecision_anyPort_allowed", "admin", "referral-2704-answered",
            "record-port-decision", decision, true);
        row("fpf_decidePetition_ownPort_allowed", "fpf", "petition-review", "decide", outcome,
            true);
        row("port_decidePetition_refused", "port", "petition-review", "decide", outcome, false);
        row("staffPhc_decidePetition_refused", "staff-phc", "petition-review", "decide", outcome,
            false);
        row("hq_decidePetition_atPort_refused", "hq", "petition-review", "decide", outcome, false);
    }
    void transition_byRoleAndScope_allowedOrRefused()
    {
        QFETCH(QString, who);
        QFETCH(QString, situation);
        QFETCH(QString, step);
        QFETCH(Fields, fields);
        QFETCH(bool, allowed);
        const QString number = prepare(situation);
        QVERIFY(!number.isEmpty());
        const CaseRecord before = record(number);
        const WorkflowTransition* transition =
            WorkflowRegistry::builtIn().find(before.type)->transition(step);
        QVERIFY(transition && transition->from.contains(before.state));
        // What the user is offered agrees with what the core allows.
        QCOMPARE(stepIds(m_cases->availableTransitions(m_actors.value(who), before)).contains(step),
                 allowed);
        const QString snapshotBefore = snapshot();
        const Status taken = m_cases->transition(m_actors.value(who), number, step,
                                                 QStringLiteral("A reason for the step."), fields);
        if (allowed) {
            QVERIFY_OK(taken);
            QCOMPARE(record(number).state, transition->to);
            QCOMPARE(record(number).history.last().actor, who);
        } else {
            QVERIFY(!taken.ok());
            QCOMPARE(taken.error().kind, ErrorKind::PermissionDenied);
            QCOMPARE(taken.error().rule, QStringLiteral("permission"));
            QVERIFY2(taken.error().message.contains(who), qPrintable(taken.error().message));
            QCOMPARE(snapshot(), snapshotBefore);
        }
    }

    void availableTransitions_eachRole_offeredOnlyItsSteps()
    {
        const QString number = prepare(QStringLiteral("phc-info"));
        const CaseRecord waiting = record(number);
        QCOMPARE(stepIds(m_cases->availableTransitions(actor("nam-ana"), waiting)),
                 (QStringList{QStringLiteral("information-received"), QStringLiteral("withdraw")}));
        QCOMPARE(stepIds(m_cases->availableTransitions(actor("staff-phc"), waiting)),
                 (QStringList{QStringLiteral("information-received"), QStringLiteral("withdraw")}));
        QVERIFY(m_cases->availableTransitions(actor("hq"), waiting).isEmpty());
        QVERIFY(m_cases->availableTransitions(actor("staff-ele"), waiting).isEmpty());
        QVERIFY(m_cases->availableTransitions(actor("port"), waiting).isEmpty());
    }

    void transition_requiredCommentMissing_refusedNamingComment()
    {
        const QString number = prepare(QStringLiteral("phc-review"));
        const QString before = snapshot();
        QVERIFY_REFUSED(m_cases->transition(actor("staff-phc"), number,
                                            QStringLiteral("request-information"),
                                            QStringLiteral("   ")),
                        QStringLiteral("comment"), QStringLiteral("required"));
        QCOMPARE(snapshot(), before);
        QVERIFY_OK(m_cases->transition(actor("staff-phc"), number,
                                       QStringLiteral("request-information"),
                                       QStringLiteral("Please send the safety data sheet.")));
        const CaseRecord waiting = record(number);
        QCOMPARE(waiting.state, QStringLiteral("additional-information-required"));
        QCOMPARE(waiting.history.last().detail.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Please send the safety data sheet."));
    }

    void transition_requiredFieldMissing_refusedNamingField_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");

        QTest::addRow("issueRuling_withoutOutcome_refused")
            << QStringLiteral("phc-review") << QStringLiteral("staff-phc")
            << QStringLiteral("issue-ruling") << QStringLiteral("outcome")
            << QStringLiteral("Classified in 3004.90.9290");
        QTest::addRow("withdraw_toClosedWithoutOutcome_refused")
            << QStringLiteral("phc-submitted") << QStringLiteral("staff-phc")
            << QStringLiteral("withdraw") << QStringLiteral("outcome")
            << QStringLiteral("Withdrawn by the importer");
        QTest::addRow("recommend_withoutRecommendation_refused")
            << QStringLiteral("referral-1001-accepted") << QStringLiteral("staff-phc")
            << QStringLiteral("recommend") << QStringLiteral("recommendation")
            << QStringLiteral("Release; labels comply");
        QTest::addRow("recordPortDecision_withoutDecision_refused")
            << QStringLiteral("referral-1001-answered") << QStringLiteral("port")
            << QStringLiteral("record-port-decision") << QStringLiteral("port-decision")
            << QStringLiteral("Released");
        QTest::addRow("provideCenterInput_withoutInput_refused")
            << QStringLiteral("petition-input-requested") << QStringLiteral("staff-phc")
            << QStringLiteral("provide-center-input") << QStringLiteral("center-input")
            << QStringLiteral("Mitigation is warranted");
    }
    void transition_requiredFieldMissing_refusedNamingField()
    {
        QFETCH(QString, situation);
        QFETCH(QString, who);
        QFETCH(QString, step);
        QFETCH(QString, field);
        QFETCH(QString, value);
        const QString number = prepare(situation);
        QVERIFY(!number.isEmpty());
        const QString comment = QStringLiteral("Comment given.");
        const QString before = snapshot();
        QVERIFY_REFUSED(m_cases->transition(m_actors.value(who), number, step, comment), field,
                        QStringLiteral("required"));
        const Status blank = m_cases->transition(m_actors.value(who), number, step, comment,
                                                 {{field, QStringLiteral("   ")}});
        QVERIFY_REFUSED(blank, field, QStringLiteral("required"));
        QVERIFY2(blank.error().message.contains(field), qPrintable(blank.error().message));
        QCOMPARE(snapshot(), before);
        QVERIFY_OK(
            m_cases->transition(m_actors.value(who), number, step, comment, {{field, value}}));
        const CaseRecord after = record(number);
        if (field == QLatin1String("outcome"))
            QCOMPARE(after.outcome, value);
        else
            QCOMPARE(after.fields.value(field), value);
    }

    void transition_stepNotFromCurrentState_refusedListingPossibleSteps_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addRow("stepOfAnotherState_refused") << QStringLiteral("issue-ruling");
        QTest::addRow("stateNotReachableFromHere_refused") << QStringLiteral("ruling-issued");
        QTest::addRow("unknownStep_refused") << QStringLiteral("fly-away");
    }
    void transition_stepNotFromCurrentState_refusedListingPossibleSteps()
    {
        QFETCH(QString, asked);
        const QString number = prepare(QStringLiteral("phc-submitted"));
        const QString before = snapshot();
        const Status refused =
            m_cases->transition(actor("admin"), number, asked, QStringLiteral("x"),
                                {{QStringLiteral("outcome"), QStringLiteral("y")}});
        QVERIFY_REFUSED(refused, QStringLiteral("state"), QStringLiteral("no-such-step"));
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QLatin1String("queue (to in-queue)")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("withdraw (to closed)")), qPrintable(message));
        QVERIFY2(message.contains(asked), qPrintable(message));
        QCOMPARE(snapshot(), before);
    }

    void transition_byTargetStateName_takesTheStepLeadingThere()
    {
        const QString number = prepare(QStringLiteral("phc-submitted"));
        QVERIFY_OK(m_cases->transition(actor("staff-phc"), number, QStringLiteral("in-queue")));
        const CaseRecord queued = record(number);
        QCOMPARE(queued.state, QStringLiteral("in-queue"));
        QCOMPARE(queued.history.last().detail.value(QStringLiteral("transition")).toString(),
                 QStringLiteral("queue"));
        // Closed: nowhere to go.
        QVERIFY_OK(m_cases->transition(actor("staff-phc"), number, QStringLiteral("withdraw"),
                                       QStringLiteral("Importer withdrew."),
                                       {{QStringLiteral("outcome"), QStringLiteral("Withdrawn")}}));
        const CaseRecord closed = record(number);
        QCOMPARE(closed.category, StateCategory::Closed);
        QCOMPARE(closed.closedAt, m_now);
        const Status stuck = m_cases->transition(actor("admin"), number, QStringLiteral("queue"));
        QVERIFY_REFUSED(stuck, QStringLiteral("state"), QStringLiteral("no-such-step"));
        QVERIFY2(stuck.error().message.contains(QLatin1String("nowhere")),
                 qPrintable(stuck.error().message));
        // Closing stops every clock.
        for (const CaseClock& clock : closed.clocks)
            QVERIFY2(clock.stoppedAt.isValid(), qPrintable(clock.kind + clock.ruleId));
    }

    void comment_andAssign_recordedAndScoped()
    {
        const QString number = prepare(QStringLiteral("phc-submitted"));
        QVERIFY_REFUSED(m_cases->comment(actor("staff-phc"), number, QStringLiteral("  ")),
                        QStringLiteral("text"), QStringLiteral("required"));
        QVERIFY_REFUSED(m_cases->comment(actor("staff-ele"), number, QStringLiteral("Hello")),
                        QString(), QStringLiteral("permission"));
        QVERIFY_OK(m_cases->comment(actor("nam-ana"), number, QStringLiteral("Customer called.")));
        QCOMPARE(record(number).history.last().kind, QStringLiteral("comment"));
        QCOMPARE(record(number).history.last().actor, QStringLiteral("nam-ana"));

        QVERIFY_REFUSED(m_cases->assign(actor("nam-ana"), number, QStringLiteral("staff-phc")),
                        QString(), QStringLiteral("permission"));
        QVERIFY_REFUSED(m_cases->assign(actor("staff-phc"), number, QStringLiteral("ghost")),
                        QStringLiteral("assignee"), QStringLiteral("unknown-user"));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("assigned"), number), 0);
        QVERIFY_OK(m_cases->assign(actor("admin"), number, QStringLiteral("staff-phc")));
        QCOMPARE(record(number).assigneeName, QStringLiteral("staff-phc"));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("assigned"), number), 1);

        // Alerts are read once.
        const Result<QList<Notification>> unread = m_cases->alerts(actor("staff-phc"));
        QVERIFY_OK(unread);
        QCOMPARE(unread->size(), 1);
        QVERIFY_REFUSED(m_cases->markAlertRead(actor("hq"), unread->first().uuid),
                        QStringLiteral("notification"), QStringLiteral("not-found"));
        QVERIFY_OK(m_cases->markAlertRead(actor("staff-phc"), unread->first().uuid));
        QVERIFY(m_cases->alerts(actor("staff-phc"))->isEmpty());
        QCOMPARE(m_cases->alerts(actor("staff-phc"), false)->first().delivery,
                 QStringLiteral("read"));
    }

    // --- Clocks: pause, resume, tier change ---------------------------------------------------

    void resolutionClock_waitingOnTrade_pausesAndResumesWithoutCountingThePause()
    {
        // Monday 2026-02-09 09:00 New York; Monday 2026-02-16 is Washington's Birthday.
        const QString number = openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                        QStringLiteral("Paused ruling"));
        m_now = ny(2026, 2, 9, 10);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("queue")));
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("start-review")));
        const CaseClock first = clockOf(record(number), QStringLiteral("first-response"));
        QCOMPARE(first.state, QStringLiteral("met"));
        QCOMPARE(first.consumedMinutes, qint64(60));

        // Tuesday 11:00: Monday 09-17 (480) + Tuesday 08-11 (180) used.
        m_now = ny(2026, 2, 10, 11);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("request-information"),
                       QStringLiteral("Send the certificate of analysis.")));
        m_now = ny(2026, 2, 11, 10);
        const CaseClock paused = clockOf(record(number), QStringLiteral("resolution"));
        QCOMPARE(paused.state, QStringLiteral("paused"));
        QCOMPARE(paused.consumedMinutes, qint64(660));
        QVERIFY(!paused.dueAt.isValid());
        QVERIFY2(paused.explanation.contains(QLatin1String("Paused since 2026-02-10 11:00")),
                 qPrintable(paused.explanation));
        QVERIFY2(paused.explanation.contains(QLatin1String("Additional information required")),
                 qPrintable(paused.explanation));

        // Wednesday 14:00 the importer answers (the NAM records it).
        m_now = ny(2026, 2, 11, 14);
        QVERIFY_OK(act("nam-ana", number, QStringLiteral("information-received")));
        // Thursday 10:00: 660 + Wednesday 14-17 (180) + Thursday 08-10 (120).
        m_now = ny(2026, 2, 12, 10);
        const CaseClock resumed = clockOf(record(number), QStringLiteral("resolution"));
        QCOMPARE(resumed.state, QStringLiteral("on-track"));
        QCOMPARE(resumed.consumedMinutes, qint64(960));
        QCOMPARE(resumed.targetMinutes, qint64(10800));
        // 10800 - 660 = 169 h from Wednesday 14:00: 3 h that day, then 18 business days
        // (Feb 12-13, 17-20, 23-27, Mar 2-6, 9-10; Feb 16 is a holiday) and 4 h on Mar 11,
        // after the change to daylight time.
        QCOMPARE(resumed.dueAt, ny(2026, 3, 11, 12));
        QVERIFY2(resumed.explanation.contains(
                     QLatin1String("Paused 2026-02-10 11:00 EST to 2026-02-11 14:00 EST")),
                 qPrintable(resumed.explanation));
        QVERIFY2(resumed.explanation.contains(QLatin1String("12 business hour")),
                 qPrintable(resumed.explanation));
        QVERIFY2(resumed.explanation.contains(QLatin1String("Washington")),
                 qPrintable(resumed.explanation));
        // The statutory clocks were not paused meanwhile.
        const CaseClock issuance =
            clockOf(record(number), QStringLiteral("statutory"), QStringLiteral("ruling-issuance"));
        QCOMPARE(issuance.dueAt.date(), QDate(2026, 3, 11));
        QVERIFY(issuance.state != QLatin1String("paused"));
    }

    void resolutionClock_tierChangesWhilePaused_targetFollowsNewTierAndUsedTimeIsKept()
    {
        // Gamma is C-TPAT: resolution 135 h (8100 min); ISA gives 108 h (6480 min).
        const QString number = openCase("staff-phc", QStringLiteral("binding-ruling"), gammaIor,
                                        QStringLiteral("Tier change"));
        QCOMPARE(clockOf(record(number), QStringLiteral("resolution")).targetMinutes, qint64(8100));
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("queue")));
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("start-review")));
        m_now = ny(2026, 2, 9, 13);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("request-information"),
                       QStringLiteral("Need the formula.")));
        QCOMPARE(clockOf(record(number), QStringLiteral("resolution")).consumedMinutes,
                 qint64(240));

        m_now = ny(2026, 2, 10, 10);
        const Result<Account> gamma = m_accounts->get(actor("admin"), gammaIor);
        QVERIFY_OK(gamma);
        QVERIFY_OK(m_accounts->addProgram(
            actor("staff-phc"), gamma->uuid,
            PartnerProgram{{}, ProgramKind::Isa, 0, QDate(2026, 2, 10), {}}));
        QVERIFY_OK(m_cases->sweepClocks());
        m_now = ny(2026, 2, 10, 14);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("information-received")));
        QVERIFY_OK(m_cases->sweepClocks());

        const CaseRecord resumed = record(number);
        QCOMPARE(resumed.tier, ServiceTier::Isa);
        const CaseClock resolution = clockOf(resumed, QStringLiteral("resolution"));
        QCOMPARE(resolution.consumedMinutes, qint64(240)); // the time used before is kept
        QCOMPARE(resolution.state, QStringLiteral("on-track"));
        QCOMPARE(resolution.targetMinutes, qint64(6480));
        // 6480 - 240 = 104 h from Tuesday 14:00: 3 h, 11 business days (Feb 11-13, 17-20,
        // 23-26), 2 h on Friday Feb 27.
        QCOMPARE(resolution.dueAt, ny(2026, 2, 27, 10));
        QVERIFY2(resolution.explanation.contains(QLatin1String("target changed from 135")),
                 qPrintable(resolution.explanation));
        QVERIFY2(resolution.explanation.contains(QLatin1String("binding-ruling / isa")),
                 qPrintable(resolution.explanation));
        m_now = ny(2026, 2, 11, 9);
        QCOMPARE(clockOf(record(number), QStringLiteral("resolution")).consumedMinutes,
                 qint64(240 + 180 + 60));
    }

    void sweep_tierRaisedWhileClockRuns_targetFollowsNewTier()
    {
        // Gamma is C-TPAT: first response 6 h (360 min); ISA gives 4.8 h (288 min).
        const QString number = openCase("staff-phc", QStringLiteral("binding-ruling"), gammaIor,
                                        QStringLiteral("Tier raised while running"));
        m_now = ny(2026, 2, 9, 10);
        const Result<Account> gamma = m_accounts->get(actor("admin"), gammaIor);
        QVERIFY_OK(gamma);
        QVERIFY_OK(
            m_accounts->addProgram(actor("staff-phc"), gamma->uuid,
                                   PartnerProgram{{}, ProgramKind::Isa, 0, QDate(2026, 2, 9), {}}));
        // 14:00: 300 minutes used, past the ISA target, under the C-TPAT one (75% = 270).
        m_now = ny(2026, 2, 9, 14);
        const Result<SweepReport> report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        const CaseClock first = clockOf(record(number), QStringLiteral("first-response"));
        QCOMPARE(first.consumedMinutes, qint64(300));
        QCOMPARE(first.targetMinutes, qint64(288));
        QCOMPARE(first.state, QStringLiteral("breached"));
    }

    // --- Escalation ----------------------------------------------------------------------------

    void escalate_centerToHqAndBack_acknowledgementClockAlertsAndHistory()
    {
        const QString number = prepare(QStringLiteral("phc-review"));
        QVERIFY_REFUSED(m_cases->escalate(actor("staff-phc"), number, QStringLiteral(" ")),
                        QStringLiteral("reason"), QStringLiteral("required"));
        QVERIFY_REFUSED(m_cases->escalate(actor("staff-ele"), number, QStringLiteral("Why not")),
                        QString(), QStringLiteral("permission"));
        QVERIFY_REFUSED(m_cases->escalate(actor("hq"), number, QStringLiteral("Take it")),
                        QString(), QStringLiteral("permission"));
        QVERIFY_REFUSED(m_cases->sendBack(actor("staff-phc"), number, QStringLiteral("Down")),
                        QStringLiteral("level"), QStringLiteral("bottom-level"));
        QCOMPARE(alertCount("hq", QStringLiteral("escalation"), number), 0);

        m_now = ny(2026, 2, 9, 10);
        QVERIFY_OK(m_cases->escalate(actor("staff-phc"), number,
                                     QStringLiteral("Novel question of classification")));
        CaseRecord escalated = record(number);
        QCOMPARE(escalated.escalationLevel, QStringLiteral("rr-hq"));
        QCOMPARE(escalated.state, QStringLiteral("under-review")); // the workflow state stays
        CaseClock ack = clockOf(escalated, QStringLiteral("acknowledgement"));
        QCOMPARE(ack.state, QStringLiteral("on-track"));
        QCOMPARE(ack.targetMinutes, qint64(240));
        QCOMPARE(ack.dueAt, ny(2026, 2, 9, 14));
        QCOMPARE(escalated.history.last().kind, QStringLiteral("escalated"));
        QCOMPARE(escalated.history.last().detail.value(QStringLiteral("from")).toString(),
                 QStringLiteral("center"));
        QCOMPARE(escalated.history.last().detail.value(QStringLiteral("to")).toString(),
                 QStringLiteral("rr-hq"));
        QCOMPARE(alertCount("hq", QStringLiteral("escalation"), number), 1);
        QCOMPARE(alertCount("staff-ele", QStringLiteral("escalation"), number), 0);
        // At the top: no level above.
        QVERIFY_REFUSED(m_cases->escalate(actor("admin"), number, QStringLiteral("Higher")),
                        QStringLiteral("level"), QStringLiteral("top-level"));

        // Only HQ acknowledges what was sent to HQ.
        QVERIFY_REFUSED(m_cases->acknowledge(actor("staff-phc"), number), QString(),
                        QStringLiteral("permission"));
        m_now = ny(2026, 2, 9, 11);
        QVERIFY_OK(m_cases->acknowledge(actor("hq"), number));
        ack = clockOf(record(number), QStringLiteral("acknowledgement"));
        QCOMPARE(ack.state, QStringLiteral("met"));
        QCOMPARE(ack.consumedMinutes, qint64(60));
        QCOMPARE(record(number).history.last().kind, QStringLiteral("acknowledged"));
        QVERIFY_REFUSED(m_cases->acknowledge(actor("hq"), number), QStringLiteral("case"),
                        QStringLiteral("nothing-to-acknowledge"));

        // Back down, with the reason in the history.
        QVERIFY_REFUSED(m_cases->sendBack(actor("staff-phc"), number, QStringLiteral("Back")),
                        QString(), QStringLiteral("permission"));
        QVERIFY_REFUSED(m_cases->sendBack(actor("hq"), number, QString()), QStringLiteral("reason"),
                        QStringLiteral("required"));
        QVERIFY_OK(
            m_cases->sendBack(actor("hq"), number, QStringLiteral("Covered by ruling N312345")));
        const CaseRecord back = record(number);
        QCOMPARE(back.escalationLevel, QStringLiteral("center"));
        QCOMPARE(back.history.last().kind, QStringLiteral("sent-back"));
        QCOMPARE(back.history.last().detail.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Covered by ruling N312345"));
        QCOMPARE(back.history.last().actor, QStringLiteral("hq"));
        // At the bottom for a case without a port.
        QVERIFY_REFUSED(m_cases->sendBack(actor("admin"), number, QStringLiteral("Lower")),
                        QStringLiteral("level"), QStringLiteral("bottom-level"));
        // The HQ analyst no longer acts on it.
        QVERIFY_REFUSED(m_cases->comment(actor("hq"), number, QStringLiteral("Still here")),
                        QString(), QStringLiteral("permission"));
    }

    void escalate_portCase_portToCenterToHqAndBackDown()
    {
        const QString number = prepare(QStringLiteral("referral-1001"));
        QCOMPARE(record(number).escalationLevel, QStringLiteral("port"));
        QVERIFY_REFUSED(m_cases->sendBack(actor("port"), number, QStringLiteral("Lower")),
                        QStringLiteral("level"), QStringLiteral("bottom-level"));
        QVERIFY_REFUSED(m_cases->escalate(actor("staff-phc"), number, QStringLiteral("Up")),
                        QString(), QStringLiteral("permission"));
        QVERIFY_OK(m_cases->escalate(actor("port"), number,
                                     QStringLiteral("Need the Center's industry knowledge")));
        CaseRecord atCenter = record(number);
        QCOMPARE(atCenter.escalationLevel, QStringLiteral("center"));
        QCOMPARE(clockOf(atCenter, QStringLiteral("acknowledgement")).state,
                 QStringLiteral("on-track"));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("escalation"), number), 1);
        QCOMPARE(alertCount("staff-ele", QStringLiteral("escalation"), number), 0);
        QCOMPARE(alertCount("hq", QStringLiteral("escalation"), number), 0);

        QVERIFY_REFUSED(m_cases->acknowledge(actor("port"), number), QString(),
                        QStringLiteral("permission"));
        QVERIFY_REFUSED(m_cases->acknowledge(actor("staff-ele"), number), QString(),
                        QStringLiteral("permission"));
        QVERIFY_OK(m_cases->acknowledge(actor("staff-phc"), number));
        QCOMPARE(clockOf(record(number), QStringLiteral("acknowledgement")).state,
                 QStringLiteral("met"));

        // The port no longer escalates once the Center holds it; the Center goes to OFO HQ.
        QVERIFY_REFUSED(m_cases->escalate(actor("port"), number, QStringLiteral("Again")),
                        QString(), QStringLiteral("permission"));
        QVERIFY_OK(
            m_cases->escalate(actor("staff-phc"), number, QStringLiteral("Policy question")));
        QCOMPARE(record(number).escalationLevel, QStringLiteral("ofo-hq"));
        QCOMPARE(alertCount("hq", QStringLiteral("escalation"), number), 1);
        QCOMPARE(clockOf(record(number), QStringLiteral("acknowledgement")).state,
                 QStringLiteral("on-track"));

        QVERIFY_OK(m_cases->sendBack(actor("hq"), number, QStringLiteral("Center decides")));
        QCOMPARE(record(number).escalationLevel, QStringLiteral("center"));
        QVERIFY_REFUSED(m_cases->sendBack(actor("port"), number, QStringLiteral("Mine")), QString(),
                        QStringLiteral("permission"));
        QVERIFY_OK(m_cases->sendBack(actor("staff-phc"), number, QStringLiteral("Port decides")));
        const CaseRecord atPort = record(number);
        QCOMPARE(atPort.escalationLevel, QStringLiteral("port"));
        QCOMPARE(atPort.history.last().detail.value(QStringLiteral("to")).toString(),
                 QStringLiteral("port"));
        QVERIFY_REFUSED(m_cases->sendBack(actor("admin"), number, QStringLiteral("Lower")),
                        QStringLiteral("level"), QStringLiteral("bottom-level"));
        const QStringList history = kinds(atPort.history);
        QCOMPARE(history.count(QStringLiteral("escalated")), 2);
        QCOMPARE(history.count(QStringLiteral("sent-back")), 2);
        QCOMPARE(history.count(QStringLiteral("acknowledged")), 1);
    }

    void workflowEscalation_referToHqAndReturn_movesTheLevel()
    {
        const QString number = prepare(QStringLiteral("phc-review"));
        m_now = ny(2026, 2, 9, 10);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("refer-to-hq"),
                       QStringLiteral("Needs a headquarters ruling")));
        CaseRecord referred = record(number);
        QCOMPARE(referred.state, QStringLiteral("referred-to-hq"));
        QCOMPARE(referred.category, StateCategory::Escalated);
        QCOMPARE(referred.escalationLevel, QStringLiteral("rr-hq"));
        QCOMPARE(clockOf(referred, QStringLiteral("acknowledgement")).state,
                 QStringLiteral("on-track"));
        QCOMPARE(referred.history.last().kind, QStringLiteral("escalated"));
        QCOMPARE(referred.history.last().detail.value(QStringLiteral("to")).toString(),
                 QStringLiteral("rr-hq"));
        QCOMPARE(alertCount("hq", QStringLiteral("escalation"), number), 1);
        // The resolution clock keeps running while HQ has it.
        QCOMPARE(clockOf(referred, QStringLiteral("resolution")).state, QStringLiteral("on-track"));

        m_now = ny(2026, 2, 9, 12);
        QVERIFY_OK(act("hq", number, QStringLiteral("return-from-hq"),
                       QStringLiteral("Center may rule; see HQ H301234")));
        const CaseRecord returned = record(number);
        QCOMPARE(returned.state, QStringLiteral("under-review"));
        QCOMPARE(returned.escalationLevel, QStringLiteral("center"));
        QCOMPARE(returned.history.last().kind, QStringLiteral("sent-back"));
        QCOMPARE(returned.history.last().detail.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Center may rule; see HQ H301234"));
        const CaseClock ack = clockOf(returned, QStringLiteral("acknowledgement"));
        QVERIFY(ack.stoppedAt.isValid());
        QCOMPARE(ack.consumedMinutes, qint64(120));
    }

    // --- Referrals and petitions ------------------------------------------------------------

    void releaseReferral_endToEnd_portRaisesCenterRecommendsPortDecides()
    {
        CaseInput typed = input(QStringLiteral("release-referral"), alphaIor,
                                QStringLiteral("Hold on insulin pens, need Center view"));
        typed.portCode = QStringLiteral("1001");
        const Result<CaseRecord> raised = m_cases->create(actor("port"), typed);
        QVERIFY_OK(raised);
        const QString number = raised->number;
        QCOMPARE(raised->state, QStringLiteral("raised"));
        QCOMPARE(raised->escalationLevel, QStringLiteral("port"));
        QCOMPARE(raised->portCode, QStringLiteral("1001"));
        QCOMPARE(clockOf(*raised, QStringLiteral("first-response")).targetMinutes, qint64(120));
        QCOMPARE(clockOf(*raised, QStringLiteral("resolution")).targetMinutes, qint64(480));
        QVERIFY(raised->notices.isEmpty()); // no state of a referral is shown to the trade

        m_now = ny(2026, 2, 9, 9, 30);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("accept")));
        QCOMPARE(clockOf(record(number), QStringLiteral("first-response")).state,
                 QStringLiteral("met"));
        m_now = ny(2026, 2, 9, 11);
        QVERIFY_REFUSED(act("staff-phc", number, QStringLiteral("recommend")),
                        QStringLiteral("recommendation"), QStringLiteral("required"));
        QCOMPARE(alertCount("port", QStringLiteral("referral-answered"), number), 0);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("recommend"), {},
                       {{QStringLiteral("recommendation"),
                         QStringLiteral("Release: the labels meet 21 CFR 201")}}));
        const CaseRecord answered = record(number);
        QCOMPARE(answered.state, QStringLiteral("recommendation-given"));
        QCOMPARE(answered.fields.value(QStringLiteral("recommendation")),
                 QStringLiteral("Release: the labels meet 21 CFR 201"));
        QCOMPARE(clockOf(answered, QStringLiteral("resolution")).state, QStringLiteral("paused"));
        QCOMPARE(clockOf(answered, QStringLiteral("resolution")).consumedMinutes, qint64(120));
        // The one who raised it is told.
        QCOMPARE(alertCount("port", QStringLiteral("referral-answered"), number), 1);
        QCOMPARE(alertCount("staff-phc", QStringLiteral("referral-answered"), number), 0);
        const Result<QList<Notification>> portAlerts = m_cases->alerts(actor("port"));
        QVERIFY_OK(portAlerts);
        QVERIFY(portAlerts->first().textEn.contains(number));
        QVERIFY(portAlerts->first().textEs.contains(number));

        m_now = ny(2026, 2, 9, 13);
        QVERIFY_REFUSED(act("staff-phc", number, QStringLiteral("record-port-decision"), {},
                            {{QStringLiteral("port-decision"), QStringLiteral("Release")}}),
                        QString(), QStringLiteral("permission"));
        QVERIFY_OK(act("port", number, QStringLiteral("record-port-decision"), {},
                       {{QStringLiteral("port-decision"), QStringLiteral("Released after exam")}}));
        const CaseRecord decided = record(number);
        QCOMPARE(decided.state, QStringLiteral("port-decided"));
        QCOMPARE(decided.category, StateCategory::Resolved);
        const CaseClock resolution = clockOf(decided, QStringLiteral("resolution"));
        QCOMPARE(resolution.state, QStringLiteral("met"));
        QCOMPARE(resolution.consumedMinutes, qint64(120)); // the port's wait did not count

        QVERIFY_OK(act("port", number, QStringLiteral("close"), {},
                       {{QStringLiteral("outcome"), QStringLiteral("Released")}}));
        const CaseRecord closed = record(number);
        QCOMPARE(closed.state, QStringLiteral("closed"));
        QCOMPARE(closed.outcome, QStringLiteral("Released"));
        QCOMPARE(closed.closedAt, m_now);
        QCOMPARE(closed.fields.value(QStringLiteral("port-decision")),
                 QStringLiteral("Released after exam"));
        QCOMPARE(kinds(closed.history),
                 (QStringList{QStringLiteral("created"), QStringLiteral("transition"),
                              QStringLiteral("transition"), QStringLiteral("transition"),
                              QStringLiteral("transition")}));
    }

    void requestCenterInput_byTierAndRequest_allowedOrRefused_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");

        QTest::addRow("standardAccount_asked_refused")
            << alphaIor << QStringLiteral("yes") << QStringLiteral("account")
            << QStringLiteral("trusted-partner-only");
        QTest::addRow("isaAccount_notAsked_refused")
            << betaIor << QStringLiteral("no") << QStringLiteral("center-input-asked")
            << QStringLiteral("not-asked");
        QTest::addRow("isaAccount_askedNotRecorded_refused")
            << betaIor << QString() << QStringLiteral("center-input-asked")
            << QStringLiteral("not-asked");
        QTest::addRow("ctpatAccount_asked_allowed")
            << gammaIor << QStringLiteral("yes") << QString() << QString();
        QTest::addRow("isaAccount_asked_allowed")
            << betaIor << QStringLiteral("yes") << QString() << QString();
    }
    void requestCenterInput_byTierAndRequest_allowedOrRefused()
    {
        QFETCH(QString, account);
        QFETCH(QString, asked);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        CaseInput typed = input(QStringLiteral("penalty-petition"), account,
                                QStringLiteral("Petition for mitigation"));
        typed.portCode = QStringLiteral("1001");
        typed.fields = {{QStringLiteral("notice-date"), QStringLiteral("2026-02-02")}};
        if (!asked.isEmpty())
            typed.fields.insert(QStringLiteral("center-input-asked"), asked);
        const Result<CaseRecord> created = m_cases->create(actor("fpf"), typed);
        QVERIFY_OK(created);
        QVERIFY_OK(act("fpf", created->number, QStringLiteral("start-review")));
        const QString before = snapshot();
        const Status requested = act("fpf", created->number, QStringLiteral("request-center-input"),
                                     QStringLiteral("The petitioner asked for the Center's view."));
        if (rule.isEmpty()) {
            QVERIFY_OK(requested);
            QCOMPARE(record(created->number).state, QStringLiteral("center-input-requested"));
        } else {
            QVERIFY_REFUSED(requested, field, rule);
            QCOMPARE(snapshot(), before);
            QCOMPARE(clockOf(record(created->number), QStringLiteral("center-input")).kind,
                     QString());
        }
    }

    void centerInput_isaAccountAsked_clockStartsAndInputStopsIt()
    {
        CaseInput typed = input(QStringLiteral("penalty-petition"), betaIor,
                                QStringLiteral("Penalty 19 USC 1592, petition for mitigation"));
        typed.portCode = QStringLiteral("1001");
        typed.fields = {{QStringLiteral("notice-date"), QStringLiteral("2026-02-02")},
                        {QStringLiteral("center-input-asked"), QStringLiteral("yes")}};
        const Result<CaseRecord> created = m_cases->create(actor("fpf"), typed);
        QVERIFY_OK(created);
        const QString number = created->number;
        QCOMPARE(created->escalationLevel, QStringLiteral("port"));
        // 60 calendar days from the notice: 2026-04-03.
        const CaseClock statutory =
            clockOf(*created, QStringLiteral("statutory"), QStringLiteral("penalty-petition"));
        QCOMPARE(statutory.dueAt.date(), QDate(2026, 4, 3));
        QVERIFY(statutory.explanation.contains(QLatin1String("never paused")));

        QVERIFY_OK(act("fpf", number, QStringLiteral("start-review")));
        m_now = ny(2026, 2, 9, 11);
        QVERIFY_OK(act("fpf", number, QStringLiteral("request-center-input"),
                       QStringLiteral("Petitioner (ISA) asked for formal Center input.")));
        CaseRecord requested = record(number);
        CaseClock inputClock = clockOf(requested, QStringLiteral("center-input"));
        QCOMPARE(inputClock.state, QStringLiteral("on-track"));
        QCOMPARE(inputClock.targetMinutes, qint64(2700));
        QCOMPARE(inputClock.startedAt, m_now);
        QCOMPARE(clockOf(requested, QStringLiteral("resolution")).state, QStringLiteral("paused"));

        m_now = ny(2026, 2, 10, 10);
        QVERIFY_REFUSED(act("staff-ele", number, QStringLiteral("provide-center-input"), {},
                            {{QStringLiteral("center-input"), QStringLiteral("Mitigate")}}),
                        QString(), QStringLiteral("permission"));
        QVERIFY_REFUSED(act("fpf", number, QStringLiteral("provide-center-input"), {},
                            {{QStringLiteral("center-input"), QStringLiteral("Mitigate")}}),
                        QString(), QStringLiteral("permission"));
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("provide-center-input"), {},
                       {{QStringLiteral("center-input"),
                         QStringLiteral("Prior disclosure record supports mitigation")}}));
        const CaseRecord received = record(number);
        QCOMPARE(received.state, QStringLiteral("center-input-received"));
        QCOMPARE(received.fields.value(QStringLiteral("center-input")),
                 QStringLiteral("Prior disclosure record supports mitigation"));
        inputClock = clockOf(received, QStringLiteral("center-input"));
        QCOMPARE(inputClock.state, QStringLiteral("met"));
        QCOMPARE(inputClock.consumedMinutes, qint64(6 * 60 + 2 * 60)); // Mon 11-17, Tue 08-10
        QCOMPARE(clockOf(received, QStringLiteral("resolution")).state, QStringLiteral("on-track"));
        QCOMPARE(statutory.dueAt.date(),
                 clockOf(received, QStringLiteral("statutory")).dueAt.date());
    }

    // --- Merge and parent cases ----------------------------------------------------------------

    void merge_duplicate_closedWithBothHistoriesKept()
    {
        const QString duplicate = prepare(QStringLiteral("phc-submitted"));
        const QString survivor = prepare(QStringLiteral("phc-review"));
        const QString other = prepare(QStringLiteral("ele-submitted"));
        QVERIFY_OK(m_cases->comment(actor("staff-phc"), duplicate, QStringLiteral("Filed twice.")));
        QVERIFY_OK(
            m_cases->comment(actor("staff-phc"), survivor, QStringLiteral("Keep this one.")));

        QVERIFY_REFUSED(m_cases->merge(actor("admin"), duplicate, other, QStringLiteral("x")),
                        QStringLiteral("case"), QStringLiteral("merge-account"));
        QVERIFY_REFUSED(m_cases->merge(actor("admin"), duplicate, duplicate, QStringLiteral("x")),
                        QStringLiteral("case"), QStringLiteral("merge"));
        QVERIFY_REFUSED(
            m_cases->merge(actor("staff-ele"), duplicate, survivor, QStringLiteral("x")), QString(),
            QStringLiteral("permission"));
        QVERIFY_REFUSED(m_cases->merge(actor("nam-ana"), duplicate, survivor, QStringLiteral("x")),
                        QString(), QStringLiteral("permission"));

        m_now = ny(2026, 2, 9, 12);
        QVERIFY_OK(m_cases->merge(actor("staff-phc"), duplicate, survivor,
                                  QStringLiteral("Same request filed twice")));
        const CaseRecord closed = record(duplicate);
        QCOMPARE(closed.category, StateCategory::Closed);
        QCOMPARE(closed.state, QStringLiteral("closed"));
        QCOMPARE(closed.mergedIntoNumber, survivor);
        QCOMPARE(closed.closedAt, m_now);
        QVERIFY(closed.outcome.contains(survivor));
        QCOMPARE(closed.clocks.size(), 4);
        for (const CaseClock& clock : closed.clocks)
            QCOMPARE(clock.state, QStringLiteral("cancelled"));

        const CaseRecord kept = record(survivor);
        QSet<QString> subjects;
        for (const HistoryEntry& entry : kept.history)
            subjects.insert(entry.subjectUuid);
        QCOMPARE(subjects, (QSet<QString>{kept.uuid, closed.uuid}));
        const QStringList keptKinds = kinds(kept.history);
        QVERIFY(keptKinds.contains(QStringLiteral("merged")));
        QVERIFY(keptKinds.contains(QStringLiteral("merged-in")));
        QCOMPARE(keptKinds.count(QStringLiteral("created")), 2);
        QCOMPARE(keptKinds.count(QStringLiteral("comment")), 2);
        for (qsizetype i = 1; i < kept.history.size(); ++i)
            QVERIFY(kept.history.at(i - 1).seq < kept.history.at(i).seq);
        bool linked = false;
        for (const CaseLink& link : kept.links)
            linked |= link.number == duplicate && link.kind == QLatin1String("duplicate");
        QVERIFY(linked);
        QCOMPARE(kept.state, QStringLiteral("under-review")); // the survivor goes on

        QVERIFY_REFUSED(act("staff-phc", duplicate, QStringLiteral("queue")),
                        QStringLiteral("case"), QStringLiteral("merged"));
        QVERIFY_REFUSED(
            m_cases->merge(actor("admin"), duplicate, survivor, QStringLiteral("again")),
            QStringLiteral("case"), QStringLiteral("merge"));
    }

    void closeParent_withOpenChild_refusedUntilChildCloses()
    {
        const QString parent = prepare(QStringLiteral("phc-submitted"));
        CaseInput typed = input(QStringLiteral("general-inquiry"), alphaIor,
                                QStringLiteral("Follow-up question"));
        typed.parentNumber = parent.toLower();
        const Result<CaseRecord> child = m_cases->create(actor("staff-phc"), typed);
        QVERIFY_OK(child);
        QCOMPARE(child->parentNumber, parent);
        bool listed = false;
        for (const CaseLink& link : record(parent).links)
            listed |= link.number == child->number && link.kind == QLatin1String("child");
        QVERIFY(listed);

        const Fields outcome{{QStringLiteral("outcome"), QStringLiteral("Withdrawn")}};
        const QString before = snapshot();
        const Status refused = act("staff-phc", parent, QStringLiteral("withdraw"),
                                   QStringLiteral("No longer needed"), outcome);
        QVERIFY_REFUSED(refused, QStringLiteral("children"), QStringLiteral("open-children"));
        QVERIFY(refused.error().message.contains(child->number));
        QCOMPARE(snapshot(), before);

        QVERIFY_OK(act("staff-phc", child->number, QStringLiteral("withdraw"),
                       QStringLiteral("Answered by phone"), outcome));
        QVERIFY_OK(act("staff-phc", parent, QStringLiteral("withdraw"),
                       QStringLiteral("No longer needed"), outcome));
        QCOMPARE(record(parent).category, StateCategory::Closed);
    }

    // --- Status notices ------------------------------------------------------------------------

    void statusNotice_tradeVisibleState_writesBilingualOutboxNotice()
    {
        const QString number = openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                        QStringLiteral("Notices"));
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("queue")));
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("start-review")));
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("request-information"),
                       QStringLiteral("Need samples")));
        QVERIFY_OK(act("nam-ana", number, QStringLiteral("information-received")));
        QVERIFY_OK(
            act("staff-phc", number, QStringLiteral("refer-to-hq"), QStringLiteral("HQ question")));
        const CaseRecord referred = record(number);
        const WorkflowDefinition* ruling =
            WorkflowRegistry::builtIn().find(QStringLiteral("binding-ruling"));
        QStringList topics;
        for (const Notification& notice : referred.notices) {
            topics << notice.topic;
            QCOMPARE(notice.kind, QStringLiteral("status-notice"));
            QCOMPARE(notice.delivery, QStringLiteral("outbox"));
            QCOMPARE(notice.caseNumber, number);
            const WorkflowState* state = ruling->state(notice.topic);
            QVERIFY(state);
            QCOMPARE(notice.textEn, QString(state->noticeEn).replace(QStringLiteral("%1"), number));
            QCOMPARE(notice.textEs, QString(state->noticeEs).replace(QStringLiteral("%1"), number));
            QVERIFY(notice.textEn.contains(number) && notice.textEs.contains(number));
            QVERIFY(!notice.textEn.contains(QLatin1String("%1")));
        }
        QCOMPARE(topics,
                 (QStringList{QStringLiteral("submitted"), QStringLiteral("in-queue"),
                              QStringLiteral("under-review"),
                              QStringLiteral("additional-information-required"),
                              QStringLiteral("under-review"), QStringLiteral("referred-to-hq")}));
        // Internal advice: "under review" is internal, no notice for it.
        const QString advice = openCase("staff-phc", QStringLiteral("internal-advice"), alphaIor,
                                        QStringLiteral("Advice"));
        QVERIFY_OK(act("staff-phc", advice, QStringLiteral("start-review")));
        QCOMPARE(record(advice).notices.size(), 1);
        QCOMPARE(record(advice).notices.first().topic, QStringLiteral("requested"));
    }

    // --- The clock sweep -----------------------------------------------------------------------

    void sweep_pastWarningAndTarget_alertsAssigneeOnceThenBreach()
    {
        CaseInput typed = input(QStringLiteral("general-inquiry"), alphaIor,
                                QStringLiteral("Where is my refund"));
        typed.assigneeName = QStringLiteral("staff-phc");
        const Result<CaseRecord> created = m_cases->create(actor("admin"), typed);
        QVERIFY_OK(created);
        const QString number = created->number;
        // First response: 480 min from Monday 09:00; 75% = 360 min, at 15:00.
        m_now = ny(2026, 2, 9, 14, 59);
        Result<SweepReport> report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->warnings, 0);
        QCOMPARE(alertCount("staff-phc", QStringLiteral("warning"), number), 0);

        m_now = ny(2026, 2, 9, 15);
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->warnings, 1);
        QCOMPARE(report->breaches, 0);
        QCOMPARE(clockOf(record(number), QStringLiteral("first-response")).state,
                 QStringLiteral("warning"));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("warning"), number), 1);
        QCOMPARE(alertCount("admin", QStringLiteral("warning"), number), 0);

        m_now = ny(2026, 2, 9, 16);
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->warnings, 0);
        QCOMPARE(alertCount("staff-phc", QStringLiteral("warning"), number), 1);

        // Tuesday 08:30: 510 of 480 minutes used.
        m_now = ny(2026, 2, 10, 8, 30);
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->breaches, 1);
        QCOMPARE(report->autoEscalations, 0); // general inquiries are not escalated by policy
        QCOMPARE(clockOf(record(number), QStringLiteral("first-response")).state,
                 QStringLiteral("breached"));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("breach"), number), 1);
        QCOMPARE(alertCount("admin", QStringLiteral("breach"), number), 1);
        QCOMPARE(record(number).escalationLevel, QStringLiteral("center"));

        m_now = ny(2026, 2, 10, 9);
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->breaches, 0);
        QCOMPARE(report->warnings, 0);
        QCOMPARE(alertCount("staff-phc", QStringLiteral("breach"), number), 1);
        QCOMPARE(alertCount("staff-phc", QStringLiteral("warning"), number), 1);

        CaseFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(numbers(*m_cases->list(actor("admin"), overdue)), QStringList{number});
        // Answering late stops the clock as missed.
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("start-review")));
        QCOMPARE(clockOf(record(number), QStringLiteral("first-response")).state,
                 QStringLiteral("missed"));
    }

    // The stored time form is read by a direct parser (lists read hundreds per
    // page); it must agree with Qt's ISO parser, which still reads other forms.
    void fromStoredTime_storedAndOtherForms_sameAsQtsParser()
    {
        const QDateTime instant(QDate(2026, 11, 28), QTime(14, 3, 9, 123), Qt::UTC);
        QCOMPARE(fromStoredTime(toStoredTime(instant)), instant);
        QCOMPARE(fromStoredTime(QStringLiteral("2026-11-28T14:03:09.123Z")), instant);
        QCOMPARE(fromStoredTime(QStringLiteral("2026-11-28T14:03:09Z")),
                 QDateTime(QDate(2026, 11, 28), QTime(14, 3, 9), Qt::UTC));
        QCOMPARE(fromStoredTime(QStringLiteral("2026-11-28T16:03:09.123+02:00")), instant);
        QCOMPARE(fromStoredTime(QStringLiteral("2026-11-28T14:03:09.123Z")).timeSpec(), Qt::UTC);
        QVERIFY(!fromStoredTime(QStringLiteral("2026-02-30T14:03:09.123Z")).isValid());
        QVERIFY(!fromStoredTime(QStringLiteral("2026-11-28T14:0x:09.123Z")).isValid());
        QVERIFY(!fromStoredTime(QString()).isValid());
        // The same from a column's UTF-8 bytes (the case list's pages), for
        // every form, and for text whose 24 bytes are fewer characters.
        for (const QString& text : {toStoredTime(instant), QStringLiteral("2026-11-28T14:03:09Z"),
                                    QStringLiteral("2026-11-28T16:03:09.123+02:00"),
                                    QStringLiteral("2026-02-30T14:03:09.123Z"),
                                    QStringLiteral("2026-11-28T14:0x:09.123Z"),
                                    QStringLiteral("2026-11-28T14:03:09.1\u00e9Z"),
                                    QStringLiteral("2\u00e96-11-28T14:03:09.123Z"),
                                    QStringLiteral("20\u00e96-11-28T14:03:09.123Z"),
                                    QStringLiteral("2x26-11-28T14:03:09.123Z"), QString()}) {
            const QByteArray utf8 = text.toUtf8();
            QCOMPARE(fromStoredUtf8(utf8), fromStoredTime(text));
            QCOMPARE(fromStoredUtf8(utf8).isValid(), fromStoredTime(text).isValid());
        }
        QCOMPARE(fromStoredUtf8("2026-11-28T14:03:09.123Z").timeSpec(), Qt::UTC);
        // A year that is not four digits is no year (QDate would take -1 as 1 BC).
        QVERIFY(!fromStoredUtf8("2x26-11-28T14:03:09.123Z").isValid());
        QVERIFY(!fromStoredTime(QStringLiteral("2x26-11-28T14:03:09.123Z")).isValid());
    }

    // The list's sort keys on the case row (migration 0006) follow every
    // change of the clocks and of the account, whoever writes it.
    void listSortKeys_createSweepStepRenameComment_keptEqualToTheirSource()
    {
        auto keysDifferingFromClocks = [this] {
            // case_clock_keys: migration 0006's definition of the clock keys.
            Result<QSqlQuery> query = m_store->run(QStringLiteral(
                "SELECT count(*) FROM cases c JOIN case_clock_keys k ON k.case_uuid = c.uuid "
                "WHERE (c.due_key, c.clock_rank) IS NOT (k.due_key, k.clock_rank) OR "
                "c.account_name IS NOT (SELECT a.name FROM account a WHERE a.uuid = "
                "c.account_uuid) OR c.assignee_name IS NOT coalesce((SELECT u.name FROM app_user u "
                "WHERE u.uuid = c.assignee_uuid), '')"));
            return query && query->next() ? query->value(0).toLongLong() : -1;
        };
        auto keysOf = [this](const QString& number) {
            Result<QSqlQuery> query =
                m_store->run(QStringLiteral("SELECT due_key, clock_rank, account_name, "
                                            "assignee_name FROM cases WHERE number = ?"),
                             {number});
            return query && query->next()
                       ? QStringList{query->value(0).toString(), query->value(1).toString(),
                                     query->value(2).toString(), query->value(3).toString()}
                       : QStringList{};
        };
        CaseInput typed = input(QStringLiteral("general-inquiry"), alphaIor,
                                QStringLiteral("Where is my refund"));
        typed.assigneeName = QStringLiteral("staff-phc");
        const Result<CaseRecord> created = m_cases->create(actor("admin"), typed);
        QVERIFY_OK(created);
        const QString number = created->number;
        const CaseClock firstResponse = clockOf(record(number), QStringLiteral("first-response"));
        QCOMPARE(keysOf(number).value(0), toStoredTime(firstResponse.dueAt));
        QCOMPARE(keysOf(number).value(1), QStringLiteral("3")); // on-track
        QCOMPARE(keysOf(number).value(3), QStringLiteral("staff-phc"));
        QCOMPARE(keysDifferingFromClocks(), 0);

        m_now = ny(2026, 2, 9, 15);
        QVERIFY_OK(m_cases->sweepClocks());
        QCOMPARE(keysOf(number).value(1), QStringLiteral("2")); // warning
        m_now = ny(2026, 2, 10, 8, 30);
        QVERIFY_OK(m_cases->sweepClocks());
        QCOMPARE(keysOf(number).value(1), QStringLiteral("1")); // breached
        QCOMPARE(keysDifferingFromClocks(), 0);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("start-review")));
        QVERIFY(keysOf(number).value(0) != toStoredTime(firstResponse.dueAt));
        QCOMPARE(keysDifferingFromClocks(), 0);

        QVERIFY(m_store
                    ->run(QStringLiteral("UPDATE account SET name = 'Renamed Imports' WHERE uuid = "
                                         "(SELECT account_uuid FROM cases WHERE number = ?)"),
                          {number})
                    .ok());
        QCOMPARE(keysOf(number).value(2), QStringLiteral("Renamed Imports"));
        QVERIFY(m_store
                    ->run(QStringLiteral("UPDATE app_user SET name = 'staff-phc-renamed' WHERE "
                                         "name = 'staff-phc'"))
                    .ok());
        QCOMPARE(keysDifferingFromClocks(), 0);
        QVERIFY(m_store
                    ->run(QStringLiteral("UPDATE app_user SET name = 'staff-phc' WHERE name = "
                                         "'staff-phc-renamed'"))
                    .ok());

        // A comment's full-text row follows its case's own: found, and
        // numbered within the case's rowid range.
        QVERIFY_OK(m_cases->comment(actor("staff-phc"), number,
                                    QStringLiteral("Spoke with the zeppelin broker")));
        CaseFilter search;
        search.text = QStringLiteral("zeppel");
        QCOMPARE(numbers(*m_cases->list(actor("admin"), search)), QStringList{number});
        Result<QSqlQuery> rows = m_store->run(
            QStringLiteral("SELECT s.rowid >> 24 = c.rowid, s.rowid % 16777216 FROM case_search s "
                           "JOIN cases c ON c.uuid = s.case_uuid WHERE c.number = ? ORDER BY "
                           "s.rowid"),
            {number});
        QVERIFY(rows.ok());
        qint64 expectedOrdinal = 0;
        while (rows->next()) {
            QVERIFY(rows->value(0).toBool());
            QCOMPARE(rows->value(1).toLongLong(), expectedOrdinal++);
        }
        QVERIFY(expectedOrdinal >= 2); // the case's own row and the comment
    }

    void sweep_caseSweptAgainForAnotherClock_warningAndBreachAlertedOnlyOnce()
    {
        CaseInput typed =
            input(QStringLiteral("binding-ruling"), alphaIor, QStringLiteral("Long ruling"));
        typed.assigneeName = QStringLiteral("staff-phc");
        const Result<CaseRecord> created = m_cases->create(actor("admin"), typed);
        QVERIFY_OK(created);
        const QString number = created->number;
        const QString resolution = QStringLiteral("the resolution ");
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("queue")));
        // Resolution 10800 min from Monday Feb 9 09:00: 75% on Tuesday Mar 3 09:00, due
        // Tuesday Mar 10 09:00 (Feb 16 is a holiday). The ruling-issuance clock (due Mar 11)
        // enters its last week on Mar 4 and lapses on Mar 12: each brings the case back
        // into the sweep while the resolution clock was already alerted.
        m_now = ny(2026, 3, 3, 8, 59);
        QVERIFY_OK(m_cases->sweepClocks());
        QCOMPARE(alertCount("staff-phc", QStringLiteral("warning"), number, resolution), 0);
        m_now = ny(2026, 3, 3, 10);
        QVERIFY_OK(m_cases->sweepClocks());
        QCOMPARE(clockOf(record(number), QStringLiteral("resolution")).state,
                 QStringLiteral("warning"));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("warning"), number, resolution), 1);
        m_now = ny(2026, 3, 4, 10);
        QVERIFY_OK(m_cases->sweepClocks());
        QCOMPARE(
            clockOf(record(number), QStringLiteral("statutory"), QStringLiteral("ruling-issuance"))
                .state,
            QStringLiteral("warning"));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("warning"), number, resolution), 1);

        m_now = ny(2026, 3, 10, 8, 59);
        QVERIFY_OK(m_cases->sweepClocks());
        QCOMPARE(alertCount("staff-phc", QStringLiteral("breach"), number, resolution), 0);
        m_now = ny(2026, 3, 10, 10);
        QVERIFY_OK(m_cases->sweepClocks());
        QCOMPARE(clockOf(record(number), QStringLiteral("resolution")).state,
                 QStringLiteral("breached"));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("breach"), number, resolution), 1);
        m_now = ny(2026, 3, 12, 10);
        const Result<SweepReport> report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->lapsed, 1);
        QCOMPARE(report->breaches, 0);
        QCOMPARE(alertCount("staff-phc", QStringLiteral("breach"), number, resolution), 1);
        QCOMPARE(alertCount("staff-phc", QStringLiteral("warning"), number, resolution), 1);
    }

    void sweep_releaseReferralBreach_escalatesPortToCenterAutomatically()
    {
        const QString number = prepare(QStringLiteral("referral-1001"));
        // Resolution 480 min: 75% on Monday 15:00, breached at 17:00.
        m_now = ny(2026, 2, 9, 16);
        Result<SweepReport> report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->autoEscalations, 0); // the first-response breach does not escalate
        QCOMPARE(record(number).escalationLevel, QStringLiteral("port"));

        m_now = ny(2026, 2, 10, 8, 30);
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->autoEscalations, 1);
        const CaseRecord escalated = record(number);
        QCOMPARE(escalated.escalationLevel, QStringLiteral("center"));
        QCOMPARE(clockOf(escalated, QStringLiteral("resolution")).state,
                 QStringLiteral("breached"));
        const HistoryEntry& last = escalated.history.last();
        QCOMPARE(last.kind, QStringLiteral("escalated"));
        QCOMPARE(last.actor, QStringLiteral("system"));
        QCOMPARE(last.detail.value(QStringLiteral("from")).toString(), QStringLiteral("port"));
        QCOMPARE(last.detail.value(QStringLiteral("to")).toString(), QStringLiteral("center"));
        QVERIFY(last.detail.value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("Automatic")));
        QCOMPARE(alertCount("staff-phc", QStringLiteral("escalation"), number), 1);
        QCOMPARE(clockOf(escalated, QStringLiteral("acknowledgement")).state,
                 QStringLiteral("on-track"));

        m_now = ny(2026, 2, 10, 12);
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->autoEscalations, 0);
        QCOMPARE(record(number).escalationLevel, QStringLiteral("center"));
    }

    void sweep_statutoryClock_lapsesAfterDueDateAndIgnoresWaitingStates()
    {
        const QString number = prepare(QStringLiteral("phc-review"));
        m_now = ny(2026, 2, 9, 15);
        QVERIFY_OK(act("staff-phc", number, QStringLiteral("request-information"),
                       QStringLiteral("Samples please")));
        CaseRecord waiting = record(number);
        QCOMPARE(clockOf(waiting, QStringLiteral("resolution")).state, QStringLiteral("paused"));
        const CaseClock ack =
            clockOf(waiting, QStringLiteral("statutory"), QStringLiteral("ruling-acknowledgement"));
        QCOMPARE(ack.dueAt.date(), QDate(2026, 2, 10));
        QVERIFY(ack.state != QLatin1String("paused"));
        QVERIFY(ack.explanation.contains(QLatin1String("never paused")));

        // Tuesday is the last day: not lapsed yet.
        m_now = ny(2026, 2, 10, 16);
        Result<SweepReport> report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->lapsed, 0);

        m_now = ny(2026, 2, 11, 9);
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->lapsed, 1);
        waiting = record(number);
        QCOMPARE(
            clockOf(waiting, QStringLiteral("statutory"), QStringLiteral("ruling-acknowledgement"))
                .state,
            QStringLiteral("lapsed"));
        QCOMPARE(
            clockOf(waiting, QStringLiteral("statutory"), QStringLiteral("ruling-issuance")).state,
            QStringLiteral("on-track"));
        QCOMPARE(clockOf(waiting, QStringLiteral("resolution")).state, QStringLiteral("paused"));
        CaseFilter overdue;
        overdue.overdueOnly = true;
        QCOMPARE(numbers(*m_cases->list(actor("staff-phc"), overdue)), QStringList{number});

        // 30 calendar days: 2026-03-11, while the case still waits on the trade.
        m_now = ny(2026, 3, 12, 9);
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->lapsed, 1);
        QCOMPARE(
            clockOf(record(number), QStringLiteral("statutory"), QStringLiteral("ruling-issuance"))
                .state,
            QStringLiteral("lapsed"));
        report = m_cases->sweepClocks();
        QVERIFY_OK(report);
        QCOMPARE(report->lapsed, 0);
    }

    // --- Search and visibility -----------------------------------------------------------------

    void list_fullTextSearch_findsSubjectDescriptionAndComments_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // "tablets" or "syrup" case

        const QStringList tablets{QStringLiteral("tablets")};
        const QStringList syrup{QStringLiteral("syrup")};
        QTest::addRow("subjectWord_found") << QStringLiteral("sulfamethoxazole") << tablets;
        QTest::addRow("descriptionWord_found") << QStringLiteral("veterinary") << tablets;
        QTest::addRow("laterCommentWord_found") << QStringLiteral("laboratory") << tablets;
        QTest::addRow("prefix_found") << QStringLiteral("sulfameth") << tablets;
        QTest::addRow("upperCase_found") << QStringLiteral("SULFAMETHOXAZOLE") << tablets;
        QTest::addRow("twoWords_subjectAndDescription_found")
            << QStringLiteral("coated sulfamethoxazole") << tablets;
        QTest::addRow("twoWords_subjectAndComment_found")
            << QStringLiteral("laboratory sulfamethoxazole") << tablets;
        QTest::addRow("twoWords_oneMissing_none")
            << QStringLiteral("laboratory ibuprofen") << QStringList();
        QTest::addRow("otherCase_found") << QStringLiteral("ibuprofen") << syrup;
        QTest::addRow("absentWord_none") << QStringLiteral("quinine") << QStringList();
        QTest::addRow("quotedWord_found") << QStringLiteral("\"sulfamethoxazole\"") << tablets;
        QTest::addRow("starredWord_found") << QStringLiteral("sulfa*") << tablets;
        QTest::addRow("loneQuote_noError") << QStringLiteral("\"") << QStringList();
        QTest::addRow("unbalancedQuote_noError") << QStringLiteral("\"laboratory") << tablets;
        QTest::addRow("loneStar_noError") << QStringLiteral("*") << QStringList();
        QTest::addRow("operators_noError") << QStringLiteral("AND OR NOT") << QStringList();
        QTest::addRow("nearSyntax_noError")
            << QStringLiteral("NEAR(sulfamethoxazole tablets)") << QStringList();
        QTest::addRow("columnFilter_noError") << QStringLiteral("body:ibuprofen") << QStringList();
        QTest::addRow("parenthesesAndMinus_noError")
            << QStringLiteral("( - ) ^ + :") << QStringList();
        QTest::addRow("apostrophe_noError") << QStringLiteral("o'brien's") << QStringList();
        QTest::addRow("sqlComment_noError")
            << QStringLiteral("x'); DROP TABLE cases; --") << QStringList();
    }
    void list_fullTextSearch_findsSubjectDescriptionAndComments()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        CaseInput first = input(QStringLiteral("binding-ruling"), alphaIor,
                                QStringLiteral("Sulfamethoxazole tablets classification"));
        first.description = QStringLiteral("Coated tablets under heading 3004 for veterinary use");
        const Result<CaseRecord> tablets = m_cases->create(actor("staff-phc"), first);
        QVERIFY_OK(tablets);
        QVERIFY_OK(m_cases->comment(actor("staff-phc"), tablets->number,
                                    QStringLiteral("The importer sent the laboratory analysis")));
        CaseInput second = input(QStringLiteral("binding-ruling"), alphaIor,
                                 QStringLiteral("Ibuprofen syrup labelling"));
        const Result<CaseRecord> syrup = m_cases->create(actor("staff-phc"), second);
        QVERIFY_OK(syrup);
        const QHash<QString, QString> byName{{QStringLiteral("tablets"), tablets->number},
                                             {QStringLiteral("syrup"), syrup->number}};
        QStringList wanted;
        for (const QString& name : expected)
            wanted << byName.value(name);
        wanted.sort();

        CaseFilter filter;
        filter.text = query;
        const Result<QList<CaseSummary>> found = m_cases->list(actor("admin"), filter);
        QVERIFY_OK(found);
        QCOMPARE(numbers(*found), wanted);
        QCOMPARE(rowCount(QStringLiteral("cases")), 2);

        // The case list's reading of the same search finds the same cases:
        // the prefix terms and the store's own expressions, each read at
        // once and block by block (one case per block), through
        // cd_case_matches() and through `rowid IN (...)`.
        const QStringList terms = CaseMatchSet::termsOf(query);
        if (terms.isEmpty())
            return;
        const Result<QStringList> expressions = CaseMatchSet::expressionsOf(*m_store, query);
        QVERIFY_OK(expressions);
        QCOMPARE(expressions->size(), terms.size());
        for (const QStringList& search : {terms, *expressions}) {
            for (const qint64 fewRows : {qint64{1000}, qint64{0}}) {
                CaseMatchSet::Options options;
                options.fewRows = fewRows;
                options.blockBits = 0;
                const auto matches = CaseMatchSet::read(*m_store, search, options);
                QVERIFY_OK(matches);
                QCOMPARE((*matches)->isFew(), fewRows > 0);
                QVERIFY_OK(useCaseMatchSet(*m_store, *matches));
                Result<QSqlQuery> byFunction = m_store->run(QStringLiteral(
                    "SELECT number FROM cases WHERE cd_case_matches(rowid) ORDER BY number"));
                QVERIFY_OK(byFunction);
                QStringList matched;
                while (byFunction->next())
                    matched << byFunction->value(0).toString();
                QCOMPARE(matched, wanted);
                QCOMPARE((*matches)->count(), wanted.size());
            }
            QString sql = QStringLiteral("SELECT number FROM cases WHERE 1");
            QVariantList bindings;
            for (const QString& expression : search) {
                sql += QStringLiteral(" AND rowid IN (SELECT rowid >> 24 FROM case_search WHERE "
                                      "case_search MATCH ?)");
                bindings << expression;
            }
            Result<QSqlQuery> byIn =
                m_store->run(sql + QStringLiteral(" ORDER BY number"), bindings);
            QVERIFY_OK(byIn);
            QStringList matched;
            while (byIn->next())
                matched << byIn->value(0).toString();
            QCOMPARE(matched, wanted);
        }
    }

    void expressionsOf_plainWord_becomesTheIndexTermsItBegins()
    {
        CaseInput first = input(QStringLiteral("binding-ruling"), alphaIor,
                                QStringLiteral("Broker brokerage brokers Brokered"));
        QVERIFY_OK(m_cases->create(actor("staff-phc"), first));
        const Result<QStringList> expressions = CaseMatchSet::expressionsOf(
            *m_store, QStringLiteral("BROKER broke brokerages o'brien qqq"));
        QVERIFY_OK(expressions);
        QCOMPARE(*expressions,
                 (QStringList{QStringLiteral("(\"broker\" OR \"brokerage\" OR \"brokered\" OR "
                                             "\"brokers\")"),
                              QStringLiteral("(\"broke\" OR \"broker\" OR \"brokerage\" OR "
                                             "\"brokered\" OR \"brokers\")"),
                              QStringLiteral("\"brokerages\""), QStringLiteral("\"o'brien\"*"),
                              QStringLiteral("\"qqq\"")}));
        // More terms than allowed: the prefix term stays.
        const Result<QStringList> capped =
            CaseMatchSet::expressionsOf(*m_store, QStringLiteral("broke"), 3);
        QVERIFY_OK(capped);
        QCOMPARE(*capped, QStringList{QStringLiteral("\"broke\"*")});
    }

    void list_visibility_eachRoleSeesItsScope_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("staffPhc_phcCases")
            << QStringLiteral("staff-phc")
            << QStringList{QStringLiteral("alpha-ruling"), QStringLiteral("beta-ruling"),
                           QStringLiteral("referral")};
        QTest::addRow("staffEle_eleCasesOnly")
            << QStringLiteral("staff-ele") << QStringList{QStringLiteral("delta-ruling")};
        QTest::addRow("nam_ownAccountOnly")
            << QStringLiteral("nam-ana")
            << QStringList{QStringLiteral("alpha-ruling"), QStringLiteral("referral")};
        QTest::addRow("port_raisedAtTheirPort")
            << QStringLiteral("port") << QStringList{QStringLiteral("referral")};
        QTest::addRow("hq_everyCase")
            << QStringLiteral("hq")
            << QStringList{QStringLiteral("alpha-ruling"), QStringLiteral("beta-ruling"),
                           QStringLiteral("delta-ruling"), QStringLiteral("referral")};
        QTest::addRow("admin_everyCase")
            << QStringLiteral("admin")
            << QStringList{QStringLiteral("alpha-ruling"), QStringLiteral("beta-ruling"),
                           QStringLiteral("delta-ruling"), QStringLiteral("referral")};
    }
    void list_visibility_eachRoleSeesItsScope()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, expected);
        QHash<QString, QString> byName;
        byName.insert(QStringLiteral("alpha-ruling"),
                      openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                               QStringLiteral("Visible sulfa case")));
        byName.insert(QStringLiteral("beta-ruling"),
                      openCase("staff-phc", QStringLiteral("binding-ruling"), betaIor,
                               QStringLiteral("Visible sulfa case")));
        byName.insert(QStringLiteral("delta-ruling"),
                      openCase("staff-ele", QStringLiteral("binding-ruling"), deltaIor,
                               QStringLiteral("Visible sulfa case")));
        byName.insert(QStringLiteral("referral"), prepare(QStringLiteral("referral-1001")));
        QStringList wanted;
        for (const QString& name : expected)
            wanted << byName.value(name);
        wanted.sort();

        const Result<QList<CaseSummary>> listed = m_cases->list(m_actors.value(who), CaseFilter{});
        QVERIFY_OK(listed);
        QCOMPARE(numbers(*listed), wanted);
        // The same scope applies to search and to opening a case.
        CaseFilter search;
        search.text = QStringLiteral("sulfa");
        QStringList wantedRulings = wanted;
        wantedRulings.removeAll(byName.value(QStringLiteral("referral")));
        QCOMPARE(numbers(*m_cases->list(m_actors.value(who), search)), wantedRulings);
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            const Result<CaseRecord> opened = m_cases->get(m_actors.value(who), it.value());
            QVERIFY2(opened.ok() == wanted.contains(it.value()), qPrintable(it.key()));
        }
    }

    void list_filters_stateTypeOpenAndAssignee()
    {
        const QString submitted = prepare(QStringLiteral("phc-submitted"));
        const QString review = prepare(QStringLiteral("phc-review"));
        const QString referral = prepare(QStringLiteral("referral-1001"));
        QVERIFY_OK(m_cases->assign(actor("admin"), review, QStringLiteral("staff-phc")));
        QVERIFY_OK(act("staff-phc", submitted, QStringLiteral("withdraw"), QStringLiteral("No"),
                       {{QStringLiteral("outcome"), QStringLiteral("Withdrawn")}}));
        CaseFilter filter;
        filter.state = QStringLiteral("under-review");
        QCOMPARE(numbers(*m_cases->list(actor("admin"), filter)), QStringList{review});
        filter = {};
        filter.type = QStringLiteral("release-referral");
        QCOMPARE(numbers(*m_cases->list(actor("admin"), filter)), QStringList{referral});
        filter = {};
        filter.openOnly = true;
        QCOMPARE(numbers(*m_cases->list(actor("admin"), filter)), (QStringList{review, referral}));
        filter = {};
        filter.assigneeName = QStringLiteral("staff-phc");
        QCOMPARE(numbers(*m_cases->list(actor("admin"), filter)), QStringList{review});
        filter = {};
        filter.limit = 1;
        QCOMPARE(m_cases->list(actor("admin"), filter)->size(), 1);
    }

    void link_twoCases_listedOnBothSides()
    {
        const QString a = prepare(QStringLiteral("phc-submitted"));
        const QString b = prepare(QStringLiteral("ele-submitted"));
        QVERIFY_REFUSED(m_cases->link(actor("staff-phc"), a, b), QString(),
                        QStringLiteral("permission"));
        QVERIFY_REFUSED(m_cases->link(actor("admin"), a, a), QStringLiteral("case"),
                        QStringLiteral("self-link"));
        QVERIFY_OK(m_cases->link(actor("admin"), a, b));
        QVERIFY_REFUSED(m_cases->link(actor("admin"), a, b), QStringLiteral("case"),
                        QStringLiteral("duplicate"));
        QCOMPARE(record(a).links.size(), 1);
        QCOMPARE(record(a).links.first().number, b);
        QCOMPARE(record(b).links.first().number, a);
        QCOMPARE(record(b).links.first().kind, QStringLiteral("related"));
    }

    // --- A Center's calendar, kept by administrators -------------------------------------------

    void closure_addedByAdmin_movesTheDueDateOfNewCases()
    {
        // Monday 2026-02-09 16:00 in New York: eight business hours run into
        // Tuesday, so a closed Tuesday pushes the due date to Wednesday.
        m_now = ny(2026, 2, 9, 16);
        const CaseClock before =
            clockOf(record(openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                    QStringLiteral("Before the closure"))),
                    QStringLiteral("first-response"));
        QVERIFY(before.dueAt.isValid());
        CenterCalendarService calendar(*m_store);
        QVERIFY_OK(calendar.addClosure(actor("admin"), QStringLiteral("PHC"), QDate(2026, 2, 10),
                                       QStringLiteral("Snow")));
        m_cases = std::make_unique<CaseService>(*m_store, testClock());
        const CaseClock after =
            clockOf(record(openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                    QStringLiteral("After the closure"))),
                    QStringLiteral("first-response"));
        QVERIFY2(after.dueAt > before.dueAt, qPrintable(after.explanation));
        const Result<QList<Closure>> closures = calendar.closures(QStringLiteral("PHC"));
        QVERIFY_OK(closures);
        QCOMPARE(closures->size(), 1);
        QCOMPARE(closures->first().reason, QStringLiteral("Snow"));
        const Result<QList<HistoryEntry>> history =
            HistoryLog::entriesFor(*m_store, QStringLiteral("store"), QString());
        QVERIFY_OK(history);
        QVERIFY(kinds(*history).contains(QStringLiteral("closure-added")));
    }

    void closure_badInputOrNotAdmin_refusedAndNothingWritten()
    {
        CenterCalendarService calendar(*m_store);
        const auto closureCount = [this] {
            Result<QSqlQuery> query =
                m_store->run(QStringLiteral("SELECT count(*) FROM center_closure"));
            return query && query->next() ? query->value(0).toInt() : -1;
        };
        QVERIFY(!calendar
                     .addClosure(actor("staff-phc"), QStringLiteral("PHC"), QDate(2026, 2, 10),
                                 QStringLiteral("Snow"))
                     .ok());
        QVERIFY_REFUSED(calendar.addClosure(actor("admin"), QStringLiteral("PHC"), QDate(),
                                            QStringLiteral("Snow")),
                        QStringLiteral("day"), QStringLiteral("date"));
        QVERIFY_REFUSED(calendar.addClosure(actor("admin"), QStringLiteral("PHC"),
                                            QDate(2026, 2, 10), QStringLiteral("  ")),
                        QStringLiteral("reason"), QStringLiteral("required"));
        QVERIFY(!calendar
                     .addClosure(actor("admin"), QStringLiteral("XXX"), QDate(2026, 2, 10),
                                 QStringLiteral("Snow"))
                     .ok());
        QCOMPARE(closureCount(), 0);
        QVERIFY_OK(calendar.addClosure(actor("admin"), QStringLiteral("PHC"), QDate(2026, 2, 10),
                                       QStringLiteral("Snow")));
        QVERIFY_REFUSED(calendar.addClosure(actor("admin"), QStringLiteral("PHC"),
                                            QDate(2026, 2, 10), QStringLiteral("Ice")),
                        QStringLiteral("day"), QStringLiteral("unique"));
        QCOMPARE(closureCount(), 1);
        QVERIFY(!calendar.removeClosure(actor("admin"), QStringLiteral("PHC"), QDate(2026, 2, 11))
                     .ok());
        QVERIFY_OK(
            calendar.removeClosure(actor("admin"), QStringLiteral("PHC"), QDate(2026, 2, 10)));
        QCOMPARE(closureCount(), 0);
    }

    void businessHours_changedByAdmin_countFromTheNewHours()
    {
        m_now = ny(2026, 2, 9, 16);
        CenterCalendarService calendar(*m_store);
        QVERIFY_REFUSED(calendar.setBusinessHours(actor("admin"), QStringLiteral("PHC"),
                                                  QTime(17, 0), QTime(8, 0)),
                        QStringLiteral("business hours"), QStringLiteral("open-before-close"));
        QVERIFY(!calendar
                     .setBusinessHours(actor("staff-phc"), QStringLiteral("PHC"), QTime(7, 0),
                                       QTime(19, 0))
                     .ok());
        const CaseClock before =
            clockOf(record(openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                    QStringLiteral("Usual hours"))),
                    QStringLiteral("first-response"));
        QVERIFY_OK(calendar.setBusinessHours(actor("admin"), QStringLiteral("PHC"), QTime(7, 0),
                                             QTime(19, 0)));
        // Longer business days: the same business minutes end earlier.
        m_cases = std::make_unique<CaseService>(*m_store, testClock());
        const CaseClock after =
            clockOf(record(openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                    QStringLiteral("Longer hours"))),
                    QStringLiteral("first-response"));
        QVERIFY2(after.dueAt < before.dueAt, qPrintable(after.explanation));
    }

    // --- Bulk actions ----------------------------------------------------------------------------

    void bulkAssign_previewChangesNothing_applyAllOrNothing_undoRestores()
    {
        const QString a = openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                   QStringLiteral("Bulk one"));
        const QString b = openCase("staff-phc", QStringLiteral("binding-ruling"), betaIor,
                                   QStringLiteral("Bulk two"));
        const QString other = openCase("staff-ele", QStringLiteral("binding-ruling"), deltaIor,
                                       QStringLiteral("Other Center"));
        const QStringList uuids{record(a).uuid, record(b).uuid};
        const auto historyCount = [this] {
            Result<QSqlQuery> query = m_store->run(QStringLiteral("SELECT count(*) FROM history"));
            return query && query->next() ? query->value(0).toInt() : -1;
        };
        const int historyBefore = historyCount();
        BulkCaseAction bulk(*m_store, testClock());
        BulkRequest request;
        request.assigneeName = QStringLiteral("staff-phc");

        int progressCalls = 0;
        const Result<QList<BulkOutcome>> preview =
            bulk.preview(actor("staff-phc"), request, uuids, [&](int, int total) {
                ++progressCalls;
                return total == 2;
            });
        QVERIFY_OK(preview);
        QCOMPARE(preview->size(), 2);
        QVERIFY(preview->at(0).ok && preview->at(1).ok);
        QCOMPARE(preview->at(0).after, QStringLiteral("staff-phc"));
        QVERIFY(progressCalls >= 2);
        // The preview rolled back: nothing assigned, no history written.
        QVERIFY(record(a).assigneeName.isEmpty());
        QCOMPARE(historyCount(), historyBefore);

        // A case out of the actor's scope: the preview names it, apply changes nothing.
        const QStringList mixed{uuids.at(0), record(other).uuid, uuids.at(1)};
        const Result<QList<BulkOutcome>> mixedPreview =
            bulk.preview(actor("staff-phc"), request, mixed);
        QVERIFY_OK(mixedPreview);
        QVERIFY(mixedPreview->at(0).ok && !mixedPreview->at(1).ok && mixedPreview->at(2).ok);
        QVERIFY(!mixedPreview->at(1).message.isEmpty());
        const Result<QList<BulkOutcome>> refused = bulk.apply(actor("staff-phc"), request, mixed);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(record(other).uuid),
                 qPrintable(refused.error().message));
        QVERIFY(record(a).assigneeName.isEmpty());
        QCOMPARE(historyCount(), historyBefore);

        // Cancelled half way: nothing changed either.
        const Result<QList<BulkOutcome>> cancelled =
            bulk.apply(actor("staff-phc"), request, uuids, [](int done, int) { return done < 1; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().rule, QStringLiteral("cancelled"));
        QVERIFY(record(a).assigneeName.isEmpty());
        QCOMPARE(historyCount(), historyBefore);

        const Result<QList<BulkOutcome>> applied = bulk.apply(actor("staff-phc"), request, uuids);
        QVERIFY_OK(applied);
        QCOMPARE(record(a).assigneeName, QStringLiteral("staff-phc"));
        QCOMPARE(record(b).assigneeName, QStringLiteral("staff-phc"));
        QVERIFY_OK(bulk.undo(actor("staff-phc"), request, *applied));
        QVERIFY(record(a).assigneeName.isEmpty());
        QVERIFY(record(b).assigneeName.isEmpty());
    }

    void bulkTransitionAndEscalate_applied_notUndone()
    {
        const QString a = openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                   QStringLiteral("Step one"));
        const QString b = openCase("staff-phc", QStringLiteral("binding-ruling"), betaIor,
                                   QStringLiteral("Step two"));
        const QStringList uuids{record(a).uuid, record(b).uuid};
        BulkCaseAction bulk(*m_store, testClock());
        BulkRequest step;
        step.kind = BulkRequest::Kind::Transition;
        step.step = QStringLiteral("in-queue");
        QVERIFY(!BulkCaseAction::canUndo(step));
        const Result<QList<BulkOutcome>> stepped = bulk.apply(actor("staff-phc"), step, uuids);
        QVERIFY_OK(stepped);
        QCOMPARE(record(a).state, QStringLiteral("in-queue"));
        QCOMPARE(record(b).state, QStringLiteral("in-queue"));
        QVERIFY_REFUSED(bulk.undo(actor("staff-phc"), step, *stepped), QStringLiteral("action"),
                        QStringLiteral("irreversible"));

        BulkRequest escalate;
        escalate.kind = BulkRequest::Kind::Escalate;
        QVERIFY_REFUSED(bulk.preview(actor("staff-phc"), escalate, uuids), QStringLiteral("reason"),
                        QStringLiteral("required"));
        escalate.text = QStringLiteral("Novel classification question");
        const Result<QList<BulkOutcome>> escalated =
            bulk.apply(actor("staff-phc"), escalate, uuids);
        QVERIFY_OK(escalated);
        QCOMPARE(record(a).escalationLevel, QStringLiteral("rr-hq"));
        QCOMPARE(record(b).escalationLevel, QStringLiteral("rr-hq"));
        QVERIFY(!BulkCaseAction::canUndo(escalate));
        QVERIFY(!bulk.undo(actor("staff-phc"), escalate, *escalated).ok());
        QCOMPARE(record(a).escalationLevel, QStringLiteral("rr-hq"));
    }

    // --- Attachments -----------------------------------------------------------------------------

    void attach_file_keptWithItsHashAndHistory_andRefusalsWriteNothing()
    {
        const QString number = openCase("staff-phc", QStringLiteral("binding-ruling"), alphaIor,
                                        QStringLiteral("With a data sheet"));
        const QString path = m_dir.filePath(QStringLiteral("data-sheet.pdf"));
        const QByteArray content = QByteArray("%PDF-1.4 ") + QByteArray(5000, 'x');
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Result<CaseAttachment> added = m_cases->attach(actor("staff-phc"), number, path);
        QVERIFY_OK(added);
        QCOMPARE(added->sizeBytes, content.size());
        QCOMPARE(added->sha256, sha256Hex(content));
        const CaseRecord shown = record(number);
        QCOMPARE(shown.attachments.size(), 1);
        QCOMPARE(shown.attachments.first().fileName, QStringLiteral("data-sheet.pdf"));
        QVERIFY(kinds(shown.history).contains(QStringLiteral("attachment-added")));
        const Result<QByteArray> read = m_cases->attachmentContent(actor("staff-phc"), added->uuid);
        QVERIFY_OK(read);
        QCOMPARE(*read, content);
        // Another Center's staff neither reads nor adds.
        QVERIFY(!m_cases->attachmentContent(actor("staff-ele"), added->uuid).ok());
        QVERIFY(!m_cases->attach(actor("staff-ele"), number, path).ok());

        const auto attachmentCount = [this] {
            Result<QSqlQuery> query =
                m_store->run(QStringLiteral("SELECT count(*) FROM attachment"));
            return query && query->next() ? query->value(0).toInt() : -1;
        };
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        QVERIFY_REFUSED(m_cases->attach(actor("staff-phc"), number, empty), QStringLiteral("file"),
                        QStringLiteral("empty"));
        const QString huge = m_dir.filePath(QStringLiteral("huge.bin"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(CaseService::maxAttachmentBytes + 1)); // sparse: no 25 MiB written
        }
        QVERIFY_REFUSED(m_cases->attach(actor("staff-phc"), number, huge), QStringLiteral("file"),
                        QStringLiteral("too-large"));
        QVERIFY_REFUSED(m_cases->attach(actor("staff-phc"), number,
                                        m_dir.filePath(QStringLiteral("absent.pdf"))),
                        QStringLiteral("file"), QStringLiteral("missing"));
        QCOMPARE(attachmentCount(), 1);
        // Kept as added: the store itself refuses a change.
        QVERIFY(!m_store->run(QStringLiteral("UPDATE attachment SET file_name = 'x'")).ok());
        QVERIFY(!m_store->run(QStringLiteral("DELETE FROM attachment")).ok());
        QCOMPARE(attachmentCount(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_templatePath;
    int m_storeCount = 0;
    QDateTime m_now;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<AccountService> m_accounts;
    QHash<QString, Actor> m_actors;

    Actor actor(const char* name) const { return m_actors.value(QString::fromLatin1(name)); }
    Clock testClock()
    {
        return [this] { return m_now.toUTC(); };
    }

    static CaseInput input(const QString& type, const QString& account, const QString& subject)
    {
        CaseInput result;
        result.type = type;
        result.account = account;
        result.subject = subject;
        return result;
    }

    // Opens a case; the number, or an empty string (with the reason logged).
    QString openCase(const char* who, const QString& type, const QString& account,
                     const QString& subject)
    {
        const Result<CaseRecord> created =
            m_cases->create(actor(who), input(type, account, subject));
        if (!created) {
            qWarning("open %s: %s", qPrintable(type), qPrintable(created.error().message));
            return {};
        }
        return created->number;
    }

    Status act(const char* who, const QString& number, const QString& id,
               const QString& comment = {}, const Fields& fields = {})
    {
        return m_cases->transition(actor(who), number, id, comment, fields);
    }

    CaseRecord record(const QString& number)
    {
        const Result<CaseRecord> found = m_cases->get(actor("admin"), number);
        if (!found) {
            qWarning("get %s: %s", qPrintable(number), qPrintable(found.error().message));
            return {};
        }
        return *found;
    }

    // Alerts of `who` on the case with this topic (and, when given, about this clock kind).
    qsizetype alertCount(const char* who, const QString& topic, const QString& number,
                         const QString& about = {})
    {
        const Result<QList<Notification>> alerts = m_cases->alerts(actor(who), false);
        if (!alerts)
            return -1;
        qsizetype count = 0;
        for (const Notification& alert : *alerts) {
            if (alert.kind == QLatin1String("alert") && alert.topic == topic &&
                alert.caseNumber == number && alert.textEn.contains(about))
                ++count;
        }
        return count;
    }

    qint64 rowCount(const QString& table)
    {
        Result<QSqlQuery> query =
            m_store->run(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return query && query->next() ? query->value(0).toLongLong() : -1;
    }

    // Every row count, and the rows a refused step could have changed in place.
    QString snapshot()
    {
        QStringList parts;
        const Result<StoreInfo> info = m_store->info();
        if (info) {
            for (auto it = info->rowCounts.cbegin(); it != info->rowCounts.cend(); ++it)
                parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        }
        for (const char* sql :
             {"SELECT group_concat(x, ';') FROM (SELECT uuid || version || state || "
              "escalation_level "
              "|| outcome || updated_at || coalesce(assignee_uuid, '') AS x FROM cases ORDER BY "
              "uuid)",
              "SELECT group_concat(x, ';') FROM (SELECT uuid || version || state || updated_at || "
              "coalesce(running_since, '') AS x FROM clock ORDER BY uuid)",
              "SELECT group_concat(x, ';') FROM (SELECT case_uuid || name || value AS x FROM "
              "case_field ORDER BY case_uuid, name)",
              "SELECT group_concat(x, ';') FROM (SELECT uuid || delivery AS x FROM notification "
              "ORDER BY uuid)"}) {
            Result<QSqlQuery> query = m_store->run(QString::fromLatin1(sql));
            parts << (query && query->next() ? query->value(0).toString() : QStringLiteral("?"));
        }
        return parts.join(QLatin1Char('\n'));
    }

    // A new case brought by the administrator to a named situation; its number.
    QString prepare(const QString& situation)
    {
        const Actor admin = actor("admin");
        QStringList steps;
        CaseInput typed;
        typed.subject = QStringLiteral("Prepared: %1").arg(situation);
        if (situation.startsWith(QLatin1String("referral"))) {
            typed.type = QStringLiteral("release-referral");
            typed.account = alphaIor;
            typed.portCode = situation.contains(QLatin1String("2704")) ? QStringLiteral("2704")
                                                                       : QStringLiteral("1001");
            if (situation.endsWith(QLatin1String("accepted")))
                steps = {QStringLiteral("accept")};
            if (situation.endsWith(QLatin1String("answered")))
                steps = {QStringLiteral("accept"), QStringLiteral("recommend")};
        } else if (situation.startsWith(QLatin1String("petition"))) {
            typed.type = QStringLiteral("penalty-petition");
            typed.account = betaIor;
            typed.portCode = QStringLiteral("1001");
            typed.fields = {{QStringLiteral("notice-date"), QStringLiteral("2026-02-02")},
                            {QStringLiteral("center-input-asked"), QStringLiteral("yes")}};
            steps = {QStringLiteral("start-review")};
            if (situation.endsWith(QLatin1String("input-requested")))
                steps << QStringLiteral("request-center-input");
        } else {
            typed.type = QStringLiteral("binding-ruling");
            typed.account = situation.startsWith(QLatin1String("ele"))    ? deltaIor
                            : situation.startsWith(QLatin1String("beta")) ? betaIor
                                                                          : alphaIor;
            if (!situation.endsWith(QLatin1String("submitted")))
                steps = {QStringLiteral("queue"), QStringLiteral("start-review")};
            if (situation.endsWith(QLatin1String("info")))
                steps << QStringLiteral("request-information");
            if (situation.contains(QLatin1String("-hq")))
                steps << QStringLiteral("refer-to-hq");
        }
        const Result<CaseRecord> created = m_cases->create(admin, typed);
        if (!created) {
            qWarning("prepare %s: %s", qPrintable(situation), qPrintable(created.error().message));
            return {};
        }
        for (const QString& id : steps) {
            Fields fields;
            if (id == QLatin1String("recommend"))
                fields.insert(QStringLiteral("recommendation"), QStringLiteral("Release"));
            const Status taken = m_cases->transition(admin, created->number, id,
                                                     QStringLiteral("Prepared."), fields);
            if (!taken) {
                qWarning("prepare %s, %s: %s", qPrintable(situation), qPrintable(id),
                         qPrintable(taken.error().message));
                return {};
            }
        }
        if (situation.endsWith(QLatin1String("sent-back"))) {
            const Status back =
                m_cases->sendBack(admin, created->number, QStringLiteral("Back to the Center."));
            if (!back)
                return {};
        }
        return created->number;
    }
};

void TestCases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_now = ny(2026, 2, 9, 9);
    m_templatePath = m_dir.filePath(QStringLiteral("template.db"));
    auto store = Store::open(m_templatePath);
    QVERIFY2(store.ok(), qPrintable(errorText(store)));
    UserServiceOptions options;
    options.hashing = PasswordHasher::minimum();
    options.clock = testClock();
    UserService users(**store, options);
    const Result<Actor> admin = users.createFirstAdministrator(QStringLiteral("admin"), password);
    QVERIFY2(admin.ok(), qPrintable(errorText(admin)));
    m_actors.insert(QStringLiteral("admin"), *admin);
    const QList<std::pair<QString, RoleAssignment>> people{
        {QStringLiteral("staff-phc"), RoleAssignment{Role::CenterStaff, QStringLiteral("PHC"), {}}},
        {QStringLiteral("staff-ele"), RoleAssignment{Role::CenterStaff, QStringLiteral("ELE"), {}}},
        {QStringLiteral("nam-ana"), RoleAssignment{Role::Nam, {}, {}}},
        {QStringLiteral("port"), RoleAssignment{Role::PortOfficial, {}, QStringLiteral("1001")}},
        {QStringLiteral("fpf"), RoleAssignment{Role::FpfOfficer, {}, QStringLiteral("1001")}},
        {QStringLiteral("hq"), RoleAssignment{Role::HqAnalyst, {}, {}}},
    };
    for (const auto& [name, role] : people) {
        const Result<User> user = users.addUser(*admin, NewUser{name, name, password, {role}});
        QVERIFY2(user.ok(), qPrintable(errorText(user)));
        m_actors.insert(name, Actor{user->uuid, user->name, user->displayName, user->roles});
    }
    AccountImporter importer(**store, testClock());
    const Result<ImportReport> imported = importer.importBytes(*admin, accountsCsv);
    QVERIFY2(imported.ok(), qPrintable(errorText(imported)));
    QVERIFY2(imported->ok(),
             imported->problems.isEmpty() ? "" : qPrintable(imported->problems.first().message));
    QCOMPARE(imported->imported, qsizetype(4));
    // Loads the service-level defaults into the template once.
    CaseService cases(**store, testClock());
    const Result<QList<CaseSummary>> none = cases.list(*admin, CaseFilter{});
    QVERIFY(none.ok() && none->isEmpty());
    // Closing checkpoints the write-ahead log into the file that each test copies.
}

void TestCases::init()
{
    // A service that begins a write with a read still open fails at random.
    QTest::failOnWarning(QRegularExpression(
        QRegularExpression::escape(QString::fromLatin1(Store::openReadWarning))));
    m_now = ny(2026, 2, 9, 9);
    const QString path = m_dir.filePath(QStringLiteral("cases-%1.db").arg(++m_storeCount));
    QVERIFY(QFile::copy(m_templatePath, path));
    if (QFileInfo::exists(m_templatePath + QStringLiteral("-wal")))
        QVERIFY(
            QFile::copy(m_templatePath + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    auto store = Store::open(path);
    QVERIFY2(store.ok(), qPrintable(errorText(store)));
    m_store = std::move(*store);
    m_cases = std::make_unique<CaseService>(*m_store, testClock());
    m_accounts = std::make_unique<AccountService>(*m_store, testClock());
}

void TestCases::cleanup()
{
    // Whatever a test did, the history chain is intact.
    if (m_store) {
        const Result<ChainCheck> chain = HistoryLog::verifyChain(*m_store);
        QVERIFY2(chain.ok(), qPrintable(errorText(chain)));
        QVERIFY2(chain->firstBrokenSeq == 0, qPrintable(chain->problem));
        QVERIFY(chain->entriesChecked > 0);
    }
    m_accounts.reset();
    m_cases.reset();
    m_store.reset();
    const QString path = m_dir.filePath(QStringLiteral("cases-%1.db").arg(m_storeCount));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
