#pragma once

#include "centerdesk/core/result.h"

#include <QString>
#include <QStringView>

namespace centerdesk::core {

// A protest number, PPPP-YY-NNNNNN: filing port (4 digits) + 2-digit year +
// 6-digit serial (domain facts 4; example 3004-01-100052).
//
// The port is checked for its format only (4 digits, district not 00), not
// against the port table: that table is a starter set, and refusing an old
// protest because its port is missing from it would block real work.
class ProtestNumber final
{
public:
    // Accepts PPPP-YY-NNNNNN or the same 12 digits without hyphens, as ACE
    // shows it; surrounding whitespace is ignored.
    static Result<ProtestNumber> parse(QStringView input);

    QString port() const;     // "3004", leading zeros kept
    QString year() const;     // "01", two digits as filed
    QString serial() const;   // "100052"
    QString toString() const; // PPPP-YY-NNNNNN

    friend bool operator==(const ProtestNumber&, const ProtestNumber&) = default;

private:
    explicit ProtestNumber(QString normalized);

    QString m_value;
};

} // namespace centerdesk::core
