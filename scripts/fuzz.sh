#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with Clang (ASan + UBSan) into build-fuzz and runs each
# for SECONDS (default 60), one after another, on a copy of the seed corpus (tests/data/fuzz/...).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]    targets: fuzz_csvreader fuzz_csvimport fuzz_fiscalyear fuzz_number
#
# libFuzzer runs in fork mode and goes on after a crash, so one run finds every crash it can; the
# inputs are left in build-fuzz/crashes/TARGET (crash-*, timeout-*, oom-*), the corpus grows in
# build-fuzz/corpus/TARGET and the log is build-fuzz/logs/TARGET.log (with a report per new crash).
# Reproduce a crash with UBSAN_OPTIONS=print_stacktrace=1 build-fuzz/tests/fuzz/TARGET FILE.
# Exits non-zero when any target found a new crash.
# SEIKA_JOBS sets the build's parallelism (default: the number of processors).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/deps.sh
source "$root/scripts/deps.sh"

# Clang 19: libstdc++ 12 (Debian 12) declares std::expected only for compilers with C++20 concepts
# in full, which Clang 14 (Debian's default clang) lacks. llvm-19 brings the llvm-symbolizer that the
# sanitizers of Clang 19 use for the file:line of a stack.
SEIKA_FUZZ_PACKAGES=(clang-19 libclang-rt-19-dev llvm-19)
seika_install_deps
missing=()
for p in "${SEIKA_FUZZ_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed'; then
        missing+=("$p")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    echo "seika: installing missing packages: ${missing[*]}" >&2
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -eq 0 ]; then
    echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2
    exit 2
fi
shift $(($# > 0 ? 1 : 0))
all=(fuzz_csvreader fuzz_csvimport fuzz_fiscalyear fuzz_number)
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
    targets=("${all[@]}")
fi
seeds_of() {
    case "$1" in
        fuzz_csvreader | fuzz_csvimport) echo "$root/tests/data/fuzz/csv" ;;
        fuzz_fiscalyear) echo "$root/tests/data/fuzz/year" ;;
        fuzz_number) echo "$root/tests/data/fuzz/number" ;;
        *) echo "seika: unknown fuzz target $1 (one of: ${all[*]})" >&2; return 1 ;;
    esac
}
for t in "${targets[@]}"; do
    seeds_of "$t" >/dev/null
done

build="$root/build-fuzz"
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang-19 CXX=clang++-19 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSEIKA_FUZZ=ON >&2
fi
cmake --build "$build" -j"${SEIKA_JOBS:-$(nproc)}" --target "${targets[@]}" >&2

export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_leaks=1
status=0
printf '%-16s %8s %12s %8s %8s %8s\n' target seconds execs cov ft crashes
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    crashes="$build/crashes/$t"
    logs="$build/logs"
    mkdir -p "$corpus" "$crashes" "$logs"
    cp -n "$(seeds_of "$t")"/* "$corpus"/
    before="$(find "$crashes" -maxdepth 1 -type f | sort)"
    started=$SECONDS
    rc=0
    "$build/tests/fuzz/$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$crashes/" "$corpus" >"$logs/$t.log" 2>&1 || rc=$?
    elapsed=$((SECONDS - started))
    # The fork mode's status lines: "#EXECS: cov: N ft: N corp: N exec/s: N oom/timeout/crash: a/b/c time: Ns ...".
    last="$(grep -E '^#[0-9]+: cov:' "$logs/$t.log" | tail -n 1 || true)"
    execs="$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")"
    cov="$(sed -E 's/.* cov: ([0-9]+).*/\1/' <<<"$last")"
    ft="$(sed -E 's/.* ft: ([0-9]+).*/\1/' <<<"$last")"
    new="$(comm -13 <(printf '%s\n' "$before") <(find "$crashes" -maxdepth 1 -type f | sort) | sed '/^$/d')"
    found="$(printf '%s' "$new" | grep -c . || true)"
    printf '%-16s %8s %12s %8s %8s %8s\n' "$t" "$elapsed" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$found"
    if [ "$found" -gt 0 ] || [ "$rc" -ne 0 ]; then
        status=1
        # Fork mode logs no stack for a crash: run each new input once more for its report.
        while IFS= read -r f; do
            [ -n "$f" ] || continue
            report="$logs/$t-$(basename "$f").txt"
            "$build/tests/fuzz/$t" "$f" >"$report" 2>&1 || true
            echo "  $f"
            grep -m 1 -E 'SUMMARY|invariant failed' "$report" | sed 's/^/    /' || true
            echo "    report: $report"
        done <<<"$new"
        if [ "$rc" -ne 0 ]; then
            echo "  $t exited with $rc; see $logs/$t.log"
        fi
    fi
done
exit "$status"
