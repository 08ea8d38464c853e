#!/usr/bin/env bash
# Seika's benchmarks. Prints medians; not part of the test suite (speed is never asserted in tests).
#   tests/bench/run.sh [RUNS]      (default 11 runs for the process timings)
# Needs a built tree (scripts/test.sh or scripts/run.sh builds it; this script builds incrementally).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build"
runs="${1:-11}"
cmake --build "$build" -j"$(nproc)" --target seika seika-cli seika_bench_document seika_bench_entry seika_bench_csv seika_bench_responses >/dev/null

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

# 4. Data entry in the main window (offscreen, real SQLite file): a typed value to the refreshed overview
#    and grade, and a 1,000-cell paste applied as one undo step.
QT_QPA_PLATFORM=offscreen "$build/tests/bench/seika_bench_entry" --benchmark_format=console 2>/dev/null | grep -E 'median|Benchmark'
echo "(goals: BM_TypedValueToOverviewAndGrade < 16 ms, BM_Paste1000Cells < 200 ms)"

# 5. The whole council report of the sample (FY2017, A4 PDF, three charts) written by seika-cli:
#    wall time and peak RSS of the process, as for the summary.
QT_QPA_PLATFORM=offscreen "$cli" --db "$work/sample.seika" report --year 2017 --out "$work/report.pdf" >/dev/null 2>&1
: >"$work/report.txt"
for _ in $(seq "$runs"); do
    QT_QPA_PLATFORM=offscreen /usr/bin/time -f "%e %M" -a -o "$work/report.txt" \
        "$cli" --db "$work/sample.seika" report --year 2017 --out "$work/report.pdf" >/dev/null 2>&1
done
pages="$(pdfinfo "$work/report.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
printf 'seika-cli report (sample, FY2017, A4, %s pages): median %.0f ms wall, median %.1f MB peak RSS  (goal: < 400 ms, < 120 MB)\n' \
    "${pages:-?}" "$(awk '{print $1*1000}' "$work/report.txt" | median)" "$(awk '{print $2/1024}' "$work/report.txt" | median)"

# 6. The membership chart of the sample as a PDF (160 mm × 100 mm, vector) written by seika-cli: wall
#    time and peak RSS of the process. Side by side, when LibreOffice and python3-openpyxl are installed
#    (neither is a Seika dependency): soffice converting a spreadsheet that holds the same table and a
#    bar + line chart to PDF.
QT_QPA_PLATFORM=offscreen "$cli" --db "$work/sample.seika" chart membership --out "$work/chart.pdf" >/dev/null 2>&1
: >"$work/chart.txt"
for _ in $(seq "$runs"); do
    QT_QPA_PLATFORM=offscreen /usr/bin/time -f "%e %M" -a -o "$work/chart.txt" \
        "$cli" --db "$work/sample.seika" chart membership --out "$work/chart.pdf" >/dev/null 2>&1
done
printf 'seika-cli chart membership --out chart.pdf: median %.0f ms wall, median %.1f MB peak RSS  (goal: < 150 ms, < 80 MB)\n' \
    "$(awk '{print $1*1000}' "$work/chart.txt" | median)" "$(awk '{print $2/1024}' "$work/chart.txt" | median)"
# The Debian package python3-openpyxl serves /usr/bin/python3, which may not be the first python3 on PATH.
py=""
for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c 'import openpyxl' 2>/dev/null; then
        py="$candidate"
        break
    fi
done
if command -v soffice >/dev/null && [ -n "$py" ]; then
    "$py" - "$work/membership.xlsx" <<'PY'
import sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
wb = Workbook()
ws = wb.active
ws.append(["年度", "加入世帯数", "加入率(%)", "目標(%)"])
rows = [("平成27(2015)年度", 442037, 63.8, None), ("平成28(2016)年度", None, None, None),
        ("平成29(2017)年度", None, 62.1, 64), ("平成30(2018)年度", None, None, None),
        ("令和元(2019)年度", None, None, None), ("令和2(2020)年度", None, None, None),
        ("令和3(2021)年度", None, None, 64), ("令和4(2022)年度", None, None, None),
        ("令和5(2023)年度", None, None, None), ("令和6(2024)年度", None, None, None),
        ("令和7(2025)年度", None, None, 64)]
for r in rows:
    ws.append(list(r))
bars = BarChart()
bars.title = "町内会・自治会加入世帯数及び加入率"
bars.y_axis.title = "加入世帯数（世帯）"
bars.add_data(Reference(ws, min_col=2, min_row=1, max_row=12), titles_from_data=True)
bars.set_categories(Reference(ws, min_col=1, min_row=2, max_row=12))
line = LineChart()
line.add_data(Reference(ws, min_col=3, max_col=4, min_row=1, max_row=12), titles_from_data=True)
line.y_axis.axId = 200
line.y_axis.title = "加入率（%）"
line.y_axis.crosses = "max"
bars += line
bars.width, bars.height = 16, 10
ws.add_chart(bars, "F2")
wb.save(sys.argv[1])
PY
    lo=(soffice --headless --norestore "-env:UserInstallation=file://$work/lo" --convert-to pdf --outdir "$work")
    "${lo[@]}" "$work/membership.xlsx" >/dev/null 2>&1 # warm-up: creates the profile
    : >"$work/lo.txt"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -a -o "$work/lo.txt" "${lo[@]}" "$work/membership.xlsx" >/dev/null 2>&1
    done
    printf 'LibreOffice soffice --convert-to pdf of the same table and chart: median %.0f ms wall, median %.1f MB peak RSS, %s pages\n' \
        "$(awk '{print $1*1000}' "$work/lo.txt" | median)" "$(awk '{print $2/1024}' "$work/lo.txt" | median)" \
        "$(pdfinfo "$work/membership.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
fi

# 7. CSV at scale: 1,000,000 observation rows exported and imported by seika_bench_csv (medians of 3 runs
#    of the export, the import's dry run and the applying of its batch to a SQLite document, and the peak
#    RSS of the whole process), side by side with sqlite3 importing the same file into a plain table
#    (.import) and exporting that table (-csv). Goals: the dry run + apply no slower than .import, peak
#    RSS < 300 MB, the export at least twice as fast as sqlite3 -csv.
if command -v sqlite3 >/dev/null; then
    rows=1000000
    "$build/tests/bench/seika_bench_csv" "$rows" 1 --write-only "$work/obs.csv"
    : >"$work/import.txt"
    : >"$work/export.txt"
    for i in 1 2 3; do
        rm -f "$work/plain.db"
        /usr/bin/time -f "%e" -a -o "$work/import.txt" sqlite3 "$work/plain.db" ".import --csv $work/obs.csv obs"
        /usr/bin/time -f "%e" -a -o "$work/export.txt" sqlite3 -csv "$work/plain.db" "SELECT * FROM obs" >"$work/out.csv"
    done
    printf 'sqlite3 .import of %s rows: median %.2f s; sqlite3 -csv export: median %.2f s\n' "$rows" \
        "$(median <"$work/import.txt")" "$(median <"$work/export.txt")"
    /usr/bin/time -f "seika_bench_csv peak RSS (whole process): %M KB" "$build/tests/bench/seika_bench_csv" "$rows" 3
    # The import alone (dry run + apply as seika-cli import-csv does it) of the same file: its own peak RSS.
    /usr/bin/time -f "seika_bench_csv --import peak RSS: %M KB" "$build/tests/bench/seika_bench_csv" "$rows" 3 \
        --import "$work/obs.csv"
fi

# 8. A survey breakdown from raw respondents: 1,000,000 generated rows (age group, occupation, ward, an S.A.
#    answer 1..6, a weight). Seika reads the CSV and computes the age group × answer table
#    (seika_bench_responses, in-process medians of 3 runs, reading included); side by side, sqlite3 with the
#    same rows already loaded into a table (the load not timed) runs the GROUP BY alone (.timer's real time,
#    median of 3). Goal: Seika, reading included, no slower than sqlite3's GROUP BY alone.
if command -v sqlite3 >/dev/null; then
    rows=1000000
    "$build/tests/bench/seika_bench_responses" "$rows" 1 --write-only "$work/respondents.csv"
    rm -f "$work/respondents.db"
    sqlite3 "$work/respondents.db" ".import --csv $work/respondents.csv r"
    : >"$work/groupby.txt"
    for _ in 1 2 3; do
        # .timer reports only for statements read from standard input, not for SQL given as an argument.
        printf '.timer on\nSELECT age, answer, count(*) FROM r GROUP BY age, answer;\n' |
            sqlite3 "$work/respondents.db" | awk '/^Run Time:/ {print $4}' >>"$work/groupby.txt"
    done
    printf 'sqlite3 SELECT age, answer, count(*) FROM r GROUP BY age, answer (%s rows loaded): median %.3f s\n' \
        "$rows" "$(median <"$work/groupby.txt")"
    "$build/tests/bench/seika_bench_responses" "$rows" 3 --file "$work/respondents.csv" | grep -E 'median|peak|respondents'
fi

# 9. The 1,000,000-row CSV import of observations (1,250 ratio indicators × 100 years × the city and 7 wards,
#    Japanese headers) side by side with sqlite3 in one run, medians of 3 runs (tests/bench/import.sh, which
#    also runs alone and with fewer rows): seika-cli import-csv as a whole process (wall time, peak RSS, the
#    document's size, its audit rows) and its dry run, sqlite3 .import of the same file into a table with the
#    same unique key (wall time, file size), seika-cli export-csv of the document against sqlite3 -csv of the
#    table. Goals: the import ≤ 1.5× sqlite3 .import, the document ≤ 2.5× sqlite3's file, peak RSS ≤ 300 MB,
#    the dry run as fast as it is (~1.3 s), the export ≤ 1.0× sqlite3 -csv.
if command -v sqlite3 >/dev/null; then
    "$root/tests/bench/import.sh" 3
fi

# 10. The whole plan at the size of the largest city (7 basic policies, 30 policies, 120 measures × 4
#     indicators, the city and 18 wards, 30 fiscal years: 273,600 figures; tests/bench/plan.sh, which also runs
#     alone): the plan overview of a year in the main window (goal ≤ 200 ms from a measure's page to the
#     painted overview), the GUI's first paint on such a plan, seika-cli overview and report --overview, and
#     report --all, the council report of the whole plan as one PDF (goals ≤ 20 s, ≤ 500 MB peak RSS).
"$root/tests/bench/plan.sh" 5
