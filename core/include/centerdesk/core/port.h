#pragma once

#include <QString>

namespace centerdesk::core {

// A port of entry from Schedule D (domain facts, section 2).
struct Port final
{
    QString code; // DDPP, leading zeros kept: "0101"
    QString name; // "Portland, ME"

    friend bool operator==(const Port&, const Port&) = default;
};

} // namespace centerdesk::core
