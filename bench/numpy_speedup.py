#!/usr/bin/env python3
"""Compiled numpy predictors against numpy itself, in the same run.

    bench/numpy_speedup.py [--repeat N] [--only NAME ...]

For the realistic post-processing predictors of tests/predictors (mean
pooling with L2 normalisation, softmax with labels, cosine top-k, image
normalisation, box suppression, Matryoshka truncation) and the fused
elementwise ones (layer norm, stable softmax), at three sizes, prints the
best time of `ingot.load(bundle)(**inputs)` (binding conversions included)
and of the same Python function running on numpy, and the ratio.

"in bundle" is the time inside the compiled library (the predictor's
latency_ms), without the Python binding's argument and result conversions.

A size is a number of rows, 8 (small), 64 (medium) or 1024 (large), each a
384-wide vector where the predictor has one:

    np_mean_pooling     token_embeddings (rows, 16, 384) float32 + mask
    np_softmax_labels   logits (rows, 3) float64 (3 labels)
    np_cosine_topk      query (384,), docs (rows, 384) float64, k=5
    np_image_normalize  a uint8 HWC image of about rows*384 elements
    np_box_nms          rows boxes (rows, 4) float64 and scores
    np_matryoshka       embeddings (rows, 384) float32 cut to 128
    npf_layer_norm      x (rows, 384) float32
    npf_softmax_rows    x (rows, 384) float32

Both run with one BLAS thread (OPENBLAS_NUM_THREADS=1 unless set): the
matrix products here are too small to gain from more, and idle OpenBLAS
threads spinning on a 2-core machine slow down numpy and the bundles alike.

numpy pays interpreter and temporary-array overhead on every call, which
is where compiled code wins on small arrays; on large arrays both are
bound by memory traffic, and fused loops (one pass, no temporaries) win.
"""
from __future__ import annotations

import argparse
import importlib.util
import math
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads OpenBLAS (see above)

import numpy as np  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parent.parent
INGOT = os.environ.get("INGOT_BIN", str(REPO / "build" / "ingot"))
sys.path.insert(0, str(REPO / "bindings" / "python"))
import ingot  # noqa: E402

rng = np.random.default_rng(0)
SIZES = {"small": 8, "medium": 64, "large": 1024}
WIDTH = 384


def inputs(name: str, rows: int) -> dict:
    if name == "np_mean_pooling":
        return dict(token_embeddings=rng.standard_normal((rows, 16, WIDTH), dtype=np.float32),
                    attention_mask=(rng.random((rows, 16)) > 0.2).astype(np.int64))
    if name == "np_softmax_labels":
        return dict(logits=rng.standard_normal((rows, 3)))
    if name == "np_cosine_topk":
        return dict(query=rng.standard_normal(WIDTH), docs=rng.standard_normal((rows, WIDTH)), k=5)
    if name == "np_image_normalize":
        side = round(math.sqrt(rows * WIDTH / 3))
        return dict(image=rng.integers(0, 256, (side, side, 3), dtype=np.uint8))
    if name == "np_box_nms":
        xy = rng.random((rows, 2)) * 100
        return dict(boxes=np.concatenate([xy, xy + 10 + rng.random((rows, 2)) * 20], axis=1),
                    scores=rng.random(rows))
    if name == "np_matryoshka":
        return dict(embeddings=rng.standard_normal((rows, WIDTH), dtype=np.float32), dimensions=128)
    if name in ("npf_layer_norm", "npf_softmax_rows"):
        return dict(x=rng.standard_normal((rows, WIDTH), dtype=np.float32))
    raise KeyError(name)


def best(fn, kwargs, repeat: int) -> tuple[float, float]:
    """The best wall time of fn(**kwargs) and, for a compiled predictor, the
    best time spent inside the bundle (its latency_ms: the call without the
    binding's conversions)."""
    times, inside = [], []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(**kwargs)
        times.append(time.perf_counter() - start)
        inside.append(getattr(fn, "latency_ms", math.nan) / 1e3)
    return min(times), min(inside)


NAMES = ["np_mean_pooling", "np_softmax_labels", "np_cosine_topk", "np_image_normalize", "np_box_nms",
         "np_matryoshka", "npf_layer_norm", "npf_softmax_rows"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--only", nargs="*", default=None, help="predictor names (default: all)")
    args = ap.parse_args()
    names = [n for n in NAMES if not args.only or n in args.only]
    ratios: dict[str, list[tuple[str, float]]] = {size: [] for size in SIZES}
    print(f"{'predictor':20} {'size':>6} {'numpy ms':>10} {'ingot ms':>10} {'speed-up':>9} {'in bundle':>10}")
    with tempfile.TemporaryDirectory(prefix="ingot-numpy-bench-") as tmp:
        for name in names:
            path = REPO / "tests" / "predictors" / f"{name}.py"
            if not path.exists():
                continue
            bundle = pathlib.Path(tmp) / name
            subprocess.run([INGOT, "compile", str(path), "-o", str(bundle), "-q"], check=True)
            spec = importlib.util.spec_from_file_location(name, path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            reference = next(v for v in vars(module).values() if hasattr(v, "__ingot__"))
            compiled = ingot.load(bundle)
            for size, rows in SIZES.items():
                kw = inputs(name, rows)
                repeat = args.repeat if rows < 1024 else max(5, args.repeat // 5)
                # Interleaved, so that load from other processes hits both alike.
                t_np = t_in = t_run = math.inf
                for _ in range(3):
                    t_np = min(t_np, best(reference, kw, repeat)[0])
                    wall, run = best(compiled, kw, repeat)
                    t_in, t_run = min(t_in, wall), min(t_run, run)
                ratios[size].append((name, t_np / t_in))
                print(f"{name:20} {size:>6} {t_np * 1e3:10.3f} {t_in * 1e3:10.3f} {t_np / t_in:8.2f}x {t_run * 1e3:10.3f}",
                      flush=True)
    # The post-processing predictors of issue 4 (np_*), then every row.
    for title, keep in (("np_* predictors", lambda n: n.startswith("np_")), ("all", lambda n: True)):
        picked = {size: [r for n, r in rs if keep(n)] for size, rs in ratios.items()}
        every = [r for rs in picked.values() for r in rs]
        if not every:
            continue
        sizes = ", ".join(f"{size} median {statistics.median(rs):.2f}x min {min(rs):.2f}x"
                          for size, rs in picked.items() if rs)
        print(f"{title}: {sizes}; overall median {statistics.median(every):.2f}x")


if __name__ == "__main__":
    main()
