"""np.sort / argsort / a.sort() of generated arrays of every dtype (nan, -0.0, inf, extremes)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-sort-floats", description="sorting every dtype")
def sort_floats(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    b = a.copy()
    b.sort(axis=0)
    return np.sort(a, axis=None), np.argsort(a, kind="stable"), b


CASES = [
    dict(a=np.array([np.nan, -0.0, 0.0, -np.inf, np.inf, 1.0])),
    dict(a=np.array([3, -128, 127, 0], dtype=np.int8)),
    dict(a=np.array([2**64 - 1, 0, 2**63], dtype=np.uint64)),
    dict(a=np.array([np.nan, 1.0, -1.0], dtype=np.float16)),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)
