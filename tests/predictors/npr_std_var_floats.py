"""mean, std and var of float arrays with nan, inf, -0.0 and subnormals (generated)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-std-var-floats", description="mean/std/var of awkward floats")
def std_var_floats(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    return a.mean(), a.std(), np.var(a, axis=-1, ddof=1), np.mean(a, axis=0, keepdims=True)


CASES = [
    dict(a=np.array([1.0, np.nan, 2.0])),
    dict(a=np.array([np.inf, 1.0])),
    dict(a=np.array([[1e308, 1e308], [-1e308, 5.0]])),
    dict(a=np.array([0.1, 0.2, 0.3], dtype=np.float32)),
    dict(a=np.array([1.0, 2.0, 4.0], dtype=np.float16)),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=2, min_side=1, max_side=4)
NUMPY_DTYPES = ["float16", "float32", "float64"]
