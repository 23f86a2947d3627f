#include "centerdesk/core/partnerprogram.h"

#include <QCoreApplication>

namespace centerdesk::core {

namespace {
class ProgramText final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramText)
};
} // namespace

QString programName(ProgramKind kind)
{
    switch (kind) {
    case ProgramKind::Ctpat:
        return QStringLiteral("ctpat");
    case ProgramKind::Isa:
        return QStringLiteral("isa");
    case ProgramKind::Participating:
        return QStringLiteral("participating");
    case ProgramKind::TrustedTrader:
        return QStringLiteral("trusted-trader");
    }
    return {};
}

std::optional<ProgramKind> programFromName(QStringView name)
{
    for (ProgramKind kind : {ProgramKind::Ctpat, ProgramKind::Isa, ProgramKind::Participating,
                             ProgramKind::TrustedTrader}) {
        if (name == programName(kind))
            return kind;
    }
    return std::nullopt;
}

QString programLabel(ProgramKind kind)
{
    switch (kind) {
    case ProgramKind::Ctpat:
        return ProgramText::tr("C-TPAT");
    case ProgramKind::Isa:
        return ProgramText::tr("ISA");
    case ProgramKind::Participating:
        return ProgramText::tr("Center participating account");
    case ProgramKind::TrustedTrader:
        return ProgramText::tr("Trusted Trader");
    }
    return {};
}

QString PartnerProgram::describe() const
{
    static const char* const romans[] = {"", "I", "II", "III"};
    QString name = programLabel(kind);
    if (kind == ProgramKind::Ctpat && ctpatTier >= 1 && ctpatTier <= 3)
        name = ProgramText::tr("%1 tier %2").arg(name, QString::fromLatin1(romans[ctpatTier]));
    const QString end = to.isNull() ? ProgramText::tr("open") : to.toString(Qt::ISODate);
    return ProgramText::tr("%1, %2 to %3").arg(name, from.toString(Qt::ISODate), end);
}

} // namespace centerdesk::core
