#!/usr/bin/env bash
# Runs two builds of `saywho analyze` over the same texts and compares their output byte for byte:
# for a change that must not alter what SayWho prints (a faster writer, a faster pipeline).
#
#   scripts/compare-output.sh OLD_SAYWHO NEW_SAYWHO [FILE...]
#
# Without files: the test articles under tests/data and, when ../shared is there, its articles and
# every corpus text (PolNeAR dev and train, the TimeML sets). Each set runs as JSON without and with
# --dct and as the text report. Exit status 0 when every output is identical, 1 otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?usage: compare-output.sh OLD_SAYWHO NEW_SAYWHO [FILE...]}
new=${2:?usage: compare-output.sh OLD_SAYWHO NEW_SAYWHO [FILE...]}
shift 2
shared=${SAYWHO_SHARED:-$root/../shared}

if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(
        find "$root/tests/data" "$root/resources/samples" -type f \( -name '*.txt' -o -name '*.html' \) | sort
        [ -d "$shared" ] && find "$shared/articles" "$shared/corpora" -type f \( -name '*.txt' -o -name '*.tml' \) | sort
    )
fi
[ ${#files[@]} -gt 0 ] || { echo "no files to compare" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
compare() {
    local label=$1
    shift
    local s_old=0 s_new=0
    "$old" analyze "$@" "${files[@]}" >"$tmp/old.out" 2>"$tmp/old.err" || s_old=$?
    "$new" analyze "$@" "${files[@]}" >"$tmp/new.out" 2>"$tmp/new.err" || s_new=$?
    if cmp -s "$tmp/old.out" "$tmp/new.out" && cmp -s "$tmp/old.err" "$tmp/new.err" && [ $s_old = $s_new ]; then
        echo "identical: $label ($(wc -l <"$tmp/new.out") lines, $(wc -c <"$tmp/new.out") bytes, exit $s_new)"
    else
        echo "DIFFERENT: $label (exit $s_old vs $s_new)"
        diff <(tr ',' '\n' <"$tmp/old.out") <(tr ',' '\n' <"$tmp/new.out") | head -20 || true
        diff "$tmp/old.err" "$tmp/new.err" | head -5 || true
        status=1
    fi
}
echo "${#files[@]} files"
compare "json" --format json
compare "json --dct" --format json --dct 2022-02-21
compare "text" --format text
exit $status
