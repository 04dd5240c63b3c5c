"""a[np.nonzero(a)]: the tuple of index arrays as a subscript (several index
arrays at once), read and assigned, and np.where's one-argument form."""
import numpy as np

from ingot import compile


@compile(tag="tests/npr-index-tuple", description="a tuple of index arrays as a subscript")
def index_tuple(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    nz = np.nonzero(a)
    b = a.copy()
    b[np.where(a > 1)] = 0
    c = a.copy()
    c[nz] = a[nz][::-1]
    return a[nz], a[np.where(a > 1)], b, c


CASES = [
    dict(a=np.array([0, 3, 0, -1])),
    dict(a=np.array([[0.0, 1.5], [2.0, -0.0]])),
    dict(a=np.arange(24, dtype=np.int16).reshape(2, 3, 4) % 5),
    dict(a=np.zeros((2, 0, 3), dtype=np.float32)),
    dict(a=np.array([[True, False], [True, True]])),
]
NUMPY_SHAPES = dict(min_dims=1, max_dims=3, min_side=0, max_side=4)
