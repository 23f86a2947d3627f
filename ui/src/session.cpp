#include "centerdesk/ui/session.h"

namespace centerdesk::ui {

Session::Session(core::Store& store, core::Actor actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_actor(std::move(actor))
{}

} // namespace centerdesk::ui
