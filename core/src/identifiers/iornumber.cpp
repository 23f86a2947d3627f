#include "centerdesk/core/identifiers/iornumber.h"

#include "identifiertext.h"

#include <QCoreApplication>
#include <utility>

namespace centerdesk::core {

using namespace identifiers_detail;

namespace {

constexpr qsizetype kEinDigits = 9;
constexpr qsizetype kSuffixLength = 2;

QString fieldName()
{
    return QStringLiteral("importer of record number");
}

QString einDigitMessage()
{
    return QCoreApplication::translate(
        "centerdesk::core::Identifiers",
        "Importer of record number: character %1 ('%2') must be a digit; an EIN has 9 "
        "digits (NN-NNNNNNNXX).");
}

QString ssnDigitMessage()
{
    return QCoreApplication::translate(
        "centerdesk::core::Identifiers",
        "Importer of record number: character %1 ('%2') must be a digit; an SSN is written "
        "NNN-NN-NNNN.");
}

QString cbpDigitMessage()
{
    return QCoreApplication::translate(
        "centerdesk::core::Identifiers",
        "Importer of record number: character %1 ('%2') must be a digit; a CBP-assigned number "
        "is written YYDDPP-NNNNN.");
}

// NN-NNNNNNN[XX] when `hyphenated`, else NNNNNNNNN[XX]; the length is checked
// already, so a suffix is present exactly when characters follow the digits.
Result<QString> parseEin(QStringView text, bool hyphenated)
{
    const auto badDigit =
        hyphenated ? firstCharacterError(fieldName(), text,
                                         {{0, 2, isAsciiDigit, einDigitMessage},
                                          {3, kEinDigits - 2, isAsciiDigit, einDigitMessage}})
                   : firstCharacterError(fieldName(), text,
                                         {{0, kEinDigits, isAsciiDigit, einDigitMessage}});
    if (badDigit)
        return *badDigit;

    const qsizetype digitsEnd = hyphenated ? kEinDigits + 1 : kEinDigits;
    QString suffix = QStringLiteral("00");
    if (text.size() > digitsEnd) {
        suffix.clear();
        for (qsizetype i = digitsEnd; i < text.size(); ++i) {
            const QChar c = asciiUpper(text[i]);
            if (!isAsciiLetterOrDigit(c)) {
                return characterError(
                    fieldName(), QStringLiteral("character"),
                    QCoreApplication::translate(
                        "centerdesk::core::Identifiers",
                        "Importer of record number: character %1 ('%2') must be a letter or a "
                        "digit; the EIN suffix has 2 letters or digits."),
                    text, i);
            }
            if (c == u'O' || c == u'I' || c == u'Z') {
                return characterError(
                    fieldName(), QStringLiteral("suffix-letter"),
                    QCoreApplication::translate(
                        "centerdesk::core::Identifiers",
                        "Importer of record number: character %1 ('%2') may not be used; the EIN "
                        "suffix never contains the letters O, I or Z."),
                    text, i);
            }
            suffix.append(c);
        }
    }

    const QString digits = hyphenated ? text.first(2).toString() + text.sliced(3, 7).toString()
                                      : text.first(kEinDigits).toString();
    return QString(digits.first(2) + QLatin1Char('-') + digits.sliced(2) + suffix);
}

Result<QString> parseSsn(QStringView text)
{
    if (text.size() != 11) {
        return lengthError(fieldName(),
                           QCoreApplication::translate(
                               "centerdesk::core::Identifiers",
                               "Importer of record number: %1 characters were entered; an SSN "
                               "has 11 with its hyphens (NNN-NN-NNNN)."),
                           text.size());
    }
    if (text[6] != u'-') {
        return characterError(
            fieldName(), QStringLiteral("format"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Importer of record number: character %1 ('%2') must be a "
                                        "hyphen; an SSN is written NNN-NN-NNNN."),
            text, 6);
    }
    if (auto error = firstCharacterError(fieldName(), text,
                                         {{0, 3, isAsciiDigit, ssnDigitMessage},
                                          {4, 2, isAsciiDigit, ssnDigitMessage},
                                          {7, 4, isAsciiDigit, ssnDigitMessage}}))
        return *error;

    // The Social Security Administration never issues these.
    const int area = numberAt(text, 0, 3);
    if (area == 0 || area == 666 || area >= 900) {
        return Error::invalid(
            fieldName(), QStringLiteral("ssn-area"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Importer of record number: the SSN area number %1 "
                                        "(characters 1 to 3) is never issued; 000, 666 and 900 "
                                        "to 999 are not valid.")
                .arg(text.first(3).toString()));
    }
    if (numberAt(text, 4, 2) == 0) {
        return Error::invalid(
            fieldName(), QStringLiteral("ssn-group"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Importer of record number: the SSN group number 00 "
                                        "(characters 5 and 6) is never issued."));
    }
    if (numberAt(text, 7, 4) == 0) {
        return Error::invalid(
            fieldName(), QStringLiteral("ssn-serial"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Importer of record number: the SSN serial number 0000 "
                                        "(characters 8 to 11) is never issued."));
    }
    return text.toString();
}

Result<QString> parseCbpAssigned(QStringView text)
{
    if (text.size() != 12) {
        return lengthError(fieldName(),
                           QCoreApplication::translate(
                               "centerdesk::core::Identifiers",
                               "Importer of record number: %1 characters were entered; a "
                               "CBP-assigned number has 12 with its hyphen (YYDDPP-NNNNN)."),
                           text.size());
    }
    if (auto error = firstCharacterError(
            fieldName(), text,
            {{0, 6, isAsciiDigit, cbpDigitMessage}, {7, 5, isAsciiDigit, cbpDigitMessage}}))
        return *error;
    return text.toString();
}

} // namespace

IorNumber::IorNumber(Form parsedForm, QString normalized)
    : m_form(parsedForm)
    , m_value(std::move(normalized))
{}

Result<IorNumber> IorNumber::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        return requiredError(fieldName(),
                             QCoreApplication::translate("centerdesk::core::Identifiers",
                                                         "Importer of record number: enter an EIN "
                                                         "(NN-NNNNNNNXX), an SSN (NNN-NN-NNNN) or "
                                                         "a CBP-assigned number (YYDDPP-NNNNN)."));
    }

    Form parsedForm = Form::Ein;
    Result<QString> normalized = QString();
    switch (text.indexOf(u'-')) {
    case -1:
        if (text.size() != kEinDigits && text.size() != kEinDigits + kSuffixLength) {
            return lengthError(
                fieldName(),
                QCoreApplication::translate(
                    "centerdesk::core::Identifiers",
                    "Importer of record number: %1 characters were entered without hyphens; "
                    "that is read as an EIN, which has 9 digits, or 11 characters with its "
                    "suffix. Write an SSN as NNN-NN-NNNN and a CBP-assigned number as "
                    "YYDDPP-NNNNN."),
                text.size());
        }
        normalized = parseEin(text, false);
        break;
    case 2:
        if (text.size() != kEinDigits + 1 && text.size() != kEinDigits + 1 + kSuffixLength) {
            return lengthError(fieldName(),
                               QCoreApplication::translate(
                                   "centerdesk::core::Identifiers",
                                   "Importer of record number: %1 characters were entered; an "
                                   "EIN is written NN-NNNNNNN (10 characters) or, with its "
                                   "suffix, NN-NNNNNNNXX (12)."),
                               text.size());
        }
        normalized = parseEin(text, true);
        break;
    case 3:
        parsedForm = Form::Ssn;
        normalized = parseSsn(text);
        break;
    case 6:
        parsedForm = Form::CbpAssigned;
        normalized = parseCbpAssigned(text);
        break;
    default:
        return characterError(
            fieldName(), QStringLiteral("format"),
            QCoreApplication::translate(
                "centerdesk::core::Identifiers",
                "Importer of record number: character %1 ('%2') is a hyphen in the wrong place; "
                "write NN-NNNNNNNXX (EIN), NNN-NN-NNNN (SSN) or YYDDPP-NNNNN (CBP-assigned)."),
            text, text.indexOf(u'-'));
    }

    if (!normalized)
        return normalized.error();
    return IorNumber(parsedForm, std::move(normalized).value());
}

IorNumber::Form IorNumber::form() const
{
    return m_form;
}

QString IorNumber::toString() const
{
    return m_value;
}

} // namespace centerdesk::core
