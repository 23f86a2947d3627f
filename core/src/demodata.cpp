#include "centerdesk/core/demodata.h"

#include "centerdesk/core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace centerdesk::core {

namespace {

class DemoMessages final
{
    Q_DECLARE_TR_FUNCTIONS(DemoMessages)
};

const QString demoKey = QStringLiteral("demo");

// True when no table but the store's metadata and reference data has rows.
Result<bool> holdsOnlyReferenceData(Store& store)
{
    static const QSet<QString> referenceTables = {QStringLiteral("meta"), QStringLiteral("center"),
                                                  QStringLiteral("port"), QStringLiteral("pga")};
    const Result<StoreInfo> info = store.info();
    if (!info)
        return info.error();
    for (auto it = info->rowCounts.cbegin(); it != info->rowCounts.cend(); ++it) {
        if (!referenceTables.contains(it.key()) && it.value() > 0)
            return false;
    }
    return true;
}

} // namespace

bool DemoData::isDemoStore(const Store& store)
{
    return store.metaValue(demoKey) == QLatin1String("1");
}

Result<DemoSummary> DemoData::populate(Store& store)
{
    DemoSummary summary;
    summary.refreshed = isDemoStore(store);
    if (!summary.refreshed) {
        const Result<bool> fresh = holdsOnlyReferenceData(store);
        if (!fresh)
            return fresh.error();
        if (!*fresh) {
            return Error::invalid(
                QStringLiteral("store"), QStringLiteral("not-a-demo-store"),
                DemoMessages::tr("The store %1 holds real work and is not a demo store; demo "
                                 "data is only written to a new store or a demo store.")
                    .arg(QDir::toNativeSeparators(store.path())));
        }
    }
    const Status written = store.transaction([&]() -> Status {
        // Later capabilities add their sample records here, in this transaction.
        return store.setMetaValue(demoKey, QStringLiteral("1"));
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace centerdesk::core
