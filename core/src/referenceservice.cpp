#include "centerdesk/core/referenceservice.h"

#include "centerdesk/core/logging.h"
#include "centerdesk/core/store.h"

namespace centerdesk::core {

ReferenceService::ReferenceService(Store& store)
    : m_store(store)
{}

QList<Center> ReferenceService::centers() const
{
    QList<Center> centers;
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT code, name, office, port_code, time_zone, business_open, "
                       "business_close, confidence FROM center ORDER BY code"));
    if (!query)
        return centers;
    while (query->next()) {
        centers.append(Center{query->value(0).toString(), query->value(1).toString(),
                              query->value(2).toString(), query->value(3).toString(),
                              query->value(4).toString(), query->value(5).toString(),
                              query->value(6).toString(), query->value(7).toString()});
    }
    return centers;
}

QList<Port> ReferenceService::ports() const
{
    QList<Port> ports;
    Result<QSqlQuery> query =
        m_store.run(QStringLiteral("SELECT code, name FROM port ORDER BY code"));
    if (!query)
        return ports;
    while (query->next())
        ports.append(Port{query->value(0).toString(), query->value(1).toString()});
    return ports;
}

QList<Pga> ReferenceService::pgas() const
{
    QList<Pga> pgas;
    Result<QSqlQuery> query =
        m_store.run(QStringLiteral("SELECT code, name, department, filing_code, "
                                   "filing_code_confidence FROM pga ORDER BY code"));
    if (!query)
        return pgas;
    while (query->next()) {
        pgas.append(Pga{query->value(0).toString(), query->value(1).toString(),
                        query->value(2).toString(), query->value(3).toString(),
                        query->value(4).toString()});
    }
    return pgas;
}

QSet<QString> ReferenceService::portCodes() const
{
    QSet<QString> codes;
    for (const Port& port : ports())
        codes.insert(port.code);
    return codes;
}

int ReferenceService::dataVersion() const
{
    return m_store.metaValue(QStringLiteral("reference_data_version"), QStringLiteral("0")).toInt();
}

Result<bool> ReferenceService::loadIfNewer(const ReferenceData& data)
{
    if (data.dataVersion <= dataVersion())
        return false;
    // Insert or update by code; rows no longer listed stay, because accounts
    // and cases may still refer to them.
    const Status loaded = m_store.transaction([&]() -> Status {
        for (const Port& port : data.ports) {
            Result<QSqlQuery> query =
                m_store.run(QStringLiteral("INSERT INTO port(code, name) VALUES(?, ?) "
                                           "ON CONFLICT(code) DO UPDATE SET name = excluded.name"),
                            {port.code, port.name});
            if (!query)
                return query.error();
        }
        for (const Center& center : data.centers) {
            Result<QSqlQuery> query = m_store.run(
                QStringLiteral(
                    "INSERT INTO center(code, name, office, port_code, time_zone, business_open, "
                    "business_close, confidence) VALUES(?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(code) DO UPDATE SET name = excluded.name, office = "
                    "excluded.office, port_code = excluded.port_code, time_zone = "
                    "excluded.time_zone, confidence = excluded.confidence"),
                {center.code, center.name, center.office, center.portCode, center.timeZone,
                 center.businessOpen, center.businessClose, center.confidence});
            if (!query)
                return query.error();
        }
        for (const Pga& pga : data.pgas) {
            Result<QSqlQuery> query =
                m_store.run(QStringLiteral("INSERT INTO pga(code, name, department, filing_code, "
                                           "filing_code_confidence) VALUES(?, ?, ?, ?, ?) "
                                           "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
                                           "department = excluded.department, filing_code = "
                                           "excluded.filing_code, filing_code_confidence = "
                                           "excluded.filing_code_confidence"),
                            {pga.code, pga.name, pga.department, pga.filingCode, pga.confidence});
            if (!query)
                return query.error();
        }
        return m_store.setMetaValue(QStringLiteral("reference_data_version"),
                                    QString::number(data.dataVersion));
    });
    if (!loaded)
        return loaded.error();
    qCInfo(lcReference) << "loaded reference data version" << data.dataVersion;
    return true;
}

} // namespace centerdesk::core
