#include "centerdesk/core/referenceservice.h"
#include "centerdesk/core/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace centerdesk::core;

namespace {

QJsonObject builtInJson()
{
    QFile file(QStringLiteral(":/centerdesk/reference/reference-data.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray toJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestReferenceData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn_isValid_listsTheTenCentersWithTimeZones()
    {
        const ReferenceData& data = ReferenceData::builtIn();
        QCOMPARE(data.centers.size(), 10);
        QStringList codes;
        for (const Center& center : data.centers)
            codes << center.code;
        QCOMPARE(codes,
                 (QStringList{QStringLiteral("AGR"), QStringLiteral("AFT"), QStringLiteral("AUT"),
                              QStringLiteral("BMT"), QStringLiteral("CPM"), QStringLiteral("ELE"),
                              QStringLiteral("IMM"), QStringLiteral("MAC"), QStringLiteral("PET"),
                              QStringLiteral("PHC")}));
        const auto phc =
            std::find_if(data.centers.cbegin(), data.centers.cend(),
                         [](const Center& c) { return c.code == QLatin1String("PHC"); });
        QCOMPARE(phc->timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(phc->portCode, QStringLiteral("1001"));
        QCOMPARE(data.ports.size(), 49);
        QCOMPARE(data.pgas.size(), 13);
    }

    void fromJson_badDocument_refusedNamingFieldAndRule_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("rule");

        QTest::addRow("parse_notJson_refused") << QByteArray("{not json") << "document"
                                               << "json";
        QJsonObject noVersion = builtInJson();
        noVersion.remove(QStringLiteral("dataVersion"));
        QTest::addRow("parse_noDataVersion_refused") << toJson(noVersion) << "dataVersion"
                                                     << "required";

        QJsonObject badZone = builtInJson();
        QJsonArray centers = badZone.value(QStringLiteral("centers")).toArray();
        QJsonObject first = centers.at(0).toObject();
        first.insert(QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus_Mons"));
        centers.replace(0, first);
        badZone.insert(QStringLiteral("centers"), centers);
        QTest::addRow("parse_unknownTimeZone_refused") << toJson(badZone) << "timeZone"
                                                       << "time-zone";

        QJsonObject unknownPort = builtInJson();
        centers = unknownPort.value(QStringLiteral("centers")).toArray();
        first = centers.at(0).toObject();
        first.insert(QStringLiteral("portCode"), QStringLiteral("9999"));
        centers.replace(0, first);
        unknownPort.insert(QStringLiteral("centers"), centers);
        QTest::addRow("parse_centerPortUnknown_refused") << toJson(unknownPort) << "portCode"
                                                         << "unknown-port";

        QJsonObject duplicatePort = builtInJson();
        QJsonArray ports = duplicatePort.value(QStringLiteral("ports")).toArray();
        ports.append(ports.at(0));
        duplicatePort.insert(QStringLiteral("ports"), ports);
        QTest::addRow("parse_duplicatePort_refused") << toJson(duplicatePort) << "code"
                                                     << "duplicate";

        QJsonObject shortPort = builtInJson();
        ports = shortPort.value(QStringLiteral("ports")).toArray();
        ports.append(QJsonObject{{QStringLiteral("code"), QStringLiteral("101")},
                                 {QStringLiteral("name"), QStringLiteral("Nowhere")}});
        shortPort.insert(QStringLiteral("ports"), ports);
        QTest::addRow("parse_threeDigitPort_refused") << toJson(shortPort) << "code"
                                                      << "port-format";

        QJsonObject badHours = builtInJson();
        centers = badHours.value(QStringLiteral("centers")).toArray();
        first = centers.at(0).toObject();
        first.insert(QStringLiteral("businessOpen"), QStringLiteral("18:00"));
        centers.replace(0, first);
        badHours.insert(QStringLiteral("centers"), centers);
        QTest::addRow("parse_openAfterClose_refused") << toJson(badHours) << "businessOpen"
                                                      << "business-hours";
    }
    void fromJson_badDocument_refusedNamingFieldAndRule()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, rule);
        const Result<ReferenceData> parsed = ReferenceData::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, field);
        QCOMPARE(parsed.error().rule, rule);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void loadIfNewer_higherVersion_updatesStore_sameVersion_changesNothing()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("ref.db")));
        QVERIFY(store.ok());
        ReferenceService reference(**store);
        QCOMPARE(reference.dataVersion(), 1);

        ReferenceData next = ReferenceData::builtIn();
        next.dataVersion = 2;
        next.ports.append(Port{QStringLiteral("0115"), QStringLiteral("Bangor, ME")});
        next.pgas[0].name = QStringLiteral("U.S. Food and Drug Administration");
        const Result<bool> loaded = reference.loadIfNewer(next);
        QVERIFY(loaded.ok());
        QVERIFY(*loaded);
        QCOMPARE(reference.dataVersion(), 2);
        QVERIFY(reference.portCodes().contains(QStringLiteral("0115")));

        // The built-in version 1 is older now: loading it changes nothing.
        const Result<bool> again = reference.loadIfNewer(ReferenceData::builtIn());
        QVERIFY(again.ok());
        QVERIFY(!*again);
        QCOMPARE(reference.dataVersion(), 2);
        QVERIFY(reference.portCodes().contains(QStringLiteral("0115")));
        bool renamed = false;
        for (const Pga& pga : reference.pgas())
            renamed |= pga.name == QLatin1String("U.S. Food and Drug Administration");
        QVERIFY(renamed);
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
