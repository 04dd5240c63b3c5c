#!/usr/bin/env python3
"""Wall time of `ingot compile` on a 100-line predictor, and the bundle size.

    bench/compile_time.py [--runs N] [--ingot PATH] [FILE]

FILE defaults to bench/predictors/review_scoring.py (101 lines: helpers,
loops, dicts, comprehensions, f-strings, a lambda key). The runtime library
is built once by the project build; each run compiles the predictor into a
fresh bundle folder. Prints the median wall time over the runs, the stage
timings `ingot compile` reports for the median run, and the size of the
bundle (library + manifest, no resources), against the goals (3 s, 1 MB).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.name != "compiler-log.txt")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", nargs="?", default=str(ROOT / "bench" / "predictors" / "review_scoring.py"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--ingot", default=os.environ.get("INGOT_BIN", str(ROOT / "build" / "ingot")))
    args = ap.parse_args()
    source = Path(args.file)
    lines = len(source.read_text(encoding="utf-8").splitlines())
    runs = []
    with tempfile.TemporaryDirectory(prefix="ingot-compile-bench-") as tmp:
        for k in range(args.runs):
            out = Path(tmp) / f"bundle{k}"
            start = time.perf_counter()
            proc = subprocess.run([args.ingot, "compile", str(source), "-o", str(out)],
                                  capture_output=True, text=True)
            wall = time.perf_counter() - start
            if proc.returncode != 0:
                raise SystemExit(f"ingot compile failed:\n{proc.stdout}{proc.stderr}")
            stages = dict((m.group(1), float(m.group(2)))
                          for m in re.finditer(r"^\s+(\S+(?: \S+)?)\s+([0-9.]+) s$", proc.stdout + proc.stderr, re.M))
            runs.append((wall, stages, bundle_size(out)))
            shutil.rmtree(out)
    runs.sort(key=lambda r: r[0])
    wall, stages, size = runs[len(runs) // 2]
    print(f"ingot compile {source.name} ({lines} lines), {args.runs} runs on {os.cpu_count()} cores")
    print(f"  wall time  median {wall:.2f} s  (min {runs[0][0]:.2f}, max {runs[-1][0]:.2f})"
          f"  goal < 3 s: {'met' if wall < 3 else 'NOT met'} ({wall / 3:.2f}x of the goal)")
    for name, seconds in stages.items():
        print(f"    {name:<12} {seconds:.3f} s")
    print(f"  bundle     {size / 1024:.1f} KiB  goal < 1 MB: {'met' if size < 1 << 20 else 'NOT met'}"
          f" ({size / (1 << 20):.2f}x of the goal)")


if __name__ == "__main__":
    main()
