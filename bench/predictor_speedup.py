#!/usr/bin/env python3
"""Speed of compiled predictors against CPython running the same file.

For each workload (string processing, dict counting, sorting, a sieve, a
pure-Python cosine top-k) this compiles the predictor with `ingot compile`,
then times `ingot.load(bundle)(**inputs)` — binding conversions included —
against the plain Python function, in the same run, and prints the ratio.
Also prints the compile wall time and bundle size of each predictor.

    bench/predictor_speedup.py [--repeat N]
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import pathlib
import random
import statistics
import subprocess
import sys
import tempfile
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
# The ingot of this checkout (INGOT_BIN overrides), not whatever is on PATH.
INGOT = os.environ.get("INGOT_BIN", str(REPO / "build" / "ingot"))
sys.path.insert(0, str(REPO / "bindings" / "python"))
import ingot  # noqa: E402

WORKLOADS = {
    "string_processing": (
        '''
from ingot import compile

@compile(tag="bench/strings", description="normalise and join tokens")
def run(text: str) -> str:
    out = []
    for word in text.split():
        w = word.strip(".,;:!?").lower()
        if len(w) > 2 and not w.isdigit():
            out.append(w.replace("a", "4").capitalize())
    return " ".join(out)
''',
        lambda rng: dict(text=" ".join(rng.choice(["Alpha,", "beta", "GAMMA!", "12345", "delta.", "an", "epsilon;"])
                                      for _ in range(20000))),
    ),
    "dict_counting": (
        '''
from ingot import compile

@compile(tag="bench/counting", description="word counts")
def run(words: list[str]) -> int:
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    best = 0
    for w, c in counts.items():
        if c > best:
            best = c
    return best
''',
        lambda rng: dict(words=[f"w{rng.randrange(5000)}" for _ in range(100000)]),
    ),
    "sorting": (
        '''
from ingot import compile

@compile(tag="bench/sorting", description="sort records")
def run(xs: list[int]) -> int:
    pairs = [(x % 97, -x) for x in xs]
    pairs.sort()
    total = 0
    for i in range(0, len(pairs), 100):
        total += pairs[i][1]
    return total
''',
        lambda rng: dict(xs=[rng.randrange(1_000_000) for _ in range(100000)]),
    ),
    "sieve": (
        '''
from ingot import compile

@compile(tag="bench/sieve", description="primes below n")
def run(n: int) -> int:
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)
''',
        lambda rng: dict(n=2_000_000),
    ),
    "cosine_topk": (
        '''
import math
from ingot import compile

@compile(tag="bench/cosine", description="top-k by cosine similarity")
def run(query: list[float], docs: list[list[float]], k: int) -> list[int]:
    qn = math.sqrt(sum([q * q for q in query]))
    scores = []
    for i, d in enumerate(docs):
        dot = 0.0
        dn = 0.0
        for a, b in zip(query, d):
            dot += a * b
            dn += b * b
        scores.append((dot / (qn * math.sqrt(dn)), i))
    scores.sort(reverse=True)
    return [i for s, i in scores[:k]]
''',
        lambda rng: dict(query=[rng.random() for _ in range(64)],
                         docs=[[rng.random() for _ in range(64)] for _ in range(3000)], k=10),
    ),
}


def best_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(1234)
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'workload':20} {'compile s':>10} {'bundle KiB':>11} {'cpython s':>10} {'ingot s':>10} {'speed-up':>9}")
        for name, (source, make_inputs) in WORKLOADS.items():
            path = pathlib.Path(tmp) / f"{name}.py"
            path.write_text(source)
            bundle = pathlib.Path(tmp) / f"{name}.bundle"
            start = time.perf_counter()
            subprocess.run([INGOT, "compile", str(path), "-o", str(bundle), "-q"], check=True)
            compile_s = time.perf_counter() - start
            size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file()) / 1024
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            inputs = make_inputs(rng)
            compiled = ingot.load(str(bundle))
            assert compiled(**inputs) == module.run(**inputs), name
            py = best_time(lambda: module.run(**inputs), args.repeat)
            native = best_time(lambda: compiled(**inputs), args.repeat)
            ratios.append(py / native)
            print(f"{name:20} {compile_s:10.2f} {size:11.1f} {py:10.4f} {native:10.4f} {py / native:8.1f}x")
            compiled.close()
    print(f"median speed-up: {statistics.median(ratios):.1f}x (goal: 20x)")


if __name__ == "__main__":
    main()
