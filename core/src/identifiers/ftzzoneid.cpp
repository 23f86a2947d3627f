#include "centerdesk/core/identifiers/ftzzoneid.h"

#include "identifiertext.h"

#include <QCoreApplication>
#include <utility>

namespace centerdesk::core {

using namespace identifiers_detail;

namespace {

// Three runs of 3 characters: zone number, subzone or site, CBP number.
constexpr qsizetype kRunLength = 3;
constexpr qsizetype kLength = 3 * kRunLength;
constexpr qsizetype kSubzoneStart = kRunLength;
constexpr qsizetype kCbpNumberStart = 2 * kRunLength;

QString fieldName()
{
    return QStringLiteral("FTZ zone ID");
}

} // namespace

FtzZoneId::FtzZoneId(QString normalized)
    : m_value(std::move(normalized))
{}

Result<FtzZoneId> FtzZoneId::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        return requiredError(fieldName(),
                             QCoreApplication::translate("centerdesk::core::Identifiers",
                                                         "FTZ zone ID: enter the 9-character zone "
                                                         "ID, for example 010000000."));
    }
    if (text.size() != kLength) {
        return lengthError(
            fieldName(),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "FTZ zone ID: %1 characters were entered; a zone ID has "
                                        "9: zone number (3 digits), subzone or site (3 letters "
                                        "or digits) and CBP number (3 digits), for example "
                                        "010000000."),
            text.size());
    }

    const auto badCharacter = firstCharacterError(
        fieldName(), text,
        {{0, kRunLength, isAsciiDigit,
          [] {
              return QCoreApplication::translate("centerdesk::core::Identifiers",
                                                 "FTZ zone ID: character %1 ('%2') must be a "
                                                 "digit; the zone number has 3 digits, "
                                                 "zero-padded.");
          }},
         {kSubzoneStart, kRunLength, isAsciiLetterOrDigit,
          [] {
              return QCoreApplication::translate("centerdesk::core::Identifiers",
                                                 "FTZ zone ID: character %1 ('%2') must be a "
                                                 "letter or a digit; the subzone or site has 3.");
          }},
         {kCbpNumberStart, kRunLength, isAsciiDigit, [] {
              return QCoreApplication::translate("centerdesk::core::Identifiers",
                                                 "FTZ zone ID: character %1 ('%2') must be a "
                                                 "digit; the CBP number has 3 digits.");
          }}});
    if (badCharacter)
        return *badCharacter;

    QString normalized = asciiUpper(text);
    if (normalized.startsWith(QLatin1String("000"))) {
        return Error::invalid(
            fieldName(), QStringLiteral("zone-number"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "FTZ zone ID: zone number 000 does not exist; zone "
                                        "numbers start at 001."));
    }
    return FtzZoneId(std::move(normalized));
}

int FtzZoneId::zoneNumber() const
{
    return numberAt(m_value, 0, kSubzoneStart);
}

QString FtzZoneId::subzone() const
{
    return m_value.sliced(kSubzoneStart, kRunLength);
}

QString FtzZoneId::cbpNumber() const
{
    return m_value.sliced(kCbpNumberStart, kRunLength);
}

QString FtzZoneId::toString() const
{
    return m_value;
}

} // namespace centerdesk::core
