#pragma once

#include "centerdesk/core/center.h"
#include "centerdesk/core/pga.h"
#include "centerdesk/core/port.h"
#include "centerdesk/core/result.h"

#include <QByteArray>
#include <QList>

namespace centerdesk::core {

// The reference data set (Centers, ports, PGAs) with its data version, as
// shipped in resources/reference/reference-data.json or sent down by HQ.
struct ReferenceData final
{
    int dataVersion = 0;
    QString source;
    QList<Center> centers;
    QList<Port> ports;
    QList<Pga> pgas;

    // Parses and checks a JSON document: required fields, unique codes,
    // 4-digit port codes, valid IANA time zones, every Center's port known.
    static Result<ReferenceData> fromJson(const QByteArray& json);
    // The data set compiled into this CenterDesk.
    static const ReferenceData& builtIn();
};

} // namespace centerdesk::core
