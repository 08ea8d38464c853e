#!/usr/bin/env bash
# Installs what is missing, builds Seika and runs the whole test suite with ctest.
# Exits non-zero when anything fails.
#
# --sanitize: builds into build-asan instead (Debug, AddressSanitizer + UndefinedBehaviorSanitizer,
# no benchmarks) and runs the suite there with leak detection; any sanitizer report fails its test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/deps.sh
source "$root/scripts/deps.sh"
seika_install_deps
if [ "${1:-}" = "--sanitize" ]; then
    # Exported before the build: gtest_discover_tests runs the instrumented test binaries while building.
    export ASAN_OPTIONS=detect_leaks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export QT_QPA_PLATFORM=offscreen
    seika_build "$root" "$root/build-asan" -DSEIKA_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DSEIKA_BUILD_BENCHMARKS=OFF
    ctest --test-dir "$root/build-asan" --output-on-failure -j"${SEIKA_JOBS:-$(nproc)}" --timeout 600
    exit
fi
seika_build "$root"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build" --output-on-failure -j"$(nproc)" --timeout 600
