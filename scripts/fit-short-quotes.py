#!/usr/bin/env python3
"""Fits the short-quote model (resources/lexicon/short_quote_model.txt) on a PolNeAR gold folder.

  scripts/fit-short-quotes.py BUILD_DIR GOLD_DIR [--threshold T] [--l2 L] [--write]

A short quote (three words or fewer) that no reliable sieve attributed is a quotation inside an
attribution or scare quotes; the model weighs features computed by the engine
(core/analysis/attribution/shortquotefeatures.cpp). BUILD_DIR/tests/short-quote-rows gives one row
per such quote; a row is a quotation when it matches a gold quote as the shared scorer matches
(../shared/tools/score.py, or $SAYWHO_SCORER), and a positive (--label attributed, the default)
when its speaker is the gold one too: a kept quotation with the wrong speaker costs speaker
accuracy what it gains quote F1. The fit is L2-regularised logistic regression by
Newton's method, so the same rows always give the same weights. Prints the weights, and per
threshold how many quotations and non-quotations would be kept and how many of the kept
quotations get the gold speaker; --write stores the model. Fit on the train split only
(polnear-train) and check the result on polnear-dev. A tool for developers; CTest does not run it.
"""
import argparse, json, math, os, subprocess

import sharedscorer

here = os.path.dirname(os.path.abspath(__file__))
S = sharedscorer.load()
MODEL = os.path.join(here, "..", "resources", "lexicon", "short_quote_model.txt")


def rows(build, gold_dir):
    out = subprocess.run([os.path.join(build, "tests", "short-quote-rows"), gold_dir], check=True,
                         capture_output=True, text=True).stdout
    lines = out.splitlines()
    names = json.loads(lines[0])["features"]
    golds, texts, result = {}, {}, []
    for line in lines[1:]:
        r = json.loads(line)
        name = r["name"]
        if name not in golds:
            golds[name] = json.load(open(os.path.join(gold_dir, name + ".gold.json"), encoding="utf-8"))["quotes"]
            texts[name] = open(os.path.join(gold_dir, name + ".txt"), encoding="utf-8").read()
        text = texts[name]
        p = (r["start"], r["end"])
        match = [g for g in golds[name]
                 if S.overlap(S.trim(text, *p), S.trim(text, g["start"], g["end"])) >= 0.5]
        right = bool(match) and S.speaker_ok(text, {"speaker": r.get("speaker") or {}}, match[0])
        result.append((r["x"], 1.0 if match else 0.0, right))
    return names, result


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(data, l2):
    k = len(data[0][0]) + 1
    w = [0.0] * k
    for _ in range(50):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y, _ in data:
            v = [1.0] + x
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, v))))
            for i in range(k):
                grad[i] += (p - y) * v[i]
                for j in range(k):
                    hess[i][j] += p * (1 - p) * v[i] * v[j]
        for i in range(1, k):  # the bias is not shrunk
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def prob(w, x):
    return 1 / (1 + math.exp(-(w[0] + sum(a * b for a, b in zip(w[1:], x)))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("gold")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--label", choices=["quotation", "attributed"], default="attributed")
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    names, data = rows(a.build, a.gold)
    # Speaker accuracy counts a kept quotation with a wrong speaker against the engine, so by
    # default a row is a positive only when its speaker is right as well.
    labelled = data if a.label == "quotation" else [(x, 1.0 if y and r else 0.0, r) for x, y, r in data]
    w = fit(labelled, a.l2)
    print(f"{len(data)} rows, {int(sum(y for _, y, _ in data))} quotations")
    for n, v in sorted(zip(["bias"] + names, w), key=lambda t: -abs(t[1])):
        print(f"  {n:28s} {v:+.3f}")
    print("threshold kept-quotations kept-others speaker-right")
    for t in [x / 20 for x in range(4, 17)]:
        kept = [(y, r) for x, y, r in data if prob(w, x) >= t]
        print(f"  {t:.2f} {int(sum(y for y, _ in kept)):5d} {int(sum(1 - y for y, _ in kept)):5d} "
              f"{sum(1 for y, r in kept if y and r):5d}")
    if a.write:
        with open(MODEL, "w", encoding="utf-8") as f:
            f.write("# The short-quote model (core/analysis/attribution/shortquotefeatures.h): written by\n"
                    f"#   scripts/fit-short-quotes.py BUILD_DIR polnear-train --threshold {a.threshold} "
                    f"--l2 {a.l2} --label {a.label} --write\n"
                    f"# on {len(data)} rows of the PolNeAR train split. Do not edit by hand.\n")
            f.write(f"bias\t{w[0]:.4f}\nthreshold\t{a.threshold}\n")
            for n, v in zip(names, w[1:]):
                f.write(f"{n}\t{v:.4f}\n")


if __name__ == "__main__":
    main()
