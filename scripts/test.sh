#!/usr/bin/env bash
# Installs what is missing, builds Seika and runs the whole test suite with ctest: every store test runs
# against a .seika file and against a real PostgreSQL server, a throwaway cluster that scripts/pg-cluster.sh
# starts in a temporary directory before ctest and stops afterwards (also when a test fails).
# Exits non-zero when anything fails.
#
# --sanitize: builds into build-asan instead (Debug, AddressSanitizer + UndefinedBehaviorSanitizer,
# no benchmarks) and runs the suite there with leak detection; any sanitizer report fails its test.
# --no-postgresql: runs without the cluster; the PostgreSQL tests then skip, and the summary says so.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sanitize=0
postgresql=1
for arg in "$@"; do
    case "$arg" in
    --sanitize) sanitize=1 ;;
    --no-postgresql) postgresql=0 ;;
    *)
        echo "usage: $0 [--sanitize] [--no-postgresql]" >&2
        exit 1
        ;;
    esac
done
# shellcheck source=scripts/deps.sh
source "$root/scripts/deps.sh"
seika_install_deps
build="$root/build"
if [ "$sanitize" -eq 1 ]; then
    build="$root/build-asan"
    # Exported before the build: gtest_discover_tests runs the instrumented test binaries while building.
    export ASAN_OPTIONS=detect_leaks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export QT_QPA_PLATFORM=offscreen
    seika_build "$root" "$build" -DSEIKA_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DSEIKA_BUILD_BENCHMARKS=OFF
else
    seika_build "$root"
fi
export QT_QPA_PLATFORM=offscreen

# Only an explicit --no-postgresql skips the server half; a URL left in the environment is never used.
unset SEIKA_TEST_PG_URL SEIKA_TEST_PG_DIR
if [ "$postgresql" -eq 1 ]; then
    eval "$("$root/scripts/pg-cluster.sh" start)"
    trap '"$root/scripts/pg-cluster.sh" stop "$SEIKA_TEST_PG_DIR"' EXIT
    backends="both backends: SQLite files and PostgreSQL (throwaway cluster at $SEIKA_TEST_PG_URL)"
else
    backends="SQLite files only: the PostgreSQL half was SKIPPED (--no-postgresql)"
fi

status=0
ctest --test-dir "$build" --output-on-failure -j"${SEIKA_JOBS:-$(nproc)}" --timeout 600 || status=$?
if [ "$status" -eq 0 ]; then
    echo "seika: all tests passed on $backends" >&2
else
    echo "seika: TESTS FAILED (ctest exit $status) on $backends" >&2
fi
exit "$status"
