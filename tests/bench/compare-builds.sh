#!/usr/bin/env bash
# bench_pipeline of two builds side by side in the same run, alternating, so that a busy or
# throttled machine affects both alike. Prints each run's one-thread and all-core MB/s and the CPU
# seconds of the whole run (steadier than wall time on a shared machine), the medians and their
# ratios. A figure; CTest does not run this.
#
#   tests/bench/compare-builds.sh OLD_BUILD_DIR NEW_BUILD_DIR [RUNS] [-- bench_pipeline arguments]
#
# OLD_BUILD_DIR is, for example, a build of the commit before a change:
#   git worktree add /tmp/base <commit> && cmake -S /tmp/base -B /tmp/base/build -G Ninja \
#       -DCMAKE_BUILD_TYPE=RelWithDebInfo && cmake --build /tmp/base/build --target bench_pipeline
set -euo pipefail
old=${1:?usage: compare-builds.sh OLD_BUILD_DIR NEW_BUILD_DIR [RUNS] [-- ARGS]}
new=${2:?usage: compare-builds.sh OLD_BUILD_DIR NEW_BUILD_DIR [RUNS] [-- ARGS]}
runs=${3:-5}
shift $(($# < 3 ? $# : 3))
[ "${1:-}" = "--" ] && shift
args=("$@")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for ((r = 1; r <= runs; ++r)); do
    for which in old new; do
        dir=$old
        [ $which = new ] && dir=$new
        out=$(/usr/bin/time -f 'cpu %U' "$dir/bench/bench_pipeline" "${args[@]}" 2>&1)
        cpu=$(sed -n 's/^cpu \([0-9.]*\)$/\1/p' <<<"$out")
        echo "$cpu" >>"$tmp/$which.cpu"
        one=$(sed -n 's/^one thread: *\([0-9.]*\) MB.*/\1/p' <<<"$out")
        all=$(sed -n 's/^all [0-9]* cores: *\([0-9.]*\) MB.*/\1/p' <<<"$out")
        echo "$one" >>"$tmp/$which.one"
        echo "$all" >>"$tmp/$which.all"
        printf "run %d %-3s one thread %6s MB/s, all cores %6s MB/s, %6s s CPU\n" "$r" "$which" "$one" "$all" "$cpu"
    done
done
python3 - "$tmp" <<'PY'
import statistics, sys
d = sys.argv[1]
med = {k: statistics.median(float(x) for x in open(f"{d}/{k}")) for k in ("old.one", "new.one", "old.all", "new.all", "old.cpu", "new.cpu")}
print(f"median one thread: old {med['old.one']:.1f}, new {med['new.one']:.1f} MB/s: new/old {med['new.one'] / med['old.one']:.2f}x")
print(f"median CPU time of the whole run (the same work in both): old {med['old.cpu']:.2f} s, new {med['new.cpu']:.2f} s: old/new {med['old.cpu'] / med['new.cpu']:.2f}x")
print(f"median all cores:  old {med['old.all']:.1f}, new {med['new.all']:.1f} MB/s: new/old {med['new.all'] / med['old.all']:.2f}x")
PY
