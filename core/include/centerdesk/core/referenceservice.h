#pragma once

#include "centerdesk/core/referencedata.h"
#include "centerdesk/core/result.h"

#include <QSet>

namespace centerdesk::core {

class Store;

// Reads and loads the reference tables of a store.
class ReferenceService final
{
public:
    explicit ReferenceService(Store& store);

    QList<Center> centers() const;
    QList<Port> ports() const;
    QList<Pga> pgas() const;
    QSet<QString> portCodes() const;
    // The data version loaded in the store (0 when none was loaded yet).
    int dataVersion() const;

    // Loads `data` in one transaction (insert or update by code) when its
    // version is higher than the store's; returns true when it loaded.
    Result<bool> loadIfNewer(const ReferenceData& data);

private:
    Store& m_store;
};

} // namespace centerdesk::core
