#!/usr/bin/env bash
# `saywho analyze --jsonl` as a mapper under GNU parallel (docs/batch.md): a few thousand synthetic
# articles split by `parallel --pipe` over several saywho processes give, line by line, what one
# process gives. Skips (77) when GNU parallel is not installed (scripts/deps.sh installs it).
#
#   jsonl_parallel.sh SAYWHO_BINARY
set -euo pipefail
bin=${1:?usage: jsonl_parallel.sh SAYWHO_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
command -v parallel >/dev/null || { echo "GNU parallel is not installed; skipped"; exit 77; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/make_articles.py" 3000 "$tmp/in.jsonl" --bad 12
"$bin" analyze --jsonl -j 1 <"$tmp/in.jsonl" >"$tmp/single.jsonl"
# Small blocks, so the input goes out in many pieces to several processes; -k keeps their order.
parallel --will-cite --pipe -k --block 150k -j 3 "$bin" analyze --jsonl -j 1 <"$tmp/in.jsonl" >"$tmp/parallel.jsonl"

python3 - "$tmp/in.jsonl" "$tmp/single.jsonl" "$tmp/parallel.jsonl" <<'PY'
import json, sys
inp, single, par = (open(p, encoding="utf-8").read().splitlines() for p in sys.argv[1:])
assert len(single) == len(inp), f"single process: {len(single)} lines for {len(inp)} records"
assert len(par) == len(inp), f"parallel: {len(par)} lines for {len(inp)} records"
errors = 0
for n, (i, s, p) in enumerate(zip(inp, single, par), 1):
    assert s == p, f"line {n} differs:\n  single:   {s[:200]}\n  parallel: {p[:200]}"
    out = json.loads(s)
    try:
        want = json.loads(i).get("id")
    except ValueError:
        want = None
    assert out.get("id") == want, f"line {n}: id {out.get('id')!r}, want {want!r}"
    if "error" in out:
        errors += 1
    else:
        assert "quotes" in out and "dates" in out, f"line {n}: no result"
assert errors == 12, f"{errors} error lines, want 12"
quotes = sum(len(json.loads(s).get("quotes", [])) for s in single)
assert quotes > 3000, f"only {quotes} quotes found"
print(f"{len(inp)} records, {errors} error lines, {quotes} quotes: parallel --pipe output identical")
PY
