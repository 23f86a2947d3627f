#include "centerdesk/core/clock.h"

#include <QUuid>
#include <optional>

namespace centerdesk::core {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

QString toStoredTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

char16_t unitAt(QStringView text, qsizetype i)
{
    return text[i].unicode();
}

char16_t unitAt(QByteArrayView text, qsizetype i)
{
    return static_cast<unsigned char>(text[i]);
}

// The digits text[from, from + count) as a number, or -1.
template<typename Text> int digitsAt(const Text& text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = unitAt(text, i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The stored form, 2026-11-28T14:03:09.123Z, read directly: lists read
// hundreds per page, and QDateTime::fromString's general parser is the
// larger part of a page's time in Qt.
template<typename Text> std::optional<QDateTime> fromStoredForm(const Text& text)
{
    const auto isAt = [&text](qsizetype i, char16_t expected) {
        return unitAt(text, i) == expected;
    };
    if (text.size() != 24 || !isAt(4, u'-') || !isAt(7, u'-') || !isAt(10, u'T') ||
        !isAt(13, u':') || !isAt(16, u':') || !isAt(19, u'.') || !isAt(23, u'Z'))
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    // QDate takes -1 for 1 BC: a field that is not all digits is refused here.
    if (year < 0)
        return std::nullopt;
    const QDate date(year, digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                     digitsAt(text, 20, 3));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QDateTime fromOtherForm(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace

QDateTime fromStoredTime(const QString& text)
{
    if (std::optional<QDateTime> stored = fromStoredForm(QStringView(text)))
        return *stored;
    return fromOtherForm(text);
}

QDateTime fromStoredUtf8(QByteArrayView utf8)
{
    if (std::optional<QDateTime> stored = fromStoredForm(utf8))
        return *stored;
    return fromOtherForm(QString::fromUtf8(utf8));
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace centerdesk::core
