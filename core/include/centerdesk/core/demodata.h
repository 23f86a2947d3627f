#pragma once

#include "centerdesk/core/result.h"

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
    static Result<DemoSummary> populate(Store& store);
    static bool isDemoStore(const Store& store);
};

} // namespace centerdesk::core
