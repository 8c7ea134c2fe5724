#!/usr/bin/env bash
# Builds the Debian package adreview_VERSION_ARCH.deb with CPack (the DEB generator set up at the
# end of CMakeLists.txt) from a build tree: build/ (the ci preset's) unless another is given.
# The tree is configured when it is not yet, and built, before CPack installs it into the package.
#
#     scripts/package.sh [BUILD_DIR]
#     sudo apt-get install ./build/adreview_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build}"
if [ ! -f "$dir/CPackConfig.cmake" ]; then
    if [ "$dir" = build ]; then
        cmake --preset ci
    else
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DADREVIEW_WERROR=ON
    fi
fi
for tool in dpkg-shlibdeps file; do
    command -v "$tool" >/dev/null || { echo "package: $tool is missing: run scripts/setup.sh" >&2; exit 1; }
done
cmake --build "$dir"
rm -f "$dir"/adreview_*.deb
(cd "$dir" && cpack -G DEB)
ls "$dir"/adreview_*.deb
