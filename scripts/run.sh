#!/usr/bin/env bash
# Installs what is missing, builds Seika and starts the GUI on the user's default document
# (created from the bundled Kawasaki sample on first start). Without a display, writes the
# sample's summary and its FY2017 council report (PDF) with seika-cli instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/deps.sh
source "$root/scripts/deps.sh"
seika_install_deps
seika_build "$root"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "seika: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the GUI cannot start; writing the sample's summary and council report instead."
    out="$root/build/output"
    mkdir -p "$out"
    rm -f "$out/sample.seika" "$out/sample.seika-wal" "$out/sample.seika-shm"
    "$root/build/app/seika-cli" init "$out/sample.seika" --sample kawasaki >/dev/null
    "$root/build/app/seika-cli" --db "$out/sample.seika" summary >"$out/summary.txt"
    "$root/build/app/seika-cli" --db "$out/sample.seika" summary --format json >"$out/summary.json"
    echo "seika: summary written to $out/summary.txt (and summary.json)"
    "$root/build/app/seika-cli" --db "$out/sample.seika" report --year 2017 --out "$out/council-report-2017.pdf" >/dev/null
    echo "seika: council report (FY2017, A4) written to $out/council-report-2017.pdf"
    exit 0
fi

exec "$root/build/app/seika" "$@"
