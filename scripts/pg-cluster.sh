#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: its own data directory in a temporary folder, listening
# on 127.0.0.1 at a free port, its Unix socket inside that folder, trust authentication for the
# superuser "seika". Nothing of it outlives `stop`.
#
#   eval "$(scripts/pg-cluster.sh start)"   # sets SEIKA_TEST_PG_URL and SEIKA_TEST_PG_DIR
#   scripts/pg-cluster.sh stop "$SEIKA_TEST_PG_DIR"
#
# `start` prints the two export lines (and nothing else on stdout); SEIKA_TEST_PG_URL is the base URL the
# tests create their databases under (postgresql://seika@127.0.0.1:PORT/). initdb refuses to run as root:
# as root the cluster belongs to the postgres user (runuser), otherwise to the calling user.
# Takes about 1.5 s.
set -euo pipefail

pg_bindir() {
    local dir
    if command -v pg_config >/dev/null 2>&1; then
        dir="$(pg_config --bindir 2>/dev/null || true)"
        if [ -x "$dir/initdb" ]; then
            printf '%s\n' "$dir"
            return 0
        fi
    fi
    # Debian keeps the server's programs per major version; take the newest.
    dir="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
        printf '%s\n' "$dir"
        return 0
    fi
    echo "pg-cluster: PostgreSQL's initdb was not found (apt-get install postgresql)" >&2
    return 1
}

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    # Port 0 makes the kernel choose a free one; the tiny race until the server binds it is retried below.
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' \
        2>/dev/null || echo $((20000 + RANDOM % 20000))
}

start() {
    local bin dir port attempt
    bin="$(pg_bindir)"
    dir="$(mktemp -d /tmp/seika-pg.XXXXXX)"
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
    fi
    if ! as_owner "$bin/initdb" -D "$dir/data" -U seika --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1; then
        echo "pg-cluster: initdb failed:" >&2
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        return 1
    fi
    for attempt in 1 2 3 4 5; do
        port="$(free_port)"
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
            -o "-k $dir -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c max_connections=100" \
            start >/dev/null 2>&1; then
            echo "export SEIKA_TEST_PG_URL=postgresql://seika@127.0.0.1:$port/"
            echo "export SEIKA_TEST_PG_DIR=$dir"
            return 0
        fi
    done
    echo "pg-cluster: the server did not start:" >&2
    cat "$dir/server.log" >&2 || true
    rm -rf "$dir"
    return 1
}

stop() {
    local dir="${1:-${SEIKA_TEST_PG_DIR:-}}"
    if [ -z "$dir" ] || [ ! -d "$dir" ]; then
        return 0
    fi
    case "$dir" in
    /tmp/seika-pg.*) ;;
    *)
        echo "pg-cluster: refusing to remove $dir (not a cluster of this script)" >&2
        return 1
        ;;
    esac
    local bin
    bin="$(pg_bindir)"
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) stop "${2:-}" ;;
*)
    echo "usage: $0 start | stop [DIR]" >&2
    exit 1
    ;;
esac
