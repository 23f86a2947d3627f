#pragma once

#include <QString>

namespace centerdesk::core {

// A Partner Government Agency (domain facts, section 3).
struct Pga final
{
    QString code;       // "FDA", "APHIS", ...
    QString name;       // "Food and Drug Administration"
    QString department; // parent department where the facts give one, e.g. "USDA"
    QString filingCode; // ACE filing code where known ("APH"), else empty
    QString confidence; // confidence of the filing code: V2 or U

    friend bool operator==(const Pga&, const Pga&) = default;
};

} // namespace centerdesk::core
