#include "centerdesk/core/servicetier.h"

#include <QCoreApplication>
#include <algorithm>
#include <set>

namespace centerdesk::core {

namespace {

class TierText final
{
    Q_DECLARE_TR_FUNCTIONS(TierText)
};

const QString programsField = QStringLiteral("programs");

ServiceTier tierOf(ProgramKind kind)
{
    switch (kind) {
    case ProgramKind::TrustedTrader:
        return ServiceTier::TrustedTrader;
    case ProgramKind::Isa:
        return ServiceTier::Isa;
    case ProgramKind::Ctpat:
        return ServiceTier::Ctpat;
    case ProgramKind::Participating:
        return ServiceTier::Participating;
    }
    return ServiceTier::Standard;
}

// True when the C-TPAT periods, joined where they touch, cover every day of `isa`.
bool ctpatCovers(const QList<PartnerProgram>& programs, const PartnerProgram& isa)
{
    QList<PartnerProgram> ctpat;
    for (const PartnerProgram& program : programs) {
        if (program.kind == ProgramKind::Ctpat)
            ctpat.append(program);
    }
    std::sort(ctpat.begin(), ctpat.end(),
              [](const PartnerProgram& a, const PartnerProgram& b) { return a.from < b.from; });
    QDate day = isa.from; // the first day of the ISA not yet known to be covered
    for (const PartnerProgram& period : ctpat) {
        if (period.from > day)
            break; // a gap before `day`
        if (period.to.isNull())
            return true; // open-ended C-TPAT covers the rest
        if (period.to >= day)
            day = period.to.addDays(1);
        if (!isa.to.isNull() && day > isa.to)
            return true;
    }
    return false;
}

} // namespace

QString tierName(ServiceTier tier)
{
    switch (tier) {
    case ServiceTier::Standard:
        return QStringLiteral("standard");
    case ServiceTier::Participating:
        return QStringLiteral("participating");
    case ServiceTier::Ctpat:
        return QStringLiteral("ctpat");
    case ServiceTier::Isa:
        return QStringLiteral("isa");
    case ServiceTier::TrustedTrader:
        return QStringLiteral("trusted-trader");
    }
    return {};
}

QStringList tierNames()
{
    return {QStringLiteral("standard"), QStringLiteral("participating"), QStringLiteral("ctpat"),
            QStringLiteral("isa"), QStringLiteral("trusted-trader")};
}

std::optional<ServiceTier> tierFromName(QStringView name)
{
    for (ServiceTier tier : {ServiceTier::Standard, ServiceTier::Participating, ServiceTier::Ctpat,
                             ServiceTier::Isa, ServiceTier::TrustedTrader}) {
        if (name == tierName(tier))
            return tier;
    }
    return std::nullopt;
}

QString tierLabel(ServiceTier tier)
{
    switch (tier) {
    case ServiceTier::Standard:
        return TierText::tr("Standard");
    case ServiceTier::Participating:
        return TierText::tr("Participating");
    case ServiceTier::Ctpat:
        return TierText::tr("C-TPAT");
    case ServiceTier::Isa:
        return TierText::tr("ISA");
    case ServiceTier::TrustedTrader:
        return TierText::tr("Trusted Trader");
    }
    return {};
}

ServiceTier ServiceTiers::tierOn(const QList<PartnerProgram>& programs, const QDate& day)
{
    ServiceTier best = ServiceTier::Standard;
    for (const PartnerProgram& program : programs) {
        if (program.coversDate(day))
            best = std::max(best, tierOf(program.kind));
    }
    return best;
}

QList<TierPeriod> ServiceTiers::timeline(const QList<PartnerProgram>& programs)
{
    // The tier can only change on a program's first day or the day after its last.
    std::set<QDate> boundaries;
    for (const PartnerProgram& program : programs) {
        boundaries.insert(program.from);
        if (!program.to.isNull())
            boundaries.insert(program.to.addDays(1));
    }
    QList<TierPeriod> periods;
    for (const QDate& start : boundaries) {
        const ServiceTier tier = tierOn(programs, start);
        if (!periods.isEmpty() && periods.last().tier == tier)
            continue;
        if (!periods.isEmpty())
            periods.last().to = start.addDays(-1);
        periods.append(TierPeriod{tier, start, QDate()});
    }
    return periods;
}

Status ServiceTiers::validate(const QList<PartnerProgram>& programs)
{
    for (const PartnerProgram& program : programs) {
        if (!program.from.isValid()) {
            return Error::invalid(programsField, QStringLiteral("program-from"),
                                  TierText::tr("%1: the start date is missing or not a date.")
                                      .arg(programLabel(program.kind)));
        }
        if (!program.to.isNull() && program.to < program.from) {
            return Error::invalid(programsField, QStringLiteral("program-dates"),
                                  TierText::tr("%1: the end date %2 is before the start date %3.")
                                      .arg(programLabel(program.kind),
                                           program.to.toString(Qt::ISODate),
                                           program.from.toString(Qt::ISODate)));
        }
        if (program.kind == ProgramKind::Ctpat &&
            (program.ctpatTier < 1 || program.ctpatTier > 3)) {
            return Error::invalid(programsField, QStringLiteral("ctpat-tier"),
                                  TierText::tr("C-TPAT needs a tier of 1, 2 or 3."));
        }
    }
    for (qsizetype i = 0; i < programs.size(); ++i) {
        for (qsizetype j = i + 1; j < programs.size(); ++j) {
            const PartnerProgram& a = programs.at(i);
            const PartnerProgram& b = programs.at(j);
            if (a.kind != b.kind)
                continue;
            const bool overlap =
                (a.to.isNull() || b.from <= a.to) && (b.to.isNull() || a.from <= b.to);
            if (overlap) {
                return Error::invalid(programsField, QStringLiteral("program-overlap"),
                                      TierText::tr("%1 and %2 overlap; one program may not have "
                                                   "two periods on the same day.")
                                          .arg(a.describe(), b.describe()));
            }
        }
    }
    for (const PartnerProgram& program : programs) {
        if (program.kind == ProgramKind::Isa && !ctpatCovers(programs, program)) {
            return Error::invalid(programsField, QStringLiteral("isa-without-ctpat"),
                                  TierText::tr("ISA (%1) is refused: the account must hold an "
                                               "active C-TPAT membership on every day of it.")
                                      .arg(program.describe()));
        }
    }
    return {};
}

} // namespace centerdesk::core
