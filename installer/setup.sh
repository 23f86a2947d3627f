#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs the missing Debian packages listed in
# installer/debian-packages.txt, then configures and builds a CMake preset.
# Second runs skip what is done (dpkg knows what is installed; Ninja and
# ccache know what is built).
set -euo pipefail

CENTERDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# ccache (when installed) finds earlier compilations from any clone's folder.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$CENTERDESK_ROOT}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

missing_packages() {
    local package
    while read -r package; do
        package="${package%%#*}"
        package="${package//[[:space:]]/}"
        [ -n "$package" ] || continue
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            echo "$package"
        fi
    done < "$CENTERDESK_ROOT/installer/debian-packages.txt"
}

install_packages() {
    local missing
    missing=$(missing_packages | tr '\n' ' ')
    missing="${missing% }"
    [ -n "$missing" ] || return 0
    echo "==> Installing Debian packages: $missing"
    local apt=(apt-get)
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
            apt=(sudo apt-get)
        else
            echo "CenterDesk needs these Debian packages, and this user cannot install them" >&2
            echo "(not root, no sudo). Ask an administrator to run:" >&2
            echo "" >&2
            echo "    apt-get update && apt-get install -y --no-install-recommends $missing" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${apt[@]}" update
    # shellcheck disable=SC2086
    "${apt[@]}" install -y --no-install-recommends $missing
}

# configure_and_build PRESET [cmake --build arguments...]
configure_and_build() {
    local preset="$1"
    shift
    cd "$CENTERDESK_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        echo "==> Configuring ($preset)"
        cmake --preset "$preset"
    fi
    echo "==> Building ($preset)"
    cmake --build --preset "$preset" -j "$(nproc)" "$@"
}
