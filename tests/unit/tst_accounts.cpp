#include "centerdesk/core/accountimporter.h"
#include "centerdesk/core/accountservice.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/store.h"
#include "centerdesk/core/userservice.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <sqlite3.h>

using namespace centerdesk::core;
using centerdesk::test::writeFile;

namespace {

const QByteArray password("Account-Tests-Phrase-1");

// The accounts every test starts with (see initTestCase). Today is 2026-03-02.
const QString alpha = QStringLiteral("Alpha Pharma");     // PHC, nam-ana, C-TPAT open
const QString beta = QStringLiteral("Beta Labs");         // PHC, nam-ben, no program
const QString corn = QStringLiteral("Corn Growers Coop"); // AGR, nam-ana, participating + TT
const QString dairy = QStringLiteral("Dairy 100% Co");    // AGR, no NAM, no program
const QString electra = QStringLiteral("Electra_Parts");  // ELE, nam-ben, C-TPAT+ISA 2021-2022
const QStringList everyAccount{alpha, beta, corn, dairy, electra};

template<typename T> QString errorText(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}
QString errorText(const Status& status)
{
    return status ? QString() : status.error().message;
}

QStringList names(const QList<AccountSummary>& accounts)
{
    QStringList result;
    for (const AccountSummary& account : accounts)
        result << account.name;
    return result;
}

// "line field rule" per problem, for comparing reports.
QStringList render(const QList<ImportProblem>& problems)
{
    QStringList result;
    for (const ImportProblem& problem : problems)
        result << QStringLiteral("%1 %2 %3").arg(problem.line).arg(problem.field, problem.rule);
    return result;
}

// Runs SQL on a file with the raw SQLite API, as another program would.
bool execRaw(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(db, 2000);
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

const QByteArray fullHeader =
    "name,ior,center,size,nam,exam_port,exam_facility,contact_name,contact_role,contact_email,"
    "contact_phone,ctpat_tier,ctpat_from,ctpat_to,isa_from,isa_to,participating_from,"
    "participating_to,trusted_trader_from,trusted_trader_to\n";

QByteArray goodFile()
{
    return fullHeader +
           "\"Gamma Chemicals, Inc.\",70-1234567,PHC,large,nam-ana,1001,Dock 4,Pat Lee,"
           "Compliance,pat@gamma.example,+1 555 0100,II,2020-01-01,,2021-01-01,,,,,\n"
           "Delta Foods,71-2345678AB,AGR,small,,,,,,,,,,,,,2024-01-01,,,\n"
           "Epsilon Motors,72-3456789,AUT,medium,NAM-BEN,,,,,,,,,,,,,,2023-05-01,2027-12-31\n"
           "Zeta Tools,73-4567890,ELE,Small,,,,,,,,3,2024-01-01,2025-12-31,,,,,,\n";
}

// `count` valid lines for the Center `center`, importer numbers from `first`.
QByteArray generatedFile(int count, int first = 0, const char* center = "PHC")
{
    QByteArray csv = "name,ior,center,size,ctpat_tier,ctpat_from\n";
    csv.reserve(count * 64);
    for (int i = first; i < first + count; ++i) {
        csv += "Generated Importer " + QByteArray::number(i) + ',' +
               QString::asprintf("90-%07d", i).toLatin1() + ',' + center + ",small,1,2024-01-01\n";
    }
    return csv;
}

} // namespace

class TestAccounts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void create_validInput_storesAccountAndHistory()
    {
        AccountInput input;
        input.name = QStringLiteral("  Omega Imports  ");
        input.iorNumber = QStringLiteral("66-6666666ab");
        input.centerCode = QStringLiteral("phc");
        input.namName = QStringLiteral("NAM-Ana");
        input.sizeClass = QStringLiteral("Large");
        input.examPortCode = QStringLiteral("1001");
        input.examFacility = QStringLiteral("CES North");
        input.contacts = {Contact{{},
                                  QStringLiteral("Kim Park"),
                                  QStringLiteral("Broker"),
                                  QStringLiteral("kim@omega.example"),
                                  QStringLiteral("555-0101"),
                                  true}};
        input.certifications = {Certification{{},
                                              QStringLiteral("Blanket declaration"),
                                              QStringLiteral("FDA"),
                                              QDate(2025, 1, 1),
                                              {}}};
        input.programs = {PartnerProgram{{}, ProgramKind::Ctpat, 3, QDate(2025, 1, 1), {}},
                          PartnerProgram{{}, ProgramKind::Isa, 0, QDate(2026, 1, 1), {}}};
        const Result<Account> created = m_accounts->create(actor("staff-phc"), input);
        QVERIFY2(created.ok(), qPrintable(errorText(created)));
        QCOMPARE(created->name, QStringLiteral("Omega Imports"));
        QCOMPARE(created->iorNumber, QStringLiteral("66-6666666AB"));
        QCOMPARE(created->centerCode, QStringLiteral("PHC"));
        QCOMPARE(created->namName, QStringLiteral("nam-ana"));
        QCOMPARE(created->sizeClass, SizeClass::Large);
        QCOMPARE(created->version, 1);
        QCOMPARE(created->createdAt, m_now);

        // Found again by any accepted form of the importer number, and by uuid.
        for (const QString& key :
             {QStringLiteral("666666666AB"), QStringLiteral(" 66-6666666AB "), created->uuid}) {
            const Result<Account> found = m_accounts->get(actor("staff-phc"), key);
            QVERIFY2(found.ok(), qPrintable(key + QLatin1Char(' ') + errorText(found)));
            QCOMPARE(found->uuid, created->uuid);
            QCOMPARE(found->examPortCode, QStringLiteral("1001"));
            QCOMPARE(found->examFacility, QStringLiteral("CES North"));
            QCOMPARE(found->contacts.size(), 1);
            QVERIFY(found->contacts.first().problemResolution);
            QCOMPARE(found->certifications.size(), 1);
            QCOMPARE(found->certifications.first().pgaCode, QStringLiteral("FDA"));
            QCOMPARE(found->programs.size(), 2);
            QCOMPARE(found->programs.first().ctpatTier, 3);
            QCOMPARE(tierName(found->tierOn(m_now.date())), QStringLiteral("isa"));
        }
        const Result<QList<HistoryEntry>> history =
            m_accounts->history(actor("staff-phc"), created->uuid);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().kind, QStringLiteral("created"));
        QCOMPARE(history->first().actor, QStringLiteral("staff-phc"));
        QCOMPARE(history->first().detail.value(QStringLiteral("ior")).toString(),
                 QStringLiteral("66-6666666AB"));
    }

    void create_invalidInput_refusedNamingFieldAndRule_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");

        QTest::addRow("emptyName_refused")
            << QStringLiteral("name") << QStringLiteral("name") << QStringLiteral("required");
        QTest::addRow("malformedIor_refused")
            << QStringLiteral("ior") << QStringLiteral("ior") << QStringLiteral("length");
        QTest::addRow("unknownCenter_refused")
            << QStringLiteral("center") << QStringLiteral("center")
            << QStringLiteral("unknown-center");
        QTest::addRow("unknownNam_refused")
            << QStringLiteral("nam") << QStringLiteral("nam") << QStringLiteral("unknown-nam");
        QTest::addRow("userWithoutNamRole_refusedAsNam")
            << QStringLiteral("namNotNam") << QStringLiteral("nam")
            << QStringLiteral("unknown-nam");
        QTest::addRow("unknownSize_refused")
            << QStringLiteral("size") << QStringLiteral("size") << QStringLiteral("size-class");
        QTest::addRow("unknownExamPort_refused")
            << QStringLiteral("examPort") << QStringLiteral("exam_port")
            << QStringLiteral("unknown-port");
        QTest::addRow("isaWithoutCtpat_refused")
            << QStringLiteral("isa") << QStringLiteral("programs")
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("badContactEmail_refused")
            << QStringLiteral("email") << QStringLiteral("contact_email")
            << QStringLiteral("email");
        QTest::addRow("unknownCertificationPga_refused")
            << QStringLiteral("pga") << QStringLiteral("certification")
            << QStringLiteral("unknown-pga");
        QTest::addRow("duplicateIorOtherForm_conflict")
            << QStringLiteral("duplicate") << QStringLiteral("ior")
            << QStringLiteral("duplicate-ior");
    }
    void create_invalidInput_refusedNamingFieldAndRule()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        AccountInput input;
        input.name = QStringLiteral("Sigma Supplies");
        input.iorNumber = QStringLiteral("67-1234567");
        input.centerCode = QStringLiteral("PHC");
        input.sizeClass = QStringLiteral("small");
        if (change == QLatin1String("name"))
            input.name = QStringLiteral("   ");
        else if (change == QLatin1String("ior"))
            input.iorNumber = QStringLiteral("67-12345");
        else if (change == QLatin1String("center"))
            input.centerCode = QStringLiteral("XYZ");
        else if (change == QLatin1String("nam"))
            input.namName = QStringLiteral("ghost");
        else if (change == QLatin1String("namNotNam"))
            input.namName = QStringLiteral("staff-phc");
        else if (change == QLatin1String("size"))
            input.sizeClass = QStringLiteral("huge");
        else if (change == QLatin1String("examPort"))
            input.examPortCode = QStringLiteral("9999");
        else if (change == QLatin1String("isa"))
            input.programs = {PartnerProgram{{}, ProgramKind::Isa, 0, QDate(2025, 1, 1), {}}};
        else if (change == QLatin1String("email"))
            input.contacts = {
                Contact{{}, QStringLiteral("Lee"), {}, QStringLiteral("not-mail"), {}, true}};
        else if (change == QLatin1String("pga"))
            input.certifications = {Certification{
                {}, QStringLiteral("Blanket"), QStringLiteral("XXX"), QDate(2025, 1, 1), {}}};
        else if (change == QLatin1String("duplicate"))
            input.iorNumber = QStringLiteral("11111111100"); // Alpha's, written without hyphen

        const Result<StoreInfo> before = m_store->info();
        QVERIFY(before.ok());
        const Result<Account> created = m_accounts->create(actor("admin"), input);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().field, field);
        QCOMPARE(created.error().rule, rule);
        QVERIFY(!created.error().message.isEmpty());
        const Result<StoreInfo> after = m_store->info();
        QVERIFY(after.ok());
        QCOMPARE(after->rowCounts, before->rowCounts);
    }

    void list_eachRole_seesOnlyItsScope_data()
    {
        QTest::addColumn<QString>("actorName");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("centerStaffPhc_ownCenterOnly")
            << QStringLiteral("staff-phc") << QStringList{alpha, beta};
        QTest::addRow("centerStaffAgr_ownCenterOnly")
            << QStringLiteral("staff-agr") << QStringList{corn, dairy};
        QTest::addRow("namAna_ownPortfolioOnly")
            << QStringLiteral("nam-ana") << QStringList{alpha, corn};
        QTest::addRow("namBen_ownPortfolioOnly")
            << QStringLiteral("nam-ben") << QStringList{beta, electra};
        QTest::addRow("hqAnalyst_all") << QStringLiteral("hq") << everyAccount;
        QTest::addRow("portOfficial_all") << QStringLiteral("port") << everyAccount;
        QTest::addRow("admin_all") << QStringLiteral("admin") << everyAccount;
    }
    void list_eachRole_seesOnlyItsScope()
    {
        QFETCH(QString, actorName);
        QFETCH(QStringList, expected);
        const Actor who = m_actors.value(actorName);
        const Result<QList<AccountSummary>> listed = m_accounts->list(who, AccountFilter{});
        QVERIFY2(listed.ok(), qPrintable(errorText(listed)));
        QCOMPARE(names(*listed), expected);
        // get() agrees with list() for every account.
        for (const QString& name : everyAccount) {
            const Result<Account> found = m_accounts->get(who, m_uuids.value(name));
            QCOMPARE(found.ok(), expected.contains(name));
            if (!found.ok())
                QCOMPARE(found.error().kind, ErrorKind::PermissionDenied);
            const Result<QList<HistoryEntry>> history =
                m_accounts->history(who, m_uuids.value(name));
            QCOMPARE(history.ok(), expected.contains(name));
        }
    }

    void list_filter_selectsMatchingAccounts_data()
    {
        QTest::addColumn<QString>("center");
        QTest::addColumn<QString>("nam");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("size");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("tierDate");
        QTest::addColumn<QStringList>("expected");

        const QDate today;
        QTest::addRow("noFilter_all") << QString() << QString() << QString() << QString()
                                      << QString() << today << everyAccount;
        QTest::addRow("tierCtpat_alpha") << QString() << QString() << QStringLiteral("ctpat")
                                         << QString() << QString() << today << QStringList{alpha};
        QTest::addRow("tierStandard_threeAccounts")
            << QString() << QString() << QStringLiteral("standard") << QString() << QString()
            << today << QStringList{beta, dairy, electra};
        QTest::addRow("tierTrustedTrader_corn")
            << QString() << QString() << QStringLiteral("trusted-trader") << QString() << QString()
            << today << QStringList{corn};
        QTest::addRow("tierIsaToday_none") << QString() << QString() << QStringLiteral("isa")
                                           << QString() << QString() << today << QStringList{};
        QTest::addRow("sizeSmall_two")
            << QString() << QString() << QString() << QStringLiteral("small") << QString() << today
            << QStringList{beta, dairy};
        QTest::addRow("sizeLarge_corn")
            << QString() << QString() << QString() << QStringLiteral("large") << QString() << today
            << QStringList{corn};
        QTest::addRow("centerAgr_two")
            << QStringLiteral("AGR") << QString() << QString() << QString() << QString() << today
            << QStringList{corn, dairy};
        QTest::addRow("namBen_portfolio")
            << QString() << QStringLiteral("nam-ben") << QString() << QString() << QString()
            << today << QStringList{beta, electra};
        QTest::addRow("textNameAnyCase_alpha")
            << QString() << QString() << QString() << QString() << QStringLiteral("PHARMA") << today
            << QStringList{alpha};
        QTest::addRow("textIorPart_alpha")
            << QString() << QString() << QString() << QString() << QStringLiteral("1111111")
            << today << QStringList{alpha};
        QTest::addRow("textPercent_literalNotWildcard")
            << QString() << QString() << QString() << QString() << QStringLiteral("100%") << today
            << QStringList{dairy};
        QTest::addRow("textUnderscore_literalNotWildcard")
            << QString() << QString() << QString() << QString() << QStringLiteral("a_P") << today
            << QStringList{electra};
        QTest::addRow("textNoMatch_none") << QString() << QString() << QString() << QString()
                                          << QStringLiteral("zzz") << today << QStringList{};
        QTest::addRow("centerAndTier_combined")
            << QStringLiteral("PHC") << QString() << QStringLiteral("standard") << QString()
            << QString() << today << QStringList{beta};
        QTest::addRow("pastDateIsa_electra")
            << QString() << QString() << QStringLiteral("isa") << QString() << QString()
            << QDate(2022, 1, 1) << QStringList{electra};
        QTest::addRow("pastDateParticipating_corn")
            << QString() << QString() << QStringLiteral("participating") << QString() << QString()
            << QDate(2022, 1, 1) << QStringList{corn};
        QTest::addRow("pastDateCtpat_alphaOnly")
            << QString() << QString() << QStringLiteral("ctpat") << QString() << QString()
            << QDate(2022, 1, 1) << QStringList{alpha};
        QTest::addRow("lastIsaDay_electraStillIsa")
            << QString() << QString() << QStringLiteral("isa") << QString() << QString()
            << QDate(2022, 6, 30) << QStringList{electra};
        QTest::addRow("dayAfterIsa_electraCtpat")
            << QString() << QString() << QStringLiteral("ctpat") << QString() << QString()
            << QDate(2022, 7, 1) << QStringList{alpha, electra};
        QTest::addRow("beforeAnyProgram_allStandard")
            << QString() << QString() << QStringLiteral("standard") << QString() << QString()
            << QDate(2018, 1, 1) << everyAccount;
    }
    void list_filter_selectsMatchingAccounts()
    {
        QFETCH(QString, center);
        QFETCH(QString, nam);
        QFETCH(QString, tier);
        QFETCH(QString, size);
        QFETCH(QString, text);
        QFETCH(QDate, tierDate);
        QFETCH(QStringList, expected);
        AccountFilter filter;
        filter.centerCode = center;
        filter.namName = nam;
        if (!tier.isEmpty()) {
            filter.tier = tierFromName(tier);
            QVERIFY(filter.tier);
        }
        if (!size.isEmpty()) {
            filter.sizeClass = sizeClassFromName(size);
            QVERIFY(filter.sizeClass);
        }
        filter.text = text;
        filter.tierDate = tierDate;
        const Result<QList<AccountSummary>> listed = m_accounts->list(actor("admin"), filter);
        QVERIFY2(listed.ok(), qPrintable(errorText(listed)));
        QCOMPARE(names(*listed), expected);
        // Each summary's tier is the tier derived for that day.
        const QDate day = tierDate.isValid() ? tierDate : m_now.date();
        for (const AccountSummary& summary : *listed) {
            const Result<Account> account = m_accounts->get(actor("admin"), summary.uuid);
            QVERIFY(account.ok());
            QCOMPARE(tierName(summary.tier), tierName(account->tierOn(day)));
        }
    }

    void list_limitTwo_returnsFirstTwoByName()
    {
        AccountFilter filter;
        filter.limit = 2;
        const Result<QList<AccountSummary>> listed = m_accounts->list(actor("admin"), filter);
        QVERIFY(listed.ok());
        QCOMPARE(names(*listed), (QStringList{alpha, beta}));
    }

    void portfolio_namName_listsTheirAccountsWithTiers()
    {
        const Result<QList<AccountSummary>> ana =
            m_accounts->portfolio(actor("admin"), QStringLiteral("nam-ana"));
        QVERIFY(ana.ok());
        QCOMPARE(names(*ana), (QStringList{alpha, corn}));
        QCOMPARE(tierName(ana->at(0).tier), QStringLiteral("ctpat"));
        QCOMPARE(tierName(ana->at(1).tier), QStringLiteral("trusted-trader"));
        const Result<QList<AccountSummary>> own =
            m_accounts->portfolio(actor("nam-ana"), QStringLiteral("nam-ana"));
        QVERIFY(own.ok());
        QCOMPARE(names(*own), (QStringList{alpha, corn}));
        // Another NAM's portfolio shows only what the asker may see.
        const Result<QList<AccountSummary>> other =
            m_accounts->portfolio(actor("nam-ben"), QStringLiteral("nam-ana"));
        QVERIFY(other.ok());
        QVERIFY(other->isEmpty());
    }

    void addProgram_valid_changesTierAndRecordsIt()
    {
        const QString uuid = m_uuids.value(beta);
        QVERIFY(m_accounts
                    ->addProgram(actor("nam-ben"), uuid,
                                 PartnerProgram{{}, ProgramKind::Ctpat, 3, QDate(2026, 1, 1), {}})
                    .ok());
        Result<Account> account = m_accounts->get(actor("admin"), uuid);
        QVERIFY(account.ok());
        QCOMPARE(tierName(account->tierOn(m_now.date())), QStringLiteral("ctpat"));
        QCOMPARE(account->version, 2);
        const Status isa =
            m_accounts->addProgram(actor("staff-phc"), uuid,
                                   PartnerProgram{{}, ProgramKind::Isa, 0, QDate(2026, 3, 1), {}});
        QVERIFY2(isa.ok(), qPrintable(errorText(isa)));
        account = m_accounts->get(actor("admin"), uuid);
        QCOMPARE(tierName(account->tierOn(m_now.date())), QStringLiteral("isa"));
        QCOMPARE(tierName(account->tierOn(QDate(2026, 2, 28))), QStringLiteral("ctpat"));

        const Result<QList<HistoryEntry>> history = m_accounts->history(actor("admin"), uuid);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        const HistoryEntry& last = history->last();
        QCOMPARE(last.kind, QStringLiteral("program-added"));
        QCOMPARE(last.detail.value(QStringLiteral("program")).toString(), QStringLiteral("isa"));
        QCOMPARE(last.detail.value(QStringLiteral("tierBefore")).toString(),
                 QStringLiteral("ctpat"));
        QCOMPARE(last.detail.value(QStringLiteral("tierAfter")).toString(), QStringLiteral("isa"));
        QCOMPARE(history->at(1).detail.value(QStringLiteral("tierBefore")).toString(),
                 QStringLiteral("standard"));
    }

    void addProgram_breaksRules_refusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("ctpatTier");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("rule");

        QTest::addRow("isaWithoutCtpat_refused")
            << dairy << int(ProgramKind::Isa) << 0 << QDate(2026, 1, 1) << QDate()
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("isaBeyondEndedCtpat_refused")
            << electra << int(ProgramKind::Isa) << 0 << QDate(2022, 7, 1) << QDate(2023, 6, 30)
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("overlappingCtpat_refused")
            << alpha << int(ProgramKind::Ctpat) << 1 << QDate(2025, 1, 1) << QDate()
            << QStringLiteral("program-overlap");
        QTest::addRow("ctpatTierFour_refused")
            << dairy << int(ProgramKind::Ctpat) << 4 << QDate(2025, 1, 1) << QDate()
            << QStringLiteral("ctpat-tier");
        QTest::addRow("endBeforeStart_refused")
            << dairy << int(ProgramKind::Participating) << 0 << QDate(2025, 1, 1)
            << QDate(2024, 12, 31) << QStringLiteral("program-dates");
    }
    void addProgram_breaksRules_refusedAndNothingWritten()
    {
        QFETCH(QString, account);
        QFETCH(int, kind);
        QFETCH(int, ctpatTier);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, rule);
        const Result<StoreInfo> before = m_store->info();
        QVERIFY(before.ok());
        const Status added = m_accounts->addProgram(
            actor("admin"), m_uuids.value(account),
            PartnerProgram{{}, static_cast<ProgramKind>(kind), ctpatTier, from, to});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().rule, rule);
        const Result<StoreInfo> after = m_store->info();
        QVERIFY(after.ok());
        QCOMPARE(after->rowCounts, before->rowCounts);
        QCOMPARE(m_accounts->get(actor("admin"), m_uuids.value(account))->version, 1);
    }

    void endProgram_lastDay_tierDropsTheDayAfter()
    {
        const QString uuid = m_uuids.value(corn);
        const Result<Account> before = m_accounts->get(actor("admin"), uuid);
        QVERIFY(before.ok());
        QString trustedTraderUuid;
        for (const PartnerProgram& program : before->programs) {
            if (program.kind == ProgramKind::TrustedTrader)
                trustedTraderUuid = program.uuid;
        }
        QVERIFY(!trustedTraderUuid.isEmpty());
        const Status ended =
            m_accounts->endProgram(actor("staff-agr"), uuid, trustedTraderUuid, QDate(2026, 3, 1));
        QVERIFY2(ended.ok(), qPrintable(errorText(ended)));
        const Result<Account> after = m_accounts->get(actor("admin"), uuid);
        QCOMPARE(tierName(after->tierOn(QDate(2026, 3, 1))), QStringLiteral("trusted-trader"));
        QCOMPARE(tierName(after->tierOn(QDate(2026, 3, 2))), QStringLiteral("participating"));
        AccountFilter filter;
        filter.tier = ServiceTier::Participating;
        QCOMPARE(names(*m_accounts->list(actor("admin"), filter)), QStringList{corn});
        QCOMPARE(m_accounts->history(actor("admin"), uuid)->last().kind,
                 QStringLiteral("program-ended"));

        const Status beforeStart =
            m_accounts->endProgram(actor("admin"), uuid, trustedTraderUuid, QDate(2024, 12, 31));
        QVERIFY(!beforeStart.ok());
        QCOMPARE(beforeStart.error().rule, QStringLiteral("program-dates"));
        const Status unknown = m_accounts->endProgram(
            actor("admin"), uuid, QStringLiteral("no-such-program"), QDate(2026, 3, 1));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
    }

    void endProgram_ctpatUnderIsa_refused()
    {
        const QString uuid = m_uuids.value(alpha);
        QVERIFY(m_accounts
                    ->addProgram(actor("admin"), uuid,
                                 PartnerProgram{{}, ProgramKind::Isa, 0, QDate(2025, 1, 1), {}})
                    .ok());
        const Result<Account> account = m_accounts->get(actor("admin"), uuid);
        QString ctpatUuid;
        for (const PartnerProgram& program : account->programs) {
            if (program.kind == ProgramKind::Ctpat)
                ctpatUuid = program.uuid;
        }
        const Status ended =
            m_accounts->endProgram(actor("admin"), uuid, ctpatUuid, QDate(2025, 12, 31));
        QVERIFY(!ended.ok());
        QCOMPARE(ended.error().rule, QStringLiteral("isa-without-ctpat"));
        QVERIFY(m_accounts->get(actor("admin"), uuid)->programs.first().to.isNull());
    }

    void addContact_problemResolution_storedAndFlagged()
    {
        const QString uuid = m_uuids.value(alpha);
        QVERIFY(m_accounts
                    ->addContact(actor("nam-ana"), uuid,
                                 Contact{{},
                                         QStringLiteral("Ruth Ng"),
                                         QStringLiteral("Trade lead"),
                                         QStringLiteral("ruth@alpha.example"),
                                         QStringLiteral("+1 (555) 010-2000"),
                                         true})
                    .ok());
        QVERIFY(
            m_accounts
                ->addContact(
                    actor("nam-ana"), uuid,
                    Contact{{}, QStringLiteral("Al Bo"), QStringLiteral("Clerk"), {}, {}, false})
                .ok());
        const Result<Account> account = m_accounts->get(actor("admin"), uuid);
        QCOMPARE(account->contacts.size(), 2);
        QCOMPARE(account->contacts.first().name, QStringLiteral("Ruth Ng"));
        QVERIFY(account->contacts.first().problemResolution);
        QVERIFY(!account->contacts.last().problemResolution);
        QCOMPARE(m_accounts->history(actor("admin"), uuid)->last().kind,
                 QStringLiteral("contact-added"));

        const Status badPhone = m_accounts->addContact(
            actor("admin"), uuid,
            Contact{{}, QStringLiteral("X"), {}, {}, QStringLiteral("call me"), false});
        QVERIFY(!badPhone.ok());
        QCOMPARE(badPhone.error().rule, QStringLiteral("phone"));
        const Status noName = m_accounts->addContact(
            actor("admin"), uuid, Contact{{}, QStringLiteral(" "), {}, {}, {}, false});
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().field, QStringLiteral("contact_name"));
        QCOMPARE(m_accounts->get(actor("admin"), uuid)->contacts.size(), 2);
    }

    void setExamLocation_knownPort_storedUnknownRefused()
    {
        const QString uuid = m_uuids.value(beta);
        QVERIFY(m_accounts
                    ->setExamLocation(actor("staff-phc"), uuid, QStringLiteral("1001"),
                                      QStringLiteral(" Bonded warehouse 7 "))
                    .ok());
        Result<Account> account = m_accounts->get(actor("admin"), uuid);
        QCOMPARE(account->examPortCode, QStringLiteral("1001"));
        QCOMPARE(account->examFacility, QStringLiteral("Bonded warehouse 7"));
        const HistoryEntry last = m_accounts->history(actor("admin"), uuid)->last();
        QCOMPARE(last.kind, QStringLiteral("exam-location-changed"));
        QCOMPARE(last.detail.value(QStringLiteral("toPort")).toString(), QStringLiteral("1001"));

        const Status unknown = m_accounts->setExamLocation(actor("staff-phc"), uuid,
                                                           QStringLiteral("9999"), QString());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().rule, QStringLiteral("unknown-port"));
        account = m_accounts->get(actor("admin"), uuid);
        QCOMPARE(account->examPortCode, QStringLiteral("1001"));
        const Status outOfScope = m_accounts->setExamLocation(actor("staff-agr"), uuid,
                                                              QStringLiteral("0101"), QString());
        QCOMPARE(outOfScope.error().kind, ErrorKind::PermissionDenied);
    }

    void moveToCenter_newCenter_keepsHistoryAndAddsEntry()
    {
        const QString uuid = m_uuids.value(alpha);
        const Result<QList<HistoryEntry>> before = m_accounts->history(actor("admin"), uuid);
        QVERIFY(before.ok());
        m_now = m_now.addSecs(3600);
        const Status moved =
            m_accounts->moveToCenter(actor("staff-phc"), uuid, QStringLiteral("AGR"),
                                     QStringLiteral(" Product line changed "));
        QVERIFY2(moved.ok(), qPrintable(errorText(moved)));
        const Result<Account> account = m_accounts->get(actor("admin"), uuid);
        QCOMPARE(account->centerCode, QStringLiteral("AGR"));
        QCOMPARE(account->version, 2);
        QCOMPARE(account->updatedAt, m_now);
        QCOMPARE(account->programs.size(), 1); // programs and NAM go with it
        QCOMPARE(account->namName, QStringLiteral("nam-ana"));

        const Result<QList<HistoryEntry>> after = m_accounts->history(actor("admin"), uuid);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), before->size() + 1);
        for (qsizetype i = 0; i < before->size(); ++i)
            QCOMPARE(after->at(i).hash, before->at(i).hash);
        const HistoryEntry& entry = after->last();
        QCOMPARE(entry.kind, QStringLiteral("moved-center"));
        QCOMPARE(entry.actor, QStringLiteral("staff-phc"));
        QCOMPARE(entry.at, m_now);
        QCOMPARE(entry.detail.value(QStringLiteral("from")).toString(), QStringLiteral("PHC"));
        QCOMPARE(entry.detail.value(QStringLiteral("to")).toString(), QStringLiteral("AGR"));
        QCOMPARE(entry.detail.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Product line changed"));

        // The old Center's staff no longer see it; the new Center's do.
        QCOMPARE(m_accounts->get(actor("staff-phc"), uuid).error().kind,
                 ErrorKind::PermissionDenied);
        QVERIFY(m_accounts->get(actor("staff-agr"), uuid).ok());
        QCOMPARE(names(*m_accounts->list(actor("staff-agr"), AccountFilter{})),
                 (QStringList{alpha, corn, dairy}));
    }

    void moveToCenter_badRequest_refused_data()
    {
        QTest::addColumn<QString>("center");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("rule");
        QTest::addRow("sameCenter_refused")
            << QStringLiteral("PHC") << QStringLiteral("x") << QStringLiteral("same-center");
        QTest::addRow("unknownCenter_refused")
            << QStringLiteral("XYZ") << QStringLiteral("x") << QStringLiteral("unknown-center");
        QTest::addRow("blankReason_refused")
            << QStringLiteral("AGR") << QStringLiteral("  ") << QStringLiteral("required");
    }
    void moveToCenter_badRequest_refused()
    {
        QFETCH(QString, center);
        QFETCH(QString, reason);
        QFETCH(QString, rule);
        const Result<StoreInfo> before = m_store->info();
        const Status moved =
            m_accounts->moveToCenter(actor("admin"), m_uuids.value(alpha), center, reason);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().rule, rule);
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);
        QCOMPARE(m_accounts->get(actor("admin"), m_uuids.value(alpha))->centerCode,
                 QStringLiteral("PHC"));
    }

    void reassignNam_severalAccounts_allMoveInOneGo()
    {
        const qint64 historyBefore = rowCount(QStringLiteral("history"));
        const Status moved =
            m_accounts->reassignNam(actor("staff-agr"), {m_uuids.value(corn), m_uuids.value(dairy)},
                                    QStringLiteral("nam-ben"));
        QVERIFY2(moved.ok(), qPrintable(errorText(moved)));
        QCOMPARE(names(*m_accounts->portfolio(actor("admin"), QStringLiteral("nam-ben"))),
                 (QStringList{beta, corn, dairy, electra}));
        QCOMPARE(rowCount(QStringLiteral("history")), historyBefore + 2);
        const HistoryEntry entry = m_accounts->history(actor("admin"), m_uuids.value(corn))->last();
        QCOMPARE(entry.kind, QStringLiteral("nam-reassigned"));
        QCOMPARE(entry.detail.value(QStringLiteral("from")).toString(), QStringLiteral("nam-ana"));
        QCOMPARE(entry.detail.value(QStringLiteral("to")).toString(), QStringLiteral("nam-ben"));
        QCOMPARE(m_accounts->get(actor("admin"), m_uuids.value(dairy))->version, 2);
        // The new NAM may now edit them; the old one may not.
        QVERIFY(m_accounts->get(actor("nam-ben"), m_uuids.value(corn)).ok());
        QCOMPARE(m_accounts->get(actor("nam-ana"), m_uuids.value(corn)).error().kind,
                 ErrorKind::PermissionDenied);

        // An empty name takes the NAM away.
        QVERIFY(m_accounts->reassignNam(actor("staff-agr"), {m_uuids.value(corn)}, QString()).ok());
        QVERIFY(m_accounts->get(actor("admin"), m_uuids.value(corn))->namName.isEmpty());
    }

    void reassignNam_oneOutOfScope_nothingMoves()
    {
        const Result<StoreInfo> before = m_store->info();
        QVERIFY(before.ok());
        const Status moved = m_accounts->reassignNam(
            actor("staff-phc"), {m_uuids.value(alpha), m_uuids.value(beta), m_uuids.value(corn)},
            QStringLiteral("nam-ben"));
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, ErrorKind::PermissionDenied);
        QVERIFY2(moved.error().message.contains(corn), qPrintable(moved.error().message));
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);
        QCOMPARE(m_accounts->get(actor("admin"), m_uuids.value(alpha))->namName,
                 QStringLiteral("nam-ana"));
        QCOMPARE(m_accounts->get(actor("admin"), m_uuids.value(alpha))->version, 1);
        QCOMPARE(m_accounts->get(actor("admin"), m_uuids.value(corn))->namName,
                 QStringLiteral("nam-ana"));
    }

    void reassignNam_badRequest_refused()
    {
        const Status unknown = m_accounts->reassignNam(actor("admin"), {m_uuids.value(alpha)},
                                                       QStringLiteral("staff-phc"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().rule, QStringLiteral("unknown-nam"));
        const Status none = m_accounts->reassignNam(actor("admin"), {}, QStringLiteral("nam-ben"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().rule, QStringLiteral("required"));
        const Status missing = m_accounts->reassignNam(
            actor("admin"), {m_uuids.value(alpha), QStringLiteral("no-such-uuid")},
            QStringLiteral("nam-ben"));
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(m_accounts->get(actor("admin"), m_uuids.value(alpha))->namName,
                 QStringLiteral("nam-ana"));
    }

    void history_manyActions_chainVerifies()
    {
        doManyActions();
        const Result<ChainCheck> check = HistoryLog::verifyChain(*m_store);
        QVERIFY(check.ok());
        QCOMPARE(check->firstBrokenSeq, qint64(0));
        QVERIFY2(check->problem.isEmpty(), qPrintable(check->problem));
        QCOMPARE(check->entriesChecked, rowCount(QStringLiteral("history")));
        QVERIFY(check->entriesChecked > 20);
    }

    void history_triggerPresent_rawUpdateAndDeleteRefused()
    {
        const QString path = m_store->path();
        QVERIFY(!execRaw(path, "UPDATE history SET actor = 'mallory' WHERE seq = 2"));
        QVERIFY(!execRaw(path, "DELETE FROM history WHERE seq = 2"));
        const Result<ChainCheck> check = HistoryLog::verifyChain(*m_store);
        QVERIFY(check.ok());
        QCOMPARE(check->firstBrokenSeq, qint64(0));
    }

    void history_tamperedRow_verifyNamesItsSeq_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addRow("detailChanged") << QByteArray(
            "UPDATE history SET detail = replace(detail, 'nam-', 'NAM-') WHERE seq = %1");
        QTest::addRow("detailSameValuesOtherSpacing")
            << QByteArray("UPDATE history SET detail = replace(detail, ':', ': ') WHERE seq = %1");
        QTest::addRow("actorChanged")
            << QByteArray("UPDATE history SET actor = 'mallory' WHERE seq = %1");
        QTest::addRow("timeChanged")
            << QByteArray("UPDATE history SET at = replace(at, '2026', '2025') WHERE seq = %1");
        QTest::addRow("kindChanged")
            << QByteArray("UPDATE history SET kind = 'created' WHERE seq = %1");
        QTest::addRow("storedHashChanged")
            << QByteArray("UPDATE history SET hash = substr('0000' || hash, 1, 64) WHERE seq = %1");
        QTest::addRow("rowDeleted") << QByteArray("DELETE FROM history WHERE seq = %1");
    }
    void history_tamperedRow_verifyNamesItsSeq()
    {
        QFETCH(QByteArray, sql);
        doManyActions();
        const qint64 total = rowCount(QStringLiteral("history"));
        // A row in the middle whose detail mentions a NAM and whose kind is not "created".
        qint64 seq = 0;
        {
            // Scoped: a statement left open would keep this connection's read
            // snapshot, and the raw edit below would not be seen.
            Result<QSqlQuery> pick = m_store->run(QStringLiteral(
                "SELECT seq FROM history WHERE seq > 12 AND kind <> 'created' AND detail LIKE "
                "'%nam-%' ORDER BY seq LIMIT 1"));
            QVERIFY(pick.ok() && pick->next());
            seq = pick->value(0).toLongLong();
        }
        QVERIFY(seq < total);
        QVERIFY(execRaw(m_store->path(), "DROP TRIGGER history_refuses_update;"
                                         "DROP TRIGGER history_refuses_delete;"));
        const QByteArray statement = QString::fromLatin1(sql).arg(seq).toLatin1();
        QVERIFY(execRaw(m_store->path(), statement));
        const Result<ChainCheck> check = HistoryLog::verifyChain(*m_store);
        QVERIFY(check.ok());
        QCOMPARE(check->firstBrokenSeq, seq);
        QVERIFY(!check->problem.isEmpty());
        QVERIFY2(check->problem.contains(QString::number(seq)), qPrintable(check->problem));
    }

    void import_goodFile_importsEveryLine()
    {
        const Result<StoreInfo> before = m_store->info();
        const Result<ImportReport> report = m_importer->importBytes(actor("admin"), goodFile());
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QVERIFY2(report->ok(), qPrintable(render(report->problems).join(QLatin1Char('\n'))));
        checkGoodFileImported(*report, *before);
    }

    void import_goodFileFromDiskWithBomAndCrlf_importsEveryLine()
    {
        QByteArray content = "\xEF\xBB\xBF" + goodFile();
        content.replace("\n", "\r\n");
        const QString path = m_dir.filePath(QStringLiteral("good-%1.csv").arg(m_storeCount));
        QVERIFY(writeFile(path, content));
        const Result<StoreInfo> before = m_store->info();
        const Result<ImportReport> report = m_importer->importFile(actor("admin"), path);
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QVERIFY2(report->ok(), qPrintable(render(report->problems).join(QLatin1Char('\n'))));
        checkGoodFileImported(*report, *before);
    }

    void import_badLines_reportsEveryOneAndWritesNothing()
    {
        const QByteArray csv = "name,ior,center,size,nam,ctpat_tier,ctpat_from,isa_from\n" // 1
                               "Good One,80-0000001,PHC,small,,,,\n"                       // 2
                               "Bad Center,80-0000002,XYZ,small,,,,\n"                     // 3
                               "Bad Ior,80-00,PHC,small,,,,\n"                             // 4
                               "Dup In File,80-0000001,PHC,small,,,,\n"                    // 5
                               "Dup In Store,11-1111111,PHC,small,,,,\n"                   // 6
                               "Isa Alone,80-0000007,PHC,small,,,,2024-01-01\n"            // 7
                               "Bad Date,80-0000008,PHC,small,,2,2024-13-01,\n"            // 8
                               "Too Many,80-0000009,PHC,small,,,,,extra\n"                 // 9
                               "\"Multi\nLine Co\",80-0000010,PHC,small,,,,\n"             // 10-11
                               "Bad Size,80-0000012,PHC,huge,,,,\n"                        // 12
                               "Bad Nam,80-0000013,PHC,small,ghost,,,\n"                   // 13
                               "Bad Tier,80-0000014,PHC,small,,4,2024-01-01,\n"            // 14
                               "No Ctpat Start,80-0000015,PHC,small,,2,,\n"                // 15
                               "\"Quote \"\"Q\"\" Co\",80-0000016,PHC,small,,,,\n"         // 16
                               ",80-0000017,PHC,small,,,,\n"                               // 17
                               "Bad Ctpat Tier Word,80-0000018,PHC,small,,gold,2024-01-01,\n"; // 18
        const QStringList expected{
            QStringLiteral("3 center unknown-center"),
            QStringLiteral("4 ior length"),
            QStringLiteral("5 ior duplicate-ior"),
            QStringLiteral("6 ior duplicate-ior"),
            QStringLiteral("7 programs isa-without-ctpat"),
            QStringLiteral("8 ctpat_from date"),
            QStringLiteral("9 line field-count"),
            QStringLiteral("12 size size-class"),
            QStringLiteral("13 nam unknown-nam"),
            QStringLiteral("14 ctpat_tier ctpat-tier"),
            QStringLiteral("15 ctpat_from required"),
            QStringLiteral("17 name required"),
            QStringLiteral("18 ctpat_tier ctpat-tier"),
        };
        const Result<StoreInfo> before = m_store->info();
        QVERIFY(before.ok());
        const Result<ImportReport> report = m_importer->importBytes(actor("admin"), csv);
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QCOMPARE(report->records, qsizetype(16));
        QCOMPARE(report->imported, qsizetype(0));
        QVERIFY(!report->ok());
        const QStringList problems = render(report->problems);
        for (const QString& problem : expected)
            QVERIFY2(problems.contains(problem),
                     qPrintable(problem + QStringLiteral(" missing from:\n") +
                                problems.join(QLatin1Char('\n'))));
        // No problem on a good line: lines 2, 10, 16 are fine.
        QSet<qsizetype> badLines;
        for (const ImportProblem& problem : report->problems) {
            badLines.insert(problem.line);
            QVERIFY(!problem.message.isEmpty());
        }
        QCOMPARE(badLines, (QSet<qsizetype>{3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 15, 17, 18}));
        for (const ImportProblem& problem : report->problems) {
            if (problem.line == 5)
                QVERIFY2(problem.message.contains(QStringLiteral("line 2")),
                         qPrintable(problem.message));
        }
        const Result<StoreInfo> after = m_store->info();
        QCOMPARE(after->rowCounts, before->rowCounts);
        QCOMPARE(after->rowCounts.value(QStringLiteral("history")),
                 before->rowCounts.value(QStringLiteral("history")));
    }

    void import_fewerFieldsThanHeader_reportedAsFieldCount()
    {
        // RFC 4180: every record has as many fields as the header. A short
        // line is as malformed as a long one (line 9 above) and must be named.
        const QByteArray csv = "name,ior,center,size,nam,exam_port\n"
                               "Short Line Co,81-0000001,PHC,small\n"
                               "Full Line Co,81-0000002,PHC,small,,\n";
        const Result<StoreInfo> before = m_store->info();
        const Result<ImportReport> report = m_importer->importBytes(actor("admin"), csv);
        QVERIFY(report.ok());
        QCOMPARE(render(report->problems), QStringList{QStringLiteral("2 line field-count")});
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);
    }

    void import_badHeader_reportedOnLineOneAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected");
        const QByteArray line = "Any Co,82-0000001,PHC,small\n";
        QTest::addRow("unknownColumn_named")
            << "name,ior,center,size,colour\n" + line
            << QStringList{QStringLiteral("1 colour unknown-column")};
        QTest::addRow("missingRequiredColumn_named")
            << QByteArray("name,ior,center\nAny Co,82-0000001,PHC\n")
            << QStringList{QStringLiteral("1 size missing-column")};
        QTest::addRow("twoMissingColumns_bothNamed")
            << QByteArray("name,center\nAny Co,PHC\n")
            << QStringList{QStringLiteral("1 ior missing-column"),
                           QStringLiteral("1 size missing-column")};
        QTest::addRow("duplicateColumn_named")
            << "name,ior,center,size,name\n" + line
            << QStringList{QStringLiteral("1 name duplicate-column")};
        QTest::addRow("headerCaseAndSpaces_accepted")
            << " Name , IOR ,Center,SIZE\n" + line << QStringList{};
        QTest::addRow("emptyFile_refused")
            << QByteArray() << QStringList{QStringLiteral("1 header required")};
        QTest::addRow("onlyBlankLines_refused")
            << QByteArray("\n\n") << QStringList{QStringLiteral("1 header required")};
    }
    void import_badHeader_reportedOnLineOneAndWritesNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        const Result<StoreInfo> before = m_store->info();
        const Result<ImportReport> report = m_importer->importBytes(actor("admin"), csv);
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QStringList problems = render(report->problems);
        problems.sort();
        QCOMPARE(problems, expected);
        const qint64 accounts = m_store->info()->rowCounts.value(QStringLiteral("account"));
        if (expected.isEmpty()) {
            QCOMPARE(report->imported, qsizetype(1));
            QCOMPARE(accounts, before->rowCounts.value(QStringLiteral("account")) + 1);
        } else {
            QCOMPARE(report->imported, qsizetype(0));
            QCOMPARE(m_store->info()->rowCounts, before->rowCounts);
        }
    }

    void import_unreadableCsv_refusedAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("messagePart");
        QTest::addRow("latin1File_encoding")
            << QByteArray("name,ior,center,size\nCaf\xE9 Imports,83-0000001,PHC,small\n")
            << QStringLiteral("encoding") << QStringLiteral("UTF-8");
        QTest::addRow("utf16File_encoding")
            << QByteArray("\xFF\xFEn\0a\0m\0e\0", 10) << QStringLiteral("encoding") << QString();
        QTest::addRow("unterminatedQuote_namesLine")
            << QByteArray(
                   "name,ior,center,size\nA,83-0000001,PHC,small\n\"B,83-0000002,PHC,small\n")
            << QStringLiteral("quote") << QStringLiteral("3");
    }
    void import_unreadableCsv_refusedAndWritesNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, rule);
        QFETCH(QString, messagePart);
        const Result<StoreInfo> before = m_store->info();
        const Result<ImportReport> report = m_importer->importBytes(actor("admin"), csv);
        QVERIFY(report.ok());
        QCOMPARE(report->problems.size(), 1);
        QCOMPARE(report->problems.first().rule, rule);
        QVERIFY2(report->problems.first().message.contains(messagePart),
                 qPrintable(report->problems.first().message));
        QCOMPARE(report->imported, qsizetype(0));
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);

        // The same through a file.
        const QString path = m_dir.filePath(QStringLiteral("unreadable-%1.csv").arg(m_storeCount));
        QVERIFY(writeFile(path, csv));
        const Result<ImportReport> fromFile = m_importer->importFile(actor("admin"), path);
        QVERIFY(fromFile.ok());
        QCOMPARE(render(fromFile->problems), render(report->problems));
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);
    }

    void importFile_oversized_refusedBySizeBeforeReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // Sparse: the size is there, the disk is not used. Read, it would be
            // NUL bytes and refused for its encoding instead.
            QVERIFY(file.resize(AccountImporter::maxFileBytes() + 1));
        }
        const Result<StoreInfo> before = m_store->info();
        const Result<ImportReport> report = m_importer->importFile(actor("admin"), path);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().rule, QStringLiteral("file-size"));
        QVERIFY(report.error().message.contains(QString::number(AccountImporter::maxFileBytes())));
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);
        QFile::remove(path);

        const Result<ImportReport> missing =
            m_importer->importFile(actor("admin"), m_dir.filePath(QStringLiteral("absent.csv")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Io);
    }

    void import_outOfScopeLines_refusedPerLine()
    {
        const QByteArray csv = "name,ior,center,size,nam\n"
                               "Own Center Co,84-0000001,PHC,small,\n"
                               "Other Center Co,84-0000002,AGR,small,\n"
                               "Own Again Co,84-0000003,PHC,small,nam-ana\n";
        const Result<StoreInfo> before = m_store->info();
        const Result<ImportReport> staff = m_importer->importBytes(actor("staff-phc"), csv);
        QVERIFY(staff.ok());
        QCOMPARE(render(staff->problems), QStringList{QStringLiteral("3 center permission")});
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);

        const Result<ImportReport> nam = m_importer->importBytes(actor("nam-ana"), csv);
        QVERIFY(nam.ok());
        QCOMPARE(nam->problems.size(), 3);
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);

        QByteArray own = csv;
        own.replace("84-0000002,AGR", "84-0000002,PHC");
        const Result<ImportReport> allowed = m_importer->importBytes(actor("staff-phc"), own);
        QVERIFY(allowed.ok());
        QVERIFY2(allowed->ok(), qPrintable(render(allowed->problems).join(QLatin1Char('\n'))));
        QCOMPARE(allowed->imported, qsizetype(3));
        const Result<Account> account =
            m_accounts->get(actor("staff-phc"), QStringLiteral("84-0000003"));
        QVERIFY(account.ok());
        QCOMPARE(account->namName, QStringLiteral("nam-ana"));
        QCOMPARE(account->centerCode, QStringLiteral("PHC"));
    }

    void import_progress_reportedUpToTotal()
    {
        const int lines = 1200;
        QList<std::pair<qsizetype, qsizetype>> calls;
        const Result<ImportReport> report = m_importer->importBytes(
            actor("admin"), generatedFile(lines), [&](qsizetype done, qsizetype total) {
                calls.append({done, total});
                return true;
            });
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QVERIFY(report->ok());
        QCOMPARE(report->imported, qsizetype(lines));
        QVERIFY(calls.size() >= 3);
        qsizetype previous = -1;
        for (const auto& [done, total] : calls) {
            QCOMPARE(total, qsizetype(2 * lines));
            QVERIFY(done >= previous);
            QVERIFY(done <= total);
            previous = done;
        }
        QCOMPARE(calls.last().first, qsizetype(2 * lines));
    }

    void import_cancelled_writesNothing_data()
    {
        QTest::addColumn<int>("cancelAtCall");
        QTest::addColumn<bool>("whileWriting");
        QTest::addRow("whileChecking_nothingWritten") << 1 << false;
        QTest::addRow("whileWriting_rolledBack") << 0 << true;
    }
    void import_cancelled_writesNothing()
    {
        QFETCH(int, cancelAtCall);
        QFETCH(bool, whileWriting);
        const int lines = 1200;
        const Result<StoreInfo> before = m_store->info();
        int call = 0;
        bool cancelled = false;
        const Result<ImportReport> report = m_importer->importBytes(
            actor("admin"), generatedFile(lines), [&](qsizetype done, qsizetype) {
                ++call;
                const bool cancel = whileWriting ? done > lines : call == cancelAtCall;
                cancelled = cancelled || cancel;
                return !cancel;
            });
        QVERIFY(cancelled);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().rule, QStringLiteral("cancelled"));
        QCOMPARE(m_store->info()->rowCounts, before->rowCounts);
        QVERIFY(!m_store->inTransaction());
        // Nothing is left half-done: the same file imports afterwards.
        const Result<ImportReport> again =
            m_importer->importBytes(actor("admin"), generatedFile(lines));
        QVERIFY(again.ok());
        QCOMPARE(again->imported, qsizetype(lines));
    }

    void import_twoThousandLines_allArrive()
    {
        // Throughput lives in the benchmarks; here only completeness is checked.
        const int lines = 2000;
        const qint64 historyBefore = rowCount(QStringLiteral("history"));
        const Result<ImportReport> report =
            m_importer->importBytes(actor("admin"), generatedFile(lines, 5000));
        QVERIFY2(report.ok(), qPrintable(errorText(report)));
        QVERIFY(report->ok());
        QCOMPARE(report->records, qsizetype(lines));
        QCOMPARE(report->imported, qsizetype(lines));
        AccountFilter filter;
        filter.text = QStringLiteral("Generated Importer");
        const Result<QList<AccountSummary>> listed = m_accounts->list(actor("admin"), filter);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), qsizetype(lines));
        for (const AccountSummary& summary : *listed)
            QCOMPARE(summary.tier, ServiceTier::Ctpat);
        QCOMPARE(rowCount(QStringLiteral("history")), historyBefore + lines);
        QCOMPARE(rowCount(QStringLiteral("partner_program")),
                 m_baseCounts.value(QStringLiteral("partner_program")) + lines);
        const Result<ChainCheck> check = HistoryLog::verifyChain(*m_store);
        QVERIFY(check.ok());
        QCOMPARE(check->firstBrokenSeq, qint64(0));
    }

private:
    Actor actor(const char* name) const { return m_actors.value(QString::fromLatin1(name)); }
    qint64 rowCount(const QString& table)
    {
        const Result<StoreInfo> info = m_store->info();
        return info ? info->rowCounts.value(table, -1) : -1;
    }
    void checkGoodFileImported(const ImportReport& report, const StoreInfo& before);
    void doManyActions();

    QTemporaryDir m_dir;
    QString m_templatePath;
    int m_storeCount = 0;
    QDateTime m_now;
    QHash<QString, Actor> m_actors;
    QHash<QString, QString> m_uuids; // account name -> uuid
    QMap<QString, qint64> m_baseCounts;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AccountImporter> m_importer;
};

void TestAccounts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    m_templatePath = m_dir.filePath(QStringLiteral("template.db"));
    auto store = Store::open(m_templatePath);
    QVERIFY2(store.ok(), qPrintable(errorText(store)));
    UserServiceOptions options;
    options.hashing = PasswordHasher::minimum();
    options.clock = [this] { return m_now; };
    UserService users(**store, options);
    const Result<Actor> admin = users.createFirstAdministrator(QStringLiteral("admin"), password);
    QVERIFY2(admin.ok(), qPrintable(errorText(admin)));
    m_actors.insert(QStringLiteral("admin"), *admin);
    const QList<std::pair<QString, RoleAssignment>> people{
        {QStringLiteral("staff-phc"), RoleAssignment{Role::CenterStaff, QStringLiteral("PHC"), {}}},
        {QStringLiteral("staff-agr"), RoleAssignment{Role::CenterStaff, QStringLiteral("AGR"), {}}},
        {QStringLiteral("nam-ana"), RoleAssignment{Role::Nam, {}, {}}},
        {QStringLiteral("nam-ben"), RoleAssignment{Role::Nam, {}, {}}},
        {QStringLiteral("hq"), RoleAssignment{Role::HqAnalyst, {}, {}}},
        {QStringLiteral("port"), RoleAssignment{Role::PortOfficial, {}, QStringLiteral("1001")}},
    };
    for (const auto& [name, role] : people) {
        const Result<User> user = users.addUser(*admin, NewUser{name, name, password, {role}});
        QVERIFY2(user.ok(), qPrintable(errorText(user)));
        m_actors.insert(name, Actor{user->uuid, user->name, user->displayName, user->roles});
    }

    AccountService accounts(**store, [this] { return m_now; });
    struct Seed
    {
        QString name;
        const char* ior;
        const char* center;
        const char* nam;
        const char* size;
        QList<PartnerProgram> programs;
    };
    const QList<Seed> seeds{
        {alpha,
         "11-111111100",
         "PHC",
         "nam-ana",
         "medium",
         {PartnerProgram{{}, ProgramKind::Ctpat, 2, QDate(2020, 1, 1), {}}}},
        {beta, "22-222222200", "PHC", "nam-ben", "small", {}},
        {corn,
         "33-333333300",
         "AGR",
         "nam-ana",
         "large",
         {PartnerProgram{{}, ProgramKind::Participating, 0, QDate(2019, 1, 1), {}},
          PartnerProgram{{}, ProgramKind::TrustedTrader, 0, QDate(2025, 1, 1), {}}}},
        {dairy, "44-444444400", "AGR", "", "small", {}},
        {electra,
         "55-555555500",
         "ELE",
         "nam-ben",
         "medium",
         {PartnerProgram{{}, ProgramKind::Ctpat, 1, QDate(2021, 1, 1), QDate(2022, 12, 31)},
          PartnerProgram{{}, ProgramKind::Isa, 0, QDate(2021, 6, 1), QDate(2022, 6, 30)}}},
    };
    for (const Seed& seed : seeds) {
        AccountInput input;
        input.name = seed.name;
        input.iorNumber = QString::fromLatin1(seed.ior);
        input.centerCode = QString::fromLatin1(seed.center);
        input.namName = QString::fromLatin1(seed.nam);
        input.sizeClass = QString::fromLatin1(seed.size);
        input.programs = seed.programs;
        const Result<Account> account = accounts.create(*admin, input);
        QVERIFY2(account.ok(), qPrintable(errorText(account)));
        m_uuids.insert(seed.name, account->uuid);
    }
    const Result<StoreInfo> info = (*store)->info();
    QVERIFY(info.ok());
    m_baseCounts = info->rowCounts;
    // Closing checkpoints the write-ahead log into the file that each test copies.
}

void TestAccounts::init()
{
    m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const QString path = m_dir.filePath(QStringLiteral("accounts-%1.db").arg(++m_storeCount));
    QVERIFY(QFile::copy(m_templatePath, path));
    if (QFileInfo::exists(m_templatePath + QStringLiteral("-wal")))
        QVERIFY(
            QFile::copy(m_templatePath + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
    auto store = Store::open(path);
    QVERIFY2(store.ok(), qPrintable(errorText(store)));
    m_store = std::move(*store);
    QCOMPARE(m_store->info()->rowCounts, m_baseCounts);
    m_accounts = std::make_unique<AccountService>(*m_store, [this] { return m_now; });
    m_importer = std::make_unique<AccountImporter>(*m_store, [this] { return m_now; });
}

void TestAccounts::cleanup()
{
    m_importer.reset();
    m_accounts.reset();
    m_store.reset();
}

void TestAccounts::checkGoodFileImported(const ImportReport& report, const StoreInfo& before)
{
    QCOMPARE(report.records, qsizetype(4));
    QCOMPARE(report.imported, qsizetype(4));
    const Result<StoreInfo> after = m_store->info();
    QCOMPARE(after->rowCounts.value(QStringLiteral("account")),
             before.rowCounts.value(QStringLiteral("account")) + 4);
    QCOMPARE(after->rowCounts.value(QStringLiteral("history")),
             before.rowCounts.value(QStringLiteral("history")) + 4);
    QCOMPARE(after->rowCounts.value(QStringLiteral("account_contact")),
             before.rowCounts.value(QStringLiteral("account_contact")) + 1);

    const Result<Account> gamma = m_accounts->get(actor("admin"), QStringLiteral("70-1234567"));
    QVERIFY2(gamma.ok(), qPrintable(errorText(gamma)));
    QCOMPARE(gamma->name, QStringLiteral("Gamma Chemicals, Inc."));
    QCOMPARE(gamma->iorNumber, QStringLiteral("70-123456700"));
    QCOMPARE(gamma->centerCode, QStringLiteral("PHC"));
    QCOMPARE(gamma->sizeClass, SizeClass::Large);
    QCOMPARE(gamma->namName, QStringLiteral("nam-ana"));
    QCOMPARE(gamma->examPortCode, QStringLiteral("1001"));
    QCOMPARE(gamma->examFacility, QStringLiteral("Dock 4"));
    QCOMPARE(gamma->contacts.size(), 1);
    QCOMPARE(gamma->contacts.first().name, QStringLiteral("Pat Lee"));
    QCOMPARE(gamma->contacts.first().email, QStringLiteral("pat@gamma.example"));
    QVERIFY(gamma->contacts.first().problemResolution);
    QCOMPARE(gamma->programs.size(), 2);
    QCOMPARE(gamma->programs.first().kind, ProgramKind::Ctpat);
    QCOMPARE(gamma->programs.first().ctpatTier, 2);
    QCOMPARE(tierName(gamma->tierOn(m_now.date())), QStringLiteral("isa"));
    QCOMPARE(tierName(gamma->tierOn(QDate(2020, 6, 1))), QStringLiteral("ctpat"));

    const Result<Account> delta = m_accounts->get(actor("admin"), QStringLiteral("71-2345678AB"));
    QVERIFY(delta.ok());
    QCOMPARE(tierName(delta->tierOn(m_now.date())), QStringLiteral("participating"));
    QVERIFY(delta->namName.isEmpty());
    QVERIFY(delta->contacts.isEmpty());

    const Result<Account> epsilon = m_accounts->get(actor("admin"), QStringLiteral("72-3456789"));
    QVERIFY(epsilon.ok());
    QCOMPARE(epsilon->namName, QStringLiteral("nam-ben"));
    QCOMPARE(epsilon->centerCode, QStringLiteral("AUT"));
    QCOMPARE(tierName(epsilon->tierOn(m_now.date())), QStringLiteral("trusted-trader"));
    QCOMPARE(epsilon->programs.first().to, QDate(2027, 12, 31));

    const Result<Account> zeta = m_accounts->get(actor("admin"), QStringLiteral("73-4567890"));
    QVERIFY(zeta.ok());
    QCOMPARE(zeta->sizeClass, SizeClass::Small);
    QCOMPARE(zeta->programs.first().ctpatTier, 3);
    QCOMPARE(tierName(zeta->tierOn(m_now.date())), QStringLiteral("standard"));
    QCOMPARE(tierName(zeta->tierOn(QDate(2025, 12, 31))), QStringLiteral("ctpat"));

    const Result<QList<HistoryEntry>> history = m_accounts->history(actor("admin"), gamma->uuid);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().kind, QStringLiteral("created"));
    QCOMPARE(history->first().actor, QStringLiteral("admin"));
    QCOMPARE(HistoryLog::verifyChain(*m_store)->firstBrokenSeq, qint64(0));
}

void TestAccounts::doManyActions()
{
    const QString a = m_uuids.value(alpha);
    const QString b = m_uuids.value(beta);
    const QString c = m_uuids.value(corn);
    for (int i = 0; i < 3; ++i) {
        m_now = m_now.addSecs(60);
        QVERIFY(m_accounts
                    ->reassignNam(actor("admin"), {a, c},
                                  i % 2 ? QStringLiteral("nam-ana") : QStringLiteral("nam-ben"))
                    .ok());
        QVERIFY(
            m_accounts
                ->addContact(actor("admin"), b,
                             Contact{{}, QStringLiteral("Contact %1").arg(i), {}, {}, {}, i == 0})
                .ok());
        QVERIFY(m_accounts
                    ->setExamLocation(actor("admin"), b, QStringLiteral("1001"),
                                      QStringLiteral("Dock %1").arg(i))
                    .ok());
    }
    QVERIFY(
        m_accounts
            ->moveToCenter(actor("admin"), b, QStringLiteral("ELE"), QStringLiteral("test move"))
            .ok());
    QVERIFY(
        m_accounts
            ->addProgram(actor("admin"), b,
                         PartnerProgram{{}, ProgramKind::Participating, 0, QDate(2026, 1, 1), {}})
            .ok());
    QVERIFY(m_importer->importBytes(actor("admin"), generatedFile(5, 100)).ok());
    QVERIFY(rowCount(QStringLiteral("history")) > 20);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
