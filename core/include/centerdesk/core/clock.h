#pragma once

#include <QDateTime>
#include <functional>

namespace centerdesk::core {

// Where services read the time from; tests pass a clock they move by hand.
using Clock = std::function<QDateTime()>;

Clock systemClock();

// Timestamps are stored in UTC as ISO 8601 with milliseconds, so that text
// order is time order.
QString toStoredTime(const QDateTime& time);
QDateTime fromStoredTime(const QString& text);
// The same from the UTF-8 bytes of a column (StoreRow::utf8), with no QString
// in between for the stored form.
QDateTime fromStoredUtf8(QByteArrayView utf8);

// A new random UUID in its 36-character text form (row keys).
QString newUuid();

} // namespace centerdesk::core
