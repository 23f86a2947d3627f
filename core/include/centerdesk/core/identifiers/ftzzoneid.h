#pragma once

#include "centerdesk/core/result.h"

#include <QString>
#include <QStringView>

namespace centerdesk::core {

// A foreign-trade zone ID (domain facts 4), 9 characters: zone number (3
// digits, zero-padded, not 000) + subzone or site (3 letters or digits) + CBP
// number (3 digits). Zone 10, general purpose: 010000000.
class FtzZoneId final
{
public:
    // Exactly 9 characters, no separators; surrounding whitespace is ignored
    // and lower-case letters are accepted.
    static Result<FtzZoneId> parse(QStringView input);

    int zoneNumber() const;    // 10 for 010000000
    QString subzone() const;   // "000", upper case
    QString cbpNumber() const; // "000"
    QString toString() const;  // the 9 characters, upper case

    friend bool operator==(const FtzZoneId&, const FtzZoneId&) = default;

private:
    explicit FtzZoneId(QString normalized);

    QString m_value;
};

} // namespace centerdesk::core
