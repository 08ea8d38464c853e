#!/usr/bin/env bash
# Seven ward offices entering figures into one document at once (issue 16 §7), on a PostgreSQL server beside
# the same workload on one .seika file, in one run:
#   tests/bench/server.sh [RUNS [COUNT]]      (defaults 3 runs, 1,000 figures per client)
# Starts a throwaway cluster (scripts/pg-cluster.sh) and stops it at the end. The document is the one
# seika_bench_import writes (100 ratio indicators × 10 fiscal years, the city and seven wards, no figures).
# Each run, on a fresh copy of it in a new database and in a new file, starts seven seika_bench_concurrent
# clients at once — one per ward, each entering COUNT figures of its own ward one write after the other (on
# the server each keeps its connection; on the file each write opens the document, waiting while another
# client has it, as `seika-cli --wait` does) — and measures the wall time until the last one is done, every
# write's latency, and afterwards counts the stored values: every client's value must be there exactly once,
# as it wrote it (no lost or duplicated value). Prints medians over the runs against the goals.
# On the server each client is its own login role, a ward editor of its own ward only (`seika-cli admin add-user
# bench_wN --role ward-editor --ward WARD` by the document's owner; the roles stay for the cluster's life), so that
# the server's row-level security, ward checks and audit triggers run for every write as they would in a city.
# The throwaway cluster trusts connections from 127.0.0.1 (scripts/pg-cluster.sh): no password is needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${SEIKA_BUILD_DIR:-$root/build}"
runs="${1:-3}"
count="${2:-1000}"
if [ "$count" -gt 1000 ]; then
    echo "COUNT is at most 1000 (100 indicators × 10 years per ward)" >&2
    exit 1
fi
cmake --build "$build" -j"${SEIKA_JOBS:-$(nproc)}" --target seika-cli seika_bench_import seika_bench_concurrent >/dev/null

work="$(mktemp -d)"
eval "$("$root/scripts/pg-cluster.sh" start)"
trap '"$root/scripts/pg-cluster.sh" stop "$SEIKA_TEST_PG_DIR"; rm -rf "$work"' EXIT
cli="$build/app/seika-cli"
hostport="${SEIKA_TEST_PG_URL#postgresql://*@}"
hostport="${hostport%/}" # 127.0.0.1:PORT
client="$build/tests/bench/seika_bench_concurrent"
wards=(川崎区 幸区 中原区 高津区 宮前区 多摩区 麻生区)

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
# The p-th percentile (nearest rank) of the numbers on standard input.
percentile() { sort -n | awk -v p="$1" '{a[NR]=$1} END {r=int((p*NR+99)/100); if (r<1) r=1; print a[r]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.1f", a / b; else print "?"}'; }

# The check of the stored values, the same SQL on both: every ward value as its client wrote it.
check_sql="SELECT COUNT(*), COUNT(DISTINCT o.indicator_id * 100000 + o.fiscal_year * 10 + o.area_id)
    FROM observations o JOIN indicators i ON i.id = o.indicator_id
    WHERE o.area_id IS NOT NULL AND o.denominator = 100000 + o.area_id
      AND o.numerator = 50000 + (i.number - 1) * 10 + (2025 - o.fiscal_year)"

echo "Concurrent entry, 7 clients × $count figures (issue 16 §7): $(uptime | sed 's/^ *//')"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM; build: $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")"
"$build/tests/bench/seika_bench_import" "$work/bench.json" "$work/obs.csv" 8000 10 >/dev/null
"$cli" import-json "$work/bench.json" --out "$work/pristine.seika" >/dev/null

# Runs the seven clients on location; appends the wall time (s) to $1.wall and the latencies to $1.lat. On a
# server, location is a database's name and client w connects as the ward editor bench_w(w+1).
run_clients() {
    local name="$1" location="$2" start end pids=() failed=0 where
    start=$(date +%s%N)
    for w in "${!wards[@]}"; do
        where="$location"
        [ "$name" = server ] && where="postgresql://bench_w$((w + 1))@$hostport/$location"
        "$client" "$where" "${wards[$w]}" "$count" "$work/$name-$w.lat" 2>"$work/$name-$w.err" &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
    end=$(date +%s%N)
    if [ "$failed" -ne 0 ]; then
        echo "a $name client failed:" >&2
        cat "$work/$name"-*.err >&2
        exit 1
    fi
    awk -v s="$start" -v e="$end" 'BEGIN {printf "%.3f\n", (e - s) / 1e9}' >>"$work/$name.wall"
    cat "$work/$name"-*.lat >>"$work/$name.lat"
}

for run in $(seq "$runs"); do
    db="bench_$run"
    psql -q "${SEIKA_TEST_PG_URL}postgres" -c "CREATE DATABASE $db" >/dev/null
    "$cli" copy --from "$work/pristine.seika" --to "${SEIKA_TEST_PG_URL}$db" >/dev/null
    for w in "${!wards[@]}"; do
        "$cli" --db "${SEIKA_TEST_PG_URL}$db" admin add-user "bench_w$((w + 1))" --role ward-editor \
            --ward "${wards[$w]}" >/dev/null
    done
    run_clients server "$db"
    psql -qAt -F ' ' "${SEIKA_TEST_PG_URL}$db" -c "$check_sql" >>"$work/server.count"
    # Every change was made by the ward editor of its ward, as the server recorded it.
    if [ "$(psql -qAt "${SEIKA_TEST_PG_URL}$db" -c "SELECT COUNT(DISTINCT user_name) FROM changes
        WHERE user_name LIKE 'bench\_w%'")" != 7 ]; then
        echo "the server did not record seven ward editors' changes" >&2
        exit 1
    fi

    cp "$work/pristine.seika" "$work/file-$run.seika"
    run_clients file "$work/file-$run.seika"
    sqlite3 -readonly -separator ' ' "$work/file-$run.seika" "$check_sql" >>"$work/file.count"
done

total=$((7 * count))
for name in server file; do
    wall="$(median <"$work/$name.wall")"
    printf '%-6s: median %.2f s for %d writes = %.0f writes/s; latency per write median %.1f ms, p95 %.1f ms; ' \
        "$name" "$wall" "$total" "$(awk -v t="$total" -v w="$wall" 'BEGIN {print t / w}')" \
        "$(median <"$work/$name.lat")" "$(percentile 95 <"$work/$name.lat")"
    awk -v t="$total" '{lost += t - $1; dup += $1 - $2} END {printf "stored as written: %s of %d in every run (lost %d, duplicated %d)\n", (lost == 0 && dup == 0) ? "all" : "NOT all", t, lost, dup}' \
        "$work/$name.count"
done
printf 'throughput server / file: %s×  (goal: ≥ 5×); server p95 %.1f ms (goal: ≤ 50 ms on loopback)\n' \
    "$(ratio "$(median <"$work/file.wall")" "$(median <"$work/server.wall")")" \
    "$(percentile 95 <"$work/server.lat")"
