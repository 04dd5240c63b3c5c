"""transpose with and without axes, .T, and the shapes they give."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-transpose", description="transpose")
def transpose(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, ...]]:
    t = a.T
    if a.ndim == 3:
        moved = np.transpose(a, (1, 2, 0))
        again = a.transpose(2, 0, 1)
    elif a.ndim == 2:
        moved = np.transpose(a, (1, 0))
        again = a.transpose()
    else:
        moved = np.transpose(a)
        again = a.transpose()
    return t, moved, again + 0, t.shape


CASES = [
    dict(a=np.arange(6).reshape(2, 3)),
    dict(a=np.arange(24.0).reshape(2, 3, 4)),
    dict(a=np.array([1, 2, 3], dtype=np.uint8)),
    dict(a=np.array(1.5)),
]
NUMPY_SHAPES = dict(min_dims=0, max_dims=3, min_side=0, max_side=4)
