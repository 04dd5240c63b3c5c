"""Fused trees over numpy scalars and 0-d arrays: a numpy scalar operand is strong (its dtype
counts, NEP 50); when every operand is a scalar or 0-d the result is a numpy scalar, as unfused."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-scalar-results", description="numpy scalars and 0-d arrays in fused trees")
def scalar_trees(a: np.ndarray, x: float) -> list[np.ndarray]:
    s = a.sum()
    m = a.max()
    z = np.float64(x)
    return [(a - s) * 2.0 + m, (s - 1.0) * 3.0 + m, z * a * 0.5, (s + x) / (m - 2), np.sqrt(np.abs(s) + z * z)]


CASES = [
    dict(a=np.array([1.0, 2.0, 3.0], dtype=np.float32), x=0.5),
    dict(a=np.array([[1.5, -2.0], [0.0, 4.0]]), x=-1.0),
    dict(a=np.array([1, 2, 3], dtype=np.int8), x=2.5),
    dict(a=np.array([1.5], dtype=np.float16), x=1e3),
    dict(a=np.array(2.0, dtype=np.float32), x=3.0),
    dict(a=np.array([True, False]), x=0.0),
]
NUMPY_SHAPES = dict(min_side=1, max_dims=2, max_side=3)


def strategies(st):
    return {"x": st.sampled_from([0.0, 0.5, -1.5, 2.5, 1e10, float("nan")])}
