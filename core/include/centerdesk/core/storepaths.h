#pragma once

#include <QString>

namespace centerdesk::core {

// Sets the organization and application names that QStandardPaths and
// QSettings derive their folders from; both executables call it first.
void configureApplicationIdentity();

// The store used when no --store is given: one file per workstation in the
// platform's application data folder.
QString defaultStorePath();

} // namespace centerdesk::core
