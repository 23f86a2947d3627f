#pragma once

#include <QString>

namespace centerdesk::core {

// A Center of Excellence and Expertise (domain facts, section 1).
struct Center final
{
    QString code;     // the product's three-letter short name, e.g. "PHC"
    QString name;     // "Pharmaceuticals, Health & Chemicals"
    QString office;   // management office, e.g. "New York, NY"
    QString portCode; // the management office's port, e.g. "1001"
    QString timeZone; // IANA id, e.g. "America/New_York"
    QString businessOpen = QStringLiteral("08:00");
    QString businessClose = QStringLiteral("17:00");
    QString confidence; // V, V2 or U, as in the facts

    friend bool operator==(const Center&, const Center&) = default;
};

} // namespace centerdesk::core
