#pragma once

#include "centerdesk/core/result.h"

#include <QString>
#include <QStringView>

namespace centerdesk::core {

// A CBP entry number, XXX-NNNNNNN-C: a 3-character filer code (A-Z, 0-9, not
// 000), a 7-digit transaction number and a check digit over the first 10
// characters (CBP Form 7501 instructions, CATAIR Appendix E; domain facts 4).
// Only parse() makes one, so a value in hand has passed every rule.
class EntryNumber final
{
public:
    // Accepts XXX-NNNNNNN-C or the same 11 characters without hyphens (both
    // hyphens or none); ignores surrounding whitespace and accepts lower-case
    // letters. Positions in error messages count from the first non-blank
    // character of the input, hyphens included.
    static Result<EntryNumber> parse(QStringView input);

    // The check digit for a filer code followed by a transaction number (10
    // letters or digits, hyphens not allowed), or -1 when `first10` is not
    // that. Public so that tests and data generators can make valid numbers.
    static int checkDigitFor(QStringView first10);

    QString toString() const; // XXX-NNNNNNN-C, upper case
    QString filerCode() const;
    QString transactionNumber() const;
    int checkDigit() const;

    friend bool operator==(const EntryNumber&, const EntryNumber&) = default;

private:
    explicit EntryNumber(QString normalized);

    QString m_value;
};

} // namespace centerdesk::core
