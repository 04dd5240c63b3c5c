"""Fused trees over non-contiguous views: transposes, reversed and stepped slices, broadcast
rows and columns (the fused loop gathers them block by block)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-strided", description="fused trees over strided views")
def views(a: np.ndarray) -> list[np.ndarray]:
    t = a.T
    s = a[::-1, ::2]
    c = a[:, :1]
    return [(t - t.mean(axis=0)) * 2.0 + 1.0, (s * 3.0 + s) / (s - 10.5), (a - c) * (a + c) - 0.5,
            np.exp(t * 0.1) - np.sqrt(np.abs(t))]


CASES = [
    dict(a=np.arange(12, dtype=np.float32).reshape(3, 4)),
    dict(a=np.arange(30, dtype=np.float64).reshape(5, 6) - 7.5),
    dict(a=np.arange(6, dtype=np.int16).reshape(2, 3)),
    dict(a=np.ones((1, 1), dtype=np.float32)),
    dict(a=np.zeros((2, 0))),
]
NUMPY_SHAPES = dict(min_dims=2, max_dims=2, min_side=1, max_side=6)
