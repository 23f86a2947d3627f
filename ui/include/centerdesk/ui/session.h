#pragma once

#include "centerdesk/core/actor.h"

#include <QObject>

namespace centerdesk::core {
class Store;
}

namespace centerdesk::ui {

// The signed-in user and their store, shared by every view of a main window.
// Views call the core services with actor() and announce what they changed,
// so that other views showing the same data reload it.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(core::Store& store, core::Actor actor, QObject* parent = nullptr);

    core::Store& store() const { return m_store; }
    const core::Actor& actor() const { return m_actor; }

Q_SIGNALS:
    void accountsChanged();
    void usersChanged();
    // Cases were created or changed (a step, an assignment, a bulk action):
    // lists, counts and open case windows reload.
    void casesChanged();

private:
    core::Store& m_store;
    core::Actor m_actor;
};

} // namespace centerdesk::ui
