#pragma once

#include "centerdesk/core/result.h"

#include <QStringList>

namespace centerdesk::core {

class Store;

struct DemoSummary final
{
    bool refreshed = false; // the store was a demo store already
};

// Sample data for demonstrations and screenshots. Writes only to a store that
// is new (nothing but reference data in it) or already marked as a demo store,
// so that it can never overwrite a Center's real work.
class DemoData final
{
public:
    // Adds what a demo store lacks: one user per role (and a few more NAMs),
    // 200 accounts over the ten Centers with every tier and size class.
    static Result<DemoSummary> populate(Store& store);
    static bool isDemoStore(const Store& store);
    // Every demo user's password (demo stores only; the README gives it).
    static QByteArray demoPassword();
    static QStringList demoUserNames();
    // 2,000 by default; CENTERDESK_DEMO_CASES sets another number (tests use fewer).
    static int demoCaseCount();
};

} // namespace centerdesk::core
