#include "centerdesk/core/referencedata.h"

#include "centerdesk/core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace centerdesk::core {

namespace {

// Gives lupdate and QCoreApplication one translation context for this file.
class ReferenceDataMessages final
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceDataMessages)
};

Error invalidField(const QString& field, const QString& rule, const QString& message)
{
    return Error::invalid(field, rule, message);
}

// Reads a required, non-empty string member; `where` names the record.
Result<QString> requiredString(const QJsonObject& object, const QString& key, const QString& where)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return invalidField(key, QStringLiteral("required"),
                            ReferenceDataMessages::tr(
                                "Reference data: %1 has no '%2' (a non-empty text is required).")
                                .arg(where, key));
    }
    return value.toString().trimmed();
}

Result<QList<Port>> parsePorts(const QJsonArray& array)
{
    static const QRegularExpression fourDigits(QStringLiteral("^\\d{4}$"));
    QList<Port> ports;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString where = ReferenceDataMessages::tr("port #%1").arg(i + 1);
        const Result<QString> code = requiredString(object, QStringLiteral("code"), where);
        if (!code)
            return code.error();
        if (!fourDigits.match(*code).hasMatch()) {
            return invalidField(QStringLiteral("code"), QStringLiteral("port-format"),
                                ReferenceDataMessages::tr(
                                    "Reference data: %1 has code '%2'; a port code is 4 digits.")
                                    .arg(where, *code));
        }
        if (seen.contains(*code)) {
            return invalidField(
                QStringLiteral("code"), QStringLiteral("duplicate"),
                ReferenceDataMessages::tr("Reference data: port %1 is listed twice.").arg(*code));
        }
        seen.insert(*code);
        const Result<QString> name = requiredString(object, QStringLiteral("name"), where);
        if (!name)
            return name.error();
        ports.append(Port{*code, *name});
    }
    return ports;
}

Result<QList<Center>> parseCenters(const QJsonArray& array, const QList<Port>& ports)
{
    static const QRegularExpression clockTime(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    QSet<QString> portCodes;
    for (const Port& port : ports)
        portCodes.insert(port.code);
    QList<Center> centers;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString where = ReferenceDataMessages::tr("Center #%1").arg(i + 1);
        Center center;
        for (auto [key, target] : {std::pair{QStringLiteral("code"), &center.code},
                                   std::pair{QStringLiteral("name"), &center.name},
                                   std::pair{QStringLiteral("office"), &center.office},
                                   std::pair{QStringLiteral("portCode"), &center.portCode},
                                   std::pair{QStringLiteral("timeZone"), &center.timeZone}}) {
            const Result<QString> value = requiredString(object, key, where);
            if (!value)
                return value.error();
            *target = *value;
        }
        if (center.code.size() != 3 || seen.contains(center.code)) {
            return invalidField(
                QStringLiteral("code"), QStringLiteral("center-code"),
                ReferenceDataMessages::tr("Reference data: %1 has code '%2'; a Center code is 3 "
                                          "characters and unique.")
                    .arg(where, center.code));
        }
        seen.insert(center.code);
        if (!portCodes.contains(center.portCode)) {
            return invalidField(QStringLiteral("portCode"), QStringLiteral("unknown-port"),
                                ReferenceDataMessages::tr(
                                    "Reference data: Center %1 names port %2, which is not in "
                                    "the port list.")
                                    .arg(center.code, center.portCode));
        }
        if (!QTimeZone(center.timeZone.toLatin1()).isValid()) {
            return invalidField(QStringLiteral("timeZone"), QStringLiteral("time-zone"),
                                ReferenceDataMessages::tr(
                                    "Reference data: Center %1 has time zone '%2', which is not "
                                    "an IANA time zone known to this system.")
                                    .arg(center.code, center.timeZone));
        }
        center.businessOpen =
            object.value(QStringLiteral("businessOpen")).toString(QStringLiteral("08:00"));
        center.businessClose =
            object.value(QStringLiteral("businessClose")).toString(QStringLiteral("17:00"));
        if (!clockTime.match(center.businessOpen).hasMatch() ||
            !clockTime.match(center.businessClose).hasMatch() ||
            center.businessOpen >= center.businessClose) {
            return invalidField(QStringLiteral("businessOpen"), QStringLiteral("business-hours"),
                                ReferenceDataMessages::tr(
                                    "Reference data: Center %1 has business hours %2-%3; give "
                                    "HH:MM times with the opening before the closing.")
                                    .arg(center.code, center.businessOpen, center.businessClose));
        }
        center.confidence =
            object.value(QStringLiteral("confidence")).toString(QStringLiteral("U"));
        centers.append(center);
    }
    return centers;
}

Result<QList<Pga>> parsePgas(const QJsonArray& array)
{
    QList<Pga> pgas;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString where = ReferenceDataMessages::tr("PGA #%1").arg(i + 1);
        Pga pga;
        const Result<QString> code = requiredString(object, QStringLiteral("code"), where);
        if (!code)
            return code.error();
        const Result<QString> name = requiredString(object, QStringLiteral("name"), where);
        if (!name)
            return name.error();
        if (seen.contains(*code)) {
            return invalidField(
                QStringLiteral("code"), QStringLiteral("duplicate"),
                ReferenceDataMessages::tr("Reference data: PGA %1 is listed twice.").arg(*code));
        }
        seen.insert(*code);
        pga.code = *code;
        pga.name = *name;
        pga.department = object.value(QStringLiteral("department")).toString();
        pga.filingCode = object.value(QStringLiteral("filingCode")).toString();
        pga.confidence = object.value(QStringLiteral("filingCodeConfidence")).toString();
        pgas.append(pga);
    }
    return pgas;
}

} // namespace

Result<ReferenceData> ReferenceData::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return invalidField(
            QStringLiteral("document"), QStringLiteral("json"),
            ReferenceDataMessages::tr("Reference data is not a JSON object (%1 at offset %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    ReferenceData data;
    data.dataVersion = root.value(QStringLiteral("dataVersion")).toInt(0);
    if (data.dataVersion < 1) {
        return invalidField(
            QStringLiteral("dataVersion"), QStringLiteral("required"),
            ReferenceDataMessages::tr("Reference data has no dataVersion (a whole number of 1 or "
                                      "more is required)."));
    }
    data.source = root.value(QStringLiteral("source")).toString();
    Result<QList<Port>> ports = parsePorts(root.value(QStringLiteral("ports")).toArray());
    if (!ports)
        return ports.error();
    data.ports = std::move(ports).value();
    Result<QList<Center>> centers =
        parseCenters(root.value(QStringLiteral("centers")).toArray(), data.ports);
    if (!centers)
        return centers.error();
    data.centers = std::move(centers).value();
    Result<QList<Pga>> pgas = parsePgas(root.value(QStringLiteral("pgas")).toArray());
    if (!pgas)
        return pgas.error();
    data.pgas = std::move(pgas).value();
    if (data.centers.isEmpty() || data.ports.isEmpty()) {
        return invalidField(QStringLiteral("centers"), QStringLiteral("required"),
                            ReferenceDataMessages::tr(
                                "Reference data must list at least one Center and one port."));
    }
    return data;
}

const ReferenceData& ReferenceData::builtIn()
{
    static const ReferenceData data = [] {
        QFile file(QStringLiteral(":/centerdesk/reference/reference-data.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in reference data is missing from the core resources");
        Result<ReferenceData> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("the built-in reference data is invalid: %s",
                   qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return data;
}

} // namespace centerdesk::core
