#!/usr/bin/env python3
"""Date errors by class: where the temporal tagger loses strict, relaxed or value F1 on a TimeML set.

  scripts/date-errors.py GOLD_DIR PRED_DIR [CLASS|all]

PRED_DIR holds NAME.json, the `saywho analyze --format json --dct DCT` output for each NAME.gold.json
of GOLD_DIR. Matching is the shared scorer's (../shared/tools/score.py, or $SAYWHO_SCORER): relaxed
pairs overlap, strict pairs have the same span. Each error is put in a class named by what went
wrong and the words involved (fp:now, miss:the-quarter, value:weekday, span:...); the classes are
printed by count, then (with CLASS, a prefix of one, or `all`) each error with gold and predicted
text and value in its context. A tool for reading errors; CTest does not run it.
"""
import collections, json, os, re, sys

import sharedscorer

S = sharedscorer.load()

WEEKDAYS = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"


def context(text, b, e, width=80):
    return (text[max(0, b - width):b] + "[" + text[b:e] + "]" + text[e:min(len(text), e + width)]).replace("\r\n", " ¶ ").replace("\n", " ¶ ")


def shape(words):
    """A short key for an expression's wording: the words that decide how it is read."""
    w = words.lower()
    if re.fullmatch(WEEKDAYS + r"('s)?", w):
        return "weekday"
    if re.search(r"\bago\b", w):
        return "N-units-ago"
    if re.search(r"\b(earlier|later)\b", w) and re.search(r"\b(year|month|week|day|quarter)s?\b", w):
        return "N-units-earlier/later"
    if re.search(r"\bquarter\b", w):
        return "quarter"
    if re.fullmatch(r"(the )?(now|current|currently|future|the future|recently|the past|past|today|yesterday|tomorrow)", w):
        return w.replace(" ", "-")
    if re.search(r"\b(year|week|month|day)\b", w) and re.search(r"\bended\b|\bending\b", w):
        return "period-ended"
    if re.fullmatch(r"(the )?(year|week|month|day|period|decade)", w):
        return "the-" + w.split()[-1]
    if re.search(r"\b(year|years|month|months|week|weeks|day|days)\b", w):
        return "units"
    if re.search(r"\d{4}", w):
        return "year-or-date"
    return "other"


def main():
    gold_dir, pred_dir = sys.argv[1], sys.argv[2]
    show = sys.argv[3] if len(sys.argv) > 3 else None
    classes = collections.Counter()
    examples = collections.defaultdict(list)
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".gold.json"):
            continue
        base = name[: -len(".gold.json")]
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        if "dates" not in gold:
            continue
        text = open(os.path.join(gold_dir, base + ".txt"), encoding="utf-8", newline="").read()
        pred = json.load(open(os.path.join(pred_dir, base + ".json"), encoding="utf-8"))
        pd, gd = pred.get("dates", []), gold["dates"]
        rel = S.match(pd, gd, lambda p, g: S.overlap((p["start"], p["end"]), (g["start"], g["end"])) > 0)
        mp, mg = {pi for pi, _ in rel}, {gi for _, gi in rel}

        def add(cls, line):
            classes[cls] += 1
            examples[cls].append(f"{base} {line}")

        for pi, gi in rel:
            p, g = pd[pi], gd[gi]
            pt, gt = text[p["start"]:p["end"]], text[g["start"]:g["end"]]
            if p.get("value") != g.get("value"):
                add(f"value:{shape(gt)}", f"gold {gt!r}={g['value']} pred {pt!r}={p.get('value')} "
                    f"({p.get('rule', '-')}) dct {gold.get('dct')} | {context(text, g['start'], g['end'])}")
            if (p["start"], p["end"]) != (g["start"], g["end"]):
                add(f"span:{shape(gt)}", f"gold {gt!r} pred {pt!r} ({p.get('rule', '-')}) | "
                    f"{context(text, min(p['start'], g['start']), max(p['end'], g['end']))}")
        for pi, p in enumerate(pd):
            if pi not in mp:
                pt = text[p["start"]:p["end"]]
                add(f"fp:{shape(pt)}", f"pred {pt!r}={p.get('value')} ({p.get('rule', '-')}) | "
                    f"{context(text, p['start'], p['end'])}")
        for gi, g in enumerate(gd):
            if gi not in mg:
                gt = text[g["start"]:g["end"]]
                add(f"miss:{shape(gt)}", f"gold {gt!r}={g['value']} {g.get('type')} | "
                    f"{context(text, g['start'], g['end'])}")
    for cls, n in classes.most_common():
        print(f"{n:5d} {cls}")
    if show:
        for cls in sorted(examples, key=lambda c: -classes[c]):
            if show == "all" or cls.startswith(show):
                print(f"== {cls} ({classes[cls]})")
                for line in examples[cls]:
                    print("  ", line)


if __name__ == "__main__":
    main()
