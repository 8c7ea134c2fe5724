#!/usr/bin/env bash
# Builds AdReview with warnings as errors and runs every test, starts the program for real, builds
# the Debian package, installs it and runs the installed program, then runs
# every test again under AddressSanitizer and UndefinedBehaviorSanitizer, then fuzzes the importers
# and the bundle reader for a minute each.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh ci
ctest --preset ci

# Smoke test: the real program, end to end, on a fresh demo database.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bin=build/app/adreview
export ADREVIEW_REVIEWER=ci ADREVIEW_DEVICE=ci-runner XDG_CONFIG_HOME="$work/config"
$bin demo --db "$work/demo.sqlite"
$bin cases --db "$work/demo.sqlite" --state open
id=$($bin decide --db "$work/demo.sqlite" CASE-2018-0013 ban --policy ADS-CRYPTO \
        --rationale "Promotes a cryptocurrency signals service" --evidence EV-1)
echo "decided: $id"
$bin verify --db "$work/demo.sqlite"
QT_QPA_PLATFORM=offscreen $bin --db "$work/demo.sqlite" --screenshot "$work/window.png"
test -s "$work/window.png"
$bin report --db "$work/demo.sqlite" -o "$work/report.pdf"
pdftotext "$work/report.pdf" "$work/report.txt"
grep -q "Kaspersky Lab" "$work/report.txt"
echo "smoke test: ok"

# The Debian package from the same tree: installed with apt as a user would, then the installed
# program run from /usr/bin, away from the build tree. Removed again unless it was installed before.
scripts/package.sh build
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
was_installed=no
dpkg-query -W -f='${Status}' adreview 2>/dev/null | grep -q "install ok installed" && was_installed=yes
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends --reinstall ./build/adreview_*.deb
if readelf -d /usr/bin/adreview | grep -E "R(UN)?PATH"; then
    echo "package: /usr/bin/adreview must not carry a run path into the build tree" >&2
    exit 1
fi
(cd / && /usr/bin/adreview --version && /usr/bin/adreview demo --db "$work/installed-demo.sqlite")
/usr/bin/adreview verify --db "$work/installed-demo.sqlite"
desktop-file-validate /usr/share/applications/org.adreview.AdReview.desktop
test -s /usr/share/icons/hicolor/256x256/apps/org.adreview.AdReview.png
[ "$was_installed" = yes ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y adreview
echo "package: ok"

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
scripts/build.sh sanitize
ctest --preset sanitize
echo "sanitizers: ok"

# A minute of libFuzzer on each of the importers and the bundle reader.
scripts/fuzz.sh 60
echo "fuzzing: ok"
