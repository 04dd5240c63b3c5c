#!/usr/bin/env python3
"""Cost of calling a bundle from Python through the ctypes binding.

    bench/binding_overhead.py [--runtime fake|real|both] [--calls N] [--floats N]

Measures, on hand-built bundles (bindings/python/testing; no compiler needed):

  * per-call time of trivial predictors: noop() and add(a, b), median µs per
    call over several rounds, and how much of it is the binding (the call
    minus the latency the library reports for the function itself);
  * conversion of a list of 1M floats into a prediction (sum) and out of one
    (a predictor that returns 1M floats), in seconds and ns per item.

And, when `ingot compile` works, the same per-call numbers for a compiled
trivial predictor. Prints the numbers; exits 0 with a note when no bundle
can be built (no C++ compiler).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bindings" / "python"))
sys.path.insert(0, str(ROOT / "bindings" / "python" / "testing"))

import bundles  # noqa: E402
import ingot  # noqa: E402

TRIVIAL_PREDICTOR = '''\
from ingot import compile


@compile(tag="bench/identity", description="returns its argument")
def identity(x: int) -> int:
    return x
'''


def per_call_us(fn, calls: int, rounds: int = 7) -> float:
    """Median over `rounds` of the mean time of one call, in µs."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(times)


def library_latency_us(predictor, fn, calls: int = 2000) -> float:
    """Median of what the library reports as the function's own time, in µs."""
    samples = []
    for _ in range(calls):
        fn()
        samples.append(predictor.latency_ms * 1000.0)
    return statistics.median(samples)


def report_calls(label: str, predictor, fn, calls: int) -> None:
    total = per_call_us(fn, calls)
    inside = library_latency_us(predictor, fn)
    print(f"  {label:<28} {total:8.2f} µs/call   (function itself {inside:6.2f} µs, "
          f"binding + ABI {total - inside:6.2f} µs)")


def bench_floats(floats_predictor, sum_predictor, n: int) -> None:
    out_times, in_times = [], []
    values = None
    for _ in range(3):
        start = time.perf_counter()
        values = floats_predictor(n=n)
        out_times.append(time.perf_counter() - start)
    assert values is not None and len(values) == n
    for _ in range(3):
        start = time.perf_counter()
        sum_predictor(xs=values)
        in_times.append(time.perf_counter() - start)
    out_s, in_s = statistics.median(out_times), statistics.median(in_times)
    print(f"  {n:,} floats out (result)      {out_s:8.3f} s   ({out_s / n * 1e9:6.0f} ns/item)")
    print(f"  {n:,} floats in (argument)     {in_s:8.3f} s   ({in_s / n * 1e9:6.0f} ns/item)")


def bench_runtime(runtime: str, work: Path, calls: int, floats: int) -> None:
    try:
        builder = bundles.BundleBuilder(work / runtime, runtime)
    except bundles.Unavailable as e:
        print(f"{runtime} runtime: skipped ({e})")
        return
    print(f"hand-built bundles, {runtime} runtime ({'test double' if runtime == 'fake' else 'libingot_runtime.a'}):")
    noop = ingot.load(builder.bundle("noop", work / runtime / "noop"))
    add = ingot.load(builder.bundle("add", work / runtime / "add"))
    report_calls("noop()", noop, noop, calls)
    report_calls("add(a=1, b=2)", add, lambda: add(a=1, b=2), calls)
    report_calls("add(1, 2)  (positional)", add, lambda: add(1, 2), calls)
    bench_floats(ingot.load(builder.bundle("floats", work / runtime / "floats")),
                 ingot.load(builder.bundle("sum", work / runtime / "sum")), floats)


def bench_compiled(work: Path, calls: int) -> None:
    ingot_bin = os.environ.get("INGOT_BIN", str(ROOT / "build" / "ingot"))
    source = work / "identity.py"
    source.write_text(TRIVIAL_PREDICTOR)
    r = subprocess.run([ingot_bin, "compile", str(source), "-o", str(work / "identity"), "-q"],
                       capture_output=True, text=True)
    if r.returncode != 0:
        first = (r.stderr or r.stdout).strip().splitlines()[:1]
        print(f"compiled bundle: skipped (`ingot compile` failed: {first[0] if first else r.returncode})")
        return
    print("compiled bundle (ingot compile):")
    identity = ingot.load(work / "identity")
    report_calls("identity(x=1)", identity, lambda: identity(x=1), calls)
    report_calls("identity(1)  (positional)", identity, lambda: identity(1), calls)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runtime", choices=["fake", "real", "both"], default="both")
    parser.add_argument("--calls", type=int, default=20000, help="calls per timing round")
    parser.add_argument("--floats", type=int, default=1_000_000, help="list length for the conversion benchmark")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, ingot binding {ingot.__version__} (ctypes)")
    with tempfile.TemporaryDirectory(prefix="ingot-bench-") as tmp:
        work = Path(tmp)
        for runtime in (["fake", "real"] if args.runtime == "both" else [args.runtime]):
            bench_runtime(runtime, work, args.calls, args.floats)
        bench_compiled(work, args.calls)
    return 0


if __name__ == "__main__":
    sys.exit(main())
