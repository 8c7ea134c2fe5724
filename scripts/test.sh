#!/usr/bin/env bash
# Builds AdReview with warnings as errors and runs every test, starts the program for real, then runs
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

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
scripts/build.sh sanitize
ctest --preset sanitize
echo "sanitizers: ok"

# A minute of libFuzzer on each of the importers and the bundle reader.
scripts/fuzz.sh 60
echo "fuzzing: ok"
