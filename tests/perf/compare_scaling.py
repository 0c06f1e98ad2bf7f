#!/usr/bin/env python3
"""The scaling table of issue 14: every hostile input shape, and ordinary news text, at growing
sizes, analysed by two builds of `saywho` in the same run (typically the commit before the
hostile-input work and today's). Prints seconds and seconds per MB; a run that exceeds the time
limit is shown as ">LIMIT". Not a test: a program that prints figures.

    compare_scaling.py BEFORE_SAYWHO AFTER_SAYWHO [--sizes 100000,400000,1600000] [--limit 60]
"""

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile_inputs  # noqa: E402


def seconds(tool, path, limit):
    start = time.monotonic()
    try:
        subprocess.run([tool, "analyze", "--format", "json", str(path)], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    return time.monotonic() - start


def cell(t, size, limit):
    if t is None:
        return f"{'>' + str(limit):>8} {'':>8}"
    return f"{t:8.2f} {t / (size / 1e6):8.2f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("--sizes", default="100000,400000,1600000")
    ap.add_argument("--limit", type=int, default=60, help="seconds before a run is stopped")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = {"ordinary": (hostile_inputs.ordinary, "txt"), **hostile_inputs.SHAPES}
    print(f"{'shape':24} {'bytes':>9} {'before s':>8} {'s/MB':>8} {'after s':>8} {'s/MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (make, ext) in shapes.items():
            skip_before = False
            for size in sizes:
                path = Path(tmp) / f"{name}.{ext}"
                path.write_bytes(make(size))
                actual = path.stat().st_size
                # Once the old build hit the limit, a larger input only takes longer.
                before = None if skip_before else seconds(args.before, path, args.limit)
                skip_before = before is None
                after = seconds(args.after, path, args.limit)
                print(f"{name:24} {actual:9} {cell(before, actual, args.limit)} {cell(after, actual, args.limit)}",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
