#include "centerdesk/core/storepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace centerdesk::core {

void configureApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CenterDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("centerdesk.example"));
    QCoreApplication::setApplicationName(QStringLiteral("CenterDesk"));
}

QString defaultStorePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("centerdesk.db"));
}

} // namespace centerdesk::core
