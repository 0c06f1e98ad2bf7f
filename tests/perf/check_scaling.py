#!/usr/bin/env python3
"""Times every hostile input shape against ordinary news text of the same size, in one run.

Fails when a shape takes more than MAX_RATIO times as long as the ordinary text (a ratio within
one run, never an absolute time, so a slow or busy machine does not fail it). The sizes are those
at which the code before issue 14 took over a second for each shape.

    check_scaling.py HOSTILE_TIMING [--size BYTES] [--keep DIR]
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile_inputs  # noqa: E402

MAX_RATIO = 4.0
# Ordinary text this small analyses in milliseconds: below the floor, noise decides the ratio.
FLOOR_SECONDS = 0.05
SIZES = {
    "continuation": 180_000,
    "quotes-in-one-sentence": 300_000,
    "unclosed-singles": 1_000_000,
    "html-comments": 400_000,
    "html-attributes": 540_000,
    "sentence-initial": 1_000_000,
    "no-breaks": 1_000_000,
}


def timed(tool, paths):
    out = subprocess.run([tool, *map(str, paths)], capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in out.splitlines():
        path, seconds, status = line.split("\t")
        rows[Path(path).stem] = (float(seconds), status)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    ap.add_argument("--keep", help="write the inputs here and keep them")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.keep or tmp)
        root.mkdir(parents=True, exist_ok=True)
        failed = []
        print(f"{'shape':24} {'bytes':>9} {'shape s':>8} {'ordinary s':>10} {'ratio':>6}")
        for name, (make, ext) in hostile_inputs.SHAPES.items():
            size = int(SIZES[name] * args.scale)
            shape = root / f"{name}.{ext}"
            shape.write_bytes(make(size))
            plain = root / f"{name}-ordinary.txt"
            plain.write_bytes(hostile_inputs.ordinary(shape.stat().st_size))
            rows = timed(args.tool, [plain, shape])
            t_plain, _ = rows[plain.stem]
            t_shape, status = rows[shape.stem]
            ratio = t_shape / max(t_plain, FLOOR_SECONDS)
            print(f"{name:24} {shape.stat().st_size:9} {t_shape:8.3f} {t_plain:10.3f} {ratio:6.2f}  {status}",
                  flush=True)
            if ratio > MAX_RATIO:
                failed.append(name)
        if failed:
            print(f"FAIL: more than {MAX_RATIO}x ordinary text of the same size: {', '.join(failed)}")
            return 1
        print(f"all shapes within {MAX_RATIO}x ordinary text of the same size")
        return 0


if __name__ == "__main__":
    sys.exit(main())
