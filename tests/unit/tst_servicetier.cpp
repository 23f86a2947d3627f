#include "centerdesk/core/servicetier.h"

#include <QtTest>

using namespace centerdesk::core;

using Programs = QList<PartnerProgram>;
Q_DECLARE_METATYPE(Programs)

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

PartnerProgram program(ProgramKind kind, const char* from, const char* to = nullptr,
                       int ctpatTier = 0)
{
    PartnerProgram p;
    p.kind = kind;
    p.ctpatTier = kind == ProgramKind::Ctpat && ctpatTier == 0 ? 2 : ctpatTier;
    p.from = d(from);
    p.to = to ? d(to) : QDate();
    return p;
}

PartnerProgram ctpat(const char* from, const char* to = nullptr, int tier = 2)
{
    PartnerProgram p = program(ProgramKind::Ctpat, from, to);
    p.ctpatTier = tier;
    return p;
}
PartnerProgram isa(const char* from, const char* to = nullptr)
{
    return program(ProgramKind::Isa, from, to);
}
PartnerProgram participating(const char* from, const char* to = nullptr)
{
    return program(ProgramKind::Participating, from, to);
}
PartnerProgram trustedTrader(const char* from, const char* to = nullptr)
{
    return program(ProgramKind::TrustedTrader, from, to);
}

// "tier from..to" per period, "open" for an open end.
QStringList render(const QList<TierPeriod>& periods)
{
    QStringList rendered;
    for (const TierPeriod& period : periods) {
        rendered << tierName(period.tier) + QLatin1Char(' ') + period.from.toString(Qt::ISODate) +
                        QStringLiteral("..") +
                        (period.to.isNull() ? QStringLiteral("open")
                                            : period.to.toString(Qt::ISODate));
    }
    return rendered;
}

} // namespace

class TestServiceTier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tierOn_programsOnDay_derivesTier_data()
    {
        QTest::addColumn<Programs>("programs");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("expected");

        QTest::addRow("noProgram_anyDay_standard")
            << Programs{} << d("2024-06-01") << QStringLiteral("standard");
        QTest::addRow("participatingAlone_inside_participating")
            << Programs{participating("2024-01-01")} << d("2024-06-01")
            << QStringLiteral("participating");
        QTest::addRow("ctpatAlone_inside_ctpat") << Programs{ctpat("2024-01-01", "2024-12-31", 1)}
                                                 << d("2024-06-01") << QStringLiteral("ctpat");
        QTest::addRow("isaAlone_inside_isa")
            << Programs{isa("2024-01-01")} << d("2024-06-01") << QStringLiteral("isa");
        QTest::addRow("trustedTraderAlone_inside_trustedTrader")
            << Programs{trustedTrader("2024-01-01")} << d("2024-06-01")
            << QStringLiteral("trusted-trader");

        const Programs all{participating("2020-01-01"), ctpat("2020-01-01", nullptr, 3),
                           isa("2020-01-01"), trustedTrader("2020-01-01")};
        QTest::addRow("allFour_trustedTraderWins")
            << all << d("2024-06-01") << QStringLiteral("trusted-trader");
        QTest::addRow("allButTrustedTrader_isaWins")
            << Programs{participating("2020-01-01"), ctpat("2020-01-01"), isa("2020-01-01")}
            << d("2024-06-01") << QStringLiteral("isa");
        QTest::addRow("ctpatAndParticipating_ctpatWins")
            << Programs{participating("2020-01-01"), ctpat("2020-01-01")} << d("2024-06-01")
            << QStringLiteral("ctpat");
        QTest::addRow("trustedTraderAndParticipatingOrderReversed_trustedTraderWins")
            << Programs{trustedTrader("2020-01-01"), participating("2020-01-01")} << d("2024-06-01")
            << QStringLiteral("trusted-trader");
        QTest::addRow("isaAndTrustedTraderNoCtpat_trustedTraderWins")
            << Programs{isa("2020-01-01"), trustedTrader("2020-01-01")} << d("2024-06-01")
            << QStringLiteral("trusted-trader");

        const Programs ctpat2024{ctpat("2024-03-01", "2024-08-31")};
        QTest::addRow("dayBeforeFrom_standard")
            << ctpat2024 << d("2024-02-29") << QStringLiteral("standard");
        QTest::addRow("onFromDay_inclusive")
            << ctpat2024 << d("2024-03-01") << QStringLiteral("ctpat");
        QTest::addRow("onToDay_inclusive")
            << ctpat2024 << d("2024-08-31") << QStringLiteral("ctpat");
        QTest::addRow("dayAfterTo_drops")
            << ctpat2024 << d("2024-09-01") << QStringLiteral("standard");
        QTest::addRow("oneDayProgram_onItsDay")
            << Programs{trustedTrader("2024-05-05", "2024-05-05")} << d("2024-05-05")
            << QStringLiteral("trusted-trader");
        QTest::addRow("oneDayProgram_dayAfter")
            << Programs{trustedTrader("2024-05-05", "2024-05-05")} << d("2024-05-06")
            << QStringLiteral("standard");
        QTest::addRow("leapDayEnd_marchFirstDrops")
            << Programs{participating("2023-01-01", "2024-02-29")} << d("2024-03-01")
            << QStringLiteral("standard");
        QTest::addRow("openEnded_farFuture_stillActive")
            << Programs{participating("2024-01-01")} << d("2099-12-31")
            << QStringLiteral("participating");

        // A year in which the tier changes: C-TPAT all year, ISA from July,
        // Trusted Trader in November only.
        const Programs year{ctpat("2024-01-01", "2024-12-31"), isa("2024-07-01", "2024-12-31"),
                            trustedTrader("2024-11-01", "2024-11-30")};
        QTest::addRow("midYear_beforeIsa_ctpat")
            << year << d("2024-06-30") << QStringLiteral("ctpat");
        QTest::addRow("midYear_isaStarts_isa") << year << d("2024-07-01") << QStringLiteral("isa");
        QTest::addRow("midYear_trustedTraderMonth_trustedTrader")
            << year << d("2024-11-15") << QStringLiteral("trusted-trader");
        QTest::addRow("midYear_afterTrustedTrader_backToIsa")
            << year << d("2024-12-01") << QStringLiteral("isa");
        QTest::addRow("midYear_nextYear_standard")
            << year << d("2025-01-01") << QStringLiteral("standard");
        QTest::addRow("higherTierEnded_lowerTierStillActive_lower")
            << Programs{participating("2020-01-01"), trustedTrader("2020-01-01", "2023-12-31")}
            << d("2024-01-01") << QStringLiteral("participating");
    }
    void tierOn_programsOnDay_derivesTier()
    {
        QFETCH(Programs, programs);
        QFETCH(QDate, day);
        QFETCH(QString, expected);
        QCOMPARE(tierName(ServiceTiers::tierOn(programs, day)), expected);
    }

    void timeline_programs_givesMergedPeriods_data()
    {
        QTest::addColumn<Programs>("programs");
        QTest::addColumn<QStringList>("expected");

        QTest::addRow("noProgram_empty") << Programs{} << QStringList{};
        QTest::addRow("oneOpenProgram_onePeriod")
            << Programs{ctpat("2024-01-01")}
            << QStringList{QStringLiteral("ctpat 2024-01-01..open")};
        QTest::addRow("oneClosedProgram_thenStandardOpen")
            << Programs{participating("2024-01-01", "2024-12-31")}
            << QStringList{QStringLiteral("participating 2024-01-01..2024-12-31"),
                           QStringLiteral("standard 2025-01-01..open")};
        QTest::addRow("isaInsideCtpat_threePeriods")
            << Programs{ctpat("2024-01-01"), isa("2024-07-01", "2024-09-30")}
            << QStringList{QStringLiteral("ctpat 2024-01-01..2024-06-30"),
                           QStringLiteral("isa 2024-07-01..2024-09-30"),
                           QStringLiteral("ctpat 2024-10-01..open")};
        QTest::addRow("touchingPeriodsOfOneProgram_mergedIntoOne")
            << Programs{ctpat("2024-01-01", "2024-06-30", 1), ctpat("2024-07-01", nullptr, 3)}
            << QStringList{QStringLiteral("ctpat 2024-01-01..open")};
        QTest::addRow("lowerTierInsideHigher_noSplit")
            << Programs{trustedTrader("2024-01-01"), ctpat("2024-03-01", "2024-05-31")}
            << QStringList{QStringLiteral("trusted-trader 2024-01-01..open")};
        QTest::addRow("gapBetweenPeriods_standardInTheGap")
            << Programs{participating("2024-01-01", "2024-03-31"), participating("2024-06-01")}
            << QStringList{QStringLiteral("participating 2024-01-01..2024-03-31"),
                           QStringLiteral("standard 2024-04-01..2024-05-31"),
                           QStringLiteral("participating 2024-06-01..open")};
        QTest::addRow("unorderedInput_periodsInDateOrder")
            << Programs{ctpat("2024-01-01"), participating("2023-01-01")}
            << QStringList{QStringLiteral("participating 2023-01-01..2023-12-31"),
                           QStringLiteral("ctpat 2024-01-01..open")};
        QTest::addRow("tierChangesMidYear_everyChangeAPeriod")
            << Programs{ctpat("2024-01-01", "2024-12-31"), isa("2024-07-01", "2024-12-31"),
                        trustedTrader("2024-11-01", "2024-11-30")}
            << QStringList{QStringLiteral("ctpat 2024-01-01..2024-06-30"),
                           QStringLiteral("isa 2024-07-01..2024-10-31"),
                           QStringLiteral("trusted-trader 2024-11-01..2024-11-30"),
                           QStringLiteral("isa 2024-12-01..2024-12-31"),
                           QStringLiteral("standard 2025-01-01..open")};
        QTest::addRow("oneDayProgram_oneDayPeriod")
            << Programs{participating("2024-01-01"), trustedTrader("2024-02-29", "2024-02-29")}
            << QStringList{QStringLiteral("participating 2024-01-01..2024-02-28"),
                           QStringLiteral("trusted-trader 2024-02-29..2024-02-29"),
                           QStringLiteral("participating 2024-03-01..open")};
        QTest::addRow("higherEndsSameDayLowerStarts_noGap")
            << Programs{trustedTrader("2024-01-01", "2024-06-30"), participating("2024-07-01")}
            << QStringList{QStringLiteral("trusted-trader 2024-01-01..2024-06-30"),
                           QStringLiteral("participating 2024-07-01..open")};
    }
    void timeline_programs_givesMergedPeriods()
    {
        QFETCH(Programs, programs);
        QFETCH(QStringList, expected);
        const QList<TierPeriod> periods = ServiceTiers::timeline(programs);
        QCOMPARE(render(periods), expected);

        // Every day from before the first period to a year after the last
        // boundary agrees with tierOn, and consecutive periods differ and touch.
        for (qsizetype i = 1; i < periods.size(); ++i) {
            QCOMPARE(periods.at(i - 1).to.addDays(1), periods.at(i).from);
            QVERIFY(periods.at(i - 1).tier != periods.at(i).tier);
        }
        for (const TierPeriod& period : periods) {
            const QDate last = period.to.isNull() ? period.from.addDays(400) : period.to;
            for (QDate day = period.from; day <= last; day = day.addDays(1))
                QCOMPARE(tierName(ServiceTiers::tierOn(programs, day)), tierName(period.tier));
        }
    }

    void validate_programs_acceptedOrRefusedByRule_data()
    {
        QTest::addColumn<Programs>("programs");
        QTest::addColumn<QString>("rule"); // empty: accepted

        QTest::addRow("none_accepted") << Programs{} << QString();
        QTest::addRow("ctpatTierOne_accepted")
            << Programs{ctpat("2024-01-01", nullptr, 1)} << QString();
        QTest::addRow("ctpatTierThree_accepted")
            << Programs{ctpat("2024-01-01", nullptr, 3)} << QString();
        QTest::addRow("ctpatTierZero_refused")
            << Programs{ctpat("2024-01-01", nullptr, 0)} << QStringLiteral("ctpat-tier");
        QTest::addRow("ctpatTierFour_refused")
            << Programs{ctpat("2024-01-01", nullptr, 4)} << QStringLiteral("ctpat-tier");
        QTest::addRow("ctpatTierNegative_refused")
            << Programs{ctpat("2024-01-01", nullptr, -1)} << QStringLiteral("ctpat-tier");
        QTest::addRow("endBeforeStart_refused")
            << Programs{participating("2024-05-01", "2024-04-30")}
            << QStringLiteral("program-dates");
        QTest::addRow("endOnStart_accepted")
            << Programs{participating("2024-05-01", "2024-05-01")} << QString();
        QTest::addRow("missingStart_refused")
            << Programs{program(ProgramKind::TrustedTrader, "not a date")}
            << QStringLiteral("program-from");

        QTest::addRow("isaWithoutCtpat_refused")
            << Programs{isa("2024-01-01", "2024-12-31")} << QStringLiteral("isa-without-ctpat");
        QTest::addRow("isaInsideCtpat_accepted")
            << Programs{ctpat("2024-01-01"), isa("2024-03-01", "2024-12-31")} << QString();
        QTest::addRow("isaSameDaysAsCtpat_accepted")
            << Programs{ctpat("2024-01-01", "2024-12-31"), isa("2024-01-01", "2024-12-31")}
            << QString();
        QTest::addRow("isaStartsBeforeCtpat_refused")
            << Programs{ctpat("2024-03-01"), isa("2024-02-29", "2024-12-31")}
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("isaEndsAfterCtpat_refused")
            << Programs{ctpat("2024-01-01", "2024-12-30"), isa("2024-03-01", "2024-12-31")}
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("isaCoveredByTwoTouchingCtpat_accepted")
            << Programs{ctpat("2024-01-01", "2024-06-30", 1), ctpat("2024-07-01", nullptr, 2),
                        isa("2024-03-01", "2024-09-30")}
            << QString();
        QTest::addRow("isaCoveredByTouchingCtpatListedInReverse_accepted")
            << Programs{isa("2024-03-01", "2024-09-30"), ctpat("2024-07-01", "2024-12-31"),
                        ctpat("2024-01-01", "2024-06-30")}
            << QString();
        QTest::addRow("isaOverOneDayGapBetweenCtpat_refused")
            << Programs{ctpat("2024-01-01", "2024-06-29"), ctpat("2024-07-01"),
                        isa("2024-03-01", "2024-09-30")}
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("isaOpenEndedCtpatEnding_refused")
            << Programs{ctpat("2024-01-01", "2025-12-31"), isa("2024-03-01")}
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("isaOpenEndedTouchingCtpatAllClosed_refused")
            << Programs{ctpat("2024-01-01", "2024-12-31"), ctpat("2025-01-01", "2025-12-31"),
                        isa("2024-03-01")}
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("isaOpenEndedCtpatOpen_accepted")
            << Programs{ctpat("2024-01-01"), isa("2024-03-01")} << QString();
        QTest::addRow("isaOpenEndedCtpatChainEndsOpen_accepted")
            << Programs{ctpat("2024-01-01", "2024-12-31"), ctpat("2025-01-01"), isa("2024-03-01")}
            << QString();
        QTest::addRow("secondIsaUncovered_refused")
            << Programs{ctpat("2024-01-01", "2024-12-31"), isa("2024-02-01", "2024-03-31"),
                        isa("2025-02-01", "2025-03-31")}
            << QStringLiteral("isa-without-ctpat");
        QTest::addRow("ctpatEndedBeforeIsa_refused")
            << Programs{ctpat("2022-01-01", "2022-12-31"), isa("2024-01-01", "2024-06-30")}
            << QStringLiteral("isa-without-ctpat");

        QTest::addRow("sameProgramOverlapping_refused")
            << Programs{participating("2024-01-01", "2024-06-30"),
                        participating("2024-06-01", "2024-12-31")}
            << QStringLiteral("program-overlap");
        QTest::addRow("sameProgramSharingOneDay_refused")
            << Programs{participating("2024-01-01", "2024-06-30"), participating("2024-06-30")}
            << QStringLiteral("program-overlap");
        QTest::addRow("sameProgramTwoOpenEnded_refused")
            << Programs{trustedTrader("2024-01-01"), trustedTrader("2025-01-01")}
            << QStringLiteral("program-overlap");
        QTest::addRow("sameProgramLaterOpenInsideEarlier_refused")
            << Programs{ctpat("2025-01-01"), ctpat("2024-01-01", "2025-03-31")}
            << QStringLiteral("program-overlap");
        QTest::addRow("sameProgramTouching_accepted")
            << Programs{participating("2024-01-01", "2024-06-30"), participating("2024-07-01")}
            << QString();
        QTest::addRow("differentProgramsOverlapping_accepted")
            << Programs{participating("2024-01-01"), ctpat("2024-01-01"),
                        trustedTrader("2024-01-01")}
            << QString();
    }
    void validate_programs_acceptedOrRefusedByRule()
    {
        QFETCH(Programs, programs);
        QFETCH(QString, rule);
        const Status status = ServiceTiers::validate(programs);
        if (rule.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().message));
            return;
        }
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(status.error().field, QStringLiteral("programs"));
        QCOMPARE(status.error().rule, rule);
        QVERIFY(!status.error().message.isEmpty());
    }

    void validate_isaRefused_messageNamesTheIsaPeriod()
    {
        const Status status = ServiceTiers::validate({isa("2024-03-01", "2024-09-30")});
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("2024-03-01")) &&
                     status.error().message.contains(QStringLiteral("2024-09-30")),
                 qPrintable(status.error().message));
    }

    void tierName_everyTier_roundTrips_data()
    {
        QTest::addColumn<int>("tier");
        QTest::addColumn<QString>("name");
        QTest::addRow("standard") << int(ServiceTier::Standard) << QStringLiteral("standard");
        QTest::addRow("participating")
            << int(ServiceTier::Participating) << QStringLiteral("participating");
        QTest::addRow("ctpat") << int(ServiceTier::Ctpat) << QStringLiteral("ctpat");
        QTest::addRow("isa") << int(ServiceTier::Isa) << QStringLiteral("isa");
        QTest::addRow("trustedTrader")
            << int(ServiceTier::TrustedTrader) << QStringLiteral("trusted-trader");
    }
    void tierName_everyTier_roundTrips()
    {
        QFETCH(int, tier);
        QFETCH(QString, name);
        const auto value = static_cast<ServiceTier>(tier);
        QCOMPARE(tierName(value), name);
        QVERIFY(tierNames().contains(name));
        QVERIFY(tierFromName(name) == value);
        QVERIFY(!tierLabel(value).isEmpty());
    }

    void tierFromName_unknownName_none()
    {
        QVERIFY(!tierFromName(u"gold").has_value());
        QVERIFY(!tierFromName(u"ISA").has_value());
        QCOMPARE(tierNames().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestServiceTier)
#include "tst_servicetier.moc"
