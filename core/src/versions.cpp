#include "centerdesk/core/versions.h"

#include "centerdesk/core/buildinfo.h"

#include <QtGlobal>
#include <boost/version.hpp>
#include <sodium.h>
#include <sqlite3.h>

namespace centerdesk::core {

ComponentVersions componentVersions()
{
    ComponentVersions versions;
    versions.centerdesk = QStringLiteral(CENTERDESK_VERSION);
    versions.qtRuntime = QString::fromLatin1(qVersion());
    versions.qtBuild = QStringLiteral(QT_VERSION_STR);
    versions.sqlite = QString::fromLatin1(sqlite3_libversion());
    versions.sodium = QString::fromLatin1(sodium_version_string());
    versions.boost =
        QString::fromLatin1(BOOST_LIB_VERSION).replace(QLatin1Char('_'), QLatin1Char('.'));
    return versions;
}

} // namespace centerdesk::core
