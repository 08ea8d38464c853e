#!/usr/bin/env bash
# The 1,000,000-row CSV import of observations, side by side with sqlite3 in one run. Section 9 of
# tests/bench/run.sh, and runnable alone:
#   tests/bench/import.sh [RUNS [ROWS [YEARS]]]   (defaults 3 runs, 1000000 rows, 100 fiscal years)
#   tests/bench/import.sh 1 10000 10              (a quick check: 125 indicators × 10 years × 8 areas)
# ROWS must be a multiple of YEARS × 8 (the city and 7 wards); ROWS ÷ (YEARS × 8) ratio indicators follow.
# seika_bench_import writes a JSON document (one measure, the indicators, no observations) and the CSV of
# the observations (Japanese headers, a slowly moving series, city = sum of the wards: no error, no
# warning). seika-cli import-json makes the document from it (not timed); each run copies it fresh and
# times, as whole processes (/usr/bin/time: wall time, peak RSS):
#   - seika-cli import-csv (read, validate, apply, audit, commit), then the document's size (.seika + -wal);
#   - the dry run of the same import (on another fresh copy);
#   - sqlite3 .import of the same file into a table with the same unique key, then its file's size.
# Then, on the last run's files, after one warm-up each: seika-cli export-csv --table observations against
# sqlite3 -csv of the table, RUNS times alternately; and the GUI's start to its first painted window on that
# document (Xvfb, when installed). Prints medians against the goals. MB are 2^20 bytes.
# Needs sqlite3, GNU time and about 1.5 GB free in ${TMPDIR:-/tmp} at 1,000,000 rows; builds seika-cli and
# seika_bench_import into build/ incrementally (SEIKA_JOBS sets the parallelism, default all processors).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build"
runs="${1:-3}"
rows="${2:-1000000}"
years="${3:-100}"
cmake --build "$build" -j"${SEIKA_JOBS:-$(nproc)}" --target seika-cli seika_bench_import >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="$build/app/seika-cli"

# As in run.sh: the median of the numbers on standard input, one a line.
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# The size of a SQLite file with its -wal file, if any, in bytes.
db_bytes() { echo $(($(stat -c %s "$1") + $( [ -f "$1-wal" ] && stat -c %s "$1-wal" || echo 0))); }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "?"}'; }

echo "CSV import of observations (section 9): $(uptime | sed 's/^ *//')"
"$build/tests/bench/seika_bench_import" "$work/bench.json" "$work/obs.csv" "$rows" "$years"
"$cli" import-json "$work/bench.json" --out "$work/pristine.seika" >/dev/null
printf 'CSV %.1f MB; the document before the import %.1f MB; runs: %s\n' "$(awk -v b="$(stat -c %s "$work/obs.csv")" 'BEGIN {print b / 1048576}')" \
    "$(awk -v b="$(stat -c %s "$work/pristine.seika")" 'BEGIN {print b / 1048576}')" "$runs"

: >"$work/import.txt"
: >"$work/docsize.txt"
: >"$work/dryrun.txt"
: >"$work/sqlite.txt"
: >"$work/sqlitesize.txt"
for i in $(seq "$runs"); do
    rm -f "$work/doc.seika" "$work/doc.seika-wal" "$work/doc.seika-shm" "$work/plain.db"
    cp "$work/pristine.seika" "$work/doc.seika"
    if ! /usr/bin/time -f "%e %M" -a -o "$work/import.txt" "$cli" --lang en --db "$work/doc.seika" \
        import-csv --table observations "$work/obs.csv" >"$work/import-out.txt" 2>&1; then
        head -20 "$work/import-out.txt"
        echo "seika-cli import-csv failed" >&2
        exit 1
    fi
    db_bytes "$work/doc.seika" >>"$work/docsize.txt"
    if [ "$i" -eq 1 ]; then
        # The import's report: its summary line, then any finding (there should be none).
        head -1 "$work/import-out.txt"
        findings="$(sed -n 's/.* \([0-9]*\) with errors, \([0-9]*\) warnings\.$/\1 \2/p' "$work/import-out.txt")"
        if [ "$findings" != "0 0" ]; then
            echo "NOTE: the import reported findings (errors, warnings: ${findings:-?}); the first lines:"
            sed -n '2,11p' "$work/import-out.txt"
        fi
    fi

    cp "$work/pristine.seika" "$work/dry.seika"
    /usr/bin/time -f "%e %M" -a -o "$work/dryrun.txt" "$cli" --lang en --db "$work/dry.seika" \
        import-csv --table observations --dry-run "$work/obs.csv" >/dev/null
    rm -f "$work/dry.seika"

    sqlite3 "$work/plain.db" "CREATE TABLE obs (indicator TEXT, fiscal_year INTEGER, area TEXT, numerator REAL,
        denominator REAL, value REAL, note TEXT, UNIQUE (indicator, fiscal_year, area))"
    /usr/bin/time -f "%e %M" -a -o "$work/sqlite.txt" sqlite3 "$work/plain.db" \
        ".import --csv --skip 1 \"$work/obs.csv\" obs"
    db_bytes "$work/plain.db" >>"$work/sqlitesize.txt"
    if [ "$i" -eq 1 ]; then
        echo "sqlite3 .import: $(sqlite3 "$work/plain.db" "SELECT COUNT(*) FROM obs") rows in the table"
    fi
done

# The export of the last run's document and table: one warm-up each (timed, shown apart), then alternately.
: >"$work/export.txt"
: >"$work/sqliteexport.txt"
first="$( { /usr/bin/time -f "%e" "$cli" --db "$work/doc.seika" export-csv --table observations \
    --out "$work/out.csv" >/dev/null; } 2>&1 | tail -1)"
sqlite3 -csv "$work/plain.db" "SELECT * FROM obs" >"$work/out2.csv"
for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e" -a -o "$work/export.txt" "$cli" --db "$work/doc.seika" export-csv --table observations \
        --out "$work/out.csv" >/dev/null
    /usr/bin/time -f "%e" -a -o "$work/sqliteexport.txt" sqlite3 -csv "$work/plain.db" "SELECT * FROM obs" \
        >"$work/out2.csv"
done

# The GUI on the imported document (issue 13): start to the first painted main window under Xvfb, one warm-up
# run, then RUNS runs. The window shows the document's one measure and its 1,250 indicators.
gui_ms=""
if command -v Xvfb >/dev/null; then
    cmake --build "$build" -j"${SEIKA_JOBS:-$(nproc)}" --target seika >/dev/null
    Xvfb :96 -screen 0 1440x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    : >"$work/gui.txt"
    for i in $(seq "$((runs + 1))"); do
        start=$(date +%s%3N)
        painted=$(DISPLAY=:96 SEIKA_BENCH_FIRST_PAINT=1 timeout 120 "$build/app/seika" "$work/doc.seika" 2>/dev/null \
            | awk '/first-paint-epoch-ms/ {print $2}')
        [ "$i" -gt 1 ] && [ -n "$painted" ] && echo "$((painted - start))" >>"$work/gui.txt"
    done
    kill "$xvfb_pid" 2>/dev/null || true
    gui_ms="$(median <"$work/gui.txt")"
fi

import_s="$(awk '{print $1}' "$work/import.txt" | median)"
import_mb="$(awk '{print $2/1024}' "$work/import.txt" | median)"
doc_mb="$(awk '{print $1/1048576}' "$work/docsize.txt" | median)"
dry_s="$(awk '{print $1}' "$work/dryrun.txt" | median)"
dry_mb="$(awk '{print $2/1024}' "$work/dryrun.txt" | median)"
sqlite_s="$(awk '{print $1}' "$work/sqlite.txt" | median)"
sqlite_mb="$(awk '{print $2/1024}' "$work/sqlite.txt" | median)"
sqlite_file_mb="$(awk '{print $1/1048576}' "$work/sqlitesize.txt" | median)"
export_s="$(median <"$work/export.txt")"
sqlite_export_s="$(median <"$work/sqliteexport.txt")"

printf 'seika-cli import-csv of %s rows: median %.2f s wall, median %.0f MB peak RSS  (goal: ≤ 300 MB)\n' \
    "$rows" "$import_s" "$import_mb"
printf 'sqlite3 .import into a table with the same unique key: median %.2f s wall, median %.0f MB peak RSS\n' \
    "$sqlite_s" "$sqlite_mb"
printf 'import ratio seika-cli / sqlite3: %s×  (goal: ≤ 1.5×)\n' "$(ratio "$import_s" "$sqlite_s")"
printf 'document after the import: median %.1f MB (.seika + -wal); sqlite3 file: median %.1f MB; ratio %s×  (goal: ≤ 2.5×)\n' \
    "$doc_mb" "$sqlite_file_mb" "$(ratio "$doc_mb" "$sqlite_file_mb")"
if [ "$(sqlite3 -readonly "$work/doc.seika" \
    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")" = 1 ]; then
    echo "audit rows in the document: $(sqlite3 -readonly "$work/doc.seika" "SELECT COUNT(*) FROM audit_log")"
fi
printf 'seika-cli import-csv --dry-run: median %.2f s wall, median %.0f MB peak RSS  (goal: stays as fast, ~1.3 s)\n' \
    "$dry_s" "$dry_mb"
printf 'seika-cli export-csv --table observations: median %.2f s (first, right after the runs: %.2f s); sqlite3 -csv: median %.2f s; ratio %s×  (goal: ≤ 1.0×)\n' \
    "$export_s" "$first" "$sqlite_export_s" "$(ratio "$export_s" "$sqlite_export_s")"
if [ -n "$gui_ms" ]; then
    printf 'seika GUI start to the first painted window on that document (Xvfb, warm): median %s ms  (goal: ≤ 2000 ms)\n' \
        "$gui_ms"
fi
echo "load after the runs: $(uptime | sed 's/.*load average/load average/')"
