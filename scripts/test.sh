#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (unit, widget and accuracy tests),
# then the sanitizer build: the core unit tests under ASan and UBSan with Qt's assertions on, and
# each fuzzing harness for a fixed number of runs (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
(cd build && ctest --output-on-failure --parallel "$(nproc)" "$@")
scripts/fuzz.sh
