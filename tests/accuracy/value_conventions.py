#!/usr/bin/env python3
"""How much of the date value gap is notation: value F1 as the shared scorer counts it, and again
with the gold's notational variants accepted. Not a test: it prints figures.

  value_conventions.py GOLD_DIR -- CMD ...

The variants are ones where the AQUAINT gold departs from the TIMEX3 notation that the dates issue
asks for:
  weeks      gold "2000-W7", SayWho "2000-W07" (ISO 8601 pads the week)
  years      gold "1949-XX" or "1994-XX-XX" for a bare year, SayWho "1949"
  day parts  gold "1998-10-23" for "Friday night", SayWho "1998-10-23TNI"
               (and TEV for TNI; the issue's own example is "Sunday night" -> "...TNI")
Everything else must match exactly, as in the scorer.
"""
import json, os, re, subprocess, sys

sys.path.insert(0, os.environ.get("SAYWHO_SCORER_DIR") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "tools"))
from score import match, overlap  # noqa: E402  (the shared scorer's own matching)


def notation(value):
    value = re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)
    value = re.sub(r"^(\d{4})(-XX)+$", r"\1", value)
    return re.sub(r"T(NI|MO|EV|AF)$", "", value)


def main():
    sep = sys.argv.index("--")
    gold_dir, cmd = sys.argv[1], sys.argv[sep + 1:]
    predicted = gold_total = exact = reconciled = 0
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".gold.json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        txt = os.path.join(gold_dir, name[:-len(".gold.json")] + ".txt")
        args = cmd + (["--dct", gold["dct"]] if gold.get("dct") else []) + [txt]
        pred = json.loads(subprocess.run(args, capture_output=True, check=True).stdout)
        pd, gd = pred.get("dates", []), gold.get("dates", [])
        predicted += len(pd)
        gold_total += len(gd)
        for pi, gi in match(pd, gd, lambda p, g: overlap((p["start"], p["end"]), (g["start"], g["end"])) > 0):
            exact += pd[pi]["value"] == gd[gi]["value"]
            reconciled += notation(pd[pi]["value"]) == notation(gd[gi]["value"])
    total = predicted + gold_total
    print(f"date_value_f1 {2 * exact / total:.3f} (as scored)")
    print(f"date_value_f1 {2 * reconciled / total:.3f} (week padding, bare years and day parts reconciled)")


if __name__ == "__main__":
    main()
