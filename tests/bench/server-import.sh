#!/usr/bin/env bash
# The 1,000,000-row CSV import into a PostgreSQL server (issue 16 §7), beside psql's \copy of the same file, in
# one run on one throwaway cluster:
#   tests/bench/server-import.sh [RUNS [ROWS [YEARS]]]   (defaults 3 runs, 1000000 rows, 100 fiscal years)
#   tests/bench/server-import.sh 1 10000 10              (a quick check)
# The document and the CSV are import.sh's (seika_bench_import: 1,250 ratio indicators × 100 years × the city
# and 7 wards, Japanese headers, no finding). Starts a cluster (scripts/pg-cluster.sh; trust authentication, no
# password anywhere) and stops it at the end. A login role kikaku (CREATEROLE) owns every database, as a city's
# planning section would; the import is made by a city editor, kikaku's user "toukei" (`admin add-user`), so that
# the roles, row-level security and the server's triggers all apply. Each run:
#   - a new database, the document copied in (`seika-cli copy`, not timed), then, timed as a whole process
#     (/usr/bin/time: wall time, peak RSS), `seika-cli --db postgresql://toukei@… import-csv --table observations`
#     — reading, validating, the COPY, the server's checks and audit, the commit; afterwards the stored figures,
#     the import's event and its audit entries are counted;
#   - a new database with one table of the CSV's columns and the same unique key (indicator, year, area),
#     filled by `psql -c '\copy … FROM FILE (FORMAT csv, HEADER)'` as kikaku, timed the same way.
# Prints the medians and their ratio (goal: seika-cli ≤ 2 × psql), and the machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${SEIKA_BUILD_DIR:-$root/build}"
runs="${1:-3}"
rows="${2:-1000000}"
years="${3:-100}"
cmake --build "$build" -j"${SEIKA_JOBS:-$(nproc)}" --target seika-cli seika_bench_import >/dev/null

work="$(mktemp -d)"
chmod 755 "$work" # the cluster's owner (postgres, when run as root) reads nothing here; psql and seika-cli do
eval "$("$root/scripts/pg-cluster.sh" start)"
trap '"$root/scripts/pg-cluster.sh" stop "$SEIKA_TEST_PG_DIR"; rm -rf "$work"' EXIT
cli="$build/app/seika-cli"
server="${SEIKA_TEST_PG_URL%/}"        # postgresql://seika@127.0.0.1:PORT
hostport="${server#postgresql://*@}"   # 127.0.0.1:PORT

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "?"}'; }
sql() { psql -qAtX -v ON_ERROR_STOP=1 "$@"; }

echo "CSV import into a PostgreSQL server (issue 16 §7): $(uptime | sed 's/^ *//')"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM; $(psql -qAtX "${server}/postgres" -c 'SHOW server_version' | sed 's/^/PostgreSQL /') (fsync off); build: $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")"
"$build/tests/bench/seika_bench_import" "$work/bench.json" "$work/obs.csv" "$rows" "$years"
"$cli" import-json "$work/bench.json" --out "$work/pristine.seika" >/dev/null
printf 'CSV %.1f MB, %s rows; runs: %s\n' "$(awk -v b="$(stat -c %s "$work/obs.csv")" 'BEGIN {print b / 1048576}')" "$rows" "$runs"
sql "${server}/postgres" -c "CREATE ROLE kikaku LOGIN CREATEROLE"

: >"$work/seika.txt"
: >"$work/psql.txt"
for run in $(seq "$runs"); do
    db="import_$run"
    sql "${server}/postgres" -c "CREATE DATABASE $db OWNER kikaku"
    "$cli" copy --from "$work/pristine.seika" --to "postgresql://kikaku@$hostport/$db" >/dev/null
    "$cli" --db "postgresql://kikaku@$hostport/$db" admin add-user toukei --role city-editor >/dev/null
    if ! /usr/bin/time -f "%e %M" -a -o "$work/seika.txt" "$cli" --lang en --db "postgresql://toukei@$hostport/$db" \
        import-csv --table observations "$work/obs.csv" >"$work/import-out.txt" 2>&1; then
        head -20 "$work/import-out.txt"
        echo "seika-cli import-csv failed" >&2
        exit 1
    fi
    counted="$(sql "${server}/$db" -F ' ' -c "SELECT (SELECT COUNT(*) FROM observations),
        c.values_added, c.user_name, (SELECT COUNT(*) FROM audit_log a WHERE a.change_id = c.id), c.rows_read,
        c.source_encoding, c.source_sha256 = '$(sha256sum "$work/obs.csv" | cut -d' ' -f1)'
        FROM changes c WHERE c.kind = 'import' ORDER BY c.revision DESC LIMIT 1")"
    if [ "$run" -eq 1 ]; then
        head -1 "$work/import-out.txt"
        echo "stored figures, the import's values added, its user, its audit entries, rows read, encoding, the file's SHA-256: $counted"
    fi
    read -r stored added _ _ read _ digest <<<"$counted"
    if [ "$stored" != "$rows" ] || [ "$added" != "$rows" ] || [ "$read" != "$rows" ] || [ "$digest" != t ]; then
        echo "the import stored $stored figures ($added added, $read rows read, digest right: $digest), not $rows" >&2
        exit 1
    fi

    peer="peer_$run"
    sql "${server}/postgres" -c "CREATE DATABASE $peer OWNER kikaku"
    sql "postgresql://kikaku@$hostport/$peer" -c "CREATE TABLE obs (indicator TEXT NOT NULL, fiscal_year INTEGER NOT NULL,
        area TEXT, numerator DOUBLE PRECISION, denominator DOUBLE PRECISION, value DOUBLE PRECISION, note TEXT,
        UNIQUE (indicator, fiscal_year, area))"
    /usr/bin/time -f "%e %M" -a -o "$work/psql.txt" psql -qX -v ON_ERROR_STOP=1 "postgresql://kikaku@$hostport/$peer" \
        -c "\\copy obs FROM '$work/obs.csv' WITH (FORMAT csv, HEADER true)" >/dev/null
    if [ "$run" -eq 1 ]; then
        echo "psql \\copy: $(sql "postgresql://kikaku@$hostport/$peer" -c 'SELECT COUNT(*) FROM obs') rows in the table"
    fi
    # Room for the next run.
    sql "${server}/postgres" -c "DROP DATABASE $db" -c "DROP DATABASE $peer"
done

seika_s="$(awk '{print $1}' "$work/seika.txt" | median)"
seika_mb="$(awk '{print $2/1024}' "$work/seika.txt" | median)"
psql_s="$(awk '{print $1}' "$work/psql.txt" | median)"
printf 'seika-cli import-csv into the server, %s rows: median %.2f s wall (runs: %s), median %.0f MB peak RSS\n' \
    "$rows" "$seika_s" "$(awk '{print $1}' "$work/seika.txt" | paste -sd ' ')" "$seika_mb"
printf 'psql \\copy into a table with the same unique key: median %.2f s wall (runs: %s)\n' \
    "$psql_s" "$(awk '{print $1}' "$work/psql.txt" | paste -sd ' ')"
printf 'import ratio seika-cli / psql \\copy: %s×  (goal: ≤ 2×)\n' "$(ratio "$seika_s" "$psql_s")"
echo "load after the runs: $(uptime | sed 's/.*load average/load average/')"
