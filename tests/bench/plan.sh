#!/usr/bin/env bash
# The whole plan at the size of the largest city, in one run. Section 10 of tests/bench/run.sh, and runnable
# alone:
#   tests/bench/plan.sh [RUNS [MEASURES_PER_POLICY]]   (defaults 5 runs, 4 measures per policy: 120 measures)
# seika_bench_plan writes a JSON document of 7 basic policies, 30 policies, 120 measures × 4 indicators, the
# city and 18 wards, 30 fiscal years (273,600 figures) and ten years of verdicts; seika-cli import-json makes
# the document from it (timed once). Then, medians of RUNS runs:
#   - the plan overview of FY2025 in the main window (seika_bench_overview, under Xvfb when it is installed,
#     else offscreen): the model alone; from a measure's page, another year chosen there, to the painted
#     overview (goal ≤ 200 ms); the same with nothing changed; another year with the overview shown;
#   - switching measure in the main window: another measure selected in the tree to its painted page
#     (goal ≤ 50 ms);
#   - the GUI from start to its first painted window on the plan (it opens on the overview), warm (goal
#     ≤ 300 ms), beside the sample's;
#   - seika-cli overview --year 2025 (text) and report --overview as whole processes (wall time, peak RSS);
#   - seika-cli report --all --year 2025, the council report of the whole plan as one PDF: wall time and peak
#     RSS of the process (goals ≤ 20 s, ≤ 500 MB), pages and size of the file.
# Needs GNU time and poppler-utils (pdfinfo); builds into build/ incrementally (SEIKA_JOBS sets the
# parallelism, default all processors). MB are 2^20 bytes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build"
runs="${1:-5}"
per_policy="${2:-4}"
cmake --build "$build" -j"${SEIKA_JOBS:-$(nproc)}" --target seika seika-cli seika_bench_plan seika_bench_overview >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null || true' EXIT
cli="$build/app/seika-cli"

# As in run.sh: the median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

echo "The whole plan (section 10): $(uptime | sed 's/^ *//')"
"$build/tests/bench/seika_bench_plan" "$work/plan.json" "$per_policy"
/usr/bin/time -f "%e %M" -o "$work/import.txt" "$cli" import-json "$work/plan.json" --out "$work/plan.seika" >/dev/null
printf 'seika-cli import-json of the plan (%.1f MB of JSON): %.1f s, %.0f MB peak RSS; the document %.1f MB\n' \
    "$(awk -v b="$(stat -c %s "$work/plan.json")" 'BEGIN {print b / 1048576}')" "$(awk '{print $1}' "$work/import.txt")" \
    "$(awk '{print $2/1024}' "$work/import.txt")" "$(awk -v b="$(stat -c %s "$work/plan.seika")" 'BEGIN {print b / 1048576}')"

# The overview in the main window, and the GUI's first paint.
display_env=(QT_QPA_PLATFORM=offscreen)
if command -v Xvfb >/dev/null; then
    Xvfb :96 -screen 0 1440x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    display_env=(DISPLAY=:96)
fi
env "${display_env[@]}" "$build/tests/bench/seika_bench_overview" "$work/plan.seika" "$((2 * runs + 1))" 2025 2>/dev/null
if [ -n "${xvfb_pid:-}" ]; then
    # The plan and, beside it in the same run, the sample (one measure), alternately.
    "$cli" init "$work/sample.seika" --sample kawasaki >/dev/null
    : >"$work/gui.txt"
    : >"$work/gui-sample.txt"
    first_paint() { # DOC: milliseconds from start to the first painted main window
        local start painted
        start=$(date +%s%3N)
        painted=$(DISPLAY=:96 SEIKA_BENCH_FIRST_PAINT=1 "$build/app/seika" "$1" 2>/dev/null | awk '/first-paint-epoch-ms/ {print $2}')
        echo "$((painted - start))"
    }
    for i in $(seq "$((runs + 1))"); do
        plan_ms=$(first_paint "$work/plan.seika")
        sample_ms=$(first_paint "$work/sample.seika")
        if [ "$i" -gt 1 ]; then
            echo "$plan_ms" >>"$work/gui.txt"
            echo "$sample_ms" >>"$work/gui-sample.txt"
        fi
    done
    printf 'seika GUI start to first painted main window on the plan (opens on the overview; Xvfb, warm): median %s ms  (goal: ≤ 300 ms)\n' \
        "$(median <"$work/gui.txt")"
    printf 'seika GUI start to first painted main window on the sample, same run: median %s ms\n' \
        "$(median <"$work/gui-sample.txt")"
fi

# Whole processes: wall time and peak RSS.
timed() { # FILE COMMAND…: appends "seconds KB" of one run to FILE
    local out="$1"
    shift
    QT_QPA_PLATFORM=offscreen /usr/bin/time -f "%e %M" -a -o "$out" "$@" >/dev/null 2>&1
}
report_median() { # LABEL FILE GOAL
    printf '%s: median %.2f s wall, median %.0f MB peak RSS%s\n' "$1" "$(awk '{print $1}' "$2" | median)" \
        "$(awk '{print $2/1024}' "$2" | median)" "$3"
}
: >"$work/overview.txt"
: >"$work/overview-pdf.txt"
: >"$work/all.txt"
for _ in $(seq "$runs"); do
    timed "$work/overview.txt" "$cli" --db "$work/plan.seika" overview --year 2025
    timed "$work/overview-pdf.txt" "$cli" --db "$work/plan.seika" report --overview --year 2025 --out "$work/overview.pdf"
    timed "$work/all.txt" "$cli" --db "$work/plan.seika" report --all --year 2025 --out "$work/all.pdf"
done
report_median "seika-cli overview --year 2025 (text)" "$work/overview.txt" ""
report_median "seika-cli report --overview --year 2025 ($(pdfinfo "$work/overview.pdf" | awk '/^Pages:/ {print $2}') pages)" \
    "$work/overview-pdf.txt" ""
report_median "seika-cli report --all --year 2025 ($(pdfinfo "$work/all.pdf" | awk '/^Pages:/ {print $2}') pages, $(awk -v b="$(stat -c %s "$work/all.pdf")" 'BEGIN {printf "%.1f", b / 1048576}') MB)" \
    "$work/all.txt" "  (goals: ≤ 20 s, ≤ 500 MB)"
