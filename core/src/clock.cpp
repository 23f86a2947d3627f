#include "centerdesk/core/clock.h"

#include <QUuid>

namespace centerdesk::core {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

QString toStoredTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace centerdesk::core
