#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, AddressSanitizer, UndefinedBehaviorSanitizer) of the JSON
# and CSV case importers and the sync-bundle reader, and fuzzes each for SECONDS (default 60).
# New inputs go to build-fuzz/corpus/, failing ones to build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
cmake --preset fuzz -DADREVIEW_FUZZ_SECONDS="$seconds"
cmake --build --preset fuzz
ctest --preset fuzz
