#pragma once

#include "centerdesk/core/partnerprogram.h"
#include "centerdesk/core/result.h"

#include <QList>

namespace centerdesk::core {

// The service tier is derived from the programs, never stored by hand:
// Trusted Trader > ISA > C-TPAT > participating > standard.
enum class ServiceTier
{
    Standard,
    Participating,
    Ctpat,
    Isa,
    TrustedTrader
};

QString tierName(ServiceTier tier); // standard participating ctpat isa trusted-trader
std::optional<ServiceTier> tierFromName(QStringView name);
QString tierLabel(ServiceTier tier);
QStringList tierNames();

// A stretch of days with one tier; `to` null means open-ended.
struct TierPeriod final
{
    ServiceTier tier = ServiceTier::Standard;
    QDate from;
    QDate to;
};

class ServiceTiers final
{
public:
    static ServiceTier tierOn(const QList<PartnerProgram>& programs, const QDate& day);
    // The tier over time, from the first program's start; consecutive days
    // with the same tier are one period.
    static QList<TierPeriod> timeline(const QList<PartnerProgram>& programs);
    // The rules a set of programs must keep: dates valid, C-TPAT tier 1-3,
    // no overlapping periods of one program, ISA only while C-TPAT is active
    // on every one of its days.
    static Status validate(const QList<PartnerProgram>& programs);
};

} // namespace centerdesk::core
