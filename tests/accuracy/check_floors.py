#!/usr/bin/env python3
"""Run the shared scorer and fail when a figure falls below its floor.

  check_floors.py GOLD_DIR NAME=FLOOR [NAME=FLOOR ...] -- CMD ...

NAME is a key of the scorer's summary line (quote_f1, speaker_acc, date_strict_f1,
date_relaxed_f1, date_value_f1, person_p,
person_f1, org_f1). Floors are the level reached so far: raise them as the
engine improves, never lower them.
"""
import os, subprocess, sys

# CTest's SKIP_RETURN_CODE for these tests: a user's clone has no ../shared beside it.
SKIP = 77


def main():
    sep = sys.argv.index("--")
    gold, floors, cmd = sys.argv[1], sys.argv[2:sep], sys.argv[sep + 1:]
    here = os.path.dirname(os.path.abspath(__file__))
    scorer = os.environ.get("SAYWHO_SCORER") or os.path.join(here, "..", "..", "..", "shared", "tools", "score.py")
    if not os.path.isfile(scorer) or not os.path.isdir(gold):
        print(f"SKIP: the scorer or corpus is not here ({scorer}, {gold}); "
              "these accuracy tests run where ../shared sits beside the project, as in CI")
        return SKIP
    out = subprocess.run([sys.executable, scorer, gold, "--", *cmd], capture_output=True, text=True)
    print(out.stdout, end="")
    if out.returncode != 0:
        print(out.stderr[-2000:])
        return 1
    summary = dict(kv.split("=") for kv in out.stdout.strip().splitlines()[-1].split())
    failed = False
    for f in floors:
        name, floor = f.split("=")
        got = float(summary.get(name, "nan"))
        ok = got >= float(floor)
        failed |= not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name} {got:.3f} (floor {float(floor):.3f})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
