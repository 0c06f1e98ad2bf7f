#!/usr/bin/env bash
# The sanitizer build (clang, Debug so that Qt's assertions are on, AddressSanitizer and
# UndefinedBehaviorSanitizer) in build-fuzz/: runs the core unit tests once, then each libFuzzer
# harness of tests/fuzz for a fixed number of runs from its seed corpus. Called by scripts/test.sh.
#
#   scripts/fuzz.sh                 the CI step
#   FUZZ_RUNS=0 scripts/fuzz.sh     unit tests only
#   scripts/fuzz.sh --long SECONDS  each harness for SECONDS (outside CI; finds go to build-fuzz/finds/)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${FUZZ_RUNS:-}
long=
if [ "${1:-}" = "--long" ]; then
    long=${2:?seconds}
fi
harnesses=(textdecoder htmlimporter pipeline sidecar documentjson)
# Runs per harness in CI, sized so the whole fuzz step takes a few minutes on 2 cores.
declare -A ci_runs=([textdecoder]=200000 [htmlimporter]=10000 [pipeline]=5000 [sidecar]=200000 [documentjson]=5000)
# Input size limits: the pipeline's cost is per byte; big inputs only slow the search.
declare -A max_len=([textdecoder]=4096 [htmlimporter]=16384 [pipeline]=4096 [sidecar]=2048 [documentjson]=8192)

if ! command -v clang++ >/dev/null; then
    echo "fuzz: clang++ is missing; scripts/deps.sh installs it" >&2
    exit 1
fi
# Line tables are all a sanitizer's report needs, and full debug information slows the build.
if [ ! -f build-fuzz/build.ninja ]; then
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG="-gline-tables-only -O1" -DSAYWHO_SANITIZE=ON -DSAYWHO_FUZZ=ON >/dev/null
fi
cmake --build build-fuzz --parallel "$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
if [ -z "$long" ]; then
    (cd build-fuzz && ctest --output-on-failure --parallel "$(nproc)")
fi
[ "$runs" = "0" ] && exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for h in "${harnesses[@]}"; do
    mkdir -p "$work/$h"
    args=(-dict=tests/fuzz/saywho.dict -max_len="${max_len[$h]}" -timeout=10 -rss_limit_mb=2048
          -print_final_stats=1)
    if [ -n "$long" ]; then
        mkdir -p "build-fuzz/finds/$h" "build-fuzz/corpus/$h"
        args+=(-max_total_time="$long" -artifact_prefix="build-fuzz/finds/$h/")
        out="build-fuzz/corpus/$h"
    else
        args+=(-runs="${runs:-${ci_runs[$h]}}" -artifact_prefix="$work/$h-")
        out="$work/$h"
    fi
    start=$(date +%s)
    if ! build-fuzz/fuzz/fuzz_"$h" "${args[@]}" "$out" "tests/fuzz/corpus/$h" >"$work/$h.log" 2>&1; then
        status=1
        echo "fuzz_$h: FAILED"
        tail -n 40 "$work/$h.log"
        ls "$work"/"$h"-* 2>/dev/null || true
        continue
    fi
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$h.log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz_$h: $execs inputs in $(($(date +%s) - start)) s, no finding"
done
exit $status
