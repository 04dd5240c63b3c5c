"""Comparisons and logical ufuncs, with broadcasting and Python scalars beyond the dtype's range."""
import numpy as np

from ingot import compile


@compile(tag="tests/npe-compare-logic", description="comparisons and logical ufuncs")
def compare(a: np.ndarray, b: np.ndarray, k: int) -> list[np.ndarray]:
    return [a == b, a != b, a < b, a <= b, a > b, a >= b,
            a < k, k <= a, a == k,
            np.logical_and(a, b), np.logical_or(a > 0, b), np.logical_xor(a, k), np.logical_not(a)]


CASES = [
    dict(a=np.array([1, 2, 3], dtype=np.int8), b=np.array([[3], [2]], dtype=np.uint8), k=1000),
    dict(a=np.array([-1, 0, 1], dtype=np.int64), b=np.array([2**64 - 1, 0, 1], dtype=np.uint64), k=-1),
    dict(a=np.array([np.nan, 1.0, -0.0]), b=np.array([np.nan, 1.0, 0.0], dtype=np.float32), k=0),
    dict(a=np.array([True, False]), b=np.array([1, 0], dtype=np.int16), k=1),
    dict(a=np.array([200, 255], dtype=np.uint8), b=np.array([-56, -1], dtype=np.int8), k=-5),
    dict(a=np.array([1, 2]), b=np.array([1, 2, 3]), k=0),
]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)


def strategies(st):
    return {"k": st.sampled_from([0, 1, -1, 127, 128, 255, 256, -129, 1000, 2**40, -(2**63)])}
