#pragma once

#include <QLoggingCategory>

namespace centerdesk::core {

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcReference)

} // namespace centerdesk::core
