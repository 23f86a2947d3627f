#pragma once

#include "centerdesk/core/result.h"

#include <QString>
#include <QStringView>

namespace centerdesk::core {

// A Harmonized Tariff Schedule number (USITC; domain facts 4): 4 digits for a
// heading, 6 for a subheading, 8 for a tariff line, 10 for a statistical
// reporting number. Chapters run 01-99; 77 is reserved; 98 and 99 are the
// special-classification chapters, valid but flagged. Stored as digits only.
class HtsNumber final
{
public:
    // Dots and spaces anywhere are dropped before checking, so "8517.13.0000",
    // "8517 13 00 00" and "8517130000" are the same number. Positions in error
    // messages count from the first non-blank character of the input.
    static Result<HtsNumber> parse(QStringView input);

    QString digits() const;        // 4, 6, 8 or 10 digits, no separators
    int chapter() const;           // 1-99
    bool isSpecialChapter() const; // chapters 98 and 99

    // NNNN.NN.NN.NN (shorter numbers: NNNN, NNNN.NN, NNNN.NN.NN)
    QString toString() const;
    // NNNN.NN.NNNN as the rulings search writes a 10-digit number; shorter
    // numbers read as in toString().
    QString toRulingsForm() const;

    friend bool operator==(const HtsNumber&, const HtsNumber&) = default;

private:
    explicit HtsNumber(QString digitsOnly);

    QString m_digits;
};

} // namespace centerdesk::core
