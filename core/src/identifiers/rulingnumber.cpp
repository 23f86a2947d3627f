#include "centerdesk/core/identifiers/rulingnumber.h"

#include "identifiertext.h"

#include <QCoreApplication>
#include <utility>

namespace centerdesk::core {

using namespace identifiers_detail;

namespace {

constexpr qsizetype kOfficeLength = 2;

QString fieldName()
{
    return QStringLiteral("ruling number");
}

} // namespace

RulingNumber::RulingNumber(QString normalized)
    : m_value(std::move(normalized))
{}

Result<RulingNumber> RulingNumber::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        return requiredError(fieldName(),
                             QCoreApplication::translate("centerdesk::core::Identifiers",
                                                         "Ruling number: enter the ruling number, "
                                                         "for example NY N363447."));
    }

    const QString officeCode = asciiUpper(text.first(qMin(kOfficeLength, text.size())));
    if (officeCode != QLatin1String("NY") && officeCode != QLatin1String("HQ")) {
        return Error::invalid(
            fieldName(), QStringLiteral("office"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Ruling number: it must begin with the issuing office, "
                                        "NY or HQ, not '%1'.")
                .arg(text.first(qMin(kOfficeLength, text.size())).toString()));
    }

    qsizetype numberStart = kOfficeLength;
    while (numberStart < text.size() && text[numberStart].isSpace())
        ++numberStart;
    const QStringView numberText = text.sliced(numberStart);
    if (numberText.isEmpty()) {
        return Error::invalid(
            fieldName(), QStringLiteral("length"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Ruling number: the number after %1 is missing, for "
                                        "example NY N363447 or HQ 965262.")
                .arg(officeCode));
    }

    const bool hasSeriesLetter = isAsciiLetter(numberText[0]);
    const qsizetype digitsStart = hasSeriesLetter ? 1 : 0;
    const qsizetype digitCount = numberText.size() - digitsStart;
    if (const auto bad = firstRefused(text, numberStart + digitsStart, digitCount, isAsciiDigit)) {
        return characterError(
            fieldName(), QStringLiteral("character"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Ruling number: character %1 ('%2') must be a digit; "
                                        "the office is followed by 6 digits, or by a letter "
                                        "and 5 or 6 digits."),
            text, *bad);
    }
    if (hasSeriesLetter && digitCount != 5 && digitCount != 6) {
        return lengthError(
            fieldName(),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Ruling number: %1 digits follow the letter; a ruling "
                                        "number has a letter and 6 digits (NY N363447) or, in "
                                        "older rulings, 5 (NY A80123)."),
            digitCount);
    }
    if (!hasSeriesLetter && digitCount != 6) {
        return lengthError(
            fieldName(),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Ruling number: %1 digits follow the office; a ruling "
                                        "number without a letter has 6 digits (HQ 965262)."),
            digitCount);
    }

    return RulingNumber(officeCode + QLatin1Char(' ') + asciiUpper(numberText));
}

QString RulingNumber::office() const
{
    return m_value.first(kOfficeLength);
}

QString RulingNumber::number() const
{
    return m_value.sliced(kOfficeLength + 1);
}

QString RulingNumber::toString() const
{
    return m_value;
}

} // namespace centerdesk::core
