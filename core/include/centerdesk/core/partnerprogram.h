#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace centerdesk::core {

enum class ProgramKind
{
    Ctpat,
    Isa,
    Participating,
    TrustedTrader
};

// Storage and CSV names: ctpat isa participating trusted-trader.
QString programName(ProgramKind kind);
std::optional<ProgramKind> programFromName(QStringView name);
QString programLabel(ProgramKind kind);

// A membership of an account in a partner program, effective-dated: both
// ends inclusive; a null `to` means open-ended.
struct PartnerProgram final
{
    QString uuid;
    ProgramKind kind = ProgramKind::Ctpat;
    int ctpatTier = 0; // 1, 2 or 3 for C-TPAT; 0 otherwise
    QDate from;
    QDate to;

    bool coversDate(const QDate& day) const { return from <= day && (to.isNull() || day <= to); }
    // "C-TPAT tier II, 2024-01-01 to open"
    QString describe() const;
};

} // namespace centerdesk::core
