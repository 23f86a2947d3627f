#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace centerdesk::test {

// The whole content of a file, to prove that a refused operation wrote nothing.
inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

} // namespace centerdesk::test
