#!/usr/bin/env bash
# Compares SayWho's article extraction with Mozilla Readability on the hand-written pages in
# tests/data/html: token-level F1 of each against the expected text (*.expected.txt), side by side.
#
#   tests/bench/compare-readability.sh [BUILD_DIR]     (default: build)
#
# Readability and jsdom are installed from npm into $SAYWHO_READABILITY_DIR (default
# /tmp/saywho-readability) the first time; nothing is installed into the source tree.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build}
case "$build" in /*) ;; *) build=$root/$build ;; esac
extract=$build/tests/saywho-extract
if [ ! -x "$extract" ]; then
    echo "compare-readability: $extract is missing; build it with: cmake --build $build --target saywho-extract" >&2
    exit 2
fi
command -v node >/dev/null || { echo "compare-readability: node is not installed" >&2; exit 2; }

deps=${SAYWHO_READABILITY_DIR:-${TMPDIR:-/tmp}/saywho-readability}
if [ ! -d "$deps/node_modules/@mozilla/readability" ] || [ ! -d "$deps/node_modules/jsdom" ]; then
    echo "compare-readability: installing @mozilla/readability and jsdom into $deps" >&2
    mkdir -p "$deps"
    (cd "$deps" && { [ -f package.json ] || npm init -y >/dev/null; } &&
        npm install --silent --no-audit --no-fund @mozilla/readability jsdom >/dev/null)
fi

SAYWHO_READABILITY_DIR=$deps SAYWHO_EXTRACT=$extract exec node "$here/compare-readability.mjs" "$root"/tests/data/html/*.html
