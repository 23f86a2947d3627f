#include "centerdesk/core/servicelevels.h"

#include "centerdesk/core/clock.h"
#include "centerdesk/core/historylog.h"
#include "centerdesk/core/permissions.h"
#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace centerdesk::core {

namespace {

class ServiceLevelText final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceLevelText)
};

const QJsonObject& defaults()
{
    static const QJsonObject document = [] {
        QFile file(QStringLiteral(":/centerdesk/policies/service-levels.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in service levels are missing");
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return document;
}

qint64 hoursToMinutes(double hours)
{
    return static_cast<qint64>(hours * 60.0 + 0.5);
}

} // namespace

ServiceLevels::ServiceLevels(Store& store)
    : m_store(store)
{}

int ServiceLevels::warningPercent()
{
    return defaults().value(QStringLiteral("warningPercent")).toInt(75);
}

qint64 ServiceLevels::acknowledgementMinutes()
{
    return hoursToMinutes(defaults().value(QStringLiteral("acknowledgementHours")).toDouble(4));
}

qint64 ServiceLevels::centerInputMinutes()
{
    return hoursToMinutes(defaults().value(QStringLiteral("centerInputHours")).toDouble(45));
}

Status ServiceLevels::ensureDefaults()
{
    const Result<qint64> count =
        m_store.integer(QStringLiteral("SELECT count(*) FROM service_level"));
    if (!count)
        return count.error();
    if (*count > 0)
        return {};
    const QString now = toStoredTime(QDateTime::currentDateTimeUtc());
    return m_store.transaction([&]() -> Status {
        for (const QJsonValue& value : defaults().value(QStringLiteral("targets")).toArray()) {
            const QJsonObject target = value.toObject();
            Result<QSqlQuery> inserted = m_store.run(
                QStringLiteral(
                    "INSERT INTO service_level(case_type, tier, first_response_minutes, "
                    "resolution_minutes, auto_escalate, updated_at) VALUES(?, ?, ?, ?, ?, ?)"),
                {target.value(QStringLiteral("caseType")).toString(),
                 target.value(QStringLiteral("tier")).toString(),
                 hoursToMinutes(target.value(QStringLiteral("firstResponseHours")).toDouble()),
                 hoursToMinutes(target.value(QStringLiteral("resolutionHours")).toDouble()),
                 target.value(QStringLiteral("autoEscalate")).toBool() ? 1 : 0, now});
            if (!inserted)
                return inserted.error();
        }
        return {};
    });
}

Result<ServiceLevelTarget> ServiceLevels::target(const QString& caseType, ServiceTier tier) const
{
    Result<QSqlQuery> query = m_store.run(
        QStringLiteral("SELECT first_response_minutes, resolution_minutes, auto_escalate FROM "
                       "service_level WHERE case_type = ? AND tier = ?"),
        {caseType, tierName(tier)});
    if (!query)
        return query.error();
    if (!query->next()) {
        return Error::notFound(
            QStringLiteral("service level"),
            ServiceLevelText::tr("There is no service level for %1 cases of tier %2.")
                .arg(caseType, tierName(tier)));
    }
    return ServiceLevelTarget{caseType, tier, query->value(0).toLongLong(),
                              query->value(1).toLongLong(), query->value(2).toBool()};
}

Result<QList<ServiceLevelTarget>> ServiceLevels::all() const
{
    Result<QSqlQuery> query = m_store.run(QStringLiteral(
        "SELECT case_type, tier, first_response_minutes, resolution_minutes, auto_escalate "
        "FROM service_level ORDER BY case_type, first_response_minutes DESC"));
    if (!query)
        return query.error();
    QList<ServiceLevelTarget> targets;
    while (query->next()) {
        targets.append(ServiceLevelTarget{
            query->value(0).toString(),
            tierFromName(query->value(1).toString()).value_or(ServiceTier::Standard),
            query->value(2).toLongLong(), query->value(3).toLongLong(), query->value(4).toBool()});
    }
    return targets;
}

Status ServiceLevels::setTarget(const Actor& actor, const ServiceLevelTarget& target)
{
    if (!actor.isAdmin()) {
        return Error::denied(ServiceLevelText::tr("%1 may not change service levels: only "
                                                  "administrators do.")
                                 .arg(actor.userName));
    }
    if (target.firstResponseMinutes <= 0 ||
        target.resolutionMinutes < target.firstResponseMinutes) {
        return Error::invalid(QStringLiteral("resolution"), QStringLiteral("service-level"),
                              ServiceLevelText::tr("Targets must be positive, and the resolution "
                                                   "target at least the first-response target."));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return m_store.transaction([&]() -> Status {
        Result<QSqlQuery> updated = m_store.run(
            QStringLiteral(
                "UPDATE service_level SET first_response_minutes = ?, resolution_minutes = ?, "
                "auto_escalate = ?, updated_at = ? WHERE case_type = ? AND tier = ?"),
            {target.firstResponseMinutes, target.resolutionMinutes, target.autoEscalate ? 1 : 0,
             toStoredTime(now), target.caseType, tierName(target.tier)});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1) {
            return Error::notFound(QStringLiteral("service level"),
                                   ServiceLevelText::tr("There is no service level for %1 / %2.")
                                       .arg(target.caseType, tierName(target.tier)));
        }
        return HistoryLog(m_store).append(
            QStringLiteral("store"), QString(), actor.userName,
            QStringLiteral("service-level-changed"),
            {{QStringLiteral("caseType"), target.caseType},
             {QStringLiteral("tier"), tierName(target.tier)},
             {QStringLiteral("firstResponseMinutes"), target.firstResponseMinutes},
             {QStringLiteral("resolutionMinutes"), target.resolutionMinutes},
             {QStringLiteral("autoEscalate"), target.autoEscalate}},
            now);
    });
}

} // namespace centerdesk::core
