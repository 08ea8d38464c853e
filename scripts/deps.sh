#!/usr/bin/env bash
# Installs the Debian 12 packages Seika needs to build, run and test, but only those that are missing:
# a second run does no apt work at all. Sourced by run.sh and test.sh.
set -euo pipefail

SEIKA_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libpq-dev libssl-dev postgresql
    libgl-dev libicu-dev fonts-noto-cjk
    googletest libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth imagemagick poppler-utils sqlite3 libsqlite3-dev shared-mime-info
)

seika_missing_packages() {
    local p
    for p in "${SEIKA_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
            printf '%s\n' "$p"
        fi
    done
}

seika_install_deps() {
    local missing
    mapfile -t missing < <(seika_missing_packages)
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    echo "seika: installing missing packages: ${missing[*]}" >&2
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Configures (first time only) and builds Seika into $SEIKA_ROOT/build; later runs are incremental.
# Warnings are errors when CI is set. Optional: a second argument names another build directory, and
# further arguments are extra cmake options for its first configuration (test.sh --sanitize).
# SEIKA_JOBS sets the build's parallelism (default: the number of processors).
seika_build() {
    local root="$1"
    local build="${2:-$root/build}"
    local extra=("${@:3}")
    local werror=OFF
    if [ -n "${CI:-}" ]; then
        werror=ON
    fi
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSEIKA_WERROR="$werror" \
            "${extra[@]}" >&2
    fi
    cmake --build "$build" -j"${SEIKA_JOBS:-$(nproc)}" >&2
}
