#!/usr/bin/env bash
# Builds AdReview and opens the review window on a fresh copy of the demo database. Options are
# passed to the program (e.g. --screenshot window.png, which needs no display).
set -euo pipefail
cd "$(dirname "$0")/.."

# Said at once, not after the build: the window needs a display, unless it only draws a picture.
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [[ " $* " != *" --screenshot"* ]]; then
    echo "run-demo: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set): run" \
         "'xvfb-run -a scripts/run-demo.sh' (scripts/setup.sh installs xvfb-run), or save a picture of the" \
         "window with 'scripts/run-demo.sh --screenshot window.png'" >&2
    exit 2
fi

scripts/setup.sh
scripts/build.sh ci
db="build/demo.sqlite"
build/app/adreview demo --db "$db" --force
exec build/app/adreview --db "$db" "$@"
