#!/usr/bin/env bash
# The command line against the engine, and its memory. Prints figures; CTest does not run this.
#
#   tests/bench/bench_cli.sh [BUILD_DIR]
#
# 1. Throughput over many files: `saywho analyze --format json` over the PolNeAR development texts
#    copied COPIES times (default 12, 1,008 files), on all cores and with -j 1, beside bench_pipeline's
#    in-memory figures over the same files in the same run.
# 2. Peak memory (maximum resident set) of one 40 MB article, against the size of its text.
# 3. Peak memory over 1,000 and 10,000 files: flat when it does not grow with the count.
# Without ../shared the texts are synthetic (tests/batch/make_articles.py).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
bin=$build/bin/saywho
bench=$build/bench/bench_pipeline
shared=${SAYWHO_SHARED:-$root/../shared}
copies=${COPIES:-12}
[ -x "$bin" ] && [ -x "$bench" ] || { echo "build saywho and bench_pipeline first ($build)" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src" "$tmp/many"
if [ -d "$shared/corpora/polnear-dev" ]; then
    cp "$shared"/corpora/polnear-dev/*.txt "$tmp/src/"
    origin="PolNeAR dev"
else
    python3 "$root/tests/batch/make_articles.py" 84 "$tmp/a.jsonl"
    python3 - "$tmp/a.jsonl" "$tmp/src" <<'PY'
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    open(f"{sys.argv[2]}/s{n:03d}.txt", "w", encoding="utf-8").write(json.loads(line)["text"])
PY
    origin="synthetic"
fi
for ((c = 1; c <= copies; ++c)); do
    for f in "$tmp"/src/*.txt; do cp "$f" "$tmp/many/c${c}_$(basename "$f")"; done
done
mapfile -t files < <(find "$tmp/many" -name '*.txt' | sort)
mb=$(cat "${files[@]}" | wc -c | awk '{ printf "%.2f", $1 / 1e6 }')
echo "texts: $origin x $copies = ${#files[@]} files, $mb MB; $(nproc) cores"

wall() { # seconds of wall time of a command, its output discarded
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc -l
}
rate() { echo "$mb / $1" | bc -l | xargs printf "%.1f"; }

"$bin" analyze "${files[@]:0:20}" >/dev/null # warm the file cache and the binary
pipe=$("$bench" "$tmp/many" --rounds 1)
pipe_one=$(sed -n 's/^one thread: *\([0-9.]*\) MB.*/\1/p' <<<"$pipe")
pipe_all=$(sed -n 's/^all [0-9]* cores: *\([0-9.]*\) MB.*/\1/p' <<<"$pipe")
cli_all=$(rate "$(wall "$bin" analyze --format json "${files[@]}")")
cli_one=$(rate "$(wall "$bin" analyze --format json -j 1 "${files[@]}")")
printf "%-40s %8s MB/s\n" "bench_pipeline, one thread" "$pipe_one" "bench_pipeline, all cores" "$pipe_all" \
    "saywho analyze -j 1" "$cli_one" "saywho analyze (all cores)" "$cli_all"
printf "CLI / bench_pipeline: one thread %.2f, all cores %.2f\n" \
    "$(echo "$cli_one / $pipe_one" | bc -l)" "$(echo "$cli_all / $pipe_all" | bc -l)"

# One article of 40 MB: the texts one after another until 40 MB.
big=$tmp/big.txt
while [ "$(stat -c %s "$big" 2>/dev/null || echo 0)" -lt 40000000 ]; do cat "$tmp"/src/*.txt >>"$big"; done
truncate -s 40000000 "$big"
rss=$( { /usr/bin/time -f '%M %e' "$bin" analyze "$big" >/dev/null; } 2>&1 | tail -1)
read -r kb secs <<<"$rss"
printf "one 40 MB article: peak memory %.0f MB = %.1f x the text, %.1f s\n" \
    "$(echo "$kb / 1024" | bc -l)" "$(echo "$kb * 1024 / 40000000" | bc -l)" "$secs"

# Many files: 1,000 and 10,000 (links to the same texts).
for n in 1000 10000; do
    mkdir -p "$tmp/n$n"
    i=0
    while [ $i -lt $n ]; do
        for f in "$tmp"/src/*.txt; do
            [ $i -lt $n ] || break
            ln -s "$f" "$tmp/n$n/f$i.txt"
            i=$((i + 1))
        done
    done
    rss=$( { /usr/bin/time -f '%M %e' "$bin" analyze "$tmp/n$n"/*.txt >/dev/null; } 2>&1 | tail -1)
    read -r kb secs <<<"$rss"
    printf "%6d files: peak memory %.0f MB (%.1f s)\n" "$n" "$(echo "$kb / 1024" | bc -l)" "$secs"
done
