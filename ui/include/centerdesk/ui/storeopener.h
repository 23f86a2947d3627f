#pragma once

#include "centerdesk/core/store.h"

#include <memory>

namespace centerdesk::ui {

class DialogSeam;

// Opens the store at start-up. A store that cannot be opened is explained in
// a dialog (the message from core, naming the file), and the user may pick
// another store or quit; never a crash. Returns null when the user quits.
std::unique_ptr<core::Store> openStoreInteractively(const QString& path, DialogSeam& dialogs);

} // namespace centerdesk::ui
