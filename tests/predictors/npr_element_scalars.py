"""Element access gives numpy scalars of the array's dtype (np.float32, np.int64, np.bool_), which keep their type in arithmetic."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-element-scalars", description="numpy scalars from element access")
def element_scalars(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float]:
    x = a[0]
    y = a[-1]
    return x, x + y, y * 2, a.max() - x, float(x)


CASES = [
    dict(a=np.array([1.5, 2.25], dtype=np.float32)),
    dict(a=np.array([7, -3], dtype=np.int64)),
    dict(a=np.array([250, 10], dtype=np.uint8)),
    dict(a=np.array([True, False])),
    dict(a=np.array([np.nan, 1.0], dtype=np.float16)),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=1, min_side=1, max_side=4)
