#include "centerdesk/ui/storeopener.h"

#include "centerdesk/ui/dialogseam.h"

namespace centerdesk::ui {

std::unique_ptr<core::Store> openStoreInteractively(const QString& path, DialogSeam& dialogs)
{
    QString candidate = path;
    while (!candidate.isEmpty()) {
        core::Result<std::unique_ptr<core::Store>> store = core::Store::open(candidate);
        if (store)
            return std::move(store).value();
        candidate = dialogs.askForOtherStore(nullptr, store.error().message);
    }
    return nullptr;
}

} // namespace centerdesk::ui
