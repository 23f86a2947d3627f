#include "centerdesk/core/identifiers/htsnumber.h"

#include "identifiertext.h"

#include <QCoreApplication>
#include <initializer_list>
#include <utility>

namespace centerdesk::core {

using namespace identifiers_detail;

namespace {

QString fieldName()
{
    return QStringLiteral("HTS number");
}

// Joins runs of the given lengths with dots; the last run may be cut short
// and runs past the end are dropped.
QString dotted(const QString& digits, std::initializer_list<qsizetype> runLengths)
{
    QString result;
    qsizetype from = 0;
    for (const qsizetype length : runLengths) {
        if (from >= digits.size())
            break;
        if (from > 0)
            result.append(QLatin1Char('.'));
        result.append(digits.sliced(from, qMin(length, digits.size() - from)));
        from += length;
    }
    return result;
}

} // namespace

HtsNumber::HtsNumber(QString digitsOnly)
    : m_digits(std::move(digitsOnly))
{}

Result<HtsNumber> HtsNumber::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        return requiredError(fieldName(),
                             QCoreApplication::translate("centerdesk::core::Identifiers",
                                                         "HTS number: enter the HTS number, for "
                                                         "example 8517.13.00.00."));
    }

    QString digitsOnly;
    digitsOnly.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' || c == u' ')
            continue;
        if (!isAsciiDigit(c)) {
            return characterError(
                fieldName(), QStringLiteral("character"),
                QCoreApplication::translate("centerdesk::core::Identifiers",
                                            "HTS number: character %1 ('%2') must be a digit; "
                                            "only digits, dots and spaces are allowed."),
                text, i);
        }
        digitsOnly.append(c);
    }

    const qsizetype length = digitsOnly.size();
    if (length != 4 && length != 6 && length != 8 && length != 10) {
        return lengthError(
            fieldName(),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "HTS number: %1 digits were entered; an HTS number has 4 "
                                        "(heading), 6 (subheading), 8 (tariff line) or 10 "
                                        "(statistical reporting number)."),
            length);
    }

    const QStringView chapterDigits = QStringView(digitsOnly).first(2);
    if (chapterDigits == u"00") {
        return Error::invalid(
            fieldName(), QStringLiteral("chapter"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "HTS number: chapter 00 does not exist; chapters run "
                                        "from 01 to 99."));
    }
    if (chapterDigits == u"77") {
        return Error::invalid(
            fieldName(), QStringLiteral("reserved-chapter"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "HTS number: chapter 77 is reserved for possible future "
                                        "use and has no headings."));
    }

    return HtsNumber(std::move(digitsOnly));
}

QString HtsNumber::digits() const
{
    return m_digits;
}

int HtsNumber::chapter() const
{
    return numberAt(m_digits, 0, 2);
}

bool HtsNumber::isSpecialChapter() const
{
    return chapter() >= 98;
}

QString HtsNumber::toString() const
{
    return dotted(m_digits, {4, 2, 2, 2});
}

QString HtsNumber::toRulingsForm() const
{
    // Only a 10-digit number reads differently: the statistical suffix joins the tariff line.
    if (m_digits.size() == 10)
        return dotted(m_digits, {4, 2, 4});
    return toString();
}

} // namespace centerdesk::core
