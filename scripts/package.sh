#!/usr/bin/env bash
# Builds the Debian package of Seika and checks it (docs/packaging.md):
#   scripts/package.sh            → build/dist/seika_VERSION_ARCH.deb
# Installs what is missing first (as run.sh and test.sh do), plus the tools the check uses.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/deps.sh
source "$root/scripts/deps.sh"
SEIKA_PACKAGES+=(dpkg-dev lintian desktop-file-utils appstream libxml2-utils)
seika_install_deps
seika_build "$root"
build="$root/build"
rm -rf "$build/dist"
(cd "$build" && cpack -G DEB >&2)
deb="$(ls "$build"/dist/seika_*.deb)"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
"$root/tests/package/check-package.sh" "$deb" "$version"
echo "$deb"
