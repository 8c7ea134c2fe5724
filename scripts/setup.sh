#!/usr/bin/env bash
# Installs what AdReview needs to build and test on Debian 12, from Debian's own packages.
# Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libgl-dev
    qt6-charts-dev
    libsqlite3-dev sqlite3
    poppler-utils python3-jsonschema
    clang libclang-rt-14-dev
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    desktop-file-utils appstream shared-mime-info dpkg-dev file
    groff-base
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
