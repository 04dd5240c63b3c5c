"""Fused elementwise with Python int/float scalars (NEP 50: weak, they take the array's dtype; a
Python int beyond an integer dtype raises OverflowError, a float scalar makes int arrays float64)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npf-scalars", description="fused trees over an array and Python scalars")
def with_scalars(a: np.ndarray, k: int, x: float) -> list[np.ndarray]:
    return [(a * x + k) / (a - 1.5), 2 * a - x * a / 3, -(a - k) * 0.5, np.abs(a * x) - k * 2.0,
            (a + k) * (a - k), x / (a * a + 1)]


CASES = [
    dict(a=np.array([1.0, 2.5, -3.0], dtype=np.float32), k=2, x=0.5),
    dict(a=np.array([[1.0, 2.0], [0.0, -0.0]]), k=-3, x=1e300),
    dict(a=np.array([1, 2, 127], dtype=np.int8), k=1, x=2.5),
    dict(a=np.array([1, 2, 127], dtype=np.int8), k=1000, x=2.5),
    dict(a=np.array([1.5, 2.5], dtype=np.float16), k=3, x=0.25),
    dict(a=np.array([True, False]), k=2, x=1.5),
    dict(a=np.array(2.0, dtype=np.float32), k=1, x=3.0),
    dict(a=np.array([np.nan, np.inf, -np.inf], dtype=np.float32), k=0, x=-0.0),
]
NUMPY_SHAPES = dict(max_dims=2, max_side=3)


def strategies(st):
    return {"k": st.sampled_from([0, 1, -1, 3, 127, 128, 1000, 2**31]),
            "x": st.sampled_from([0.0, 0.5, -1.5, 2.5, 1e10, float("inf")])}
