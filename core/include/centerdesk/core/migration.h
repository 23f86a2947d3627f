#pragma once

#include <QString>
#include <vector>

namespace centerdesk::core {

// One step of the schema ladder: the SQL that takes a store from
// `version - 1` to `version`. Run in one transaction with the user_version bump.
struct Migration final
{
    int version = 0;
    QString name;
    QString sql;
};

// The migrations shipped in the core resources (resources/migrations/NNNN_name.sql),
// ordered by version, consecutive from 1.
const std::vector<Migration>& builtinMigrations();

} // namespace centerdesk::core
