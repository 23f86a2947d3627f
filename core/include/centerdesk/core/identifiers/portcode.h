#pragma once

#include "centerdesk/core/result.h"

#include <QSet>
#include <QString>
#include <QStringView>

namespace centerdesk::core {

// A Schedule D port code, DDPP: district (2 digits) + port (2 digits); leading
// zeros matter (0101 is Portland, ME). A code is valid only if the reference
// table has it, not because it falls in a range (domain facts 2).
class PortCode final
{
public:
    // `knownPortCodes` holds the 4-digit codes of the caller's port reference
    // table. Surrounding whitespace is ignored.
    static Result<PortCode> parse(QStringView input, const QSet<QString>& knownPortCodes);

    QString district() const; // "01" for 0101
    QString toString() const; // DDPP

    friend bool operator==(const PortCode&, const PortCode&) = default;

private:
    explicit PortCode(QString code);

    QString m_value;
};

} // namespace centerdesk::core
