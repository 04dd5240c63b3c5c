#!/usr/bin/env python3
"""Cost of calling a bundle from Python through the binding.

    bench/binding_overhead.py [--runtime fake|real|both] [--codec native|python]
                              [--calls N] [--floats N] [--strings N]

Measures, on hand-built bundles (bindings/python/testing; no compiler needed):

  * per-call time of trivial predictors: noop() and add(a, b), median µs per
    call over several rounds, and how much of it is the binding (the call
    minus the latency the library reports for the function itself);
  * numpy arrays crossing the boundary (when numpy is installed): a 1M-element
    float32 array into a prediction (the `tensors` bundle reads its address:
    the array is handed over without copying) and out of one (the bundle
    makes it on its own buffer; the binding returns an ndarray viewing it),
    per call, minus the function's own time; and a 0-d float32 (numpy
    scalar) in and out of echo(x);
  * lists crossing the boundary, in ns per item of the whole call: 1M floats
    out of a prediction (floats(n), which builds them) and into one (sum(xs),
    which reads them), 100k short strings ("w123") out (strings(n)) and in
    (lengths(xs)). "function" is the part the library reports as the
    function's own time (building or reading the values); the rest is the
    binding plus the library's work at the boundary (creating, appending,
    reading and freeing each value through the ABI).

--codec python measures the pure-Python conversions over ctypes (what runs
when the ingot._native extension is not built); the default is the
extension when it is there. And, when `ingot compile` works, the same
per-call numbers for a compiled trivial predictor. Prints the numbers;
exits 0 with a note when no bundle can be built (no C++ compiler).
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

# Imported by main() once --codec is known (INGOT_PURE_PYTHON is read when
# ingot is imported).
bundles = ingot = _convert = None

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


def timed_call(predictor, rounds: int, **kwargs):
    """(median seconds of the whole call, median seconds the library reports
    for the function itself, last result) over `rounds` calls."""
    totals, inside = [], []
    result = None
    for _ in range(rounds):
        start = time.perf_counter()
        result = predictor(**kwargs)
        totals.append(time.perf_counter() - start)
        inside.append(predictor.latency_ms / 1000.0)
    return statistics.median(totals), statistics.median(inside), result


def report_list(label: str, n: int, total: float, inside: float) -> None:
    print(f"  {label:<28} {total * 1e3:8.2f} ms   {total / n * 1e9:6.0f} ns/item   (function {inside / n * 1e9:5.0f}, "
          f"binding + boundary {(total - inside) / n * 1e9:5.0f} ns/item)")


def bench_lists(builder, work: Path, floats: int, strings: int, rounds: int = 7) -> None:
    def load(behaviour):
        return ingot.load(builder.bundle(behaviour, work / behaviour))

    make_floats, total, make_strings, lengths = load("floats"), load("sum"), load("strings"), load("lengths")
    out_s, out_in, values = timed_call(make_floats, rounds, n=floats)
    assert len(values) == floats and values[-1] == 0.5 * (floats - 1)
    in_s, in_in, result = timed_call(total, rounds, xs=values)
    assert result == sum(values)
    report_list(f"{floats:,} floats out", floats, out_s, out_in)
    report_list(f"{floats:,} floats in", floats, in_s, in_in)
    out_s, out_in, words = timed_call(make_strings, rounds, n=strings)
    assert len(words) == strings and words[:2] == ["w0", "w1"]
    in_s, in_in, result = timed_call(lengths, rounds, xs=words)
    assert result == sum(len(w) for w in words)
    report_list(f"{strings:,} short str out", strings, out_s, out_in)
    report_list(f"{strings:,} short str in", strings, in_s, in_in)


def bench_tensors(builder, work: Path, elements: int, calls: int = 5000) -> None:
    try:
        import numpy as np  # noqa: PLC0415
    except ImportError:
        print("  numpy arrays: skipped (numpy is not installed)")
        return
    tensors = ingot.load(builder.bundle("tensors", work / "tensors"))
    echo = ingot.load(builder.bundle("echo", work / "echo-tensors"))
    a = np.ones(elements, dtype=np.float32)
    assert tensors(op="address", x=a)[0] == a.ctypes.data  # handed over without copying
    base = per_call_us(lambda: tensors(op="live"), calls)
    with_array = per_call_us(lambda: tensors(op="live", x=a), calls)
    print(f"  {elements:,} float32 in           {with_array:8.2f} µs/call   (the same call without the array "
          f"{base:.2f} µs: the array costs {with_array - base:.2f} µs, not copied)")
    side = int(round(elements ** 0.5))
    transposed = np.ones((side, side), dtype=np.float32).T
    copied = per_call_us(lambda: tensors(op="live", x=transposed), max(calls // 100, 20))
    print(f"  {side}x{side} float32 .T in       {copied:8.2f} µs/call   (not C-contiguous: copied once, "
          f"{(copied - base) * 1e3 / (side * side):.2f} ns/element)")
    # Out: the bundle makes the array (its own time is the function's); the
    # binding wraps the result's memory in an ndarray. Results are kept in
    # batches so that freeing them (the library's free(), when the last
    # array goes) is timed apart.
    out, address = tensors(op="make", dtype=10, shape=[elements])
    assert out.ctypes.data == address  # viewed without copying
    del out

    def out_costs(op: str) -> tuple[float, float, float]:
        batch, rounds = 20, 7
        wrap, free, inside = [], [], []
        for _ in range(rounds):
            kept = []
            spent = 0.0
            start = time.perf_counter()
            for _ in range(batch):
                kept.append(tensors(op=op, dtype=10, shape=[elements]))
                spent += tensors.latency_ms / 1000.0
            middle = time.perf_counter()
            del kept
            end = time.perf_counter()
            wrap.append((middle - start - spent) / batch * 1e6)
            free.append((end - middle) / batch * 1e6)
            inside.append(spent / batch * 1e6)
        return statistics.median(wrap), statistics.median(inside), statistics.median(free)

    wrap, inside, free = out_costs("zeros")
    print(f"  {elements:,} float32 out          {wrap:8.2f} µs/call   (binding + ABI, besides the function's "
          f"{inside:.0f} µs (calloc); freeing it when the array goes {free:.0f} µs)")
    wrap, inside, free = out_costs("make")
    print(f"  ... written by the function    {wrap:8.2f} µs/call   (binding + ABI, besides the function's "
          f"{inside:.0f} µs writing 4 MB, which leaves the caches cold; freeing {free:.0f} µs)")
    small = base
    tiny = per_call_us(lambda: tensors(op="make", dtype=10, shape=[16]), calls)
    print(f"  16 float32 out                 {tiny:8.2f} µs/call   (with the result tuple; "
          f"`live` returning an int: {small:.2f} µs)")
    scalar = np.float32(1.5)
    assert echo(x=scalar) == scalar
    report_calls("np.float32 in and out (echo)", echo, lambda: echo(x=scalar), calls)


def bench_runtime(runtime: str, work: Path, calls: int, floats: int, strings: int) -> None:
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
    bench_tensors(builder, work / runtime, floats)
    bench_lists(builder, work / runtime, floats, strings)


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
    parser.add_argument("--codec", choices=["native", "python"], default="native",
                        help="native: the ingot._native extension (when built); python: the pure-Python conversions")
    parser.add_argument("--floats", type=int, default=1_000_000, help="float list length")
    parser.add_argument("--strings", type=int, default=100_000, help="str list length")
    args = parser.parse_args()
    if args.codec == "python":
        os.environ["INGOT_PURE_PYTHON"] = "1"
    global bundles, ingot, _convert
    import bundles  # noqa: PLC0415
    import ingot  # noqa: PLC0415
    from ingot import _convert  # noqa: PLC0415

    codec = "ingot._native (C extension)" if _convert._native is not None else "pure Python over ctypes"
    if args.codec == "native" and _convert._native is None:
        codec += " -- the extension is not built: pip install -e bindings/python"
    print(f"Python {sys.version.split()[0]}, ingot binding {ingot.__version__}, conversions: {codec}")
    with tempfile.TemporaryDirectory(prefix="ingot-bench-") as tmp:
        work = Path(tmp)
        for runtime in (["fake", "real"] if args.runtime == "both" else [args.runtime]):
            bench_runtime(runtime, work, args.calls, args.floats, args.strings)
        bench_compiled(work, args.calls)
    return 0


if __name__ == "__main__":
    sys.exit(main())
