#include "centerdesk/core/identifiers/protestnumber.h"

#include "identifiertext.h"

#include <QCoreApplication>
#include <utility>

namespace centerdesk::core {

using namespace identifiers_detail;

namespace {

// Layout of the hyphenated form PPPP-YY-NNNNNN (0-based indexes).
constexpr qsizetype kPortLength = 4;
constexpr qsizetype kYearLength = 2;
constexpr qsizetype kSerialLength = 6;
constexpr qsizetype kFirstHyphen = kPortLength;
constexpr qsizetype kSecondHyphen = kFirstHyphen + 1 + kYearLength;

constexpr TwoHyphenLayout kLayout{
    .parts{{
        {kPortLength, isAsciiDigit,
         [] {
             return QCoreApplication::translate("centerdesk::core::Identifiers",
                                                "Protest number: character %1 ('%2') must be a "
                                                "digit; the filing port has 4 digits.");
         }},
        {kYearLength, isAsciiDigit,
         [] {
             return QCoreApplication::translate("centerdesk::core::Identifiers",
                                                "Protest number: character %1 ('%2') must be a "
                                                "digit; the year has 2 digits.");
         }},
        {kSerialLength, isAsciiDigit,
         [] {
             return QCoreApplication::translate("centerdesk::core::Identifiers",
                                                "Protest number: character %1 ('%2') must be a "
                                                "digit; the serial number has 6 digits.");
         }},
    }},
    .requiredMessage =
        [] {
            return QCoreApplication::translate("centerdesk::core::Identifiers",
                                               "Protest number: enter the protest "
                                               "number, for example 3004-01-100052.");
        },
    .strayHyphenMessage =
        [](qsizetype position) {
            return QCoreApplication::translate(
                       "centerdesk::core::Identifiers",
                       "Protest number: character %1 ('-') is a hyphen in the wrong place; "
                       "write PPPP-YY-NNNNNN or the 12 digits without hyphens.")
                .arg(QString::number(position));
        },
    .hyphenatedLengthMessage =
        [] {
            return QCoreApplication::translate("centerdesk::core::Identifiers",
                                               "Protest number: %1 characters were entered; "
                                               "written with hyphens a protest number has 14 "
                                               "(PPPP-YY-NNNNNN).");
        },
    .missingHyphenMessage =
        [] {
            return QCoreApplication::translate(
                "centerdesk::core::Identifiers",
                "Protest number: character %1 ('%2') must be a hyphen; write both "
                "hyphens (PPPP-YY-NNNNNN) or none.");
        },
    .bareLengthMessage =
        [] {
            return QCoreApplication::translate(
                "centerdesk::core::Identifiers",
                "Protest number: %1 characters were entered; a protest "
                "number has 12 digits (filing port, year, serial), or 14 "
                "with hyphens.");
        },
};

QString fieldName()
{
    return QStringLiteral("protest number");
}

} // namespace

ProtestNumber::ProtestNumber(QString normalized)
    : m_value(std::move(normalized))
{}

Result<ProtestNumber> ProtestNumber::parse(QStringView input)
{
    const auto parts = splitTwoHyphenLayout(fieldName(), input, kLayout);
    if (!parts)
        return parts.error();
    const auto& [port, year, serial] = parts.value();

    const QString portDigits = port.toString();
    if (portDigits.startsWith(QLatin1String("00"))) {
        return Error::invalid(
            fieldName(), QStringLiteral("district"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Protest number: the filing port %1 is not valid; "
                                        "district 00 does not exist.")
                .arg(portDigits));
    }

    return ProtestNumber(portDigits + QLatin1Char('-') + year.toString() + QLatin1Char('-') +
                         serial.toString());
}

QString ProtestNumber::port() const
{
    return m_value.first(kPortLength);
}

QString ProtestNumber::year() const
{
    return m_value.sliced(kFirstHyphen + 1, kYearLength);
}

QString ProtestNumber::serial() const
{
    return m_value.sliced(kSecondHyphen + 1, kSerialLength);
}

QString ProtestNumber::toString() const
{
    return m_value;
}

} // namespace centerdesk::core
