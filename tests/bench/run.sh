#!/usr/bin/env bash
# Seika's benchmarks. Prints medians; not part of the test suite (speed is never asserted in tests).
#   tests/bench/run.sh [RUNS]      (default 11 runs for the process timings)
# Needs a built tree (scripts/test.sh or scripts/run.sh builds it; this script builds incrementally).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build"
runs="${1:-11}"
cmake --build "$build" -j"$(nproc)" --target seika seika-cli seika_bench_document >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
cli="$build/app/seika-cli"
"$cli" init "$work/sample.seika" >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "runs per figure: $runs (after one warm-up run)"

# 1. seika-cli summary on the sample: wall time and peak RSS.
"$cli" --db "$work/sample.seika" summary >/dev/null
: >"$work/summary.txt"
for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -a -o "$work/summary.txt" "$cli" --db "$work/sample.seika" summary >/dev/null
done
printf 'seika-cli summary (sample): median %.0f ms wall, median %.1f MB peak RSS  (goal: < 100 ms, < 60 MB)\n' \
    "$(awk '{print $1*1000}' "$work/summary.txt" | median)" "$(awk '{print $2/1024}' "$work/summary.txt" | median)"

# 2. GUI start to the first painted main window under Xvfb (warm start: the first run is discarded).
if command -v Xvfb >/dev/null; then
    Xvfb :97 -screen 0 1440x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    : >"$work/gui.txt"
    for i in $(seq "$((runs + 1))"); do
        start=$(date +%s%3N)
        painted=$(DISPLAY=:97 SEIKA_BENCH_FIRST_PAINT=1 "$build/app/seika" "$work/sample.seika" 2>/dev/null | awk '/first-paint-epoch-ms/ {print $2}')
        [ "$i" -gt 1 ] && echo "$((painted - start))" >>"$work/gui.txt"
    done
    printf 'seika GUI start to first painted main window (Xvfb, warm): median %s ms  (goal: < 300 ms)\n' \
        "$(median <"$work/gui.txt")"
fi

# 3. Open a generated document with 100,000 observations and evaluate every measure.
"$build/tests/bench/seika_bench_document" --benchmark_format=console 2>/dev/null | grep -E 'median|Benchmark'
echo "(goal for BM_OpenAndEvaluateEveryMeasure: < 300 ms)"
