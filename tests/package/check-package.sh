#!/usr/bin/env bash
# Checks a built Seika Debian package as an IT department would receive it (docs/packaging.md):
#   check-package.sh PACKAGE.deb VERSION
# - its control data: name, version, the dependencies that pull in Qt's plugins and the Japanese font;
# - its contents: the two programs, the launcher, the icons, the metainfo, the MIME type, the copyright;
# - the launcher, the metainfo and the MIME XML validate (desktop-file-validate, appstreamcli, xmllint)
#   when those tools are installed;
# - the installed programs work from an unpacked root: seika-cli --version, init, summary; seika --version
#   without a display;
# - lintian reports no error, when lintian is installed.
# Exits non-zero and says what is wrong on the first failure.
set -euo pipefail
deb="$1"
version="$2"
fail() { echo "check-package: $*" >&2; exit 1; }
[ -f "$deb" ] || fail "no package at $deb"

field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = seika ] || fail "the package is named '$(field Package)', not seika"
[ "$(field Version)" = "$version" ] || fail "the package's version is '$(field Version)', not $version"
depends="$(field Depends)"
for dep in libqt6widgets6 libqt6charts6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 fonts-noto-cjk; do
    grep -q "\b$dep\b" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

contents="$(dpkg-deb --contents "$deb" | awk '{print $6}')"
for path in ./usr/bin/seika ./usr/bin/seika-cli \
    ./usr/share/applications/io.github.seika.Seika.desktop \
    ./usr/share/metainfo/io.github.seika.Seika.metainfo.xml \
    ./usr/share/mime/packages/seika.xml \
    ./usr/share/icons/hicolor/scalable/apps/seika.svg \
    ./usr/share/icons/hicolor/16x16/apps/seika.png ./usr/share/icons/hicolor/48x48/apps/seika.png \
    ./usr/share/icons/hicolor/256x256/apps/seika.png \
    ./usr/share/doc/seika/copyright; do
    grep -qxF "$path" <<<"$contents" || fail "the package does not hold $path"
done
if grep -E '^\./usr/(bin|lib)/.*(test|bench|iconrender)' <<<"$contents"; then
    fail "the package holds a test, benchmark or build tool"
fi

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.seika.Seika.desktop" || fail "the launcher does not validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.seika.Seika.metainfo.xml" >"$root/as.log" 2>&1 ||
        { cat "$root/as.log" >&2; fail "the metainfo does not validate"; }
fi
if command -v xmllint >/dev/null; then
    xmllint --noout "$root/usr/share/mime/packages/seika.xml" || fail "the MIME type is not well-formed XML"
fi

# The installed programs, run from the unpacked root with no display.
out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/seika-cli" --version)"
[ "$out" = "seika-cli $version" ] || fail "seika-cli --version says '$out'"
out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/seika" --version)"
[ "$out" = "seika $version" ] || fail "seika --version says '$out'"
"$root/usr/bin/seika-cli" init "$root/sample.seika" >/dev/null || fail "seika-cli init failed"
summary="$("$root/usr/bin/seika-cli" --lang ja --db "$root/sample.seika" summary)" || fail "seika-cli summary failed"
grep -q "市民参加の促進と多様な主体との協働・連携のしくみづくり" <<<"$summary" || fail "the summary lacks the sample's measure"
grep -q "62.1%" <<<"$summary" || fail "the summary lacks the sample's 62.1 %"

if command -v lintian >/dev/null; then
    # Errors fail the check; warnings are shown.
    if ! lintian --no-tag-display-limit "$deb" >"$root/lintian.log" 2>&1; then
        if grep -q '^E:' "$root/lintian.log"; then
            cat "$root/lintian.log" >&2
            fail "lintian reports errors"
        fi
    fi
    grep -E '^[WE]:' "$root/lintian.log" >&2 || true
fi
echo "check-package: $deb is good"
