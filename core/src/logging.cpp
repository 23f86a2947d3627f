#include "centerdesk/core/logging.h"

namespace centerdesk::core {

Q_LOGGING_CATEGORY(lcStore, "centerdesk.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReference, "centerdesk.core.reference", QtWarningMsg)

} // namespace centerdesk::core
