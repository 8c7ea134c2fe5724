#!/usr/bin/env bash
# Installs what AdReview needs to build, test, package and fuzz on Debian 12 (bookworm), from
# Debian's own packages: enough for a bare system (debootstrap --variant=minbase) to configure
# every preset and run the test command. Run it as root or as a user who may use sudo.
# Safe to run again: it installs only what is missing.
set -euo pipefail

packages=(
    # compilers and build tools; ccache keeps compiled objects between builds (outside the tree)
    cmake ninja-build g++ pkg-config ccache
    # Qt 6: the window, SQL drivers, icons, charts and translations. qt6-charts-dev needs the
    # OpenGL module's CMake files (libqt6opengl6-dev) but does not depend on it.
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libgl-dev
    qt6-charts-dev libqt6opengl6-dev
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    # SQLite's library and shell (the benchmark compares against the shell)
    libsqlite3-dev sqlite3
    # Ed25519 signatures of each device's decisions
    libsodium-dev
    # the team server: libpq to reach PostgreSQL; PostgreSQL 15 itself for the tests, which start
    # servers of their own (the cluster Debian's package makes is not used)
    libpq-dev postgresql-15
    # fonts for the window and the PDF reports; a virtual X server to run the window without a display
    fonts-dejavu-core xvfb xauth
    # test tools: PDF to text and images, JSON Schema, the manual page, the desktop files, the package
    poppler-utils python3 python3-jsonschema groff-base
    desktop-file-utils appstream shared-mime-info dpkg-dev file binutils
    # the fuzz preset: clang with libFuzzer and the sanitizer runtimes
    clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
        echo "setup: these Debian packages are missing: ${missing[*]}" >&2
        echo "setup: run scripts/setup.sh as root (sudo is not installed)" >&2
        exit 1
    fi
    sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
