#include "centerdesk/core/identifiers/portcode.h"

#include "identifiertext.h"

#include <QCoreApplication>
#include <utility>

namespace centerdesk::core {

using namespace identifiers_detail;

namespace {

constexpr qsizetype kPortCodeLength = 4;

QString fieldName()
{
    return QStringLiteral("port code");
}

} // namespace

PortCode::PortCode(QString code)
    : m_value(std::move(code))
{}

Result<PortCode> PortCode::parse(QStringView input, const QSet<QString>& knownPortCodes)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty()) {
        return requiredError(fieldName(),
                             QCoreApplication::translate("centerdesk::core::Identifiers",
                                                         "Port code: enter the 4-digit port "
                                                         "code, for example 0101."));
    }
    // Length first: a code typed without its leading zero ("101") is the
    // likely mistake, and the message says so.
    if (text.size() != kPortCodeLength) {
        return lengthError(
            fieldName(),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Port code: %1 characters were entered; a port code has "
                                        "4 digits, district and port, leading zeros included "
                                        "(0101)."),
            text.size());
    }
    if (const auto bad = firstRefused(text, 0, kPortCodeLength, isAsciiDigit)) {
        return characterError(
            fieldName(), QStringLiteral("character"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Port code: character %1 ('%2') must be a digit."),
            text, *bad);
    }

    QString code = text.toString();
    if (!knownPortCodes.contains(code)) {
        return Error::invalid(
            fieldName(), QStringLiteral("unknown-port"),
            QCoreApplication::translate("centerdesk::core::Identifiers",
                                        "Port code: %1 is not in the port reference table.")
                .arg(code));
    }
    return PortCode(std::move(code));
}

QString PortCode::district() const
{
    return m_value.first(2);
}

QString PortCode::toString() const
{
    return m_value;
}

} // namespace centerdesk::core
