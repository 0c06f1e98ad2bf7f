#!/usr/bin/env python3
"""Speaker errors by the sieve that decided them: where attribution loses accuracy on a gold set.

  scripts/attribution-errors.py GOLD_DIR PRED_DIR [RULE|all|missed|fp]

PRED_DIR holds NAME.json, the `saywho analyze --format json` output for each NAME.gold.json of
GOLD_DIR (for instance from `for f in GOLD_DIR/*.txt; do saywho analyze --format json $f > ...`).
Prints, per rule, the wrong speakers among the quotes matched to a gold quote, then (with RULE or
`all`) each wrong one in its context, or the missed gold quotes (`missed`) or the predicted ones
that match none (`fp`). Matching and speaker correctness are the shared scorer's
(../shared/tools/score.py, or $SAYWHO_SCORER). A tool for reading errors; CTest does not run it.
"""
import collections, json, os, sys

import sharedscorer

S = sharedscorer.load()


def context(text, b, e, width=150):
    return text[max(0, b - width):min(len(text), e + width)].replace("\n", " ¶ ")


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    show = sys.argv[3] if len(sys.argv) > 3 else None
    wrong, right = collections.Counter(), collections.Counter()
    missed, unmatched = [], []
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".gold.json"):
            continue
        base = name[: -len(".gold.json")]
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        if "quotes" not in gold:
            continue
        text = open(os.path.join(gold_dir, base + ".txt"), encoding="utf-8").read()
        pred = json.load(open(os.path.join(pred_dir, base + ".json"), encoding="utf-8"))
        pq, gq = pred.get("quotes", []), gold["quotes"]
        pairs = S.match(pq, gq, lambda p, g: S.overlap(S.trim(text, p["start"], p["end"]),
                                                        S.trim(text, g["start"], g["end"])) >= 0.5)
        for pi, gi in pairs:
            p, g = pq[pi], gq[gi]
            ok = S.speaker_ok(text, p, g)
            rule = p.get("rule") or "-"
            (right if ok else wrong)[rule] += 1
            if not ok and show in ("all", rule):
                sp = p.get("speaker") or {}
                golds = [m["text"] for m in g.get("speaker_mentions") or []]
                print(f"== {base} rule={rule} predicted={sp.get('name')!r} "
                      f"[{(sp.get('mention') or {}).get('text')!r}] gold={golds}")
                print("   ", context(text, p["start"], p["end"]))
        matched_g = {gi for _, gi in pairs}
        matched_p = {pi for pi, _ in pairs}
        missed += [(base, context(text, g["start"], g["end"], 100)) for i, g in enumerate(gq) if i not in matched_g]
        unmatched += [(base, p.get("rule"), context(text, p["start"], p["end"], 100))
                      for i, p in enumerate(pq) if i not in matched_p]
    print(f"{'rule':28s} wrong/total accuracy")
    for rule in sorted(set(wrong) | set(right), key=lambda r: -wrong[r]):
        n = wrong[rule] + right[rule]
        print(f"{rule:28s} {wrong[rule]:5d}/{n:5d} {right[rule] / n:.2f}")
    print(f"wrong {sum(wrong.values())} missed {len(missed)} unmatched {len(unmatched)}")
    if show == "missed":
        for base, ctx in missed:
            print("MISSED", base, "|", ctx)
    if show == "fp":
        for base, rule, ctx in unmatched:
            print("UNMATCHED", base, rule, "|", ctx)


if __name__ == "__main__":
    main()
