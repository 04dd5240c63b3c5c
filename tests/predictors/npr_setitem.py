"""Assignment through subscripts: a[mask] = 0, a[1:3] = b, a[i, j] = x, a[idx] = v (with casts)."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-setitem", description="setitem")
def setitem(a: np.ndarray, b: np.ndarray, x: float) -> np.ndarray:
    out = a.copy()
    out[out < 0] = 0
    out[1:3] = b
    out[0] = x
    out[-1, ...] = out[0]
    out[np.array([0, 0])] = 7
    return out


CASES = [
    dict(a=np.arange(12.0).reshape(4, 3) - 5, b=np.array([9.0, 8.0, 7.0]), x=1.5),
    dict(a=np.arange(-4, 4, dtype=np.int32), b=np.array([100, 200]), x=2.9),
    dict(a=np.arange(-4, 4, dtype=np.int32), b=np.array([1.5, -2.5]), x=-2.9),
    dict(a=np.arange(4, dtype=np.uint8), b=np.array([1, 2], dtype=np.uint8), x=3.0),
    dict(a=np.array([True, False, True, False]), b=np.array([True, True]), x=0.0),
    dict(a=np.arange(12.0).reshape(4, 3), b=np.array([[1.0], [2.0]]), x=float("nan")),
    dict(a=np.arange(12.0).reshape(4, 3), b=np.array([1.0, 2.0]), x=0.0),
    dict(a=np.arange(5, dtype=np.float32), b=np.array([1e40, -1e40]), x=float("inf")),
    dict(a=np.arange(5, dtype=np.int64), b=np.array([1, 2]), x=float("nan")),
]
GENERATE = False
