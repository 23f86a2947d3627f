#include "centerdesk/core/identifiers/entrynumber.h"

#include "identifiertext.h"

#include <QCoreApplication>
#include <utility>

namespace centerdesk::core {

using namespace identifiers_detail;

namespace {

// Layout of the hyphenated form XXX-NNNNNNN-C (0-based indexes).
constexpr qsizetype kFilerLength = 3;
constexpr qsizetype kTransactionLength = 7;
constexpr qsizetype kCheckedLength = kFilerLength + kTransactionLength;
constexpr qsizetype kFirstHyphen = kFilerLength;

constexpr TwoHyphenLayout kLayout{
    .parts{{
        {kFilerLength, isAsciiLetterOrDigit,
         [] {
             return QCoreApplication::translate(
                 "centerdesk::core::Identifiers",
                 "Entry number: character %1 ('%2') must be a letter or "
                 "a digit; the filer code has 3 letters or digits.");
         }},
        {kTransactionLength, isAsciiDigit,
         [] {
             return QCoreApplication::translate("centerdesk::core::Identifiers",
                                                "Entry number: character %1 ('%2') must be a "
                                                "digit; the transaction number has 7 digits.");
         }},
        {1, isAsciiDigit,
         [] {
             return QCoreApplication::translate("centerdesk::core::Identifiers",
                                                "Entry number: character %1 ('%2') must be a "
                                                "digit; the last character is the check digit.");
         }},
    }},
    .requiredMessage =
        [] {
            return QCoreApplication::translate("centerdesk::core::Identifiers",
                                               "Entry number: enter the entry number, "
                                               "for example B76-0324527-8.");
        },
    .strayHyphenMessage =
        [](qsizetype position) {
            return QCoreApplication::translate(
                       "centerdesk::core::Identifiers",
                       "Entry number: character %1 ('%2') is a hyphen in the wrong place; "
                       "hyphens go only after the filer code and after the transaction "
                       "number (XXX-NNNNNNN-C).")
                .arg(QString::number(position), shownCharacter(u'-'));
        },
    .hyphenatedLengthMessage =
        [] {
            return QCoreApplication::translate("centerdesk::core::Identifiers",
                                               "Entry number: %1 characters were entered; written "
                                               "with hyphens an entry number has 13 "
                                               "(XXX-NNNNNNN-C).");
        },
    .missingHyphenMessage =
        [] {
            return QCoreApplication::translate(
                "centerdesk::core::Identifiers",
                "Entry number: character %1 ('%2') must be a hyphen; write both "
                "hyphens (XXX-NNNNNNN-C) or none.");
        },
    .bareLengthMessage =
        [] {
            return QCoreApplication::translate(
                "centerdesk::core::Identifiers",
                "Entry number: %1 characters were entered; an entry "
                "number has 11 (3-character filer code, 7-digit "
                "transaction number, check digit), or 13 with hyphens.");
        },
};

QString fieldName()
{
    return QStringLiteral("entry number");
}

// Letters count as digits: A-I = 1-9, J-R = 1-9, S-Z = 2-9 (no letter maps to 0 or to 1 twice).
int checkValue(QChar c)
{
    const int code = c.toUpper().unicode();
    if (isAsciiDigit(c))
        return code - '0';
    if (code <= 'I')
        return code - 'A' + 1;
    if (code <= 'R')
        return code - 'J' + 1;
    return code - 'S' + 2;
}

} // namespace

EntryNumber::EntryNumber(QString normalized)
    : m_value(std::move(normalized))
{}

Result<EntryNumber> EntryNumber::parse(QStringView input)
{
    const auto parts = splitTwoHyphenLayout(fieldName(), input, kLayout);
    if (!parts)
        return parts.error();
    const auto& [filerPart, transactionPart, checkPart] = parts.value();

    const QString filer = asciiUpper(filerPart);
    if (filer == QLatin1String("000")) {
        return Error::invalid(
            fieldName(), QStringLiteral("filer-code"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Entry number: the filer code 000 is not valid."));
    }

    const QString transaction = transactionPart.toString();
    const int givenCheckDigit = checkPart[0].unicode() - u'0';
    const int expectedCheckDigit = checkDigitFor(QString(filer + transaction));
    if (givenCheckDigit != expectedCheckDigit) {
        return Error::invalid(
            fieldName(), QStringLiteral("check-digit"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Entry number: the check digit is %1, but the first 10 "
                                        "characters give %2.")
                .arg(QString::number(givenCheckDigit), QString::number(expectedCheckDigit)));
    }

    return EntryNumber(filer + QLatin1Char('-') + transaction + QLatin1Char('-') +
                       QString::number(givenCheckDigit));
}

int EntryNumber::checkDigitFor(QStringView first10)
{
    if (first10.size() != kCheckedLength)
        return -1;
    int total = 0;
    for (qsizetype i = 0; i < first10.size(); ++i) {
        const QChar c = first10[i];
        if (!isAsciiLetterOrDigit(c))
            return -1;
        const int value = checkValue(c);
        // Index i is position i + 1: odd indexes are the even positions, doubled.
        if (i % 2 == 1) {
            const int doubled = value * 2;
            total += doubled >= 10 ? doubled / 10 + doubled % 10 : doubled;
        } else {
            total += value;
        }
    }
    return (10 - total % 10) % 10;
}

QString EntryNumber::toString() const
{
    return m_value;
}

QString EntryNumber::filerCode() const
{
    return m_value.first(kFilerLength);
}

QString EntryNumber::transactionNumber() const
{
    return m_value.sliced(kFirstHyphen + 1, kTransactionLength);
}

int EntryNumber::checkDigit() const
{
    return m_value.back().unicode() - u'0';
}

} // namespace centerdesk::core
