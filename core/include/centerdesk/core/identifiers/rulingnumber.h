#pragma once

#include "centerdesk/core/result.h"

#include <QString>
#include <QStringView>

namespace centerdesk::core {

// A CBP ruling number (domain facts 4): the issuing office, NY (New York) or
// HQ (Headquarters), then one of
//   6 digits                legacy, e.g. HQ 965262
//   a letter + 6 digits     e.g. NY N363447, HQ H357206
//   a letter + 5 digits     older New York rulings, e.g. NY A80123
// The letter is not tied to the office: the series letters have changed over
// the years and the rulings database is the authority on which exist.
class RulingNumber final
{
public:
    // Office and number may be separated by spaces or written together
    // ("NYN363447"); letters may be lower case; surrounding whitespace is
    // ignored.
    static Result<RulingNumber> parse(QStringView input);

    QString office() const;   // "NY" or "HQ"
    QString number() const;   // "N363447"
    QString toString() const; // "NY N363447": upper case, one space

    friend bool operator==(const RulingNumber&, const RulingNumber&) = default;

private:
    explicit RulingNumber(QString normalized);

    QString m_value;
};

} // namespace centerdesk::core
