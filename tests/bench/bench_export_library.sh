#!/usr/bin/env bash
# Export from the library (issue 11): 1,000 stored articles to each format with
# `saywho export --db DB --all`, in articles per second, on one core (-j 1) and on all cores, in
# one run. The articles are PolNeAR texts when ../shared is there, topped up with synthetic ones
# (tests/batch/make_articles.py). Prints figures; CTest does not run this.
#
#   tests/bench/bench_export_library.sh [BUILD_DIR] [COUNT]
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build}
count=${2:-1000}
bin=$build/bin/saywho
shared=${SAYWHO_SHARED:-$root/../shared}
[ -x "$bin" ] || { echo "build saywho first ($build)" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src"
# PolNeAR train and dev texts when ../shared is there, topped up with synthetic articles to COUNT.
origin=synthetic
for set in polnear-train polnear-dev; do
    [ -d "$shared/corpora/$set" ] || continue
    find "$shared/corpora/$set" -name '*.txt' | sort | while read -r f; do cp "$f" "$tmp/src/$set-$(basename "$f")"; done
    origin="PolNeAR and synthetic"
done
have=$(find "$tmp/src" -name '*.txt' | wc -l)
if ((have > count)); then
    find "$tmp/src" -name '*.txt' | sort | tail -n +"$((count + 1))" | xargs rm -f
elif ((have < count)); then
    python3 "$root/tests/batch/make_articles.py" "$((count - have))" "$tmp/a.jsonl"
    python3 - "$tmp/a.jsonl" "$tmp/src" <<'PY'
import json, sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    open(f"{sys.argv[2]}/s{n:04d}.txt", "w", encoding="utf-8").write(json.loads(line)["text"])
PY
fi

seconds() { # seconds of wall time a command takes, its output discarded
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; return 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

s=$(seconds "$bin" import --db "$tmp/lib.sqlite" "$tmp"/src/*.txt)
# Texts already stored (a duplicate article) are skipped: count what the library holds.
n=$("$bin" list --db "$tmp/lib.sqlite" | grep -c '^ *[0-9]')
printf '%d %s articles stored in %.1f s; %d cores, load %s\n' "$n" "$origin" "$s" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
# The formats as the help lists them ("The export format: json, html, …, odt."), over two lines.
formats=$("$bin" export --help | tr '\n' ' ' | sed -n 's/.*The export format: \([^.]*\)\..*/\1/p' | tr -d ',')
[ -n "$formats" ] || { echo "no formats in 'saywho export --help'" >&2; exit 1; }
printf '%-9s %14s %14s %10s\n' format "-j 1 art/s" "-j $(nproc) art/s" "MB"
for f in $formats; do
    one=$(seconds "$bin" export --db "$tmp/lib.sqlite" --all --format "$f" -j 1 --output "$tmp/out1-$f")
    all=$(seconds "$bin" export --db "$tmp/lib.sqlite" --all --format "$f" -j "$(nproc)" --output "$tmp/outn-$f")
    mb=$(du -sm "$tmp/outn-$f" | cut -f1)
    printf '%-9s %14.0f %14.0f %10s\n' "$f" "$(echo "$n / $one" | bc -l)" "$(echo "$n / $all" | bc -l)" "$mb"
    rm -rf "$tmp/out1-$f" "$tmp/outn-$f"
done
