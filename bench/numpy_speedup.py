#!/usr/bin/env python3
"""Compiled numpy predictors against numpy itself, in the same run.

    bench/numpy_speedup.py [--repeat N]

For the realistic post-processing predictors of tests/predictors (mean
pooling, softmax with labels, cosine top-k, image normalisation, box
suppression, Matryoshka truncation) at a small and a medium size, prints
the best time of `ingot.load(bundle)(**inputs)` (binding conversions
included) and of the same Python function running on numpy, and the ratio.
numpy pays interpreter and temporary-array overhead on every call, which
is where compiled code should win on small arrays; large arrays are bound
by the same memory traffic in both.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

REPO = pathlib.Path(__file__).resolve().parent.parent
INGOT = os.environ.get("INGOT_BIN", str(REPO / "build" / "ingot"))
sys.path.insert(0, str(REPO / "bindings" / "python"))
import ingot  # noqa: E402

rng = np.random.default_rng(0)


def inputs(name: str, n: int) -> dict:
    if name == "np_mean_pooling":
        return dict(token_embeddings=rng.standard_normal((n, 32, 384), dtype=np.float32),
                    attention_mask=(rng.random((n, 32)) > 0.2).astype(np.int64))
    if name == "np_softmax_labels":
        return dict(logits=rng.standard_normal((n, 3)))
    if name == "np_cosine_topk":
        return dict(query=rng.standard_normal(384), docs=rng.standard_normal((n * 10, 384)), k=5)
    if name == "np_image_normalize":
        side = 16 * n
        return dict(image=rng.integers(0, 256, (side, side, 3), dtype=np.uint8))
    if name == "np_box_nms":
        xy = rng.random((n * 10, 2)) * 100
        return dict(boxes=np.concatenate([xy, xy + 10 + rng.random((n * 10, 2)) * 20], axis=1),
                    scores=rng.random(n * 10))
    if name == "np_matryoshka":
        return dict(embeddings=rng.standard_normal((n, 768), dtype=np.float32), dimensions=256)
    raise KeyError(name)


def best(fn, kwargs, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(**kwargs)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    names = ["np_mean_pooling", "np_softmax_labels", "np_cosine_topk", "np_image_normalize", "np_box_nms",
             "np_matryoshka"]
    ratios = []
    print(f"{'predictor':22} {'size':>5} {'numpy ms':>10} {'ingot ms':>10} {'speed-up':>9}")
    with tempfile.TemporaryDirectory(prefix="ingot-numpy-bench-") as tmp:
        for name in names:
            path = REPO / "tests" / "predictors" / f"{name}.py"
            bundle = pathlib.Path(tmp) / name
            subprocess.run([INGOT, "compile", str(path), "-o", str(bundle), "-q"], check=True)
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            reference = next(v for v in vars(module).values() if hasattr(v, "__ingot__"))
            compiled = ingot.load(bundle)
            for n in (1, 32):
                kw = inputs(name, n)
                t_np = best(reference, kw, args.repeat)
                t_in = best(compiled, kw, args.repeat)
                ratios.append(t_np / t_in)
                print(f"{name:22} {n:5d} {t_np * 1e3:10.3f} {t_in * 1e3:10.3f} {t_np / t_in:8.2f}x")
    print(f"median speed-up over numpy: {statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
