"""reshape with explicit and inferred (-1) extents, and numpy's errors."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-reshape", description="reshape")
def reshape(a: np.ndarray, rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, ...]]:
    flat = a.reshape(-1)
    tall = a.reshape(rows, -1)
    square = np.reshape(a, (-1, rows))
    return flat, tall, square, a.reshape(a.size, 1).shape


CASES = [
    dict(a=np.arange(6), rows=2),
    dict(a=np.arange(12.0).reshape(3, 4), rows=6),
    dict(a=np.arange(12.0).reshape(3, 4).T, rows=4),
    dict(a=np.arange(6), rows=4),
    dict(a=np.arange(6), rows=-1),
    dict(a=np.arange(6), rows=0),
    dict(a=np.zeros((0, 3)), rows=0),
    dict(a=np.zeros((0, 3)), rows=2),
    dict(a=np.array(7), rows=1),
]
NUMPY_SHAPES = dict(min_dims=0, max_dims=3, min_side=0, max_side=4)


def strategies(st):
    return {"rows": st.integers(-2, 6)}
