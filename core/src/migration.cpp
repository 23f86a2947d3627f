#include "centerdesk/core/migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace centerdesk::core {

namespace {

std::vector<Migration> loadBuiltinMigrations()
{
    // Files are named NNNN_name.sql; the number is the schema version they reach.
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    std::vector<Migration> migrations;
    const QDir folder(QStringLiteral(":/centerdesk/migrations"));
    const QStringList files = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        Q_ASSERT_X(match.hasMatch(), "builtinMigrations", "migration file name is NNNN_name.sql");
        QFile sqlFile(folder.filePath(file));
        if (!sqlFile.open(QIODevice::ReadOnly))
            qFatal("cannot read built-in migration %s", qPrintable(file));
        migrations.push_back(Migration{match.captured(1).toInt(), match.captured(2),
                                       QString::fromUtf8(sqlFile.readAll())});
    }
    for (std::size_t i = 0; i < migrations.size(); ++i)
        Q_ASSERT_X(migrations[i].version == static_cast<int>(i) + 1, "builtinMigrations",
                   "migrations are consecutive from 1");
    return migrations;
}

} // namespace

const std::vector<Migration>& builtinMigrations()
{
    static const std::vector<Migration> migrations = loadBuiltinMigrations();
    return migrations;
}

} // namespace centerdesk::core
