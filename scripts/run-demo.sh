#!/usr/bin/env bash
# Builds AdReview and opens the review window on a fresh copy of the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh ci
db="build/demo.sqlite"
build/app/adreview demo --db "$db" --force
exec build/app/adreview --db "$db" "$@"
