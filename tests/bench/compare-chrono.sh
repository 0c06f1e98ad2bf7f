#!/usr/bin/env bash
# Times chrono-node's date finding and SayWho's full pipeline over the same texts in the same run
# and prints both throughputs and their ratio. CTest does not run this; it prints figures.
#
#   tests/bench/compare-chrono.sh [SAYWHO_BINARY]
#
# Environment: SAYWHO_SHARED (default ../shared beside the repository), CHRONO_DIR (where chrono-node
# is installed when missing; default a folder under $TMPDIR), REPEAT (passes over the texts, default 20).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SAYWHO_SHARED:-$root/../shared}
bin=${1:-$root/build/bin/saywho}
peers=${CHRONO_DIR:-${TMPDIR:-/tmp}/saywho-chrono}
repeat=${REPEAT:-20}

[ -x "$bin" ] || { echo "no SayWho binary at $bin (build first or pass its path)" >&2; exit 2; }
command -v node >/dev/null || { echo "node is not installed" >&2; exit 2; }

if [ ! -d "$peers/node_modules/chrono-node" ]; then
    echo "installing chrono-node into $peers" >&2
    mkdir -p "$peers"
    (cd "$peers" && { [ -f package.json ] || npm init -y >/dev/null; } && npm install --silent --no-audit --no-fund chrono-node >/dev/null)
fi
cp "$shared/tools/peers/chrono-analyze.mjs" "$peers/"

# The same texts for both: every article of the development corpora and the sample articles.
mapfile -t files < <(find "$shared/corpora" "$shared/articles" -name '*.txt' -type f | sort)
[ ${#files[@]} -gt 0 ] || { echo "no texts under $shared" >&2; exit 2; }
bytes=$(cat "${files[@]}" | wc -c)
total=$((bytes * repeat))

# The shared adapter must work here before its library is timed.
node "$peers/chrono-analyze.mjs" --dct 2022-02-21 "${files[0]}" >/dev/null

# chrono-node in one process (its start-up is left out), the adapter's parse call on every text.
cat > "$peers/chrono-bench.mjs" <<'JS'
import fs from 'node:fs';
import * as chrono from 'chrono-node';
const [repeat, ...files] = process.argv.slice(2);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const ref = new Date('2022-02-21T12:00:00');
let found = 0;
const t0 = process.hrtime.bigint();
for (let r = 0; r < Number(repeat); ++r)
  for (const t of texts) found += chrono.parse(t, ref).length;
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`${secs} ${found}`);
JS
read -r chrono_secs chrono_found < <(node "$peers/chrono-bench.mjs" "$repeat" "${files[@]}")

# SayWho: the whole pipeline (segmentation, quotes, speakers, dates) and JSON output, one process on
# all cores (saywho analyze -j, default one job per core).
args=()
for ((r = 0; r < repeat; ++r)); do args+=("${files[@]}"); done
t0=$(date +%s.%N)
"$bin" analyze --format json "${args[@]}" >/dev/null
t1=$(date +%s.%N)

python3 - "$total" "$chrono_secs" "$chrono_found" "$t0" "$t1" "${#files[@]}" "$repeat" <<'PY'
import sys
total, csecs, cfound, t0, t1, nfiles, rep = sys.argv[1:]
total = int(total); csecs = float(csecs); ssecs = float(t1) - float(t0)
mb = total / 1e6
print(f"texts: {nfiles} files x {rep} passes = {mb:.1f} MB")
print(f"chrono-node (dates only):         {mb / csecs:8.2f} MB/s  ({csecs:.2f} s, {int(cfound) // int(rep)} dates a pass)")
print(f"saywho (pipeline+JSON, all cores): {mb / ssecs:8.2f} MB/s  ({ssecs:.2f} s)")
print(f"ratio saywho/chrono: {csecs / ssecs:.2f}x")
PY
