#!/usr/bin/env python3
"""Runtime-level timing of the predictor_speedup.py workloads.

For each workload this compiles the predictor (once per run) and prints:

  * cpython   — the plain Python function;
  * total     — `ingot.load(bundle)(**inputs)`, binding conversions included
                (what bench/predictor_speedup.py reports);
  * in-lib    — the latency the library reports for the call itself
                (`Predictor.latency_ms`: ABI values -> rt types, the compiled
                function, the result back to an ABI value), i.e. what the
                runtime and the generated code cost, without the ctypes
                binding building the input values;
  * the ratios cpython/total and cpython/in-lib.

    bench/runtime_micro.py [--repeat N] [--only NAME ...] [--keep DIR]

`--keep DIR` keeps the bundles (with the generated C++) in DIR, for perf.
"""
from __future__ import annotations

import argparse
import importlib.util
import pathlib
import random
import os
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
# The ingot of this checkout (INGOT_BIN overrides), not whatever is on PATH.
INGOT = os.environ.get("INGOT_BIN", str(REPO / "build" / "ingot"))
sys.path.insert(0, str(REPO / "bindings" / "python"))
sys.path.insert(0, str(REPO / "bench"))
import ingot  # noqa: E402
from predictor_speedup import WORKLOADS  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--keep", default=None)
    args = parser.parse_args()
    rng = random.Random(1234)
    with tempfile.TemporaryDirectory() as tmp:
        work = pathlib.Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"{'workload':20} {'cpython ms':>10} {'total ms':>9} {'in-lib ms':>9} {'x total':>8} {'x in-lib':>8}")
        for name, (source, make_inputs) in WORKLOADS.items():
            inputs = make_inputs(rng)  # same inputs as predictor_speedup.py, in order
            if args.only and name not in args.only:
                continue
            path = work / f"{name}.py"
            path.write_text(source)
            bundle = work / f"{name}.bundle"
            subprocess.run([INGOT, "compile", str(path), "-o", str(bundle), "-q", "--keep-cpp"], check=True)
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            compiled = ingot.load(str(bundle))
            assert compiled(**inputs) == module.run(**inputs), name
            py = best(lambda: module.run(**inputs), args.repeat)
            total = best(lambda: compiled(**inputs), args.repeat)
            lat = []
            for _ in range(args.repeat):
                compiled(**inputs)
                lat.append(compiled.latency_ms / 1000.0)
            inlib = min(lat)
            print(f"{name:20} {py * 1e3:10.3f} {total * 1e3:9.3f} {inlib * 1e3:9.3f} "
                  f"{py / total:7.1f}x {py / inlib:7.1f}x")
            compiled.close()


if __name__ == "__main__":
    main()
