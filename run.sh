#!/usr/bin/env bash
# Installs what is missing, builds, and opens CenterDesk on a demo store in
# build/demo/ (never on a user's real store).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/installer/setup.sh"

install_packages
configure_and_build default

demo_store="$CENTERDESK_ROOT/build/demo/centerdesk-demo.db"
echo "==> Preparing the demo store $demo_store"
"$CENTERDESK_ROOT/build/default/app/centerdesk-cli" --store "$demo_store" demo

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
    echo "No graphical display here (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "CenterDesk is built; from a desktop session, open it with:" >&2
    echo "    $CENTERDESK_ROOT/build/default/app/centerdesk --store $demo_store" >&2
    exit 1
fi
echo "==> Opening CenterDesk"
exec "$CENTERDESK_ROOT/build/default/app/centerdesk" --store "$demo_store" "$@"
