#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/result.h"
#include "centerdesk/core/servicetier.h"

#include <QList>

namespace centerdesk::core {

class Store;

// The service-level targets of one case type for one tier.
struct ServiceLevelTarget final
{
    QString caseType;
    ServiceTier tier = ServiceTier::Standard;
    qint64 firstResponseMinutes = 0; // business minutes
    qint64 resolutionMinutes = 0;
    bool autoEscalate = false; // escalate one level up when the resolution target is breached
};

// Service-level policies: defaults from resources/policies/service-levels.json,
// stored in the store where an administrator edits them.
class ServiceLevels final
{
public:
    explicit ServiceLevels(Store& store);

    // Loads the defaults into a store that has none yet.
    Status ensureDefaults();
    Result<ServiceLevelTarget> target(const QString& caseType, ServiceTier tier) const;
    Result<QList<ServiceLevelTarget>> all() const;
    Status setTarget(const Actor& actor, const ServiceLevelTarget& target);

    static int warningPercent();
    static qint64 acknowledgementMinutes();
    static qint64 centerInputMinutes();

private:
    Store& m_store;
};

} // namespace centerdesk::core
