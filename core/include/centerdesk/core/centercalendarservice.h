#pragma once

#include "centerdesk/core/actor.h"
#include "centerdesk/core/businesscalendar.h"
#include "centerdesk/core/result.h"

#include <QTime>

namespace centerdesk::core {

class Store;

// The administrator's side of a Center's calendar: its business hours and
// its local closures. Clocks count business minutes with these, so a change
// is an administrator's decision, written with its history entry in one
// transaction; running clocks follow it at their next step or sweep.
class CenterCalendarService final
{
public:
    explicit CenterCalendarService(Store& store);

    Result<QList<Closure>> closures(const QString& centerCode) const;
    Status setBusinessHours(const Actor& actor, const QString& centerCode, const QTime& open,
                            const QTime& close);
    Status addClosure(const Actor& actor, const QString& centerCode, const QDate& day,
                      const QString& reason);
    Status removeClosure(const Actor& actor, const QString& centerCode, const QDate& day);

private:
    Status checkAdmin(const Actor& actor) const;
    Status checkCenter(const QString& centerCode) const;

    Store& m_store;
};

} // namespace centerdesk::core
