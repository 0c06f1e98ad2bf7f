#!/usr/bin/env bash
# Configures (once) and builds SayWho into build/ with Ninja.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAYWHO_WERROR=$werror >/dev/null
fi
cmake --build build --parallel "$(nproc)"
