#pragma once

#include <QString>

namespace centerdesk::core {

// Versions of CenterDesk and the libraries it runs on, for About boxes,
// `--version` and bug reports.
struct ComponentVersions final
{
    QString centerdesk;
    QString qtRuntime;
    QString qtBuild;
    QString sqlite;
    QString sodium;
    QString boost;
};

ComponentVersions componentVersions();

} // namespace centerdesk::core
