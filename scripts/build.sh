#!/usr/bin/env bash
# Configures and builds with a CMake preset (default: ci, optimised with assertions on).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
cmake --preset "$preset"
cmake --build --preset "$preset"
